package demo

import (
	"context"
	"crypto/rand"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// defaultSlowDelay is long enough to see the spinner and press Esc, short
// enough that a forgotten request still ends.
const defaultSlowDelay = 8 * time.Second

// Server is the demo API and the demo IMS in one http.Handler. It is safe
// for concurrent use.
type Server struct {
	mux       *http.ServeMux
	slowDelay time.Duration
	sleep     func(ctx context.Context, d time.Duration) bool // sleepCtx; tests swap it
	log       *slog.Logger

	key []byte           // signs minted tokens; random per server
	now func() time.Time // the clock of token expiry; tests swap it

	mu        sync.Mutex
	epoch     uint64 // RevokeTokens bumps it; tokens of older epochs fail
	minted    int
	throttled int // attempts on demo-429
}

// Option configures a Server.
type Option func(*Server)

// WithSlowDelay sets how long demo-slow takes to answer (default 8s). The
// wait ends early when the request's context ends.
func WithSlowDelay(d time.Duration) Option {
	return func(s *Server) { s.slowDelay = d }
}

// WithLogger sets an access log: method, path and status of each request.
// Headers, query strings and bodies are never logged, because they carry
// the API key, tokens and (on the IMS endpoint) the client secret.
func WithLogger(l *slog.Logger) Option {
	return func(s *Server) { s.log = l }
}

// New returns a demo server with every fixture loaded.
func New(opts ...Option) *Server {
	s := &Server{slowDelay: defaultSlowDelay, sleep: sleepCtx, key: make([]byte, 32), now: time.Now}
	_, _ = rand.Read(s.key) // never fails (crypto/rand documents it)
	for _, o := range opts {
		o(s)
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/v3/customers/{id}", s.customer)
	s.mux.HandleFunc("/v3/customers/{id}/subscriptions", s.subscriptions)
	s.mux.HandleFunc("/v3/customers/{id}/orders", s.orders)
	s.mux.HandleFunc("/v3/resellers/{rid}", s.reseller)
	s.mux.HandleFunc("/v3/resellers/{rid}/customers", s.customerList)
	s.mux.HandleFunc("/ims/token/v3", s.token)
	s.mux.HandleFunc("/partnerservice/ping", s.ping)
	s.mux.HandleFunc("/", notFound)
	return s
}

var _ http.Handler = (*Server)(nil)

// ServeHTTP routes a request and, when a logger is set, logs it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.log == nil {
		s.mux.ServeHTTP(w, r)
		return
	}
	sw := &statusWriter{ResponseWriter: w}
	defer s.logRequest(r, sw) // deferred, so aborted requests are logged too
	s.mux.ServeHTTP(sw, r)
}

// logRequest writes one access-log line. It logs the path only: the IMS
// takes no secrets in the query, but a buggy client might still put them
// there, and the log must not keep them.
func (s *Server) logRequest(r *http.Request, sw *statusWriter) {
	status := any(sw.status)
	if sw.status == 0 {
		status = "aborted" // no answer: the request was cancelled
	}
	s.log.LogAttrs(r.Context(), slog.LevelInfo, "demo request",
		slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("status", status))
}

// MintCount reports how many tokens the IMS endpoint has minted, so tests
// can tell "minted once, reused" from "minted on every call".
func (s *Server) MintCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.minted
}

// RevokeTokens invalidates every minted token, so the API answers 401/4116
// until the client mints a new one. DemoToken stays valid.
func (s *Server) RevokeTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.epoch++
}

// statusWriter remembers the status code for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// notFound answers paths the demo does not serve, in Adobe's error shape.
func notFound(w http.ResponseWriter, _ *http.Request) {
	writeAdobeError(w, http.StatusNotFound, "404", msgResourceNotFound)
}
