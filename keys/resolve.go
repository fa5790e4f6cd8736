package keys

import (
	"context"
	"errors"
	"strings"

	"github.com/vipcx/vipcx/secret"
)

// Environment variables that carry credentials; they override the keyring
// (README.md, Credentials).
const (
	EnvAPIKey       = "VIPCX_API_KEY"
	EnvAccessToken  = "VIPCX_ACCESS_TOKEN"
	EnvClientSecret = "VIPCX_CLIENT_SECRET"
)

// Source says where a credential came from, for `vipcx auth status`.
type Source string

// Sources, highest precedence last.
const (
	SourceNone    Source = ""
	SourceKeyring Source = "keyring"
	SourceEnv     Source = "environment"
	SourceFlag    Source = "flag"
)

// Credentials is what vipcx authenticates with. The API key (the
// integration's client ID) identifies rather than protects, so it is a plain
// string shown masked with secret.Mask; the token and client secret are
// secrets.
type Credentials struct {
	Profile string

	APIKey       string
	APIKeySource Source

	AccessToken       secret.Secret
	AccessTokenSource Source

	ClientSecret       secret.Secret
	ClientSecretSource Source
}

// Usable reports whether the credentials can call the API: an API key and
// either an access token or a client secret to mint one.
func (c Credentials) Usable() bool {
	return c.APIKey != "" && c.hasAuth()
}

// hasAuth reports whether a token or a client secret is present.
func (c Credentials) hasAuth() bool { return !c.AccessToken.IsZero() || !c.ClientSecret.IsZero() }

// Resolve gathers the credentials of profile: the environment first, then the
// store for what the environment left out. When the environment supplies the
// API key and a token or secret, the store is never called, so scripts and CI
// work where no keyring exists. When the environment supplies a token or a
// secret, the store is not asked for either: the environment chose how to
// authenticate, and a stored token must not outrank an exported secret.
//
// A missing entry just leaves a gap, and a nil st (no keyring at all) leaves
// what the environment did not give. An unavailable or silent keyring
// returns what the environment gave together with the error, so the caller
// can still explain what is missing.
func Resolve(ctx context.Context, st Store, profile string, getenv func(string) (string, bool)) (Credentials, error) {
	if profile == "" {
		profile = DefaultProfile
	}
	c := fromEnv(profile, getenv)
	if c.Usable() || st == nil {
		return c, nil
	}
	if c.APIKey == "" {
		v, err := lookup(ctx, st, Account(profile, NameAPIKey))
		if err != nil {
			return c, err
		}
		if !v.IsZero() {
			c.APIKey, c.APIKeySource = v.Reveal(), SourceKeyring
		}
	}
	if c.hasAuth() {
		return c, nil
	}
	return fillAuth(ctx, st, c)
}

// fillAuth reads the stored access token and client secret.
func fillAuth(ctx context.Context, st Store, c Credentials) (Credentials, error) {
	tok, err := lookup(ctx, st, Account(c.Profile, NameAccessToken))
	if err != nil {
		return c, err
	}
	if !tok.IsZero() {
		c.AccessToken, c.AccessTokenSource = tok, SourceKeyring
	}
	cs, err := lookup(ctx, st, Account(c.Profile, NameClientSecret))
	if err != nil {
		return c, err
	}
	if !cs.IsZero() {
		c.ClientSecret, c.ClientSecretSource = cs, SourceKeyring
	}
	return c, nil
}

// fromEnv reads the VIPCX_* variables; empty or blank values count as unset.
func fromEnv(profile string, getenv func(string) (string, bool)) Credentials {
	c := Credentials{Profile: profile}
	env := func(name string) string {
		if getenv == nil {
			return ""
		}
		v, _ := getenv(name)
		return strings.TrimSpace(v)
	}
	if v := env(EnvAPIKey); v != "" {
		c.APIKey, c.APIKeySource = v, SourceEnv
	}
	if v := env(EnvAccessToken); v != "" {
		c.AccessToken, c.AccessTokenSource = secret.New(v), SourceEnv
	}
	if v := env(EnvClientSecret); v != "" {
		c.ClientSecret, c.ClientSecretSource = secret.New(v), SourceEnv
	}
	return c
}

// lookup is Store.Get with "absent" turned into an empty value.
func lookup(ctx context.Context, st Store, account string) (secret.Secret, error) {
	v, err := st.Get(ctx, account)
	if errors.Is(err, ErrNotFound) {
		return secret.Secret{}, nil
	}
	return v, err
}
