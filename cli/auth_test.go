package cli

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/keys"
)

// harness runs vipcx in-process against an in-memory keyring and a demo API.
type harness struct {
	t     *testing.T
	store *keys.Memory
	env   map[string]string
	base  string
	srv   *demo.Server
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	srv := demo.New()
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	base := hs.URL
	dir := t.TempDir()
	return &harness{t: t, store: keys.NewMemory(), base: base, srv: srv, env: map[string]string{
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"),
		"XDG_STATE_HOME":  filepath.Join(dir, "state"),
		"VIPCX_BASE_URL":  base,
		"VIPCX_IMS_URL":   base,
	}}
}

func (h *harness) run(stdin string, args ...string) (stdout, stderr string, code int) {
	var out, errOut bytes.Buffer
	stdio := IO{In: strings.NewReader(stdin), Out: &out, Err: &errOut, Getenv: mapEnv(h.env),
		ReadSecret: func(string) (string, error) { h.t.Fatal("unexpected prompt"); return "", nil }}
	code = execute(context.Background(), args, stdio, BuildInfo{Version: "test"},
		func(time.Duration) keys.Store { return h.store })
	return out.String(), errOut.String(), code
}

func TestAuthLoginStatusGetLogout(t *testing.T) {
	h := newHarness(t)
	out, errOut, code := h.run(demo.DemoToken+"\n", "auth", "login", "--api-key", demo.DemoAPIKey, "--with-token")
	if code != 0 {
		t.Fatalf("login exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Saved") {
		t.Errorf("login output %q", out)
	}
	out, errOut, code = h.run("", "auth", "status")
	if code != 0 {
		t.Fatalf("status exit %d: %s", code, errOut)
	}
	for _, want := range []string{"default", "from the keyring", "Keyring", "answers"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	out, errOut, code = h.run("", "get", "9876543210")
	if code != 0 || !strings.Contains(out, "Fairmont") {
		t.Fatalf("get exit %d: %s %s", code, out, errOut)
	}
	_, errOut, code = h.run("", "auth", "logout")
	if code != 0 {
		t.Fatalf("logout exit %d: %s", code, errOut)
	}
	_, _, code = h.run("", "auth", "status")
	if code != 3 {
		t.Fatalf("status after logout exit %d, want 3", code)
	}
	_, _, code = h.run("", "get", "9876543210")
	if code != 3 {
		t.Fatalf("get after logout exit %d, want 3", code)
	}
}

func TestAuthLoginUsageErrors(t *testing.T) {
	h := newHarness(t)
	for name, c := range map[string]struct {
		stdin string
		args  []string
	}{
		"no secret kind":   {"x", []string{"auth", "login", "--api-key", "k"}},
		"empty stdin":      {"  \n", []string{"auth", "login", "--api-key", "k", "--with-token"}},
		"kind without key": {"x", []string{"auth", "login", "--with-token"}},
		"both kinds":       {"x", []string{"auth", "login", "--api-key", "k", "--with-token", "--with-client-secret"}},
		"no terminal":      {"", []string{"auth", "login"}},
	} {
		_, errOut, code := h.run(c.stdin, c.args...)
		if code != 2 || !strings.HasPrefix(errOut, "error: ") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and an error line", name, code, errOut)
		}
	}
}

// TestClientSecretMintsOnceAcrossRuns logs in with a client secret: the
// first get mints a token and caches it in the keyring, the second (a new
// "process": a fresh app and token source) reuses it.
func TestClientSecretMintsOnceAcrossRuns(t *testing.T) {
	h := newHarness(t)
	if _, errOut, code := h.run(demo.DemoClientSecret, "auth", "login", "--api-key", demo.DemoAPIKey, "--with-client-secret", "--check"); code != 0 {
		t.Fatalf("login exit %d: %s", code, errOut)
	}
	mintedByCheck := h.srv.MintCount()
	for i := 0; i < 2; i++ {
		if out, errOut, code := h.run("", "get", "9876543210"); code != 0 || !strings.Contains(out, "Fairmont") {
			t.Fatalf("get %d exit %d: %s", i, code, errOut)
		}
	}
	if got := h.srv.MintCount() - mintedByCheck; got != 1 {
		t.Fatalf("minted %d tokens for two gets, want 1 (cached in the keyring)", got)
	}
	out, _, _ := h.run("", "auth", "status")
	if !strings.Contains(out, "Cached token") || !strings.Contains(out, "expires") {
		t.Errorf("status does not show the cached token:\n%s", out)
	}
	h.srv.RevokeTokens()
	if _, errOut, code := h.run("", "get", "9876543210"); code != 0 {
		t.Fatalf("get after revocation exit %d (should mint again on 401): %s", code, errOut)
	}
	if got := h.srv.MintCount() - mintedByCheck; got != 2 {
		t.Fatalf("minted %d tokens, want 2 after a 401", got)
	}
}

func TestWrongClientSecretIsExit3(t *testing.T) {
	h := newHarness(t)
	h.env["VIPCX_API_KEY"], h.env["VIPCX_CLIENT_SECRET"] = demo.DemoAPIKey, "wrong-secret-value"
	_, errOut, code := h.run("", "get", "9876543210")
	if code != 3 || !strings.HasPrefix(errOut, "error: ") {
		t.Fatalf("exit %d, stderr %q; want 3", code, errOut)
	}
	if strings.Contains(errOut, "wrong-secret-value") {
		t.Fatal("secret in error output")
	}
}

// TestNoSecretInAnyOutput runs every command with known secret values and
// searches stdout, stderr and the debug log for them.
func TestNoSecretInAnyOutput(t *testing.T) {
	h := newHarness(t)
	const tok, sec = "tok-SENSITIVE-123456789", "sec-SENSITIVE-987654321"
	var all strings.Builder
	collect := func(stdin string, args ...string) {
		out, errOut, _ := h.run(stdin, append(args, "--debug")...)
		all.WriteString(out + errOut)
	}
	collect(tok, "auth", "login", "--api-key", demo.DemoAPIKey, "--with-token")
	collect("", "auth", "status")
	collect("", "get", "9876543210")
	collect("", "get", "demo-401")
	collect("", "get", "9876543210", "--json")
	collect(sec, "auth", "login", "--api-key", demo.DemoAPIKey, "--with-client-secret")
	collect("", "auth", "status")
	collect("", "get", "9876543210")
	h.env["VIPCX_ACCESS_TOKEN"], h.env["VIPCX_API_KEY"] = tok, demo.DemoAPIKey
	collect("", "get", "demo-403")
	collect("", "auth", "status")
	delete(h.env, "VIPCX_ACCESS_TOKEN")
	h.env["VIPCX_CLIENT_SECRET"] = sec
	collect("", "get", "demo-404")
	collect("", "auth", "logout")
	logBytes, err := os.ReadFile(filepath.Join(h.env["XDG_STATE_HOME"], "vipcx", "debug.log"))
	if err != nil {
		t.Fatalf("debug log: %v", err)
	}
	all.Write(logBytes)
	for _, s := range []string{tok, sec} {
		if strings.Contains(all.String(), s) {
			t.Fatalf("secret %q leaked into output or debug log", s)
		}
	}
	if !strings.Contains(string(logBytes), "9876543210") {
		t.Errorf("debug log does not record requests:\n%s", logBytes)
	}
}

// TestAuthLoginPrompts answers the prompts on a terminal: the API key as
// typed (a client ID, not a secret), then masked a token,
// or Enter at the token prompt and then a client secret.
func TestAuthLoginPrompts(t *testing.T) {
	for name, c := range map[string]struct {
		answers []string
		stored  string
	}{
		"token":         {[]string{"prompted-token"}, "default:access-token"},
		"client secret": {[]string{"", "prompted-secret"}, "default:client-secret"},
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t)
			answers := c.answers
			var out, errOut bytes.Buffer
			stdio := IO{In: strings.NewReader("prompted-api-key-1\nnot for the masked prompts\n"), Out: &out, Err: &errOut,
				Getenv: mapEnv(h.env), Interactive: true,
				ReadSecret: func(prompt string) (string, error) {
					if strings.Contains(prompt, "API key") {
						t.Fatal("the API key (a client ID, not a secret) was asked for masked")
					}
					if len(answers) == 0 {
						t.Fatal("more prompts than answers")
					}
					a := answers[0]
					answers = answers[1:]
					return a, nil
				}}
			code := execute(context.Background(), []string{"auth", "login"}, stdio, BuildInfo{Version: "test"},
				func(time.Duration) keys.Store { return h.store })
			if code != 0 || len(answers) != 0 {
				t.Fatalf("exit %d, %d answers unused; stderr %q", code, len(answers), errOut.String())
			}
			if got := strings.Join(h.store.Accounts(), ","); !strings.Contains(got, c.stored) || !strings.Contains(got, "default:api-key") {
				t.Fatalf("stored %q, want %s and the API key", got, c.stored)
			}
			if !strings.Contains(errOut.String(), "API key (client ID): ") {
				t.Errorf("no visible API key prompt on stderr: %q", errOut.String())
			}
			if strings.Contains(out.String()+errOut.String(), "prompted-token") || strings.Contains(out.String()+errOut.String(), "prompted-secret") {
				t.Fatal("a secret was printed")
			}
		})
	}
}
