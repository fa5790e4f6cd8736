package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// stallFirst is a transport whose first round trip gets no response until
// the attempt times out; later ones go through, free of the attempt deadline
// so a slow machine cannot time them out too.
type stallFirst struct {
	n     atomic.Int32
	mu    sync.Mutex
	first http.Header
	next  http.RoundTripper
}

func (s *stallFirst) RoundTrip(r *http.Request) (*http.Response, error) {
	if s.n.Add(1) == 1 {
		s.mu.Lock()
		s.first = r.Header.Clone()
		s.mu.Unlock()
		<-r.Context().Done()
		return nil, r.Context().Err()
	}
	return s.next.RoundTrip(r.WithContext(context.WithoutCancel(r.Context())))
}

func TestTimeoutRetryKeepsCorrelationID(t *testing.T) {
	st := &stallFirst{next: http.DefaultTransport}
	h := setup(t, WithHTTPClient(&http.Client{Transport: st}), WithAttemptTimeout(time.Millisecond))
	h.handle("/v3/customers/", serve(reply{200, jsonType, `{"customerId":"` + testID + `"}`, nil}))
	if _, err := h.client.GetCustomer(context.Background(), testID); err != nil {
		t.Fatalf("GetCustomer: %v", err)
	}
	reqs := h.requests()
	if len(reqs) != 1 || st.n.Load() != 2 {
		t.Fatalf("server saw %d, transport %d attempts", len(reqs), st.n.Load())
	}
	checkHeaders(t, reqs[0], testToken)
	if got, want := reqs[0].Header.Get("X-Correlation-Id"), st.first.Get("X-Correlation-Id"); got != want {
		t.Errorf("correlation ID changed after a timeout: %s → %s", want, got)
	}
	if reqs[0].Header.Get("X-Request-Id") == st.first.Get("X-Request-Id") {
		t.Errorf("request ID reused")
	}
}

func TestRetryAfterResponseUsesNewIDs(t *testing.T) {
	h := setup(t)
	h.handle("/v3/customers/", serve(reply{503, "", "", nil}, reply{200, jsonType, `{"customerId":"` + testID + `"}`, nil}))
	if _, err := h.client.GetCustomer(context.Background(), testID); err != nil {
		t.Fatal(err)
	}
	reqs := h.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	for _, k := range []string{"X-Correlation-Id", "X-Request-Id"} {
		if reqs[0].Header.Get(k) == reqs[1].Header.Get(k) {
			t.Errorf("%s reused after a response", k)
		}
	}
	if s := h.recordedSleeps(); len(s) != 1 || s[0] < 0 || s[0] > 500*time.Millisecond {
		t.Errorf("first backoff %v, want within the 500ms cap", s)
	}
}

func TestNeverRetriedStatuses(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409} {
		h := setup(t)
		h.handle("/v3/customers/", serve(reply{status, "", "", nil}))
		_, _ = h.client.GetCustomer(context.Background(), testID)
		if n := len(h.requests()); n != 1 {
			t.Errorf("status %d: %d attempts, want 1", status, n)
		}
	}
}

func TestCancelDuringRequestReturnsPromptly(t *testing.T) {
	h := setup(t)
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		close(entered)
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := h.client.GetCustomer(ctx, testID); done <- err }()
	<-entered
	cancel()
	err := <-done // a client that ignored ctx would hang here until the test timeout
	if !errors.Is(err, context.Canceled) || Describe(err).Kind != KindCanceled {
		t.Fatalf("err = %v", err)
	}
	if len(h.requests()) != 1 {
		t.Fatalf("retried after cancel")
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	h := setup(t)
	sleeping := make(chan struct{})
	h.client.retry.Sleep = func(ctx context.Context, d time.Duration) error {
		close(sleeping)
		return sleepCtx(ctx, time.Hour) // the real sleeper: only ctx can end it
	}
	h.handle("/v3/customers/", serve(reply{503, "", "", nil}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := h.client.GetCustomer(ctx, testID); done <- err }()
	<-sleeping
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// mintingSource hands out "old" until invalidated, then "new".
type mintingSource struct {
	mu          sync.Mutex
	current     string
	invalidated []string
}

func (m *mintingSource) Token(context.Context) (secret.Secret, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return secret.New(m.current), nil
}

func (m *mintingSource) Invalidate(rejected secret.Secret) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.invalidated = append(m.invalidated, rejected.Reveal())
	m.current = "new"
}

var _ Invalidator = (*mintingSource)(nil)

func TestUnauthorizedRemintsOnce(t *testing.T) {
	for _, acceptNew := range []bool{true, false} {
		src := &mintingSource{current: "old"}
		h := setup(t, WithTokenSource(src))
		h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
			if acceptNew && r.Header.Get("Authorization") == "Bearer new" {
				_, _ = w.Write([]byte(`{"customerId":"` + testID + `"}`))
				return
			}
			w.WriteHeader(http.StatusUnauthorized)
		})
		_, err := h.client.GetCustomer(context.Background(), testID)
		reqs := h.requests()
		if len(reqs) != 2 || len(src.invalidated) != 1 || src.invalidated[0] != "old" {
			t.Fatalf("accept=%v: %d requests, invalidated %v", acceptNew, len(reqs), src.invalidated)
		}
		checkHeaders(t, reqs[0], "old")
		checkHeaders(t, reqs[1], "new")
		var e *Error
		if acceptNew != (err == nil) || (!acceptNew && (!errors.As(err, &e) || e.StatusCode != 401)) {
			t.Fatalf("accept=%v: err = %v", acceptNew, err)
		}
	}
}

func TestBackoffIsCappedFullJitter(t *testing.T) {
	c, _ := NewClient("https://example.com")
	var ceilings []int64
	c.jitter = func(n int64) int64 { ceilings = append(ceilings, n); return n - 1 }
	for attempt := 1; attempt <= 8; attempt++ {
		_ = c.backoff(attempt, outcome{})
	}
	want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second, 10 * time.Second}
	for i, w := range want {
		if ceilings[i] != int64(w)+1 {
			t.Errorf("attempt %d: ceiling %v, want %v", i+1, time.Duration(ceilings[i]), w)
		}
	}
	if d := c.backoff(1, outcome{wait: 3 * time.Second, hasWait: true}); d != 3*time.Second {
		t.Errorf("Retry-After not honoured: %v", d)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 8, 19, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"0", 0, true},
		{"7", 7 * time.Second, true},
		{" 120 ", 120 * time.Second, true},
		{"99999999999999999999", 1e9 * time.Second, true},
		{"Wed, 19 Aug 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Wednesday, 19-Aug-26 12:01:00 GMT", time.Minute, true},
		{"Wed, 19 Aug 2026 11:00:00 GMT", 0, false},
		{"-5", 0, false},
		{"+5", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tc := range cases {
		got, ok := RetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("RetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"0", "5", "-1", "Wed, 19 Aug 2026 12:00:30 GMT", "garbage", "99999999999999999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 8, 19, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, h string) {
		d, ok := RetryAfter(h, now)
		if d < 0 || (!ok && d != 0) {
			t.Fatalf("RetryAfter(%q) = %v, %v", h, d, ok)
		}
		if n, err := strconv.Atoi(h); err == nil && n >= 0 && n < 1e6 && h == strconv.Itoa(n) && (!ok || d != time.Duration(n)*time.Second) {
			t.Fatalf("RetryAfter(%q) = %v, %v", h, d, ok)
		}
	})
}

func TestConnectionRefusedIsRetried(t *testing.T) {
	h := setup(t)
	h.srv.Close() // nothing listens there any more
	_, err := h.client.GetCustomer(context.Background(), testID)
	d := Describe(err)
	if d.Title != "Cannot reach the API" || KindExit(d.Kind) != 6 {
		t.Fatalf("err %v described as %+v", err, d)
	}
	if !strings.Contains(err.Error(), "gave up after 3 attempts") || len(h.recordedSleeps()) != 2 {
		t.Errorf("err %q, slept %v", err, h.recordedSleeps())
	}
	assertNoSecret(t, err.Error())
}
