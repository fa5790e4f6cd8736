package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// activity is how many orders a customer placed each month, from the month
// of its oldest order to the later of its newest order and today, counted
// once when the history arrives so the chart costs the same for 5,000
// orders as for 5.
type activity struct {
	first  int   // the first month, as year*12 + month-1
	counts []int // orders per month from first on
	total  int
}

// monthIndex is t's month as year*12 + month-1.
func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// monthName is a month index as "2026-03".
func monthName(i int) string { return fmt.Sprintf("%04d-%02d", i/12, i%12+1) }

// countActivity buckets orders by the month they were created in; orders
// whose date did not parse are left out of the chart (not the table).
func countActivity(os []api.Order, now time.Time) activity {
	lo, hi := 0, monthIndex(now)
	for _, o := range os {
		if o.CreationDate.IsZero() {
			continue
		}
		if m := monthIndex(o.CreationDate.Time); lo == 0 || m < lo {
			lo = m
		}
	}
	if lo == 0 || lo > hi {
		return activity{}
	}
	a := activity{first: lo, counts: make([]int, hi-lo+1)}
	for _, o := range os {
		if o.CreationDate.IsZero() {
			continue
		}
		if m := monthIndex(o.CreationDate.Time) - lo; m >= 0 && m < len(a.counts) {
			a.counts[m]++
			a.total++
		}
	}
	return a
}

// columnBlocks are the eighth blocks a column rises through.
var columnBlocks = [...]string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// renderActivity is the order-activity chart in w×rows cells plus a title
// line and a year axis: one column per month, or per 2, 3, 6 or 12 months
// when the history is longer than the width, each column's height the
// orders in it. The title says the span, the grouping and the peak, so the
// heights have numbers.
func renderActivity(a activity, st styles, w, rows int) []string {
	if a.total == 0 {
		return []string{st.muted.Render(clip("Orders per month: no dated orders to chart.", w))}
	}
	per, cols := groupMonths(a.counts, w)
	peak, peakAt := 0, 0
	for i, n := range cols {
		if n > peak {
			peak, peakAt = n, i
		}
	}
	title := fmt.Sprintf("Orders per %s since %s · peak %s in %s", perWord(per), monthName(a.first),
		present.Number(peak), monthName(a.first+peakAt*per))
	lines := []string{sectionTitle(title, st, w)}
	rows = min(rows, peak) // a peak of one order is one row, not a wall
	cw := columnWidth(len(cols), w)
	for r := rows - 1; r >= 0; r-- {
		var b strings.Builder
		for _, n := range cols {
			b.WriteString(strings.Repeat(columnCell(n, peak, rows, r), max(cw-1, 1)))
			if cw > 1 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, st.accent.Render(strings.TrimRight(b.String(), " ")))
	}
	return append(lines, st.muted.Render(yearAxis(a.first, per, len(cols), cw, w)))
}

// columnCell is the glyph of a column of n (of peak) in row r of rows,
// counted from the bottom; a column with any order shows at least ▁.
func columnCell(n, peak, rows, r int) string {
	e := n * rows * 8 / peak
	if n > 0 {
		e = max(e, 1)
	}
	return columnBlocks[min(max(e-r*8, 0), 8)]
}

// columnWidth is the cells each column takes: 1 when the columns barely
// fit, up to 3 (two cells of bar and a gap) when there is room, so a short
// history does not huddle at the left edge.
func columnWidth(ncols, w int) int { return min(max(w/max(ncols, 1), 1), 3) }

// groupMonths sums counts into as few months per column as fit w columns.
func groupMonths(counts []int, w int) (per int, cols []int) {
	per = 1
	for _, p := range []int{1, 2, 3, 6, 12, 24} {
		per = p
		if (len(counts)+p-1)/p <= w {
			break
		}
	}
	cols = make([]int, (len(counts)+per-1)/per)
	for i, n := range counts {
		cols[i/per] += n
	}
	return per, cols
}

func perWord(per int) string {
	switch per {
	case 1:
		return "month"
	case 3:
		return "quarter"
	case 12:
		return "year"
	}
	return fmt.Sprintf("%d months", per)
}

// yearAxis puts each year's number under the column holding its January,
// when it does not run into the previous label.
func yearAxis(first, per, ncols, cw, w int) string {
	line := []byte(strings.Repeat(" ", min(ncols*cw, w)))
	next := 0 // the first cell free for a label
	for c := 0; c < ncols; c++ {
		startM, endM := first+c*per, first+(c+1)*per-1
		jan := (endM / 12) * 12
		at := c * cw
		if jan < startM || at < next {
			continue
		}
		label := fmt.Sprint(jan / 12)
		if at+len(label) > len(line) {
			break
		}
		copy(line[at:], label)
		next = at + len(label) + 1
	}
	return string(line)
}
