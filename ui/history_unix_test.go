//go:build unix

package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/vipcx/vipcx/internal/localfile"
)

// TestHistoryRefusesWhatIsNotItsFile: a symlink's target is never read (a
// planted link must not feed its target's lines to the screen), a FIFO
// never blocks the read, and an oversized file is refused instead of read.
func TestHistoryRefusesWhatIsNotItsFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere")
	if err := os.WriteFile(target, []byte("9876543210\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(big, []byte(strings.Repeat("9876543210\n", maxHistoryBytes/11+1)), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]error{link: localfile.ErrUnsafe, fifo: localfile.ErrUnsafe, big: localfile.ErrTooLarge} {
		msg := loadHistory(path)().(historyMsg)
		if !errors.Is(msg.err, want) || len(msg.ids) != 0 {
			t.Errorf("%s: ids %v err %v, want %v", filepath.Base(path), msg.ids, msg.err, want)
		}
	}
	// saving replaces the link with a file of its own and leaves the target alone
	if msg := saveHistory(link, []string{"1005512199"})().(historySavedMsg); msg.err != nil {
		t.Fatal(msg.err)
	}
	if b, _ := os.ReadFile(target); string(b) != "9876543210\n" {
		t.Errorf("the link's target was written: %q", b)
	}
	if fi, err := os.Lstat(link); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("the link was not replaced by a file: %v %v", fi, err)
	}
}
