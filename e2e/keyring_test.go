package e2e

import (
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/internal/itest"
)

// keyringEnv is a clean environment pointed at a demo API (served in this
// process so its token mints can be counted) and at a fresh, real
// gnome-keyring on a private D-Bus session bus.
func keyringEnv(t *testing.T) (env []string, srv *demo.Server) {
	t.Helper()
	ss := itest.SecretService(t)
	srv = demo.New()
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	env = baseEnv(t)
	// baseEnv points D-Bus nowhere; the Secret Service entries replace it.
	env = append(withoutVar(env, "DBUS_SESSION_BUS_ADDRESS"), ss...)
	env = append(env, "VIPCX_BASE_URL="+hs.URL, "VIPCX_IMS_URL="+hs.URL)
	return env, srv
}

func withoutVar(env []string, name string) []string {
	out := env[:0:0]
	for _, e := range env {
		if !strings.HasPrefix(e, name+"=") {
			out = append(out, e)
		}
	}
	return out
}

// secretToolUsers lists the users vipcx stored under service vipcx.
func secretToolUsers(t *testing.T, env []string) string {
	t.Helper()
	cmd := exec.Command("secret-tool", "search", "--all", "service", "vipcx")
	cmd.Env = env
	out, _ := cmd.CombinedOutput() // exits 1 when nothing matches
	var users []string
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "attribute.username = "); ok {
			users = append(users, v)
		}
	}
	return strings.Join(users, ",")
}

// TestKeyringTokenFlow is the "done when": login with a token on
// stdin, status, get with credentials from the keyring, logout — through a
// real Secret Service.
func TestKeyringTokenFlow(t *testing.T) {
	env, _ := keyringEnv(t)
	r := run(t, env, demo.DemoToken+"\n", "auth", "login", "--api-key", demo.DemoAPIKey, "--with-token")
	if r.code != 0 {
		t.Fatalf("login exit %d: %s", r.code, r.stderr)
	}
	if users := secretToolUsers(t, env); !strings.Contains(users, "default:api-key") || !strings.Contains(users, "default:access-token") {
		t.Fatalf("keyring users after login: %q", users)
	}
	r = run(t, env, "", "auth", "status")
	if r.code != 0 || !strings.Contains(r.stdout, "from the keyring") || !strings.Contains(r.stdout, "answers") {
		t.Fatalf("status exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = run(t, env, "", "get", "9876543210")
	if r.code != 0 || !strings.Contains(r.stdout, "Fairmont") {
		t.Fatalf("get exit %d: %s", r.code, r.stderr)
	}
	r = run(t, env, "", "auth", "logout")
	if r.code != 0 {
		t.Fatalf("logout exit %d: %s", r.code, r.stderr)
	}
	if users := secretToolUsers(t, env); users != "" {
		t.Fatalf("entries left after logout: %q", users)
	}
	if r = run(t, env, "", "auth", "status"); r.code != 3 {
		t.Fatalf("status after logout exit %d, want 3", r.code)
	}
	for _, out := range []string{r.stdout, r.stderr} {
		if strings.Contains(out, demo.DemoToken) {
			t.Fatal("token printed")
		}
	}
}

// TestKeyringClientSecretMintsOnce stores a client secret: the first get
// mints a token and caches it in the keyring; a second process reuses it.
func TestKeyringClientSecretMintsOnce(t *testing.T) {
	env, srv := keyringEnv(t)
	r := run(t, env, demo.DemoClientSecret, "auth", "login", "--api-key", demo.DemoAPIKey, "--with-client-secret")
	if r.code != 0 {
		t.Fatalf("login exit %d: %s", r.code, r.stderr)
	}
	for i := 0; i < 2; i++ {
		if r = run(t, env, "", "get", "9876543210"); r.code != 0 {
			t.Fatalf("get %d exit %d: %s", i, r.code, r.stderr)
		}
	}
	if n := srv.MintCount(); n != 1 {
		t.Fatalf("minted %d tokens over two runs, want 1", n)
	}
	if users := secretToolUsers(t, env); !strings.Contains(users, "default:cached-token") {
		t.Fatalf("no cached token in the keyring: %q", users)
	}
	r = run(t, env, "", "auth", "status")
	if !strings.Contains(r.stdout, "Cached token") || !strings.Contains(r.stdout, "expires") {
		t.Fatalf("status does not show the cached token:\n%s", r.stdout)
	}
	run(t, env, "", "auth", "logout")
	if users := secretToolUsers(t, env); users != "" {
		t.Fatalf("entries left after logout: %q", users)
	}
}

// TestNoKeyringStatusAnswers runs auth status with no session bus at all: it
// must say the keyring is unavailable and how to work around it, and exit 3.
// The elapsed time is logged for the record, not asserted.
func TestNoKeyringStatusAnswers(t *testing.T) {
	start := time.Now()
	r := run(t, baseEnv(t), "", "auth", "status")
	t.Logf("auth status without a keyring took %s", time.Since(start))
	if r.code != 3 {
		t.Fatalf("exit %d, want 3:\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "unavailable") || !strings.Contains(r.stderr, "VIPCX_") {
		t.Fatalf("status does not explain the keyring failure:\n%s%s", r.stdout, r.stderr)
	}
	// The way around it is given once, not once per line.
	if n := strings.Count(r.stdout+r.stderr, "VIPCX_API_KEY"); n != 1 {
		t.Fatalf("the VIPCX_* advice appears %d times:\n%s%s", n, r.stdout, r.stderr)
	}
}
