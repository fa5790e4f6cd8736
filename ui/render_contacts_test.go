package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

func TestContactsRendersOnlyTheRowsOnScreen(t *testing.T) {
	cs := manyContacts(5000)
	for _, w := range testWidths {
		for _, h := range []int{3, 10, 17} {
			out := renderContacts(cs, newStyles(true), w, h, 2000, 2005)
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
	out := renderContacts(manyContacts(10), newStyles(true), 80, 8, 0, 3)
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
	out := renderContacts(cs, newStyles(true), 80, 6, 50, 50)
	assertContains(t, out, "user10@example.com", "row 10 of 10")
	out = renderContacts(cs, newStyles(true), 80, 6, -3, -1)
	assertContains(t, out, "› First1 Last", "row 1 of 10")
}

func TestContactsEmptyValuesAndNoContacts(t *testing.T) {
	out := renderContacts([]api.Contact{{Email: "a@b.c"}}, newStyles(true), 60, 5, 0, 0)
	if strings.Count(out, noValue) != 2 {
		t.Errorf("missing name and phone should each show %q:\n%s", noValue, out)
	}
	assertContains(t, renderContacts(nil, newStyles(true), 60, 5, 0, 0), "No contacts")
}

func TestContactsWideTextKeepsColumnsAligned(t *testing.T) {
	cs := manyContacts(9)
	cs[0].FirstName = "株式会社アクメ・グローバル・エンタープライズ長い名前"
	for _, w := range testWidths {
		out := renderContacts(cs, newStyles(true), w, 11, 0, 0)
		assertFits(t, out, w)
		col := -1
		for _, l := range strings.Split(out, "\n")[1:10] {
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
		out := renderContacts(c.CompanyProfile.Contacts, newStyles(true), w, 5, 0, 0)
		assertFits(t, out, w)
		assertTerminalSafe(t, out)
		assertContains(t, out, "Eve Dropper")
	}
	raw := []api.Contact{{FirstName: "\x1b[2J\r\u202e", Email: "\x9b31m", PhoneNumber: "\x07"}}
	out := renderContacts(raw, newStyles(true), 60, 5, 0, 0)
	assertFits(t, out, 60)
}

func TestContactsPageSize(t *testing.T) {
	for h, want := range map[int]int{0: 1, 2: 1, 3: 1, 10: 8} {
		if got := contactsPageSize(h); got != want {
			t.Errorf("contactsPageSize(%d) = %d, want %d", h, got, want)
		}
	}
}

func itoa(n int) string { return strings.ReplaceAll(thousands(n), ",", "") }

func BenchmarkRenderContacts5000(b *testing.B) {
	cs := manyContacts(5000)
	st := newStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		renderContacts(cs, st, 120, 30, 2500, 2510)
	}
}

func TestContactsCostDoesNotGrowWithTheList(t *testing.T) {
	// Counting allocations rather than timing keeps this deterministic on a
	// busy machine: rendering a window of 5,000 contacts must do the same
	// work as a window of 50.
	st := newStyles(true)
	allocs := func(n int) float64 {
		cs := manyContacts(n)
		return testing.AllocsPerRun(20, func() { renderContacts(cs, st, 120, 20, n/2, n/2) })
	}
	small, big := allocs(50), allocs(5000)
	if big > small*1.1+5 {
		t.Errorf("5,000 contacts: %.0f allocs per render, 50 contacts: %.0f", big, small)
	}
}
