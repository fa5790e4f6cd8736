package keys

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

func TestSaveLoginKeepsOneKind(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	m := NewMemory()
	// A profile that used a client secret and has a minted token cached,
	// plus another profile that must be left alone.
	for _, a := range []string{"default:client-secret", "default:cached-token", "other:api-key"} {
		_ = m.Set(ctx, a, secret.New("old"))
	}
	if err := SaveLogin(ctx, m, "default", " the-key\n", secret.New("the-token\n"), secret.Secret{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"default:access-token", "default:api-key", "other:api-key"}
	if got := m.Accounts(); !slices.Equal(got, want) {
		t.Fatalf("accounts = %v, want %v", got, want)
	}
	c, err := Resolve(ctx, m, "default", nil)
	if err != nil || c.APIKey != "the-key" || c.AccessToken.Reveal() != "the-token" {
		t.Fatalf("after login: %+v %v (values must be trimmed)", c, err)
	}

	if err := SaveLogin(ctx, m, "default", "the-key", secret.Secret{}, secret.New("the-secret")); err != nil {
		t.Fatal(err)
	}
	want = []string{"default:api-key", "default:client-secret", "other:api-key"}
	if got := m.Accounts(); !slices.Equal(got, want) {
		t.Fatalf("accounts = %v, want %v", got, want)
	}
}

func TestSaveLoginRejectsIncompleteInput(t *testing.T) {
	t.Parallel()
	tok, cs := secret.New("t"), secret.New("s")
	cases := map[string]struct {
		key     string
		tok, cs secret.Secret
	}{
		"no api key":      {"", tok, secret.Secret{}},
		"blank api key":   {"  ", tok, secret.Secret{}},
		"neither":         {"k", secret.Secret{}, secret.Secret{}},
		"both":            {"k", tok, cs},
		"whitespace only": {"k", secret.New(" \n"), secret.Secret{}},
	}
	for name, c := range cases {
		err := SaveLogin(context.Background(), untouchable{t}, "default", c.key, c.tok, c.cs)
		if !errors.Is(err, ErrBadLogin) {
			t.Errorf("%s: want ErrBadLogin, got %v", name, err)
		}
	}
}

func TestSaveLoginTooLargeWritesNothing(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	err := SaveLogin(context.Background(), m, "default", "k", secret.New(strings.Repeat("t", 70<<10)), secret.Secret{})
	if !errors.Is(err, ErrTooLarge) || len(m.Accounts()) != 0 {
		t.Fatalf("want ErrTooLarge and nothing stored, got %v, %v", err, m.Accounts())
	}
}

func TestLogoutRemovesEverythingOfTheProfile(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	m := NewMemory()
	if err := SaveLogin(ctx, m, "default", "k", secret.Secret{}, secret.New("s")); err != nil {
		t.Fatal(err)
	}
	if err := NewTokenCache(m, "default", TokenIssuer{}).StoreToken(ctx, secret.New("minted"), time.Unix(2e9, 0)); err != nil {
		t.Fatal(err)
	}
	_ = m.Set(ctx, "other:api-key", secret.New("k2"))

	removed, err := Logout(ctx, m, "default")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{NameAPIKey, NameClientSecret, NameCachedToken}; !slices.Equal(removed, want) {
		t.Fatalf("removed = %v, want %v", removed, want)
	}
	if got := m.Accounts(); !slices.Equal(got, []string{"other:api-key"}) {
		t.Fatalf("left = %v", got)
	}
	removed, err = Logout(ctx, m, "default")
	if err != nil || len(removed) != 0 {
		t.Fatalf("second logout = %v, %v", removed, err)
	}
}

func TestLogoutUnavailable(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	m.FailWith(errors.New("no secret service"))
	_, err := Logout(context.Background(), m, "default")
	var ue *UnavailableError
	if !errors.As(err, &ue) {
		t.Fatalf("want *UnavailableError, got %v", err)
	}
}
