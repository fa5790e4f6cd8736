package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
)

func TestHeaderShowsTheCard(t *testing.T) {
	c := decodeFixture(t, fairmontJSON)
	st := newStyles(true)
	for _, w := range testWidths {
		out := renderHeader(c, st, w, testToday)
		assertFits(t, out, w)
		assertContains(t, out, "Fairmont", "9876543210", "● Active (1000)", "Education (EDU)",
			"5556667778", "2020-05-02 (expired 2,300 days ago)", "Created 2019-05-02")
		if n := strings.Count(out, "\n") + 1; n > headerMaxLines {
			t.Errorf("width %d: header is %d lines, want ≤ %d:\n%s", w, n, headerMaxLines, out)
		}
	}
}

func TestHeaderStaysWithinFiveLinesAtEveryWidth(t *testing.T) {
	st := newStyles(false)
	for _, c := range []*api.Customer{decodeFixture(t, fairmontJSON), richCustomer(), decodeFixture(t, hostileJSON), {}} {
		for w := 60; w <= 200; w++ {
			out := renderHeader(c, st, w, testToday)
			assertFits(t, out, w)
			if n := strings.Count(out, "\n") + 1; n > headerMaxLines {
				t.Fatalf("width %d: %d lines:\n%s", w, n, out)
			}
		}
	}
}

func TestHeaderCotermDaysLeft(t *testing.T) {
	st := newStyles(true)
	cases := map[string]string{
		"":           "Coterm not set",
		"2026-08-19": "2026-08-19 (today)",
		"2026-08-20": "2026-08-20 (in 1 day)",
		"2026-08-31": "2026-08-31 (in 12 days)",
		"2027-08-19": "2027-08-19 (in 365 days)",
		"2026-08-18": "2026-08-18 (expired 1 day ago)",
		"someday":    "Coterm someday",
	}
	for coterm, want := range cases {
		c := &api.Customer{CustomerID: "1005512199", CotermDate: coterm}
		assertContains(t, renderHeader(c, st, 120, testToday), want)
	}
}

func TestHeaderDaysCountInTheUsersZone(t *testing.T) {
	// 23:30 on the 18th in New York is already the 19th in UTC; the user's
	// calendar decides what "today" is.
	ny := time.FixedZone("EDT", -4*3600)
	today := time.Date(2026, 8, 18, 23, 30, 0, 0, ny)
	c := &api.Customer{CustomerID: "1005512199", CotermDate: "2026-08-19"}
	assertContains(t, renderHeader(c, newStyles(true), 100, today), "(in 1 day)")
}

func TestHeaderStatusKeepsItsCode(t *testing.T) {
	st := newStyles(true)
	cases := map[string]string{
		"1000": "● Active (1000)",
		"1002": "▲ Pending (1002)",
		"1012": "✖ Inactive: account blocked (1012)",
		"1016": "? Unknown status (1016)",
		"":     "? —",
	}
	for code, want := range cases {
		c := &api.Customer{CustomerID: "1005512199", Status: code, CompanyProfile: api.CompanyProfile{CompanyName: "Acme"}}
		assertContains(t, renderHeader(c, st, 100, testToday), want)
	}
}

func TestHeaderEmptyCustomerShowsDashes(t *testing.T) {
	out := renderHeader(&api.Customer{}, newStyles(true), 80, testToday)
	assertContains(t, out, "— ", "ID —", "Reseller —", "Created —", "Segment —")
}

func TestHeaderLongNameKeepsIDAndStatus(t *testing.T) {
	c := richCustomer()
	c.Status = "1000"
	for _, w := range testWidths {
		out := renderHeader(c, newStyles(true), w, testToday)
		assertFits(t, out, w)
		assertContains(t, out, "ID 1005512199", "● Active (1000)", "…")
	}
}

func TestHeaderHostileCustomer(t *testing.T) {
	c := decodeFixture(t, hostileJSON)
	for _, w := range testWidths {
		out := renderHeader(c, newStyles(true), w, testToday)
		assertFits(t, out, w)
		assertTerminalSafe(t, out)
		assertContains(t, out, "Mallory Trading evil Co")
	}
}

func BenchmarkRenderHeader(b *testing.B) {
	c := decodeFixture(b, fairmontJSON)
	st := newStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		renderHeader(c, st, 120, testToday)
	}
}
