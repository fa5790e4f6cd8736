package e2e

import (
	"strings"
	"testing"
)

// TestTUIListOpenByIDInTmux: in the demo, which opens on the reseller's
// list, i from the table is the way to the sample customers: the ID
// prompt lists them, typing narrows them, the selected one opens, and Esc
// from its error panel is back on the list as it was left.
func TestTUIListOpenByIDInTmux(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("249 customers")
	s.typeText("heron")
	s.waitText("5 customers")
	s.keys("Down")
	s.waitText("row 2 of 5")
	s.keys("Escape")
	s.waitText("i by ID") // the table has the keys, and its footer names i
	s.keys("i")
	s.waitText("Recent and demo customers")
	s.typeText("demo-4")
	s.waitScreen("only the 4xx samples", func(sc string) bool {
		return strings.Contains(sc, "demo-429") && !strings.Contains(sc, "demo-5000")
	})
	s.keys("Down", "Down", "Down", "Down")
	s.waitScreen("demo-404 selected", func(sc string) bool {
		return strings.Contains(sc, "› demo-404     answers 404")
	})
	s.keys("Enter")
	s.waitText("404 Not Found")
	s.waitText("1116")
	s.keys("Escape")
	s.waitScreen("the same list, row 2 highlighted, the table focused", func(sc string) bool {
		return strings.Contains(sc, "Find › heron") && strings.Contains(sc, "› Blue Heron Analytics Group") &&
			strings.Contains(sc, "row 2 of 5") && strings.Contains(sc, "i by ID")
	})
	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}
