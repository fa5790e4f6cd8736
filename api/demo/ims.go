package demo

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"strings"
)

// tokenLifetime is what Adobe IMS reports for client-credentials tokens.
const tokenLifetime = 86399

// knownScopes are the scopes the demo IMS grants: the default vipcx sends
// (vip-api.md §2.3) and nothing else.
var knownScopes = map[string]bool{"openid": true, "AdobeID": true, "read_organizations": true}

// imsError is the IMS error shape, which differs from the partner API's.
type imsError struct {
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

// tokenReply is a successful token response.
type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
}

// token serves POST /ims/token/v3. Only the form body is read: the real IMS
// also accepts the query string, but a client that put its secret in a URL
// must fail here rather than pass.
func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSON(w, http.StatusMethodNotAllowed, imsError{"method_not_allowed", "use POST"})
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusBadRequest, imsError{"invalid_request", "unreadable form body"})
		return
	}
	f := r.PostForm
	switch {
	case f.Get("grant_type") != "client_credentials":
		writeJSON(w, http.StatusBadRequest, imsError{"unsupported_grant_type", "unsupported grant_type parameter"})
	case !equal(f.Get("client_id"), DemoAPIKey) || !equal(f.Get("client_secret"), DemoClientSecret):
		writeJSON(w, http.StatusUnauthorized, imsError{"invalid_client", "invalid client_id parameter"})
	case !validScope(f.Get("scope")):
		writeJSON(w, http.StatusBadRequest, imsError{"invalid_scope", "invalid scope parameter"})
	default:
		writeJSON(w, http.StatusOK, tokenReply{AccessToken: s.mint(), TokenType: "bearer", ExpiresIn: tokenLifetime})
	}
}

// validScope accepts a comma-separated list of known scopes.
func validScope(scope string) bool {
	if scope == "" {
		return false
	}
	for sc := range strings.SplitSeq(scope, ",") {
		if !knownScopes[strings.TrimSpace(sc)] {
			return false
		}
	}
	return true
}

// mint creates, records and returns a new random token.
func (s *Server) mint() string {
	tok := "demo-ims-" + rand.Text()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.live[tok] = struct{}{}
	s.minted++
	return tok
}

// writeJSON sends v as the IMS does, with caching forbidden: a token
// response must never be stored by a proxy.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
