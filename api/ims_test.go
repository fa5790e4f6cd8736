package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

const (
	imsClientID = "client-id-0123456789"
	imsSecret   = "s3cr3t-client-value"
)

// fakeIMS is a token endpoint that mints tok-1, tok-2, … and records what it
// was sent. reply, when set, answers instead.
type fakeIMS struct {
	t         *testing.T
	srv       *httptest.Server
	mints     atomic.Int32
	expiresIn string // JSON literal
	reply     func(w http.ResponseWriter, r *http.Request)
	gate      chan struct{} // when set, a mint waits for it to close
	entered   chan struct{} // signalled when a mint starts

	mu   sync.Mutex
	reqs []*http.Request
	form []url.Values
}

func newFakeIMS(t *testing.T) *fakeIMS {
	f := &fakeIMS{t: t, expiresIn: "86399", entered: make(chan struct{}, 100)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeIMS) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	f.mu.Lock()
	f.reqs, f.form = append(f.reqs, r), append(f.form, form)
	f.mu.Unlock()
	f.entered <- struct{}{}
	if f.gate != nil {
		<-f.gate
	}
	if f.reply != nil {
		f.reply(w, r)
		return
	}
	n := f.mints.Add(1)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"access_token":"tok-%d","token_type":"bearer","expires_in":%s}`, n, f.expiresIn)
}

// request returns the i-th request and its form.
func (f *fakeIMS) request(i int) (*http.Request, url.Values) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reqs[i], f.form[i]
}

// memCache is a TokenCache shared by sources, as the keyring is shared by
// processes.
type memCache struct {
	mu    sync.Mutex
	tok   secret.Secret
	until time.Time
	err   error
}

func (c *memCache) LoadToken(context.Context) (secret.Secret, time.Time, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.tok, c.until, c.err
}

func (c *memCache) StoreToken(_ context.Context, tok secret.Secret, until time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tok, c.until = tok, until
	return c.err
}

// clock is an injected time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newSource(t *testing.T, f *fakeIMS, cache TokenCache, clk *clock) *IMSTokenSource {
	t.Helper()
	cfg := IMSConfig{URL: f.srv.URL, ClientID: imsClientID, ClientSecret: secret.New(imsSecret),
		HTTPClient: f.srv.Client(), Cache: cache}
	if clk != nil {
		cfg.Now = clk.Now
	}
	s, err := NewIMSTokenSource(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustToken(t *testing.T, s *IMSTokenSource) string {
	t.Helper()
	tok, err := s.Token(context.Background())
	if err != nil {
		t.Fatalf("Token: %v", err)
	}
	return tok.Reveal()
}

func TestIMSMintsOnceWithSecretOnlyInBody(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	s := newSource(t, f, nil, nil)
	if a, b := mustToken(t, s), mustToken(t, s); a != "tok-1" || b != "tok-1" {
		t.Fatalf("tokens %q, %q: want tok-1 twice", a, b)
	}
	if n := f.mints.Load(); n != 1 {
		t.Fatalf("minted %d times, want 1", n)
	}
	r, form := f.request(0)
	if r.Method != http.MethodPost || r.URL.Path != "/ims/token/v3" || r.URL.RawQuery != "" {
		t.Fatalf("request %s %s", r.Method, r.URL)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
		t.Fatalf("Content-Type %q", ct)
	}
	want := url.Values{"grant_type": {"client_credentials"}, "client_id": {imsClientID},
		"client_secret": {imsSecret}, "scope": {DefaultIMSScope}}
	if form.Encode() != want.Encode() {
		t.Fatalf("form %v, want %v", form, want)
	}
	for name, vals := range r.Header {
		if strings.Contains(strings.Join(vals, " "), imsSecret) {
			t.Fatalf("secret in header %s", name)
		}
	}
}

func TestIMSCacheReusedBySecondProcess(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	cache := &memCache{}
	clk := &clock{t: time.Unix(1e9, 0)}
	if tok := mustToken(t, newSource(t, f, cache, clk)); tok != "tok-1" {
		t.Fatalf("first process got %q", tok)
	}
	if want := clk.Now().Add(86399*time.Second - 5*time.Minute); !cache.until.Equal(want) {
		t.Fatalf("cached until %v, want %v", cache.until, want)
	}
	if tok := mustToken(t, newSource(t, f, cache, clk)); tok != "tok-1" {
		t.Fatalf("second process got %q, want the cached tok-1", tok)
	}
	if n := f.mints.Load(); n != 1 {
		t.Fatalf("minted %d times, want 1", n)
	}
	// An expired cache entry is not used.
	clk.Advance(24 * time.Hour)
	if tok := mustToken(t, newSource(t, f, cache, clk)); tok != "tok-2" {
		t.Fatalf("after expiry got %q, want tok-2", tok)
	}
}

func TestIMSCacheFailureStillMints(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	cache := &memCache{err: errors.New("keyring unavailable")}
	s := newSource(t, f, cache, nil)
	if a, b := mustToken(t, s), mustToken(t, s); a != "tok-1" || b != "tok-1" {
		t.Fatalf("tokens %q, %q: a failing cache must not stop minting or memory caching", a, b)
	}
}

func TestIMSInvalidateMintsAgain(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	cache := &memCache{}
	s := newSource(t, f, cache, nil)
	first := mustToken(t, s)
	s.Invalidate(secret.New(first))
	// The cache still holds the rejected token; it must not come back.
	if tok := mustToken(t, s); tok != "tok-2" {
		t.Fatalf("after Invalidate got %q, want tok-2", tok)
	}
	if cache.tok.Reveal() != "tok-2" {
		t.Fatalf("cache holds %q, want tok-2", cache.tok.Reveal())
	}
	// Rejecting a token that is no longer current changes nothing.
	s.Invalidate(secret.New(first))
	s.Invalidate(secret.Secret{})
	if tok := mustToken(t, s); tok != "tok-2" || f.mints.Load() != 2 {
		t.Fatalf("got %q after %d mints, want tok-2 after 2", tok, f.mints.Load())
	}
}

func TestIMSExpiryMargin(t *testing.T) {
	t.Parallel()
	cases := []struct {
		expiresIn string
		useFor    time.Duration
	}{
		{"86399", 86399*time.Second - 5*time.Minute},
		{"600", 540 * time.Second},                      // short lifetime: a tenth as margin
		{"86399000", 86399*time.Second - 5*time.Minute}, // milliseconds, as the v2 endpoint sent
		{`"3600"`, 55 * time.Minute},                    // a number sent as a string
	}
	for _, c := range cases {
		f := newFakeIMS(t)
		f.expiresIn = c.expiresIn
		clk := &clock{t: time.Unix(1e9, 0)}
		s := newSource(t, f, nil, clk)
		mustToken(t, s)
		clk.Advance(c.useFor - time.Second)
		if tok := mustToken(t, s); tok != "tok-1" {
			t.Fatalf("expires_in %s: a second before the margin got %q", c.expiresIn, tok)
		}
		clk.Advance(time.Second)
		if tok := mustToken(t, s); tok != "tok-2" {
			t.Fatalf("expires_in %s: at the margin got %q, want a new token", c.expiresIn, tok)
		}
	}
}

func TestIMSConcurrentCallersShareOneMint(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	f.gate = make(chan struct{})
	s := newSource(t, f, nil, nil)
	const callers = 16
	var wg sync.WaitGroup
	got := make([]string, callers)
	for i := range callers {
		wg.Go(func() {
			tok, err := s.Token(context.Background())
			if err != nil {
				t.Errorf("caller %d: %v", i, err)
			}
			got[i] = tok.Reveal()
		})
	}
	<-f.entered // one mint is in flight; everyone else waits or comes later
	close(f.gate)
	wg.Wait()
	for i, tok := range got {
		if tok != "tok-1" {
			t.Fatalf("caller %d got %q", i, tok)
		}
	}
	if n := f.mints.Load(); n != 1 {
		t.Fatalf("minted %d times, want 1", n)
	}
}

func TestIMSWaiterHonoursContext(t *testing.T) {
	t.Parallel()
	f := newFakeIMS(t)
	f.gate = make(chan struct{})
	s := newSource(t, f, nil, nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := s.Token(context.Background()); err != nil {
			t.Errorf("first caller: %v", err)
		}
	}()
	<-f.entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Token(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled while another mint runs, got %v", err)
	}
	close(f.gate)
	<-done
}

// noSecret fails when err's text could leak the client secret.
func noSecret(t *testing.T, err error) {
	t.Helper()
	if msg := fmt.Sprintf("%v %+v %#v", err, err, err); strings.Contains(msg, imsSecret) {
		t.Fatalf("client secret in error: %s", msg)
	}
}

func replyWith(status int, ctype, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

func TestIMSErrorAnswers(t *testing.T) {
	t.Parallel()
	const js = "application/json"
	cases := []struct {
		name             string
		status           int
		ctype, body      string
		wantCode, inDesc string
	}{
		{"invalid_client", 401, js, `{"error":"invalid_client","error_description":"invalid client_id parameter"}`,
			"invalid_client", "invalid client_id parameter"},
		{"invalid_scope", 400, js, `{"error":"invalid_scope","error_description":"Invalid scope: openid,admin"}`,
			"invalid_scope", "Invalid scope: openid,admin"},
		{"echoed secret, escapes", 401, js,
			`{"error":"invalid_client","error_description":"bad secret s3cr3t-client-value \u001b]0;pwn\u0007!"}`,
			"invalid_client", "bad secret [REDACTED] !"},
		{"echoed secret cut by the summary", 400, "text/plain",
			strings.Repeat("x ", 55) + imsSecret + " rejected",
			"", "[REDACTED]"},
		{"html gateway page", 503, "text/html", `<html><head><title>Service Unavailable</title></head></html>`,
			"", "Service Unavailable"},
	}
	for _, c := range cases {
		f := newFakeIMS(t)
		f.reply = replyWith(c.status, c.ctype, c.body)
		_, err := newSource(t, f, nil, nil).Token(context.Background())
		var ie *IMSError
		if !errors.As(err, &ie) {
			t.Fatalf("%s: want *IMSError, got %v", c.name, err)
		}
		if ie.StatusCode != c.status || ie.Code != c.wantCode || !strings.Contains(ie.Description, c.inDesc) {
			t.Errorf("%s: got %+v", c.name, *ie)
		}
		if strings.ContainsAny(err.Error(), "\x1b\x07") {
			t.Errorf("%s: control characters in %q", c.name, err)
		}
		noSecret(t, err)
		if strings.Contains(err.Error(), imsSecret[:6]) {
			t.Errorf("%s: part of the client secret in %q", c.name, err)
		}
	}
}

func TestIMSUnreachable(t *testing.T) {
	t.Parallel()
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	s, err := NewIMSTokenSource(IMSConfig{URL: dead.URL, ClientID: imsClientID, ClientSecret: secret.New(imsSecret)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Token(context.Background())
	var ue *url.Error
	var ie *IMSError
	if !errors.As(err, &ue) || errors.As(err, &ie) || !strings.Contains(err.Error(), "cannot reach Adobe IMS") {
		t.Fatalf("want a wrapped transport error, got %v", err)
	}
	noSecret(t, err)
}

func TestIMSUnusableSuccessBodies(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		body string
		want error
	}{
		"not JSON":        {`<html>ok</html>`, ErrMalformedResponse},
		"no token":        {`{"token_type":"bearer","expires_in":86399}`, ErrMalformedResponse},
		"no expiry":       {`{"access_token":"tok"}`, ErrMalformedResponse},
		"negative expiry": {`{"access_token":"tok","expires_in":-5}`, ErrMalformedResponse},
		"oversized":       {`{"access_token":"` + strings.Repeat("a", 70<<10) + `"}`, ErrResponseTooLarge},
	}
	for name, c := range cases {
		f := newFakeIMS(t)
		f.reply = replyWith(200, "application/json", c.body)
		_, err := newSource(t, f, nil, nil).Token(context.Background())
		if !errors.Is(err, c.want) {
			t.Errorf("%s: want %v, got %v", name, c.want, err)
		}
		noSecret(t, err)
	}
}

func TestIMSRefusesRedirect(t *testing.T) {
	t.Parallel()
	var stolen atomic.Int32
	thief := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { stolen.Add(1) }))
	t.Cleanup(thief.Close)
	f := newFakeIMS(t)
	f.reply = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, thief.URL+"/ims/token/v3", http.StatusTemporaryRedirect)
	}
	_, err := newSource(t, f, nil, nil).Token(context.Background())
	if !errors.Is(err, ErrRedirectRefused) || stolen.Load() != 0 {
		t.Fatalf("want ErrRedirectRefused and no request elsewhere, got %v (%d stolen)", err, stolen.Load())
	}
	noSecret(t, err)
}

func TestNewIMSTokenSourceChecksConfig(t *testing.T) {
	t.Parallel()
	sec := secret.New(imsSecret)
	cases := []struct {
		name string
		cfg  IMSConfig
		want error
	}{
		{"plain http to a remote host", IMSConfig{URL: "http://ims.example.com", ClientID: "id", ClientSecret: sec}, ErrInsecureURL},
		{"not a URL", IMSConfig{URL: "::", ClientID: "id", ClientSecret: sec}, ErrInsecureURL},
		{"no client ID", IMSConfig{URL: "https://ims-na1.adobelogin.com", ClientSecret: sec}, ErrNoCredentials},
		{"no secret", IMSConfig{URL: "https://ims-na1.adobelogin.com", ClientID: "id"}, ErrNoCredentials},
		{"https", IMSConfig{URL: "https://ims-na1.adobelogin.com/", ClientID: "id", ClientSecret: sec}, nil},
		{"loopback http", IMSConfig{URL: "http://127.0.0.1:8421", ClientID: "id", ClientSecret: sec}, nil},
	}
	for _, c := range cases {
		s, err := NewIMSTokenSource(c.cfg)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: want %v, got %v", c.name, c.want, err)
		}
		if err != nil {
			noSecret(t, err)
		} else if !strings.HasSuffix(s.tokenURL, "/ims/token/v3") || strings.Contains(s.tokenURL, "//ims/") {
			t.Errorf("%s: token URL %q", c.name, s.tokenURL)
		}
	}
}
