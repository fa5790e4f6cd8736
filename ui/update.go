package ui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// Update routes a message to its handler. It returns tea.Model to satisfy
// the interface; update is the typed twin the handlers and tests use.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return m.update(msg) }

// update routes msg, then redraws the cached parts of the screen that msg
// changed (redraw.go), so View has nothing left to draw.
func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.route(msg)
	return m.redraw(), cmd
}

// route sends sizes and data to every screen, keys to the shown one, and
// the replies the root owns (fetches, history, credentials) to the root.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.onResize(msg), nil
	case tea.KeyMsg:
		return m.onKey(msg)
	case fetchedMsg:
		return m.onFetched(msg)
	case historyMsg:
		return m.onHistory(msg), nil
	case historySavedMsg:
		if msg.err != nil {
			m.log.Warn("history not saved", "err", msg.err)
		}
		return m, nil
	case connectedMsg:
		return m.onConnected(msg)
	case copiedMsg:
		return m.onCopied(msg), nil
	case listPageMsg, listDebounceMsg, resellerMsg:
		return m.toList(msg)
	}
	return m.broadcast(msg)
}

// broadcast hands msg (cursor blinks, spinner ticks, a tab's data) to
// every screen; each ignores what is not its own.
func (m Model) broadcast(msg tea.Msg) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	m.stack = slices.Clone(m.stack) // see set
	for i, s := range m.stack {
		next, cmd, _ := s.step(&m.env, msg)
		m.stack[i] = next
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// onResize records the size and re-lays out every screen: the first resize
// arrives after the first View, and every later one must reflow the panes.
func (m Model) onResize(msg tea.WindowSizeMsg) Model {
	m.width, m.height = msg.Width, msg.Height
	m.ready = true
	m.log.Debug("ui resize", "width", msg.Width, "height", msg.Height)
	m.stack = slices.Clone(m.stack) // see set
	for i, s := range m.stack {
		m.stack[i] = s.layout(&m.env)
	}
	return m
}

// onKey gives a key to the shown screen and carries out what it asks.
// ctrl+c always quits; a typing screen gets every other key, so shortcuts
// never fire while typing.
func (m Model) onKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	m.status = ""
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.top().typing() {
		return m.splitKeys(msg)
	}
	next, cmd, acts := m.top().step(&m.env, msg)
	m = m.setTop(next)
	return m.doAll(cmd, acts)
}

// doAll carries out the actions a screen asked for, in order, and batches
// their commands after the screen's own one.
func (m Model) doAll(cmd tea.Cmd, acts []action) (Model, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for _, a := range acts {
		var c tea.Cmd
		m, c = m.do(a)
		cmds = append(cmds, c)
	}
	return m, tea.Batch(cmds...)
}

// splitKeys handles runes that arrived in one read as separate keystrokes:
// a fast typist, or a loaded machine, delivers "12" as one message, and "1"
// then "2" must still switch tabs twice.
func (m Model) splitKeys(msg tea.KeyMsg) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, r := range msg.Runes {
		var cmd tea.Cmd
		m, cmd = m.onKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// do carries out one action a screen asked for.
func (m Model) do(a action) (Model, tea.Cmd) {
	switch a.kind {
	case actFetch:
		return m.submit(a.id, false)
	case actBack:
		return m.back()
	case actSearch:
		if _, ok := m.stack[0].(listScreen); ok {
			return m.findInList()
		}
		return m.pushStart()
	case actByID:
		return m.pushStart()
	case actHelp:
		return m.push(newHelpScreen(&m.env, m.top())), nil
	case actQuit:
		return m.quit()
	case actCopy:
		return m, copyCmd(m.clip, a.id)
	case actConnect:
		return m, connectCmd(m.opts.Connect, a.creds)
	}
	return m, nil
}

// back is Esc: pop the shown screen. Leaving the loading screen cancels its
// fetch and puts the ID back in the input below, or leaves the customer a
// refresh was for on show.
func (m Model) back() (Model, tea.Cmd) {
	if l, ok := m.top().(loadingScreen); ok {
		m.log.Debug("ui fetch cancelled", "id", l.id, "seq", m.fetch.awaiting)
		m = m.stopFetch().pop()
		if s, ok := m.top().(startScreen); ok {
			m = m.setTop(s.cancelled(&m.env, l.id))
		}
		if s, ok := m.top().(listScreen); ok {
			s, cmd := s.cancelled(&m.env)
			return m.setTop(s), cmd
		}
		return m, nil
	}
	if s, ok := m.top().(startScreen); ok && !s.child {
		// the start screen at the bottom: Esc clears the field
		m = m.setTop(s.clear(&m.env))
		return m, nil
	}
	m = m.pop()
	if s, ok := m.top().(startScreen); ok {
		return m, s.blink(&m.env)
	}
	return m, nil
}

// quit cancels any fetch in flight so its goroutine ends with the program.
func (m Model) quit() (Model, tea.Cmd) {
	m = m.stopFetch()
	m.log.Debug("ui quit")
	return m, tea.Quit
}

// onConnected leaves the form for the start screen (or the --customer
// fetch) on success, and explains the failure in the form otherwise.
func (m Model) onConnected(msg connectedMsg) (Model, tea.Cmd) {
	f, ok := m.top().(formScreen)
	if !ok {
		return m, nil
	}
	if msg.err != nil || msg.fetcher == nil {
		m = m.setTop(f.failed(msg.err))
		m.log.Warn("ui credentials not saved", "err", m.top().(formScreen).err)
		return m, nil
	}
	m.fetcher, m.advice.creds = msg.fetcher, formSources(f.kind, f.sessionOnly)
	m.log.Debug("ui credentials saved")
	m = m.pop()
	m, listCmd := m.startList()
	if id := m.opts.InitialID; id != "" && api.ValidateCustomerID(id) == nil {
		m, cmd := m.submit(id, true)
		return m, tea.Batch(listCmd, cmd)
	}
	s, ok := m.top().(startScreen)
	if !ok {
		return m, listCmd
	}
	s.notice, s.noticeTone = "credentials saved", present.ToneGood
	if f.sessionOnly {
		s.notice = "connected for this session only (credentials not saved)"
	}
	m = m.setTop(s)
	return m, s.blink(&m.env)
}
