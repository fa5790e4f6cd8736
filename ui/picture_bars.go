package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

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
// quantities as three bars side by side on one scale (the largest quantity
// of any subscription), and a subscription whose auto-renew is off shows
// "✖ off" where its renewal bar would be.
type quantityBars struct {
	labelW, barW, scale int
}

// newQuantityBars fits the picture into w cells for subscriptions whose
// offer IDs are at most offerW cells wide and whose largest quantity is
// scale.
func newQuantityBars(offerW, scale, w int) quantityBars {
	labelW := min(max(offerW, len("Offer")), 16, max(w/4, 6))
	col := (w - labelW - 3*tableGap) / 3
	return quantityBars{labelW: labelW, barW: max(col-1-barNumberCells, 1), scale: scale}
}

// barsScale is the largest quantity the bars must show, and the widest
// offer ID, measured once per load.
func barsScale(ss []api.Subscription) (scale, offerW int) {
	for _, s := range ss {
		scale = max(scale, int(s.CurrentQuantity), int(s.UsedQuantity), int(s.AutoRenewal.RenewalQuantity))
		offerW = max(offerW, cellWidth(s.OfferID))
	}
	return scale, offerW
}

// header is the legend line and the column titles.
func (q quantityBars) header(st styles, w int) []string {
	title := "Quantities, one scale: a full bar is " + present.Number(q.scale) + " licences"
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
	line := padTo(orNone(s.OfferID), q.labelW) + gap +
		q.cell(int(s.CurrentQuantity), st.accent.Render) + gap +
		q.cell(int(s.UsedQuantity), st.good.Render) + gap
	if !bool(s.AutoRenewal.Enabled) {
		line += st.bad.Render(symBad + "off: auto-renew is off")
	} else {
		line += q.cell(int(s.AutoRenewal.RenewalQuantity), st.muted.Render)
	}
	return clip(line, w)
}

// cell is one bar with its number, right-aligned after it.
func (q quantityBars) cell(n int, paint func(...string) string) string {
	num := present.Number(n)
	return paint(hbar(n, q.scale, q.barW)) + " " + strings.Repeat(" ", max(barNumberCells-len(num), 0)) + num
}
