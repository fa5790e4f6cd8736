package keys

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/internal/itest"
	"github.com/vipcx/vipcx/secret"
)

// TestKeyringAgainstRealSecretService runs the real adapter against a
// throw-away gnome-keyring in a child process (go-keyring's provider is
// global and other tests here mock it).
func TestKeyringAgainstRealSecretService(t *testing.T) {
	env := itest.SecretService(t)
	runChild(t, "TestChildRealSecretService", env...)
}

// TestChildRealSecretService stores a login and a cached token, checks with
// secret-tool that they are entries under service vipcx, reads them back, and
// logs out.
func TestChildRealSecretService(t *testing.T) {
	onlyInChild(t)
	// Never reach a developer's own keyring: the harness hands us a private bus.
	if bus := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); !strings.HasPrefix(bus, "unix:path="+os.TempDir()) {
		t.Fatalf("child bus %q is not the private one", bus)
	}
	ctx := context.Background()
	k := NewKeyring(10 * time.Second)

	if err := SaveLogin(ctx, k, "default", "api-key-1234567890", secret.Secret{}, secret.New("client-secret-value")); err != nil {
		t.Fatalf("SaveLogin: %v", err)
	}
	exp := time.Unix(2e9, 0)
	if err := NewTokenCache(k, "default", TokenIssuer{}).StoreToken(ctx, secret.New("minted-token"), exp); err != nil {
		t.Fatalf("StoreToken: %v", err)
	}
	users := storedUsers(t)
	want := []string{"default:api-key", "default:cached-token", "default:client-secret"}
	if !slices.Equal(users, want) {
		t.Fatalf("secret-tool sees users %v, want %v", users, want)
	}

	c, err := Resolve(ctx, k, "default", func(string) (string, bool) { return "", false })
	if err != nil || c.APIKey != "api-key-1234567890" || c.ClientSecret.Reveal() != "client-secret-value" ||
		c.ClientSecretSource != SourceKeyring {
		t.Fatalf("Resolve = %+v, %v", c, err)
	}
	tok, gotExp, err := NewTokenCache(k, "default", TokenIssuer{}).LoadToken(ctx)
	if err != nil || tok.Reveal() != "minted-token" || !gotExp.Equal(exp) {
		t.Fatalf("LoadToken = %q, %v, %v", tok.Reveal(), gotExp, err)
	}
	if _, err := k.Get(ctx, "default:access-token"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing entry: want ErrNotFound, got %v", err)
	}

	removed, err := Logout(ctx, k, "default")
	if err != nil || len(removed) != 3 {
		t.Fatalf("Logout = %v, %v", removed, err)
	}
	if users := storedUsers(t); len(users) != 0 {
		t.Fatalf("entries left after Logout: %v", users)
	}
}

// storedUsers lists, sorted, the username attribute of every item under
// service vipcx, as secret-tool reports them.
func storedUsers(t *testing.T) []string {
	t.Helper()
	tool := itest.Require(t, "secret-tool", "libsecret-tools")
	out, err := exec.Command(tool, "search", "--all", "service", Service).CombinedOutput()
	if err != nil {
		t.Fatalf("secret-tool search: %v: %s", err, out)
	}
	var users []string
	for _, line := range strings.Split(string(out), "\n") {
		if u, ok := strings.CutPrefix(line, "attribute.username = "); ok {
			users = append(users, u)
		}
	}
	slices.Sort(users)
	return users
}
