package hostile

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// stallLimit ends a stalling handler even if nobody cancels it; it is far
// beyond any attempt timeout a test uses.
const stallLimit = 2 * time.Minute

// dripEvery is the pace of the slow body: far slower than a 300ms attempt
// timeout allows for the bytes still owed.
const dripEvery = 50 * time.Millisecond

// transportScenarios stall, stream without end, or redirect.
func transportScenarios() []Scenario {
	return []Scenario{
		{ID: "slow-headers", About: "accepts the request and never sends headers", Exit: ExitUpstream, Slow: true,
			handler: func(s *Server) http.Handler { return http.HandlerFunc(s.stall) }},
		{ID: "slow-body", About: "sends headers and half the body, then one byte every 50ms", Exit: ExitUpstream,
			Slow: true, handler: func(s *Server) http.Handler { return s.slowBody(Poisoned(Mixed())) }},
		{ID: "redirect-other-host", About: "302 to another host, which would see the credentials", Exit: ExitUpstream,
			handler: func(s *Server) http.Handler {
				return http.RedirectHandler(s.ForeignURL()+CustomersPath+"redirected", http.StatusFound)
			}},
		{ID: "redirect-loop", About: "redirects to itself forever", Exit: ExitUpstream,
			handler: func(*Server) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, r.URL.Path, http.StatusTemporaryRedirect)
				})
			}},
		{ID: "downgrade", About: "https redirects to plain http on the same host and port", Exit: ExitUpstream,
			TLSOnly: true, handler: func(*Server) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, "http://"+r.Host+r.URL.Path, http.StatusMovedPermanently)
				})
			}},
	}
}

// stall holds the request until the client gives up or the test ends.
func (s *Server) stall(_ http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.quit:
	case <-time.After(stallLimit):
	}
}

// slowBody promises body, sends half at once and the rest a byte at a time.
func (s *Server) slowBody(body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		half := len(body) / 2
		_, _ = w.Write(body[:half])
		flush(w)
		tick := time.NewTicker(dripEvery)
		defer tick.Stop()
		for _, c := range body[half:] {
			select {
			case <-r.Context().Done():
				return
			case <-s.quit:
				return
			case <-tick.C:
			}
			if _, err := w.Write([]byte{c}); err != nil {
				return
			}
			flush(w)
		}
	})
}

// cutShort declares the full length, sends half and returns: net/http then
// closes the connection, and the client reads an unexpected EOF.
func cutShort(body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body[:len(body)/2])
	})
}

// endless streams a JSON array of hostile strings until the client hangs
// up or the test ends. Only a body size cap stops a client reading it.
func endless(s *Server) http.Handler {
	chunk := []byte(strings.Repeat(jsonString(Mixed())+",", 128))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"customerId":%q,"endless":[`, CustomerID)
		for {
			select {
			case <-r.Context().Done():
				return
			case <-s.quit:
				return
			default:
			}
			if _, err := w.Write(chunk); err != nil {
				return
			}
			flush(w)
		}
	})
}

var (
	bombOnce sync.Once
	bomb     []byte
)

// BombSize is how many bytes the gzip bomb inflates to: four times the
// client's 4 MiB cap.
const BombSize = 16 << 20

// gzipBomb answers with a gzip body (Content-Encoding: gzip) that inflates
// to BombSize bytes of JSON: Go's transport decompresses it transparently,
// so the cap must apply after decoding.
func gzipBomb() http.Handler {
	bombOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = fmt.Fprintf(zw, `{"customerId":%q,"companyProfile":{"companyName":%s},"bomb":"`, CustomerID, jsonString(Mixed()))
		_, _ = zw.Write(bytes.Repeat([]byte("A"), BombSize))
		_, _ = zw.Write([]byte(`"}`))
		_ = zw.Close()
		bomb = buf.Bytes()
	})
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(bomb)
	})
}

// jsonString is s as a JSON string literal (Go's %q is not JSON: \x1b).
func jsonString(s string) string {
	return strings.TrimSpace(string(Marshal(s)))
}

func flush(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}
