package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

func fairmont(t testing.TB) *api.Customer { return decodeFixture(t, fairmontJSON) }

func demoOptions(t testing.TB) (Options, *fakeFetcher) {
	f := &fakeFetcher{customers: map[string]*api.Customer{"9876543210": fairmont(t)}}
	return Options{Fetcher: f, Demo: true, Samples: []Sample{{"9876543210", "the API page's customer"}}}, f
}

func TestTypingGoesToInputAndValidates(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("ab")
	if h.m.startS().input.Value() != "ab" || h.m.startS().inputOK {
		t.Fatalf("value %q ok %v; want \"ab\" invalid", h.m.startS().input.Value(), h.m.startS().inputOK)
	}
	// while typing: the rule as a neutral hint, no error yet
	if v := h.m.View(); !strings.Contains(v, idHint) || strings.Contains(v, symBad) {
		t.Errorf("want the neutral hint while typing:\n%s", v)
	}
	h.press("enter") // on Enter: the exact reason, as the CLI words it
	if v := h.m.View(); !strings.Contains(v, `"ab" has 2 characters; it must have 4 to 40`) {
		t.Errorf("no exact reason on Enter:\n%s", v)
	}
	h.typeText("cd")
	if !h.m.startS().inputOK || strings.Contains(h.m.View(), "characters") {
		t.Errorf("abcd should be valid; notice %q", h.m.startS().notice)
	}
	h.typeText("!")
	if h.m.startS().inputOK {
		t.Error("abcd! accepted")
	}
	h.press("enter")
	if v := h.m.View(); !strings.Contains(v, `contains '!'`) {
		t.Errorf("no exact reason for '!':\n%s", v)
	}
}

// TestQuestionMarkOpensHelpOnStart: "?" is never part of an ID, so on the
// start screen it opens help (the README says to press it), whose footer
// labels "?" as close; Esc returns to the input with the text kept.
func TestQuestionMarkOpensHelpOnStart(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	if footer := lastLine(h.m.View()); !strings.Contains(footer, "? help") {
		t.Errorf("start footer does not mention help: %q", footer)
	}
	h.typeText("12?")
	if h.m.screen() != stateHelp || h.m.startS().input.Value() != "12" {
		t.Fatalf("? typed into the input: state %v value %q", h.m.screen(), h.m.startS().input.Value())
	}
	if footer := lastLine(h.m.View()); !strings.Contains(footer, "close") {
		t.Errorf("inside help ? is not labelled close: %q", footer)
	}
	h.press("esc")
	if h.m.screen() != stateStart || h.m.startS().input.Value() != "12" {
		t.Errorf("esc from help: state %v value %q", h.m.screen(), h.m.startS().input.Value())
	}
}

func lastLine(v string) string { return v[strings.LastIndex(v, "\n")+1:] }

func TestShortcutsNeverFireWhileTyping(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("q123456/ry")
	if h.quit {
		t.Fatal("q quit while typing")
	}
	if got := h.m.startS().input.Value(); got != "q123456/ry" {
		t.Errorf("input = %q, want every key typed", got)
	}
	if h.m.screen() != stateStart || f.callCount() != 0 || len(h.copied) != 0 || (h.m.screen() == stateHelp) {
		t.Errorf("a shortcut fired: state %v calls %d copied %v help %v", h.m.screen(), f.callCount(), h.copied, (h.m.screen() == stateHelp))
	}
}

func TestSubmitLoadsCustomer(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter")
	if h.m.screen() != stateLoaded || h.m.focus() != focusTabs {
		t.Fatalf("state %v focus %v, want loaded on tabs", h.m.screen(), h.m.focus())
	}
	if f.callCount() != 1 || h.m.shown().CompanyProfile.CompanyName != "Fairmont" {
		t.Fatalf("calls %d customer %+v", f.callCount(), h.m.shown())
	}
	if !strings.Contains(h.m.View(), "Fairmont") {
		t.Errorf("view lacks the company:\n%s", h.m.View())
	}
	if len(h.m.history) != 1 || h.m.history[0] != "9876543210" {
		t.Errorf("history = %v", h.m.history)
	}
}

func TestSubmitInvalidSendsNothing(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.press("enter")
	h.typeText("a b")
	h.press("enter")
	if f.callCount() != 0 || h.m.screen() != stateStart {
		t.Fatalf("calls %d state %v", f.callCount(), h.m.screen())
	}
}

func TestEscCancelsAndStaleReplyIsDropped(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	if h.m.screen() != stateLoading || !strings.Contains(h.m.View(), "Fetching customer 9876543210") {
		t.Fatalf("state %v, view:\n%s", h.m.screen(), h.m.View())
	}
	h.hold = false
	h.press("esc")
	if h.m.screen() != stateStart || h.m.focus() != focusInput || !strings.Contains(h.m.View(), "cancelled") {
		t.Fatalf("after esc: state %v focus %v view:\n%s", h.m.screen(), h.m.focus(), h.m.View())
	}
	for _, c := range h.held { // the reply arrives after all
		h.run(c)
	}
	if h.m.screen() != stateStart || h.m.shown() != nil {
		t.Fatalf("stale reply applied: state %v", h.m.screen())
	}
	if f.callCount() != 1 {
		t.Errorf("calls = %d", f.callCount())
	}
}

func TestReplyForSupersededFetchIsDropped(t *testing.T) {
	o, f := demoOptions(t)
	other := fairmont(t)
	other.CustomerID, other.CompanyProfile.CompanyName = "1111111111", "Other Inc"
	f.customers["1111111111"] = other
	h := newHarness(t, o, 80, 24)
	h.hold = true
	h.typeText("9876543210")
	h.press("enter", "esc")
	h.press("esc") // the home screen: Esc clears the field
	h.typeText("1111111111")
	h.press("enter")
	h.hold = false
	first, second := h.held[0], h.held[len(h.held)-1]
	h.run(first)
	if h.m.screen() != stateLoading || h.m.loading().id != "1111111111" {
		t.Fatalf("old reply changed the screen: state %v id %q", h.m.screen(), h.m.loading().id)
	}
	h.run(second)
	if h.m.screen() != stateLoaded || h.m.shown().CompanyProfile.CompanyName != "Other Inc" {
		t.Fatalf("state %v customer %v", h.m.screen(), h.m.shown())
	}
}

func TestCancelCancelsTheRequestContext(t *testing.T) {
	o, f := demoOptions(t)
	f.gate = make(chan struct{}) // never opened: only the context can end the call
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	h.hold = false
	done := make(chan tea.Msg)
	go func() { done <- h.held[0]() }()
	h.press("esc")
	msg := (<-done).(fetchedMsg)
	if !errors.Is(msg.err, context.Canceled) {
		t.Fatalf("fetch ended with %v, want context.Canceled", msg.err)
	}
	h.send(msg)
	if h.m.screen() != stateStart {
		t.Errorf("cancelled reply changed state to %v", h.m.screen())
	}
}

func TestRefreshFetchesAgainAndKeepsTab(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "4", "r")
	if f.callCount() != 2 {
		t.Fatalf("calls = %d, want a second fetch", f.callCount())
	}
	if h.m.screen() != stateLoaded || h.m.cust().tab != tabDiscounts {
		t.Errorf("state %v tab %d, want loaded on Discounts", h.m.screen(), h.m.cust().tab)
	}
}

func TestTabSwitchingByEveryKey(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter")
	steps := []struct {
		key  string
		want tabID
	}{
		{"tab", 1}, {"tab", 2}, {"right", 3}, {"l", 4}, {"tab", 5}, {"tab", 6}, {"tab", 7}, {"tab", 0},
		{"shift+tab", 7}, {"left", 6}, {"h", 5},
		{"1", 0}, {"2", 1}, {"3", 2}, {"4", 3}, {"5", 4}, {"6", 5}, {"7", 6}, {"8", 7},
	}
	for _, s := range steps {
		h.press(s.key)
		if h.m.cust().tab != s.want {
			t.Fatalf("after %q tab = %d, want %d", s.key, h.m.cust().tab, s.want)
		}
		if !strings.Contains(h.m.cust().tabLine, "[") {
			t.Fatalf("tab line not rendered: %q", h.m.cust().tabLine)
		}
	}
}

func TestSearchFocusesInputAndEscReturns(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "3", "/")
	if h.m.focus() != focusInput || h.m.screen() != stateStart || h.m.startS().input.Value() != "" {
		t.Fatalf("after /: focus %v state %v value %q", h.m.focus(), h.m.screen(), h.m.startS().input.Value())
	}
	h.typeText("q")
	if h.quit || h.m.startS().input.Value() != "q" {
		t.Fatalf("q in the search input: quit %v value %q", h.quit, h.m.startS().input.Value())
	}
	h.press("esc")
	if h.m.screen() != stateLoaded || h.m.focus() != focusTabs || h.m.cust().tab != tabContacts {
		t.Errorf("esc: state %v focus %v tab %d", h.m.screen(), h.m.focus(), h.m.cust().tab)
	}
}

// TestEscReturnsToTheLatestScreen: after a customer and then an error, "/"
// then Esc goes back to the error (what was on screen), not the older
// customer; after a later load, to that customer.
func TestEscReturnsToTheLatestScreen(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "/")
	h.typeText("demo-404")
	h.press("enter", "/", "esc")
	if h.m.screen() != stateFailed || !strings.Contains(h.m.View(), "404") {
		t.Fatalf("esc after an error: state %v view:\n%s", h.m.screen(), h.m.View())
	}
	h.press("/")
	h.typeText("9876543210")
	h.press("enter", "/", "esc")
	if h.m.screen() != stateLoaded {
		t.Errorf("esc after a load that followed an error: state %v", h.m.screen())
	}
}

func TestQuitKeys(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "q")
	if !h.quit {
		t.Error("q on the customer view did not quit")
	}
	h2 := newHarness(t, o, 80, 24)
	h2.typeText("abc")
	h2.press("ctrl+c")
	if !h2.quit {
		t.Error("ctrl+c in the input did not quit")
	}
}

func TestCopyAndHelp(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "y")
	if len(h.copied) != 1 || h.copied[0] != "9876543210" {
		t.Fatalf("copied %v", h.copied)
	}
	if !strings.Contains(h.m.View(), "copied 9876543210") {
		t.Errorf("no copied status in:\n%s", h.m.View())
	}
	h.press("?")
	if !(h.m.screen() == stateHelp) || !strings.Contains(h.m.View(), "refresh") || !strings.Contains(h.m.View(), "page down") {
		t.Errorf("? did not show full help:\n%s", h.m.View())
	}
	h.press("?")
	if h.m.screen() == stateHelp {
		t.Error("? did not close help")
	}
}

func TestHistoryRecallInInput(t *testing.T) {
	o, _ := demoOptions(t)
	o.Samples = nil
	h := newHarness(t, o, 80, 24)
	h.send(historyMsg{ids: []string{"1111111111", "1122222222", "3333333333"}})
	h.typeText("11") // filters the list to the first two
	h.press("up")    // from the input either arrow enters the list at its top
	if h.m.startS().input.Value() != "1111111111" {
		t.Fatalf("up: %q", h.m.startS().input.Value())
	}
	h.press("down", "down")
	if h.m.startS().input.Value() != "1122222222" {
		t.Fatalf("down at the last match: %q", h.m.startS().input.Value())
	}
	h.press("up", "up")
	if h.m.startS().input.Value() != "11" {
		t.Fatalf("up past the top should restore the draft, got %q", h.m.startS().input.Value())
	}
}

func TestResizeRelayoutsAndTooSmall(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "8")
	for _, sz := range [][2]int{{120, 40}, {60, 20}, {59, 20}, {60, 19}, {100, 30}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		v := h.m.View()
		small := sz[0] < 60 || sz[1] < 20
		if small != strings.Contains(v, "enlarge the terminal") {
			t.Fatalf("%v: small=%v but view:\n%s", sz, small, v)
		}
		assertFits(t, v, sz[0])
		if lines := strings.Count(v, "\n") + 1; !small && lines != sz[1] {
			t.Errorf("%v: %d lines, want %d", sz, lines, sz[1])
		}
		if !small && (h.m.cust().tabs[tabJSON].pane().Width != sz[0] || !strings.Contains(v, "Fairmont")) {
			t.Errorf("%v: pane width %d, view:\n%s", sz, h.m.cust().tabs[tabJSON].pane().Width, v)
		}
	}
}

func TestViewEmptyBeforeFirstSize(t *testing.T) {
	o, _ := demoOptions(t)
	m := New(o).withStatic()
	if v := m.View(); v != "" {
		t.Errorf("view before the first WindowSizeMsg = %q", v)
	}
}

func TestInitialIDFetchesAtStart(t *testing.T) {
	o, f := demoOptions(t)
	o.InitialID = "9876543210"
	h := newHarness(t, o, 80, 24)
	if f.callCount() != 1 || h.m.screen() != stateLoaded {
		t.Fatalf("calls %d state %v", f.callCount(), h.m.screen())
	}
}

func TestFailedFetchShowsPanelAndRetries(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("demo-404")
	h.press("enter")
	if h.m.screen() != stateFailed || !strings.Contains(h.m.View(), "404") {
		t.Fatalf("state %v view:\n%s", h.m.screen(), h.m.View())
	}
	h.press("r")
	if f.callCount() != 2 || h.m.screen() != stateFailed {
		t.Errorf("retry: calls %d state %v", f.callCount(), h.m.screen())
	}
	h.press("/")
	h.typeText("9876543210")
	h.press("enter")
	if h.m.screen() != stateLoaded {
		t.Errorf("new search after an error: state %v", h.m.screen())
	}
}

// TestRunesInOneReadAreSeparateKeys: "26" arriving as one message (fast
// typing, a loaded machine) is two tab jumps, not an unknown key.
func TestRunesInOneReadAreSeparateKeys(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("26")})
	if h.m.cust().tab != 5 {
		t.Fatalf("after \"26\" tab = %d, want 5 (the JSON tab)", h.m.cust().tab)
	}
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2")})
	if h.m.cust().tab != 1 {
		t.Fatalf("after \"2\" tab = %d, want 1", h.m.cust().tab)
	}
}

// TestRefreshUsesTheRequestedID: a server that echoes another customerId
// must not redirect refresh or the history to that ID.
func TestRefreshUsesTheRequestedID(t *testing.T) {
	other := fairmont(t)
	other.CustomerID = "server-echoed-9999"
	f := &fakeFetcher{customers: map[string]*api.Customer{"9876543210": other}}
	h := newHarness(t, Options{Fetcher: f, Demo: true}, 80, 24)
	h.typeText("9876543210")
	h.press("enter")
	h.press("r")
	if f.callCount() != 2 || f.calls[1] != "9876543210" {
		t.Fatalf("refresh fetched %q, want the requested 9876543210", f.calls)
	}
	if len(h.m.history) == 0 || h.m.history[0] != "9876543210" {
		t.Fatalf("history = %v, want the requested ID first", h.m.history)
	}
}

// TestJSONTabShowsLongValuesWhole: the viewport cuts lines wider than the
// pane and ←/→ switch tabs, so a long value must be wrapped to be read.
func TestJSONTabShowsLongValuesWhole(t *testing.T) {
	long := strings.Repeat("Fairmont ", 12) + "END-OF-NAME"
	c := decodeFixture(t, strings.Replace(fairmontJSON, `"companyName": "Fairmont"`, `"companyName": "`+long+`"`, 1))
	o := Options{Fetcher: &fakeFetcher{customers: map[string]*api.Customer{"9876543210": c}}}
	h := newHarness(t, o, 60, 40)
	h.typeText("9876543210")
	h.press("enter", "8")
	v := h.m.View()
	if !strings.Contains(v, "END-OF-NAME") {
		t.Fatalf("the end of a long value is not on screen:\n%s", v)
	}
	assertFits(t, v, 60)
}

// TestHelpFitsTheSmallestTerminal: at 60 columns the "?" screen still lists
// every key, the last group included.
func TestHelpFitsTheSmallestTerminal(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 60, 20)
	h.typeText("9876543210")
	h.press("enter", "?")
	v := h.m.View()
	for _, want := range []string{"next tab", "bottom", "copy ID", "esc", "back", "ctrl+c", "esc close"} {
		if !strings.Contains(v, want) {
			t.Errorf("help at 60×20 lacks %q:\n%s", want, v)
		}
	}
	assertFits(t, v, 60)
	h.press("?")
	footer := h.m.View()[strings.LastIndex(h.m.View(), "\n")+1:]
	if !strings.Contains(footer, "? help") || !strings.Contains(footer, "q quit") {
		t.Errorf("footer at 60 columns hides help or quit: %q", footer)
	}
}
