package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/present"
)

// paint is a style reduced to the bytes it puts around a text, measured
// once per draw: lipgloss's Render costs microseconds a call, and a screen
// of rows would call it a hundred times. It is only for one-line text the
// style neither pads, aligns nor borders (colours and attributes).
type paint struct{ pre, post string }

// paintMark is a private-use character no style changes.
const paintMark = "\uE000"

func paintOf(st lipgloss.Style) paint {
	pre, post, ok := strings.Cut(st.Render(paintMark), paintMark)
	if !ok {
		return paint{}
	}
	return paint{pre: pre, post: post}
}

func (p paint) on(s string) string { return p.pre + s + p.post }

// rowPaints are the styles of the list's rows.
type rowPaints struct {
	tones  [present.ToneBad + 1]paint
	muted  paint
	cursor paint
}

func newRowPaints(st styles) rowPaints {
	var p rowPaints
	for t := range p.tones {
		p.tones[t] = paintOf(st.toneStyle(present.Tone(t)))
	}
	p.muted, p.cursor = paintOf(st.muted), paintOf(st.tableCursor)
	return p
}
