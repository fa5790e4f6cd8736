package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// errPanelMaxWidth keeps the error panel a readable paragraph on very wide
// terminals instead of one long line.
const errPanelMaxWidth = 100

// renderError draws the error panel: what failed (status and its meaning),
// what Adobe said (code, message, details), the IDs support will ask for,
// and the one next step. The words all come from api.Describe, so the TUI
// and `vipcx get` never disagree about an error.
func renderError(d api.Description, st styles, width int) string {
	outer := min(width, errPanelMaxWidth)
	inner := max(outer-4, 1) // border and padding on each side
	panel := st.errPanel.Width(inner + 2).Render(strings.Join(errorLines(d, st, inner), "\n"))
	return fitWidth(panel, width)
}

// errorLines is the panel's content, in blocks separated by blank lines,
// each wrapped to w cells.
func errorLines(d api.Description, st styles, w int) []string {
	lines := []string{st.errTitle.Render(clip(symBad+orNone(d.Title), w))}
	if d.Meaning != "" {
		lines = append(lines, wrapTo(d.Meaning, w)...)
	}
	if said := adobeSaid(d); said != "" {
		lines = append(append(lines, ""), wrapTo(said, w)...)
	}
	for _, detail := range d.Details {
		lines = append(lines, wrapTo("• "+detail, w)...)
	}
	if ids := requestIDs(d); len(ids) > 0 {
		lines = append(lines, "")
		for _, id := range ids {
			lines = append(lines, st.muted.Render(clip(id, w)))
		}
	}
	if d.Next != "" {
		next := wrapTo("Next: "+d.Next, w)
		next[0] = st.title.Render("Next:") + strings.TrimPrefix(next[0], "Next:")
		lines = append(append(lines, ""), next...)
	}
	return lines
}

// adobeSaid is the API's own error code and message, as one line:
// "Adobe code 1116: Invalid Customer".
func adobeSaid(d api.Description) string {
	switch {
	case d.Code != "" && d.Message != "":
		return "Adobe code " + d.Code + ": " + d.Message
	case d.Code != "":
		return "Adobe code " + d.Code
	case d.Message != "":
		return "Adobe says: " + d.Message
	}
	return ""
}

// requestIDs are the identifiers that let Adobe support find the request.
func requestIDs(d api.Description) []string {
	var ids []string
	if d.RequestID != "" {
		ids = append(ids, "Request ID "+d.RequestID)
	}
	if d.CorrelationID != "" {
		ids = append(ids, "Correlation ID "+d.CorrelationID)
	}
	return ids
}
