package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/present"
)

// The Subscriptions and Orders tabs hold hundreds or thousands of rows, so
// they never build their whole content: each draws only the lines on
// screen, from rows formatted once when the data arrived. These helpers are
// what they share.

// drawnTab is a tab that draws its own pane (only the visible lines)
// instead of handing a viewport to drawPane. ver changes whenever what draw
// returns would, so the screen's pane cache knows when to draw again.
type drawnTab interface {
	draw(e *env, w, h int) string
	ver() int
}

// keyTab is a tab that takes some keys before the screen's shortcuts (the
// Orders tab's Enter and Esc while it shows an order).
type keyTab interface {
	takeKey(e *env, msg tea.KeyMsg) (tab, bool)
}

// window is a scroll position over total lines shown h at a time.
type window struct{ top, total, h int }

// rows is how many content lines fit: one less when they overflow, for the
// position line.
func (v window) rows() int {
	if v.total > v.h && v.h > 1 {
		return v.h - 1
	}
	return max(v.h, 1)
}

// clamp keeps the window inside the content.
func (v window) clamp() window {
	v.top = max(0, min(v.top, v.total-v.rows()))
	return v
}

// scrolled is the window moved by a key.
func (v window) scrolled(k keyMap, msg tea.KeyMsg) window {
	page := max(v.rows()-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		v.top--
	case key.Matches(msg, k.Down):
		v.top++
	case key.Matches(msg, k.PageUp):
		v.top -= page
	case key.Matches(msg, k.PageDown):
		v.top += page
	case key.Matches(msg, k.Home):
		v.top = 0
	case key.Matches(msg, k.End):
		v.top = v.total
	}
	return v.clamp()
}

// drawWindow joins the visible lines, each cut to w, with a position line
// when the content overflows.
func drawWindow(v window, line func(i int) string, st styles, w int) string {
	v = v.clamp()
	n := v.rows()
	lines := make([]string, 0, n+1)
	for i := v.top; i < min(v.top+n, v.total); i++ {
		lines = append(lines, clip(line(i), w))
	}
	if v.total > n {
		pos := "lines " + present.Number(v.top+1) + "–" + present.Number(min(v.top+n, v.total)) + " of " + present.Number(v.total)
		lines = append(lines, st.muted.Render(clip(pos, w)))
	}
	return strings.Join(lines, "\n")
}

// fitColumns fits natural column widths into w cells with tableGap between
// them: column yield (an opaque ID, -1 for none) gives way first, down to
// yieldMin cells, then the widest column, none below 4 cells.
func fitColumns(nat []int, w, yield int) []int {
	ws := append([]int(nil), nat...)
	avail := w - tableGap*(len(ws)-1)
	sum := 0
	for _, x := range ws {
		sum += x
	}
	if yield >= 0 && yield < len(ws) {
		cut := min(sum-avail, ws[yield]-yieldMin)
		if cut > 0 {
			ws[yield] -= cut
			sum -= cut
		}
	}
	shrinkWidest(ws, sum, avail)
	return ws
}

// shrinkWidest takes a cell at a time from the widest column (the first of
// equals) until the columns, summing to sum, fit avail; no column goes
// below 4 cells, so the columns may still not fit.
func shrinkWidest(ws []int, sum, avail int) {
	for sum > avail {
		widest := 0
		for i := range ws {
			if ws[i] > ws[widest] {
				widest = i
			}
		}
		if ws[widest] <= 4 {
			return
		}
		ws[widest]--
		sum--
	}
}

// yieldMin is what an opaque ID column keeps when it gives way: enough of
// the ID to tell rows apart, cut with "…".
const yieldMin = 9

// rowWidths is each column's widest cell, headers included.
func rowWidths(headers []string, rows []present.Row) []int {
	ws := make([]int, len(headers))
	for i, h := range headers {
		ws[i] = cellWidth(h)
	}
	for _, r := range rows {
		for i, c := range r.Cells {
			ws[i] = max(ws[i], cellWidth(c))
		}
	}
	return ws
}

// styledRow is a table row with its status cell in the row's tone and any
// cell paint names painted too; the cells are padded before they are
// styled, so colour never shifts a column.
func styledRow(r present.Row, ws []int, st styles, paint map[int]lipgloss.Style) string {
	var b strings.Builder
	for i, cell := range r.Cells {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", tableGap))
		}
		text := padTo(cell, ws[i])
		if i == len(r.Cells)-1 {
			text = clip(cell, ws[i])
		}
		switch s, ok := paint[i]; {
		case i == r.StatusCol:
			b.WriteString(st.toneStyle(r.Tone).Render(text))
		case ok:
			b.WriteString(s.Render(text))
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

// loadingLines is a tab's body while its data loads or after it failed:
// the spinner with what it waits for and any wait before a retry, or the
// error panel, whose advice names where a rejected credential came from,
// as the error screen's does.
func loadingLines(l loadState, what string, e *env, w int) []string {
	if l.err != nil {
		return strings.Split(renderErrorFor(*l.err, e.st, w, e.advice), "\n")
	}
	return []string{clip(l.spin.View()+" Loading "+what+"…"+retrying(l, e.st), w)}
}

// retrying is " · " and the load's wait before a retry, "" for none.
func retrying(l loadState, st styles) string {
	if l.notice == "" {
		return ""
	}
	return " · " + st.warn.Render(l.notice)
}
