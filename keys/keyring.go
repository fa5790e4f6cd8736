package keys

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/vipcx/vipcx/secret"
)

// DefaultTimeout bounds every keyring call unless NewKeyring is given another.
// cli/cli uses 3 s and users found it short for KWallet prompts.
const DefaultTimeout = 5 * time.Second

// backend is what Keyring needs from go-keyring; tests swap in one that
// blocks to prove the timeout.
type backend interface {
	Get(service, user string) (string, error)
	Set(service, user, password string) error
	Delete(service, user string) error
}

// goKeyring calls go-keyring's package functions, so keyring.MockInit in a
// test replaces what it reaches.
type goKeyring struct{}

func (goKeyring) Get(service, user string) (string, error) { return keyring.Get(service, user) }
func (goKeyring) Set(service, user, pw string) error       { return keyring.Set(service, user, pw) }
func (goKeyring) Delete(service, user string) error        { return keyring.Delete(service, user) }

// Keyring is the Store backed by the OS keyring (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows).
type Keyring struct {
	timeout time.Duration
	be      backend
	goos    string // the platform whose size limit applies
	// guard runs before every call; it refuses the keyring when reaching
	// it would launch a D-Bus daemon (see ErrNoSessionBus).
	guard func() error
}

var _ Store = (*Keyring)(nil)

// defaultGuard is the guard of every NewKeyring; unit tests that replace
// go-keyring's provider with its mock clear it, since no D-Bus is involved.
var defaultGuard = processBusGuard

// NewKeyring returns the OS keyring under Service; each call gives up after
// timeout (DefaultTimeout when timeout ≤ 0).
func NewKeyring(timeout time.Duration) *Keyring {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Keyring{timeout: timeout, be: goKeyring{}, goos: runtime.GOOS, guard: defaultGuard}
}

// Get reads one entry.
func (k *Keyring) Get(ctx context.Context, account string) (secret.Secret, error) {
	var v string
	err := k.call(ctx, "get", func() error {
		var err error
		v, err = k.be.Get(Service, account)
		return err
	})
	if errors.Is(err, keyring.ErrNotFound) {
		return secret.Secret{}, &notFoundError{account: account}
	}
	if err != nil {
		return secret.Secret{}, k.wrap("get", err)
	}
	return secret.New(v), nil
}

// Set writes one entry after checking its size against the platform's limit.
func (k *Keyring) Set(ctx context.Context, account string, v secret.Secret) error {
	if limit := maxValueLen(k.goos, Service, account); v.Len() > limit {
		return &tooLargeError{size: v.Len(), limit: limit, goos: k.goos}
	}
	err := k.call(ctx, "set", func() error { return k.be.Set(Service, account, v.Reveal()) })
	if errors.Is(err, keyring.ErrSetDataTooBig) {
		return &tooLargeError{size: v.Len(), limit: maxValueLen(k.goos, Service, account), goos: k.goos}
	}
	return k.wrap("set", err)
}

// Delete removes one entry; a missing entry is not an error.
func (k *Keyring) Delete(ctx context.Context, account string) error {
	err := k.call(ctx, "delete", func() error { return k.be.Delete(Service, account) })
	if errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return k.wrap("delete", err)
}

// call runs f in a goroutine and waits for it, the timeout or ctx, whichever
// comes first. A backend that never answers leaves its goroutine behind: that
// is the price of not hanging the program, and the channel is buffered so the
// goroutine can still finish and be collected if the backend wakes up.
func (k *Keyring) call(ctx context.Context, op string, f func() error) error {
	if k.guard != nil {
		if err := k.guard(); err != nil {
			return &UnavailableError{Op: op, Cause: err}
		}
	}
	done := make(chan error, 1)
	go func() { done <- f() }()
	timer := time.NewTimer(k.timeout)
	defer timer.Stop()
	select {
	case err := <-done:
		return err
	case <-timer.C:
		return &UnavailableError{Op: op, Cause: &timeoutError{after: k.timeout}}
	case <-ctx.Done():
		return fmt.Errorf("keyring %s: %w", op, ctx.Err())
	}
}

// wrap turns a backend failure into an *UnavailableError, leaving nil, our
// own errors and context errors as they are.
func (k *Keyring) wrap(op string, err error) error {
	var ue *UnavailableError
	switch {
	case err == nil, errors.As(err, &ue),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	}
	return &UnavailableError{Op: op, Cause: err}
}
