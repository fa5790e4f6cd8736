package ui

import (
	"context"
	"io"
	"log/slog"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// state is the screen the model is on.
type state int

const (
	stateStart   state = iota // the Customer ID input
	stateLoading              // a fetch is in flight
	stateLoaded               // a customer is shown
	stateFailed               // the last fetch failed; its panel is shown
	stateForm                 // the credentials form
)

var stateNames = [...]string{"start", "loading", "loaded", "failed", "form"}

func (s state) String() string { return stateNames[s] }

// focus says who receives printable keys: the input (everything goes to
// it) or the tabs (letters are shortcuts).
type focus int

const (
	focusInput focus = iota
	focusTabs
)

// Tab indexes, in the contract's order; the number key is index+1.
const (
	tabCompany = iota
	tabAddress
	tabContacts
	tabDiscounts
	tabMembership
	tabJSON
	tabCount
)

// minWidth and minHeight are the smallest terminal the layout supports.
const (
	minWidth  = 60
	minHeight = 20
)

// Model is the root Bubble Tea model of the TUI. It is a value: Update
// returns the changed copy, and commands close over copied values only.
type Model struct {
	opts  Options
	log   *slog.Logger
	now   func() time.Time
	st    styles
	keys  keyMap
	help  help.Model
	state state
	focus focus

	ready         bool // a WindowSizeMsg has arrived
	width, height int
	static        bool // tests: one spinner frame, no cursor blink

	input      textinput.Model
	inputOK    bool   // the input holds a valid ID
	notice     string // one line under the input: validation, "cancelled"
	noticeTone present.Tone
	history    []string
	recall     int    // index into recallList while browsing, -1 when not
	draft      string // what was typed before browsing history

	spinner   spinner.Model
	fetcher   Fetcher
	seq       int // tag of the newest fetch
	awaiting  int // tag of the fetch whose reply is wanted, 0 for none
	cancel    context.CancelFunc
	loadingID string
	initCmd   tea.Cmd // the --customer fetch, started from Init

	customer *api.Customer
	failure  api.Description
	failedID string
	// shownID is the ID the shown customer was fetched by (not the one the
	// server echoed), for refresh.
	shownID  string
	tab      int
	showHelp bool
	status   string // transient line, e.g. "copied 9876543210"
	clip     func(text string) error

	// pre-rendered parts, rebuilt on load and on resize so View only joins
	header   string
	tabLine  string
	errPanel string
	panes    [tabCount]viewport.Model
	jsonText string
	cTop     int // first contact row on screen
	cCursor  int // highlighted contact row

	layoutGen int        // counts layouts, so redraw knows the panes changed
	drawn     drawnParts // the costliest parts of the screen, drawn on update

	form credForm
}

// New builds the model from o. With InitialID set (and a fetcher), the
// fetch starts as soon as the program does.
func New(o Options) Model {
	m := Model{
		opts:    o,
		log:     o.Logger,
		now:     o.Now,
		st:      newStyles(o.Dark),
		keys:    newKeyMap(),
		help:    help.New(),
		input:   newIDInput(),
		recall:  -1,
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot)), // Dot's frames end in a space
		fetcher: o.Fetcher,
		clip:    osc52Copy,
	}
	if m.log == nil {
		m.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if m.now == nil {
		m.now = time.Now
	}
	m.spinner.Style = m.st.accent
	m.input.Focus()
	if o.Fetcher == nil && !o.Demo {
		m = m.openForm()
		return m
	}
	if o.InitialID != "" {
		m.input.SetValue(o.InitialID)
		m = m.validateInput()
		if m.inputOK {
			m, m.initCmd = m.startFetch(m.input.Value())
		}
	}
	return m
}

// withStatic freezes the spinner on one frame and the cursor, so views are
// deterministic in tests.
func (m Model) withStatic() Model {
	m.static = true
	m.spinner.Spinner = spinner.Spinner{Frames: []string{"*"}, FPS: time.Hour}
	m.input.Cursor.SetMode(cursor.CursorStatic)
	m.form = m.form.static()
	return m
}

// Init loads the history and starts the --customer fetch, if any.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{loadHistory(m.opts.HistoryPath), m.initCmd}
	if !m.static {
		cmds = append(cmds, textinput.Blink)
		if m.state == stateLoading {
			cmds = append(cmds, m.spinner.Tick)
		}
	}
	return tea.Batch(cmds...)
}

// today is the date "days left" counts from.
func (m Model) today() time.Time { return m.now() }

// transition records a state change in the debug log.
func (m Model) transition(to state, attrs ...any) Model {
	if m.state != to {
		m.log.Debug("ui state", append([]any{"from", m.state.String(), "to", to.String()}, attrs...)...)
	}
	m.state = to
	return m
}

// scroll moves the active pane: the contacts cursor (the table renders only
// the rows on screen) or the viewport of any other tab.
func (m Model) scroll(msg tea.KeyMsg) Model {
	k := m.keys
	if m.tab == tabContacts {
		page := contactsPageSize(m.bodyHeight())
		n := len(m.customer.CompanyProfile.Contacts)
		switch {
		case key.Matches(msg, k.Up):
			m.cCursor--
		case key.Matches(msg, k.Down):
			m.cCursor++
		case key.Matches(msg, k.PageUp):
			m.cCursor -= page
		case key.Matches(msg, k.PageDown):
			m.cCursor += page
		case key.Matches(msg, k.Home):
			m.cCursor = 0
		case key.Matches(msg, k.End):
			m.cCursor = n - 1
		}
		return m.clampContacts()
	}
	vp := &m.panes[m.tab]
	switch {
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.Home):
		vp.GotoTop()
	case key.Matches(msg, k.End):
		vp.GotoBottom()
	}
	return m
}

// clampContacts keeps the cursor on a row and the row on screen.
func (m Model) clampContacts() Model {
	if m.customer == nil {
		return m
	}
	n := len(m.customer.CompanyProfile.Contacts)
	rows := contactsPageSize(m.bodyHeight())
	m.cCursor = max(0, min(m.cCursor, n-1))
	if m.cCursor < m.cTop {
		m.cTop = m.cCursor
	}
	if m.cCursor >= m.cTop+rows {
		m.cTop = m.cCursor - rows + 1
	}
	m.cTop = max(0, min(m.cTop, n-rows))
	return m
}
