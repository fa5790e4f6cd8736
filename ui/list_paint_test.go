package ui

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestPaintIsRenderForOneLineText(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	styles := []lipgloss.Style{r.NewStyle().Foreground(lipgloss.Color("#73D18F")),
		r.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#2F3B54")), r.NewStyle()}
	for i, st := range styles {
		for _, text := range []string{"● Active (1000)", "Ελιά Μέσα Ενημέρωσης  2000000280", "  "} {
			if got, want := paintOf(st).on(text), st.Render(text); got != want {
				t.Errorf("style %d on %q: %q, Render gives %q", i, text, got, want)
			}
		}
	}
}
