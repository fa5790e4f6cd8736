package ui

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// TestFetchFailureLogsTheErrorText: the panel words a failure for people;
// --debug must keep what a maintainer needs, as get logs it: the title, the
// Adobe code, the request ID and Go's own error text.
func TestFetchFailureLogsTheErrorText(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f := &fakeFetcher{errs: map[string]error{"9876543210": &api.Error{
		StatusCode: 403, Status: "403 Forbidden", Code: "1117", Message: "Access denied", RequestID: "req-7",
	}}}
	h := newHarness(t, Options{Fetcher: f, Logger: log}, 100, 30)
	h.typeText("9876543210")
	h.press("enter")
	line := ""
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.Contains(l, "ui fetch failed") {
			line = l
		}
	}
	for _, want := range []string{"id=9876543210", "code=1117", "request_id=req-7", "err=", "Access denied"} {
		if !strings.Contains(line, want) {
			t.Errorf("debug line lacks %q: %q", want, line)
		}
	}
}
