package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// renderError is the panel as drawn when nothing is known of where the
// credentials and URLs came from.
func renderError(d api.Description, st styles, width int) string {
	return renderErrorFor(d, st, width, advice{})
}

// fixText is the panel's next step for a fix when nothing is known of
// where the credentials and URLs came from; "" for none.
func fixText(f api.Fix) string { return advice{}.fixFor(api.Description{Fix: f}) }

// errorCases are descriptions shaped like api.Describe's for each failure
// the panel must explain.
var errorCases = map[string]api.Description{
	"400": {Title: "400 Bad Request", Meaning: "Adobe rejected the request as malformed.", Code: "4119", Message: "Correlation ID is Invalid or Missing",
		RequestID: "req-400", CorrelationID: "corr-400", Fix: api.FixReport},
	"401": {Title: "401 Unauthorized", Meaning: "The access token was rejected.", Code: "4116", Message: "Authorization token is invalid",
		RequestID: "req-401", Fix: api.FixReplaceToken},
	"403": {Title: "403 Forbidden", Meaning: "The API key is invalid or has no access to this customer.", Code: "4115", Message: "API key is invalid or missing",
		Fix: api.FixCheckAPIKey},
	"404": {Title: "404 Not Found", Meaning: "No customer with this ID exists for your account.", Code: "1116", Message: "Invalid Customer",
		Details: []string{"customerId"}, InvalidFields: []string{"customer-id"}, RequestID: "3f2a9c1d-0000", Fix: api.FixCheckID},
	"429": {Title: "429 Too Many Requests", Meaning: "Adobe is rate limiting this integration.", Code: "4118", Message: "Too many requests",
		Fix: api.FixRetryLater},
	"5xx": {Title: "503 Service Unavailable", Meaning: "Adobe's side failed.", Message: "<html> summarised: 1.2 KiB of HTML",
		Fix: api.FixRetryLater},
	"timeout":     {Title: "Timed out", Meaning: "No answer within 30s.", Fix: api.FixAllowMoreTime},
	"unreachable": {Title: "Cannot reach the API", Meaning: "dial tcp: connection refused", Fix: api.FixCheckNetwork},
	"malformed":   {Title: "Malformed response", Meaning: "The body was not a customer object.", Details: []string{"not valid JSON: unexpected end"}, Fix: api.FixReport},
	"nocreds":     {Title: "No credentials", Meaning: "No API key and token or client secret were found.", Fix: api.FixAddCredentials},
}

func TestErrorPanelCarriesEverything(t *testing.T) {
	for name, d := range errorCases {
		for _, w := range testWidths {
			out := renderError(d, newStyles(true), w)
			assertFits(t, out, w)
			flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╰", " ").Replace(out)), " ")
			want := []string{"✖ " + d.Title, strings.Join(strings.Fields(d.Meaning), " "), "Next: " + strings.Join(strings.Fields(fixText(d.Fix)), " ")}
			if d.Code != "" {
				want = append(want, "Adobe code "+d.Code+": "+d.Message)
			} else if d.Message != "" {
				want = append(want, "Adobe says: "+strings.Join(strings.Fields(d.Message), " "))
			}
			if d.RequestID != "" {
				want = append(want, "Request ID "+d.RequestID)
			}
			if d.CorrelationID != "" {
				want = append(want, "Correlation ID "+d.CorrelationID)
			}
			for _, detail := range d.Details {
				want = append(want, "• "+detail)
			}
			if len(d.InvalidFields) > 0 {
				want = append(want, "Invalid fields: "+strings.Join(d.InvalidFields, ", "))
			}
			for _, s := range want {
				if !strings.Contains(flat, s) {
					t.Errorf("%s at %d: lacks %q:\n%s", name, w, s, out)
				}
			}
		}
	}
}

func TestErrorPanelIsBorderedAndCapped(t *testing.T) {
	out := renderError(errorCases["404"], newStyles(true), 200)
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "╭") || !strings.HasPrefix(lines[len(lines)-1], "╰") {
		t.Errorf("want a rounded border:\n%s", out)
	}
	for _, l := range lines {
		if w := cellWidth(l); w != errPanelMaxWidth {
			t.Fatalf("line is %d cells, want the panel capped at %d: %q", w, errPanelMaxWidth, l)
		}
	}
}

func TestErrorPanelEmptyDescription(t *testing.T) {
	out := renderError(api.Description{}, newStyles(true), 60)
	assertContains(t, out, "✖ "+noValue)
	assertFits(t, out, 60)
}

func TestErrorPanelLongUnbrokenText(t *testing.T) {
	d := api.Description{Title: strings.Repeat("X", 300), Meaning: strings.Repeat("y", 500), RequestID: strings.Repeat("z", 200)}
	for _, w := range testWidths {
		assertFits(t, renderError(d, newStyles(false), w), w)
	}
}

func BenchmarkRenderError(b *testing.B) {
	d := errorCases["404"]
	st := newStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		renderError(d, st, 80)
	}
}

func TestErrorPanelFromDescribe(t *testing.T) {
	// The panel shows what api.Describe says, end to end, for a real
	// *api.Error and for missing credentials.
	notFound := api.Describe(&api.Error{StatusCode: 404, Status: "404 Not Found", Code: "1116",
		Message: "Invalid Customer", RequestID: "req-1", CorrelationID: "corr-1"})
	out := renderError(notFound, newStyles(true), 80)
	flat := strings.Join(strings.Fields(strings.ReplaceAll(out, "│", " ")), " ")
	assertContains(t, flat, "404", "Adobe code 1116: Invalid Customer", "Request ID req-1", "Correlation ID corr-1", "Next: ")
	assertFits(t, out, 80)

	out = renderError(api.Describe(api.ErrNoCredentials), newStyles(true), 60)
	assertContains(t, out, "✖ No credentials", "Next:")
	assertFits(t, out, 60)
}

// TestErrorPanelWordsEveryFix makes sure no fix kind leaves the panel
// without a next step, and that the panel names keys, not flags of get.
func TestErrorPanelWordsEveryFix(t *testing.T) {
	for f := api.FixRetry; !strings.HasPrefix(f.String(), "Fix("); f++ { // every named fix, new ones too
		if fixText(f) == "" {
			t.Errorf("%v has no words in the TUI", f)
		}
	}
}
