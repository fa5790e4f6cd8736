// Package localfile opens vipcx's own files (config, history, debug log)
// so that another local user cannot redirect, block or bloat them: links are
// not followed, only regular files are accepted, a FIFO cannot hang the
// open, files and their directories must belong to the user and must not be
// writable by group or others, and reads are capped.
//
// It is Unix-only in spirit; on other systems the ownership checks are
// skipped (see owner_other.go) and the rest still holds.
package localfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrUnsafe is wrapped by every refusal of a file or directory that another
// user could control; the error names the path and the reason.
var ErrUnsafe = errors.New("unsafe local file")

// ErrTooLarge is wrapped when a file exceeds the size the caller allows.
var ErrTooLarge = errors.New("file too large")

// unsafeError names the path and why it was refused.
type unsafeError struct{ path, why string }

func (e *unsafeError) Error() string {
	return fmt.Sprintf("refusing %s: %s", e.path, e.why)
}

func (e *unsafeError) Unwrap() error { return ErrUnsafe }

func refuse(path, format string, args ...any) error {
	return &unsafeError{path: path, why: fmt.Sprintf(format, args...)}
}

// ReadFile returns the contents of the regular file at path, at most max
// bytes. A missing file is an error wrapping fs.ErrNotExist, so callers can
// treat it as "no file". A symlink, FIFO, device or directory, a file owned
// by someone else or writable by group or others, or a parent directory
// with the same faults, is refused with an error wrapping ErrUnsafe; a
// larger file with one wrapping ErrTooLarge (nothing past max+1 is read, so
// a link to /dev/zero cannot exhaust memory).
func ReadFile(path string, max int64) ([]byte, error) {
	if err := CheckDir(filepath.Dir(path)); err != nil {
		return nil, err
	}
	f, err := open(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s is larger than %d KiB: %w", path, max>>10, ErrTooLarge)
	}
	return b, nil
}

// OpenAppend opens path for appending, creating it with mode 0600 and its
// directory with 0700 when missing. The same refusals as ReadFile apply, and
// a dangling symlink is refused rather than its target created.
func OpenAppend(path string) (*os.File, error) {
	dir := filepath.Dir(path)
	if err := MkdirPrivate(dir); err != nil {
		return nil, err
	}
	return open(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
}

// MkdirPrivate creates dir (and its parents) with mode 0700 when missing,
// then checks it with CheckDir.
func MkdirPrivate(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return CheckDir(dir)
}

// CheckDir refuses a directory that is a symlink, not a directory, not the
// user's, or writable by group or others. A missing directory is an error
// wrapping fs.ErrNotExist.
func CheckDir(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		// A link to a directory of the user's own is common (dotfiles
		// managers); follow it, then judge what it points to.
		if fi, err = os.Stat(dir); err != nil {
			return err
		}
	}
	if !fi.IsDir() {
		return refuse(dir, "not a directory")
	}
	return checkOwner(dir, fi)
}

// open opens path without following a final symlink and without blocking on
// a FIFO, then checks what was opened (not what the name pointed to a moment
// earlier): a regular file of the user's, not writable by group or others.
func open(path string, flag int, perm os.FileMode) (*os.File, error) {
	f, err := os.OpenFile(path, flag|noFollow|nonBlock, perm)
	if err != nil {
		if isLoop(err) {
			return nil, refuse(path, "it is a symbolic link")
		}
		// A FIFO opened for writing without a reader fails (ENXIO) instead
		// of blocking; name what is there rather than the errno.
		if fi, lerr := os.Lstat(path); lerr == nil && !fi.Mode().IsRegular() {
			return nil, refuse(path, "not a regular file (%s)", fi.Mode().Type())
		}
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, refuse(path, "not a regular file (%s)", fi.Mode().Type())
	}
	if err := checkOwner(path, fi); err != nil {
		f.Close()
		return nil, err
	}
	if err := clearNonBlock(f); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
