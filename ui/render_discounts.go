package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// tableGap is the space between table columns.
const tableGap = 2

// renderDiscounts is the Discounts tab: one row per offer type with the
// level's meaning next to its code ("02 — 10–49 licenses"), then the
// benefits. It can be taller than the pane; the caller scrolls it.
func renderDiscounts(c *api.Customer, st styles, width int) string {
	parts := []string{sectionTitle("Discount levels", st, width), discountTable(c.Discounts, st, width)}
	if note := present.LevelNote(c); note != "" {
		parts = append(parts, strings.Join(wrapTo(note, width), "\n"))
	}
	parts = append(parts, "", sectionTitle("Benefits", st, width))
	parts = append(parts, benefitsBlock(c.Benefits, st, width))
	return fitWidth(strings.Join(parts, "\n"), width)
}

// discountTable lays the discounts out as a table with a header and a rule
// when it fits the width, else as one block per discount.
func discountTable(ds []api.Discount, st styles, width int) string {
	if len(ds) == 0 {
		return "No discount levels on record."
	}
	rows := make([][]string, 0, len(ds))
	for _, d := range ds {
		rows = append(rows, []string{present.Coded(api.OfferType, d.OfferType), present.Level(d.Level), present.HVD(d.DiscountCode)})
	}
	head := []string{"Offer type", "Level", "HVD code"}
	natural := naturalWidths(head, rows)
	if tableWidth(natural) > width {
		return discountBlocks(head, rows, st, width)
	}
	lines := []string{st.tableHeader.Render(tableRow(head, natural)), st.muted.Render(tableRule(natural))}
	for _, r := range rows {
		lines = append(lines, tableRow(r, natural))
	}
	return strings.Join(lines, "\n")
}

// discountBlocks is the narrow layout: one block per discount, so a level's
// meaning wraps instead of being cut to "3YC: 50–99 commit…".
func discountBlocks(head []string, rows [][]string, st styles, width int) string {
	blocks := make([]string, 0, len(rows))
	for _, r := range rows {
		kvs := []kv{{head[1], r[1]}, {head[2], r[2]}}
		body := renderRows(kvs, st, max(width-2, 1))
		blocks = append(blocks, st.title.Render(clip(r[0], width))+"\n"+indent(body, "  "))
	}
	return strings.Join(blocks, "\n")
}

// indent prefixes every line of block.
func indent(block, prefix string) string {
	return prefix + strings.ReplaceAll(block, "\n", "\n"+prefix)
}

// tableWidth is the width of a row with these column widths.
func tableWidth(ws []int) int {
	t := tableGap * (len(ws) - 1)
	for _, w := range ws {
		t += w
	}
	return t
}

// naturalWidths is each column's widest cell, header included.
func naturalWidths(head []string, rows [][]string) []int {
	ws := make([]int, len(head))
	for i, h := range head {
		ws[i] = cellWidth(h)
	}
	for _, r := range rows {
		for i, cell := range r {
			ws[i] = max(ws[i], cellWidth(cell))
		}
	}
	return ws
}

// tableRow pads each cell to its column; the last column is not padded so
// lines carry no trailing blanks.
func tableRow(cells []string, ws []int) string {
	var b strings.Builder
	for i, cell := range cells {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", tableGap))
		}
		if i == len(cells)-1 {
			b.WriteString(clip(cell, ws[i]))
		} else {
			b.WriteString(padTo(cell, ws[i]))
		}
	}
	return b.String()
}

func tableRule(ws []int) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = strings.Repeat("─", w)
	}
	return strings.Join(parts, strings.Repeat(" ", tableGap))
}

// benefitsBlock lists each benefit with its status and, for a three-year
// commit, each of its three parts (a part Adobe sent as null shows "—").
func benefitsBlock(bs []api.Benefit, st styles, width int) string {
	if len(bs) == 0 {
		return "No benefits: no three-year commit, not a large government agency."
	}
	blocks := make([]string, 0, len(bs))
	for _, b := range bs {
		title := st.title.Render(clip(present.Coded(api.BenefitType, b.Type), width))
		blocks = append(blocks, title+"\n"+renderRows(benefitRows(b, st), st, width))
	}
	return strings.Join(blocks, "\n\n")
}

// benefitRows are a benefit's status, looked up by the benefit's type, and
// for a three-year commit its three parts.
func benefitRows(b api.Benefit, st styles) []kv {
	var rows []kv
	if b.Status != "" || b.Type != "THREE_YEAR_COMMIT" {
		rows = append(rows, kv{"Status", toneFact(st, present.BenefitStatus(b))})
	}
	if b.Type != "THREE_YEAR_COMMIT" {
		return rows
	}
	return append(rows,
		kv{"Commitment", commitmentText(b.Commitment, st)},
		kv{"Commitment request", commitmentText(b.CommitmentRequest, st)},
		kv{"Recommitment request", commitmentText(b.RecommitmentRequest, st)},
	)
}

// toneFact renders a fact's value in its tone with the tone's symbol; an
// empty value is the plain "—".
func toneFact(st styles, f present.Fact) string {
	if f.Value == present.None {
		return noValue
	}
	return st.tone(f.Tone, f.Value)
}

// commitmentText is one three-year-commit part on up to three lines:
// status, term dates, minimum quantities.
func commitmentText(cm *api.Commitment, st styles) string {
	if cm == nil {
		return noValue
	}
	return strings.Join([]string{toneFact(st, present.CommitStatus(cm.Status)),
		"Term " + present.Term(cm), "Minimum: " + present.Minimums(cm)}, "\n")
}
