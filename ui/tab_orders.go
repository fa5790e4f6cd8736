package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// ordersTab is tab 7: the order-activity chart above the order history,
// newest first. The history arrives as a first page (shown at once) and
// then the rest; rows are formatted once per arrival and only the ones on
// screen are drawn, so 5,000 orders scroll like 50. Enter shows the
// highlighted order's line items in the tab; Esc comes back.
type ordersTab struct {
	load   loadState
	rest   bool // the first page is shown and the rest is loading
	orders []api.Order
	rows   []present.Row
	nat    []int // natural column widths, and without the codes (narrow)
	narNat []int
	act    activity
	total  int
	short  bool
	cur    int
	detail *orderDetail // the order whose line items are shown, if any

	// laid out by resize
	chart  []string
	cols   []int
	narrow bool   // type and status in words only, to fit 60 columns
	win    window // the table rows' window; top follows the cursor
	w, h   int
	stamp  int
}

// orderDetail is one order's line items, laid out for the tab's width.
type orderDetail struct {
	lines []string
	win   window
}

func newOrdersTab(e *env, tag loadTag) ordersTab {
	return ordersTab{load: newLoadState(e, tag, "orders")}
}

// start loads the first page of the history and spins the spinner.
func (t ordersTab) start(e *env) tea.Cmd {
	return tea.Batch(loadOrdersFirst(t.load.ctx, e.fetcher, t.load.tag), t.load.tick())
}

func (t ordersTab) title(*api.Customer) string {
	switch {
	case t.load.err != nil || (t.load.loading && !t.rest):
		return "Orders"
	case t.rest:
		return fmt.Sprintf("Orders (%s…)", present.Number(t.total))
	}
	return fmt.Sprintf("Orders (%s)", present.Number(len(t.orders)))
}

func (t ordersTab) open(*env, *api.Customer) (tab, tea.Cmd) { return t, nil }
func (t ordersTab) pane() viewport.Model                    { return viewport.Model{} }
func (t ordersTab) ver() int                                { return t.stamp }

func (t ordersTab) update(e *env, msg tea.Msg) (tab, tea.Cmd, bool) {
	switch m := msg.(type) {
	case ordersFirstMsg:
		return t.onFirst(e, m)
	case ordersMsg:
		if !t.load.mine(m.tag) || !t.rest {
			e.log.Debug("ui stale orders dropped", "id", m.tag.id, "seq", m.tag.seq)
			return t, nil, false
		}
		t.rest, t.stamp = false, t.stamp+1
		if m.err != nil {
			t.load = t.load.failed(m.err)
			return t, nil, true
		}
		t.load = t.load.done()
		return t.loaded(e, m.list.Items, m.list.Total, m.list.Short), nil, true
	}
	l, cmd, redraw, changed := t.load.background(msg)
	if redraw {
		t.load, t.stamp = l, t.stamp+1
	}
	return t, cmd, changed
}

// onFirst shows the first page and asks for the rest when there is more.
func (t ordersTab) onFirst(e *env, m ordersFirstMsg) (tab, tea.Cmd, bool) {
	if !t.load.mine(m.tag) || t.rest {
		e.log.Debug("ui stale orders dropped", "id", m.tag.id, "seq", m.tag.seq)
		return t, nil, false
	}
	t.stamp++
	if m.err != nil {
		t.load = t.load.failed(m.err)
		return t, nil, true
	}
	p := m.page
	t = t.loaded(e, p.Items, p.Total, false)
	t.load.notice = "" // the first page came: its retries are over
	if len(p.Items) == 0 || len(p.Items) >= p.Total {
		t.load = t.load.done()
		t.short = len(p.Items) < p.Total
		return t, nil, true
	}
	t.rest = true
	return t, loadOrdersRest(t.load.ctx, e.fetcher, t.load.tag, p), true
}

// loaded formats the rows, measures the columns and counts the activity,
// once per arrival.
func (t ordersTab) loaded(e *env, os []api.Order, total int, short bool) ordersTab {
	t.orders, t.total, t.short = os, total, short
	t.rows = present.OrderRows(os)
	t.nat = rowWidths(present.OrderHeaders, t.rows)
	t.narNat = narrowWidths(t.rows)
	t.act = countActivity(os, e.now())
	t.cur = min(t.cur, max(len(os)-1, 0))
	return t
}

// chartRows is the chart's height for a pane of h rows: two rows (16
// steps with the eighth blocks) at 60×20, up to four on a tall terminal,
// so the table keeps room for its rows.
func chartRows(h int) int {
	switch {
	case h >= 20:
		return 4
	case h >= 14:
		return 3
	}
	return 2
}

func (t ordersTab) resize(e *env, c *api.Customer, w, h int) tab {
	t.w, t.h, t.stamp = w, h, t.stamp+1
	t.chart = nil
	if len(t.orders) > 0 {
		t.chart = renderActivity(t.act, e.st, w, chartRows(h))
		avail := w - cellWidth(cursorMark)
		t.narrow = sumCols(t.nat) > avail
		t.cols = fitColumns(t.nat, avail, -1)
		if t.narrow {
			t.cols = fitColumns(t.narNat, avail, -1)
		}
	}
	if t.detail != nil {
		t.detail = t.orderDetail(e.st, w, h, t.detail.win.top)
	}
	return t.follow()
}

// tableRows is how many order rows fit under the chart, the table title,
// the header and the position line.
func (t ordersTab) tableRows() int { return max(t.h-len(t.chart)-3, 1) }

// follow keeps the cursor's row on screen.
func (t ordersTab) follow() ordersTab {
	n := t.tableRows()
	t.cur = max(0, min(t.cur, len(t.orders)-1))
	if t.cur < t.win.top {
		t.win.top = t.cur
	}
	if t.cur >= t.win.top+n {
		t.win.top = t.cur - n + 1
	}
	t.win.top = max(0, min(t.win.top, len(t.orders)-n))
	return t
}

func (t ordersTab) scroll(e *env, msg tea.KeyMsg) tab {
	t.stamp++
	if t.detail != nil {
		d := *t.detail
		d.win = d.win.scrolled(e.keys, msg)
		t.detail = &d
		return t
	}
	k, page := e.keys, t.tableRows()
	switch {
	case key.Matches(msg, k.Up):
		t.cur--
	case key.Matches(msg, k.Down):
		t.cur++
	case key.Matches(msg, k.PageUp):
		t.cur -= page
	case key.Matches(msg, k.PageDown):
		t.cur += page
	case key.Matches(msg, k.Home):
		t.cur = 0
	case key.Matches(msg, k.End):
		t.cur = len(t.orders) - 1
	}
	return t.follow()
}

// takeKey opens the highlighted order on Enter and closes it on Esc.
func (t ordersTab) takeKey(e *env, msg tea.KeyMsg) (tab, bool) {
	switch {
	case t.detail == nil && key.Matches(msg, e.keys.Submit) && len(t.orders) > 0:
		t.detail, t.stamp = t.orderDetail(e.st, t.w, t.h, 0), t.stamp+1
		return t, true
	case t.detail != nil && key.Matches(msg, e.keys.Cancel):
		t.detail, t.stamp = nil, t.stamp+1
		return t, true
	}
	return t, false
}

// showing is true while an order's line items are on show.
func (t ordersTab) showing() bool { return t.detail != nil }

func (t ordersTab) draw(e *env, w, h int) string {
	st := e.st
	if t.detail != nil {
		return drawWindow(t.detail.win, func(i int) string { return t.detail.lines[i] }, st, w)
	}
	if len(t.orders) == 0 {
		lines := t.emptyLines(e, w)
		return drawWindow(window{total: len(lines), h: h}, func(i int) string { return lines[i] }, st, w)
	}
	lines := make([]string, 0, h)
	lines = append(lines, t.chart...)
	lines = append(lines, sectionTitle(t.tableTitle(), st, w),
		st.tableHeader.Render(clip("  "+tableRow(t.headers(), t.cols), w)))
	for i := t.win.top; i < min(t.win.top+t.tableRows(), len(t.orders)); i++ {
		lines = append(lines, t.orderLine(st, i, w))
	}
	pos := "order " + present.Number(t.cur+1) + " of " + present.Number(len(t.orders)) + " · enter shows its line items"
	lines = append(lines, st.muted.Render(clip(pos, w)))
	return strings.Join(lines, "\n")
}

// emptyLines is the tab before any order arrived: the spinner, the error
// panel, or a line saying there are none.
func (t ordersTab) emptyLines(e *env, w int) []string {
	if t.load.loading || t.load.err != nil {
		return loadingLines(t.load, "the order history", e, w)
	}
	return []string{e.st.muted.Render(clip("No orders in the history.", w))}
}

// tableTitle counts the orders and says what is still on its way or
// missing.
func (t ordersTab) tableTitle() string {
	n := present.Number(len(t.orders))
	switch {
	case t.rest:
		return "Orders: " + n + " of " + present.Number(t.total) + ", loading the rest " + t.load.spin.View() + dotted(t.load.notice)
	case t.load.err != nil:
		return "Orders: " + n
	case t.short:
		return "Orders (" + n + "; the server counted " + present.Number(t.total) + ")"
	}
	return "Orders (" + n + ", newest first)"
}

// dotted is " · " and a wait before a retry, "" for none.
func dotted(notice string) string {
	if notice == "" {
		return ""
	}
	return " · " + notice
}

// orderLine is table row i, marked and highlighted under the cursor.
func (t ordersTab) orderLine(st styles, i, w int) string {
	r := t.rows[i]
	if t.narrow {
		r = narrowRow(r)
	}
	if i == t.cur {
		return st.tableCursor.Render(padTo(cursorMark+tableRow(r.Cells, t.cols), w))
	}
	return clip("  "+styledRow(r, t.cols, st, nil), w)
}

// narrowItemHeaders are the line-item columns' titles at 60 columns.
var narrowItemHeaders = []string{"Line", "Offer ID", "Qty", "Subscription", "Status", "Discount"}

// narrowHeaders are the order columns' titles at 60 columns.
var narrowHeaders = []string{"Date", "Order ID", "Type", "Status", "Items", "Qty"}

func (t ordersTab) headers() []string {
	if t.narrow {
		return narrowHeaders
	}
	return present.OrderHeaders
}

// narrowRow is an order row with its type and status in words only
// ("Complete", not "Complete (1000)"), so the dates and IDs stay whole in
// 60 columns; an unknown code, which has no words, keeps its code.
func narrowRow(r present.Row) present.Row {
	cells := append([]string(nil), r.Cells...)
	cells[2], cells[3] = wordsOnly(cells[2]), wordsOnly(cells[3])
	r.Cells = cells
	return r
}

// wordsOnly drops the " (CODE)" after the words of a coded value.
func wordsOnly(cell string) string {
	i := strings.LastIndex(cell, " (")
	if i <= 0 || !strings.HasSuffix(cell, ")") || strings.HasPrefix(cell, "Unknown") {
		return cell
	}
	return cell[:i]
}

// narrowWidths are the natural widths of the narrow rows.
func narrowWidths(rows []present.Row) []int {
	ws := make([]int, len(narrowHeaders))
	for i, h := range narrowHeaders {
		ws[i] = cellWidth(h)
	}
	for _, r := range rows {
		for i, c := range r.Cells {
			if i == 2 || i == 3 {
				c = wordsOnly(c)
			}
			ws[i] = max(ws[i], cellWidth(c))
		}
	}
	return ws
}

// sumCols is the width of columns ws laid out with tableGap between them.
func sumCols(ws []int) int {
	n := tableGap * max(len(ws)-1, 0)
	for _, x := range ws {
		n += x
	}
	return n
}

// orderDetail lays out the highlighted order: what it was, then its line
// items (and the items it cancelled), and how to go back.
func (t ordersTab) orderDetail(st styles, w, h, top int) *orderDetail {
	o := t.orders[t.cur]
	row := t.rows[t.cur]
	lines := []string{
		sectionTitle("Order "+orNone(o.OrderID), st, w),
		clip(row.Cells[0]+" · "+row.Cells[2]+" · "+st.toneStyle(row.Tone).Render(row.Cells[3]), w),
	}
	if o.ReferenceOrderID != "" || o.ExternalReferenceID != "" {
		lines = append(lines, clip("Reference order "+orNone(o.ReferenceOrderID)+" · external reference "+orNone(o.ExternalReferenceID), w))
	}
	lines = append(lines, lineItemLines("Line items", o.LineItems, st, w)...)
	if len(o.CancellingItems) > 0 {
		lines = append(lines, lineItemLines("Cancelling items", o.CancellingItems, st, w)...)
	}
	lines = append(lines, "", st.muted.Render(clip("esc goes back to the orders", w)))
	return &orderDetail{lines: lines, win: window{top: top, total: len(lines), h: h}.clamp()}
}

// lineItemLines is a titled table of line items.
func lineItemLines(title string, items []api.LineItem, st styles, w int) []string {
	rows := make([]present.Row, len(items))
	for i, li := range items {
		rows[i] = present.LineItemRow(li)
	}
	headers := present.LineItemHeaders
	if nat := rowWidths(headers, rows); sumCols(nat)-max(nat[3]-yieldMin, 0) > w {
		headers = narrowItemHeaders // statuses in words only, shorter titles
		for i := range rows {
			rows[i].Cells[4] = wordsOnly(rows[i].Cells[4])
		}
	}
	ws := fitColumns(rowWidths(headers, rows), w, 3)
	lines := []string{"", sectionTitle(title+" ("+present.Number(len(items))+")", st, w),
		st.tableHeader.Render(clip(tableRow(headers, ws), w))}
	for _, r := range rows {
		lines = append(lines, clip(styledRow(r, ws, st, nil), w))
	}
	return lines
}
