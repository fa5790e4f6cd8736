package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/vipcx/vipcx/secret"
)

// Credentials used by every test; no output may ever contain them.
const (
	testToken = "tok-SECRET-0123456789"
	testKey   = "key-SECRET-abcdef0123"
	testID    = "9876543210"
	testUA    = "vipcx/test"
)

// harness is a go-github style test bed: a mux behind an httptest server and
// a Client pointed at it, with a recording sleeper so no test waits.
type harness struct {
	mux    *http.ServeMux
	srv    *httptest.Server
	client *Client

	mu     sync.Mutex
	reqs   []*http.Request // requests seen by the server, in order
	sleeps []time.Duration
}

func setup(t *testing.T, opts ...Option) *harness {
	t.Helper()
	h := &harness{mux: http.NewServeMux()}
	h.srv = httptest.NewServer(h.mux)
	t.Cleanup(h.srv.Close)
	base := []Option{
		WithAPIKey(testKey),
		WithTokenSource(StaticToken(secret.New(testToken))),
		WithUserAgent(testUA),
		WithRetryPolicy(RetryPolicy{Sleep: h.sleep}),
	}
	c, err := NewClient(h.srv.URL, append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	h.client = c
	return h
}

func (h *harness) sleep(ctx context.Context, d time.Duration) error {
	h.mu.Lock()
	h.sleeps = append(h.sleeps, d)
	h.mu.Unlock()
	return ctx.Err()
}

// handle serves path with fn and records every request it gets.
func (h *harness) handle(path string, fn func(w http.ResponseWriter, r *http.Request, n int)) {
	h.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.reqs = append(h.reqs, r.Clone(context.Background()))
		n := len(h.reqs)
		h.mu.Unlock()
		fn(w, r, n)
	})
}

func (h *harness) requests() []*http.Request {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]*http.Request(nil), h.reqs...)
}

func (h *harness) recordedSleeps() []time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]time.Duration(nil), h.sleeps...)
}

// checkHeaders asserts the documented request headers, exactly.
func checkHeaders(t *testing.T, r *http.Request, token string) {
	t.Helper()
	want := map[string]string{
		"Accept":        "application/json",
		"Content-Type":  "application/json",
		"Authorization": "Bearer " + token,
		"X-Api-Key":     testKey,
		"User-Agent":    testUA,
	}
	for k, v := range want {
		if got := r.Header.Get(k); got != v {
			t.Errorf("header %s = %q, want %q", k, got, v)
		}
	}
	for _, k := range []string{"X-Request-Id", "X-Correlation-Id"} {
		if _, err := uuid.Parse(r.Header.Get(k)); err != nil {
			t.Errorf("header %s = %q is not a UUID", k, r.Header.Get(k))
		}
	}
	if r.Method != http.MethodGet || r.URL.RawQuery != "" {
		t.Errorf("request %s %s, want a plain GET", r.Method, r.URL)
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assertNoSecret fails when an error, however formatted, shows a credential.
func assertNoSecret(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if strings.Contains(s, testToken) || strings.Contains(s, testKey) {
			t.Fatalf("secret leaked into %q", s)
		}
	}
}

func TestGetCustomerSendsDocumentedRequest(t *testing.T) {
	h := setup(t)
	body := readTestdata(t, "customer-get.json")
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})
	c, err := h.client.GetCustomer(context.Background(), testID)
	if err != nil {
		t.Fatalf("GetCustomer: %v", err)
	}
	reqs := h.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	checkHeaders(t, reqs[0], testToken)
	if reqs[0].URL.Path != "/v3/customers/"+testID {
		t.Errorf("path %q", reqs[0].URL.Path)
	}
	if c.CustomerID != testID || string(c.Raw) != string(body) {
		t.Errorf("customer %q, raw kept: %v", c.CustomerID, string(c.Raw) == string(body))
	}
}

func TestGetCustomerEscapesUnicodeID(t *testing.T) {
	h := setup(t)
	var got string
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		got = r.URL.EscapedPath()
		_, _ = w.Write([]byte(`{"customerId":"Émile-42"}`))
	})
	if _, err := h.client.GetCustomer(context.Background(), "Émile-42"); err != nil {
		t.Fatal(err)
	}
	if got != "/v3/customers/%C3%89mile-42" {
		t.Errorf("escaped path %q", got)
	}
}

func TestGetCustomerRefusesBeforeSending(t *testing.T) {
	cases := []struct {
		name string
		opts []Option
		id   string
		want error
	}{
		{"bad id", nil, "12 4", ErrInvalidID},
		{"short id", nil, "123", ErrInvalidID},
		{"no api key", []Option{WithAPIKey("")}, testID, ErrNoCredentials},
		{"no token source", []Option{WithTokenSource(nil)}, testID, ErrNoCredentials},
		{"empty token", []Option{WithTokenSource(StaticToken(secret.New("")))}, testID, ErrNoCredentials},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := setup(t, tc.opts...)
			h.handle("/", func(w http.ResponseWriter, _ *http.Request, _ int) {})
			_, err := h.client.GetCustomer(context.Background(), tc.id)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if n := len(h.requests()); n != 0 {
				t.Fatalf("%d requests sent, want none", n)
			}
		})
	}
}

type failingSource struct{ err error }

func (f failingSource) Token(context.Context) (secret.Secret, error) { return secret.Secret{}, f.err }

func TestTokenSourceFailureIsCredentialsProblem(t *testing.T) {
	h := setup(t, WithTokenSource(failingSource{errors.New("invalid_client")}))
	_, err := h.client.GetCustomer(context.Background(), testID)
	d := Describe(err)
	if err == nil || d.Kind != KindCredentials || !strings.Contains(d.Meaning, "invalid_client") {
		t.Fatalf("err %v described as %+v", err, d)
	}
	if len(h.requests()) != 0 {
		t.Fatal("a request was sent without a token")
	}
}

func TestNewClientURLRules(t *testing.T) {
	cases := []struct {
		url     string
		ok      bool
		wantURL string
	}{
		{"https://partners.adobe.io", true, "https://partners.adobe.io"},
		{"https://partnersandbox-stage.adobe.io/", true, "https://partnersandbox-stage.adobe.io"},
		{"https://example.com/prefix/", true, "https://example.com/prefix"},
		{"http://127.0.0.1:8421", true, "http://127.0.0.1:8421"},
		{"http://127.9.9.9", true, "http://127.9.9.9"},
		{"http://[::1]:80", true, "http://[::1]:80"},
		// Names are not trusted, not even localhost: resolving it may ask DNS.
		{"http://LOCALHOST:1", false, ""},
		{"http://localhost:8080", false, ""},
		{"http://partners.adobe.io", false, ""},
		{"http://10.0.0.1", false, ""},
		{"http://localhost.evil.example", false, ""},
		{"ftp://partners.adobe.io", false, ""},
		{"partners.adobe.io", false, ""},
		{"https://", false, ""},
		{"https://user:pw@partners.adobe.io", false, ""},
		{"https://partners.adobe.io/?x=1", false, ""},
		{"://bad", false, ""},
	}
	for _, tc := range cases {
		c, err := NewClient(tc.url)
		if !tc.ok {
			if !errors.Is(err, ErrInsecureURL) {
				t.Errorf("NewClient(%q) err = %v, want ErrInsecureURL", tc.url, err)
			}
			if err != nil && strings.Contains(err.Error(), "pw@") {
				t.Errorf("error echoes the password: %v", err)
			}
			continue
		}
		if err != nil {
			t.Errorf("NewClient(%q): %v", tc.url, err)
			continue
		}
		if c.BaseURL() != tc.wantURL {
			t.Errorf("BaseURL() = %q, want %q", c.BaseURL(), tc.wantURL)
		}
	}
}

func TestStaticTokenNeverPrints(t *testing.T) {
	tok := StaticToken(secret.New(testToken))
	for _, s := range []string{tok.String(), tok.GoString(), sprintAll(tok)} {
		assertNoSecret(t, s)
	}
	got, err := tok.Token(context.Background())
	if err != nil || got.Reveal() != testToken {
		t.Fatalf("Token() = %v, %v", got, err)
	}
}
