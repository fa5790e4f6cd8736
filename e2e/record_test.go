package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vipcx/vipcx/internal/itest"
)

// recorded is the real binary in tmux under script(1), so every byte it
// writes to its terminal lands in a file: the only place to look for escape
// sequences that should never have left the program. A small shell wrapper
// inside the recorded terminal saves its exit status and the terminal modes
// before and after, and names its pid so a test can signal the binary.
type recorded struct {
	*tmuxSession
	dir string
}

// startRecorded runs the binary with args and env (from baseEnv and
// friends) in a 100×30 pane. --theme dark is for the caller to pass: asking
// the terminal for its background is an OSC query of the program's own.
func startRecorded(t *testing.T, env []string, args ...string) *recorded {
	t.Helper()
	tmux := itest.Require(t, "tmux", "tmux")
	scriptBin := itest.Require(t, "script", "bsdutils")
	dir := t.TempDir()
	wrapper := fmt.Sprintf("echo $$ > %[1]s/shpid\nstty -g > %[1]s/stty0\n'%[2]s' \"$@\"\nst=$?\n"+
		"stty -g > %[1]s/stty1\necho $st > %[1]s/rc\n", dir, binary(t))
	if err := os.WriteFile(filepath.Join(dir, "run.sh"), []byte(wrapper), 0o700); err != nil {
		t.Fatal(err)
	}
	inner := "sh " + filepath.Join(dir, "run.sh") + " " + strings.Join(args, " ")
	pane := fmt.Sprintf("'%s' -qefc '%s' '%s/rec'; echo $? > '%s/done'", scriptBin, inner, dir, dir)
	s := &tmuxSession{t: t, bin: tmux, sock: filepath.Join(dir, "sock"), rc: filepath.Join(dir, "rc"), env: env}
	r := &recorded{tmuxSession: s, dir: dir}
	s.run("-f", "/dev/null", "new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", pane)
	t.Cleanup(func() {
		r.killLeftover()
		_ = exec.Command(s.bin, "-S", s.sock, "kill-server").Run()
	})
	s.run("set-option", "-s", "escape-time", "0")
	s.run("set-option", "-wg", "remain-on-exit", "on") // keep the pane to inspect after the exit
	s.run("set-option", "-s", "set-clipboard", "on")   // an OSC 52 that got through would make a buffer
	return r
}

// killLeftover kills the binary if a failed test left it running (a hung
// binary outlives tmux: script keeps it alive after the pane is gone).
func (r *recorded) killLeftover() {
	sh, err := os.ReadFile(filepath.Join(r.dir, "shpid"))
	if err != nil {
		return
	}
	id := strings.TrimSpace(string(sh))
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%s/task/%s/children", id, id))
	for _, f := range strings.Fields(string(b)) {
		if pid, err := strconv.Atoi(f); err == nil {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// waitFile polls for a file the wrapper writes last (liveness, not timing).
func (r *recorded) waitFile(name string) string {
	r.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(r.dir, name)); err == nil && bytes.HasSuffix(b, []byte("\n")) {
			return strings.TrimSpace(string(b))
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.t.Fatalf("%s never written; last screen:\n%s", name, r.run("capture-pane", "-p", "-t", "ui"))
	return ""
}

// pid is the binary's process: the wrapper shell's only child.
func (r *recorded) pid() int {
	r.t.Helper()
	sh := r.waitFile("shpid")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%s/task/%s/children", sh, sh))
		if f := strings.Fields(string(b)); len(f) == 1 {
			if n, err := strconv.Atoi(f[0]); err == nil {
				return n
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.t.Fatal("the binary's pid never showed up")
	return 0
}

// finish waits for the binary and script to end and returns the exit
// status and the recorded bytes, without script's own header and trailer.
func (r *recorded) finish() (string, []byte) {
	r.t.Helper()
	rc := r.waitFile("rc")
	r.waitFile("done")
	b, err := os.ReadFile(filepath.Join(r.dir, "rec"))
	if err != nil {
		r.t.Fatal(err)
	}
	if bytes.HasPrefix(b, []byte("Script started")) {
		_, b, _ = bytes.Cut(b, []byte("\n"))
	}
	if i := bytes.LastIndex(b, []byte("\nScript done")); i >= 0 {
		b = b[:i]
	}
	return rc, b
}

// terminalModesKept reports whether the wrapper saw the same terminal modes
// (raw mode, echo...) before and after the binary.
func (r *recorded) terminalModesKept() bool {
	before, _ := os.ReadFile(filepath.Join(r.dir, "stty0"))
	after, _ := os.ReadFile(filepath.Join(r.dir, "stty1"))
	return len(before) > 0 && bytes.Equal(before, after)
}

// format asks tmux for a pane variable such as #{pane_title}.
func (r *recorded) format(f string) string {
	r.t.Helper()
	return strings.TrimSpace(r.run("display-message", "-p", "-t", "ui", f))
}

// assertRestored: after its last frame the program left the alternate
// screen and showed the cursor again, in the bytes and in tmux's view of
// the terminal.
func (r *recorded) assertRestored(stream []byte) {
	r.t.Helper()
	s := string(stream)
	if i, j := strings.LastIndex(s, "\x1b[?1049h"), strings.LastIndex(s, "\x1b[?1049l"); i < 0 || j < i {
		r.t.Errorf("alt screen not left: entered at %d, left at %d; tail %q", i, j, tail(s))
	}
	if i, j := strings.LastIndex(s, "\x1b[?25l"), strings.LastIndex(s, "\x1b[?25h"); j < i {
		r.t.Errorf("cursor left hidden: hidden at %d, shown at %d; tail %q", i, j, tail(s))
	}
	if !r.terminalModesKept() {
		r.t.Error("terminal modes (stty -g) differ after the binary: raw mode not undone")
	}
}

func tail(s string) string { return s[max(0, len(s)-120):] }
