package api

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// A server that speaks only TLS 1.0 is a TLS failure, made once: retrying
// cannot change the versions it offers.
func TestTLS10ServerIsNotRetried(t *testing.T) {
	var hits, handshakes atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits.Add(1) }))
	srv.TLS = &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS10}
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			handshakes.Add(1)
		}
	}
	srv.StartTLS()
	defer srv.Close()
	c, err := NewClient(srv.URL, WithHTTPClient(srv.Client()), WithAPIKey("key-0123456789"),
		WithTokenSource(StaticToken(secret.New("tok-0123456789"))),
		WithRetryPolicy(RetryPolicy{Sleep: func(context.Context, time.Duration) error { return nil }}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetCustomer(context.Background(), "1005512199")
	if err == nil || !isTLSFailure(err) {
		t.Fatalf("err = %v, want a TLS failure", err)
	}
	var e *Error
	if errors.As(err, &e) || hits.Load() != 0 {
		t.Fatalf("got a response: %v", err)
	}
	if handshakes.Load() != 1 {
		t.Errorf("%d connections, want 1 (no retry)", handshakes.Load())
	}
}
