package keys

import (
	"context"
	"errors"
	"strings"

	"github.com/vipcx/vipcx/secret"
)

// ErrBadLogin means SaveLogin was not given an API key and exactly one of an
// access token or a client secret.
var ErrBadLogin = errors.New("login needs an API key and exactly one of an access token or a client secret")

// SaveLogin stores the API key and exactly one of token and clientSecret for
// profile, then deletes the other kind and any cached token, so what is
// stored always says how the profile authenticates and no token minted from
// an old secret outlives it. Surrounding whitespace (a newline from a pipe)
// is trimmed.
func SaveLogin(ctx context.Context, st Store, profile, apiKey string, token, clientSecret secret.Secret) error {
	apiKey = strings.TrimSpace(apiKey)
	token, clientSecret = trim(token), trim(clientSecret)
	if apiKey == "" || token.IsZero() == clientSecret.IsZero() {
		return ErrBadLogin
	}
	keep, keepName, drop := token, NameAccessToken, NameClientSecret
	if token.IsZero() {
		keep, keepName, drop = clientSecret, NameClientSecret, NameAccessToken
	}
	// The secret first: it is the value most likely to hit a size limit,
	// and failing before anything is written leaves the old login intact.
	if err := st.Set(ctx, Account(profile, keepName), keep); err != nil {
		return err
	}
	if err := st.Set(ctx, Account(profile, NameAPIKey), secret.New(apiKey)); err != nil {
		return err
	}
	for _, name := range []string{drop, NameCachedToken} {
		if err := st.Delete(ctx, Account(profile, name)); err != nil {
			return err
		}
	}
	return nil
}

// Logout deletes every entry of profile, the cached token included, and
// returns the names (e.g. "api-key") of those that existed.
func Logout(ctx context.Context, st Store, profile string) (removed []string, err error) {
	for _, name := range entryNames {
		account := Account(profile, name)
		_, err := st.Get(ctx, account)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return removed, err
		}
		if err := st.Delete(ctx, account); err != nil {
			return removed, err
		}
		removed = append(removed, name)
	}
	return removed, nil
}

func trim(s secret.Secret) secret.Secret {
	if t := strings.TrimSpace(s.Reveal()); len(t) != s.Len() {
		return secret.New(t)
	}
	return s
}
