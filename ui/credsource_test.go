package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// flatView is the view with the panel's borders and line breaks folded into
// single spaces, so wrapped advice can be searched as one sentence.
func flatView(v string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╰", " ").Replace(v)), " ")
}

// A rejected token's advice names where it came from: VIPCX_ACCESS_TOKEN
// overrides the keyring, so "auth login" cannot fix it; a token from the
// keyring can; a token typed for the session can only be typed again.
func TestRejectedCredentialAdviceNamesItsSource(t *testing.T) {
	rejected := &api.Error{StatusCode: 401, Status: "401 Unauthorized", Code: "4116", Message: "Authorization token is invalid"}
	badKey := &api.Error{StatusCode: 403, Status: "403 Forbidden", Code: "4115", Message: "API key is invalid or missing"}
	for _, c := range []struct {
		name    string
		src     CredentialSources
		err     *api.Error
		want    string
		notWant string
	}{
		{"env token", CredentialSources{APIKey: SourceEnv, Token: SourceEnv}, rejected,
			"came from VIPCX_ACCESS_TOKEN, which overrides the keyring", "auth login"},
		{"keyring token", CredentialSources{APIKey: SourceKeyring, Token: SourceKeyring}, rejected,
			"came from the keyring: store a fresh token", "VIPCX_ACCESS_TOKEN"},
		{"env secret", CredentialSources{APIKey: SourceEnv, Secret: SourceEnv}, rejected,
			"minted from VIPCX_CLIENT_SECRET", "auth login"},
		{"env key", CredentialSources{APIKey: SourceEnv, Token: SourceKeyring}, badKey,
			"VIPCX_API_KEY in the environment was used", "auth login"},
	} {
		o, f := demoOptions(t)
		o.Sources = c.src
		f.errs = map[string]error{"9876543210": c.err}
		h := newHarness(t, o, 100, 30)
		h.typeText("9876543210")
		h.press("enter")
		v := flatView(h.m.View())
		if h.m.screen() != stateFailed || !strings.Contains(v, c.want) || strings.Contains(v, c.notWant) {
			t.Errorf("%s: want %q and not %q in:\n%s", c.name, c.want, c.notWant, h.m.View())
		}
	}
}

// Credentials typed into the form for this session only are named as such
// when they are rejected later, whatever the options said before.
func TestSessionCredentialsAdviceAfterTheForm(t *testing.T) {
	f := &fakeFetcher{errs: map[string]error{"9876543210": &api.Error{StatusCode: 401, Status: "401 Unauthorized", Code: "4116"}}}
	rec := &connectRecorder{fetcher: f}
	h := newHarness(t, Options{Connect: rec.connect, CredentialsProblem: "keyring unavailable: no bus"}, 100, 30)
	h.typeText("key")
	h.press("tab")
	h.typeText(testSecret)
	h.press("enter")
	h.typeText("9876543210")
	h.press("enter")
	if v := flatView(h.m.View()); h.m.screen() != stateFailed || !strings.Contains(v, "typed for this session only") {
		t.Fatalf("state %v view:\n%s", h.m.screen(), h.m.View())
	}
	if got := (CredentialSources{}).fixText(api.FixReplaceToken); got != fixWords[api.FixReplaceToken] {
		t.Errorf("unknown sources should give the general advice, got %q", got)
	}
}
