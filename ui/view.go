package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/sanitize"
)

// View joins the pre-rendered parts of the screen: a title bar, the body of
// the shown screen and the help footer, fitted to the terminal. The fitted
// frame is built on update (redraw); View only checks that the parts it
// would join are still the ones that frame was built from.
func (m Model) View() string {
	if !m.ready {
		return "" // the size is unknown until the first WindowSizeMsg
	}
	if tooSmall(&m.env) {
		return m.tooSmallView()
	}
	p := m.frameParts()
	if m.fresh {
		return fitFrame(p, nil).out
	}
	if p == m.drawn.frame.from {
		return m.drawn.frame.out
	}
	return fitFrame(p, &m.drawn.frame).out
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

// frameParts is what a frame is joined from: the three parts and the
// terminal size they are fitted to.
type frameParts struct {
	top, body, footer string
	width, height     int
}

// fittedFrame is a frame with the parts it was fitted from. Its slices are
// never changed once built: copies of the model share them.
type fittedFrame struct {
	from frameParts
	rows []string // the unfitted rows: the title bar, the body's rows, the footer
	fit  []string // rows cut to the width
	out  string   // fit joined: what View returns
}

// frameParts gathers the parts as View shows them (each from its cache
// when its inputs still match).
func (m Model) frameParts() frameParts {
	e := m.env // a small copy, so View does not move the model to the heap
	return frameParts{top: m.titleBar(), body: m.top().view(&e), footer: m.footer(), width: m.width, height: m.height}
}

// refitFrame is the frame for the current parts, built on update so View
// has only to compare the parts. Only the customer screen's view is a join
// of parts it drew on update; the others build part of their body in View
// (the list its find box, through the text input), and building it in
// Update as well would cost them more than the fit saves.
func (m Model) refitFrame() fittedFrame {
	if _, ok := m.top().(customerScreen); !ok {
		return fittedFrame{}
	}
	p := m.frameParts()
	if p == m.drawn.frame.from {
		return m.drawn.frame
	}
	return fitFrame(p, &m.drawn.frame)
}

// fitFrame stacks the parts so the footer sits on the last row and nothing
// runs past the terminal's edges, whatever a part rendered. Measuring a
// row of box-drawing glyphs costs far more than comparing it, so a row
// that prev (a frame of the same width) already fitted is taken from prev:
// an update that changes one row of the body measures only that row.
func fitFrame(p frameParts, prev *fittedFrame) fittedFrame {
	bodyH := max(p.height-2, 0)
	rows := make([]string, 0, bodyH+2)
	rows = append(rows, p.top)
	for l := range strings.SplitSeq(p.body, "\n") {
		if len(rows) > bodyH {
			break
		}
		rows = append(rows, l)
	}
	for len(rows) < bodyH+1 {
		rows = append(rows, "")
	}
	rows = append(rows, p.footer)
	fit := make([]string, len(rows))
	reuse := prev != nil && prev.from.width == p.width
	for i, l := range rows {
		if reuse && i < len(prev.rows) && prev.rows[i] == l {
			fit[i] = prev.fit[i]
		} else {
			fit[i] = clip(l, p.width)
		}
	}
	return fittedFrame{from: p, rows: rows, fit: fit, out: strings.Join(fit, "\n")}
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
