package ui

import (
	"context"
	"log/slog"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/secret"
)

// Fetcher loads one customer. *api.Client satisfies it; tests plug in fakes.
// Each call is one user action, so an implementation should use a fresh
// correlation ID per call (a refresh must never be served a stored reply).
type Fetcher interface {
	GetCustomer(ctx context.Context, id string) (*api.Customer, error)
	tabFetcher // the Subscriptions and Orders tabs' endpoints (tab_load.go)
}

// Sample is a demo customer listed on the start screen, with a one-line
// summary of what it shows off.
type Sample struct {
	ID, Summary string
}

// CredentialKind says which secret accompanies the API key.
type CredentialKind int

// The two kinds of secret the credentials form accepts.
const (
	// CredToken is an access token used as is.
	CredToken CredentialKind = iota
	// CredClientSecret is an OAuth client secret vipcx mints tokens with.
	CredClientSecret
)

// other is the kind ctrl+t switches to.
func (k CredentialKind) other() CredentialKind {
	if k == CredClientSecret {
		return CredToken
	}
	return CredClientSecret
}

// String names the kind the way the form shows it.
func (k CredentialKind) String() string {
	if k == CredClientSecret {
		return "client secret"
	}
	return "access token"
}

// Login is what the credentials form collects (named apart from
// keys.Credentials, which is what the keyring stores). Secret stays wrapped so
// it can never be printed by accident.
type Login struct {
	APIKey string
	Kind   CredentialKind
	Secret secret.Secret
	// SessionOnly asks Connect to use the credentials without saving them
	// (the form defaults to it when the keyring cannot be read).
	SessionOnly bool
}

// Options configures the TUI. cli fills it from flags, environment and the
// config file; the zero value of every field is usable.
type Options struct {
	// Fetcher loads customers. Nil opens the credentials form first (unless Demo).
	Fetcher Fetcher
	// Connect saves credentials (to the keyring) and returns a ready fetcher.
	// Its error is shown in the form, sanitized, with the environment-variable
	// alternative.
	Connect func(ctx context.Context, c Login) (Fetcher, error)
	// Sources says where Fetcher's credentials came from, so the advice
	// for a rejected one names the place to fix; the zero value gives
	// advice that names every place.
	Sources CredentialSources
	// URLs words the base and IMS URLs in effect with where each came
	// from, for network, TLS and URL advice; the zero value says "the
	// base URL".
	URLs URLSources
	// CredentialsProblem says why stored credentials could not be read (a
	// locked or absent keyring). The form shows it from the start, so the
	// user learns before typing a secret that saving may fail too.
	CredentialsProblem string
	// Demo shows the DEMO badge and the sample customers.
	Demo    bool
	Samples []Sample
	// ResellerID, when set, opens the TUI on that reseller's customers
	// (the Fetcher must also be a CustomerLister); "" opens on the ID prompt.
	ResellerID string
	// InitialID opens the TUI straight on that customer (--customer).
	InitialID string
	// HistoryPath is the recent-IDs file; "" keeps history in memory only.
	HistoryPath string
	// Dark is the terminal background, detected by cli before the program
	// starts (detecting it later can stall the terminal).
	Dark bool
	// Profile and Env are shown in the title bar, e.g. "default · production".
	Profile, Env string
	// Logger receives state transitions (never secrets); nil discards.
	Logger *slog.Logger
	// Now is the clock for "days left"; nil means time.Now.
	Now func() time.Time
}

// connectTimeout bounds a credentials-form submission, keyring included, so
// a keyring that never answers cannot freeze the form.
const connectTimeout = 30 * time.Second
