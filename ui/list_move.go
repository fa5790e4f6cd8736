package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/sanitize"
)

// listChrome is the rows of the list's body that are not customers: the
// reseller line, the find box, the filter line, the table's header and the
// position line.
const listChrome = 5

// listRoom is how many customers fit on screen.
func listRoom(e *env) int { return max(e.height-2-listChrome, 1) }

// move moves the highlight. End reaches the true last customer: while the
// list (or its rest) is loading it goes to the last row shown and then on
// to the last once the whole list has arrived.
func (s listScreen) move(e *env, k tea.KeyMsg) listScreen {
	keys, page := e.keys, listRoom(e)
	switch {
	case key.Matches(k, keys.Up):
		s.cur--
	case key.Matches(k, keys.Down):
		s.cur++
	case key.Matches(k, keys.PageUp):
		s.cur -= page
	case key.Matches(k, keys.PageDown):
		s.cur += page
	case key.Matches(k, keys.Home):
		s.cur, s.wantEnd = 0, false
	case key.Matches(k, keys.End):
		s.cur, s.wantEnd = len(s.rows)-1, s.more || s.loading
	default:
		return s
	}
	return s.clamp(e)
}

// clamp keeps the highlight on a row and the row on screen.
func (s listScreen) clamp(e *env) listScreen {
	n, room := len(s.rows), listRoom(e)
	s.cur = max(0, min(s.cur, n-1))
	if s.cur < s.top {
		s.top = s.cur
	}
	if s.cur >= s.top+room {
		s.top = s.cur - room + 1
	}
	s.top = max(0, min(s.top, n-room))
	return s
}

// trimmed is typed text without the blanks around it.
func trimmed(s string) string { return strings.TrimSpace(s) }

// idReason is why typed text cannot be opened as a customer ID, in the
// words of the client's own check.
func idReason(id string, err error) string {
	if id == "" {
		return "type a company name or a customer ID (" + idHint + ")"
	}
	return sanitize.Line(err.Error())
}
