package keys

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// The keys unit tests use go-keyring's mock provider, which needs no bus.
func init() { defaultGuard = nil }

func TestSessionBusGuard(t *testing.T) {
	none := func(string) bool { return false }
	env := func(m map[string]string) func(string) (string, bool) {
		return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
	}
	if err := sessionBusGuard("linux", env(nil), none); !errors.Is(err, ErrNoSessionBus) {
		t.Fatalf("no bus: %v, want ErrNoSessionBus", err)
	}
	if err := sessionBusGuard("linux", env(map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}), none); err != nil {
		t.Fatalf("bus address set: %v", err)
	}
	busAt := func(p string) bool { return p == "/run/me/bus" }
	if err := sessionBusGuard("linux", env(map[string]string{"XDG_RUNTIME_DIR": "/run/me"}), busAt); err != nil {
		t.Fatalf("runtime bus socket: %v", err)
	}
	if err := sessionBusGuard("darwin", env(nil), none); err != nil {
		t.Fatalf("darwin has no D-Bus: %v", err)
	}
}

// TestNoSessionBusNeverReachesBackend: without a bus the backend (which
// would make the D-Bus library run dbus-launch) is not called at all.
func TestNoSessionBusNeverReachesBackend(t *testing.T) {
	be := &countingBackend{}
	k := &Keyring{timeout: DefaultTimeout, be: be, goos: "linux", guard: func() error { return ErrNoSessionBus }}
	_, err := k.Get(context.Background(), Account("default", NameAPIKey))
	var ue *UnavailableError
	if !errors.As(err, &ue) || !errors.Is(err, ErrNoSessionBus) {
		t.Fatalf("err = %v, want UnavailableError wrapping ErrNoSessionBus", err)
	}
	if n := be.calls.Load(); n != 0 {
		t.Errorf("backend called %d times", n)
	}
	if strings.Contains(err.Error(), "unlock") || strings.Contains(err.Error(), "(get)") {
		t.Errorf("message %q advises unlocking a keyring that does not exist, or leaks the operation", err)
	}
}

func TestUnavailableHintUnlockOnlyWhenLocked(t *testing.T) {
	locked := &UnavailableError{Op: "get", Cause: errors.New("failed to unlock correct collection '/org/freedesktop/secrets/aliases/default': prompt dismissed")}
	if h := locked.Hint(Fix); !strings.HasPrefix(h, "unlock the keyring") {
		t.Errorf("locked hint = %q", h)
	}
	noPrompter := &UnavailableError{Op: "get", Cause: errors.New("failed to unlock correct collection '/org/freedesktop/secrets/collection/login'")}
	if h := noPrompter.Hint(Fix); !strings.HasPrefix(h, "unlock the keyring") {
		t.Errorf("locked without a prompter: hint = %q", h)
	}
	gone := &UnavailableError{Op: "get", Cause: errors.New("The name org.freedesktop.secrets was not provided by any .service files")}
	if h := gone.Hint(""); h != "" {
		t.Errorf("no-service hint = %q, want none", h)
	}
}
