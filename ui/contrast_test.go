package ui

import (
	"math"
	"strconv"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// WCAG 2.x AA asks 4.5:1 for body text
// (https://www.w3.org/TR/WCAG21/#contrast-minimum).
const minContrast = 4.5

// Backgrounds the palettes are checked on: black and a common dark theme
// grey; white and a common light theme off-white.
var (
	darkBackgrounds  = []lipgloss.Color{"#000000", "#1E1E1E", "#282C34"}
	lightBackgrounds = []lipgloss.Color{"#FFFFFF", "#F5F5F5", "#FAFAFA"}
)

// luminance is the WCAG relative luminance of a #RRGGBB colour.
func luminance(t *testing.T, c lipgloss.Color) float64 {
	t.Helper()
	s := string(c)
	if len(s) != 7 || s[0] != '#' {
		t.Fatalf("colour %q is not #RRGGBB", s)
	}
	var lin [3]float64
	for i := range lin {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
		x := float64(v) / 255
		if x <= 0.04045 {
			lin[i] = x / 12.92
		} else {
			lin[i] = math.Pow((x+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*lin[0] + 0.7152*lin[1] + 0.0722*lin[2]
}

func contrast(t *testing.T, a, b lipgloss.Color) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// in256 is the xterm-256 colour lipgloss draws c with on a 256-colour
// terminal (the same conversion, termenv's), as #rrggbb.
func in256(c lipgloss.Color) lipgloss.Color {
	q, ok := termenv.ANSI256.Color(string(c)).(termenv.ANSI256Color)
	if !ok {
		return c
	}
	return lipgloss.Color(termenv.ConvertToRGB(q).Hex())
}

// TestPaletteContrast: every colour text is drawn in reaches AA on the
// backgrounds of its theme, and the selection's text on its own background,
// both in true colour and as the 256-colour terminal shows it (the muted
// grey of help and footer once fell to 4.1:1 there).
func TestPaletteContrast(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    palette
		bgs  []lipgloss.Color
	}{{"dark", darkPalette(), darkBackgrounds}, {"light", lightPalette(), lightBackgrounds}} {
		text := map[string]lipgloss.Color{"muted": tc.p.muted, "accent": tc.p.accent, "good": tc.p.good,
			"warn": tc.p.warn, "bad": tc.p.bad}
		for name, fg := range text {
			for _, bg := range tc.bgs {
				for _, c := range []lipgloss.Color{fg, in256(fg)} {
					if r := contrast(t, c, bg); r < minContrast {
						t.Errorf("%s %s %s (drawn %s) on %s: %.2f:1, want ≥ %.1f", tc.name, name, fg, c, bg, r, minContrast)
					}
				}
			}
		}
		for _, sel := range [][2]lipgloss.Color{{tc.p.selFg, tc.p.selBg}, {in256(tc.p.selFg), in256(tc.p.selBg)}} {
			if r := contrast(t, sel[0], sel[1]); r < minContrast {
				t.Errorf("%s selection %s on %s: %.2f:1", tc.name, sel[0], sel[1], r)
			}
		}
	}
}

// TestHelpIsStyledFromTheTheme: the footer and "?" help draw keys and
// descriptions in the theme's colours (checked above), not Bubbles'
// default greys (#616161 on dark is about 2:1 and fails AA).
func TestHelpIsStyledFromTheTheme(t *testing.T) {
	for _, dark := range []bool{true, false} {
		p, bgs := lightPalette(), lightBackgrounds
		if dark {
			p, bgs = darkPalette(), darkBackgrounds
		}
		h := newHelp(newStyles(dark))
		for name, s := range map[string]lipgloss.Style{"short key": h.Styles.ShortKey, "short desc": h.Styles.ShortDesc,
			"full key": h.Styles.FullKey, "full desc": h.Styles.FullDesc, "separator": h.Styles.ShortSeparator,
			"full separator": h.Styles.FullSeparator, "ellipsis": h.Styles.Ellipsis} {
			fg, ok := s.GetForeground().(lipgloss.Color)
			if !ok {
				t.Errorf("dark=%v %s: foreground %v is not a theme colour", dark, name, s.GetForeground())
				continue
			}
			if fg != p.muted && fg != p.accent {
				t.Errorf("dark=%v %s: foreground %s is not from the palette", dark, name, fg)
			}
			for _, bg := range bgs {
				for _, c := range []lipgloss.Color{fg, in256(fg)} {
					if r := contrast(t, c, bg); r < minContrast {
						t.Errorf("dark=%v %s %s (drawn %s) on %s: %.2f:1", dark, name, fg, c, bg, r)
					}
				}
			}
		}
	}
}
