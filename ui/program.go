package ui

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
)

// Run shows the TUI in the alternate screen until the user quits or ctx is
// cancelled, then restores the terminal. Quitting (q, ctrl+c) and a
// cancelled ctx both return nil; progOpts come after the defaults, so tests
// can redirect input and output.
func Run(ctx context.Context, o Options, progOpts ...tea.ProgramOption) error {
	opts := append([]tea.ProgramOption{tea.WithAltScreen(), tea.WithContext(ctx)}, progOpts...)
	final, err := tea.NewProgram(New(o), opts...).Run()
	if m, ok := final.(Model); ok {
		m.stopFetch() // a fetch still in flight must not outlive the program
	}
	if err != nil && errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil
	}
	return err
}
