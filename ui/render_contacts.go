package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// cursorMark marks the selected contact row; it shows the selection when
// colour (and the highlight) is off.
const cursorMark = "› "

// contactsChrome is the rows renderContacts spends on other than contacts:
// the header and the position line.
const contactsChrome = 2

// contactsPageSize is how many contacts renderContacts shows in a pane of
// height rows, for the caller's scrolling (PgUp/PgDn, keeping the cursor
// in view).
func contactsPageSize(height int) int { return max(height-contactsChrome, 1) }

// renderContacts draws the contacts table in height rows: a header, the
// contacts from top (only those on screen, so 5,000 contacts cost the same
// as 20), and a position line "row 12 of 480". Column widths depend only on
// width, so columns do not jump while scrolling.
func renderContacts(cs []api.Contact, st styles, width, height, top, cursor int) string {
	if len(cs) == 0 {
		return fitWidth("No contacts on record.", width)
	}
	page := contactsPageSize(height)
	cursor = min(max(cursor, 0), len(cs)-1)
	top = min(max(top, 0), max(len(cs)-page, 0))
	ws := contactColumns(width - cellWidth(cursorMark))

	lines := make([]string, 0, page+contactsChrome)
	head := "  " + tableRow([]string{"Name", "Email", "Phone"}, ws)
	lines = append(lines, st.tableHeader.Render(clip(head, width)))
	for i := top; i < min(top+page, len(cs)); i++ {
		lines = append(lines, contactLine(cs[i], i == cursor, st, ws, width))
	}
	pos := "row " + thousands(cursor+1) + " of " + thousands(len(cs))
	lines = append(lines, st.muted.Render(clip(pos, width)))
	return strings.Join(lines, "\n")
}

// contactLine is one table row; the cursor row gets the marker and the
// selection style, padded to the full width so the highlight is a bar.
func contactLine(c api.Contact, selected bool, st styles, ws []int, width int) string {
	row := tableRow([]string{orNone(c.Name()), orNone(c.Email), orNone(c.PhoneNumber)}, ws)
	if !selected {
		return clip("  "+row, width)
	}
	return st.tableCursor.Render(padTo(cursorMark+row, width))
}

// contactColumns splits w cells between name, email and phone: phone gets
// a fixed share (numbers are short), email the most of the rest.
func contactColumns(w int) []int {
	avail := max(w-2*tableGap, 3)
	phone := min(max(avail/4, 6), 24)
	name := max((avail-phone)*2/5, 4)
	email := max(avail-phone-name, 4)
	return []int{name, email, phone}
}
