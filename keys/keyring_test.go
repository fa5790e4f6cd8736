package keys

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// blockingBackend never answers until the test ends: a provider that hangs
// or a desktop prompt nobody answers.
type blockingBackend struct{ release chan struct{} }

func newBlockingBackend(t *testing.T) blockingBackend {
	b := blockingBackend{release: make(chan struct{})}
	t.Cleanup(func() { close(b.release) })
	return b
}

func (b blockingBackend) Get(string, string) (string, error) { <-b.release; return "", nil }
func (b blockingBackend) Set(string, string, string) error   { <-b.release; return nil }
func (b blockingBackend) Delete(string, string) error        { <-b.release; return nil }

// countingBackend records calls, to prove a check happened before the OS.
type countingBackend struct{ calls atomic.Int32 }

func (c *countingBackend) Get(string, string) (string, error) { c.calls.Add(1); return "", nil }
func (c *countingBackend) Set(string, string, string) error   { c.calls.Add(1); return nil }
func (c *countingBackend) Delete(string, string) error        { c.calls.Add(1); return nil }

func TestKeyringTimeoutCutsOffSilentBackend(t *testing.T) {
	t.Parallel()
	k := &Keyring{timeout: time.Millisecond, be: newBlockingBackend(t), goos: "linux"}
	ctx := context.Background()
	for op, err := range map[string]error{
		"get":    second(k.Get(ctx, "default:api-key")),
		"set":    k.Set(ctx, "default:api-key", secret.New("v")),
		"delete": k.Delete(ctx, "default:api-key"),
	} {
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("%s: want ErrTimeout, got %v", op, err)
		}
		var ue *UnavailableError
		if !errors.As(err, &ue) || ue.Op != op {
			t.Fatalf("%s: a timeout is also unavailable, got %#v", op, err)
		}
		msg := err.Error()
		if !strings.Contains(msg, "1ms") || !strings.Contains(msg, "VIPCX_ACCESS_TOKEN") {
			t.Errorf("%s: message should name the timeout and the fix: %q", op, msg)
		}
	}
}

func TestKeyringHonoursContext(t *testing.T) {
	t.Parallel()
	k := &Keyring{timeout: time.Hour, be: newBlockingBackend(t), goos: "linux"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := k.Get(ctx, "default:api-key")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
}

func TestNewKeyringDefaultTimeout(t *testing.T) {
	t.Parallel()
	if got := NewKeyring(-1).timeout; got != DefaultTimeout {
		t.Fatalf("timeout = %v, want %v", got, DefaultTimeout)
	}
	if got := NewKeyring(2 * time.Second).timeout; got != 2*time.Second {
		t.Fatalf("timeout = %v", got)
	}
}

func TestKeyringRefusesTooLargeBeforeCalling(t *testing.T) {
	t.Parallel()
	cases := []struct {
		goos     string
		ok, tooB int
		limitMsg string
	}{
		{"windows", 2560, 2561, "limit 2560 bytes"},
		{"darwin", 2900, 3100, "darwin keyring"},
		{"linux", 8 << 10, 65<<10 + 1, "limit 65536 bytes"},
	}
	for _, c := range cases {
		be := &countingBackend{}
		k := &Keyring{timeout: time.Second, be: be, goos: c.goos}
		if err := k.Set(context.Background(), "default:cached-token", secret.New(strings.Repeat("s", c.ok))); err != nil {
			t.Fatalf("%s: %d bytes should fit: %v", c.goos, c.ok, err)
		}
		err := k.Set(context.Background(), "default:cached-token", secret.New(strings.Repeat("s", c.tooB)))
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%s: want ErrTooLarge, got %v", c.goos, err)
		}
		if msg := err.Error(); !strings.Contains(msg, c.limitMsg) || strings.Contains(msg, "sss") {
			t.Errorf("%s: message %q should name the limit and not the value", c.goos, msg)
		}
		if n := be.calls.Load(); n != 1 {
			t.Errorf("%s: backend called %d times, want 1 (only the fitting value)", c.goos, n)
		}
	}
}

// childEnv marks a test binary started by runChild; the named test runs only
// there, where go-keyring's real provider has not been mocked.
const childEnv = "VIPCX_KEYS_CHILD"

// runChild runs one test of this package in a fresh test binary with extra
// environment and returns its output. The child reports its own failures.
func runChild(t *testing.T, name string, env ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.v", "-test.count=1")
	cmd.Env = append(append(os.Environ(), childEnv+"="+name), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child %s failed: %v\n%s", name, err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+name) {
		t.Fatalf("child %s did not run:\n%s", name, out)
	}
	return string(out)
}

// onlyInChild skips a test unless runChild started it.
func onlyInChild(t *testing.T) {
	t.Helper()
	if os.Getenv(childEnv) != t.Name() {
		t.Skip("runs as a subprocess of its parent test")
	}
}

func TestKeyringAbsentAnswersClearly(t *testing.T) {
	runChild(t, "TestChildKeyringAbsent",
		"DBUS_SESSION_BUS_ADDRESS=unix:path="+t.TempDir()+"/no-such-bus")
}

// TestChildKeyringAbsent runs the real adapter against a bus socket that does
// not exist: it must answer within the timeout with the cause and the fix,
// not hang and not time out.
func TestChildKeyringAbsent(t *testing.T) {
	onlyInChild(t)
	k := NewKeyring(time.Minute)
	_, err := k.Get(context.Background(), "default:api-key")
	var ue *UnavailableError
	if !errors.As(err, &ue) || errors.Is(err, ErrTimeout) || errors.Is(err, ErrNotFound) {
		t.Fatalf("want a prompt *UnavailableError, got %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "no-such-bus") || !strings.Contains(msg, Fix) {
		t.Fatalf("message should name the missing bus and the fix: %q", msg)
	}
}
