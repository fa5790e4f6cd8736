package keys

import (
	"context"
	"errors"
	"testing"

	"github.com/vipcx/vipcx/secret"
)

// untouchable fails the test on any call: the keyring must not be opened.
type untouchable struct{ t *testing.T }

func (u untouchable) Get(context.Context, string) (secret.Secret, error) {
	u.t.Fatal("store.Get called although the environment was complete")
	return secret.Secret{}, nil
}

func (u untouchable) Set(context.Context, string, secret.Secret) error {
	u.t.Fatal("store.Set called")
	return nil
}

func (u untouchable) Delete(context.Context, string) error {
	u.t.Fatal("store.Delete called")
	return nil
}

func envOf(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// want is the expected shape of Credentials; secrets compared revealed.
type want struct {
	apiKey, token, clientSecret string
	keySrc, tokSrc, csSrc       Source
	usable                      bool
}

func check(t *testing.T, c Credentials, w want) {
	t.Helper()
	got := want{c.APIKey, c.AccessToken.Reveal(), c.ClientSecret.Reveal(),
		c.APIKeySource, c.AccessTokenSource, c.ClientSecretSource, c.Usable()}
	if got != w {
		t.Fatalf("credentials = %+v\nwant          %+v", got, w)
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	stored := map[string]string{
		"work:api-key": "kr-key", "work:access-token": "kr-token", "work:client-secret": "kr-secret",
		"tok:api-key": "kr-key", "tok:access-token": "kr-token",
	}
	cases := []struct {
		name    string
		profile string
		env     map[string]string
		want    want
	}{
		{"nothing anywhere", "empty", nil, want{}},
		{"keyring only", "tok", nil,
			want{"kr-key", "kr-token", "", SourceKeyring, SourceKeyring, SourceNone, true}},
		{"keyring with both kinds", "work", nil,
			want{"kr-key", "kr-token", "kr-secret", SourceKeyring, SourceKeyring, SourceKeyring, true}},
		{"env key, keyring token", "tok", map[string]string{EnvAPIKey: "env-key"},
			want{"env-key", "kr-token", "", SourceEnv, SourceKeyring, SourceNone, true}},
		{"env secret, keyring key; stored token not mixed in", "work", map[string]string{EnvClientSecret: "env-secret"},
			want{"kr-key", "", "env-secret", SourceKeyring, SourceNone, SourceEnv, true}},
		{"env key only, keyring empty", "empty", map[string]string{EnvAPIKey: "env-key"},
			want{"env-key", "", "", SourceEnv, SourceNone, SourceNone, false}},
		{"blank env counts as unset", "tok", map[string]string{EnvAPIKey: "  ", EnvAccessToken: ""},
			want{"kr-key", "kr-token", "", SourceKeyring, SourceKeyring, SourceNone, true}},
		{"env values trimmed", "empty", map[string]string{EnvAPIKey: "env-key\n", EnvAccessToken: " env-token\n"},
			want{"env-key", "env-token", "", SourceEnv, SourceEnv, SourceNone, true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := NewMemory()
			for a, v := range stored {
				_ = m.Set(context.Background(), a, secret.New(v))
			}
			got, err := Resolve(context.Background(), m, c.profile, envOf(c.env))
			if err != nil {
				t.Fatal(err)
			}
			if got.Profile != c.profile {
				t.Fatalf("profile = %q", got.Profile)
			}
			check(t, got, c.want)
		})
	}
}

func TestResolveCompleteEnvNeverTouchesStore(t *testing.T) {
	t.Parallel()
	for _, env := range []map[string]string{
		{EnvAPIKey: "k", EnvAccessToken: "t"},
		{EnvAPIKey: "k", EnvClientSecret: "s"},
	} {
		c, err := Resolve(context.Background(), untouchable{t}, "", envOf(env))
		if err != nil || !c.Usable() || c.Profile != DefaultProfile {
			t.Fatalf("Resolve(%v) = %+v, %v", env, c, err)
		}
	}
}

func TestResolveKeyringUnavailableKeepsEnv(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	m.FailWith(errors.New("failed to unlock correct collection"))
	c, err := Resolve(context.Background(), m, "default", envOf(map[string]string{EnvAccessToken: "env-token"}))
	var ue *UnavailableError
	if !errors.As(err, &ue) {
		t.Fatalf("want *UnavailableError, got %v", err)
	}
	check(t, c, want{"", "env-token", "", SourceNone, SourceEnv, SourceNone, false})
}

func TestResolveNilStoreAndEnv(t *testing.T) {
	t.Parallel()
	c, err := Resolve(context.Background(), nil, "p", nil)
	if err != nil || c.Usable() || c.Profile != "p" {
		t.Fatalf("Resolve(nil store) = %+v, %v", c, err)
	}
}
