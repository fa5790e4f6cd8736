package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/sanitize"
)

// idHint is the validation rule in words, shown until the ID is valid.
const idHint = "4–40 letters, digits or hyphens"

// newIDInput is the Customer ID field. The limit matches the longest valid
// ID so a paste cannot grow the line without bound.
func newIDInput() textinput.Model {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "e.g. 9876543210"
	in.CharLimit = 40
	return in
}

// validateInput checks the input with the client's own rule and sets the
// line under it, so the user learns an ID is wrong before pressing Enter.
func (m Model) validateInput() Model {
	v := m.input.Value()
	m.inputOK = false
	switch err := api.ValidateCustomerID(v); {
	case v == "":
		m.notice = ""
	case err != nil:
		m.notice, m.noticeTone = "not a customer ID: "+idHint, present.ToneBad
	default:
		m.notice = ""
		m.inputOK = true
	}
	return m
}

// focusInput shows the input on the start screen with the keyboard on it.
func (m Model) focusInput(s state) Model {
	m.focus = focusInput
	m.showHelp = false
	m.recall = -1
	m.input.Focus()
	return m.transition(s)
}

// openSearch is "/": a fresh, focused input. Esc returns to what was shown.
func (m Model) openSearch() (Model, tea.Cmd) {
	m.input.SetValue("")
	m = m.validateInput()
	m = m.focusInput(stateStart)
	return m, m.blink()
}

// blink restarts the cursor blink, except in tests where the cursor is static.
func (m Model) blink() tea.Cmd {
	if m.static {
		return nil
	}
	return textinput.Blink
}

// inputKey handles keys while the input has focus: Enter, Esc and ↑/↓ are
// the input's own; every other key, letters and digits included, is text.
func (m Model) inputKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Submit):
		return m.submitID()
	case key.Matches(msg, m.keys.Cancel):
		return m.leaveInput(), nil
	case msg.Type == tea.KeyUp:
		return m.recallStep(+1), nil
	case msg.Type == tea.KeyDown:
		return m.recallStep(-1), nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.recall = -1
	return m.validateInput(), cmd
}

// submitID fetches the typed ID when it is valid.
func (m Model) submitID() (Model, tea.Cmd) {
	id := strings.TrimSpace(m.input.Value())
	m.input.SetValue(id)
	m = m.validateInput()
	if id == "" {
		m.notice, m.noticeTone = "type a customer ID ("+idHint+")", present.ToneBad
	}
	if !m.inputOK {
		return m, nil
	}
	return m.startFetch(id)
}

// leaveInput is Esc in the input: back to the customer or error shown
// before "/", or else clear the field. A failure is checked first: a load
// clears failedID, so a failedID still set is newer than the customer.
func (m Model) leaveInput() Model {
	m.input.Blur()
	switch {
	case m.failedID != "":
		m.focus = focusTabs
		return m.transition(stateFailed).layout()
	case m.customer != nil:
		m.focus = focusTabs
		return m.transition(stateLoaded).layout()
	}
	m.input.Focus()
	m.input.SetValue("")
	return m.validateInput()
}

// startView is the start screen: the input, its notice, recent IDs and, in
// demo mode, the sample customers, as many as the screen has room for.
func (m Model) startView() string {
	lines := []string{m.st.title.Render("Customer ID"), m.input.View(), m.noticeLine()}
	if n := min(len(m.history), 5); n > 0 {
		lines = append(lines, "", m.st.strong.Render("Recent")+m.st.muted.Render("  ↑/↓ to recall"))
		for _, id := range m.history[:n] {
			lines = append(lines, "  "+id)
		}
	}
	if m.opts.Demo && len(m.opts.Samples) > 0 {
		lines = append(lines, "", m.st.strong.Render("Demo customers"))
		lines = append(lines, m.sampleLines(m.height-2-len(lines))...)
	}
	return strings.Join(lines, "\n")
}

// sampleLines lists the demo customers in at most room lines, ending with
// a count of those left out.
func (m Model) sampleLines(room int) []string {
	samples := m.opts.Samples
	if len(samples) > room {
		samples = samples[:max(room-1, 0)]
	}
	var lines []string
	for _, s := range samples {
		lines = append(lines, fmt.Sprintf("  %-12s %s", sanitize.Line(s.ID), m.st.muted.Render(sanitize.Line(s.Summary))))
	}
	if left := len(m.opts.Samples) - len(samples); left > 0 {
		lines = append(lines, m.st.muted.Render(fmt.Sprintf("  … %d more: ↑/↓ in the input recalls them", left)))
	}
	return lines
}

// noticeLine is the line under the input: an error with its symbol, a
// neutral note, or the rule itself as a hint.
func (m Model) noticeLine() string {
	switch {
	case m.notice != "":
		return m.st.tone(m.noticeTone, m.notice)
	case m.inputOK:
		return m.st.muted.Render("enter to fetch")
	}
	return m.st.muted.Render(idHint)
}
