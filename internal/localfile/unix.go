//go:build unix

package localfile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

const (
	noFollow = syscall.O_NOFOLLOW
	nonBlock = syscall.O_NONBLOCK
)

// isLoop reports the error open(2) gives for a final symlink under
// O_NOFOLLOW (ELOOP; EMLINK on some BSDs).
func isLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EMLINK)
}

// clearNonBlock restores blocking reads on a regular file; O_NONBLOCK was
// only there so that opening a FIFO could not hang.
func clearNonBlock(f *os.File) error {
	return syscall.SetNonblock(int(f.Fd()), false)
}

// checkOwner refuses what another user owns or could write: such a file or
// directory could be replaced or edited to redirect vipcx's credentials.
func checkOwner(path string, fi fs.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if uid := os.Getuid(); int(st.Uid) != uid {
		return refuse(path, "owned by uid %d, not by you (uid %d)", st.Uid, uid)
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return refuse(path, "writable by group or others (mode %04o); run chmod go-w on it", fi.Mode().Perm())
	}
	return nil
}
