package itest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSecretServiceStoresAndFinds proves the harness gives a child process a
// working, unlocked Secret Service: a value stored with secret-tool is found
// again under the same attributes.
func TestSecretServiceStoresAndFinds(t *testing.T) {
	env := SecretService(t)
	for _, key := range []string{"DBUS_SESSION_BUS_ADDRESS=unix:", "XDG_RUNTIME_DIR=", "XDG_DATA_HOME="} {
		if !hasPrefix(env, key) {
			t.Fatalf("env %q lacks %s", env, key)
		}
	}
	tool := Require(t, "secret-tool", "libsecret-tools")
	store := exec.Command(tool, "store", "--label=probe", "service", "vipcx-itest", "username", "probe:user")
	store.Env = append(os.Environ(), env...)
	store.Stdin = strings.NewReader("probe-value")
	if out, err := store.CombinedOutput(); err != nil {
		t.Fatalf("secret-tool store: %v: %s", err, out)
	}
	search := exec.Command(tool, "search", "--all", "service", "vipcx-itest")
	search.Env = append(os.Environ(), env...)
	out, err := search.CombinedOutput()
	if err != nil {
		t.Fatalf("secret-tool search: %v: %s", err, out)
	}
	if !strings.Contains(string(out), "attribute.username = probe:user") {
		t.Fatalf("stored item not found: %s", out)
	}
}

func hasPrefix(env []string, prefix string) bool {
	for _, e := range env {
		if strings.HasPrefix(e, prefix) {
			return true
		}
	}
	return false
}
