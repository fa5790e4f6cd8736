package ui

import (
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
)

// headerMaxLines is the tallest the header card may be, so the panes below
// keep most of a 20-row terminal.
const headerMaxLines = 5

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
	lines := append([]string{first}, packFacts(facts, st, inner, headerMaxLines-1)...)
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

// headerFacts are the card's label/value pairs, already styled.
func headerFacts(c *api.Customer, st styles, today time.Time) []string {
	seg, known := api.SegmentLabel(c.CompanyProfile.MarketSegment)
	return []string{
		fact(st, "Segment", api.Labelled(seg, c.CompanyProfile.MarketSegment, known)),
		fact(st, "Reseller", orNone(c.ResellerID)),
		fact(st, "Coterm", cotermText(c, st, today)),
		fact(st, "Created", createdText(c.CreationDate)),
	}
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
	words, tone, known := api.StatusLabel(c.Status)
	if !known && c.Status != "" {
		return st.tone(api.ToneUnknown, "Unknown status ("+c.Status+")")
	}
	return st.tone(tone, api.Labelled(words, c.Status, known))
}

// cotermText is the anniversary date with how far away it is, coloured by
// urgency: "2020-05-02 (expired 2,400 days ago)", "2026-09-01 (in 12 days)".
func cotermText(c *api.Customer, st styles, today time.Time) string {
	if strings.TrimSpace(c.CotermDate) == "" {
		return st.muted.Render("not set")
	}
	days, ok := c.CotermDaysLeft(today)
	if !ok {
		return c.CotermDate
	}
	switch {
	case days < 0:
		return st.toneStyle(api.ToneBad).Render(c.CotermDate + " (expired " + countWord(-days, "day", "days") + " ago)")
	case days == 0:
		return st.toneStyle(api.ToneWarn).Render(c.CotermDate + " (today)")
	case days <= 30:
		return st.toneStyle(api.ToneWarn).Render(c.CotermDate + " (in " + countWord(days, "day", "days") + ")")
	}
	return c.CotermDate + " (in " + countWord(days, "day", "days") + ")"
}

// createdText is a creation timestamp as a date, or what was sent when it
// could not be parsed.
func createdText(ts api.Timestamp) string {
	if !ts.IsZero() {
		return ts.Time.Format(time.DateOnly)
	}
	return orNone(ts.Text)
}
