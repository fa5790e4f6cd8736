package ui

import (
	"context"
	"errors"
	"log/slog"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/vipcx/vipcx/api"
)

// Run shows the TUI in the alternate screen until the user quits or ctx is
// cancelled, then restores the terminal. Quitting (q, ctrl+c) and a
// cancelled ctx both return nil; progOpts come after the defaults, so tests
// can redirect input and output. A panic anywhere in the program (Init,
// Update, View or a command) ends it through the normal quit path, so the
// terminal is restored, and Run returns a *CrashError; the stack goes to
// o.Logger only.
//
// Run installs no signal handler: the caller cancels ctx on SIGINT, SIGTERM
// and SIGHUP (main does). Bubble Tea v1.3.10's own handler can race a
// cancelled context and block shutdown forever, leaving the terminal raw
// (bubbletea PR #1806), so it is turned off.
func Run(ctx context.Context, o Options, progOpts ...tea.ProgramOption) error {
	log := o.Logger
	if log == nil {
		log = api.DiscardLogger()
	}
	m := New(o)
	if lipgloss.ColorProfile() == termenv.Ascii {
		m = m.withReverseCursor() // NO_COLOR or TERM=dumb: no colour, but a cursor
	}
	final, err := runGuarded(ctx, m, log, progOpts...)
	if m, ok := final.(Model); ok {
		m.stopFetch() // a fetch still in flight must not outlive the program
	}
	return err
}

// runGuarded runs model inside a guard and turns the outcome into Run's
// error. It returns the inner model as it was last seen.
func runGuarded(ctx context.Context, model tea.Model, log *slog.Logger, progOpts ...tea.ProgramOption) (tea.Model, error) {
	box := &crashBox{}
	opts := append([]tea.ProgramOption{tea.WithAltScreen(), tea.WithContext(ctx), tea.WithoutSignalHandler()}, progOpts...)
	p := tea.NewProgram(guard{inner: model, box: box}, opts...)
	box.quit = p.Quit
	final, err := p.Run()
	if g, ok := final.(guard); ok {
		final = g.inner
	}
	if c := box.crash(); c != nil {
		log.Error("ui crashed", "where", c.Where, "reason", c.Reason, "stack", string(c.Stack))
		return final, c
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		// Bubble Tea's own last-resort recovery fired outside the guard
		// (its renderer or input reader); it has restored the terminal.
		log.Error("ui crashed inside Bubble Tea", "err", err.Error())
		return final, &CrashError{Where: "in the terminal library", Reason: "unexpected panic"}
	}
	if err != nil && errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return final, nil
	}
	return final, err
}
