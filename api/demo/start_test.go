package demo

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// get sends a GET with the demo's credentials; safe to call off the test goroutine.
func get(c *http.Client, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+DemoToken)
	req.Header.Set("X-Api-Key", DemoAPIKey)
	req.Header.Set("X-Correlation-Id", "corr")
	return c.Do(req)
}

func TestStartServesOnLoopbackAndStops(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	base, stop, err := Start(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("base URL = %q, want loopback", base)
	}
	c := &http.Client{Transport: &http.Transport{}}
	resp, err := get(c, base+"/v3/customers/9876543210")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != string(fixtures()["9876543210"]) {
		t.Errorf("GET: %d, body matches fixture: %v", resp.StatusCode, string(body) == string(fixtures()["9876543210"]))
	}
	c.CloseIdleConnections()
	stop()
	stop() // idempotent
	if _, err := get(c, base+"/partnerservice/ping"); err == nil {
		t.Error("server still answers after stop")
	}
	c.CloseIdleConnections()
}

func TestStopEndsSlowRequests(t *testing.T) {
	waiting := make(chan struct{})
	// The sleeper says when the handler is waiting, then waits as the real
	// one does, so stop() is known to meet a request in flight.
	sleeper := func(s *Server) {
		s.sleep = func(ctx context.Context, d time.Duration) bool {
			close(waiting)
			return sleepCtx(ctx, d)
		}
	}
	base, stop, err := Start(context.Background(), "127.0.0.1:0", WithSlowDelay(time.Hour), sleeper)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Transport: &http.Transport{}}
	defer c.CloseIdleConnections()
	errc := make(chan error, 1)
	go func() {
		resp, err := get(c, base+"/v3/customers/demo-slow")
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	<-waiting
	stop() // returns although the handler was told to wait an hour
	if <-errc == nil {
		t.Error("slow request got an answer after stop; want the connection aborted")
	}
}

func TestStartStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	base, stop, err := Start(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	stop() // waits for the shutdown the cancelled context began
	c := &http.Client{Transport: &http.Transport{}}
	defer c.CloseIdleConnections()
	if _, err := get(c, base+"/partnerservice/ping"); err == nil {
		t.Error("server still answers after its context ended")
	}
}

func TestStartRefusesBusyAddress(t *testing.T) {
	base, stop, err := Start(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, _, err := Start(context.Background(), strings.TrimPrefix(base, "http://")); err == nil {
		t.Error("second Start on the same address succeeded")
	}
}

func TestStartCapsHeaderSize(t *testing.T) {
	base, stop, err := Start(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	c := &http.Client{Transport: &http.Transport{}}
	defer c.CloseIdleConnections()
	req, _ := http.NewRequest(http.MethodGet, base+"/partnerservice/ping", nil)
	req.Header.Set("X-Padding", strings.Repeat("a", 200<<10)) // under net/http's 1 MiB default
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("200 KiB of headers: status %d, want 431", resp.StatusCode)
	}
}
