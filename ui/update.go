package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
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
	case spinner.TickMsg:
		if m.state != stateLoading {
			return m, nil // let the tick chain die between fetches
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	}
	return m.updateWidgets(msg)
}

// updateWidgets hands everything else (cursor blinks) to the focused input.
func (m Model) updateWidgets(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.state == stateForm {
		m.form, cmd = m.form.update(msg)
		return m, cmd
	}
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// onResize records the size and re-lays out every child: the first resize
// arrives after the first View, and every later one must reflow the panes.
func (m Model) onResize(msg tea.WindowSizeMsg) Model {
	m.width, m.height = msg.Width, msg.Height
	m.ready = true
	m.log.Debug("ui resize", "width", msg.Width, "height", msg.Height)
	return m.layout()
}

// onKey decides who gets a key. ctrl+c always quits; the form and a focused
// input get every other key, so shortcuts never fire while typing.
func (m Model) onKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	m.status = ""
	switch {
	case m.state == stateForm:
		return m.formKey(msg)
	case m.state == stateLoading:
		return m.loadingKey(msg)
	case m.focus == focusInput:
		return m.inputKey(msg)
	case msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste:
		return m.splitKeys(msg)
	}
	return m.shortcutKey(msg)
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

// quit cancels any fetch in flight so its goroutine ends with the program.
func (m Model) quit() (Model, tea.Cmd) {
	m = m.stopFetch()
	m.log.Debug("ui quit")
	return m, tea.Quit
}

func (m Model) loadingKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		return m.cancelFetch(), nil
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	}
	return m, nil
}

// shortcutKey handles keys when the tabs (not the input) have focus.
func (m Model) shortcutKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		return m, nil
	case key.Matches(msg, k.Cancel) && m.showHelp:
		m.showHelp = false
		return m, nil
	case key.Matches(msg, k.Search):
		return m.openSearch()
	case key.Matches(msg, k.Refresh):
		return m.refresh()
	}
	if m.state != stateLoaded {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Copy):
		return m, copyCmd(m.clip, m.customer.CustomerID)
	case key.Matches(msg, k.NextTab):
		return m.selectTab(m.tab + 1), nil
	case key.Matches(msg, k.PrevTab):
		return m.selectTab(m.tab - 1 + tabCount), nil
	case key.Matches(msg, k.Jump):
		return m.selectTab(int(msg.Runes[0] - '1')), nil
	}
	return m.scroll(msg), nil
}

// selectTab switches to tab i (mod the tab count) and redraws the tab line.
func (m Model) selectTab(i int) Model {
	m.tab = (i%tabCount + tabCount) % tabCount
	m.showHelp = false
	m.tabLine = renderTabs(m.tabTitles(), m.tab, m.st, m.width)
	m.log.Debug("ui tab", "tab", m.tab+1)
	return m
}
