package ui

import (
	"fmt"
	"testing"
)

// TestGoldenList is the demo reseller's list as it opens, filtered by part
// of a name, in the table after Esc with pending customers, and empty.
func TestGoldenList(t *testing.T) {
	steps := map[string]func(h *harness){
		"unfiltered": func(*harness) {},
		"filtered":   func(h *harness) { h.typeText("lumi") },
		"pending":    func(h *harness) { h.press("esc", "s", "down", "down") },
		"empty":      func(h *harness) { h.typeText("nobody-here") },
	}
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {60, 20}} {
		for name, step := range steps {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], name), func(t *testing.T) {
				h, _ := listHarness(t, sz[0], sz[1])
				step(h)
				checkView(t, h, sz[0], sz[1])
			})
		}
	}
}
