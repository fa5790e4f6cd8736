package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// The pictures (picture_*.go) are Unicode block and box characters painted
// with Lip Gloss styles. bubbles/progress draws one bar per model, sized as
// a percentage, with colour carrying the fill; three bars a line, each with
// its number, on a row's own scale, fit it badly. A charting package would
// be a new dependency for three small pictures, each a few dozen lines.

// eighths are the partial blocks a bar ends in, so a bar of 8 cells still
// shows 64 steps.
var eighths = [...]string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// hbar is n of scale as a bar of at most width cells, padded to width:
// whole blocks then one partial block. Any n above zero shows at least a
// sliver, so "a few" never looks like "none".
func hbar(n, scale, width int) string {
	if width <= 0 {
		return ""
	}
	if scale <= 0 || n <= 0 {
		return strings.Repeat(" ", width)
	}
	e := min(n, scale) * width * 8 / scale
	e = max(e, 1)
	s := strings.Repeat("█", e/8) + eighths[e%8]
	return s + strings.Repeat(" ", width-cellWidth(s))
}

// barNumberCells is the room of a quantity after its bar: "12,345".
const barNumberCells = 6

// quantityBars is the "subscriptions as bars" picture, laid out once per
// width: each subscription is one line with its current, used and renewal
// quantities as three bars side by side, and a subscription whose
// auto-renew is off shows "✖ off" where its renewal bar would be.
//
// Each line has its own scale, its largest quantity: the bars answer "how
// much of what it owns is used, and does it renew all of it?", which one
// scale for every subscription hides as soon as a 3,000-transaction
// consumable sits beside 70 licences (the licences shrink to a sliver). The
// numbers beside the bars carry the sizes.
type quantityBars struct {
	labelW, barW int
}

// newQuantityBars fits the picture into w cells for subscriptions whose
// offer IDs are at most offerW cells wide.
func newQuantityBars(offerW, w int) quantityBars {
	labelW := min(max(offerW, len("Offer")), 16, max(w/4, 6))
	col := (w - labelW - 3*tableGap) / 3
	return quantityBars{labelW: labelW, barW: max(col-1-barNumberCells, 1)}
}

// offerWidth is the widest offer ID, measured once per load.
func offerWidth(ss []api.Subscription) (offerW int) {
	for _, s := range ss {
		offerW = max(offerW, cellWidth(s.OfferID))
	}
	return offerW
}

// rowScale is one subscription's scale: the largest of its quantities
// (the renewal's only when it renews).
func rowScale(s api.Subscription) int {
	scale := max(int(s.CurrentQuantity), int(s.UsedQuantity))
	if bool(s.AutoRenewal.Enabled) {
		scale = max(scale, int(s.AutoRenewal.RenewalQuantity))
	}
	return scale
}

// header is the legend line and the column titles.
func (q quantityBars) header(st styles, w int) []string {
	title := "Quantities, each subscription on its own scale"
	cols := padTo("Offer", q.labelW) + strings.Repeat(" ", tableGap) +
		padTo("Current", q.col()) + strings.Repeat(" ", tableGap) +
		padTo("Used", q.col()) + strings.Repeat(" ", tableGap) + "Renews"
	return []string{sectionTitle(title, st, w), st.tableHeader.Render(clip(cols, w))}
}

// col is one quantity column: bar, space, number.
func (q quantityBars) col() int { return q.barW + 1 + barNumberCells }

// row is one subscription's line.
func (q quantityBars) row(s api.Subscription, st styles, w int) string {
	gap := strings.Repeat(" ", tableGap)
	scale := rowScale(s)
	line := padTo(orNone(s.OfferID), q.labelW) + gap +
		q.cell(int(s.CurrentQuantity), scale, st.accent.Render) + gap +
		q.cell(int(s.UsedQuantity), scale, st.good.Render) + gap
	if !bool(s.AutoRenewal.Enabled) {
		line += st.bad.Render(symBad + "off: auto-renew is off")
	} else {
		line += q.cell(int(s.AutoRenewal.RenewalQuantity), scale, st.muted.Render)
	}
	return clip(line, w)
}

// cell is one bar of scale with its number, right-aligned after it.
func (q quantityBars) cell(n, scale int, paint func(...string) string) string {
	num := present.Number(n)
	return paint(hbar(n, scale, q.barW)) + " " + strings.Repeat(" ", max(barNumberCells-len(num), 0)) + num
}
