package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// request builds a GET for id with every header the real API wants; edit
// lets a test break one of them.
func request(id string, edit func(h http.Header)) *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/v3/customers/"+url.PathEscape(id), nil)
	r.Header.Set("Accept", "application/json")
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Authorization", "Bearer "+DemoToken)
	r.Header.Set("X-Api-Key", DemoAPIKey)
	r.Header.Set("X-Request-Id", "req-1")
	r.Header.Set("X-Correlation-Id", "corr-1")
	if edit != nil {
		edit(r.Header)
	}
	return r
}

func serve(s *Server, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// wantAdobeError asserts status, JSON content type and the body's code.
func wantAdobeError(t *testing.T, w *httptest.ResponseRecorder, status int, code string) {
	t.Helper()
	if w.Code != status {
		t.Errorf("status = %d, want %d (body %s)", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var e struct {
		Code              string   `json:"code"`
		Message           string   `json:"message"`
		AdditionalDetails []string `json:"additionalDetails"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("body %q is not an Adobe error: %v", w.Body, err)
	}
	if e.Code != code || e.Message == "" || e.AdditionalDetails == nil {
		t.Errorf("error body = %+v, want code %s, a message and additionalDetails", e, code)
	}
}

func TestCustomerServedAsIs(t *testing.T) {
	s := New()
	for id, want := range fixtures() {
		if id == slowID {
			continue
		}
		w := serve(s, request(id, nil))
		if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), want) {
			t.Errorf("%s: status %d, body differs from the fixture: %v", id, w.Code, !bytes.Equal(w.Body.Bytes(), want))
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s: Content-Type = %q", id, ct)
		}
		if got := w.Header().Get("X-Request-Id"); got != "req-1" {
			t.Errorf("%s: X-Request-Id = %q, want the request's echoed", id, got)
		}
	}
}

func TestHeaderChecks(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(h http.Header)
		status int
		code   string
	}{
		{"no correlation id", func(h http.Header) { h.Del("X-Correlation-Id") }, 400, "4119"},
		{"no api key", func(h http.Header) { h.Del("X-Api-Key") }, 403, "4115"},
		{"wrong api key", func(h http.Header) { h.Set("X-Api-Key", "nope") }, 403, "4115"},
		{"no authorization", func(h http.Header) { h.Del("Authorization") }, 403, "4117"},
		{"unknown token", func(h http.Header) { h.Set("Authorization", "Bearer forged") }, 401, "4116"},
		{"not a bearer token", func(h http.Header) { h.Set("Authorization", "Basic "+DemoToken) }, 401, "4116"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAdobeError(t, serve(New(), request("9876543210", tt.edit)), tt.status, tt.code)
		})
	}
}

func TestLowercaseBearerAccepted(t *testing.T) {
	w := serve(New(), request("9876543210", func(h http.Header) { h.Set("Authorization", "bearer "+DemoToken) }))
	if w.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", w.Code)
	}
}

func TestRequestIDGeneratedWhenAbsent(t *testing.T) {
	w := serve(New(), request("9876543210", func(h http.Header) { h.Del("X-Request-Id") }))
	if len(w.Header().Get("X-Request-Id")) != 36 {
		t.Errorf("X-Request-Id = %q, want a generated UUID", w.Header().Get("X-Request-Id"))
	}
}

func TestUnknownCustomer(t *testing.T) {
	for _, id := range []string{"0000000000", "東京-1234"} {
		wantAdobeError(t, serve(New(), request(id, nil)), 404, "1116")
	}
}

func TestNonGETRejected(t *testing.T) {
	r := request("9876543210", nil)
	r.Method = http.MethodPost
	w := serve(New(), r)
	wantAdobeError(t, w, http.StatusMethodNotAllowed, "405")
	if w.Header().Get("Allow") != http.MethodGet {
		t.Errorf("Allow = %q", w.Header().Get("Allow"))
	}
}

func TestErrorIDs(t *testing.T) {
	tests := []struct {
		id     string
		status int
		code   string
	}{
		{"demo-400", 400, "4120"}, {"demo-401", 401, "4116"}, {"demo-403", 403, "4121"},
		{"demo-404", 404, "1116"}, {"demo-429", 429, "4118"}, {"demo-500", 500, "1124"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			w := serve(New(), request(tt.id, nil))
			wantAdobeError(t, w, tt.status, tt.code)
			if ra := w.Header().Get("Retry-After"); ra != "" {
				t.Errorf("Retry-After = %q, want none (Adobe documents no Retry-After)", ra)
			}
		})
	}
}

func TestGatewayHTML(t *testing.T) {
	w := serve(New(), request("demo-502", nil))
	if w.Code != http.StatusBadGateway || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("demo-502: status %d, Content-Type %q", w.Code, w.Header().Get("Content-Type"))
	}
	if json.Valid(w.Body.Bytes()) {
		t.Error("demo-502 body should not be JSON")
	}
}

func TestErrorIDsStillNeedCredentials(t *testing.T) {
	wantAdobeError(t, serve(New(), request("demo-500", func(h http.Header) { h.Del("X-Api-Key") })), 403, "4115")
}

func TestSlowAnswersAfterDelay(t *testing.T) {
	w := serve(New(WithSlowDelay(time.Nanosecond)), request(slowID, nil))
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), fixtures()[slowID]) {
		t.Fatalf("demo-slow: status %d", w.Code)
	}
}

func TestSlowStopsWhenRequestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := httptest.NewRecorder()
	// An hour-long delay: this test only returns if cancellation ends the wait.
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("cancelled slow request: recovered %v, want http.ErrAbortHandler", v)
		}
		if w.Body.Len() != 0 {
			t.Errorf("cancelled slow request wrote %d bytes", w.Body.Len())
		}
	}()
	New(WithSlowDelay(time.Hour)).ServeHTTP(w, request(slowID, nil).WithContext(ctx))
}

func TestPing(t *testing.T) {
	s := New()
	plain := httptest.NewRequest(http.MethodGet, "/partnerservice/ping", nil)
	if w := serve(s, plain); w.Code != 200 || w.Body.String() != "pong" {
		t.Errorf("plain ping: %d %q", w.Code, w.Body)
	}
	authed := httptest.NewRequest(http.MethodGet, "/partnerservice/ping", nil)
	authed.Header.Set("Authorization", "Bearer forged")
	authed.Header.Set("X-Api-Key", DemoAPIKey)
	wantAdobeError(t, serve(s, authed), 401, "4116")
}

func TestUnknownPath(t *testing.T) {
	wantAdobeError(t, serve(New(), httptest.NewRequest(http.MethodGet, "/v3/nowhere/1", nil)), 404, "404")
}

func TestAccessLogNeverHoldsCredentials(t *testing.T) {
	var buf bytes.Buffer
	s := New(WithLogger(slog.New(slog.NewTextHandler(&buf, nil))))
	serve(s, request("9876543210", nil))
	serve(s, tokenRequest(validForm(), "client_secret="+DemoClientSecret))
	log := buf.String()
	for _, want := range []string{"method=GET", "path=/v3/customers/9876543210", "status=200", "path=/ims/token/v3", "method=POST"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	for _, secret := range []string{DemoAPIKey, DemoToken, DemoClientSecret, "demo-ims-"} {
		if strings.Contains(log, secret) {
			t.Errorf("log holds %q:\n%s", secret, log)
		}
	}
}
