package ui

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vipcx/vipcx/api"
)

// state names the kind of a screen, for the debug log, the tests and the
// footer. Each kind is one screen type (screen.go).
type state int

const (
	stateStart   state = iota // startScreen: the Customer ID input
	stateLoading              // loadingScreen: a fetch is in flight
	stateLoaded               // customerScreen: a customer is shown
	stateFailed               // errorScreen: the fetch failed; its panel is shown
	stateForm                 // formScreen: the credentials form
	stateHelp                 // helpScreen: the "?" key list
	stateList                 // listScreen: a reseller's customers
)

var stateNames = [...]string{"start", "loading", "loaded", "failed", "form", "help", "list"}

func (s state) String() string { return stateNames[s] }

// focus says who receives printable keys: the input (everything goes to
// it) or the tabs (letters are shortcuts).
type focus int

const (
	focusInput focus = iota
	focusTabs
)

// minWidth and minHeight are the smallest terminal the layout supports.
const (
	minWidth  = 60
	minHeight = 20
)

// env is what every screen reads and none owns: options, theme, keys, the
// terminal size and the clock. Screens get it by pointer and never keep it.
type env struct {
	*look
	opts          Options
	log           *slog.Logger
	now           func() time.Time
	width, height int
	ready         bool    // a WindowSizeMsg has arrived
	static        bool    // tests: one spinner frame, no cursor blink
	fresh         bool    // View draws everything, ignoring caches (the cache guard)
	reverseCursor bool    // draw the input cursor in reverse video even without colour
	fetcher       Fetcher // what tabs that load their own data call, in commands
	history       []string

	advice advice // where the fetcher's credentials and URLs came from, for the next step
}

// look is the theme, the keys and the help renderer: built once by New and
// never changed, so every copy of the model shares one (View stays free
// of large copies and allocations).
type look struct {
	st   styles
	keys keyMap
	help help.Model
}

// Model is the root Bubble Tea model: it owns the back stack of screens and
// what outlives any one screen (the fetcher, the history, the fetch in
// flight), and routes messages: sizes and data to every screen, keys to the
// top one. It is a value: Update returns the changed copy.
type Model struct {
	env
	stack   []screen // stack[0] is the start screen; the last one is shown
	fetch   fetchState
	status  string // transient title-bar line, e.g. "copied 9876543210"
	clip    func(text string) error
	initCmd tea.Cmd       // the --customer fetch, started from Init
	drawn   drawnParts    // title and footer, drawn on update (redraw.go)
	spinner spinner.Model // the template every loading indicator copies
}

// New builds the model from o. With InitialID set (and a fetcher), the
// fetch starts as soon as the program does.
func New(o Options) Model {
	m := Model{
		env: env{opts: o, log: o.Logger, now: o.Now,
			look:    &look{st: newStyles(o.Dark), keys: newKeyMap(), help: newHelp(newStyles(o.Dark))},
			fetcher: o.Fetcher, advice: advice{creds: o.Sources, urls: o.URLs.sanitized()}},
		clip:    osc52Copy,
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot)), // Dot's frames end in a space
	}
	if m.log == nil {
		m.log = api.DiscardLogger()
	}
	if m.now == nil {
		m.now = time.Now
	}
	m.spinner.Style = m.st.accent
	m.stack = []screen{newStartScreen(&m.env)}
	var listCmd tea.Cmd
	if o.ResellerID != "" {
		m.stack[0] = newListScreen(&m.env, o.ResellerID, m.spinner)
		if o.Fetcher != nil || o.Demo {
			m, listCmd = m.startList()
		}
	}
	if o.Fetcher == nil && !o.Demo {
		return m.push(newFormScreen(&m.env))
	}
	m.initCmd = listCmd
	if o.InitialID != "" {
		var cmd tea.Cmd
		m, cmd = m.submit(o.InitialID, true)
		m.initCmd = tea.Batch(listCmd, cmd)
	}
	return m
}

// withStatic freezes the spinner on one frame and the cursors, so views are
// deterministic in tests.
func (m Model) withStatic() Model {
	m.static = true
	m.spinner.Spinner = spinner.Spinner{Frames: []string{"*"}, FPS: time.Hour}
	for i, s := range m.stack {
		m = m.set(i, s.freeze(m.spinner))
	}
	return m
}

// withReverseCursor keeps the input cursor visible when the terminal gets
// no colour (NO_COLOR, TERM=dumb): lipgloss then strips every attribute,
// the cursor's reverse video included, and Bubble Tea hides the terminal's
// own cursor, so nothing would show where typing goes. NO_COLOR forbids
// colour, not reverse video.
func (m Model) withReverseCursor() Model {
	m.reverseCursor = true
	m.stack = slices.Clone(m.stack)
	for i, s := range m.stack {
		switch s := s.(type) {
		case startScreen:
			s.input.Cursor.Style = reverseStyle()
			m.stack[i] = s
		case listScreen:
			s.find.Cursor.Style = reverseStyle()
			m.stack[i] = s
		case formScreen:
			s.apiKey.Cursor.Style, s.secret.Cursor.Style = reverseStyle(), reverseStyle()
			m.stack[i] = s
		}
	}
	return m
}

// reverseStyle is a style rendered for a plain ANSI terminal whatever the
// detected profile, so its reverse video survives a colourless profile. It
// never sets a colour.
func reverseStyle() lipgloss.Style {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	return r.NewStyle()
}

// Init loads the history and starts the --customer fetch, if any.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{loadHistory(m.opts.HistoryPath), m.initCmd}
	if !m.static {
		cmds = append(cmds, textinput.Blink)
		if m.top().state() == stateLoading {
			cmds = append(cmds, m.spinner.Tick)
		}
		if l, ok := m.stack[0].(listScreen); ok && l.loading {
			cmds = append(cmds, l.spinner.Tick)
		}
	}
	return tea.Batch(cmds...)
}

// top is the screen on show.
func (m Model) top() screen { return m.stack[len(m.stack)-1] }

// screen is the kind of the screen on show.
func (m Model) screen() state { return m.top().state() }

// focus is the input when the shown screen types text.
func (m Model) focus() focus {
	if m.top().typing() {
		return focusInput
	}
	return focusTabs
}

// set replaces the screen at i. The stack is copied first: a Model is a
// value, and an older copy (a benchmark's, a test's) must not see the change.
func (m Model) set(i int, s screen) Model {
	m.stack = slices.Clone(m.stack)
	m.stack[i] = s
	return m
}

// setTop replaces the shown screen.
func (m Model) setTop(s screen) Model { return m.set(len(m.stack)-1, s) }

// push shows s above the current screen; Esc will pop back to it.
func (m Model) push(s screen) Model {
	m.log.Debug("ui state", "from", m.screen().String(), "to", s.state().String())
	m.stack = append(m.stack[:len(m.stack):len(m.stack)], s.layout(&m.env))
	return m
}

// pop drops the shown screen, never the start screen at the bottom.
func (m Model) pop() Model {
	if len(m.stack) == 1 {
		return m
	}
	from := m.screen()
	stopLoadsOf(m.top())
	m.stack = m.stack[: len(m.stack)-1 : len(m.stack)-1]
	m.log.Debug("ui state", "from", from.String(), "to", m.screen().String())
	m = m.setTop(m.top().layout(&m.env))
	return m
}

// popHome drops every screen above the start screen at the bottom.
func (m Model) popHome() Model {
	if len(m.stack) > 1 {
		m.log.Debug("ui state", "from", m.screen().String(), "to", stateStart.String())
		stopLoadsOf(m.stack[1:]...)
		m.stack = m.stack[:1:1]
	}
	return m
}

// fetchState is the one fetch the root has in flight. seq tags each fetch,
// so a reply for one that was cancelled or superseded is dropped.
type fetchState struct {
	seq      int
	awaiting int // tag of the fetch whose reply is wanted, 0 for none
	cancel   context.CancelFunc
}
