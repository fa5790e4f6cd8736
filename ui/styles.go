package ui

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/present"
)

// palette is the handful of colours the whole UI draws with. There are two,
// one per background, because the background is detected once before the
// program starts (lipgloss.AdaptiveColor would query the terminal again from
// inside the running program, which can stall it). Plain body text keeps the
// terminal's own foreground so it is readable on any theme.
type palette struct {
	muted, accent, good, warn, bad, border lipgloss.Color
	selFg, selBg                           lipgloss.Color
}

// darkPalette is tuned for light text on a dark background: pastel tones
// that keep contrast without glaring. Each is chosen so that its nearest
// xterm-256 colour, which a 256-colour terminal shows instead, keeps AA
// contrast too.
func darkPalette() palette {
	return palette{
		muted:  "#A0A8B6",
		accent: "#7AA2F7",
		good:   "#73D18F",
		warn:   "#E5C07B",
		bad:    "#F7768E",
		border: "#4B5263",
		selFg:  "#FFFFFF",
		selBg:  "#2F3B54",
	}
}

// lightPalette uses darker, saturated tones: the pastel dark-theme colours
// wash out on white (k9s #1290 and #1470 are about exactly that). As in
// the dark palette, the xterm-256 stand-ins keep AA contrast.
func lightPalette() palette {
	return palette{
		muted:  "#5A616B",
		accent: "#1F5FBF",
		good:   "#166F2E",
		warn:   "#8A5A00",
		bad:    "#C21F2C",
		border: "#9AA1AB",
		selFg:  "#000000",
		selBg:  "#D6E4F7",
	}
}

// styles holds every lipgloss style the views use, built once per theme by
// newStyles and passed down, so no view builds styles on the hot path and no
// package-level style state exists.
type styles struct {
	// text
	title  lipgloss.Style // company name, panel titles
	label  lipgloss.Style // left column of key/value rows
	muted  lipgloss.Style // hints, position lines, "—"
	accent lipgloss.Style
	strong lipgloss.Style // section headings

	// tones: meaning is also carried by the symbol tone() adds
	good, warn, bad, unknown lipgloss.Style

	// header card: a left accent bar, so it costs two columns and no rows
	card lipgloss.Style

	// tabs
	tabActive, tabInactive lipgloss.Style

	// tables (contacts, discounts)
	tableHeader lipgloss.Style
	tableCursor lipgloss.Style

	// error panel
	errPanel lipgloss.Style
	errTitle lipgloss.Style
}

// newStyles builds the styles for a dark or light background.
func newStyles(dark bool) styles {
	p := lightPalette()
	if dark {
		p = darkPalette()
	}
	base := lipgloss.NewStyle()
	return styles{
		title:       base.Bold(true),
		label:       base.Foreground(p.muted),
		muted:       base.Foreground(p.muted),
		accent:      base.Foreground(p.accent),
		strong:      base.Bold(true).Foreground(p.accent),
		good:        base.Foreground(p.good),
		warn:        base.Foreground(p.warn),
		bad:         base.Foreground(p.bad),
		unknown:     base.Foreground(p.muted),
		card:        base.Border(lipgloss.ThickBorder(), false, false, false, true).BorderForeground(p.accent).PaddingLeft(1),
		tabActive:   base.Bold(true).Foreground(p.selFg).Background(p.selBg),
		tabInactive: base.Foreground(p.muted),
		tableHeader: base.Bold(true).Foreground(p.accent),
		tableCursor: base.Bold(true).Foreground(p.selFg).Background(p.selBg),
		errPanel:    base.Border(lipgloss.RoundedBorder()).BorderForeground(p.bad).Padding(0, 1),
		errTitle:    base.Bold(true).Foreground(p.bad),
	}
}

// Tone symbols. They carry the meaning of a colour when there is no colour
// (NO_COLOR, monochrome terminals, screen readers, copy and paste).
const (
	symGood    = "● "
	symWarn    = "▲ "
	symBad     = "✖ "
	symUnknown = "? "
)

// toneStyle is the style for a tone, without the symbol, for text whose
// words already say what the colour says (e.g. "expired 12 days ago").
func (st styles) toneStyle(t present.Tone) lipgloss.Style {
	switch t {
	case present.ToneGood:
		return st.good
	case present.ToneWarn:
		return st.warn
	case present.ToneBad:
		return st.bad
	}
	return st.unknown
}

// tone renders text in the tone's colour behind the tone's symbol, so the
// meaning survives when colour does not.
func (st styles) tone(t present.Tone, text string) string {
	sym := symUnknown
	switch t {
	case present.ToneGood:
		sym = symGood
	case present.ToneWarn:
		sym = symWarn
	case present.ToneBad:
		sym = symBad
	}
	return st.toneStyle(t).Render(sym + text)
}
