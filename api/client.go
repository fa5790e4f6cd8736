// Package api is the client for Adobe's VIP Marketplace partner API: the
// Client with its one request pipeline (retries, safety limits, redaction),
// the models (customer, reseller, customer list, subscriptions, orders),
// the shared concurrent paging, the one error type and the one place
// (Describe) where failures become words.
package api

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// TokenSource supplies the bearer token. It is declared here, by its only
// consumer, so credential stores need not be imported by this package.
type TokenSource interface {
	Token(ctx context.Context) (secret.Secret, error)
}

// Invalidator is implemented by token sources that can mint again (IMS). On
// a 401 the client calls Invalidate(rejected) once and retries the request
// once with the new token.
type Invalidator interface {
	Invalidate(rejected secret.Secret)
}

// StaticToken is a TokenSource for a token used as is.
type StaticToken secret.Secret

// Token returns the token.
func (t StaticToken) Token(context.Context) (secret.Secret, error) { return secret.Secret(t), nil }

// String redacts: StaticToken does not inherit secret.Secret's methods, and
// a token printed by accident must still not leak.
func (t StaticToken) String() string { return secret.Redacted }

// GoString redacts, for %#v.
func (t StaticToken) GoString() string { return secret.Redacted }

// Format redacts under every verb.
func (t StaticToken) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(secret.Redacted)) }

// Client talks to the partner API. It is safe for concurrent use once built.
type Client struct {
	base           *url.URL
	http           *http.Client
	tokens         TokenSource
	apiKey         secret.Secret
	userAgent      string
	attemptTimeout time.Duration
	maxBody        int64
	retry          RetryPolicy
	log            *slog.Logger
	inFlight       int
	// jitter returns a uniform value in [0, n); replaced in tests.
	jitter func(n int64) int64
	now    func() time.Time
}

// NewClient returns a client for the API at baseURL (for example
// https://partners.adobe.io). Plain http is refused, with an error wrapping
// ErrInsecureURL, unless the host is loopback.
func NewClient(baseURL string, opts ...Option) (*Client, error) {
	u, err := checkBaseURL(baseURL)
	if err != nil {
		return nil, err
	}
	c := &Client{
		base:           u,
		userAgent:      DefaultUserAgent,
		attemptTimeout: DefaultAttemptTimeout,
		maxBody:        DefaultMaxBodyBytes,
		inFlight:       DefaultPagesInFlight,
		retry:          DefaultRetryPolicy(),
		jitter:         randInt64N,
		now:            time.Now,
	}
	for _, o := range opts {
		o(c)
	}
	if c.http == nil {
		c.http = defaultHTTPClient(c.attemptTimeout)
	}
	hc := *c.http // a copy: the caller's client keeps its own redirect policy
	hc.CheckRedirect = redirectPolicy(c.http.CheckRedirect)
	c.http = &hc
	return c, nil
}

// BaseURL is the API root requests go to, without a trailing slash.
func (c *Client) BaseURL() string { return c.base.String() }

// ValidateBaseURL applies NewClient's rules to a base URL without building a
// client, so a command can refuse an insecure URL before it reads any
// credentials.
func ValidateBaseURL(baseURL string) error {
	_, err := checkBaseURL(baseURL)
	return err
}

// checkBaseURL parses baseURL and refuses what could leak credentials.
func checkBaseURL(baseURL string) (*url.URL, error) { return checkURL(baseURL, "base URL") }

// checkURL applies the base URL's rules to raw; which names the setting
// ("base URL", "IMS URL") in the error, so people fix the right one.
func checkURL(raw, which string) (*url.URL, error) {
	shown := clipRunes(sanitize.Line(raw), 80)
	u, err := url.Parse(strings.TrimSpace(raw))
	bad := func(format string, args ...any) error {
		return &urlError{which: which, reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case err != nil:
		return nil, bad("cannot parse %q", shown)
	case u.User != nil:
		return nil, bad("the %s must not carry a user or password", which)
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, bad("%q: scheme must be https", shown)
	case u.Host == "" || u.Hostname() == "":
		return nil, bad("%q has no host", shown)
	case u.RawQuery != "" || u.Fragment != "":
		return nil, bad("%q must not have a query or fragment", shown)
	case u.Scheme == "http" && !isLoopback(u.Hostname()):
		return nil, bad("%q: plain http is allowed only to a literal loopback address", shown)
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// isLoopback reports whether host is a loopback IP literal. No name is
// trusted, not even localhost: Go may ask DNS for it when /etc/hosts lacks
// the entry, and DNS could say anything, so the answer checked here and the
// address dialled later could differ.
func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// defaultHTTPClient bounds each phase of a connection, so a dead network
// fails within the attempt timeout instead of hanging.
func defaultHTTPClient(attempt time.Duration) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	tr.TLSHandshakeTimeout = 10 * time.Second
	tr.ResponseHeaderTimeout = attempt
	return &http.Client{Transport: tr}
}

// maxRedirects is how many same-host redirects are followed.
const maxRedirects = 5

// redirectPolicy refuses redirects to another host or from https to http:
// Go drops Authorization there but copies X-Api-Key. next, the injected
// client's own policy, still runs for redirects this one allows.
func redirectPolicy(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		first := via[0].URL
		switch {
		case len(via) >= maxRedirects:
			return fmt.Errorf("%w: more than %d redirects", ErrRedirectRefused, maxRedirects)
		case !strings.EqualFold(req.URL.Host, first.Host):
			return fmt.Errorf("%w: %s redirected to another host, %s", ErrRedirectRefused,
				sanitize.Line(first.Host), clipRunes(sanitize.Line(req.URL.Host), 80))
		case first.Scheme == "https" && req.URL.Scheme != "https":
			return fmt.Errorf("%w: https redirected to plain %s", ErrRedirectRefused, sanitize.Line(req.URL.Scheme))
		case next != nil:
			return next(req, via)
		}
		return nil
	}
}

// validCustomerID is Adobe's account-ID rule: letters, digits and hyphens,
// 4 to 40 of them (https://developer.adobe.com/vipmp/docs/references/resources).
// It is `^[\p{L}\d-]{4,40}$` written out: compiling that regexp at start-up
// cost every vipcx command about a millisecond.
func validCustomerID(id string) bool {
	n := 0
	for _, r := range id {
		if !unicode.IsLetter(r) && !('0' <= r && r <= '9') && r != '-' {
			return false
		}
		n++
	}
	return n >= 4 && n <= 40
}

// ValidateCustomerID checks id before anything is sent: 4–40 letters,
// digits or hyphens. The error wraps ErrInvalidID and says what is wrong,
// echoing the input only in sanitized, shortened form.
func ValidateCustomerID(id string) error {
	if validCustomerID(id) {
		return nil
	}
	shown := clipRunes(sanitize.Line(id), 44)
	n := utf8.RuneCountInString(id)
	switch {
	case id == "":
		return fmt.Errorf("%w: the ID is empty", ErrInvalidID)
	case !utf8.ValidString(id):
		return fmt.Errorf("%w: %q is not valid UTF-8", ErrInvalidID, shown)
	}
	for _, r := range id {
		if !unicode.IsLetter(r) && !('0' <= r && r <= '9') && r != '-' {
			return fmt.Errorf("%w: %q contains %s; only letters, digits and hyphens are allowed",
				ErrInvalidID, shown, describeRune(r))
		}
	}
	return fmt.Errorf("%w: %q has %s; it must have 4 to 40", ErrInvalidID, shown, characters(n))
}

// characters is n with "character" in the right number: "1 character".
func characters(n int) string {
	if n == 1 {
		return "1 character"
	}
	return fmt.Sprintf("%d characters", n)
}

// describeRune names a rejected character without printing an unsafe one.
func describeRune(r rune) string {
	if sanitize.Unsafe(r) || unicode.IsSpace(r) {
		return fmt.Sprintf("%U", r)
	}
	return fmt.Sprintf("%q", r)
}

// token checks that an API key is set and asks the token source for a
// bearer token: what every request needs before anything is sent.
func (c *Client) token(ctx context.Context, action string) (secret.Secret, error) {
	switch {
	case c.apiKey.IsZero():
		return secret.Secret{}, fmt.Errorf("%w: no API key", ErrNoCredentials)
	case c.tokens == nil:
		return secret.Secret{}, fmt.Errorf("%w: no access token or client secret", ErrNoCredentials)
	}
	tok, err := c.tokens.Token(ctx)
	switch {
	case err != nil && ctx.Err() != nil:
		return secret.Secret{}, fmt.Errorf("%s: %w", action, ctx.Err())
	case err != nil:
		return secret.Secret{}, &tokenError{err: err}
	case tok.IsZero():
		return secret.Secret{}, fmt.Errorf("%w: the access token is empty", ErrNoCredentials)
	}
	return tok, nil
}

// newRequest builds the GET with exactly the headers Adobe documents for
// it. The URL is always the base URL's host: paths and queries are built
// here, never taken from a server's links.
func (c *Client) newRequest(ctx context.Context, k call, tok secret.Secret, ids requestIDs) (*http.Request, error) {
	u := c.BaseURL() + k.path
	if len(k.query) > 0 {
		u += "?" + k.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("building the request: %w", err)
	}
	h := req.Header
	h.Set("Accept", "application/json")
	h.Set("Content-Type", "application/json")
	h.Set("Authorization", "Bearer "+tok.Reveal())
	h.Set("X-Api-Key", c.apiKey.Reveal())
	h.Set("X-Request-Id", ids.request)
	h.Set("X-Correlation-Id", ids.correlation)
	h.Set("User-Agent", c.userAgent)
	return req, nil
}
