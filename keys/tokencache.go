package keys

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// TokenCache keeps one minted IMS token and its expiry in a single keyring
// entry (<profile>:cached-token), so a second vipcx process reuses the token
// instead of minting another (IMS throttles integrations that mint too
// often). It implements api.TokenCache.
//
// The entry also records which IMS, client ID and scope minted the token:
// a token is handed back only to the same issuer, so changing ims_url or
// the API key of a profile never sends one IMS's token to another host.
type TokenCache struct {
	st      Store
	account string
	issuer  string
}

// TokenIssuer is what a cached token is valid for.
type TokenIssuer struct {
	IMSURL, ClientID, Scope string
}

// fingerprint identifies the issuer without storing the client ID twice in
// clear; it is a hash of the three fields, separated so they cannot run
// into each other.
func (i TokenIssuer) fingerprint() string {
	h := sha256.New()
	for _, f := range []string{i.IMSURL, i.ClientID, i.Scope} {
		fmt.Fprintf(h, "%d:%s;", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cachedToken is the entry's JSON form. It is a plain struct because
// secret.Secret deliberately refuses to marshal its value.
type cachedToken struct {
	Token   string `json:"token"`
	Expires int64  `json:"expires"` // Unix seconds
	Issuer  string `json:"issuer"`  // TokenIssuer.fingerprint
}

// NewTokenCache returns the cache of profile in st for tokens of issuer.
func NewTokenCache(st Store, profile string, issuer TokenIssuer) *TokenCache {
	return &TokenCache{st: st, account: Account(profile, NameCachedToken), issuer: issuer.fingerprint()}
}

// LoadToken returns the cached token and its expiry. No cached token is an
// error wrapping ErrNotFound; an unreadable entry is an error too, never a
// half-parsed token.
func (c *TokenCache) LoadToken(ctx context.Context) (secret.Secret, time.Time, error) {
	v, err := c.st.Get(ctx, c.account)
	if err != nil {
		return secret.Secret{}, time.Time{}, err
	}
	var ct cachedToken
	if err := json.Unmarshal([]byte(v.Reveal()), &ct); err != nil || ct.Token == "" {
		// The JSON error could quote the entry; say only what is wrong.
		return secret.Secret{}, time.Time{}, fmt.Errorf("cached token entry %s is unreadable", c.account)
	}
	if ct.Issuer != c.issuer {
		return secret.Secret{}, time.Time{}, fmt.Errorf("%w: the cached token was minted for another IMS URL, API key or scope", ErrNotFound)
	}
	return secret.New(ct.Token), time.Unix(ct.Expires, 0), nil
}

// StoreToken replaces the cached token.
func (c *TokenCache) StoreToken(ctx context.Context, tok secret.Secret, expires time.Time) error {
	b, err := json.Marshal(cachedToken{Token: tok.Reveal(), Expires: expires.Unix(), Issuer: c.issuer})
	if err != nil {
		return fmt.Errorf("encode cached token: %w", err)
	}
	return c.st.Set(ctx, c.account, secret.New(string(b)))
}

// ClearToken deletes the cached token; a missing one is not an error.
func (c *TokenCache) ClearToken(ctx context.Context) error {
	return c.st.Delete(ctx, c.account)
}
