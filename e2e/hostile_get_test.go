package e2e

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// Credentials the binary gets from the environment in these tests; they
// must never appear in anything it writes.
const (
	hostileKey   = "hostile-api-key-SECRET-0123456789"
	hostileToken = "hostile-access-token-SECRET-0123456789"
)

// hostileEnv points the binary at srv with environment credentials (so no
// keyring is involved).
func hostileEnv(t *testing.T, base string) []string {
	return append(baseEnv(t), "VIPCX_BASE_URL="+base, "VIPCX_API_KEY="+hostileKey, "VIPCX_ACCESS_TOKEN="+hostileToken)
}

// assertCleanOutput scans every byte the binary wrote, stdout and stderr
// separately (offsets stay meaningful), and checks no credential leaked.
func assertCleanOutput(t *testing.T, r result) {
	t.Helper()
	for name, out := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
		if fs := hostile.Scan([]byte(out)); len(fs) > 0 {
			t.Errorf("%s carries terminal controls:\n%s", name, hostile.Summary(fs, 8))
		}
		for _, s := range []string{hostileKey, hostileToken, hostile.IMSToken, "client-secret-SECRET"} {
			if strings.Contains(out, s) {
				t.Errorf("%s leaks a credential", name)
			}
		}
	}
}

// assertErrorShape is `get`'s error form (README.md): nothing on stdout, one or
// two lines on stderr starting with "error: ".
func assertErrorShape(t *testing.T, r result) {
	t.Helper()
	for strings.HasPrefix(r.stderr, "notice: ") { // retry notices come before the error
		_, r.stderr, _ = strings.Cut(r.stderr, "\n")
	}
	if r.stdout != "" {
		t.Errorf("stdout not empty on error: %.200q", r.stdout)
	}
	if !strings.HasPrefix(r.stderr, "error: ") || strings.Count(r.stderr, "\n") > 2 {
		t.Errorf("stderr must be one or two lines starting with 'error: ': %.500q", r.stderr)
	}
}

// TestGetAgainstHostileServer runs `vipcx get` (text and --json) for every
// scenario of the hostile server and checks the exit code and every byte of
// output. The extra checks prove the right protection fired, not only that
// the run failed.
func TestGetAgainstHostileServer(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.Scenarios() {
		if sc.TLSOnly { // the binary cannot trust a test CA: see api's TestDowngradeRedirectRefused
			continue
		}
		for _, mode := range []string{"text", "json"} {
			t.Run(sc.ID+"/"+mode, func(t *testing.T) {
				t.Parallel()
				args := []string{"get", sc.ID}
				if mode == "json" {
					args = append(args, "--json")
				}
				if sc.Slow {
					args = append(args, "--timeout", "300ms")
				}
				r := run(t, hostileEnv(t, srv.URL), "", args...)
				if r.code != sc.Exit {
					t.Fatalf("exit %d, want %d (%s); stderr %.600q", r.code, sc.Exit, sc.About, r.stderr)
				}
				assertCleanOutput(t, r)
				if sc.Exit != 0 {
					assertErrorShape(t, r)
				} else {
					assertSuccess(t, sc, mode, r)
				}
				assertScenario(t, srv, sc.ID, mode, r)
			})
		}
	}
}

// assertSuccess: stderr says only that the body names another customer
// than the scenario asked for (the hostile bodies all do); the summary never shows the text inside a
// removed sequence; --json is the response's value exactly, with the
// attacks visible as JSON escapes rather than lost.
func assertSuccess(t *testing.T, sc hostile.Scenario, mode string, r result) {
	t.Helper()
	if r.stderr != "" && (!strings.HasPrefix(r.stderr, "warning: wrong customer: asked for "+sc.ID+", got ") ||
		strings.Count(r.stderr, "\n") != 1) {
		t.Errorf("stderr on success: %.300q", r.stderr)
	}
	if mode == "text" {
		if strings.Contains(r.stdout, hostile.Marker) {
			t.Errorf("summary shows text from inside an escape sequence")
		}
		return
	}
	var got, want any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("--json output is not JSON: %v", err)
	}
	if sc.Body != nil && sc.ID != "dup-keys" {
		if err := json.Unmarshal(sc.Body, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("--json changed the response's value")
		}
	}
}

// assertScenario holds the checks particular to one scenario.
func assertScenario(t *testing.T, srv *hostile.Server, id, mode string, r result) {
	t.Helper()
	has := func(out, want string) {
		t.Helper()
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%.800s", want, out)
		}
	}
	switch id {
	case "esc-every-field":
		if mode == "json" {
			has(r.stdout, `\u001b]0;`+hostile.Marker+`\u0007`) // shown, escaped, not dropped
			has(r.stdout, `\u009b2J`)
			has(r.stdout, `\u202e`)
		} else {
			has(r.stdout, "Fairmont")
			has(r.stdout, "mickey@mouse.com")
		}
	case "wide-rtl":
		for _, s := range hostile.WideSamples {
			has(r.stdout, s)
		}
	case "contacts-5000":
		if mode == "text" {
			has(r.stdout, "Contacts (5,000)")
			has(r.stdout, "contact4999@example.com")
		}
	case "body-endless", "gzip-bomb":
		has(r.stderr, "too large") // cut by the cap, not by a timeout
	case "slow-headers", "slow-body":
		has(r.stderr, "Timed out")
	case "redirect-other-host", "redirect-loop":
		has(r.stderr, "Redirect refused")
		if f := srv.Foreign(); len(f) > 0 {
			t.Errorf("the other host got %d requests", len(f))
		}
	case "html-200", "gateway-html":
		has(r.stderr, "HTML page")
		if strings.Contains(r.stderr, "filler") {
			t.Errorf("HTML body dumped: %.300q", r.stderr)
		}
	case "error-escapes":
		has(r.stderr, "404 Not Found")
		has(r.stderr, "1116")
	case "deep-nesting":
		if len(r.stderr) > 1000 {
			t.Errorf("stderr of %d bytes", len(r.stderr))
		}
	}
}

// TestHostileDebugLogIsClean runs hostile scenarios with --debug and scans
// the log file the way the output is scanned: a log viewed with cat or less
// must not drive the terminal either, nor hold a credential.
func TestHostileDebugLogIsClean(t *testing.T) {
	srv := hostile.New(t)
	env := hostileEnv(t, srv.URL)
	for _, id := range []string{"esc-every-field", "error-escapes", "gateway-escapes", "status-escapes",
		"header-escapes", "html-200", "hostile-retry-after", "raw-esc-json", "c1-raw-bytes"} {
		run(t, env, "", "get", id, "--debug")
	}
	var state string
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "XDG_STATE_HOME="); ok {
			state = v
		}
	}
	log, err := os.ReadFile(filepath.Join(state, "vipcx", "debug.log"))
	if err != nil {
		t.Fatal(err)
	}
	if len(log) == 0 {
		t.Fatal("empty debug log")
	}
	assertCleanOutput(t, result{stdout: string(log)})
}

// TestGetAPIDown: nothing listens at the base URL: exit 6, "Cannot reach".
func TestGetAPIDown(t *testing.T) {
	r := run(t, hostileEnv(t, "http://"+closedPort(t)), "", "get", hostile.CustomerID, "--timeout", "2s")
	if r.code != 6 || !strings.Contains(r.stderr, "Cannot reach") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	assertCleanOutput(t, r)
	assertErrorShape(t, r)
}

// TestGetAPIDownMidSession: the first attempt gets a 503, then the API is
// gone; the retry is refused and the user reads "Cannot reach".
func TestGetAPIDownMidSession(t *testing.T) {
	base, answered := hostile.DownAfterFirst(t)
	r := run(t, hostileEnv(t, base), "", "get", hostile.CustomerID)
	if r.code != 6 || !strings.Contains(r.stderr, "Cannot reach") || answered() != 1 {
		t.Fatalf("exit %d, %d answers, stderr %q", r.code, answered(), r.stderr)
	}
	assertCleanOutput(t, r)
	assertErrorShape(t, r)
}

// TestGetIMSFaults mints with a client secret from the environment against
// IMS that is down or hostile. IMS unreachable, failing, stalling or
// answering garbage is exit 6 (a network or upstream failure, like the API's
// own); only IMS rejecting the secret is exit 3.
func TestGetIMSFaults(t *testing.T) {
	srv := hostile.New(t)
	cases := map[string]struct {
		ims  string
		exit int
	}{
		"down":    {"http://" + closedPort(t), 6},
		"html":    {srv.IMSURL(hostile.IMSHTML), 6},
		"garbage": {srv.IMSURL(hostile.IMSGarbage), 6},
		"escapes": {srv.IMSURL(hostile.IMSEscapes), 3},
		"slow":    {srv.IMSURL(hostile.IMSSlow), 6},
		"endless": {srv.IMSURL(hostile.IMSEndless), 6},
		"ok":      {srv.IMSURL(hostile.IMSOK), 0},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL, "VIPCX_API_KEY="+hostileKey,
				"VIPCX_CLIENT_SECRET=client-secret-SECRET-0123456789", "VIPCX_IMS_URL="+c.ims)
			r := run(t, env, "", "get", "esc-every-field", "--timeout", "300ms")
			if r.code != c.exit {
				t.Fatalf("exit %d, want %d; stderr %q", r.code, c.exit, r.stderr)
			}
			assertCleanOutput(t, r)
			if c.exit != 0 {
				assertErrorShape(t, r)
			}
		})
	}
}

// closedPort is a loopback address where nothing listens any more.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return addr
}
