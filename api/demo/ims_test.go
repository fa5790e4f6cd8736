package demo

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

func validForm() url.Values {
	return url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {DemoAPIKey},
		"client_secret": {DemoClientSecret},
		"scope":         {"openid,AdobeID,read_organizations"},
	}
}

// tokenRequest posts form as the body; query, if set, goes in the URL.
func tokenRequest(form url.Values, query string) *http.Request {
	target := "/ims/token/v3"
	if query != "" {
		target += "?" + query
	}
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return r
}

// mintToken asks s for a token and fails the test unless it gets one.
func mintToken(t *testing.T, s *Server) string {
	t.Helper()
	w := serve(s, tokenRequest(validForm(), ""))
	var tr struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &tr); err != nil || w.Code != 200 {
		t.Fatalf("mint: status %d, body %q, err %v", w.Code, w.Body, err)
	}
	if tr.AccessToken == "" || tr.TokenType != "bearer" || tr.ExpiresIn != 86399 {
		t.Fatalf("mint: %+v", tr)
	}
	return tr.AccessToken
}

func withToken(tok string) func(http.Header) {
	return func(h http.Header) { h.Set("Authorization", "Bearer "+tok) }
}

func TestMintedTokenAccepted(t *testing.T) {
	s := New()
	tok := mintToken(t, s)
	if s.MintCount() != 1 {
		t.Fatalf("MintCount = %d, want 1", s.MintCount())
	}
	if w := serve(s, request("9876543210", withToken(tok))); w.Code != 200 {
		t.Fatalf("minted token refused: %d %s", w.Code, w.Body)
	}
	if other := mintToken(t, s); other == tok || s.MintCount() != 2 {
		t.Errorf("second mint: same token %v, MintCount %d", other == tok, s.MintCount())
	}
}

func TestRevokeTokens(t *testing.T) {
	s := New()
	tok := mintToken(t, s)
	s.RevokeTokens()
	wantAdobeError(t, serve(s, request("9876543210", withToken(tok))), 401, "4116")
	if w := serve(s, request("9876543210", nil)); w.Code != 200 {
		t.Errorf("DemoToken refused after RevokeTokens: %d", w.Code)
	}
	if w := serve(s, request("9876543210", withToken(mintToken(t, s)))); w.Code != 200 {
		t.Errorf("token minted after revoke refused: %d", w.Code)
	}
}

func TestTokenErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(url.Values)
		status int
		errStr string
	}{
		{"wrong secret", func(f url.Values) { f.Set("client_secret", "nope") }, 401, "invalid_client"},
		{"wrong client", func(f url.Values) { f.Set("client_id", "nope") }, 401, "invalid_client"},
		{"no scope", func(f url.Values) { f.Del("scope") }, 400, "invalid_scope"},
		{"blank scope", func(f url.Values) { f.Set("scope", "  ") }, 400, "invalid_scope"},
		{"wrong grant", func(f url.Values) { f.Set("grant_type", "password") }, 400, "unsupported_grant_type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New()
			f := validForm()
			tt.edit(f)
			w := serve(s, tokenRequest(f, ""))
			wantIMSError(t, w, tt.status, tt.errStr)
			if s.MintCount() != 0 {
				t.Errorf("MintCount = %d after a refused request", s.MintCount())
			}
		})
	}
}

func TestSecretInQueryRefused(t *testing.T) {
	f := validForm()
	f.Del("client_secret")
	w := serve(New(), tokenRequest(f, "client_secret="+DemoClientSecret))
	wantIMSError(t, w, 401, "invalid_client")
}

func TestTokenNeedsPOST(t *testing.T) {
	w := serve(New(), httptest.NewRequest(http.MethodGet, "/ims/token/v3", nil))
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET token: status %d", w.Code)
	}
}

func wantIMSError(t *testing.T, w *httptest.ResponseRecorder, status int, errStr string) {
	t.Helper()
	var e struct {
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("body %q: %v", w.Body, err)
	}
	if w.Code != status || e.Error != errStr || e.Description == "" {
		t.Errorf("got %d %+v, want %d %s", w.Code, e, status, errStr)
	}
}

func TestAnyNonEmptyScopeAccepted(t *testing.T) {
	f := validForm()
	f.Set("scope", "ent_partners_sdk")
	if w := serve(New(), tokenRequest(f, "")); w.Code != 200 {
		t.Errorf("scope ent_partners_sdk: %d %s", w.Code, w.Body)
	}
}

func TestMintedTokensAreSignedAndExpire(t *testing.T) {
	s, other := New(), New()
	tok := mintToken(t, s)
	if w := serve(other, request("9876543210", withToken(tok))); w.Code != 401 {
		t.Errorf("a token of another server was accepted: %d", w.Code)
	}
	flip := map[byte]string{'A': "B"}[tok[20]] // change one payload character
	if flip == "" {
		flip = "A"
	}
	forged := tok[:20] + flip + tok[21:]
	if w := serve(s, request("9876543210", withToken(forged))); w.Code != 401 {
		t.Errorf("a token with a forged signature was accepted: %d", w.Code)
	}
	s.now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	if w := serve(s, request("9876543210", withToken(tok))); w.Code != 401 {
		t.Errorf("an expired token was accepted: %d", w.Code)
	}
}

// BenchmarkMint shows minting keeps no per-token state: allocations per
// mint stay constant, and the server holds no token list to grow.
func BenchmarkMint(b *testing.B) {
	s := New()
	for b.Loop() {
		s.mint()
	}
}
