package ui

import (
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// startList starts the list at the bottom of the stack, if there is one:
// the reseller's name and the first page.
func (m Model) startList() (Model, tea.Cmd) {
	l, ok := m.stack[0].(listScreen)
	if !ok {
		return m, nil
	}
	l, cmd := l.start(&m.env)
	return m.set(0, l), cmd
}

// toList hands the list its own replies wherever it is in the stack (it
// keeps loading under a customer). What it asks for (an Enter that waited
// for its results) is carried out only while it is on show.
func (m Model) toList(msg tea.Msg) (Model, tea.Cmd) {
	l, ok := m.stack[0].(listScreen)
	if !ok {
		return m, nil
	}
	next, cmd, acts := l.update(&m.env, msg)
	m = m.set(0, next)
	if len(m.stack) > 1 {
		return m, cmd
	}
	return m.doAll(cmd, acts)
}

// findInList is "/" (new search) anywhere above the list: back to it, the
// find box focused and empty, as a fresh search starts (Esc, not "/",
// returns to the list as it was).
func (m Model) findInList() (Model, tea.Cmd) {
	m = m.popHome()
	l := m.stack[0].(listScreen)
	l.finding = true
	focus := l.find.Focus()
	if m.static {
		focus = nil
	}
	l.find.SetValue("")
	l, cmd, _ := l.typed(&m.env, focus)
	return m.set(0, l.layout(&m.env)), cmd
}

// rejected is the list when --customer named an invalid ID: the list
// stays, and the line under it says why the ID was not opened.
func (l listScreen) rejected(id string) listScreen {
	l.notice, l.tone = "--customer "+idReason(trimmed(id), api.ValidateCustomerID(trimmed(id))), present.ToneBad
	return l
}

// ownSpinner is a spinner like tmpl with an ID of its own, so its ticks
// never drive the loading screen's copy of tmpl (nor the reverse).
func ownSpinner(tmpl spinner.Model) spinner.Model {
	sp := spinner.New(spinner.WithSpinner(tmpl.Spinner))
	sp.Style = tmpl.Style
	return sp
}

// resellerHint is the start screen's line on how to open on a reseller's
// customers instead.
const resellerHint = "To browse a reseller's customers by name, set --reseller, VIPCX_RESELLER_ID or reseller_id in config.toml."

// cancelled is the list after Esc on a fetch it asked for: the keys go
// back where Enter was pressed (the find box, for an ID typed there), so
// Esc undoes the Enter.
func (s listScreen) cancelled(e *env) (listScreen, tea.Cmd) {
	s.notice, s.tone = "cancelled", present.ToneWarn
	if !s.fromFind {
		return s.redraw(e), nil
	}
	s.finding = true
	cmd := s.find.Focus()
	if e.static {
		cmd = nil
	}
	return s.redraw(e), cmd
}
