package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Layout helpers shared by the render functions. Widths are terminal cells
// measured the way lipgloss measures them (ansi.StringWidth: grapheme
// clusters, wide CJK runes count two, escape sequences count zero), so a
// padded column lines up with what lipgloss draws around it.

// noValue is what an empty or missing value shows, so a blank is never
// mistaken for a rendering bug.
const noValue = "—"

// ellipsisMark marks text cut to fit.
const ellipsisMark = "…"

// orNone returns s, or noValue when s is blank.
func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return noValue
	}
	return s
}

// cellWidth is the display width of s in cells.
func cellWidth(s string) int { return ansi.StringWidth(s) }

// clip cuts s to at most w cells, marking the cut with an ellipsis. A
// string of at most w bytes always fits (no character is wider in cells
// than in UTF-8 bytes, and escape sequences are zero cells wide), so the
// common short line is not measured at all.
func clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if len(s) <= w || cellWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, ellipsisMark)
}

// padTo cuts or right-pads s to exactly w cells, so table columns align even
// with wide runes in them.
func padTo(s string, w int) string {
	s = clip(s, w)
	if n := w - cellWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// wrapTo breaks s into lines of at most w cells, at spaces and hyphens when
// it can and mid-word when it must.
func wrapTo(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	if cellWidth(s) <= w {
		return []string{s}
	}
	lines := strings.Split(ansi.Wrap(s, w, ""), "\n")
	for i, l := range lines {
		lines[i] = clip(strings.TrimRight(l, " "), w)
	}
	return lines
}

// wrapLines wraps every line of text wider than w cells. It is for the JSON
// pane: its viewport cuts what is wider than itself, and ←/→ switch tabs
// rather than scroll sideways, so a long value would be lost. Text with no
// wide line (the common case, even for 5,000 contacts) is returned as it is.
func wrapLines(text string, w int) string {
	if w <= 0 {
		return text
	}
	var b strings.Builder
	copied := 0 // text[:copied] is already in b
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; len(line) > w && cellWidth(line) > w {
			b.WriteString(text[copied:start])
			b.WriteString(strings.Join(wrapTo(line, w), "\n"))
			copied = end
		}
		start = end + 1
	}
	if copied == 0 {
		return text
	}
	b.WriteString(text[copied:])
	return b.String()
}

// fitWidth truncates every line of block to w cells: the last guard that keeps
// a view inside the width it was given, whatever its parts did.
func fitWidth(block string, w int) string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = clip(l, w)
	}
	return strings.Join(lines, "\n")
}

// kv is one labelled row of a pane.
type kv struct {
	label, value string
}

// renderRows lays out label/value rows in two columns: labels padded to the
// widest label, values (one or more lines) wrapped under themselves. The label column shrinks
// to a third of the width when the pane is narrow.
func renderRows(rows []kv, st styles, w int) string {
	lw := 0
	for _, r := range rows {
		lw = max(lw, cellWidth(r.label))
	}
	lw = min(lw, max(w/3, 1))
	vw := max(w-lw-2, 1)
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		label := st.label.Render(padTo(r.label, lw))
		for j, line := range wrapValue(orNone(r.value), vw) {
			if j > 0 {
				b.WriteByte('\n')
				label = strings.Repeat(" ", lw)
			}
			b.WriteString(label + "  " + line)
		}
	}
	return b.String()
}

// wrapValue wraps each line of a possibly multi-line value on its own.
func wrapValue(v string, w int) []string {
	var out []string
	for _, para := range strings.Split(v, "\n") {
		out = append(out, wrapTo(para, w)...)
	}
	return out
}

// sectionTitle renders a heading line for a group of rows.
func sectionTitle(title string, st styles, w int) string {
	return st.strong.Render(clip(title, w))
}

// thousands formats n with comma separators: 2400 → "2,400".
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// countWord returns "1 day" or "n days" with n formatted by thousands.
func countWord(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}
