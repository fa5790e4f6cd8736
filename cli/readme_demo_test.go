package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// TestREADMEDemoSectionMatchesTheDemo: the README's demo section names
// every variable the demo-server banner prints and the demo's reseller and
// special customers by the IDs the demo really serves, so the two cannot
// drift apart unnoticed.
func TestREADMEDemoSectionMatchesTheDemo(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "## Demo server")
	if !ok {
		t.Fatal("README has no demo server section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	want := []string{demo.ResellerID, demo.UnknownResellerID, demo.ManyOrdersID, demo.OrdersFailID, demo.AutoRenewOffID, "demo-429"}
	var banner strings.Builder
	writeDemoBanner(&banner, "http://127.0.0.1:8421", []string{"http://127.0.0.1:8421"}, false)
	for _, line := range strings.Split(banner.String(), "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "export "); ok {
			name, _, _ = strings.Cut(name, "=")
			want = append(want, name)
		}
	}
	for _, w := range want {
		if !strings.Contains(section, w) {
			t.Errorf("README's demo section does not mention %s", w)
		}
	}
}
