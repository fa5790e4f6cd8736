package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
)

// screen is one page of the back stack. Each screen is its own type with
// the Bubbles component shape: its update and view take the shared env and
// return its concrete type; the methods below only adapt it to the stack.
// A screen never navigates or fetches by itself: it returns actions, which
// the root carries out, because only the root holds the stack and the
// fetcher.
type screen interface {
	state() state
	// typing is true when printable keys are text, not shortcuts.
	typing() bool
	// step is update, boxed for the stack.
	step(e *env, msg tea.Msg) (screen, tea.Cmd, []action)
	view(e *env) string
	// layout re-renders what depends on the terminal size; called on
	// resize and whenever the screen comes back on show.
	layout(e *env) screen
	// shortHelp is the footer; fullHelp the "?" screen.
	shortHelp(e *env) []key.Binding
	fullHelp(e *env) [][]key.Binding
	// freeze makes the screen deterministic for tests (no blink, one
	// spinner frame).
	freeze(sp spinner.Model) screen
}

// actionKind is what a screen asks the root to do.
type actionKind int

const (
	actFetch   actionKind = iota // fetch action.id and show the customer
	actBack                      // pop the shown screen
	actSearch                    // push a fresh start screen
	actByID                      // push the ID prompt, even over the list
	actHelp                      // push the help screen for the shown one
	actQuit                      // end the program
	actCopy                      // copy action.id to the clipboard
	actConnect                   // save action.creds and connect
)

// action is one request from a screen to the root.
type action struct {
	kind  actionKind
	id    string
	creds Login
}

func act(k actionKind) []action { return []action{{kind: k}} }

// commonKey handles the keys every non-typing screen shares: quit, help,
// new search and back.
func commonKey(e *env, msg tea.KeyMsg) ([]action, bool) {
	k := e.keys
	switch {
	case key.Matches(msg, k.Quit):
		return act(actQuit), true
	case key.Matches(msg, k.Help):
		return act(actHelp), true
	case key.Matches(msg, k.Search):
		return act(actSearch), true
	case key.Matches(msg, k.Cancel):
		return act(actBack), true
	}
	return nil, false
}
