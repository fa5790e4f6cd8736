package ui

import "github.com/vipcx/vipcx/api"

// CredentialSource says where a credential in use came from, so advice
// about a rejected one names the place to fix it: a VIPCX_* variable
// overrides the keyring, so "store a fresh token" cannot fix a token from
// the environment.
type CredentialSource int

// Where a credential can come from.
const (
	// SourceUnknown gives the general advice that names every place.
	SourceUnknown CredentialSource = iota
	// SourceKeyring is the system keyring (vipcx auth login, or the form).
	SourceKeyring
	// SourceEnv is a VIPCX_* variable, which overrides the keyring.
	SourceEnv
	// SourceSession was typed into the form for this session only.
	SourceSession
)

// CredentialSources are the sources of the API key and of the token or
// client secret in use.
type CredentialSources struct {
	APIKey, Token, Secret CredentialSource
}

// formSources are the sources of credentials the form just connected with.
func formSources(kind CredentialKind, sessionOnly bool) CredentialSources {
	src := SourceKeyring
	if sessionOnly {
		src = SourceSession
	}
	if kind == CredClientSecret {
		return CredentialSources{APIKey: src, Secret: src}
	}
	return CredentialSources{APIKey: src, Token: src}
}

// fixText is the panel's next step for f, naming where a rejected
// credential came from when that is known; "" for no fix.
func (c CredentialSources) fixText(f api.Fix) string {
	var s string
	switch f {
	case api.FixReplaceToken:
		s = c.tokenAdvice()
	case api.FixCheckAPIKey:
		s = checkAdvice(c.APIKey, "the API key (the integration's client ID) and the token's permissions", "VIPCX_API_KEY")
	case api.FixCheckClientSecret:
		s = checkAdvice(c.Secret, "the API key and client secret", "VIPCX_CLIENT_SECRET")
	}
	if s == "" {
		return fixWords[f]
	}
	return s
}

// tokenAdvice words a rejected token by where it, or the secret it was
// minted from, came from; "" when neither is known.
func (c CredentialSources) tokenAdvice() string {
	switch c.Token {
	case SourceEnv:
		return "The access token came from VIPCX_ACCESS_TOKEN, which overrides the keyring: set a fresh token there, or unset it to use the keyring, and start vipcx again."
	case SourceKeyring:
		return "The access token came from the keyring: store a fresh token or a client secret (vipcx auth login) and start vipcx again."
	case SourceSession:
		return "The access token was typed for this session only: start vipcx again and enter a fresh token or a client secret."
	}
	switch c.Secret {
	case SourceEnv:
		return "The access token was minted from VIPCX_CLIENT_SECRET, which overrides the keyring: check it and VIPCX_API_KEY."
	case SourceKeyring:
		return "The access token was minted from the client secret in the keyring: store another with vipcx auth login and start vipcx again."
	case SourceSession:
		return "The access token was minted from the client secret typed for this session: start vipcx again to enter another."
	}
	return ""
}

// checkAdvice asks to check what, saying where it came from; "" when that
// is not known.
func checkAdvice(src CredentialSource, what, variable string) string {
	switch src {
	case SourceEnv:
		return "Check " + what + ": " + variable + " in the environment was used (it overrides the keyring)."
	case SourceKeyring:
		return "Check " + what + ": they came from the keyring; store others with vipcx auth login."
	case SourceSession:
		return "Check " + what + ": they were typed for this session only; start vipcx again to enter others."
	}
	return ""
}
