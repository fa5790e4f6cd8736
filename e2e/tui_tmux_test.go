package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/internal/itest"
)

// tmuxSession is the real binary running in a private tmux server: its own
// socket, no user config, Esc delivered at once.
type tmuxSession struct {
	t        *testing.T
	bin, rc  string
	sock     string
	env      []string
	lastSeen string
}

func startTmux(t *testing.T, args ...string) *tmuxSession {
	t.Helper()
	return startTmuxEnv(t, baseEnv(t), "", args...)
}

// startTmuxEnv is startTmux with its own environment, and TERM set to term
// inside the pane when term is not "" (tmux otherwise sets its own TERM
// there, whatever the environment says).
func startTmuxEnv(t *testing.T, env []string, term string, args ...string) *tmuxSession {
	t.Helper()
	tmux := itest.Require(t, "tmux", "tmux")
	dir := t.TempDir()
	s := &tmuxSession{t: t, bin: tmux, sock: filepath.Join(dir, "sock"), rc: filepath.Join(dir, "rc"), env: env}
	prefix := ""
	if term != "" {
		prefix = "env TERM=" + term + " "
	}
	cmdline := fmt.Sprintf("%s'%s' %s; echo $? > '%s'", prefix, binary(t), strings.Join(args, " "), s.rc)
	s.run("-f", "/dev/null", "new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", cmdline)
	t.Cleanup(func() { _ = exec.Command(s.bin, "-S", s.sock, "kill-server").Run() })
	s.run("set-option", "-s", "escape-time", "0")
	return s
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	cmd := exec.Command(s.bin, append([]string{"-S", s.sock}, args...)...)
	cmd.Env = s.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", "ui"}, keys...)...)
}

func (s *tmuxSession) typeText(text string) { s.t.Helper(); s.run("send-keys", "-t", "ui", "-l", text) }

// waitScreen polls the pane until ok accepts it. The deadline is for
// liveness (a hung program fails instead of hanging CI), not a timing check.
func (s *tmuxSession) waitScreen(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		screen := s.run("capture-pane", "-p", "-t", "ui")
		if ok(screen) {
			s.lastSeen = screen
			return screen
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %s; last screen:\n%s", what, s.run("capture-pane", "-p", "-t", "ui"))
	return ""
}

func (s *tmuxSession) waitText(want string) string {
	s.t.Helper()
	return s.waitScreen(fmt.Sprintf("%q", want), func(sc string) bool { return strings.Contains(sc, want) })
}

// exitStatus waits for the status the shell wrote after the binary ended.
func (s *tmuxSession) exitStatus() string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(s.rc); err == nil && strings.HasSuffix(string(b), "\n") {
			return strings.TrimSpace(string(b))
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("vipcx did not exit; last screen:\n%s", s.run("capture-pane", "-p", "-t", "ui"))
	return ""
}

// tabTexts is a text only each tab of the demo's 9876543210 shows.
var tabTexts = []string{"K-12 school", "200 Fairmont Ave", "mickey@mouse.com", "10–49 licenses", "This is the Group",
	"65305410CA01A12", "8000080001", `"customerId"`}

func TestTUIInTmux(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("Customer ID")
	s.waitText("DEMO")
	s.typeText("9876543210")
	s.keys("Enter")
	s.waitText("Fairmont")
	for i, want := range tabTexts {
		s.keys(fmt.Sprint(i + 1))
		s.waitText(want)
	}
	for i := range tabTexts { // Tab from the JSON tab wraps to Company
		s.keys("Tab")
		s.waitText(tabTexts[i])
	}
	s.keys("/")
	s.typeText("demo-404")
	s.keys("Enter")
	s.waitText("404 Not Found")
	s.waitText("1116")

	s.run("resize-window", "-t", "ui", "-x", "60", "-y", "20")
	s.waitScreen("the 404 panel at 60×20", func(sc string) bool {
		return strings.Contains(sc, "404 Not Found") && fitsIn(sc, 60, 20)
	})
	s.run("resize-window", "-t", "ui", "-x", "50", "-y", "15")
	s.waitText("enlarge the terminal")
	s.run("resize-window", "-t", "ui", "-x", "100", "-y", "30")
	s.waitScreen("the 404 panel at 100×30 with the footer on the last row", func(sc string) bool {
		lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
		return strings.Contains(sc, "404 Not Found") && !strings.Contains(sc, "enlarge") &&
			len(lines) == 30 && strings.Contains(lines[29], "quit") && fitsIn(sc, 100, 30)
	})

	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
	s.checkHistory("9876543210\n")
}

// checkHistory asserts the recent-IDs file: successful fetches only, mode 0600.
func (s *tmuxSession) checkHistory(want string) {
	s.t.Helper()
	var state string
	for _, kv := range s.env {
		if v, ok := strings.CutPrefix(kv, "XDG_STATE_HOME="); ok {
			state = v
		}
	}
	path := filepath.Join(state, "vipcx", "history-demo") // one file per place
	b, err := os.ReadFile(path)
	if err != nil || string(b) != want {
		s.t.Fatalf("history %q, %v; want %q", b, err, want)
	}
	fi, err := os.Stat(path)
	if err != nil {
		s.t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		s.t.Errorf("history mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestTUICtrlCExitsZeroAndEscCancels(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("Customer ID")
	s.typeText("demo-slow")
	s.keys("Enter")
	s.waitText("Fetching customer demo-slow")
	s.keys("Escape")
	s.waitText("cancelled")
	s.typeText("q") // typed into the input, not a quit
	s.waitText("demo-slowq")
	s.keys("C-c")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}

// fitsIn reports whether no line of the screen is wider than w cells and
// there are at most h lines.
func fitsIn(screen string, w, h int) bool {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	if len(lines) > h {
		return false
	}
	for _, l := range lines {
		if len([]rune(l)) > w {
			return false
		}
	}
	return true
}

// TestTUICursorVisibleUnderNoColor: baseEnv sets NO_COLOR=1. The input's
// cursor must still show, as reverse video, where typing goes (Bubble Tea
// hides the terminal's own cursor). tmux's capture with -e keeps the
// attributes of each cell.
func TestTUICursorVisibleUnderNoColor(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("Customer ID")
	s.typeText("98765")
	s.waitText("98765")
	s.waitScreen("a reverse-video cursor after the typed text", func(string) bool {
		return strings.Contains(s.run("capture-pane", "-e", "-p", "-t", "ui"), "98765\x1b[7m")
	})
	s.keys("C-c")
	if st := s.exitStatus(); st != "0" {
		t.Errorf("exit status %s", st)
	}
}
