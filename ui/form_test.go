package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// connectRecorder is a fake Options.Connect.
type connectRecorder struct {
	got     []Login
	fetcher Fetcher
	err     error
}

func (c *connectRecorder) connect(_ context.Context, cr Login) (Fetcher, error) {
	c.got = append(c.got, cr)
	return c.fetcher, c.err
}

const testSecret = "s3cr3t-t0ken-value"

func formHarness(t *testing.T, rec *connectRecorder) *harness {
	t.Helper()
	return newHarness(t, Options{Connect: rec.connect}, 80, 24)
}

func TestNoFetcherOpensForm(t *testing.T) {
	h := formHarness(t, &connectRecorder{})
	if h.m.screen() != stateForm {
		t.Fatalf("state %v, want form", h.m.screen())
	}
	v := h.m.View()
	for _, want := range []string{"API key", "Access token", "VIPCX_API_KEY"} {
		if !strings.Contains(v, want) {
			t.Errorf("form lacks %q:\n%s", want, v)
		}
	}
}

func TestFormSubmitsThroughConnectAndNeverShowsSecret(t *testing.T) {
	f := &fakeFetcher{customers: map[string]*api.Customer{"9876543210": fairmont(t)}}
	rec := &connectRecorder{fetcher: f}
	h := formHarness(t, rec)
	h.typeText("my-api-key")
	h.press("q", "backspace") // letters are typed, not shortcuts
	h.press("enter")
	h.press("ctrl+t")
	h.typeText(testSecret)
	if v := h.m.View(); strings.Contains(v, testSecret) || !strings.Contains(v, "Client secret") {
		t.Fatalf("secret shown or kind not switched:\n%s", v)
	}
	h.press("enter")
	if len(rec.got) != 1 {
		t.Fatalf("connect calls %d", len(rec.got))
	}
	c := rec.got[0]
	if c.APIKey != "my-api-key" || c.Kind != CredClientSecret || c.Secret.Reveal() != testSecret {
		t.Errorf("credentials %q %v %q", c.APIKey, c.Kind, c.Secret.Reveal())
	}
	if h.m.screen() != stateStart || h.m.focus() != focusInput || h.m.fetcher != f {
		t.Fatalf("after connect: state %v focus %v", h.m.screen(), h.m.focus())
	}
	h.typeText("9876543210")
	h.press("enter")
	if h.m.screen() != stateLoaded {
		t.Errorf("fetch with the new fetcher: state %v", h.m.screen())
	}
}

func TestFormShowsConnectErrorSanitizedWithEnvAlternative(t *testing.T) {
	rec := &connectRecorder{err: errors.New("keyring locked\x1b[2J: unlock it")}
	h := formHarness(t, rec)
	h.typeText("key")
	h.press("enter")
	h.typeText(testSecret)
	h.press("enter")
	v := h.m.View()
	if h.m.screen() != stateForm || !strings.Contains(v, "keyring locked: unlock it") || !strings.Contains(v, envAlternative) {
		t.Fatalf("state %v view:\n%s", h.m.screen(), v)
	}
	assertTerminalSafe(t, v)
	if strings.Contains(v, testSecret) {
		t.Error("secret rendered")
	}
}

func TestFormRequiresBothFields(t *testing.T) {
	rec := &connectRecorder{}
	h := formHarness(t, rec)
	h.press("enter", "enter")
	if len(rec.got) != 0 || !strings.Contains(h.m.View(), "API key is required") {
		t.Fatalf("calls %d view:\n%s", len(rec.got), h.m.View())
	}
	h.press("tab")
	h.typeText("key")
	h.press("tab", "enter")
	if len(rec.got) != 0 || !strings.Contains(h.m.View(), "access token is required") {
		t.Fatalf("calls %d view:\n%s", len(rec.got), h.m.View())
	}
}

// TestFormSaysWhyStoredCredentialsWereNotRead: a keyring that could not be
// read is named before the user types anything, and its advice is not
// repeated by the form's own environment-variable line.
func TestFormSaysWhyStoredCredentialsWereNotRead(t *testing.T) {
	problem := "keyring unavailable (get): no bus\x1b[2J; unlock the keyring, or set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN"
	h := newHarness(t, Options{Connect: (&connectRecorder{}).connect, CredentialsProblem: problem}, 60, 20)
	v := h.m.View()
	if !strings.Contains(v, "keyring unavailable (get): no bus;") || strings.Count(v, "VIPCX_API_KEY") != 1 {
		t.Fatalf("view:\n%s", v)
	}
	assertTerminalSafe(t, v)
	assertFits(t, v, 60)
	if body := v[:strings.LastIndex(v, "\n")]; strings.Contains(body, "…") {
		t.Errorf("form text cut instead of wrapped:\n%s", v)
	}
}

// TestFormWithoutKeyringOffersThisSessionOnly: when the keyring cannot be
// read, the form says so before asking and defaults to using the
// credentials for this session only; ctrl+s switches to saving.
func TestFormWithoutKeyringOffersThisSessionOnly(t *testing.T) {
	rec := &connectRecorder{fetcher: &fakeFetcher{}}
	h := newHarness(t, Options{Connect: rec.connect, CredentialsProblem: "keyring unavailable: no bus"}, 80, 24)
	v := h.m.View()
	if !strings.Contains(v, "keyring unavailable: no bus") || !strings.Contains(v, "this session only") {
		t.Fatalf("the form does not say so before asking:\n%s", v)
	}
	h.typeText("key")
	h.press("tab")
	h.typeText(testSecret)
	h.press("enter")
	if len(rec.got) != 1 || !rec.got[0].SessionOnly {
		t.Fatalf("want one session-only login, got %+v", rec.got)
	}
	// with a keyring, saving is the default and ctrl+s opts out
	rec2 := &connectRecorder{fetcher: &fakeFetcher{}}
	h = newHarness(t, Options{Connect: rec2.connect}, 80, 24)
	h.press("ctrl+s")
	h.typeText("key")
	h.press("tab")
	h.typeText(testSecret)
	h.press("enter")
	if len(rec2.got) != 1 || !rec2.got[0].SessionOnly {
		t.Fatalf("ctrl+s did not choose this session only: %+v", rec2.got)
	}
}

// TestCtrlTNeverRelabelsATypedSecret: ctrl+t with text in the secret field
// keeps the kind (a pasted token must not silently become a client secret)
// and says to clear the field first; on an empty field it switches.
func TestCtrlTNeverRelabelsATypedSecret(t *testing.T) {
	rec := &connectRecorder{fetcher: &fakeFetcher{}}
	h := newHarness(t, Options{Connect: rec.connect}, 80, 24)
	h.typeText("key")
	h.press("tab")
	h.typeText(testSecret)
	h.press("ctrl+t")
	if v := h.m.View(); !strings.Contains(v, "clear the access token field first") {
		t.Fatalf("no explanation:\n%s", v)
	}
	h.press("enter")
	if len(rec.got) != 1 || rec.got[0].Kind != CredToken {
		t.Fatalf("kind changed under a typed secret: %+v", rec.got)
	}
	h2 := newHarness(t, Options{Connect: rec.connect}, 80, 24)
	h2.press("tab", "ctrl+t")
	if f := h2.m.top().(formScreen); f.kind != CredClientSecret {
		t.Errorf("ctrl+t on an empty field: kind %v", f.kind)
	}
}

// TestSessionOnlyConnectSaysNotSaved: after a session-only connect the
// start screen must not claim the credentials were saved.
func TestSessionOnlyConnectSaysNotSaved(t *testing.T) {
	rec := &connectRecorder{fetcher: &fakeFetcher{}}
	h := newHarness(t, Options{Connect: rec.connect, CredentialsProblem: "keyring unavailable: no bus"}, 80, 24)
	h.typeText("key")
	h.press("tab")
	h.typeText(testSecret)
	h.press("enter")
	if v := h.m.View(); h.m.screen() != stateStart || strings.Contains(v, "credentials saved") || !strings.Contains(v, "not saved") {
		t.Fatalf("state %v view:\n%s", h.m.screen(), v)
	}
}
