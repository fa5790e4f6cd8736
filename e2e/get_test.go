package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// startDemo serves the demo API in this process and returns the environment
// that points the binary at it with environment credentials.
func startDemo(t *testing.T) (base string, env []string) {
	t.Helper()
	base, stop, err := demo.Start(context.Background(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	env = append(baseEnv(t), "VIPCX_BASE_URL="+base,
		"VIPCX_API_KEY="+demo.DemoAPIKey, "VIPCX_ACCESS_TOKEN="+demo.DemoToken)
	return base, env
}

func TestGetDemoFlagNeedsNothingConfigured(t *testing.T) {
	r := run(t, baseEnv(t), "", "get", "9876543210", "--demo")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"Fairmont", "9876543210", "Active (1000)", "Education (EDU)", "K-12 school (K_12)",
		"200 Fairmont Ave", "Mickey Mouse", "mickey@mouse.com", "02 — 10–49 licenses", "51001315"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.stderr != "" {
		t.Errorf("stderr not empty: %q", r.stderr)
	}
}

func TestGetJSONIsTheResponseAsSent(t *testing.T) {
	_, env := startDemo(t)
	r := run(t, env, "", "get", "9876543210", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, r.stdout)
	}
	if got["customerId"] != "9876543210" || got["links"] == nil {
		t.Fatalf("missing fields: %v", got)
	}
	if !strings.Contains(r.stdout, "\n  \"") {
		t.Errorf("not pretty-printed:\n%s", r.stdout)
	}
}

// TestGetExitCodes checks stdout, stderr and the exit code of each error
// class against the demo API.
func TestGetExitCodes(t *testing.T) {
	_, env := startDemo(t)
	cases := []struct {
		name, id string
		extra    []string
		code     int
		stderr   []string
	}{
		{"bad id", "no", nil, 2, []string{"error: "}},
		{"bad id chars", "98765;rm", nil, 2, []string{"error: "}},
		{"remote http", "9876543210", []string{"--base-url", "http://example.com"}, 2, []string{"error: "}},
		{"400", "demo-400", nil, 5, []string{"error: 400 Bad Request"}},
		{"401", "demo-401", nil, 3, []string{"error: 401 Unauthorized", "VIPCX_ACCESS_TOKEN", "correlation ID"}},
		{"403", "demo-403", nil, 3, []string{"error: 403 Forbidden"}},
		{"404", "demo-404", nil, 4, []string{"error: 404 Not Found", "1116"}},
		{"unknown id", "1234567890", nil, 4, []string{"error: 404 Not Found"}},
		{"500", "demo-500", nil, 6, []string{"error: 500 Internal Server Error"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, env, "", append([]string{"get", c.id}, c.extra...)...)
			if r.code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", r.code, c.code, r.stderr)
			}
			assertErrorShape(t, r) // after any retry notices
			for _, w := range c.stderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q: %q", w, r.stderr)
				}
			}
		})
	}
}

func TestGetWithoutCredentialsIsExit3(t *testing.T) {
	r := run(t, baseEnv(t), "", "get", "9876543210")
	if r.code != 3 {
		t.Fatalf("exit %d, want 3; stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "VIPCX_API_KEY") && !strings.Contains(r.stderr, "auth login") {
		t.Errorf("no next step in %q", r.stderr)
	}
}

// TestInsecureURLBeforeCredentials: a plain-http remote base URL is a usage
// error (exit 2) even when no credentials exist; nothing is read or sent.
func TestInsecureURLBeforeCredentials(t *testing.T) {
	r := run(t, baseEnv(t), "", "get", "9876543210", "--base-url", "http://example.com")
	if r.code != 2 || !strings.Contains(r.stderr, "Insecure base URL") {
		t.Fatalf("exit %d, stderr %q; want 2 and the insecure-URL explanation", r.code, r.stderr)
	}
}

// TestGetBrokenResponses runs get against a server that answers 200 with
// bodies no client should trust.
func TestGetBrokenResponses(t *testing.T) {
	bodies := map[string]struct {
		ctype, body string
	}{
		"malformed": {"application/json", `{"customerId": "9876543210",`},
		"empty":     {"application/json", ``},
		"html":      {"text/html", `<html><title>Gateway</title><body>oops</body></html>`},
		"array":     {"application/json", `[1,2,3]`},
		"oversized": {"application/json", `{"x":"` + strings.Repeat("a", 5<<20) + `"}`},
	}
	for name, b := range bodies {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", b.ctype)
				_, _ = w.Write([]byte(b.body))
			}))
			defer srv.Close()
			env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL, "VIPCX_API_KEY=k-123456789", "VIPCX_ACCESS_TOKEN=t-123456789")
			r := run(t, env, "", "get", "9876543210")
			if r.code != 6 {
				t.Fatalf("exit %d, want 6; stderr %q", r.code, r.stderr)
			}
			if strings.Contains(r.stderr, "oops") && name == "html" {
				t.Errorf("HTML body dumped: %q", r.stderr)
			}
		})
	}
}

// TestGetRateLimitedThenServed: demo-429 refuses the first attempt with a
// bare 429 and serves the customer on the retry.
func TestGetRateLimitedThenServed(t *testing.T) {
	_, env := startDemo(t)
	r := run(t, env, "", "get", "demo-429")
	if r.code != 0 || !strings.Contains(r.stdout, "Throttled Thistle Traders") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestGetShowsTheThrottleWait runs the demo's throttled sample through the
// real binary: its first answer is a 429 without Retry-After, so stderr must
// announce the wait for Adobe's throttling window before the customer
// arrives on stdout, and the run succeeds.
func TestGetShowsTheThrottleWait(t *testing.T) {
	r := run(t, baseEnv(t), "", "get", "demo-429", "--demo")
	if r.code != 0 || !strings.Contains(r.stdout, "Throttled Thistle Traders") {
		t.Fatalf("exit %d; stdout %q; stderr %q", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "notice: customer: 429 rate limited — retry 2 of 3 in ") {
		t.Errorf("stderr does not announce the wait: %q", r.stderr)
	}
}

// TestGetWordsNetworkFailuresForPeople: refused, unresolvable and slow hosts
// are each one sentence naming host:port, with advice naming the setting
// in effect; Go's own text ("dial tcp …") reaches only the --debug log.
func TestGetWordsNetworkFailuresForPeople(t *testing.T) {
	creds := []string{"VIPCX_API_KEY=x", "VIPCX_ACCESS_TOKEN=y"}
	closed := closedPort(t)
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"refused", []string{"get", "1234567890", "--base-url", "http://" + closed, "--debug"},
			[]string{"The connection was refused by " + closed + ":", "the base URL set by --base-url"}},
		{"no such host", []string{"get", "1234567890", "--base-url", "https://nonexistent.invalid", "--timeout", "5s"},
			[]string{"nonexistent.invalid could not be found"}},
		{"timeout", []string{"get", "demo-slow", "--demo", "--timeout", "200ms"},
			[]string{"127.0.0.1:", "did not answer within the time allowed", "--timeout (now 200ms)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := append(baseEnv(t), creds...)
			r := run(t, env, "", tc.args...)
			if r.code != 6 {
				t.Fatalf("exit %d, want 6; stderr %q", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
			for _, bad := range []string{"dial tcp", "connect:", "lookup ", "Get \"", "deadline exceeded", "/v3/"} {
				if strings.Contains(r.stderr, bad) {
					t.Errorf("stderr shows Go's text %q: %q", bad, r.stderr)
				}
			}
			if tc.name == "refused" && !strings.Contains(debugLog(t, env), "connect: connection refused") {
				t.Error("Go's error text is missing from the debug log")
			}
		})
	}
}

// debugLog is the debug log the binary wrote under env's XDG_STATE_HOME.
func debugLog(t *testing.T, env []string) string {
	t.Helper()
	for _, e := range env {
		if state, ok := strings.CutPrefix(e, "XDG_STATE_HOME="); ok {
			b, err := os.ReadFile(filepath.Join(state, "vipcx", "debug.log"))
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("no XDG_STATE_HOME")
	return ""
}

// TestGetNamesTheRefusedURLAndItsSource: an insecure IMS URL is called the
// IMS URL, and the advice names the variable that set it; a base URL from
// the environment is blamed on that variable, not on every possible source.
func TestGetNamesTheRefusedURLAndItsSource(t *testing.T) {
	cases := []struct {
		name      string
		env       []string
		want, not []string
	}{
		{"ims url", []string{"VIPCX_IMS_URL=http://example.com", "VIPCX_API_KEY=x", "VIPCX_CLIENT_SECRET=y"},
			[]string{"error: Insecure IMS URL: \"http://example.com\"", "the IMS URL in VIPCX_IMS_URL"}, []string{"base URL"}},
		{"base url", []string{"VIPCX_BASE_URL=http://example.com", "VIPCX_API_KEY=x", "VIPCX_ACCESS_TOKEN=y"},
			[]string{"error: Insecure base URL", "the base URL in VIPCX_BASE_URL"}, []string{"--env", "profile"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append(baseEnv(t), tc.env...), "", "get", "1234567890")
			if r.code != 2 {
				t.Fatalf("exit %d, want 2; stderr %q", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(r.stderr, n) {
					t.Errorf("stderr %q names %q", r.stderr, n)
				}
			}
		})
	}
}

// TestGetCountsIDCharactersInGoodEnglish: "1 character", not "1 characters".
func TestGetCountsIDCharactersInGoodEnglish(t *testing.T) {
	r := run(t, baseEnv(t), "", "get", "7")
	if r.code != 2 || !strings.Contains(r.stderr, `"7" has 1 character; it must have 4 to 40`) {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}
