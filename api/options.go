package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// Defaults for a Client built without the matching option.
const (
	DefaultUserAgent      = "vipcx/dev"
	DefaultAttemptTimeout = 30 * time.Second
	DefaultMaxBodyBytes   = 4 << 20
)

// Option configures a Client in NewClient.
type Option func(*Client)

// RetryPolicy says how often and how patiently a request is retried after a
// timeout, a connection error, a 429 or a 5xx. Zero fields take defaults.
type RetryPolicy struct {
	// MaxAttempts counts the first attempt too (default 3).
	MaxAttempts int
	// BaseDelay is the backoff cap of the first retry; it doubles per retry
	// (default 500ms). The delay is drawn uniformly below the cap (full jitter).
	BaseDelay time.Duration
	// MaxDelay caps the doubling (default 10s).
	MaxDelay time.Duration
	// ThrottleWindow is how long a 429 without Retry-After waits, plus up to
	// 30% jitter (default 5s). Adobe throttles per API key over a rolling
	// 5-second window and documents no Retry-After, so a retry inside the
	// same window would almost surely be refused again, and the key is
	// shared with the partner's production integration.
	// https://developer.adobe.com/vipmp/docs/references/rate-limits
	ThrottleWindow time.Duration
	// MaxWait bounds the total waiting of one call across its retries
	// (default 20s); a retry that would exceed it is not made.
	MaxWait time.Duration
	// Sleep waits d or until ctx is done; tests inject one that records and
	// returns at once. The default uses a timer.
	Sleep func(ctx context.Context, d time.Duration) error
}

// DefaultRetryPolicy is 3 attempts, 500ms doubling up to 10s, a 5-second
// throttling window and at most 20s of waiting in all.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxAttempts: 3, BaseDelay: 500 * time.Millisecond, MaxDelay: 10 * time.Second,
		ThrottleWindow: 5 * time.Second, MaxWait: 20 * time.Second, Sleep: sleepCtx}
}

// withDefaults fills the zero fields of p.
func (p RetryPolicy) withDefaults() RetryPolicy {
	d := DefaultRetryPolicy()
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = d.MaxAttempts
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = d.BaseDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = d.MaxDelay
	}
	if p.ThrottleWindow <= 0 {
		p.ThrottleWindow = d.ThrottleWindow
	}
	if p.MaxWait <= 0 {
		p.MaxWait = d.MaxWait
	}
	if p.Sleep == nil {
		p.Sleep = d.Sleep
	}
	return p
}

// WithHTTPClient makes the client send through hc. The client's own redirect
// policy (no other host, no downgrade) still applies on top of hc's.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Client) {
		if hc != nil {
			c.http = hc
		}
	}
}

// WithTokenSource sets where bearer tokens come from.
func WithTokenSource(ts TokenSource) Option { return func(c *Client) { c.tokens = ts } }

// WithAPIKey sets the integration's API key (its client ID), sent as X-Api-Key.
func WithAPIKey(key string) Option { return func(c *Client) { c.apiKey = secret.New(key) } }

// WithUserAgent sets the User-Agent header; cli passes "vipcx/<version>".
func WithUserAgent(ua string) Option {
	return func(c *Client) {
		if ua != "" {
			c.userAgent = ua
		}
	}
}

// WithAttemptTimeout bounds each attempt, body included; a slow attempt is
// retried rather than waited on forever.
func WithAttemptTimeout(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.attemptTimeout = d
		}
	}
}

// WithMaxBodyBytes caps how much of a response body is read (after gzip
// decoding), so a huge or hostile body is an error rather than an OOM.
func WithMaxBodyBytes(n int64) Option {
	return func(c *Client) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithRetryPolicy replaces the retry policy; zero fields keep their defaults.
func WithRetryPolicy(p RetryPolicy) Option { return func(c *Client) { c.retry = p.withDefaults() } }

// WithLogger logs each attempt at debug level with secrets redacted; without
// it nothing is logged.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// sleepCtx waits d, or less if ctx ends first, so cancellation during a
// backoff is immediate.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
