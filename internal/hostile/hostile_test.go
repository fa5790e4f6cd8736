package hostile

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestScanFindsEveryPayload(t *testing.T) {
	for _, p := range Payloads {
		if fs := Scan([]byte("ok " + p.Text + " ok\n")); len(fs) == 0 {
			t.Errorf("%s: Scan found nothing in %q", p.Name, p.Text)
		}
	}
}

func TestScanNamesWhatAndWhere(t *testing.T) {
	fs := Scan([]byte("ab\x1bc\u009bd\x9be\u202ef"))
	want := []struct {
		off  int
		what string
	}{{2, "ESC"}, {4, "C1 control U+009B"}, {7, "raw C1 byte 0x9b (not UTF-8)"}, {9, "bidi control U+202E"}}
	if len(fs) != len(want) {
		t.Fatalf("findings:\n%s", Summary(fs, 10))
	}
	for i, w := range want {
		if fs[i].Offset != w.off || fs[i].What != w.what {
			t.Errorf("finding %d = %v, want offset %d %s", i, fs[i], w.off, w.what)
		}
	}
	if s := fs[0].String(); strings.ContainsRune(s, 0x1b) {
		t.Errorf("String() carries the raw byte: %q", s)
	}
}

func TestScanAcceptsPlainWideAndNewlines(t *testing.T) {
	text := "Fairmont — 02 — 10–49 licenses …\n" + strings.Join(WideSamples, "\n") + "\n"
	if fs := Scan([]byte(text)); len(fs) != 0 {
		t.Fatalf("false positives:\n%s", Summary(fs, 10))
	}
}

func TestPoisonedReachesEveryString(t *testing.T) {
	paths := StringPaths(Customer())
	if len(paths) < 40 {
		t.Fatalf("only %d string fields in the built-in customer", len(paths))
	}
	for _, p := range ValidUTF8Payloads() {
		var got map[string]any
		if err := json.Unmarshal(Poisoned(p.Text), &got); err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		MapStrings(got, func(path, s string) string {
			if !strings.HasPrefix(s, p.Text) || !strings.HasSuffix(s, p.Text) {
				t.Errorf("%s: %s = %q is not wrapped", p.Name, path, s)
			}
			return s
		})
		if n := len(StringPaths(got)); n != len(paths)+1 {
			t.Errorf("%s: %d strings, want %d (+1 unknown field)", p.Name, n, len(paths)+1)
		}
	}
}

func TestScenarioIDsAreValidAndUnique(t *testing.T) {
	idRE := regexp.MustCompile(`^[\p{L}\d-]{4,40}$`)
	seen := map[string]bool{}
	for _, sc := range Scenarios() {
		if !idRE.MatchString(sc.ID) || seen[sc.ID] {
			t.Errorf("bad or duplicate scenario ID %q", sc.ID)
		}
		seen[sc.ID] = true
		if sc.About == "" || sc.handler == nil {
			t.Errorf("%s: no description or handler", sc.ID)
		}
	}
	for _, id := range []string{"esc-every-field", "long-strings", "wide-rtl", "contacts-5000", "shape-array",
		"shape-numbers", "shape-nulls", "dup-keys", "deep-nesting", "body-empty", "body-truncated", "body-endless",
		"gzip-bomb", "html-200", "wrong-ctype", "slow-headers", "slow-body", "redirect-other-host", "redirect-loop",
		"downgrade", "error-escapes", "gateway-escapes", "hostile-retry-after"} {
		if !seen[id] {
			t.Errorf("scenario %s missing", id)
		}
	}
}

func get(t *testing.T, s *Server, ctx context.Context, id string) (*http.Response, error) {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+CustomersPath+id, nil)
	return s.Client().Do(req)
}

func TestServerRoutesScenarios(t *testing.T) {
	s := New(t)
	resp, err := get(t, s, context.Background(), "baseline")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("baseline: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = get(t, s, context.Background(), "no-such-scenario")
	if err != nil || resp.StatusCode != 404 {
		t.Fatalf("unknown: %v %v", resp, err)
	}
	resp.Body.Close()
	s.Handle("custom", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(418) }))
	if resp, err = get(t, s, context.Background(), "custom"); err != nil || resp.StatusCode != 418 {
		t.Fatalf("custom: %v %v", resp, err)
	}
	resp.Body.Close()
	if s.Hits("baseline") != 1 || s.Hits("custom") != 1 {
		t.Errorf("hits: %d %d", s.Hits("baseline"), s.Hits("custom"))
	}
}

func TestRedirectsReachTheForeignHostOnlyIfFollowed(t *testing.T) {
	s := New(t)
	resp, err := get(t, s, context.Background(), "redirect-other-host") // Go's default client follows
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if f := s.Foreign(); len(f) != 1 {
		t.Fatalf("foreign host saw %d requests", len(f))
	}
}

func TestGzipBombInflates(t *testing.T) {
	s := New(t)
	req, _ := http.NewRequest(http.MethodGet, s.URL+CustomersPath+"gzip-bomb", nil)
	req.Header.Set("Accept-Encoding", "gzip") // so Go hands us the raw bytes
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, zr)
	if len(raw) > 64<<10 || n < BombSize {
		t.Fatalf("bomb: %d bytes inflate to %d", len(raw), n)
	}
}

// TestStallsEndWithTheClient proves the slow and endless scenarios return
// when the client gives up, so a test's server can always be closed.
func TestStallsEndWithTheClient(t *testing.T) {
	s := New(t)
	for _, id := range []string{"slow-headers", "slow-body", "body-endless"} {
		ctx, cancel := context.WithCancel(context.Background())
		go func() { // give up once the server holds the request
			for s.Hits(id) == 0 {
				time.Sleep(time.Millisecond)
			}
			if id == "slow-headers" {
				cancel()
			}
		}()
		resp, err := get(t, s, ctx, id)
		if err == nil {
			_, _ = io.ReadFull(resp.Body, make([]byte, 1024))
			cancel()
			resp.Body.Close()
		}
		cancel()
	}
	// The cleanup's Close waits for the handlers: the test ending is the proof.
}

func TestEveryScenarioAnswersOrStalls(t *testing.T) {
	s := NewTLS(t)
	for _, sc := range Scenarios() {
		if sc.Slow || sc.ID == "body-endless" {
			continue
		}
		hc := s.Client()
		hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		req, _ := http.NewRequest(http.MethodGet, s.URL+CustomersPath+sc.ID, nil)
		resp, err := hc.Do(req)
		if err != nil {
			if sc.ID != "header-escapes" {
				t.Errorf("%s: %v", sc.ID, err)
			}
			continue
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}
