package ui

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/vipcx/vipcx/api/demo"
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

// TestGoldenListUnknownReseller is the error panel of a reseller the API
// does not know, with where its ID came from.
func TestGoldenListUnknownReseller(t *testing.T) {
	rl := &recLister{Client: demoClient(t)}
	h := newHarness(t, Options{Fetcher: rl, Demo: true, ResellerID: demo.UnknownResellerID}, 80, 24)
	v := perRequestIDs.ReplaceAllString(h.m.View(), "$1 <id>")
	golden.RequireEqual(t, []byte(v))
}

// perRequestIDs are the per-request IDs the panel shows, which change on every run.
var perRequestIDs = regexp.MustCompile(`(Request ID|Correlation ID) [0-9a-f-]{36}`)
