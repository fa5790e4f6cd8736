package cli

import (
	"strings"
	"testing"
)

// TestUsageErrorsPointAtHelp: a bad flag, like an unknown command, exits 2
// and names the help of the command it was given to.
func TestUsageErrorsPointAtHelp(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct {
		args []string
		help string
	}{
		{[]string{"--bogus"}, "Run 'vipcx --help'"},
		{[]string{"get", "9876543210", "--bogus"}, "Run 'vipcx get --help'"},
		{[]string{"--timeout", "soon", "get", "9876543210"}, "--help' for usage."},
		{[]string{"nosuchcommand"}, "Run 'vipcx --help'"},
	} {
		_, errOut, code := h.run("", tc.args...)
		if code != exitUsage || !strings.HasPrefix(errOut, "error: ") || strings.Count(errOut, tc.help) != 1 {
			t.Errorf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
	}
}
