package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/vipcx/vipcx/secret"
)

func TestPing(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/partnerservice/ping" {
			t.Errorf("path %q", r.URL.Path)
		}
		if r.Header.Get("Authorization") != "Bearer good" || r.Header.Get("X-Api-Key") != "key" {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"code":"4116","message":"Authorization token is invalid"}`))
			return
		}
		_, _ = w.Write([]byte("pong"))
	}))
	defer srv.Close()
	for tok, wantStatus := range map[string]int{"good": 0, "bad": 401} {
		c, err := NewClient(srv.URL, WithAPIKey("key"), WithTokenSource(StaticToken(secret.New(tok))))
		if err != nil {
			t.Fatal(err)
		}
		err = c.Ping(context.Background())
		var e *Error
		switch {
		case wantStatus == 0 && err != nil:
			t.Fatalf("ping with a good token: %v", err)
		case wantStatus != 0 && (!errors.As(err, &e) || e.StatusCode != wantStatus || e.Code != "4116"):
			t.Fatalf("ping with a bad token: %v", err)
		}
	}
}
