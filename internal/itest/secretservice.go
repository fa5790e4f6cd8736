package itest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// secretServiceWait bounds how long SecretService waits for the daemon to
// answer. It is a failure bound, not an assertion: a healthy start takes
// under a second.
const secretServiceWait = 20 * time.Second

// busConfig is a session bus with no service directories: nothing is
// activated behind our back (a stray, locked gnome-keyring started by D-Bus
// would fail every call), and only the daemon we start owns the name.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// SecretService starts a throw-away Secret Service (a private D-Bus session
// bus and an unlocked gnome-keyring-daemon with fresh data and runtime
// directories), waits until it answers, and returns the environment entries
// a child process needs to use it: DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR
// and XDG_DATA_HOME. HOME is left alone (Go would re-download every module).
// Everything is killed when the test ends. It skips (or fails under
// VIPCX_REQUIRE_IT=1) when dbus, gnome-keyring or libsecret-tools is missing.
func SecretService(t testing.TB) []string {
	t.Helper()
	busBin := Require(t, "dbus-daemon", "dbus")
	gkBin := Require(t, "gnome-keyring-daemon", "gnome-keyring")
	stBin := Require(t, "secret-tool", "libsecret-tools")

	dir := shortTempDir(t)
	data, run := filepath.Join(dir, "data"), filepath.Join(dir, "run")
	for _, d := range []string{data, run} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatalf("secret service: %v", err)
		}
	}
	xdg := []string{"XDG_RUNTIME_DIR=" + run, "XDG_DATA_HOME=" + data}

	addr := startBus(t, busBin, dir, xdg)
	env := append([]string{"DBUS_SESSION_BUS_ADDRESS=" + addr}, xdg...)
	gk := startDaemon(t, "gnome-keyring-daemon", env, strings.NewReader("vipcx-test"),
		gkBin, "--foreground", "--unlock", "--components=secrets")
	waitForSecrets(t, stBin, env, gk)
	return env
}

// shortTempDir is t.TempDir unless its path would push the bus socket past
// the 108-byte limit of a Unix socket path.
func shortTempDir(t testing.TB) string {
	dir := t.TempDir()
	if len(dir) < 80 {
		return dir
	}
	dir, err := os.MkdirTemp("", "vipcx-ss")
	if err != nil {
		t.Fatalf("secret service: %v", err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

// startBus runs dbus-daemon on a socket in dir and returns its address,
// which it prints once it listens.
func startBus(t testing.TB, bin, dir string, xdg []string) string {
	t.Helper()
	conf := filepath.Join(dir, "bus.conf")
	sock := filepath.Join(dir, "bus")
	if err := os.WriteFile(conf, []byte(fmt.Sprintf(busConfig, sock)), 0o600); err != nil {
		t.Fatalf("secret service: %v", err)
	}
	cmd := exec.Command(bin, "--config-file="+conf, "--nofork", "--print-address=1")
	cmd.Env = append(os.Environ(), xdg...)
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatalf("dbus-daemon: %v", err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("dbus-daemon: %v", err)
	}
	t.Cleanup(func() { stop(cmd) })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "unix:") {
		t.Fatalf("dbus-daemon printed no address (%v): %s", err, stderr.String())
	}
	return strings.TrimSpace(line)
}

// daemon is a started background process and what it said on stderr.
type daemon struct {
	name   string
	exited chan struct{}
	stderr *lockedBuffer
}

// startDaemon starts a process that runs until the test ends.
func startDaemon(t testing.TB, name string, env []string, stdin *strings.Reader, bin string, args ...string) *daemon {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = stdin
	d := &daemon{name: name, exited: make(chan struct{}), stderr: &lockedBuffer{}}
	cmd.Stdout, cmd.Stderr = d.stderr, d.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	go func() { _ = cmd.Wait(); close(d.exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-d.exited
	})
	return d
}

// waitForSecrets polls secret-tool until the Secret Service answers a search
// (which needs the default collection unlocked), or fails the test with what
// the daemon and secret-tool said.
func waitForSecrets(t testing.TB, stBin string, env []string, gk *daemon) {
	t.Helper()
	deadline := time.Now().Add(secretServiceWait)
	for {
		cmd := exec.Command(stBin, "search", "--all", "service", "vipcx-itest-probe")
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err == nil {
			return
		}
		select {
		case <-gk.exited:
			t.Fatalf("%s exited early: %s", gk.name, gk.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("secret service did not answer: %v: %s; %s: %s", err, out, gk.name, gk.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop kills a process and reaps it.
func stop(cmd *exec.Cmd) {
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
}

// lockedBuffer collects a child's output; os/exec writes to it from its own
// goroutine while the test may read it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
