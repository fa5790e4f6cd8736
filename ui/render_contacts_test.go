package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

func TestContactsRendersOnlyTheRowsOnScreen(t *testing.T) {
	cs := manyContacts(5000)
	for _, w := range testWidths {
		for _, h := range []int{5, 10, 17} {
			out := renderContacts(cs, naturalContactWidths(cs), newStyles(true), w, h, 2000, 2005)
			lines := strings.Split(out, "\n")
			if len(lines) != h {
				t.Fatalf("width %d height %d: %d lines:\n%s", w, h, len(lines), out)
			}
			assertFits(t, out, w)
			assertContains(t, out, "user2001@example.com", "row 2,006 of 5,000")
			if strings.Contains(out, "user2000@example.com") || strings.Contains(out, "user"+itoa(1999+h)+"@") {
				t.Fatalf("height %d: rows outside the window rendered:\n%s", h, out)
			}
		}
	}
}

func TestContactsCursorMarkedWithoutColour(t *testing.T) {
	out := renderContacts(manyContacts(10), naturalContactWidths(manyContacts(10)), newStyles(true), 80, 8, 0, 3)
	var marked []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, cursorMark) {
			marked = append(marked, l)
		}
	}
	if len(marked) != 1 || !strings.Contains(marked[0], "user4@example.com") {
		t.Fatalf("want exactly the 4th contact marked, got %q:\n%s", marked, out)
	}
	assertContains(t, out, "row 4 of 10")
}

func TestContactsClampsTopAndCursor(t *testing.T) {
	cs := manyContacts(10)
	out := renderContacts(cs, naturalContactWidths(cs), newStyles(true), 80, 6, 50, 50)
	assertContains(t, out, "user10@example.com", "row 10 of 10")
	out = renderContacts(cs, naturalContactWidths(cs), newStyles(true), 80, 6, -3, -1)
	assertContains(t, out, "› First1 Last", "row 1 of 10")
}

func TestContactsEmptyValuesAndNoContacts(t *testing.T) {
	out := renderContacts([]api.Contact{{Email: "a@b.c"}}, naturalContactWidths([]api.Contact{{Email: "a@b.c"}}), newStyles(true), 60, 5, 0, 0)
	if strings.Count(out, noValue) != 4 { // in the row and in the detail
		t.Errorf("missing name and phone should each show %q:\n%s", noValue, out)
	}
	assertContains(t, renderContacts(nil, naturalContactWidths(nil), newStyles(true), 60, 5, 0, 0), "No contacts")
}

func TestContactsWideTextKeepsColumnsAligned(t *testing.T) {
	cs := manyContacts(9)
	cs[0].FirstName = "株式会社アクメ・グローバル・エンタープライズ長い名前"
	for _, w := range testWidths {
		out := renderContacts(cs, naturalContactWidths(cs), newStyles(true), w, 11, 0, 0)
		assertFits(t, out, w)
		col := -1
		for _, l := range strings.Split(out, "\n")[1 : 1+contactsPageSize(11)] {
			at := strings.Index(l, "user")
			if at < 0 {
				t.Fatalf("no email in %q", l)
			}
			if c := cellWidth(l[:at]); col < 0 {
				col = c
			} else if c != col {
				t.Fatalf("width %d: email starts at cell %d, want %d:\n%s", w, c, col, out)
			}
		}
	}
}

func TestContactsHostile(t *testing.T) {
	c := decodeFixture(t, hostileJSON)
	for _, w := range testWidths {
		out := renderContacts(c.CompanyProfile.Contacts, naturalContactWidths(c.CompanyProfile.Contacts), newStyles(true), w, 5, 0, 0)
		assertFits(t, out, w)
		assertTerminalSafe(t, out)
		assertContains(t, out, "Eve Dropper")
	}
	raw := []api.Contact{{FirstName: "\x1b[2J\r\u202e", Email: "\x9b31m", PhoneNumber: "\x07"}}
	out := renderContacts(raw, naturalContactWidths(raw), newStyles(true), 60, 5, 0, 0)
	assertFits(t, out, 60)
}

func TestContactsPageSize(t *testing.T) {
	for h, want := range map[int]int{0: 1, 2: 1, 5: 1, 10: 6} {
		if got := contactsPageSize(h); got != want {
			t.Errorf("contactsPageSize(%d) = %d, want %d", h, got, want)
		}
	}
}

func itoa(n int) string { return strings.ReplaceAll(thousands(n), ",", "") }

func BenchmarkRenderContacts5000(b *testing.B) {
	cs := manyContacts(5000)
	st := newStyles(true)
	nat := naturalContactWidths(cs)
	b.ReportAllocs()
	for b.Loop() {
		renderContacts(cs, nat, st, 120, 30, 2500, 2510)
	}
}

func TestContactsCostDoesNotGrowWithTheList(t *testing.T) {
	// Counting allocations rather than timing keeps this deterministic on a
	// busy machine: rendering a window of 5,000 contacts must do the same
	// work as a window of 50.
	st := newStyles(true)
	allocs := func(n int) float64 {
		cs := manyContacts(n)
		nat := naturalContactWidths(cs) // measured once per customer, by layout
		return testing.AllocsPerRun(20, func() { renderContacts(cs, nat, st, 120, 20, n/2, n/2) })
	}
	small, big := allocs(50), allocs(5000)
	if big > small*1.1+5 {
		t.Errorf("5,000 contacts: %.0f allocs per render, 50 contacts: %.0f", big, small)
	}
}

// TestContactsColumnsFitTheirContent: a 25-character phone is whole at 100
// columns and wider (no fixed cap), an email is whole while the name column
// has room to give, and the selected contact's every field is whole in the
// detail lines even at 60 columns.
func TestContactsColumnsFitTheirContent(t *testing.T) {
	cs := []api.Contact{
		{FirstName: "Ann", LastName: "Lee", Email: "ann.lee@a-rather-long-domain.example.com", PhoneNumber: "+1 212-555-0100 ext. 4412"},
		{FirstName: "Bo", LastName: "Ng", Email: "bo@x.io", PhoneNumber: "+1 212-555-0101"},
	}
	nat := naturalContactWidths(cs)
	for _, w := range []int{100, 200} {
		out := renderContacts(cs, nat, newStyles(true), w, 10, 0, 1)
		row := strings.Split(out, "\n")[1]
		if !strings.Contains(row, "+1 212-555-0100 ext. 4412") || !strings.Contains(row, "ann.lee@a-rather-long-domain.example.com") {
			t.Errorf("width %d: a cell is cut although there is room:\n%s", w, out)
		}
	}
	out := renderContacts(cs, nat, newStyles(true), 60, 10, 0, 0)
	assertFits(t, out, 60)
	detail := strings.Join(strings.Fields(strings.Join(strings.Split(out, "\n")[3:5], " ")), " ")
	for _, want := range []string{"Ann Lee", "ann.lee@a-rather-long-domain.example.com", "+1 212-555-0100 ext. 4412"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail at 60 columns lacks %q: %q", want, detail)
		}
	}
}
