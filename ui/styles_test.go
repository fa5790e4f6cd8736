package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/vipcx/vipcx/present"
)

// The views are tested as a NO_COLOR terminal sees them: no escape
// sequences at all, so assertions and goldens read plain text and a
// CLICOLOR_FORCE or COLORTERM in the environment cannot change them.
func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
}

func TestToneKeepsSymbolWithoutColour(t *testing.T) {
	cases := []struct {
		tone present.Tone
		sym  string
	}{
		{present.ToneGood, "● "}, {present.ToneWarn, "▲ "}, {present.ToneBad, "✖ "}, {present.ToneNeutral, "? "},
	}
	for _, dark := range []bool{true, false} {
		st := newStyles(dark)
		for _, c := range cases {
			got := st.tone(c.tone, "Active (1000)")
			if got != c.sym+"Active (1000)" {
				t.Errorf("dark=%v tone %d = %q, want %q", dark, c.tone, got, c.sym+"Active (1000)")
			}
		}
	}
}

func TestToneSymbolsAreDistinctAndOneCell(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range []string{symGood, symWarn, symBad, symUnknown} {
		if seen[s] {
			t.Errorf("symbol %q used twice", s)
		}
		seen[s] = true
		if w := cellWidth(s); w != 2 {
			t.Errorf("symbol %q is %d cells, want 2 (symbol and space)", s, w)
		}
	}
}

func TestStylesColourWhenTheTerminalDoes(t *testing.T) {
	// Under a colour profile the tones differ between themes, and still
	// carry the symbol; restore the pinned profile afterwards.
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	dark := newStyles(true).tone(present.ToneGood, "ok")
	light := newStyles(false).tone(present.ToneGood, "ok")
	if dark == light {
		t.Errorf("dark and light palettes render the same: %q", dark)
	}
	for _, s := range []string{dark, light} {
		if !strings.Contains(s, "\x1b[") || !strings.Contains(s, "● ok") {
			t.Errorf("want coloured %q with its symbol, got %q", "● ok", s)
		}
	}
}
