package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/sanitize"
)

// View joins the pre-rendered parts of the screen: a title bar, the body of
// the current state and the help footer, fitted to the terminal.
func (m Model) View() string {
	if !m.ready {
		return "" // the size is unknown until the first WindowSizeMsg
	}
	if m.tooSmall() {
		return clip(fmt.Sprintf("enlarge the terminal (need %d×%d, have %d×%d)",
			minWidth, minHeight, m.width, m.height), m.width)
	}
	var body string
	switch {
	case m.showHelp:
		body = m.st.title.Render("Keys") + "\n\n" + m.fullHelp()
	case m.state == stateForm:
		body = m.formView()
	case m.state == stateLoading:
		body = m.loadingView()
	case m.state == stateLoaded:
		body = m.loadedView()
	case m.state == stateFailed:
		body = m.failedView()
	default:
		body = m.startView()
	}
	return m.frame(m.titleBar(), body, m.footer())
}

// fullHelp is the "?" screen: the key groups side by side, or in two rows
// when they do not fit, because bubbles/help drops the groups that would
// pass its width and a 60-column terminal would lose "q quit".
func (m Model) fullHelp() string {
	groups := m.helpKeys().FullHelp()
	h := m.help
	h.Width = 0 // no truncation: measure the whole
	if v := h.FullHelpView(groups); lipgloss.Width(v) <= m.width {
		return v
	}
	half := (len(groups) + 1) / 2
	return h.FullHelpView(groups[:half]) + "\n\n" + h.FullHelpView(groups[half:])
}

func (m Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

func (m Model) helpKeys() helpView {
	return helpView{k: m.keys, state: m.state, focus: m.focus, canGoBack: m.customer != nil || m.failedID != ""}
}

// frame stacks the parts so the footer sits on the last row and nothing
// runs past the terminal's edges, whatever a part rendered.
func (m Model) frame(top, body, footer string) string {
	lines := strings.Split(body, "\n")
	bodyH := m.height - 2
	if len(lines) > bodyH {
		lines = lines[:bodyH]
	}
	for len(lines) < bodyH {
		lines = append(lines, "")
	}
	all := append(append([]string{top}, lines...), footer)
	for i, l := range all {
		all[i] = clip(l, m.width)
	}
	return strings.Join(all, "\n")
}

// drawTitleBar names the program, the DEMO badge, the profile and
// environment, and at the right a transient status such as "copied
// 9876543210".
func (m Model) drawTitleBar() string {
	left := m.st.title.Render("vipcx")
	if m.opts.Demo {
		left += " " + m.st.tabActive.Render("[DEMO]")
	}
	if where := m.profileLine(); where != "" {
		left += "  " + m.st.muted.Render(where)
	}
	right := ""
	if m.status != "" {
		right = m.st.accent.Render(m.status)
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if right == "" || gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// profileLine is "default · production", from main's (sanitized) values.
func (m Model) profileLine() string {
	var parts []string
	for _, p := range []string{m.opts.Profile, m.opts.Env} {
		if p = strings.TrimSpace(sanitize.Line(p)); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// loadingView is the spinner line naming the ID being fetched.
func (m Model) loadingView() string {
	return "\n" + m.spinner.View() + " Fetching customer " + m.st.title.Render(m.loadingID) + "…" +
		"\n\n" + m.st.muted.Render("esc cancels")
}

// failedView shows the ID that failed above its error panel.
func (m Model) failedView() string {
	return m.st.muted.Render("Customer ID ") + m.failedID + "\n\n" + m.errPanel
}

// loadedView is the header card, the tab line and the active pane.
func (m Model) loadedView() string {
	return m.header + "\n" + m.tabLine + "\n" + m.pane()
}

// tabTitles are the numbered tab names, with counts where they help.
func (m Model) tabTitles() []string {
	c := m.customer
	contacts, discounts := "Contacts", "Discounts"
	if c != nil {
		contacts = fmt.Sprintf("Contacts (%d)", len(c.CompanyProfile.Contacts))
		discounts = fmt.Sprintf("Discounts (%d)", len(c.Discounts))
	}
	names := []string{"Company", "Address", contacts, discounts, "Membership", "JSON"}
	for i, n := range names {
		names[i] = fmt.Sprintf("%d %s", i+1, n)
	}
	return names
}

// bodyHeight is the rows left for a pane under the title bar, the header
// card and the tab line, above the footer.
func (m Model) bodyHeight() int {
	return max(m.height-3-lipgloss.Height(m.header), 1)
}

// paneHeight is the viewport height for content in h rows: one row less
// when the content overflows, for the position line drawPane adds.
func paneHeight(content string, h int) int {
	if strings.Count(content, "\n")+1 > h && h > 1 {
		return h - 1
	}
	return h
}

// layout re-renders everything whose shape depends on the terminal size or
// the customer: called on resize, on load and on state changes, never in View.
func (m Model) layout() Model {
	m.layoutGen++
	m.help.Width = m.width
	m.input.Width = max(m.width-4, 10)
	m.form = m.form.resize(m.width)
	if !m.ready || m.tooSmall() {
		return m
	}
	if m.state == stateFailed {
		m.errPanel = renderError(m.failure, m.st, m.width)
	}
	if m.customer == nil {
		return m
	}
	c, w := m.customer, m.width
	m.header = renderHeader(c, m.st, w, m.today())
	m.tabLine = renderTabs(m.tabTitles(), m.tab, m.st, w)
	h := m.bodyHeight()
	content := [tabCount]string{
		tabCompany:    renderCompany(c, m.st, w),
		tabAddress:    renderAddress(c, m.st, w),
		tabDiscounts:  renderDiscounts(c, m.st, w),
		tabMembership: renderMembership(c, m.st, w),
		tabJSON:       wrapLines(m.jsonText, w),
	}
	for i := range m.panes {
		m.panes[i].Width, m.panes[i].Height = w, paneHeight(content[i], h)
		m.panes[i].SetContent(content[i])
	}
	return m.clampContacts()
}
