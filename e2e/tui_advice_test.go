package e2e

import (
	"net"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// TestTUINetworkAdviceNamesTheSetting: when nothing answers at the base URL,
// the TUI's panel, like get's stderr, names the setting that chose the URL
// (here VIPCX_BASE_URL), not "the base URL" in general.
func TestTUINetworkAdviceNamesTheSetting(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close() // nothing listens there now: connection refused
	env := append(withoutEnv(baseEnv(t), "VIPCX_RESELLER_ID"), "VIPCX_BASE_URL="+closed,
		"VIPCX_API_KEY="+demo.DemoAPIKey, "VIPCX_ACCESS_TOKEN="+demo.DemoToken)
	s := startTmuxEnv(t, env, "")
	s.waitText("Customer ID")
	s.typeText("9876543210")
	s.waitText("enter to fetch")
	s.keys("Enter")
	sc := s.waitText("Next:")
	flat := strings.Join(strings.Fields(strings.ReplaceAll(sc, "│", " ")), " ")
	if !strings.Contains(flat, "the base URL in VIPCX_BASE_URL (it overrides the config file)") {
		t.Errorf("the advice does not name VIPCX_BASE_URL:\n%s", sc)
	}
	s.keys("q")
	if st := s.exitStatus(); st != "0" {
		t.Errorf("exit status %s", st)
	}
}
