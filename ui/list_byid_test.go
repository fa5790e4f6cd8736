package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// byIDHarness is the demo opened on its reseller's list, with the demo's
// samples, as `vipcx --demo` opens.
func byIDHarness(t *testing.T, w, ht int) *harness {
	t.Helper()
	var samples []Sample
	for _, s := range demo.Samples() {
		samples = append(samples, Sample{ID: s.ID, Summary: s.Summary})
	}
	rl := &recLister{Client: demoClient(t)}
	o := Options{Fetcher: rl, Demo: true, ResellerID: demo.ResellerID, Samples: samples, Profile: "default", Env: "demo"}
	return newHarness(t, o, w, ht)
}

// arranged leaves the list in a state of its own (filtered, another
// status and sort, the highlight moved, the table focused), so a return
// to it can be checked against that state, not the opening one.
func arranged(h *harness) {
	h.typeText("a")
	h.press("esc", "s", "o", "down", "down")
}

// TestListIOpensTheIDPromptWithTheSamples: i in the table pushes the ID
// prompt with the demo's samples, filtered as typed; the selected sample
// opens; Esc from its error panel is back on the list exactly as it was.
func TestListIOpensTheIDPromptWithTheSamples(t *testing.T) {
	h := byIDHarness(t, 80, 24)
	arranged(h)
	before, list := h.m.View(), h.m.list()
	h.press("i")
	s, ok := h.m.top().(startScreen)
	if !ok || !s.child || h.m.focus() != focusInput {
		t.Fatalf("after i: state %v; want the ID prompt pushed over the list, typing", h.m.screen())
	}
	v := h.m.View()
	for _, want := range []string{"Customer ID", "Recent and demo customers", "demo-404", "demo-5000", "esc back"} {
		if !strings.Contains(v, want) {
			t.Errorf("the prompt lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "--reseller") {
		t.Errorf("the prompt over a reseller's list says how to set one:\n%s", v)
	}
	h.typeText("demo-4")
	if v := h.m.View(); !strings.Contains(v, "demo-429") || strings.Contains(v, "demo-5000") {
		t.Errorf("demo-4 does not narrow the list to the 4xx samples:\n%s", v)
	}
	h.press("down", "down", "down", "down")
	if got := h.m.top().(startScreen).input.Value(); got != "demo-404" {
		t.Fatalf("the fourth 4xx sample selected is %q, want demo-404", got)
	}
	h.press("enter")
	if h.m.screen() != stateFailed || !strings.Contains(h.m.View(), "404 Not Found") {
		t.Fatalf("enter on demo-404: state %v; want its error panel:\n%s", h.m.screen(), h.m.View())
	}
	h.press("esc")
	assertListAsItWas(t, h, before, list)
}

// TestListIThenEscLeavesTheListAsItWas: Esc on the prompt pops it, and
// the list has kept its text, filter, sort, highlight and the keys. In
// the find box i is only a letter of the name.
func TestListIThenEscLeavesTheListAsItWas(t *testing.T) {
	h := byIDHarness(t, 80, 24)
	h.typeText("li")
	if h.m.screen() != stateList || h.m.list().find.Value() != "li" {
		t.Fatalf("typing li in Find: state %v, text %q", h.m.screen(), h.m.list().find.Value())
	}
	h.press("backspace", "backspace")
	arranged(h)
	before, list := h.m.View(), h.m.list()
	h.press("i")
	h.typeText("demo")
	h.press("down", "esc")
	assertListAsItWas(t, h, before, list)
}

func assertListAsItWas(t *testing.T, h *harness, before string, was listScreen) {
	t.Helper()
	if len(h.m.stack) != 1 || h.m.screen() != stateList {
		t.Fatalf("after esc: %d screens, %v on show; want the list alone", len(h.m.stack), h.m.screen())
	}
	l := h.m.list()
	if l.finding || l.find.Value() != was.find.Value() || l.q != was.q || l.cur != was.cur || l.top != was.top {
		t.Errorf("the list changed: finding %v text %q query %+v row %d; was %q %+v row %d",
			l.finding, l.find.Value(), l.q, l.cur, was.find.Value(), was.q, was.cur)
	}
	if v := h.m.View(); v != before {
		t.Errorf("the list does not look as it did:\nbefore:\n%s\nafter:\n%s", before, v)
	}
}

// TestListIOffersWhatWasOpened: an ID opened from the prompt comes back
// first in it, marked recent, next time.
func TestListIOffersWhatWasOpened(t *testing.T) {
	h := byIDHarness(t, 80, 24)
	h.press("esc", "i")
	h.typeText("9876543210")
	h.press("enter")
	if h.m.screen() != stateLoaded {
		t.Fatalf("enter on 9876543210: state %v, want the customer", h.m.screen())
	}
	h.press("esc", "i", "down")
	if got := h.m.top().(startScreen).input.Value(); got != "9876543210" {
		t.Errorf("the first entry selected is %q, want the recent 9876543210", got)
	}
	if v := h.m.View(); !strings.Contains(v, "recent · ") {
		t.Errorf("the opened ID is not offered as recent:\n%s", v)
	}
}

// TestListKeysNameI: the table's footer names i whole at 60 columns, and
// its ? help too.
func TestListKeysNameI(t *testing.T) {
	h := byIDHarness(t, 60, 20)
	h.press("esc")
	if f := lastLine(h.m.View()); !strings.Contains(f, "i by ID") || !strings.Contains(f, "q quit") {
		t.Errorf("the table's footer at 60 columns: %q; want i and q whole", f)
	}
	h.press("?")
	if v := h.m.View(); !strings.Contains(v, "open by ID") || !strings.Contains(v, "i in the table picks one") {
		t.Errorf("help over the table does not name i:\n%s", v)
	}
}

// TestGoldenListByID is the ID prompt over the demo list, as opened and
// filtered to the 4xx samples.
func TestGoldenListByID(t *testing.T) {
	steps := map[string]func(h *harness){
		"opened":   func(h *harness) { h.press("esc", "i") },
		"filtered": func(h *harness) { h.press("esc", "i"); h.typeText("demo-4"); h.press("down") },
	}
	for _, sz := range [][2]int{{80, 24}, {60, 20}} {
		for name, step := range steps {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], name), func(t *testing.T) {
				h := byIDHarness(t, sz[0], sz[1])
				step(h)
				checkView(t, h, sz[0], sz[1])
			})
		}
	}
}
