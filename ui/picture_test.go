package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
)

// TestTimelineUrgencyInWords checks the term timeline's urgency at each
// threshold is said in words and marked by a symbol, so it reads without
// colour, and today's marker sits where the day falls.
func TestTimelineUrgencyInWords(t *testing.T) {
	st := newStyles(true)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		coterm string
		want   []string
	}{
		{"2026-12-20", []string{"17 days left", symBad + "renews in under 30 days"}},
		{"2027-02-01", []string{"60 days left", symWarn + "renews in under 90 days"}},
		{"2027-06-01", []string{"180 days left", symGood + "over 90 days to renewal"}},
		{"2026-11-30", []string{"ended 3 days ago", symBad + "the term has ended"}},
		{"", []string{"no coterm date yet"}},
	}
	for _, c := range cases {
		for _, w := range testWidths {
			out := strings.Join(renderTimeline(&api.Customer{CotermDate: c.coterm}, st, w, now), "\n")
			assertContains(t, out, c.want...)
			assertFits(t, out, w)
		}
	}
}

func TestTimelineMarksTodayAndThreeYearCommit(t *testing.T) {
	c := &api.Customer{CotermDate: "2027-06-03", Benefits: []api.Benefit{{Type: "THREE_YEAR_COMMIT",
		Commitment: &api.Commitment{StartDate: "2025-06-03", EndDate: "2028-06-03", Status: "COMMITTED"}}}}
	lines := renderTimeline(c, newStyles(true), 60, time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC))
	if len(lines) != 4 || !strings.HasPrefix(lines[2], "3YC") || !strings.Contains(lines[3], "548 days left of the three-year commit") {
		t.Fatalf("want the term and the commit, two lines each:\n%s", strings.Join(lines, "\n"))
	}
	// half the term has run: the marker is in the middle of the bar
	bar := strings.Fields(lines[0])[2]
	run := strings.Count(bar, runGlyph)
	if left := strings.Count(bar, leftGlyph); run < left-2 || run > left+2 || !strings.Contains(bar, todayGlyph) {
		t.Errorf("half-way marker misplaced: %d run, %d left in %q", run, left, bar)
	}
	c.Benefits[0].Commitment.Status = "EXPIRED"
	if n := len(renderTimeline(c, newStyles(true), 60, time.Now())); n != 2 {
		t.Errorf("an expired commit drew %d lines, want only the term's 2", n)
	}
}

func TestHbarScalesWithEighths(t *testing.T) {
	cases := []struct {
		n, scale, w int
		want        string
	}{
		{10, 10, 4, "████"}, {5, 10, 4, "██  "}, {1, 100, 4, "▏   "}, {0, 10, 4, "    "}, {9, 8, 2, "██"}, {3, 16, 4, "▊   "},
	}
	for _, c := range cases {
		if got := hbar(c.n, c.scale, c.w); got != c.want {
			t.Errorf("hbar(%d, %d, %d) = %q, want %q", c.n, c.scale, c.w, got, c.want)
		}
	}
}

func TestActivityGroupsMonthsToFit(t *testing.T) {
	os := fakeOrders(5000) // nine years up to 2026-08
	a := countActivity(os, time.Date(2026, 8, 19, 0, 0, 0, 0, time.UTC))
	if a.total != 5000 {
		t.Fatalf("counted %d orders", a.total)
	}
	per := map[int]string{60: "per 2 months", 80: "per 2 months", 120: "per month"} // 109 months
	for _, w := range testWidths {
		lines := renderActivity(a, newStyles(true), w, 3)
		out := strings.Join(lines, "\n")
		assertFits(t, out, w)
		assertContains(t, lines[0], "Orders "+per[w], "since 2017-08")
		if len(lines) != 5 {
			t.Errorf("%d lines at %d columns, want a title, 3 rows and the axis", len(lines), w)
		}
	}
	if out := renderActivity(activity{}, newStyles(true), 60, 3); len(out) != 1 || !strings.Contains(out[0], "no dated orders") {
		t.Errorf("empty history: %q", out)
	}
}

// TestQuantityBarsEachRowOnItsOwnScale: 70 licences beside a 3,000
// transaction consumable still fill their bar (on one scale they were a
// sliver), used shows against current, and a renewal that will not happen
// does not set the scale.
func TestQuantityBarsEachRowOnItsOwnScale(t *testing.T) {
	sub := func(cur, used, renew int, on bool) api.Subscription {
		var s api.Subscription
		s.OfferID, s.CurrentQuantity, s.UsedQuantity = "65304578CA01A12", api.FlexInt(cur), api.FlexInt(used)
		s.AutoRenewal.Enabled, s.AutoRenewal.RenewalQuantity = api.FlexBool(on), api.FlexInt(renew)
		return s
	}
	st := newStyles(true)
	for _, w := range testWidths {
		q := newQuantityBars(15, w)
		full := strings.Repeat("█", q.barW)
		half := hbar(35, 70, q.barW)
		small := q.row(sub(70, 35, 70, true), st, w)
		if !strings.Contains(small, full+" ") || !strings.Contains(small, half+" ") {
			t.Errorf("%d columns: 70 current / 35 used not drawn full and half:\n%s", w, small)
		}
		off := q.row(sub(40, 40, 400, false), st, w)
		if !strings.Contains(off, full+" ") || !strings.Contains(off, symBad+"off") {
			t.Errorf("%d columns: auto-renew off scaled by its renewal quantity:\n%s", w, off)
		}
		assertFits(t, small+"\n"+off, w)
	}
}
