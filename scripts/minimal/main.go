// Command minimal is the baseline for vipcx's first-frame benchmark: the
// smallest Bubble Tea program that draws a full-screen frame, built with the
// same flags as vipcx. scripts/bench.sh times how long each takes, in a
// fresh tmux session, to show its first frame; the difference is what
// vipcx's own start-up costs.
package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// readyText is what scripts/bench.sh waits for on screen.
const readyText = "minimal bubble tea program ready"

// model is a static screen that quits on q or ctrl+c.
type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() string { return readyText + "\n\npress q to quit" }

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
