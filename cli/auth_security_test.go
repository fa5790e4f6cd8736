package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/secret"
)

// setFails is a keyring that reads but cannot write, like a collection that
// is locked for writing or full.
type setFails struct{ *keys.Memory }

func (setFails) Set(context.Context, string, secret.Secret) error {
	return &keys.UnavailableError{Op: "set", Cause: errors.New("org.freedesktop.Secret.Error.IsLocked: collection is locked")}
}

// runWith runs vipcx with the harness environment and the given store.
func (h *harness) runWith(st keys.Store, interactive bool, stdin string, args ...string) (string, string, int) {
	var out, errOut bytes.Buffer
	stdio := IO{In: strings.NewReader(stdin), Out: &out, Err: &errOut, Getenv: mapEnv(h.env), Interactive: interactive,
		ReadSecret: func(string) (string, error) { h.t.Fatal("prompted although the keyring cannot save"); return "", nil }}
	code := execute(context.Background(), args, stdio, BuildInfo{Version: "test"}, func(time.Duration) keys.Store { return st })
	return out.String(), errOut.String(), code
}

// TestLoginCheckedButNotSavedIsExit1: the credentials were accepted, the
// keyring failed; that is not exit 3 ("credentials rejected").
func TestLoginCheckedButNotSavedIsExit1(t *testing.T) {
	h := newHarness(t)
	out, errOut, code := h.runWith(setFails{keys.NewMemory()}, false, demo.DemoToken,
		"auth", "login", "--api-key", demo.DemoAPIKey, "--with-token", "--check")
	if code != exitInternal {
		t.Fatalf("exit %d, want 1; stderr %q", code, errOut)
	}
	if !strings.Contains(out, "Credentials accepted") || !strings.Contains(errOut, "accepted but not saved") {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
	if strings.Contains(errOut, "(set)") || strings.Count(errOut, "VIPCX_API_KEY") > 1 {
		t.Errorf("stderr leaks the operation or repeats the hint: %q", errOut)
	}
}

// TestLoginWithoutKeyringSaysSoBeforePrompting: runWith's ReadSecret fails
// the test if any prompt is shown.
func TestLoginWithoutKeyringSaysSoBeforePrompting(t *testing.T) {
	h := newHarness(t)
	m := keys.NewMemory()
	m.FailWith(errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	_, errOut, code := h.runWith(m, true, "", "auth", "login")
	if code != exitInternal || !strings.Contains(errOut, "VIPCX_API_KEY") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(errOut, "unlock") {
		t.Errorf("advises unlocking a keyring service that does not exist: %q", errOut)
	}
}

// TestLogoutAdviceSkipsVariablesAlreadySet.
func TestLogoutAdviceSkipsVariablesAlreadySet(t *testing.T) {
	h := newHarness(t)
	h.env["VIPCX_API_KEY"] = "key-in-env"
	h.env["VIPCX_ACCESS_TOKEN"] = "token-in-env"
	m := keys.NewMemory()
	m.FailWith(errors.New("no such bus"))
	_, errOut, code := h.runWith(m, false, "", "auth", "logout")
	if code != exitInternal {
		t.Fatalf("exit %d, want 1", code)
	}
	if strings.Contains(errOut, "set VIPCX_") {
		t.Errorf("suggests variables that are already set: %q", errOut)
	}
}

// TestAuthCommandsSanitize: an escape sequence in a base URL or API key
// from the environment never reaches the terminal.
func TestAuthCommandsSanitize(t *testing.T) {
	h := newHarness(t)
	h.env["VIPCX_BASE_URL"] = "https://api.example/\x1b]0;pwned\x07"
	h.env["VIPCX_API_KEY"] = "key\x1b[2J-0123456789"
	h.env["VIPCX_ACCESS_TOKEN"] = "token"
	out, errOut, _ := h.run("", "auth", "status")
	if strings.ContainsAny(out+errOut, "\x1b\x07") {
		t.Fatalf("escape reached the terminal: %q %q", out, errOut)
	}
}

func TestProfileNamesValidated(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"a\nb", "$(touch x)", "a b", strings.Repeat("p", 65), "ü"} {
		if _, errOut, code := h.run("", "--profile", p, "auth", "status"); code != exitUsage {
			t.Errorf("profile %q: exit %d (%s), want 2", p, code, errOut)
		}
	}
	h.env["VIPCX_PROFILE"] = "bad;name"
	if _, errOut, code := h.run("", "auth", "status"); code != exitUsage || !strings.Contains(errOut, "$VIPCX_PROFILE") {
		t.Errorf("variable: exit %d, stderr %q", code, errOut)
	}
	delete(h.env, "VIPCX_PROFILE")
	if _, errOut, code := h.run("", "--profile", "Work.eu_2-b", "auth", "status"); code == exitUsage {
		t.Errorf("valid profile refused: %s", errOut)
	}
}

// TestLoginTakesAPIKeyFromVariable keeps the key off the command line.
func TestLoginTakesAPIKeyFromVariable(t *testing.T) {
	h := newHarness(t)
	h.env["VIPCX_API_KEY"] = demo.DemoAPIKey
	if _, errOut, code := h.run(demo.DemoToken, "auth", "login", "--with-token"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	delete(h.env, "VIPCX_API_KEY")
	if got, err := h.store.Get(context.Background(), keys.Account("default", keys.NameAPIKey)); err != nil || got.Reveal() != demo.DemoAPIKey {
		t.Fatalf("stored API key %v, %v", got.Len(), err)
	}
}

// TestLoginWithoutTerminalKeepsKeyOffCommandLine: with no terminal to
// prompt on, the advice is the variable and stdin, never a key typed as an
// argument, which every local user can read in /proc/PID/cmdline.
func TestLoginWithoutTerminalKeepsKeyOffCommandLine(t *testing.T) {
	h := newHarness(t)
	_, errOut, code := h.run("", "auth", "login")
	if code != 2 || !strings.Contains(errOut, "VIPCX_API_KEY") || strings.Contains(errOut, "--api-key") {
		t.Fatalf("exit %d, want 2 with advice naming VIPCX_API_KEY and not --api-key: %s", code, errOut)
	}
}

// TestLoginWithoutKeyringHintsOnce: the way to work without the keyring is
// said once, and names only the variables not already set (it once said
// it twice, the second time asking for VIPCX_API_KEY that was set).
func TestLoginWithoutKeyringHintsOnce(t *testing.T) {
	h := newHarness(t)
	h.env["VIPCX_API_KEY"] = demo.DemoAPIKey
	m := keys.NewMemory()
	m.FailWith(errors.New("dial unix /run/user/1000/bus: connect: no such file or directory"))
	_, errOut, code := h.runWith(m, true, "", "auth", "login")
	if code != exitInternal {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Count(errOut, "VIPCX_ACCESS_TOKEN") != 1 || strings.Contains(errOut, "VIPCX_API_KEY") {
		t.Errorf("hint repeated or names a variable already set: %q", errOut)
	}
}

// TestStatusWithoutKeyringDoesNotSendToLogin: auth login cannot save
// anything when the keyring is unavailable, so status does not advise it.
func TestStatusWithoutKeyringDoesNotSendToLogin(t *testing.T) {
	h := newHarness(t)
	m := keys.NewMemory()
	m.FailWith(errors.New("dial unix /run/user/1000/bus: connect: no such file or directory"))
	_, errOut, code := h.runWith(m, false, "", "auth", "status")
	if code != 3 || strings.Contains(errOut, "auth login") || !strings.Contains(errOut, "VIPCX_API_KEY") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	m.FailWith(errors.New("failed to unlock correct collection '/org/freedesktop/secrets/aliases/default'"))
	out, errOut, _ := h.runWith(m, false, "", "auth", "status")
	if n := strings.Count(strings.ToLower(out+errOut), "unlock it") + strings.Count(strings.ToLower(out+errOut), "unlock the keyring"); n != 1 {
		t.Errorf("locked keyring: unlocking advised %d times:\n%s%s", n, out, errOut)
	}
}

// TestGetWithoutKeyringDoesNotSendToLogin: get's advice for missing
// credentials skips `auth login` when the keyring is unavailable (login
// could not save them) and names only the variables not yet set.
func TestGetWithoutKeyringDoesNotSendToLogin(t *testing.T) {
	h := newHarness(t)
	delete(h.env, "VIPCX_ACCESS_TOKEN")
	delete(h.env, "VIPCX_CLIENT_SECRET")
	h.env["VIPCX_API_KEY"] = demo.DemoAPIKey
	m := keys.NewMemory()
	m.FailWith(errors.New("dial unix /run/user/1000/bus: connect: no such file or directory"))
	_, errOut, code := h.runWith(m, false, "", "get", "9876543210")
	if code != 3 || strings.Contains(errOut, "auth login") || !strings.Contains(errOut, "VIPCX_ACCESS_TOKEN") || strings.Contains(errOut, "set VIPCX_API_KEY") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
