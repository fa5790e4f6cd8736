package hostile

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// CustomersPath is where scenarios are served: CustomersPath + scenario ID.
const CustomersPath = "/v3/customers/"

// Server is a hostile partner API on a loopback httptest server, plain or
// TLS, with a second, foreign host that redirect scenarios point at. Every
// scenario of Scenarios is installed; Handle adds or replaces one.
type Server struct {
	// URL is the base URL to give the client (no trailing slash).
	URL string

	srv   *httptest.Server
	other *httptest.Server
	quit  chan struct{}

	mu       sync.Mutex
	handlers map[string]http.Handler
	hits     map[string]int
	foreign  []http.Header
}

// New starts a plain-http hostile server, closed when the test ends.
func New(t testing.TB) *Server { return start(t, false) }

// NewTLS starts the TLS variant; give the client Client() so it trusts the
// test certificate. Only on it does the "downgrade" scenario mean anything.
func NewTLS(t testing.TB) *Server { return start(t, true) }

func start(t testing.TB, useTLS bool) *Server {
	t.Helper()
	s := &Server{quit: make(chan struct{}), handlers: map[string]http.Handler{}, hits: map[string]int{}}
	s.other = httptest.NewServer(http.HandlerFunc(s.serveForeign))
	for _, sc := range Scenarios() {
		s.handlers[sc.ID] = sc.handler(s)
	}
	s.installLists()
	if useTLS {
		s.srv = httptest.NewTLSServer(s)
	} else {
		s.srv = httptest.NewServer(s)
	}
	s.URL = s.srv.URL
	t.Cleanup(s.close)
	return s
}

// close releases handlers that are still stalling, then stops both servers
// (httptest's Close waits for running handlers).
func (s *Server) close() {
	close(s.quit)
	s.srv.Close()
	s.other.Close()
}

// Client is an *http.Client that trusts the server's certificate (for the
// TLS variant) and follows Go's default redirect policy; the API client is
// expected to add its own.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Handle installs h for customer ID id, replacing any scenario of that name.
func (s *Server) Handle(id string, h http.Handler) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[id] = h
}

// Hits is how many requests reached scenario id: 1 for an answer that was
// not retried, the attempt count for one that was. For an IMS scenario,
// pass IMSPath + name.
func (s *Server) Hits(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[id]
}

// ForeignURL is the other host's base URL, where redirect scenarios send
// the client.
func (s *Server) ForeignURL() string { return s.other.URL }

// Foreign returns the headers of every request that reached the other host.
// A client that keeps credentials at home leaves it empty.
func (s *Server) Foreign() []http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]http.Header(nil), s.foreign...)
}

// Quit is closed when the test ends, so stalling handlers can return.
func (s *Server) Quit() <-chan struct{} { return s.quit }

// ServeHTTP routes /v3/customers/<id> to the scenario named id, and
// /v3/customers/<id>/orders (or /subscriptions) and
// /v3/resellers/<id>/customers to list scenarios. Unknown customer IDs
// get Adobe's 404 (code 1116), so a typo in a test shows up as exit 4.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, IMSPath) {
		s.serveIMS(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, ResellersPath) {
		s.serveReseller(w, r)
		return
	}
	id, ok := strings.CutPrefix(r.URL.Path, CustomersPath)
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	h := s.handlers[id]
	s.hits[id]++
	s.mu.Unlock()
	if h == nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"code":"1116","message":"Invalid Customer"}`))
		return
	}
	h.ServeHTTP(w, r)
}

// serveForeign records what reached the other host and answers with a
// customer, so a client that followed the redirect would look successful
// (and the test must look at Foreign to notice).
func (s *Server) serveForeign(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.foreign = append(s.foreign, r.Header.Clone())
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, Marshal(Customer()))
}

// writeJSON answers status with body as application/json.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
