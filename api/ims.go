package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// DefaultIMSScope is the scope Adobe's own reference app
// (adobe/adobe-commerce-partnerships-ref-app) and other public VIP
// Marketplace clients request; Adobe's VIP Marketplace docs name none, and
// the Developer Console credential page shows the integration's own.
const DefaultIMSScope = "openid,AdobeID,read_organizations"

// maxIMSBody caps a token response: a real one is about 2 KB.
const maxIMSBody = 64 << 10

// TokenCache keeps a minted token beyond this process (keys.TokenCache puts
// it in the keyring), so the next vipcx run does not mint again: IMS
// throttles integrations that mint too often. LoadToken returns an error
// when nothing usable is cached (keys.TokenCache: one wrapping
// keys.ErrNotFound); the source then mints.
type TokenCache interface {
	LoadToken(ctx context.Context) (secret.Secret, time.Time, error)
	StoreToken(ctx context.Context, tok secret.Secret, expires time.Time) error
}

// IMSConfig configures an IMSTokenSource.
type IMSConfig struct {
	// URL is the IMS base, e.g. https://ims-na1.adobelogin.com.
	URL string
	// ClientID is the OAuth client ID, the same value as the API key.
	ClientID     string
	ClientSecret secret.Secret
	// Scope defaults to DefaultIMSScope.
	Scope string
	// HTTPClient defaults to one with connection timeouts; redirects are
	// always refused, because a 307 would re-send the secret.
	HTTPClient *http.Client
	// Cache is optional: nil keeps tokens in memory only.
	Cache TokenCache
	// Now defaults to time.Now; tests inject a clock.
	Now       func() time.Time
	Logger    *slog.Logger
	UserAgent string // defaults to DefaultUserAgent
}

// IMSTokenSource mints access tokens from Adobe IMS with the OAuth
// client-credentials grant and reuses each one until shortly before it
// expires. It is a TokenSource and an Invalidator, safe for concurrent use:
// concurrent callers share one mint.
type IMSTokenSource struct {
	tokenURL, clientID, scope, userAgent string
	clientSecret                         secret.Secret
	http                                 *http.Client
	cache                                TokenCache
	now                                  func() time.Time
	log                                  *slog.Logger

	// minting is a one-slot semaphore held while a token is fetched; unlike
	// a mutex, a waiter can give up when its context ends.
	minting chan struct{}

	mu       sync.Mutex
	tok      secret.Secret
	until    time.Time     // stop using tok at this time
	rejected secret.Secret // the last token the API refused: never reload it
}

var (
	_ TokenSource = (*IMSTokenSource)(nil)
	_ Invalidator = (*IMSTokenSource)(nil)
)

// NewIMSTokenSource checks cfg and returns a token source. The IMS URL obeys
// the API's rule: https, or plain http to loopback only (an error wrapping
// ErrInsecureURL otherwise).
func NewIMSTokenSource(cfg IMSConfig) (*IMSTokenSource, error) {
	u, err := checkURL(cfg.URL, "IMS URL")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(cfg.ClientID) == "" || cfg.ClientSecret.IsZero() {
		return nil, fmt.Errorf("%w: minting tokens needs the client ID (API key) and the client secret", ErrNoCredentials)
	}
	s := &IMSTokenSource{
		tokenURL: u.String() + "/ims/token/v3", clientID: strings.TrimSpace(cfg.ClientID),
		scope: cfg.Scope, userAgent: cfg.UserAgent, clientSecret: cfg.ClientSecret,
		cache: cfg.Cache, now: cfg.Now, log: cfg.Logger, minting: make(chan struct{}, 1),
	}
	if s.scope == "" {
		s.scope = DefaultIMSScope
	}
	if s.userAgent == "" {
		s.userAgent = DefaultUserAgent
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = DiscardLogger()
	}
	s.http = imsHTTPClient(cfg.HTTPClient)
	return s, nil
}

// imsHTTPClient copies hc (or a default) with every redirect refused.
func imsHTTPClient(hc *http.Client) *http.Client {
	if hc == nil {
		hc = defaultHTTPClient(DefaultAttemptTimeout)
		hc.Timeout = DefaultAttemptTimeout
	}
	c := *hc
	c.CheckRedirect = func(req *http.Request, _ []*http.Request) error {
		return fmt.Errorf("%w: IMS redirected to %s; the client secret is not sent again",
			ErrRedirectRefused, clipRunes(sanitize.Line(req.URL.Host), 80))
	}
	return &c
}

// Token returns a valid access token: from memory, else from the cache,
// else freshly minted (and then cached).
func (s *IMSTokenSource) Token(ctx context.Context) (secret.Secret, error) {
	if tok, ok := s.current(); ok {
		return tok, nil
	}
	select {
	case s.minting <- struct{}{}:
	case <-ctx.Done():
		return secret.Secret{}, ctx.Err()
	}
	defer func() { <-s.minting }()
	// Whoever held the slot before us may have minted already.
	if tok, ok := s.current(); ok {
		return tok, nil
	}
	if tok, ok := s.fromCache(ctx); ok {
		return tok, nil
	}
	tok, until, err := s.mint(ctx)
	if err != nil {
		return secret.Secret{}, err
	}
	s.remember(tok, until)
	if s.cache != nil && until.After(s.now()) {
		if err := s.cache.StoreToken(ctx, tok, until); err != nil {
			s.log.Warn("could not cache the IMS token; it stays in memory", "err", err)
		}
	}
	return tok, nil
}

// Invalidate forgets rejected, the token the API answered 401 to, and
// remembers it so that its copy in the cache is refused too: the next Token
// mints a new one, which then replaces the cached copy.
func (s *IMSTokenSource) Invalidate(rejected secret.Secret) {
	if rejected.IsZero() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rejected = rejected
	if same(s.tok, rejected) {
		s.tok, s.until = secret.Secret{}, time.Time{}
	}
}

// current returns the token in memory if it is still to be used.
func (s *IMSTokenSource) current() (secret.Secret, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok.IsZero() || !s.now().Before(s.until) {
		return secret.Secret{}, false
	}
	return s.tok, true
}

func (s *IMSTokenSource) remember(tok secret.Secret, until time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tok, s.until = tok, until
}

// fromCache adopts a cached token that is still good and was not rejected.
// A cache that fails is logged and bypassed: minting still works.
func (s *IMSTokenSource) fromCache(ctx context.Context) (secret.Secret, bool) {
	if s.cache == nil {
		return secret.Secret{}, false
	}
	tok, until, err := s.cache.LoadToken(ctx)
	if err != nil {
		// Usually just "nothing cached yet"; a broken keyring shows up
		// again, louder, where credentials are read.
		s.log.Debug("no cached IMS token; minting", "err", err)
		return secret.Secret{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if tok.IsZero() || !s.now().Before(until) || same(tok, s.rejected) {
		return secret.Secret{}, false
	}
	s.tok, s.until = tok, until
	s.log.Debug("using the cached IMS token", "until", until)
	return tok, true
}

// same compares two secrets without a timing side channel.
func same(a, b secret.Secret) bool {
	return !a.IsZero() && subtle.ConstantTimeCompare([]byte(a.Reveal()), []byte(b.Reveal())) == 1
}

// mint asks IMS for a token. The secret travels only in the POST body.
func (s *IMSTokenSource) mint(ctx context.Context) (secret.Secret, time.Time, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {s.clientID},
		"client_secret": {s.clientSecret.Reveal()},
		"scope":         {s.scope},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return secret.Secret{}, time.Time{}, fmt.Errorf("building the IMS request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", s.userAgent)
	start := s.now()
	resp, err := s.http.Do(req)
	if err != nil {
		return secret.Secret{}, time.Time{}, fmt.Errorf("cannot reach Adobe IMS: %w", err)
	}
	defer resp.Body.Close()
	body, err := readBody(resp.Body, maxIMSBody)
	if err != nil {
		return secret.Secret{}, time.Time{}, fmt.Errorf("reading the IMS response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return secret.Secret{}, time.Time{}, s.imsError(resp, body)
	}
	tok, lifetime, err := parseIMSToken(body)
	if err != nil {
		return secret.Secret{}, time.Time{}, err
	}
	s.log.Debug("minted an IMS token", "expires_in", lifetime)
	return tok, start.Add(useFor(lifetime)), nil
}

// imsTokenBody is the success answer of /ims/token/v3.
type imsTokenBody struct {
	AccessToken string      `json:"access_token"`
	ExpiresIn   json.Number `json:"expires_in"`
}

// Token lifetimes are clamped to [minTokenLife, maxTokenLife]: IMS issues
// 24-hour tokens, and a reply claiming zero seconds (a mint on every call)
// or centuries (a cache entry that outlives any revocation, or a Duration
// overflow) is not trusted as sent.
const (
	minTokenLife = time.Minute
	maxTokenLife = 24 * time.Hour
)

// parseIMSToken reads the token and its lifetime from a 200 body.
func parseIMSToken(body []byte) (secret.Secret, time.Duration, error) {
	var b imsTokenBody
	if err := json.Unmarshal(body, &b); err != nil {
		// Not %w: a JSON error can quote the body, and the body holds the token.
		return secret.Secret{}, 0, fmt.Errorf("%w: IMS token response is not JSON", ErrMalformedResponse)
	}
	tok := strings.TrimSpace(b.AccessToken)
	if tok == "" {
		return secret.Secret{}, 0, fmt.Errorf("%w: IMS token response has no access_token", ErrMalformedResponse)
	}
	// A token goes into an Authorization header; one with a control or
	// non-ASCII character would fail there as if the network had, and be
	// retried. It is a bad reply, said once.
	if !headerSafe(tok) {
		return secret.Secret{}, 0, fmt.Errorf("%w: IMS access_token holds characters a token cannot have", ErrMalformedResponse)
	}
	n, err := strconv.ParseFloat(string(b.ExpiresIn), 64)
	if err != nil || n < 0 || math.IsNaN(n) {
		return secret.Secret{}, 0, fmt.Errorf("%w: IMS token response has no valid expires_in", ErrMalformedResponse)
	}
	// /ims/token/v3 counts seconds; the older v2 endpoint counted
	// milliseconds. Thirty days in seconds is far beyond any IMS token, so a
	// larger number is milliseconds.
	if n > 30*24*3600 {
		n /= 1000
	}
	// Clamp in float seconds, before converting: a huge n would overflow
	// time.Duration.
	n = math.Min(math.Max(n, minTokenLife.Seconds()), maxTokenLife.Seconds())
	return secret.New(tok), time.Duration(n * float64(time.Second)), nil
}

// headerSafe is true when every byte of tok is printable ASCII other than
// space, the characters a bearer token is made of.
func headerSafe(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] <= ' ' || tok[i] >= 0x7f {
			return false
		}
	}
	return true
}

// useFor is how long a token is used: its lifetime minus a margin (5 min,
// or a tenth of a short lifetime), so a request never leaves with a token
// that expires on the way.
func useFor(lifetime time.Duration) time.Duration {
	margin := 5 * time.Minute
	if lifetime < 10*margin {
		margin = lifetime / 10
	}
	return lifetime - margin
}

// imsErrorBody is IMS's error answer.
type imsErrorBody struct {
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

// imsError builds the *IMSError for a non-200 answer, sanitized and with
// the client secret blanked should IMS ever echo it.
func (s *IMSTokenSource) imsError(resp *http.Response, body []byte) error {
	e := &IMSError{StatusCode: resp.StatusCode}
	var b imsErrorBody
	if json.Unmarshal(body, &b) == nil && b.Error != "" {
		e.Code = clipRunes(oneLine(s.redact(b.Error)), 80)
		e.Description = clipRunes(oneLine(s.redact(b.Description)), 300)
		return e
	}
	e.Description = summarizeBody(resp.Header.Get("Content-Type"), body, s.scrubber())
	return e
}

// redact removes the client secret from IMS text in every form an echo
// could take (plain, URL-encoded, JSON-escaped), and masks the client ID,
// the API key, as vipcx shows it everywhere else.
func (s *IMSTokenSource) redact(text string) string { return s.scrubber().Scrub(text) }

func (s *IMSTokenSource) scrubber() *secret.Scrubber {
	return secret.NewScrubber(s.clientSecret).WithMasked(secret.New(s.clientID))
}

// KnownSecrets is the client secret, so the API client can remove it from
// what the partner API echoes too.
func (s *IMSTokenSource) KnownSecrets() []secret.Secret { return []secret.Secret{s.clientSecret} }
