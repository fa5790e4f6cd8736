package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// view is the reseller line, the find box, the filter line and the table
// (drawn on update: only the rows on screen, so 10,000 customers cost what
// 50 do).
func (s listScreen) view(e *env) string {
	d := s.drawn(e)
	filter := d.filter
	if s.loading || s.more {
		filter = clip(s.spinner.View()+" "+filter, e.width)
	}
	return d.head + "\n" + s.find.View() + "\n" + filter + "\n" + d.table
}

// headLine names the reseller and the total.
func (s listScreen) headLine(e *env) string {
	line := e.st.title.Render("Reseller " + s.rid)
	if s.reseller != "" {
		line = e.st.title.Render(s.reseller)
	}
	if s.shownSeq != 0 && s.failure == nil {
		line += " · " + countWord(s.total, "customer", "customers")
	}
	if s.reseller != "" { // the ID last: it is the first to give way
		line += e.st.muted.Render(" · reseller " + s.rid)
	}
	return clip(line, e.width)
}

// filterLine shows the status filter and the sort, with their keys; view
// puts the spinner before it while a load is in flight.
func (s listScreen) filterLine(e *env) string {
	line := "status: " + e.st.strong.Render(statusWords[s.q.status]) + " · sort: " + e.st.strong.Render(s.q.sortWords())
	hint := "  s status · o sort · / find"
	if s.finding {
		hint = "  esc, then s status · o sort"
	}
	return clip(line+e.st.muted.Render(hint), e.width)
}

// cachedTable is the list's lines as drawn, with what they were drawn
// from; gen counts the changes of its rows, failure and query.
type cachedTable struct {
	gen   int
	drawn listParts
	at    tableInputs
}

// listParts are the lines of the list drawn on update.
type listParts struct{ head, filter, table string }

// tableInputs is everything the table's drawing depends on.
type tableInputs struct {
	valid              bool
	gen, cur, top      int
	width, height      int
	notice             string
	tone               present.Tone
	loading, more, any bool
	finding            bool
	status             listStatus
	newest             bool
	reseller           string
}

func (s listScreen) tableInputs(e *env) tableInputs {
	return tableInputs{valid: true, gen: s.table.gen, cur: s.cur, top: s.top, width: e.width, height: e.height,
		notice: s.notice, tone: s.tone, loading: s.loading, more: s.more, any: s.shownSeq != 0,
		finding: s.finding, status: s.q.status, newest: s.q.newest, reseller: s.reseller}
}

// redraw draws the table if its inputs changed.
func (s listScreen) redraw(e *env) listScreen {
	if !e.ready || tooSmall(e) {
		return s
	}
	if at := s.tableInputs(e); at != s.table.at {
		s.table.drawn, s.table.at = s.draw(e), at
	}
	return s
}

// drawn is the list's lines as View shows them.
func (s listScreen) drawn(e *env) listParts {
	if !e.fresh && s.tableInputs(e) == s.table.at {
		return s.table.drawn
	}
	return s.draw(e)
}

func (s listScreen) draw(e *env) listParts {
	return listParts{head: s.headLine(e), filter: s.filterLine(e), table: s.drawTable(e)}
}

// drawTable is the error panel, the loading line, the empty state or the
// rows on screen, then the position (or notice) line.
func (s listScreen) drawTable(e *env) string {
	var body string
	switch {
	case s.failure != nil:
		d := *s.failure
		if s.resellerUnknown() {
			d.Fix = api.FixNone // "Press / for a new search" cannot help: the hint says what can
		}
		body = renderErrorFor(d, e.st, e.width, e.advice) + "\n" + s.failureHint(e)
	case s.shownSeq == 0 || (s.loading && len(s.rows) == 0):
		body = e.st.muted.Render("Loading customers…")
	case len(s.rows) == 0:
		body = s.emptyLines(e)
	default:
		body = s.rowLines(e)
	}
	return body + "\n" + s.positionLine(e)
}

// failureHint is the list's own next step under the error panel: for an
// unknown reseller, where its ID came from (the panel's generic step is
// left out); else how to ask again.
func (s listScreen) failureHint(e *env) string {
	hint := "r to try again · s, o and / change the query"
	if s.resellerUnknown() {
		hint = "Next: the reseller ID " + s.rid + " comes from --reseller, VIPCX_RESELLER_ID or reseller_id in config.toml: correct it there and start vipcx again."
	}
	return e.st.muted.Render(strings.Join(wrapTo(hint, e.width), "\n"))
}

// resellerUnknown is whether the list failed because the server knows no
// reseller with the list's ID (api.Describe's fix for 404 with code 1115):
// no query typed here helps.
func (s listScreen) resellerUnknown() bool {
	return s.failure != nil && (s.failure.Fix == api.FixCheckResellerID || (s.failure.Resource == "customers" && s.failure.Fix == api.FixCheckID))
}

// emptyLines say why nothing shows and what to do.
func (s listScreen) emptyLines(e *env) string {
	q := s.shownQ // the query these (no) results answer
	what := "No " + statusWords[q.status] + " customers"
	if q.status == statusAll {
		what = "No customers"
	}
	if t := trimmed(q.text); t != "" {
		what += " match " + strconvQuote(t)
	}
	what += [statusCount]string{" — s to include pending and inactive", " — s for inactive ones", " — s for every status", ""}[q.status]
	lines := wrapTo(what, e.width)
	if id := trimmed(q.text); id != "" && api.ValidateCustomerID(id) == nil {
		lines = append(lines, e.st.muted.Render(clip("enter opens "+strconvQuote(id)+" as a customer ID", e.width)))
	}
	return strings.Join(lines, "\n")
}

// rowLines are the header and the rows on screen.
func (s listScreen) rowLines(e *env) string {
	ws := listColumns(s.widths, e.width)
	room := listRoom(e)
	lines := make([]string, 0, room+1)
	head := "  " + tableRow([]string{"Company", "Customer ID", "Status", "Created"}, ws)
	lines = append(lines, e.st.tableHeader.Render(clip(head, e.width)))
	p := newRowPaints(e.st)
	for i := s.top; i < min(s.top+room, len(s.rows)); i++ {
		lines = append(lines, rowLine(e, &p, s.rows[i], i == s.cur, ws))
	}
	return strings.Join(lines, "\n")
}

// rowLine is one customer: the status coloured by its tone behind the
// tone's symbol, so the meaning survives without colour; the highlighted
// row is a bar with the cursor mark.
func rowLine(e *env, p *rowPaints, r listRow, selected bool, ws []int) string {
	status := toneSymbol(r.tone) + r.status
	if selected {
		row := tableRow([]string{r.company, r.id, status, r.created}, ws)
		return p.cursor.on(padTo(cursorMark+row, e.width))
	}
	const gap = "  " // tableGap
	line := "  " + padTo(r.company, ws[0]) + gap + padTo(r.id, ws[1]) + gap +
		p.tones[r.tone].on(padTo(status, ws[2])) + gap + p.muted.on(clip(r.created, ws[3]))
	return clip(line, e.width)
}

// positionLine is the notice when there is one, else where the highlight
// is, whether more is loading, and whether the server's list ended short.
func (s listScreen) positionLine(e *env) string {
	if s.notice != "" {
		return e.st.tone(s.tone, clip(s.notice, e.width-2))
	}
	if len(s.rows) == 0 || s.failure != nil {
		return ""
	}
	pos := "row " + thousands(s.cur+1) + " of " + thousands(len(s.rows))
	switch {
	case s.more:
		pos += " · loading the rest of " + thousands(s.total) + "…"
	case s.short:
		pos += " · the server counted " + thousands(s.total) + " but its list ended here"
	}
	return e.st.muted.Render(clip(pos, e.width))
}

// listColumns fits the natural widths into width: the ID and the date
// whole, the status cut only when the company would get under 12 cells,
// the company the rest.
func listColumns(nat listWidths, width int) []int {
	const minCompany = 12
	avail := width - cellWidth(cursorMark) - 3*tableGap
	ws := []int{nat[0], nat[1], nat[2], nat[3]}
	if short := minCompany - (avail - ws[1] - ws[2] - ws[3]); short > 0 {
		ws[2] = max(ws[2]-short, 8)
	}
	ws[0] = max(min(nat[0], avail-ws[1]-ws[2]-ws[3]), 4)
	return ws
}

// toneSymbol is the symbol styles.tone puts before a toned text.
func toneSymbol(t present.Tone) string {
	switch t {
	case present.ToneGood:
		return symGood
	case present.ToneWarn:
		return symWarn
	case present.ToneBad:
		return symBad
	}
	return symUnknown
}

// shortHelp: the find box's keys while typing, the table's after Esc.
// Both fit 60 columns whole (bubbles/help would cut the last ones).
func (s listScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	if s.finding {
		return []key.Binding{relabel(k.Submit, "enter", "open"), relabel(k.Recall, "↑/↓", "move"),
			relabel(k.Cancel, "esc", "table"), relabel(k.Help, "?", "help"), k.ForceQuit}
	}
	// o sort gives way to i at 60 columns: the filter line above names it.
	return []key.Binding{relabel(k.Submit, "enter", "open"), relabel(k.Search, "/", "find"),
		relabel(k.ByID, "i", "by ID"), k.Status, relabel(k.Help, "?", "help"), k.Quit}
}

func (s listScreen) fullHelp(e *env) [][]key.Binding {
	k := e.keys
	open := relabel(k.Submit, "enter", "open the customer (or the typed ID)")
	if s.finding {
		return [][]key.Binding{
			{open, relabel(k.Recall, "↑/↓", "move"), k.PageUp, k.PageDown},
			{relabel(k.Cancel, "esc", "to the table (s, o, i, q)"), k.ClearLine},
			{relabel(k.Help, "?", "close help"), k.ForceQuit},
		}
	}
	return [][]key.Binding{
		{open, k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		// i's words as short as "find by name": the group stays beside the
		// first at 60 columns, and the demo's samples still fit below.
		{relabel(k.Search, "/", "find by name"), k.ByID, k.Status, k.Sort, relabel(k.Refresh, "r", "reload")},
		{k.Quit, k.ForceQuit},
	}
}

// helpVariant: the footer differs in the find box and the table.
func (s listScreen) helpVariant() int {
	if s.finding {
		return 0
	}
	return 1
}
