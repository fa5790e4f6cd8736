package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

func paste(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true} }

// TestPasteTooLongIsKeptAndNeverFetched: 41 pasted characters stay 41, the
// screen says the ID is too long, and Enter fetches nothing (a 40-character
// limit used to keep a prefix and fetch an ID nobody typed).
func TestPasteTooLongIsKeptAndNeverFetched(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	long := strings.Repeat("a", 41)
	h.send(paste(long))
	if got := h.m.startS().input.Value(); got != long {
		t.Fatalf("input kept %d of 41 characters", len(got))
	}
	if v := h.m.View(); !strings.Contains(v, "too long: 41 characters, at most 40") {
		t.Errorf("no too-long hint:\n%s", v)
	}
	h.press("enter")
	if f.callCount() != 0 {
		t.Fatalf("fetched %v for a 41-character paste", f.calls)
	}
	if v := h.m.View(); !strings.Contains(v, "has 41") || !strings.Contains(v, "it must have 4 to 40") {
		t.Errorf("no exact reason on Enter:\n%s", v)
	}
}

// TestWhitespaceAroundAnIDIsTrimmed: a pasted " 9876543210 " is a valid ID
// in the live check and fetched trimmed; a leading space plus 40
// characters loses none of them.
func TestWhitespaceAroundAnIDIsTrimmed(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.send(paste(" 9876543210 "))
	if !h.m.startS().inputOK || !strings.Contains(h.m.View(), "enter to fetch") {
		t.Fatalf("padded ID rejected by the live check:\n%s", h.m.View())
	}
	h.press("enter")
	if f.callCount() != 1 || f.calls[0] != "9876543210" || h.m.screen() != stateLoaded {
		t.Fatalf("calls %q state %v", f.calls, h.m.screen())
	}
	h.press("/")
	forty := strings.Repeat("b", 40)
	h.send(paste(" " + forty))
	h.press("enter")
	if last := f.calls[len(f.calls)-1]; last != forty {
		t.Errorf("fetched %q, want the 40 characters after the space", last)
	}
}

// TestCopyTakesTheRequestedID: y copies the validated ID the user asked for,
// not the customerId the server echoed (which is not validated).
func TestCopyTakesTheRequestedID(t *testing.T) {
	c := fairmont(t)
	c.CustomerID = "server-echo-" + strings.Repeat("x", 200)
	f := &fakeFetcher{customers: map[string]*api.Customer{"9876543210": c}}
	h := newHarness(t, Options{Fetcher: f, Demo: true}, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "y")
	if len(h.copied) != 1 || h.copied[0] != "9876543210" {
		t.Fatalf("copied %q, want the requested 9876543210", h.copied)
	}
}

// TestEscOnInitialCustomerGoesToSearch: a customer opened with --customer
// has the start screen under it, and Esc shows it with the input focused.
func TestEscOnInitialCustomerGoesToSearch(t *testing.T) {
	o, _ := demoOptions(t)
	o.InitialID = "9876543210"
	h := newHarness(t, o, 80, 24)
	if h.m.screen() != stateLoaded {
		t.Fatalf("state %v", h.m.screen())
	}
	h.press("esc")
	if h.m.screen() != stateStart || h.m.focus() != focusInput || !strings.Contains(h.m.View(), "Customer ID") {
		t.Fatalf("esc on a --customer customer: state %v\n%s", h.m.screen(), h.m.View())
	}
}

// TestEscDuringRefreshStaysOnTheCustomer: r then Esc cancels the refresh
// and leaves the customer on screen, on the same tab.
func TestEscDuringRefreshStaysOnTheCustomer(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "4")
	f.gate = make(chan struct{})
	h.hold = true
	h.press("r")
	if v := h.m.View(); h.m.screen() != stateLoading || !strings.Contains(v, "Refreshing") || !strings.Contains(v, "Fairmont") {
		t.Fatalf("refresh blanked the customer: state %v\n%s", h.m.screen(), v)
	}
	h.press("esc")
	if h.m.screen() != stateLoaded || h.m.cust().tab != tabDiscounts {
		t.Fatalf("esc during refresh: state %v tab %v", h.m.screen(), h.m.cust().tab)
	}
}

// TestTooSmallMessageIsWrapped: at 30 columns the "enlarge" message is
// wrapped, so the sizes it names are not cut off.
func TestTooSmallMessageIsWrapped(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 30, 10)
	v := h.m.View()
	if !strings.Contains(v, "have 30×10)") || strings.Contains(v, "…") {
		t.Fatalf("enlarge message cut:\n%s", v)
	}
	assertFits(t, v, 30)
}

// TestECopiesTheSelectedContactsEmail: on the Contacts tab e copies the
// highlighted contact's email; on other tabs it does nothing.
func TestECopiesTheSelectedContactsEmail(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter", "e")
	if len(h.copied) != 0 {
		t.Fatalf("e copied %q outside the Contacts tab", h.copied)
	}
	h.press("3", "e")
	if len(h.copied) != 1 || h.copied[0] != "mickey@mouse.com" {
		t.Fatalf("copied %q, want the contact's email", h.copied)
	}
}

// TestCursorVisibleWithoutColour: tests render with no colour profile, as
// under NO_COLOR; withReverseCursor (what Run applies then) must still draw
// the input cursor in reverse video, on the start screen, on a "/" search
// and in the credentials form.
func TestCursorVisibleWithoutColour(t *testing.T) {
	const reverse = "\x1b[7m"
	o, _ := demoOptions(t)
	m := New(o).withReverseCursor().withStatic()
	m, _ = m.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(m.View(), reverse) {
		t.Errorf("no reverse-video cursor on the start screen: %q", m.View())
	}
	if strings.Contains(New(o).withStatic().View(), reverse) {
		t.Fatal("the colourless profile draws reverse video anyway: this test proves nothing")
	}
	form := New(Options{}).withReverseCursor().withStatic()
	form, _ = form.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if form.screen() != stateForm || !strings.Contains(form.View(), reverse) {
		t.Errorf("no reverse-video cursor in the form: %q", form.View())
	}
	for _, sgr := range regexp.MustCompile(`\x1b\[[0-9;]*m`).FindAllString(m.View()+form.View(), -1) {
		if sgr != reverse && sgr != "\x1b[0m" {
			t.Errorf("an SGR other than reverse video and reset: %q", sgr)
		}
	}
}

// TestSamplesFilterAsYouTypeAndSelect: typing "demo-4" narrows the list to
// the 4xx samples (no "… N more" hiding them), ↓ selects the first and
// Enter fetches it.
func TestSamplesFilterAsYouTypeAndSelect(t *testing.T) {
	o, f := demoOptions(t)
	o.Samples = []Sample{{"9876543210", "the API page's customer"}}
	for i := range 20 {
		o.Samples = append(o.Samples, Sample{"demo-" + strings.Repeat("1", 3) + string(rune('a'+i)), "filler"})
	}
	o.Samples = append(o.Samples, Sample{"demo-404", "answers 404"}, Sample{"demo-429", "rate limited"})
	h := newHarness(t, o, 80, 24)
	if v := h.m.View(); strings.Contains(v, "demo-429") {
		t.Fatalf("the fixture should push demo-429 below the fold:\n%s", v)
	}
	h.typeText("demo-4")
	v := h.m.View()
	if !strings.Contains(v, "demo-404") || !strings.Contains(v, "demo-429") || strings.Contains(v, "filler") {
		t.Fatalf("list not filtered by demo-4:\n%s", v)
	}
	h.press("down", "down")
	if got := h.m.startS().input.Value(); got != "demo-429" {
		t.Fatalf("second match selected %q, want demo-429", got)
	}
	if !strings.Contains(h.m.View(), cursorMark+"demo-429") {
		t.Errorf("the selection is not marked:\n%s", h.m.View())
	}
	h.press("enter")
	if f.callCount() != 1 || f.calls[0] != "demo-429" {
		t.Errorf("fetched %q, want demo-429", f.calls)
	}
}

// TestHelpOnAnErrorIsContextual: on an error panel "?" lists only keys that
// work there (no tabs, no copy) and mentions Esc.
func TestHelpOnAnErrorIsContextual(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("1111111111")
	h.press("enter")
	if h.m.screen() != stateFailed {
		t.Fatalf("state %v", h.m.screen())
	}
	if footer := lastLine(h.m.View()); strings.Contains(footer, "tab") || strings.Contains(footer, "copy") {
		t.Errorf("error footer offers keys that do nothing: %q", footer)
	}
	h.press("?")
	v := h.m.View()
	for _, absent := range []string{"next tab", "copy", "jump to tab"} {
		if strings.Contains(v, absent) {
			t.Errorf("help on an error lists %q:\n%s", absent, v)
		}
	}
	for _, want := range []string{"esc", "retry", "new search"} {
		if !strings.Contains(v, want) {
			t.Errorf("help on an error lacks %q:\n%s", want, v)
		}
	}
}

// TestEscCancelIsSaidOnce: while a customer is fetched or refreshed, how to
// cancel is said once, in the footer, not again in the body.
func TestEscCancelIsSaidOnce(t *testing.T) {
	o, f := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	if n := strings.Count(strings.ToLower(h.m.View()), "esc"); h.m.screen() != stateLoading || n != 1 {
		t.Fatalf("state %v, Esc named %d times:\n%s", h.m.screen(), n, h.m.View())
	}
	if !strings.Contains(lastLine(h.m.View()), "esc cancel") {
		t.Errorf("the footer does not say how to cancel: %q", lastLine(h.m.View()))
	}
	for _, c := range h.held {
		h.run(c)
	}
	h.held, h.hold = nil, false
	f.gate = make(chan struct{})
	h.hold = true
	h.press("r")
	if n := strings.Count(strings.ToLower(h.m.View()), "esc"); h.m.screen() != stateLoading || n != 1 {
		t.Fatalf("refresh: state %v, Esc named %d times:\n%s", h.m.screen(), n, h.m.View())
	}
}
