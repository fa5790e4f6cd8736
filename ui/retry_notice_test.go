package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/secret"
)

// While a fetch waits to retry, the loading screen says why and for how
// long, and counts the seconds of a slow fetch; a notice of a fetch no
// longer shown is dropped and not waited for again.
func TestLoadingScreenShowsRetryWaitAndElapsed(t *testing.T) {
	o, _ := demoOptions(t)
	clock := testToday
	o.Now = func() time.Time { return clock }
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	seq := h.m.fetch.awaiting
	clock = clock.Add(3 * time.Second)
	n := api.RetryNotice{Resource: "customer", Status: 429, Code: "4118", Attempt: 2, MaxAttempts: 3, Wait: 5 * time.Second}
	h.send(retryNoticeMsg{seq: seq - 1, notice: n})
	if v := h.m.View(); strings.Contains(v, "rate limited") {
		t.Fatalf("a stale notice was shown:\n%s", v)
	}
	h.held = nil
	h.send(retryNoticeMsg{seq: seq, notice: n, next: func() tea.Msg { return nil }})
	v := h.m.View()
	for _, want := range []string{"429 rate limited — retry 2 of 3 in 5 s", "3 s", "Fetching customer 9876543210"} {
		if !strings.Contains(v, want) {
			t.Errorf("loading view lacks %q:\n%s", want, v)
		}
	}
	if len(h.held) != 1 {
		t.Errorf("the notice waiter was not re-armed: %d commands", len(h.held))
	}
}

// A refresh keeps the customer on show and puts the wait on its one line.
func TestRefreshShowsRetryWaitAboveTheCustomer(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 100, 30)
	h.typeText("9876543210")
	h.press("enter")
	h.hold = true
	h.press("r")
	h.send(retryNoticeMsg{seq: h.m.fetch.awaiting, notice: api.RetryNotice{Status: 503, Attempt: 2, MaxAttempts: 3, Wait: time.Second}})
	v := h.m.View()
	if !strings.Contains(v, "Refreshing… · 503 server error — retry 2 of 3 in 1 s") || !strings.Contains(v, "Fairmont") {
		t.Fatalf("refresh view:\n%s", v)
	}
}

// withNotices carries the api's notices of a real call into messages, and
// its waiter ends with the fetch's context instead of leaking.
func TestWithNoticesDeliversTheAPIsRetryNotice(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(fairmontJSON))
	}))
	defer srv.Close()
	noSleep := func(context.Context, time.Duration) error { return nil }
	c, err := api.NewClient(srv.URL, api.WithAPIKey("k"), api.WithTokenSource(api.StaticToken(secret.New("tok"))),
		api.WithRetryPolicy(api.RetryPolicy{Sleep: noSleep}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	nctx, wait := withNotices(ctx, 7)
	if _, err := c.GetCustomer(nctx, "9876543210"); err != nil {
		t.Fatal(err)
	}
	msg, ok := wait().(retryNoticeMsg)
	if !ok || msg.seq != 7 || msg.notice.Status != 429 || msg.notice.Attempt != 2 || msg.next == nil {
		t.Fatalf("wait() = %#v", msg)
	}
	cancel()
	if got := msg.next(); got != nil {
		t.Fatalf("after cancel the waiter returned %#v, want nil", got)
	}
}
