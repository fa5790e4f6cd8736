package ui

import "fmt"

// View runs after every message, spinner ticks and keystrokes included, but
// the costliest parts of the screen change far less often: the active pane
// (a viewport pads and cuts every visible line through lipgloss; the
// contacts table measures each row it draws), the footer help and the title
// bar. redraw draws each of them after an update, only when what it depends
// on has changed, and View takes the drawn copy when its inputs still match,
// else draws it itself. So View stays a join of strings however large the
// customer is, and it is correct even for a model no update has touched.

// drawnParts holds the cached parts with the inputs each was drawn from.
type drawnParts struct {
	pane     string
	paneAt   paneInputs
	footer   string
	footerAt footerInputs
	title    string
	titleAt  titleInputs
}

// paneInputs is everything the active pane's drawing depends on. gen counts
// layouts, which change the panes' content and size.
type paneInputs struct {
	valid                   bool
	gen, tab, yOffset       int
	width, height, top, cur int
}

// footerInputs is everything the footer help depends on.
type footerInputs struct {
	valid     bool
	state     state
	focus     focus
	canGoBack bool
	width     int
}

// titleInputs is everything the title bar depends on besides Options,
// which do not change while the program runs.
type titleInputs struct {
	valid  bool
	status string
	width  int
}

func (m Model) paneInputs() paneInputs {
	return paneInputs{valid: true, gen: m.layoutGen, tab: m.tab, yOffset: m.panes[m.tab].YOffset,
		width: m.width, height: m.height, top: m.cTop, cur: m.cCursor}
}

func (m Model) footerInputs() footerInputs {
	h := m.helpKeys()
	return footerInputs{valid: true, state: h.state, focus: h.focus, canGoBack: h.canGoBack, width: m.help.Width}
}

func (m Model) titleInputs() titleInputs {
	return titleInputs{valid: true, status: m.status, width: m.width}
}

// redraw refreshes the cached parts whose inputs changed. The pane is only
// drawn while a customer is shown.
func (m Model) redraw() Model {
	if !m.ready || m.tooSmall() {
		return m
	}
	if at := m.titleInputs(); at != m.drawn.titleAt {
		m.drawn.title, m.drawn.titleAt = m.drawTitleBar(), at
	}
	if at := m.footerInputs(); at != m.drawn.footerAt {
		m.drawn.footer, m.drawn.footerAt = m.drawFooter(), at
	}
	if at := m.paneInputs(); m.state == stateLoaded && m.customer != nil && at != m.drawn.paneAt {
		m.drawn.pane, m.drawn.paneAt = m.drawPane(), at
	}
	return m
}

// pane is the active pane as View shows it.
func (m Model) pane() string {
	if m.paneInputs() == m.drawn.paneAt {
		return m.drawn.pane
	}
	return m.drawPane()
}

// footer is the one-line help as View shows it.
func (m Model) footer() string {
	if m.footerInputs() == m.drawn.footerAt {
		return m.drawn.footer
	}
	return m.drawFooter()
}

// titleBar is the top line as View shows it.
func (m Model) titleBar() string {
	if m.titleInputs() == m.drawn.titleAt {
		return m.drawn.title
	}
	return m.drawTitleBar()
}

// drawPane draws the active pane: the contacts table (only the rows on
// screen) or the viewport of any other tab.
func (m Model) drawPane() string {
	if m.tab == tabContacts {
		return renderContacts(m.customer.CompanyProfile.Contacts, m.st, m.width, m.bodyHeight(), m.cTop, m.cCursor)
	}
	vp := m.panes[m.tab]
	total := vp.TotalLineCount()
	if total <= vp.Height {
		return vp.View()
	}
	pos := fmt.Sprintf("lines %d–%d of %s", vp.YOffset+1, min(vp.YOffset+vp.Height, total), thousands(total))
	return vp.View() + "\n" + m.st.muted.Render(clip(pos, m.width))
}

func (m Model) drawFooter() string {
	return m.help.ShortHelpView(m.helpKeys().ShortHelp())
}
