package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
)

func TestExitForEveryKind(t *testing.T) {
	want := map[api.Kind]int{api.KindInternal: 1, api.KindInvalidInput: 2, api.KindCredentials: 3, api.KindNotFound: 4,
		api.KindBadRequest: 5, api.KindUpstream: 6, api.KindCanceled: 130}
	for k, code := range want {
		if got := exitFor(k); got != code {
			t.Errorf("exitFor(%v) = %d, want %d", k, got, code)
		}
	}
}

// TestTokenAdviceNamesItsSource: a token from
// VIPCX_ACCESS_TOKEN overrides the keyring, so "auth login" cannot fix it.
func TestTokenAdviceNamesItsSource(t *testing.T) {
	a := &app{used: credSources{token: keys.SourceEnv}}
	if got := a.fixText(api.FixReplaceToken); !strings.Contains(got, "VIPCX_ACCESS_TOKEN") || strings.Contains(got, "auth login") {
		t.Errorf("env token: %q", got)
	}
	a.used = credSources{token: keys.SourceKeyring}
	if got := a.fixText(api.FixReplaceToken); !strings.Contains(got, "auth login") {
		t.Errorf("keyring token: %q", got)
	}
	a.used = credSources{apiKey: keys.SourceEnv}
	if got := a.fixText(api.FixCheckAPIKey); !strings.Contains(got, "VIPCX_API_KEY") {
		t.Errorf("env key: %q", got)
	}
	for f := api.FixRetry; !strings.HasPrefix(f.String(), "Fix("); f++ { // every named fix, new ones too
		if a.fixText(f) == "" {
			t.Errorf("%v has no words on the command line", f)
		}
	}
}

// TestStderrEndsWithCorrelationIDAndNamesFields checks the two stderr lines:
// invalid fields on the first, the correlation ID last on the second.
func TestStderrEndsWithCorrelationIDAndNamesFields(t *testing.T) {
	d := api.Describe(&api.Error{StatusCode: 400, Status: "400 Bad Request", Code: "1117", Message: "Some Fields are Invalid",
		InvalidFields: []string{"status", "limit"}, RequestID: "r1", CorrelationID: "c1"})
	var b bytes.Buffer
	writeDescription(&b, d, (&app{}).fixText(d.Fix))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "Invalid fields: status, limit.") ||
		!strings.HasSuffix(lines[1], "(request ID r1, correlation ID c1)") {
		t.Errorf("stderr:\n%s", b.String())
	}
}
