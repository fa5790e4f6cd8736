package ui

import (
	"strings"
	"testing"
	"unsafe"
)

// glyphRow is a row longer in bytes than the frame is wide, as a term
// timeline's or a quantity bar's is: clip has to measure it, and cut it.
var glyphRow = strings.Repeat("█─", 40)

func TestFitFrameReusesTheRowsThatDidNotChange(t *testing.T) {
	body := func(find string) string { return "head\n" + find + "\n" + glyphRow + "\nlast" }
	p := frameParts{top: "title", body: body("find: a"), footer: "help", width: 30, height: 8}
	prev := fitFrame(p, nil)
	p.body = body("find: ab")
	next := fitFrame(p, &prev)
	if want := fitFrame(p, nil).out; next.out != want {
		t.Fatalf("a refit frame differs from a fresh one:\n%s\nwant:\n%s", next.out, want)
	}
	const glyph = 3 // title, head, find, then the glyph row
	if unsafe.StringData(next.fit[glyph]) != unsafe.StringData(prev.fit[glyph]) {
		t.Error("the unchanged glyph row was cut again instead of taken from the previous frame")
	}
	if next.fit[2] != "find: ab" {
		t.Errorf("the changed row is %q, want %q", next.fit[2], "find: ab")
	}
	p.width = 20 // another width: every row is cut afresh
	if got, want := fitFrame(p, &prev).out, fitFrame(p, nil).out; got != want {
		t.Fatalf("a frame of another width reused rows:\n%s\nwant:\n%s", got, want)
	}
}

func TestFitFrameFillsAndCutsTheBody(t *testing.T) {
	p := frameParts{top: "title", body: "a\nb\nc\nd\ne", footer: "help", width: 10, height: 5}
	if got, want := fitFrame(p, nil).out, "title\na\nb\nc\nhelp"; got != want {
		t.Errorf("a long body: %q, want %q", got, want)
	}
	p.body = "a"
	if got, want := fitFrame(p, nil).out, "title\na\n\n\nhelp"; got != want {
		t.Errorf("a short body: %q, want %q", got, want)
	}
}

// TestCachedViewIsTheFrameFittedOnUpdate: on the customer screen, View
// only compares the parts and returns the frame redraw fitted, so its cost
// cannot depend on how many glyph rows a tab shows.
func TestCachedViewIsTheFrameFittedOnUpdate(t *testing.T) {
	for _, tab := range []string{"1", "3", "6", "7"} {
		for _, n := range dataSizes {
			m := benchData(t, n, benchW, benchH).pressed(tab).pressed("pgdown")
			if v := m.View(); unsafe.StringData(v) != unsafe.StringData(m.drawn.frame.out) {
				t.Errorf("tab %s, %d items: View fitted the frame again", tab, n)
			}
		}
	}
}
