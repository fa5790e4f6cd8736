package ui

import (
	"strings"
	"testing"
)

var tabTitles = []string{"1 Company", "2 Address", "3 Contacts (480)", "4 Discounts (2)", "5 Membership", "6 JSON"}

func TestTabsFullTitlesWhenWide(t *testing.T) {
	out := renderTabs(tabTitles, 2, newStyles(true), 120)
	assertContains(t, out, "1 Company  2 Address  [3 Contacts (480)]  4 Discounts (2)  5 Membership  6 JSON")
	assertFits(t, out, 120)
}

func TestTabsFitEveryWidthAndStayOneLine(t *testing.T) {
	big := append([]string(nil), tabTitles...)
	big[2] = "3 Contacts (5,000)"
	st := newStyles(true)
	for _, titles := range [][]string{tabTitles, big} {
		for active := range titles {
			for w := 60; w <= 130; w++ {
				out := renderTabs(titles, tabID(active), st, w)
				if strings.Contains(out, "\n") {
					t.Fatalf("width %d: tabs wrapped: %q", w, out)
				}
				assertFits(t, out, w)
				num := strings.Fields(titles[active])[0]
				if !strings.Contains(out, "["+num) {
					t.Fatalf("width %d: active tab %d not bracketed: %q", w, active, out)
				}
				for i := range titles {
					if !strings.Contains(out, strings.Fields(titles[i])[0]) {
						t.Fatalf("width %d: tab number %d missing: %q", w, i+1, out)
					}
				}
			}
		}
	}
}

func TestTabsAbbreviateOthersFirstAndKeepCounts(t *testing.T) {
	out := renderTabs(tabTitles, 2, newStyles(true), 60)
	assertContains(t, out, "1 Comp 2 Addr [3 Contacts (480)] 4 Disc (2) 5 Memb 6 JSON")
}

func TestAbbreviateTab(t *testing.T) {
	cases := []struct {
		in   string
		how  int
		want string
	}{
		{"3 Contacts (480)", 0, "3 Contacts (480)"},
		{"3 Contacts (480)", 1, "3 Cont (480)"},
		{"3 Contacts (480)", 2, "3 (480)"},
		{"6 JSON", 1, "6 JSON"},
		{"Solo", 2, "Solo"},
	}
	for _, c := range cases {
		if got := abbreviateTab(c.in, c.how); got != c.want {
			t.Errorf("abbreviateTab(%q, %d) = %q, want %q", c.in, c.how, got, c.want)
		}
	}
}

func BenchmarkRenderTabs(b *testing.B) {
	st := newStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		renderTabs(tabTitles, 3, st, 60)
	}
}

func TestTabsFullAt80(t *testing.T) {
	out := renderTabs(tabTitles, 0, newStyles(true), 80)
	assertContains(t, out, "[1 Company]  2 Address  3 Contacts (480)  4 Discounts (2)  5 Membership  6 JSON")
}
