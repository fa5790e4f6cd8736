package keys

import (
	"context"
	"slices"
	"sync"

	"github.com/vipcx/vipcx/secret"
)

// Memory is the in-memory twin of Keyring: the same semantics (not-found
// errors, idempotent Delete, the size limit of Linux) without the OS, for
// tests and --demo. It is safe for concurrent use.
type Memory struct {
	mu      sync.Mutex
	entries map[string]secret.Secret
	fail    error
}

var _ Store = (*Memory)(nil)

// NewMemory returns an empty store.
func NewMemory() *Memory { return &Memory{entries: map[string]secret.Secret{}} }

// Get reads one entry.
func (m *Memory) Get(ctx context.Context, account string) (secret.Secret, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "get"); err != nil {
		return secret.Secret{}, err
	}
	v, ok := m.entries[account]
	if !ok {
		return secret.Secret{}, &notFoundError{account: account}
	}
	return v, nil
}

// Set writes one entry.
func (m *Memory) Set(ctx context.Context, account string, v secret.Secret) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "set"); err != nil {
		return err
	}
	if v.Len() > otherMaxValue {
		return &tooLargeError{size: v.Len(), limit: otherMaxValue, goos: "in-memory"}
	}
	m.entries[account] = v
	return nil
}

// Delete removes one entry; a missing entry is not an error.
func (m *Memory) Delete(ctx context.Context, account string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "delete"); err != nil {
		return err
	}
	delete(m.entries, account)
	return nil
}

// Accounts lists the stored entries' account names, sorted, so tests can
// assert exactly what was written.
func (m *Memory) Accounts() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]string, 0, len(m.entries))
	for a := range m.entries {
		out = append(out, a)
	}
	slices.Sort(out)
	return out
}

// FailWith makes every later call fail as an unavailable keyring with cause
// (nil restores normal service), so callers can test their handling of a
// locked or absent keyring without one.
func (m *Memory) FailWith(cause error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.fail = cause
}

func (m *Memory) check(ctx context.Context, op string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.fail != nil {
		return &UnavailableError{Op: op, Cause: m.fail}
	}
	return nil
}
