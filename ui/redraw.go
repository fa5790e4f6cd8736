package ui

import "fmt"

// View runs after every message, spinner ticks and keystrokes included, but
// the costliest parts of the screen change far less often: the active pane
// (a viewport pads and cuts every visible line through lipgloss; the
// contacts table measures each row it draws), the footer help and the title
// bar. Each is drawn after an update, only when what it depends on has
// changed, and View takes the drawn copy when its inputs still match, else
// draws it itself. So View stays a join of strings however large the
// customer is, and it is correct even for a model no update has touched.
// The UI test harness checks, after every message, that the cached View
// equals a freshly drawn one (env.fresh).

// drawnParts holds the root's cached parts with the inputs each was drawn from.
type drawnParts struct {
	footer   string
	footerAt footerInputs
	title    string
	titleAt  titleInputs
	frame    fittedFrame // the whole screen, fitted (view.go)
}

// footerInputs is everything the footer depends on: the shown screen (its
// position in the stack, its kind and, for a screen whose keys change
// while it is shown, its helpVariant) and the width.
type footerInputs struct {
	valid   bool
	depth   int
	kind    state
	variant int
	width   int
}

// helpVariant is implemented by screens whose footer changes while they
// are shown; it must change whenever shortHelp's result does.
type helpVariant interface{ helpVariant() int }

// titleInputs is everything the title bar depends on besides Options,
// which do not change while the program runs.
type titleInputs struct {
	valid  bool
	status string
	width  int
}

func (m Model) footerInputs() footerInputs {
	variant := 0
	if v, ok := m.top().(helpVariant); ok {
		variant = v.helpVariant()
	}
	return footerInputs{valid: true, depth: len(m.stack), kind: m.screen(), variant: variant, width: m.width}
}

func (m Model) titleInputs() titleInputs {
	return titleInputs{valid: true, status: m.status, width: m.width}
}

// redraw refreshes the root's cached parts whose inputs changed; screens
// redraw their own (customerScreen.redraw).
func (m Model) redraw() Model {
	if !m.ready || tooSmall(&m.env) {
		return m
	}
	if at := m.titleInputs(); at != m.drawn.titleAt {
		m.drawn.title, m.drawn.titleAt = m.drawTitleBar(), at
	}
	if at := m.footerInputs(); at != m.drawn.footerAt {
		m.drawn.footer, m.drawn.footerAt = m.drawFooter(), at
	}
	m.drawn.frame = m.refitFrame()
	return m
}

// footer is the one-line help as View shows it.
func (m Model) footer() string {
	if !m.fresh && m.footerInputs() == m.drawn.footerAt {
		return m.drawn.footer
	}
	return m.drawFooter()
}

// titleBar is the top line as View shows it.
func (m Model) titleBar() string {
	if !m.fresh && m.titleInputs() == m.drawn.titleAt {
		return m.drawn.title
	}
	return m.drawTitleBar()
}

func (m Model) drawFooter() string {
	h := m.help // a copy: look is shared by every model
	h.Width = m.width
	return h.ShortHelpView(m.top().shortHelp(&m.env))
}

// cachedPane is the customer screen's active pane with what it was drawn
// from. gen counts layouts, which change the panes' content and size.
type cachedPane struct {
	gen   int
	drawn string
	at    paneInputs
}

// paneInputs is everything the active pane's drawing depends on.
type paneInputs struct {
	valid         bool
	gen           int
	tab           tabID
	yOffset       int
	width, height int
	contacts      contactsCursor
	tabVer        int // a drawnTab's ver (tab_lines.go)
}

func (s customerScreen) paneInputs(e *env) paneInputs {
	return paneInputs{valid: true, gen: s.pane.gen, tab: s.tab, yOffset: s.tabs[s.tab].pane().YOffset,
		width: e.width, height: e.height, contacts: s.contacts, tabVer: tabVer(s.tabs[s.tab])}
}

// tabVer is a drawnTab's version, 0 for a viewport tab (its yOffset and
// the layout gen already key it).
func tabVer(t tab) int {
	if d, ok := t.(drawnTab); ok {
		return d.ver()
	}
	return 0
}

// redraw draws the active pane if its inputs changed.
func (s customerScreen) redraw(e *env) customerScreen {
	if !e.ready || tooSmall(e) {
		return s
	}
	if at := s.paneInputs(e); at != s.pane.at {
		s.pane.drawn, s.pane.at = s.drawPane(e), at
	}
	return s
}

// activePane is the active pane as View shows it.
func (s customerScreen) activePane(e *env) string {
	if !e.fresh && s.paneInputs(e) == s.pane.at {
		return s.pane.drawn
	}
	return s.drawPane(e)
}

// drawPane draws the active pane: the contacts table (only the rows on
// screen) or the viewport of any other tab, with a position line when it
// scrolls.
func (s customerScreen) drawPane(e *env) string {
	if s.tab == tabContacts {
		return renderContacts(s.customer.CompanyProfile.Contacts, s.colWidths, e.st, e.width, s.bodyHeight(e), s.contacts.top, s.contacts.cur)
	}
	if d, ok := s.tabs[s.tab].(drawnTab); ok {
		return d.draw(e, e.width, s.bodyHeight(e))
	}
	vp := s.tabs[s.tab].pane()
	total := vp.TotalLineCount()
	if total <= vp.Height {
		return vp.View()
	}
	pos := fmt.Sprintf("lines %d–%d of %s", vp.YOffset+1, min(vp.YOffset+vp.Height, total), thousands(total))
	return vp.View() + "\n" + e.st.muted.Render(clip(pos, e.width))
}
