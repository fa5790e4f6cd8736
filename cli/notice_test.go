package cli

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
)

func TestRetryTextWordsEveryCause(t *testing.T) {
	cases := []struct {
		n    api.RetryNotice
		want string
	}{
		{api.RetryNotice{Resource: "customers", Status: 429, Attempt: 2, MaxAttempts: 3, Wait: 5200 * time.Millisecond},
			"notice: customers: 429 rate limited — retry 2 of 3 in 6 s"},
		{api.RetryNotice{Resource: "orders", Status: 503, Code: "1124", Attempt: 3, MaxAttempts: 3, Wait: 400 * time.Millisecond},
			"notice: orders: 503 server error — retry 3 of 3 in 1 s"},
		{api.RetryNotice{Status: 0, Attempt: 2, MaxAttempts: 3, Wait: time.Second},
			"notice: no response — retry 2 of 3 in 1 s"},
		{api.RetryNotice{Resource: "customer", Status: 429, Code: "\x1b]0;x\x07", Attempt: 2, MaxAttempts: 3, Wait: time.Second},
			"notice: customer: 429 rate limited — retry 2 of 3 in 1 s"},
	}
	for _, c := range cases {
		if got := retryText(c.n); got != c.want {
			t.Errorf("retryText(%+v) = %q, want %q", c.n, got, c.want)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for the watcher's goroutine, which
// signals each write.
type syncBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	wrote chan struct{}
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case s.wrote <- struct{}{}:
	default:
	}
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWatchSaysStillWaitingAndStopsCleanly: past slowAfter a line says
// the fetch is still running; after done returns nothing more is written.
func TestWatchSaysStillWaitingAndStopsCleanly(t *testing.T) {
	buf := &syncBuffer{wrote: make(chan struct{}, 1)}
	a := &app{io: IO{Err: buf}, slowAfter: time.Millisecond}
	_, done := a.watch(context.Background(), "the order history")
	<-buf.wrote
	done()
	got := buf.String()
	if !strings.HasPrefix(got, "notice: still waiting for the order history — ") || !strings.HasSuffix(got, " so far\n") {
		t.Fatalf("stderr %q", got)
	}
	done() // a second call is harmless
	if buf.String() != got {
		t.Error("written after done")
	}
}

// TestRetryNoticesAreWholeLines writes notices from many goroutines, as
// concurrent pages do, into a writer that is not safe for concurrent use
// (run with -race to see a missing lock) and checks no line is torn.
func TestRetryNoticesAreWholeLines(t *testing.T) {
	var buf bytes.Buffer
	w := &lineWriter{w: &buf}
	n := api.RetryNotice{Resource: "orders", Status: 429, Attempt: 2, MaxAttempts: 3, Wait: 5 * time.Second}
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.line(retryText(n))
		}()
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		if l != "notice: orders: 429 rate limited — retry 2 of 3 in 5 s" {
			t.Fatalf("torn line %q", l)
		}
	}
}
