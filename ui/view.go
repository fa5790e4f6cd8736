package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/sanitize"
)

// View joins the pre-rendered parts of the screen: a title bar, the body of
// the shown screen and the help footer, fitted to the terminal.
func (m Model) View() string {
	if !m.ready {
		return "" // the size is unknown until the first WindowSizeMsg
	}
	if tooSmall(&m.env) {
		return m.tooSmallView()
	}
	e := m.env // a small copy, so View does not move the model to the heap
	return m.frame(m.titleBar(), m.top().view(&e), m.footer())
}

// freshView is View with every cache bypassed: what View must equal.
func (m Model) freshView() string {
	m.fresh = true
	return m.View()
}

// tooSmallView asks for a larger terminal, wrapped so the numbers are
// never cut off however narrow the terminal is.
func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("enlarge the terminal (need %d×%d, have %d×%d)", minWidth, minHeight, m.width, m.height)
	lines := wrapTo(msg, max(m.width, 1))
	if len(lines) > m.height {
		lines = lines[:max(m.height, 1)]
	}
	return strings.Join(lines, "\n")
}

func tooSmall(e *env) bool { return e.width < minWidth || e.height < minHeight }

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

// profileLine is "default · production", from the caller's (sanitized) values.
func (m Model) profileLine() string {
	var parts []string
	for _, p := range []string{m.opts.Profile, m.opts.Env} {
		if p = strings.TrimSpace(sanitize.Line(p)); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}
