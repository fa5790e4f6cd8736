package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// cursorMark marks the selected contact row; it shows the selection when
// colour (and the highlight) is off.
const cursorMark = "› "

// contactsChrome is the rows renderContacts spends on other than contacts:
// the header, the two-line detail of the selected contact and the position
// line.
const contactsChrome = 4

// detailLines is the height of the selected contact's detail under the
// table: every field in full, wrapped, however narrow the columns are.
const detailLines = 2

// contactsPageSize is how many contacts renderContacts shows in a pane of
// height rows, for the caller's scrolling (PgUp/PgDn, keeping the cursor
// in view).
func contactsPageSize(height int) int { return max(height-contactsChrome, 1) }

// contactCells are a contact's table cells: name, email, phone.
func contactCells(c api.Contact) []string {
	return []string{orNone(c.Name()), orNone(c.Email), orNone(c.PhoneNumber)}
}

// naturalContactWidths is each column's widest cell, header included. The
// caller computes it once per customer, so drawing a page of 5,000
// contacts measures only the rows on screen.
func naturalContactWidths(cs []api.Contact) [3]int {
	ws := [3]int{cellWidth("Name"), cellWidth("Email"), cellWidth("Phone")}
	for _, c := range cs {
		for i, cell := range contactCells(c) {
			ws[i] = max(ws[i], cellWidth(cell))
		}
	}
	return ws
}

// renderContacts draws the contacts table in height rows: a header, the
// contacts from top (only those on screen, so 5,000 contacts cost the same
// as 20), the selected contact in full, and a position line "row 12 of
// 480". Columns are as wide as their content (nat) when it fits; when it
// does not, the widest column gives way first, and the detail lines still
// show every field whole. Widths depend only on the contacts and the width,
// so columns do not jump while scrolling.
func renderContacts(cs []api.Contact, nat [3]int, st styles, width, height, top, cursor int) string {
	if len(cs) == 0 {
		return fitWidth("No contacts on record.", width)
	}
	page := contactsPageSize(height)
	cursor = min(max(cursor, 0), len(cs)-1)
	top = min(max(top, 0), max(len(cs)-page, 0))
	ws := contactColumns(nat, width-cellWidth(cursorMark))

	lines := make([]string, 0, page+contactsChrome)
	head := "  " + tableRow([]string{"Name", "Email", "Phone"}, ws)
	lines = append(lines, st.tableHeader.Render(clip(head, width)))
	for i := top; i < min(top+page, len(cs)); i++ {
		lines = append(lines, contactLine(cs[i], i == cursor, st, ws, width))
	}
	lines = append(lines, contactDetail(cs[cursor], st, width)...)
	pos := "row " + thousands(cursor+1) + " of " + thousands(len(cs)) + " · e copies the email"
	lines = append(lines, st.muted.Render(clip(pos, width)))
	return strings.Join(lines, "\n")
}

// contactDetail is the selected contact with every field whole, wrapped
// into detailLines lines (a field longer than that is the only cut).
func contactDetail(c api.Contact, st styles, width int) []string {
	text := strings.Join(contactCells(c), " · ")
	lines := wrapTo(text, max(width-2, 1))
	if len(lines) > detailLines {
		lines = lines[:detailLines]
		lines[detailLines-1] = clip(lines[detailLines-1]+ellipsisMark, width-2)
	}
	for len(lines) < detailLines {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = st.accent.Render("  " + l)
	}
	return lines
}

// contactLine is one table row; the cursor row gets the marker and the
// selection style, padded to the full width so the highlight is a bar.
func contactLine(c api.Contact, selected bool, st styles, ws []int, width int) string {
	row := tableRow(contactCells(c), ws)
	if !selected {
		return clip("  "+row, width)
	}
	return st.tableCursor.Render(padTo(cursorMark+row, width))
}

// contactColumns fits the natural widths into w cells: all of them when
// they fit; else the widest column shrinks first, down to the next widest,
// and so on, so a long email gives way before a short phone number does.
func contactColumns(nat [3]int, w int) []int {
	avail := max(w-2*tableGap, 3)
	ws := []int{max(nat[0], 1), max(nat[1], 1), max(nat[2], 1)}
	shrinkWidest(ws, ws[0]+ws[1]+ws[2], avail)
	return ws
}
