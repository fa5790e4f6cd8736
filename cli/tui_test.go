package cli

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/ui"
)

// TestLiveFetcherTellsTheFormWhyTheKeyringFailed: with no credentials in the
// environment and a keyring that cannot be read, the TUI opens its form with
// the keyring's failure named; with an empty keyring, with nothing to name.
func TestLiveFetcherTellsTheFormWhyTheKeyringFailed(t *testing.T) {
	for _, fail := range []bool{true, false} {
		store := keys.NewMemory()
		if fail {
			store.FailWith(errors.New("no session bus"))
		}
		a := &app{io: IO{Getenv: mapEnv(map[string]string{})}, log: api.DiscardLogger(),
			set:      settings{Profile: "default", BaseURL: "https://partners.adobe.io", Timeout: time.Second},
			newStore: func(time.Duration) keys.Store { return store }}
		var opts ui.Options
		if err := a.liveFetcher(context.Background(), &opts); err != nil {
			t.Fatal(err)
		}
		if opts.Fetcher != nil || opts.Connect == nil {
			t.Fatalf("fail=%v: want the form (no fetcher, a connect func)", fail)
		}
		if got := strings.Contains(opts.CredentialsProblem, "no session bus"); got != fail {
			t.Errorf("fail=%v: CredentialsProblem %q", fail, opts.CredentialsProblem)
		}
	}
}

// TestTUIPlace: the title bar and history file name the place, never
// "production" for a base URL that is not production's, and demo apart.
func TestTUIPlace(t *testing.T) {
	for _, tc := range []struct {
		demo      bool
		env, base string
		want      string
	}{
		{false, "production", "https://partners.adobe.io", "production"},
		{false, "production", "https://partners.adobe.io/", "production"},
		{false, "sandbox", "https://partnersandbox-stage.adobe.io", "sandbox"},
		{false, "production", "http://127.0.0.1:8080", "127.0.0.1:8080"},
		{true, "production", "https://partners.adobe.io", "demo"},
	} {
		if got := tuiPlace(tc.demo, tc.env, tc.base); got != tc.want {
			t.Errorf("tuiPlace(%v, %q, %q) = %q, want %q", tc.demo, tc.env, tc.base, got, tc.want)
		}
	}
}

// TestPlaceFileName: the title bar shows the host as written; only the
// history file's name trades the colons for underscores.
func TestPlaceFileName(t *testing.T) {
	for in, want := range map[string]string{"production": "production", "127.0.0.1:8080": "127.0.0.1_8080", "[::1]:8080": "[__1]_8080"} {
		if got := placeFileName(in); got != want {
			t.Errorf("placeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLiveFetcherTellsTheTUIWhereCredentialsCameFrom: a token from the
// environment is named as such to the TUI, whose advice for a rejected one
// must not send the user to the keyring it overrides.
func TestLiveFetcherTellsTheTUIWhereCredentialsCameFrom(t *testing.T) {
	store := keys.NewMemory()
	env := map[string]string{"VIPCX_API_KEY": "env-key", "VIPCX_ACCESS_TOKEN": "env-token"}
	a := &app{io: IO{Getenv: mapEnv(env)}, log: api.DiscardLogger(),
		set:      settings{Profile: "default", BaseURL: "https://partners.adobe.io", Timeout: time.Second},
		newStore: func(time.Duration) keys.Store { return store }}
	var opts ui.Options
	if err := a.liveFetcher(context.Background(), &opts); err != nil {
		t.Fatal(err)
	}
	want := ui.CredentialSources{APIKey: ui.SourceEnv, Token: ui.SourceEnv}
	if opts.Fetcher == nil || opts.Sources != want {
		t.Fatalf("Sources = %+v, want %+v", opts.Sources, want)
	}
}
