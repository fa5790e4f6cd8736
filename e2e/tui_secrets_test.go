package e2e

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/internal/itest"
)

// Known secret values. Each has a middle part of its own, so a secret
// shown cut short (truncated, or only partly masked) is caught too.
const (
	tuiAPIKey       = "tuikey-APIKEYMIDDLE-0123456789"
	tuiToken        = "tuitok-TOKENMIDDLE-0123456789abcdef"
	tuiClientSecret = "tuisec-SECRETMIDDLE-0123456789abcdef"
)

// secretNeedles are the strings that must appear nowhere: the full values,
// their middles, and the token the hostile IMS mints.
var secretNeedles = []string{tuiToken, "TOKENMIDDLE", tuiClientSecret, "SECRETMIDDLE", hostile.IMSToken}

// stateFile is a file under the run's XDG_STATE_HOME/vipcx.
func stateFile(env []string, name string) string {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "XDG_STATE_HOME="); ok {
			return filepath.Join(v, "vipcx", name)
		}
	}
	return ""
}

// assertNoSecrets looks for every needle in the recorded bytes, the debug
// log and the history file. The debug log must exist and say something, or
// the check of it would prove nothing.
func assertNoSecrets(t *testing.T, env []string, stream []byte, needles []string) {
	t.Helper()
	log, err := os.ReadFile(stateFile(env, "debug.log"))
	if err != nil || !bytes.Contains(log, []byte("ui state")) {
		t.Errorf("no debug log with UI state changes (%v): %.300q", err, log)
	}
	var history []byte // one history file per place (demo, environment, host)
	files, _ := filepath.Glob(stateFile(env, "history-*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		history = append(history, b...)
	}
	for name, b := range map[string][]byte{"terminal bytes": stream, "debug log": log, "history": history} {
		for i, s := range needles {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("the %s holds secret #%d of the list", name, i) // the value itself stays out of the test log
			}
		}
	}
}

// TestTUISecretsFromEnvironment runs the TUI with known credentials in the
// environment and --debug, succeeds, fails with 401, 403 and 404, and checks
// that no credential reached the terminal, the log or the history.
func TestTUISecretsFromEnvironment(t *testing.T) {
	srv := hostile.New(t)
	cases := []struct {
		name  string
		creds []string
		steps []tuiCase
	}{
		{"access token", []string{"VIPCX_ACCESS_TOKEN=" + tuiToken}, []tuiCase{
			{id: "baseline"}, {id: "error-401-escapes", want: "401 Unauthorized"}, {id: "error-403-escapes", want: "403 Forbidden"},
			{id: "error-escapes", want: "404 Not Found"},
		}},
		{"client secret", []string{"VIPCX_CLIENT_SECRET=" + tuiClientSecret, "VIPCX_IMS_URL=" + srv.IMSURL(hostile.IMSOK)}, []tuiCase{
			{id: "baseline"}, {id: "error-401-escapes", want: "401 Unauthorized"}, {id: "error-403-escapes", want: "403 Forbidden"},
		}},
		{"client secret rejected by IMS", []string{"VIPCX_CLIENT_SECRET=" + tuiClientSecret, "VIPCX_IMS_URL=" + srv.IMSURL(hostile.IMSEscapes)}, []tuiCase{
			{id: "baseline", want: "access token"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL, "VIPCX_API_KEY="+tuiAPIKey)
			env = append(env, tc.creds...)
			r := startRecorded(t, env, "--debug", "--theme", "dark")
			for i, step := range tc.steps {
				if i > 0 {
					r.keys("/")
				}
				r.fetch(step.id)
				if step.want != "" {
					r.waitText(step.want)
				} else {
					r.walkTabs()
				}
			}
			r.keys("q")
			rc, stream := r.finish()
			if rc != "0" {
				t.Errorf("exit status %s, want 0", rc)
			}
			assertNoSecrets(t, env, stream, append(secretNeedles, tuiAPIKey, "APIKEYMIDDLE"))
		})
	}
}

// TestTUICredentialsFormSecret types a secret into the credentials form and
// checks it never reaches the terminal (only bullets do), the log or the
// history: once with a keyring that cannot be reached (the form says so
// before asking and uses them for this session only, and a fetch with them
// succeeds), once with a real Secret Service (saving works, the secret is
// stored there and a fetch with it succeeds).
func TestTUICredentialsFormSecret(t *testing.T) {
	srv := hostile.New(t)
	t.Run("no keyring", func(t *testing.T) {
		env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL)
		r := typeCredentials(t, env)
		r.waitText("for this session only (credentials not saved)")
		r.fetch("baseline")
		r.keys("C-c")
		_, stream := r.finish()
		assertNoSecrets(t, env, stream, secretNeedles)
	})
	t.Run("secret service", func(t *testing.T) {
		ss := itest.SecretService(t)
		env := append(append(baseEnv(t), ss...), "VIPCX_BASE_URL="+srv.URL)
		r := typeCredentials(t, env)
		r.waitText("credentials saved")
		r.fetch("baseline")
		r.walkTabs()
		r.keys("q")
		rc, stream := r.finish()
		if rc != "0" {
			t.Errorf("exit status %s, want 0", rc)
		}
		assertNoSecrets(t, env, stream, secretNeedles)
		lookup := exec.Command("secret-tool", "lookup", "service", "vipcx", "username", "default:access-token")
		lookup.Env = env
		if out, err := lookup.Output(); err != nil || string(out) != tuiToken {
			t.Errorf("the token was not stored in the keyring (%v)", err)
		}
	})
}

// typeCredentials opens the form (no credentials anywhere), types the API
// key and the access token, and submits.
func typeCredentials(t *testing.T, env []string) *recorded {
	t.Helper()
	r := startRecorded(t, env, "--debug", "--theme", "dark")
	r.waitText("No credentials found")
	r.typeText(tuiAPIKey)
	r.keys("Enter")
	r.typeText(tuiToken)
	r.waitText(strings.Repeat("•", 8))
	r.keys("Enter")
	return r
}

// Credentials with '+', '/', '=' and '&', which look different in every
// encoding, each with a middle of its own to look for.
const (
	echoAPIKey = "echokey+/=&KEYECHOMID-0123456789"
	echoToken  = "echotok+/=&TOKECHOMID-0123456789"
	echoSecret = "echosec+/=&SECECHOMID-0123456789"
)

// echoForms is v as a gateway might echo it: as is, query- and
// path-escaped, and JSON-escaped the way PHP does (with \/) and with
// HTML-safe \u0026, each of which survives JSON decoding as literal text
// when quoted inside a message.
func echoForms(v string) string {
	php := strings.ReplaceAll(v, "/", `\/`)
	html := strings.ReplaceAll(v, "&", `\u0026`)
	return strings.Join([]string{v, url.QueryEscape(v), url.PathEscape(v), php, html}, " | ")
}

// echoServer answers every API call with a 400 and every IMS call with a
// 401 whose messages echo back every credential the request carried.
// echo200ID is the customer echoServer answers with a 200 whose body is the
// echo as plain text, not JSON.
const echo200ID = "2222222222"

func echoServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		var echoed []string
		for _, v := range []string{r.Header.Get("Authorization"), r.Header.Get("X-Api-Key"),
			r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")} {
			if v != "" {
				echoed = append(echoed, echoForms(strings.TrimPrefix(v, "Bearer ")))
			}
		}
		msg := "you sent " + strings.Join(echoed, " ; ")
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(r.URL.Path, "/ims") {
			w.WriteHeader(http.StatusUnauthorized)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "invalid_client", "error_description": msg})
			return
		}
		if strings.HasSuffix(r.URL.Path, "/"+echo200ID) { // a 200 that is not JSON: shown as a summary
			w.Header().Set("Content-Type", "text/plain")
			_, _ = io.WriteString(w, msg)
			return
		}
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]any{"code": "1117", "message": msg, "additionalDetails": []string{msg}})
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestEchoedSecretsNeverShown points the real binary at a server that
// echoes the bearer token, the API key and the client secret in error
// bodies, raw and in every encoding, and checks none of them reaches
// stderr, stdout, the TUI's error panel or the debug log (the API key may
// appear only masked, so only its middle is looked for).
func TestEchoedSecretsNeverShown(t *testing.T) {
	srv := echoServer(t)
	needles := []string{"KEYECHOMID", "TOKECHOMID", "SECECHOMID"}
	for name, creds := range map[string][]string{
		"access token":  {"VIPCX_ACCESS_TOKEN=" + echoToken},
		"client secret": {"VIPCX_CLIENT_SECRET=" + echoSecret, "VIPCX_IMS_URL=" + srv.URL + "/ims/token/v3"},
	} {
		t.Run(name, func(t *testing.T) {
			env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL, "VIPCX_API_KEY="+echoAPIKey)
			env = append(env, creds...)
			for _, id := range []string{"1234567890", echo200ID} {
				got := run(t, env, "", "get", id, "--debug")
				if got.code == 0 || !strings.Contains(got.stderr, "you sent") {
					t.Fatalf("get %s: exit %d, want a failure that shows the echo: %q", id, got.code, got.stderr)
				}
				for i, s := range needles {
					if strings.Contains(got.stdout+got.stderr, s) {
						t.Errorf("get %s: the output holds secret #%d: %q", id, i, got.stderr)
					}
				}
			}
			r := startRecorded(t, env, "--debug", "--theme", "dark")
			r.fetch("1234567890")
			r.waitText("you sent")
			r.keys("q")
			_, stream := r.finish()
			assertNoSecrets(t, env, stream, needles)
		})
	}
}
