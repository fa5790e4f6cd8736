package present

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Gap is the space between table columns.
const Gap = 2

// Table is rows of cells aligned by terminal cells, not runes or bytes, so
// wide (CJK) characters keep their columns straight. Cells must be safe,
// single-line text; styling escapes are allowed and take no width.
type Table struct {
	Headers []string
	Rows    [][]string
	// Indent is put before every line.
	Indent string
}

// Widths is each column's widest cell, header included.
func (t Table) Widths() []int {
	ws := make([]int, t.columns())
	measure := func(r []string) {
		for i, c := range r {
			ws[i] = max(ws[i], ansi.StringWidth(c))
		}
	}
	measure(t.Headers)
	for _, r := range t.Rows {
		measure(r)
	}
	return ws
}

func (t Table) columns() int {
	n := len(t.Headers)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// Render lays the table out; with maxWidth > 0 the last column is cut with
// "…" so no line is wider than maxWidth cells. Lines carry no trailing
// blanks and end in "\n".
func (t Table) Render(maxWidth int) string {
	ws := t.Widths()
	var b strings.Builder
	if len(t.Headers) > 0 {
		t.line(&b, t.Headers, ws, maxWidth)
	}
	for _, r := range t.Rows {
		t.line(&b, r, ws, maxWidth)
	}
	return b.String()
}

// WriteTo writes the table without a width limit.
func (t Table) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, t.Render(0))
	return int64(n), err
}

func (t Table) line(b *strings.Builder, cells []string, ws []int, maxWidth int) {
	var l strings.Builder
	l.WriteString(t.Indent)
	last := len(cells) - 1
	for last > 0 && cells[last] == "" {
		last--
	}
	for i := 0; i <= last; i++ {
		if i > 0 {
			l.WriteString(strings.Repeat(" ", Gap))
		}
		l.WriteString(cells[i])
		if i < last {
			l.WriteString(strings.Repeat(" ", ws[i]-ansi.StringWidth(cells[i])))
		}
	}
	out := l.String()
	if maxWidth > 0 && ansi.StringWidth(out) > maxWidth {
		out = ansi.Truncate(out, maxWidth, "…")
	}
	b.WriteString(strings.TrimRight(out, " ") + "\n")
}
