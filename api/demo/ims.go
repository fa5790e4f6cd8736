package demo

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// tokenLifetime is what Adobe IMS reports for client-credentials tokens.
const tokenLifetime = 86399

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

// validScope accepts any non-empty scope: Adobe documents no OAuth scopes
// for this API, and users paste whatever their Developer Console
// credential lists.
func validScope(scope string) bool {
	return strings.TrimSpace(scope) != ""
}

// tokenPrefix starts every minted token.
const tokenPrefix = "demo-ims-"

// mint returns a new token. Tokens are stateless: a random nonce, the
// revocation epoch and the expiry, signed with the server's key, so the
// server keeps no list of them and memory stays flat however many are minted.
func (s *Server) mint() string {
	s.mu.Lock()
	s.minted++
	epoch := s.epoch
	s.mu.Unlock()
	payload := make([]byte, 16, 32)
	_, _ = rand.Read(payload) // never fails (crypto/rand documents it)
	payload = binary.BigEndian.AppendUint64(payload, epoch)
	payload = binary.BigEndian.AppendUint64(payload, uint64(s.now().Add(tokenLifetime*time.Second).Unix()))
	return tokenPrefix + base64.RawURLEncoding.EncodeToString(append(payload, s.sign(payload)...))
}

// liveToken reports whether tok was minted here, since the last
// RevokeTokens, and has not expired.
func (s *Server) liveToken(tok string) bool {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(tok, tokenPrefix))
	if !strings.HasPrefix(tok, tokenPrefix) || err != nil || len(raw) != 32+sha256.Size {
		return false
	}
	payload, mac := raw[:32], raw[32:]
	if !hmac.Equal(mac, s.sign(payload)) {
		return false
	}
	s.mu.Lock()
	epoch := s.epoch
	s.mu.Unlock()
	expiry := int64(binary.BigEndian.Uint64(payload[24:]))
	return binary.BigEndian.Uint64(payload[16:24]) == epoch && s.now().Unix() < expiry
}

// sign is the HMAC of a token payload under the server's key.
func (s *Server) sign(payload []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write(payload)
	return m.Sum(nil)
}

// writeJSON sends v as the IMS does, with caching forbidden: a token
// response must never be stored by a proxy.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
