package demo

import (
	"context"
	"testing"
)

// TestServerBoundsEveryPhase: every timeout of the demo server is set, and
// headers are capped, so a slow or idle client cannot pin a connection.
func TestServerBoundsEveryPhase(t *testing.T) {
	srv := newHTTPServer(New(), context.Background())
	for name, d := range map[string]int64{
		"ReadHeaderTimeout": int64(srv.ReadHeaderTimeout), "ReadTimeout": int64(srv.ReadTimeout),
		"WriteTimeout": int64(srv.WriteTimeout), "IdleTimeout": int64(srv.IdleTimeout),
		"MaxHeaderBytes": int64(srv.MaxHeaderBytes),
	} {
		if d <= 0 {
			t.Errorf("%s is not set", name)
		}
	}
}
