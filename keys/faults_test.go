package keys

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/internal/itest"
	"github.com/vipcx/vipcx/secret"
)

// gatedBackend answers only when the test opens the gate: a slow keyring
// whose speed the test controls, with no clock involved.
type gatedBackend struct {
	started chan struct{}
	gate    chan struct{}
	value   string
}

func (g gatedBackend) wait() { g.started <- struct{}{}; <-g.gate }

func (g gatedBackend) Get(string, string) (string, error) { g.wait(); return g.value, nil }
func (g gatedBackend) Set(string, string, string) error   { g.wait(); return nil }
func (g gatedBackend) Delete(string, string) error        { g.wait(); return nil }

// TestKeyringSlowButInTimeWorks: a keyring that takes its time, but answers
// before the timeout, is not an error; the timeout is a ceiling, not a
// deadline every call races against.
func TestKeyringSlowButInTimeWorks(t *testing.T) {
	t.Parallel()
	be := gatedBackend{started: make(chan struct{}), gate: make(chan struct{}), value: "slow-secret"}
	k := &Keyring{timeout: time.Hour, be: be, goos: "linux"}
	go func() {
		for range 3 {
			<-be.started // the call is in flight and waiting on the backend
			be.gate <- struct{}{}
		}
	}()
	ctx := context.Background()
	v, err := k.Get(ctx, "default:api-key")
	if err != nil || v.Reveal() != "slow-secret" {
		t.Fatalf("Get = %q, %v", v.Reveal(), err)
	}
	if err := k.Set(ctx, "default:api-key", secret.New("x")); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if err := k.Delete(ctx, "default:api-key"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
}

// TestKeyringWedgedResolvesToClearError: a wedged keyring behind Resolve
// gives the caller an error that names the timeout and the way around it,
// and environment credentials still win.
func TestKeyringWedgedResolvesToClearError(t *testing.T) {
	t.Parallel()
	k := &Keyring{timeout: time.Millisecond, be: newBlockingBackend(t), goos: "linux"}
	env := map[string]string{"VIPCX_API_KEY": "env-key-0123456789"}
	getenv := func(n string) (string, bool) { v, ok := env[n]; return v, ok }
	c, err := Resolve(context.Background(), k, "default", getenv)
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), Fix) {
		t.Fatalf("Resolve err = %v", err)
	}
	if c.APIKey != "env-key-0123456789" {
		t.Errorf("environment API key lost: %+v", c)
	}
}

// TestKeyringLockedAnswersClearly runs the real adapter against a real
// gnome-keyring whose login keyring exists, holds our entry, and is locked
// (the daemon was restarted without --unlock and no prompter can run). The
// call must fail promptly with the fix, not report "not found" and not hang.
func TestKeyringLockedAnswersClearly(t *testing.T) {
	env := lockedSecretService(t)
	out := runChild(t, "TestChildKeyringLocked", env...)
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "faults_test.go") {
			t.Log(strings.TrimSpace(line)) // what the user would read
		}
	}
}

func TestChildKeyringLocked(t *testing.T) {
	onlyInChild(t)
	k := NewKeyring(20 * time.Second) // a failure bound: a locked keyring answers in milliseconds
	ctx := context.Background()
	_, getErr := k.Get(ctx, "default:api-key")
	setErr := k.Set(ctx, "default:access-token", secret.New("value-not-to-leak"))
	for op, err := range map[string]error{"get": getErr, "set": setErr} {
		t.Logf("%s: %v", op, err)
		var ue *UnavailableError
		if !errors.As(err, &ue) || errors.Is(err, ErrNotFound) || errors.Is(err, ErrTimeout) {
			t.Errorf("%s: want a prompt *UnavailableError, got %v", op, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "unlock the keyring") || strings.Contains(msg, "value-not-to-leak") {
			t.Errorf("%s: message %q", op, msg)
		}
	}
}

// lockedSecretService starts a private bus and gnome-keyring, stores one
// entry under service vipcx through an unlocked daemon, then restarts the
// daemon without --unlock: the keyring is now on disk and locked. It returns
// the child environment.
func lockedSecretService(t *testing.T) []string {
	busBin := itest.Require(t, "dbus-daemon", "dbus")
	gkBin := itest.Require(t, "gnome-keyring-daemon", "gnome-keyring")
	stBin := itest.Require(t, "secret-tool", "libsecret-tools")
	dir, err := os.MkdirTemp("", "vipcx-lk") // short: a socket path has 108 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	env := []string{"XDG_DATA_HOME=" + filepath.Join(dir, "data"), "XDG_RUNTIME_DIR=" + filepath.Join(dir, "run")}
	for _, d := range []string{"data", "run"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	env = append(env, "DBUS_SESSION_BUS_ADDRESS="+startPrivateBus(t, busBin, dir, env))

	unlocked := startProc(t, env, "vipcx-test", gkBin, "--foreground", "--unlock", "--components=secrets")
	store := func() error {
		cmd := exec.Command(stBin, "store", "--label=vipcx test", "service", Service, "username", "default:api-key")
		cmd.Env, cmd.Stdin = append(os.Environ(), env...), strings.NewReader("locked-api-key-value")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%v: %s", err, out)
		}
		return nil
	}
	poll(t, "store through the unlocked daemon", store)
	stopProc(unlocked)
	startProc(t, env, "", gkBin, "--foreground", "--components=secrets")
	poll(t, "the locked daemon to answer", func() error {
		cmd := exec.Command(stBin, "search", "--all", "service", "vipcx-probe")
		cmd.Env = append(os.Environ(), env...)
		return cmd.Run()
	})
	return env
}

// startPrivateBus runs a session bus with no service directories, so only
// the daemons this test starts answer on it.
func startPrivateBus(t *testing.T, bin, dir string, env []string) string {
	sock := filepath.Join(dir, "bus")
	conf := filepath.Join(dir, "bus.conf")
	xml := `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path=` + sock + `</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>`
	if err := os.WriteFile(conf, []byte(xml), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--config-file="+conf, "--nofork", "--print-address=1")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("dbus-daemon: %v", err)
	}
	t.Cleanup(func() { stopProc(cmd) })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "unix:") {
		t.Fatalf("dbus-daemon printed no address: %v", err)
	}
	return strings.TrimSpace(line)
}

// startProc starts a daemon (stdin is the unlock password, if any) that the
// test's end stops.
func startProc(t *testing.T, env []string, stdin, bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", bin, err)
	}
	t.Cleanup(func() { stopProc(cmd) })
	return cmd
}

func stopProc(cmd *exec.Cmd) {
	if cmd.ProcessState == nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
}

// poll retries f until it succeeds; the bound only keeps a broken machine
// from hanging the test.
func poll(t *testing.T, what string, f func() error) {
	deadline := time.Now().Add(20 * time.Second)
	for {
		err := f()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
