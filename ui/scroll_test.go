package ui

import (
	"strings"
	"testing"
)

func TestContactsScrollRendersOnlyVisibleRows(t *testing.T) {
	o, f := demoOptions(t)
	big := fairmont(t)
	big.CompanyProfile.Contacts = manyContacts(480)
	f.customers["9876543210"] = big
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "3")
	page := contactsPageSize(h.m.cust().bodyHeight(&h.m.env))
	steps := []struct {
		key         string
		cursor, top int
	}{
		{"down", 1, 0}, {"j", 2, 0}, {"up", 1, 0}, {"k", 0, 0},
		{"pgdown", page, 1}, {"pgup", 0, 0},
		{"end", 479, 480 - page}, {"up", 478, 480 - page}, {"home", 0, 0}, {"up", 0, 0},
	}
	for _, s := range steps {
		h.press(s.key)
		if h.m.cust().contacts.cur != s.cursor || h.m.cust().contacts.top != s.top {
			t.Fatalf("after %s: cursor %d top %d, want %d %d", s.key, h.m.cust().contacts.cur, h.m.cust().contacts.top, s.cursor, s.top)
		}
	}
	h.press("end")
	v := h.m.View()
	if !strings.Contains(v, "row 480 of 480") {
		t.Errorf("no position line:\n%s", v)
	}
	if n := strings.Count(v, "\n") + 1; n != 24 {
		t.Errorf("view has %d lines", n)
	}
}

func TestViewportTabsScroll(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "8")
	vp := func() int { return h.m.cust().tabs[tabJSON].pane().YOffset }
	h.press("down", "down")
	if vp() != 2 {
		t.Fatalf("down twice: offset %d", vp())
	}
	h.press("end")
	bottom := vp()
	if bottom == 0 || !strings.Contains(h.m.View(), "}") {
		t.Fatalf("end: offset %d", bottom)
	}
	h.press("pgup")
	if vp() >= bottom {
		t.Errorf("pgup did not move up: %d", vp())
	}
	h.press("home")
	if vp() != 0 {
		t.Errorf("home: offset %d", vp())
	}
	h.press("1", "down")
	if vp() != 0 {
		t.Error("scrolling the Company tab moved the JSON tab")
	}
}

// TestViewportPositionLine: a pane taller than the screen says which lines
// are shown; the screen keeps its height; a pane that fits has no such line.
func TestViewportPositionLine(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "8")
	if v := h.m.View(); !strings.Contains(v, "lines 1–") || strings.Count(v, "\n") != 23 {
		t.Fatalf("JSON tab: no position line or wrong height:\n%s", v)
	}
	h.press("down", "down")
	if !strings.Contains(h.m.View(), "lines 3–") {
		t.Fatalf("position line did not follow the scroll:\n%s", h.m.View())
	}
	h.press("1")
	if strings.Contains(h.m.View(), "lines ") {
		t.Fatalf("the Company tab fits but shows a position line:\n%s", h.m.View())
	}
}
