package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// subscriptionsTab is tab 6: the term timeline on top (the renewal is what
// the subscriptions' dates are about, so the picture of it sits beside
// them), the subscriptions as quantity bars, then their table. It loads
// with the customer and draws only the lines on screen, so 300
// subscriptions scroll like 3.
type subscriptionsTab struct {
	load  loadState
	subs  []api.Subscription
	rows  []present.Row // formatted once per load
	nat   []int         // the table's natural column widths
	cNat  []int         // the card line's natural column widths (cardCols)
	total int           // the server's totalCount, once known
	short bool          // fewer subscriptions than totalCount arrived
	offW  int           // the widest offer ID

	// laid out by resize
	head, mid []string
	bars      quantityBars
	cols      []int
	card      bool // two lines a subscription: the table does not fit
	win       window
	w         int
	stamp     int
}

func newSubscriptionsTab(e *env, tag loadTag) subscriptionsTab {
	return subscriptionsTab{load: newLoadState(e, tag, "subscriptions")}
}

// start is the command that loads the subscriptions and spins the spinner.
func (t subscriptionsTab) start(e *env) tea.Cmd {
	return tea.Batch(loadSubscriptions(t.load.ctx, e.fetcher, t.load.tag), t.load.tick())
}

func (t subscriptionsTab) title(*api.Customer) string {
	if t.load.loading || t.load.err != nil {
		return "Subscriptions"
	}
	return fmt.Sprintf("Subscriptions (%s)", present.Number(len(t.subs)))
}

func (t subscriptionsTab) open(*env, *api.Customer) (tab, tea.Cmd) { return t, nil }
func (t subscriptionsTab) pane() viewport.Model                    { return viewport.Model{} }
func (t subscriptionsTab) ver() int                                { return t.stamp }

func (t subscriptionsTab) update(e *env, msg tea.Msg) (tab, tea.Cmd, bool) {
	if m, ok := msg.(subscriptionsMsg); ok {
		if !t.load.mine(m.tag) {
			e.log.Debug("ui stale subscriptions dropped", "id", m.tag.id, "seq", m.tag.seq)
			return t, nil, false
		}
		t.stamp++
		if m.err != nil {
			t.load = t.load.failed(m.err)
			return t, nil, true
		}
		t.load = t.load.done()
		return t.loaded(e, m.list), nil, true
	}
	l, cmd, redraw, changed := t.load.background(msg)
	if redraw {
		t.load, t.stamp = l, t.stamp+1
	}
	return t, cmd, changed
}

// loaded formats the rows and measures the columns, once per load.
func (t subscriptionsTab) loaded(e *env, l *api.List[api.Subscription]) subscriptionsTab {
	t.subs, t.total, t.short = l.Items, l.Total, l.Short
	t.rows = present.SubscriptionRows(l.Items, e.now())
	for i, s := range l.Items {
		if !bool(s.AutoRenewal.Enabled) {
			t.rows[i].Cells[4] = symBad + present.AutoRenew(s.AutoRenewal)
		}
	}
	t.nat = rowWidths(present.SubscriptionHeaders, t.rows)
	t.cNat = make([]int, len(cardHeaders))
	for i, h := range cardHeaders {
		t.cNat[i] = cellWidth(h)
	}
	for _, r := range t.rows {
		for i, c := range cardCells(r).Cells {
			t.cNat[i] = max(t.cNat[i], cellWidth(c))
		}
	}
	t.offW = offerWidth(l.Items)
	return t
}

// resize lays out the fixed lines and the columns for w×h; the rows
// themselves are drawn only when on screen.
func (t subscriptionsTab) resize(e *env, c *api.Customer, w, h int) tab {
	st := e.st
	t.w, t.stamp = w, t.stamp+1
	t.head = append(renderTimeline(c, st, w, e.now()), "")
	t.mid = nil
	if t.load.loading || t.load.err != nil {
		t.head = append(t.head, loadingLines(t.load, "subscriptions", e, w)...)
		t.win = window{top: t.win.top, total: len(t.head), h: h}.clamp()
		return t
	}
	if len(t.subs) == 0 {
		t.head = append(t.head, st.muted.Render(clip("No subscriptions.", w)))
	} else {
		t.bars = newQuantityBars(t.offW, w)
		t.head = append(t.head, t.bars.header(st, w)...)
		t.card = sumCols(t.nat)-max(t.nat[0]-yieldMin, 0) > w
		head := present.SubscriptionHeaders
		if t.card {
			head = cardHeaders
			t.cols = fitColumns(t.cNat, w, -1)
		} else {
			t.cols = fitColumns(t.nat, w, 0)
		}
		t.mid = []string{"", sectionTitle(t.tableTitle(), st, w), st.tableHeader.Render(clip(tableRow(head, t.cols), w))}
	}
	t.win = window{top: t.win.top, total: len(t.head) + len(t.subs)*(1+t.rowLines()) + len(t.mid), h: h}.clamp()
	return t
}

// tableTitle counts the subscriptions and says when fewer arrived than
// the server counted.
func (t subscriptionsTab) tableTitle() string {
	s := "Subscriptions (" + present.Number(len(t.subs)) + ")"
	if t.short {
		s += ", " + present.Number(t.total) + " counted by the server"
	}
	return s
}

func (t subscriptionsTab) scroll(e *env, msg tea.KeyMsg) tab {
	t.win = t.win.scrolled(e.keys, msg)
	t.stamp++
	return t
}

func (t subscriptionsTab) draw(e *env, w, _ int) string {
	return drawWindow(t.win, func(i int) string { return t.line(e.st, i) }, e.st, w)
}

// line is content line i: the fixed head, a bar per subscription, the
// table's title and header, a table row per subscription.
func (t subscriptionsTab) line(st styles, i int) string {
	n := len(t.subs)
	switch {
	case i < len(t.head):
		return t.head[i]
	case i < len(t.head)+n:
		return t.bars.row(t.subs[i-len(t.head)], st, t.w)
	case i < len(t.head)+n+len(t.mid):
		return t.mid[i-len(t.head)-n]
	}
	r := i - len(t.head) - n - len(t.mid)
	row, part := t.rows[r/t.rowLines()], r%t.rowLines()
	off := !bool(t.subs[r/t.rowLines()].AutoRenewal.Enabled)
	if !t.card {
		paint := map[int]lipgloss.Style{}
		if off {
			paint[4] = st.bad
		}
		return styledRow(row, t.cols, st, paint)
	}
	if part == 1 {
		return st.muted.Render("  renews " + row.Cells[5] + " · " + row.Cells[0])
	}
	cells := cardCells(row)
	paint := map[int]lipgloss.Style{}
	if off {
		paint[3] = st.bad
	}
	return styledRow(cells, t.cols, st, paint)
}

// rowLines is how many lines a subscription takes in the table.
func (t subscriptionsTab) rowLines() int {
	if t.card {
		return 2
	}
	return 1
}

// cardHeaders title a card's first line (offer, status in words,
// quantities, auto-renew); its second line is the renewal date and the
// subscription ID, which is cut first.
var cardHeaders = []string{"Offer ID", "Status", "Quantity", "Auto-renew"}

// cardCells is the first line of a subscription's card.
func cardCells(r present.Row) present.Row {
	return present.Row{Cells: []string{r.Cells[1], wordsOnly(r.Cells[2]), r.Cells[3], r.Cells[4]}, StatusCol: 1, Tone: r.Tone}
}
