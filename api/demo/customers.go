package demo

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
)

// slowID is the customer that answers only after the slow delay.
const slowID = "demo-slow"

// customer serves GET /v3/customers/{id}: the gateway's header checks first,
// then the canned error IDs, then the fixtures.
func (s *Server) customer(w http.ResponseWriter, r *http.Request) {
	echoRequestID(w, r)
	if !isGet(w, r) || !s.authorized(w, r) || !hasCorrelationID(w, r) {
		return
	}
	id := r.PathValue("id")
	if id == throttledID {
		s.serveThrottled(w)
		return
	}
	if rep, ok := errorReplies[id]; ok {
		rep.write(w)
		return
	}
	body, ok := CustomerJSON(id)
	if !ok {
		writeAdobeError(w, http.StatusNotFound, codeInvalidCustomer, msgInvalidCustomer)
		return
	}
	if id == slowID && !s.sleep(r.Context(), s.slowDelay) {
		// The client gave up or the server is stopping. Abort rather than
		// return: returning would send an empty 200 to a client still waiting.
		panic(http.ErrAbortHandler)
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// authorized applies Adobe I/O's gateway checks (codes 4115-4117,
// https://developer.adobe.com/vipmp/docs/references/error-handling): API key,
// then token presence, then token validity. It writes the error when the
// request fails one.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if !equal(r.Header.Get("X-Api-Key"), DemoAPIKey) {
		writeAdobeError(w, http.StatusForbidden, codeAPIKeyInvalid, msgAPIKeyInvalid)
		return false
	}
	auth := r.Header.Get("Authorization")
	if auth == "" {
		writeAdobeError(w, http.StatusForbidden, codeTokenMissing, msgTokenMissing)
		return false
	}
	if !s.validToken(auth) {
		writeAdobeError(w, http.StatusUnauthorized, codeTokenInvalid, msgTokenInvalid)
		return false
	}
	return true
}

// isGet answers 405 to any method but GET, the only one these routes serve.
func isGet(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet {
		return true
	}
	w.Header().Set("Allow", http.MethodGet)
	writeAdobeError(w, http.StatusMethodNotAllowed, codeMethodNotAllowed, msgMethodNotAllowed)
	return false
}

// hasCorrelationID enforces the header the service itself requires; it is
// checked after the gateway's, as only authenticated calls reach the service.
func hasCorrelationID(w http.ResponseWriter, r *http.Request) bool {
	if strings.TrimSpace(r.Header.Get("X-Correlation-Id")) == "" {
		writeAdobeError(w, http.StatusBadRequest, codeCorrelationID, msgCorrelationID)
		return false
	}
	return true
}

// validToken accepts "Bearer <token>" (scheme case-insensitive) carrying
// DemoToken or a live minted token.
func (s *Server) validToken(auth string) bool {
	scheme, tok, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	tok = strings.TrimSpace(tok)
	if equal(tok, DemoToken) {
		return true
	}
	return s.liveToken(tok)
}

// sleepCtx waits d and reports whether ctx is still live, so a cancelled
// request frees its handler at once.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// ping serves GET /partnerservice/ping. Without credentials it is a plain
// liveness check; with them it is Adobe's "authenticated ping" and checks them.
func (s *Server) ping(w http.ResponseWriter, r *http.Request) {
	echoRequestID(w, r)
	if !isGet(w, r) || (r.Header.Get("Authorization") != "" && !s.authorized(w, r)) {
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("pong"))
}

// echoRequestID returns the caller's X-Request-Id, or a fresh one when none
// was sent, as the real API does; clients log it for support cases.
func echoRequestID(w http.ResponseWriter, r *http.Request) {
	id := r.Header.Get("X-Request-Id")
	if id == "" {
		id = uuid.NewString()
	}
	w.Header().Set("X-Request-Id", id)
}

// equal compares a credential in constant time; the demo has no secrets
// worth timing, but it should not teach the habit of comparing them with ==.
func equal(got, want string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}
