package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/present"
)

// consistencyNow matches cli's summaryNow, so days left agree.
var consistencyNow = time.Date(2026, 8, 19, 12, 0, 0, 0, time.UTC)

// TestPanesShowEveryPresentedFact renders the header and the Company,
// Address, Discounts and Membership panes of every demo customer, colour
// pinned to ASCII, and checks each fact the presenter words appears in
// them exactly as worded. cli's TestGetShowsEveryPresentedFact holds `get`
// to the same list, so the two surfaces say the same words and numbers.
func TestPanesShowEveryPresentedFact(t *testing.T) {
	st := newStyles(true)
	const w = 400 // wide enough that the header cuts nothing
	for _, s := range demo.Samples() {
		raw, ok := demo.CustomerJSON(s.ID)
		if !ok {
			continue
		}
		c, err := api.DecodeCustomer(raw)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		out := strings.Join([]string{renderHeader(c, st, w, consistencyNow), renderCompany(c, st, w),
			renderAddress(c, st, w), renderDiscounts(c, st, w), renderMembership(c, st, w)}, "\n")
		out = flatText(out)
		for _, f := range present.CustomerFacts(c, consistencyNow) {
			if !strings.Contains(out, flatText(f.Value)) {
				t.Errorf("%s: the TUI lacks %s %q", s.ID, f.Label, f.Value)
			}
		}
	}
}

// flatText strips styling and collapses whitespace, so wrapping and column
// padding do not matter.
func flatText(s string) string { return strings.Join(strings.Fields(ansi.Strip(s)), " ") }

// TestHeaderHeightIsConstant keeps the tab bar from jumping between
// customers: at each width, every demo customer's header has one height.
func TestHeaderHeightIsConstant(t *testing.T) {
	st := newStyles(true)
	for _, w := range []int{60, 80, 100, 120, 200} {
		heights := map[int][]string{}
		for _, s := range demo.Samples() {
			raw, ok := demo.CustomerJSON(s.ID)
			if !ok {
				continue
			}
			c, err := api.DecodeCustomer(raw)
			if err != nil {
				t.Fatal(err)
			}
			h := strings.Count(renderHeader(c, st, w, consistencyNow), "\n") + 1
			heights[h] = append(heights[h], s.ID)
		}
		if len(heights) != 1 {
			t.Errorf("width %d: header heights differ: %v", w, heights)
		}
	}
}
