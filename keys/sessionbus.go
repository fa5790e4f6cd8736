package keys

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
)

// ErrNoSessionBus means the Secret Service cannot be reached because there
// is no D-Bus session bus to reach it on. Without one, the D-Bus library
// would run `dbus-launch` from PATH, and that program would inherit the
// process environment, VIPCX_* secrets included; vipcx refuses the keyring
// instead.
var ErrNoSessionBus = errors.New("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus)")

// usesDBus is true where go-keyring talks to the Secret Service over D-Bus.
func usesDBus(goos string) bool { return goos != "darwin" && goos != "windows" }

// sessionBusGuard returns nil when the D-Bus library will connect without
// launching anything: DBUS_SESSION_BUS_ADDRESS is set, or the per-user bus
// socket it looks for next exists; else ErrNoSessionBus. getenv and exists are os.LookupEnv and a
// stat in production.
func sessionBusGuard(goos string, getenv func(string) (string, bool), exists func(string) bool) error {
	if !usesDBus(goos) {
		return nil
	}
	if v, _ := getenv("DBUS_SESSION_BUS_ADDRESS"); v != "" {
		return nil
	}
	dir, _ := getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		dir = "/run/user/" + strconv.Itoa(os.Getuid())
	}
	if exists(filepath.Join(dir, "bus")) {
		return nil
	}
	return ErrNoSessionBus
}

// processBusGuard is sessionBusGuard for this process.
func processBusGuard() error {
	return sessionBusGuard(runtime.GOOS, os.LookupEnv, func(p string) bool {
		_, err := os.Stat(p)
		return err == nil
	})
}
