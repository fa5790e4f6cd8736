package keys

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"github.com/vipcx/vipcx/secret"
)

// checkStoreContract exercises the behaviour every Store must share, so the
// in-memory twin cannot drift from the keyring adapter.
func checkStoreContract(t *testing.T, st Store) {
	t.Helper()
	ctx := context.Background()
	acct := Account("default", NameAccessToken)

	_, err := st.Get(ctx, acct)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get missing: want ErrNotFound, got %v", err)
	}
	if !strings.Contains(err.Error(), "default:access-token") {
		t.Errorf("not-found error should name the entry: %q", err)
	}
	for _, v := range []string{"first-token-value", "second-token-value"} {
		if err := st.Set(ctx, acct, secret.New(v)); err != nil {
			t.Fatalf("Set: %v", err)
		}
		got, err := st.Get(ctx, acct)
		if err != nil || got.Reveal() != v {
			t.Fatalf("Get after Set(%q) = %q, %v", v, got.Reveal(), err)
		}
	}
	if err := st.Delete(ctx, acct); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := st.Get(ctx, acct); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete: want ErrNotFound, got %v", err)
	}
	if err := st.Delete(ctx, acct); err != nil {
		t.Fatalf("Delete of a missing entry must succeed, got %v", err)
	}
}

func TestMemoryContract(t *testing.T) {
	t.Parallel()
	checkStoreContract(t, NewMemory())
}

// Tests that call keyring.MockInit replace go-keyring's global provider and
// must not run in parallel.
func TestKeyringMockContract(t *testing.T) {
	keyring.MockInit()
	checkStoreContract(t, NewKeyring(0))
}

func TestKeyringStoresUnderService(t *testing.T) {
	keyring.MockInit()
	k := NewKeyring(0)
	if err := k.Set(context.Background(), "default:api-key", secret.New("the-api-key")); err != nil {
		t.Fatal(err)
	}
	v, err := keyring.Get("vipcx", "default:api-key")
	if err != nil || v != "the-api-key" {
		t.Fatalf("go-keyring Get(vipcx, default:api-key) = %q, %v", v, err)
	}
}

func TestKeyringUnavailable(t *testing.T) {
	cause := errors.New("The name org.freedesktop.secrets was not provided by any .service files")
	keyring.MockInitWithError(cause)
	k := NewKeyring(0)
	ctx := context.Background()
	errs := map[string]error{
		"get":    second(k.Get(ctx, "default:api-key")),
		"set":    k.Set(ctx, "default:api-key", secret.New("value-not-to-leak")),
		"delete": k.Delete(ctx, "default:api-key"),
	}
	for op, err := range errs {
		var ue *UnavailableError
		if !errors.As(err, &ue) || ue.Op != op {
			t.Fatalf("%s: want *UnavailableError{Op:%q}, got %#v", op, op, err)
		}
		if !errors.Is(err, cause) || errors.Is(err, ErrTimeout) || errors.Is(err, ErrNotFound) {
			t.Errorf("%s: wrong error chain: %v", op, err)
		}
		msg := err.Error()
		if strings.Contains(msg, "unlock") || strings.Contains(msg, "("+op+")") {
			t.Errorf("%s: message %q advises unlocking a missing service or names the operation", op, msg)
		}
		for _, want := range []string{"org.freedesktop.secrets", "VIPCX_API_KEY", "VIPCX_CLIENT_SECRET"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: message %q lacks %q", op, msg, want)
			}
		}
		if strings.Contains(msg, "value-not-to-leak") {
			t.Errorf("%s: message leaks the value: %q", op, msg)
		}
	}
}

func TestUnavailableErrorSanitizesAndCaps(t *testing.T) {
	t.Parallel()
	err := &UnavailableError{Op: "get", Cause: errors.New("bad\x1b]0;title\x07 news" + strings.Repeat("x", 500))}
	msg := err.Error()
	if strings.ContainsAny(msg, "\x1b\x07") {
		t.Fatalf("escape sequence passed through: %q", msg)
	}
	if len(msg) > 400 || !strings.Contains(msg, Fix) {
		t.Fatalf("cause not capped or fix missing: %d bytes: %q", len(msg), msg)
	}
}

func TestMemoryFailWith(t *testing.T) {
	t.Parallel()
	m := NewMemory()
	m.FailWith(ErrTimeout)
	_, err := m.Get(context.Background(), "default:api-key")
	var ue *UnavailableError
	if !errors.As(err, &ue) || !errors.Is(err, ErrTimeout) {
		t.Fatalf("want unavailable timeout, got %v", err)
	}
	m.FailWith(nil)
	if err := m.Set(context.Background(), "a", secret.New("b")); err != nil {
		t.Fatalf("after FailWith(nil): %v", err)
	}
	if got := m.Accounts(); len(got) != 1 || got[0] != "a" {
		t.Fatalf("Accounts = %v", got)
	}
}

func TestAccount(t *testing.T) {
	t.Parallel()
	if got := Account("default", NameAPIKey); got != "default:api-key" {
		t.Fatalf("Account = %q", got)
	}
	if got := Account("", NameClientSecret); got != "default:client-secret" {
		t.Fatalf("Account with empty profile = %q", got)
	}
}

func second[T any](_ T, err error) error { return err }
