package ui

import (
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// headerMaxLines is the tallest the header card may be, so the panes below
// keep most of a 20-row terminal.
const headerMaxLines = 5

// headerWide is the card width from which the status fits beside the name
// and the facts fit on two lines.
const headerWide = 70

// headerFactLines is how many fact lines the card has at a width. It
// depends on the width alone, never on the customer, so the tab bar below
// stays put when another customer is opened.
func headerFactLines(inner int) int {
	if inner < headerWide {
		return headerMaxLines - 1
	}
	return 2
}

// renderHeader draws the customer card above the tabs: company and ID on the
// first line (status on the right when it fits), then the facts an account
// manager looks for first, packed into as few lines as the width allows.
// The card is a left accent bar rather than a box: a box would cost two rows
// that a 60×20 terminal cannot spare.
func renderHeader(c *api.Customer, st styles, width int, today time.Time) string {
	inner := max(width-2, 1) // accent bar + padding
	status := statusText(c, st)
	first, statusPlaced := headerTitle(c, st, status, inner)
	facts := headerFacts(c, st, today)
	if !statusPlaced {
		facts = append([]string{status}, facts...)
	}
	n := headerFactLines(inner)
	lines := append([]string{first}, packFacts(facts, st, inner, n)...)
	for len(lines) < n+1 {
		lines = append(lines, "")
	}
	return fitWidth(st.card.Render(strings.Join(lines, "\n")), width)
}

// headerTitle is the first card line: the company name (cut to make room),
// the customer ID, and the status right-aligned when there is room for it.
func headerTitle(c *api.Customer, st styles, status string, w int) (string, bool) {
	id := st.muted.Render("ID ") + orNone(c.CustomerID)
	name := orNone(c.CompanyProfile.CompanyName)
	rest := cellWidth(id) + 2
	withStatus := rest + cellWidth(status) + 2
	if w-withStatus >= min(cellWidth(name), 12) {
		left := st.title.Render(clip(name, w-withStatus)) + "  " + id
		gap := max(w-cellWidth(left)-cellWidth(status), 2)
		return left + strings.Repeat(" ", gap) + status, true
	}
	return st.title.Render(clip(name, max(w-rest, 4))) + "  " + id, false
}

// headerFacts are the card's label/value pairs, already styled; the words
// are present's, as in `vipcx get`.
func headerFacts(c *api.Customer, st styles, now time.Time) []string {
	facts := []string{
		fact(st, "Segment", present.Coded(api.Segment, c.CompanyProfile.MarketSegment)),
		fact(st, "Reseller", orNone(c.ResellerID)),
		fact(st, "Coterm", toneText(st, present.Coterm(c, now))),
		fact(st, "Created", present.Date(c.CreationDate)),
	}
	if note := present.Status(c.Status).Note; note != "" {
		facts = append(facts, fact(st, "Note", note))
	}
	if w := present.WrongID(c); w.Value != "" { // first, so packing never cuts it
		facts = append([]string{st.tone(w.Tone, w.Label+": "+w.Value)}, facts...)
	}
	return facts
}

func fact(st styles, label, value string) string {
	return st.muted.Render(label+" ") + value
}

// packFacts joins facts with " · " into at most maxLines lines of w cells;
// what does not fit on the last line is cut with an ellipsis.
func packFacts(facts []string, st styles, w, maxLines int) []string {
	sep := st.muted.Render(" · ")
	var lines []string
	cur := ""
	for _, f := range facts {
		switch {
		case cur == "":
			cur = f
		case cellWidth(cur)+cellWidth(sep)+cellWidth(f) <= w:
			cur += sep + f
		default:
			lines = append(lines, cur)
			cur = f
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > maxLines {
		last := strings.Join(lines[maxLines-1:], sep)
		lines = append(lines[:maxLines-1], last)
	}
	for i := range lines {
		lines[i] = clip(lines[i], w)
	}
	return lines
}

// statusText is the status in words, coloured, with its symbol and code:
// "● Active (1000)". An undocumented code is shown raw, never hidden.
func statusText(c *api.Customer, st styles) string {
	f := present.Status(c.Status)
	return st.tone(f.Tone, f.Value)
}

// toneText colours a fact whose words already say what the colour says
// (e.g. "expired 12 days ago"), so it carries no symbol; neutral facts are
// left plain.
func toneText(st styles, f present.Fact) string {
	if f.Tone == present.ToneNeutral {
		return f.Value
	}
	return st.toneStyle(f.Tone).Render(f.Value)
}
