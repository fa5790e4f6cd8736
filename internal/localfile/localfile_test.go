//go:build unix

package localfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func privateDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "vipcx")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReadFileRegular(t *testing.T) {
	dir := privateDir(t)
	p := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(p, []byte("x = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := ReadFile(p, 1<<20)
	if err != nil || string(b) != "x = 1\n" {
		t.Fatalf("ReadFile = %q, %v", b, err)
	}
}

func TestReadFileMissingIsNotExist(t *testing.T) {
	_, err := ReadFile(filepath.Join(privateDir(t), "none"), 10)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("err = %v, want fs.ErrNotExist", err)
	}
	_, err = ReadFile(filepath.Join(t.TempDir(), "nodir", "none"), 10)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing dir: err = %v, want fs.ErrNotExist", err)
	}
}

func TestReadFileRefusesSymlinkEvenToOwnFile(t *testing.T) {
	dir := privateDir(t)
	target := filepath.Join(dir, "target")
	if err := os.WriteFile(target, []byte("secret lines"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "history")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	b, err := ReadFile(link, 1<<20)
	if !errors.Is(err, ErrUnsafe) || len(b) != 0 {
		t.Fatalf("ReadFile(symlink) = %q, %v; want ErrUnsafe and nothing read", b, err)
	}
	if !strings.Contains(err.Error(), link) {
		t.Errorf("error %q does not name the path", err)
	}
}

func TestReadFileRefusesDevZeroLink(t *testing.T) {
	link := filepath.Join(privateDir(t), "config.toml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(link, 1<<20); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("err = %v, want ErrUnsafe", err)
	}
}

// TestReadFileFIFODoesNotHang would block forever in open(2) without
// O_NONBLOCK, since nobody opens the FIFO's write end.
func TestReadFileFIFODoesNotHang(t *testing.T) {
	p := filepath.Join(privateDir(t), "config.toml")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	if _, err := ReadFile(p, 1<<20); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("err = %v, want ErrUnsafe", err)
	}
	if _, err := OpenAppend(p); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("OpenAppend err = %v, want ErrUnsafe", err)
	}
}

func TestReadFileCapsSize(t *testing.T) {
	p := filepath.Join(privateDir(t), "history")
	if err := os.WriteFile(p, make([]byte, 2048), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 1024); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if _, err := ReadFile(p, 2048); err != nil {
		t.Fatalf("at the cap: %v", err)
	}
}

func TestReadFileRefusesWritableByOthers(t *testing.T) {
	dir := privateDir(t)
	p := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(p, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o666); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 10); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("0666 file: err = %v, want ErrUnsafe", err)
	}
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 10); !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("0777 dir: err = %v, want ErrUnsafe naming %s", err, dir)
	}
}

func TestOpenAppendDanglingLinkNotCreated(t *testing.T) {
	dir := privateDir(t)
	target := filepath.Join(t.TempDir(), "created-by-link")
	link := filepath.Join(dir, "debug.log")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if f, err := OpenAppend(link); !errors.Is(err, ErrUnsafe) {
		if f != nil {
			f.Close()
		}
		t.Fatalf("err = %v, want ErrUnsafe", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the link's target was created (stat err %v)", err)
	}
}

func TestOpenAppendCreatesPrivate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "state", "vipcx", "debug.log")
	f, err := OpenAppend(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("line\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	fi, _ := os.Stat(p)
	di, _ := os.Stat(filepath.Dir(p))
	if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
		t.Fatalf("modes file %04o dir %04o, want 0600 and 0700", fi.Mode().Perm(), di.Mode().Perm())
	}
}
