package keys

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

func TestTokenCacheRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	m := NewMemory()
	c := NewTokenCache(m, "work", TokenIssuer{})

	tok, exp, err := c.LoadToken(ctx)
	if !errors.Is(err, ErrNotFound) || !tok.IsZero() || !exp.IsZero() {
		t.Fatalf("empty cache = %v, %v, %v", tok, exp, err)
	}
	when := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := c.StoreToken(ctx, secret.New("minted-token"), when); err != nil {
		t.Fatal(err)
	}
	if got := m.Accounts(); len(got) != 1 || got[0] != "work:cached-token" {
		t.Fatalf("one entry under <profile>:cached-token expected, got %v", got)
	}
	// A second process: a fresh cache over the same store.
	tok, exp, err = NewTokenCache(m, "work", TokenIssuer{}).LoadToken(ctx)
	if err != nil || tok.Reveal() != "minted-token" || !exp.Equal(when) {
		t.Fatalf("LoadToken = %q, %v, %v", tok.Reveal(), exp, err)
	}
	if err := c.ClearToken(ctx); err != nil {
		t.Fatal(err)
	}
	if tok, _, err := c.LoadToken(ctx); !errors.Is(err, ErrNotFound) || !tok.IsZero() {
		t.Fatalf("after ClearToken: %v, %v", tok, err)
	}
	if err := c.ClearToken(ctx); err != nil {
		t.Fatalf("clearing an empty cache: %v", err)
	}
}

func TestTokenCacheUnreadableEntry(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	_ = m.Set(context.Background(), "default:cached-token", secret.New(`{"token": "half-secret`))
	tok, _, err := NewTokenCache(m, "default", TokenIssuer{}).LoadToken(context.Background())
	if err == nil || !tok.IsZero() {
		t.Fatalf("want an error and no token, got %v, %v", tok, err)
	}
	if strings.Contains(err.Error(), "half-secret") {
		t.Fatalf("error quotes the entry: %q", err)
	}
}

func TestTokenCacheUnavailable(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	m.FailWith(ErrTimeout)
	_, _, err := NewTokenCache(m, "default", TokenIssuer{}).LoadToken(context.Background())
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("want the store's error, got %v", err)
	}
}

// TestTokenCacheKeyedByIssuer: a token minted by one IMS for one client and
// scope is not handed to another, even under the same profile.
func TestTokenCacheKeyedByIssuer(t *testing.T) {
	m := NewMemory()
	ctx := context.Background()
	a := TokenIssuer{IMSURL: "https://ims-na1.adobelogin.com", ClientID: "key-a", Scope: "openid"}
	if err := NewTokenCache(m, "default", a).StoreToken(ctx, secret.New("tok-a"), time.Unix(2e9, 0)); err != nil {
		t.Fatal(err)
	}
	for _, other := range []TokenIssuer{
		{IMSURL: "https://evil.example", ClientID: "key-a", Scope: "openid"},
		{IMSURL: a.IMSURL, ClientID: "key-b", Scope: "openid"},
		{IMSURL: a.IMSURL, ClientID: "key-a", Scope: "openid,AdobeID"},
	} {
		tok, _, err := NewTokenCache(m, "default", other).LoadToken(ctx)
		if !errors.Is(err, ErrNotFound) || !tok.IsZero() {
			t.Errorf("issuer %+v got the token (err %v)", other, err)
		}
	}
	if tok, _, err := NewTokenCache(m, "default", a).LoadToken(ctx); err != nil || tok.Reveal() != "tok-a" {
		t.Fatalf("same issuer: %v", err)
	}
}
