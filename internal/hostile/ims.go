package hostile

import (
	"net/http"
	"strings"
)

// IMSPath is where IMS scenarios live: IMSPath + name + "/ims/token/v3".
// IMSURL gives the base to configure (VIPCX_IMS_URL), so the client's own
// "/ims/token/v3" suffix lands on the scenario.
const IMSPath = "/ims/"

// IMSToken is the access token the "ok" IMS scenario mints; customer
// scenarios accept any bearer token, this one included.
const IMSToken = "hostile-minted-token-0123456789"

// IMS scenario names.
const (
	IMSOK      = "ok"      // a valid token response
	IMSHTML    = "html"    // 200 with a hostile HTML page
	IMSGarbage = "garbage" // 200 with JSON of the wrong types, hostile strings
	IMSEscapes = "escapes" // 400 OAuth error whose fields are hostile
	IMSSlow    = "slow"    // never answers
	IMSEndless = "endless" // a token response that never ends
)

// IMSURL is the IMS base URL for the named IMS scenario.
func (s *Server) IMSURL(name string) string { return s.URL + IMSPath + name }

// serveIMS answers POST {IMSURL(name)}/ims/token/v3.
func (s *Server) serveIMS(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, IMSPath)
	name, tail, _ := strings.Cut(rest, "/")
	s.mu.Lock()
	s.hits[IMSPath+name]++
	s.mu.Unlock()
	if tail != "ims/token/v3" || r.Method != http.MethodPost {
		http.NotFound(w, r)
		return
	}
	switch name {
	case IMSOK:
		writeJSON(w, http.StatusOK, []byte(`{"access_token":"`+IMSToken+`","token_type":"bearer","expires_in":86399}`))
	case IMSHTML:
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(hostileHTML())
	case IMSGarbage:
		writeJSON(w, http.StatusOK, Marshal(map[string]any{"access_token": 12345, "token_type": Mixed(),
			"expires_in": Mixed(), "error": Mixed()}))
	case IMSEscapes:
		writeJSON(w, http.StatusBadRequest, Marshal(map[string]any{"error": "invalid_client" + Payloads[0].Text,
			"error_description": "bad " + Mixed() + " secret"}))
	case IMSSlow:
		s.stall(w, r)
	case IMSEndless:
		endless(s).ServeHTTP(w, r)
	default:
		http.NotFound(w, r)
	}
}
