package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// TestDemoHelpOnTheListNamesTheSamples: the demo opens on the reseller
// list, whose Find box takes a sample ID but never offers one, so "?" there
// names every sample, whole, even at 60×20, with the keys uncut beside it.
// Over a customer the keys alone fill the screen and no samples are shown.
func TestDemoHelpOnTheListNamesTheSamples(t *testing.T) {
	var samples []Sample
	for _, s := range demo.Samples() {
		samples = append(samples, Sample{ID: s.ID, Summary: s.Summary})
	}
	rl := &recLister{Client: demoClient(t)}
	h := newHarness(t, Options{Fetcher: rl, Demo: true, ResellerID: demo.ResellerID, Samples: samples}, 60, 20)
	h.runHeld()
	for _, keys := range [][]string{{"?"}, {"esc", "esc", "?"}} { // in Find, then in the table
		h.press(keys...)
		v := h.m.View()
		for _, s := range samples {
			if !strings.Contains(v, s.ID) {
				t.Errorf("after %v: help lacks sample %s:\n%s", keys, s.ID, v)
			}
		}
		if strings.Contains(v, "…") || !strings.Contains(lastLine(v), "close") {
			t.Errorf("after %v: help cut at 60 columns:\n%s", keys, v)
		}
		assertFits(t, v, 60)
	}
	h.press("esc", "enter")
	h.runHeld()
	h.press("?")
	if v := h.m.View(); h.m.screen() != stateHelp || strings.Contains(v, "demo-404") {
		t.Errorf("help over a customer: state %v\n%s", h.m.screen(), v)
	}
}
