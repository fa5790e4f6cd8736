package ui

import (
	"testing"

	"github.com/vipcx/vipcx/api"
)

// Without a logger the model logs to api's one discard logger, not to a
// handler of its own that formats every record only to throw it away.
func TestNilLoggerIsTheSharedDiscardLogger(t *testing.T) {
	if m := New(Options{Demo: true}); m.log != api.DiscardLogger() {
		t.Fatalf("New(Options{}).log = %p, want api.DiscardLogger() %p", m.log, api.DiscardLogger())
	}
}
