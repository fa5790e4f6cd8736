// Package keys keeps vipcx's credentials in the OS keyring and resolves them
// in the order README.md documents (flags, then VIPCX_* environment variables,
// then the keyring).
//
// Every secret is its own keyring entry under service "vipcx", with the user
// "<profile>:<name>" (for example "default:api-key"), so `secret-tool search
// service vipcx` shows what is stored and a platform's size limit applies to
// one value at a time. Keyring backends can hang forever (a desktop prompt
// nobody answers, a provider that never replies), so every call is cut off by
// a timeout, and every failure says how to get going without the keyring.
// There is no plain-text fallback: a keyring that does not answer is an error.
package keys

import (
	"context"

	"github.com/vipcx/vipcx/secret"
)

// Service is the keyring service every vipcx entry lives under.
const Service = "vipcx"

// DefaultProfile is the profile used when none is named.
const DefaultProfile = "default"

// Entry names: the part after the profile in a keyring user name.
const (
	NameAPIKey       = "api-key"
	NameAccessToken  = "access-token"
	NameClientSecret = "client-secret"
	NameCachedToken  = "cached-token"
)

// entryNames lists every entry a profile can own, in the order Logout
// reports them.
var entryNames = []string{NameAPIKey, NameAccessToken, NameClientSecret, NameCachedToken}

// Account is the keyring user name of one entry of a profile, e.g.
// "default:api-key". An empty profile means DefaultProfile.
func Account(profile, name string) string {
	if profile == "" {
		profile = DefaultProfile
	}
	return profile + ":" + name
}

// Store is the small surface vipcx needs from a secret store. Keyring is the
// real one, Memory its in-memory twin.
type Store interface {
	// Get returns the entry, or an error wrapping ErrNotFound when it is absent.
	Get(ctx context.Context, account string) (secret.Secret, error)
	// Set creates or replaces the entry.
	Set(ctx context.Context, account string, v secret.Secret) error
	// Delete removes the entry; deleting a missing entry is not an error.
	Delete(ctx context.Context, account string) error
}
