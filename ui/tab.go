package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// tab is one tab of the customer screen. A static tab renders from the
// customer the screen already holds. A tab that loads its own data (the
// shape the Subscriptions and Orders tabs take) has its request started by
// customerScreen.loadTabs as soon as the customer has loaded, keeps its own
// spinner, data and error panel (loadState), and takes its reply in update; the customer screen hands every
// non-key message to every tab, so a reply finds its tab even when another
// one is on show.
type tab interface {
	// title is the name in the tab bar, without the number: "Contacts (3)".
	title(c *api.Customer) string
	// open is called whenever the tab is selected.
	open(e *env, c *api.Customer) (tab, tea.Cmd)
	// update takes a message; changed says the content must be laid out again.
	update(e *env, msg tea.Msg) (next tab, cmd tea.Cmd, changed bool)
	// resize re-renders the content for a pane of w×h cells.
	resize(e *env, c *api.Customer, w, h int) tab
	// scroll moves the pane by a key.
	scroll(e *env, msg tea.KeyMsg) tab
	// pane is the viewport drawPane shows.
	pane() viewport.Model
}

// staticTab is a tab drawn from the customer alone: Company, Address,
// Contacts (drawn by the screen, which owns the table cursor), Discounts,
// Membership and JSON. Until the customer screen starts their loads
// (loadTabs), Subscriptions and Orders are static placeholders too.
type staticTab struct {
	id   tabID
	text string // the JSON tab's pretty-printed response; unused by the others
	vp   viewport.Model
}

// newTabs are the tabs of a customer; a tab that loads its own data is
// set here too, in its tabID slot.
func newTabs(c *api.Customer) [tabCount]tab {
	var ts [tabCount]tab
	for i := range tabCount {
		ts[i] = staticTab{id: i}
	}
	ts[tabJSON] = staticTab{id: tabJSON, text: prettyJSON(c.Raw)}
	return ts
}

func (t staticTab) title(c *api.Customer) string {
	switch t.id {
	case tabCompany:
		return "Company"
	case tabAddress:
		return "Address"
	case tabContacts:
		return fmt.Sprintf("Contacts (%d)", len(c.CompanyProfile.Contacts))
	case tabDiscounts:
		return fmt.Sprintf("Discounts (%d)", len(c.Discounts))
	case tabMembership:
		return "Membership"
	case tabSubscriptions:
		return "Subscriptions"
	case tabOrders:
		return "Orders"
	}
	return "JSON"
}

func (t staticTab) open(*env, *api.Customer) (tab, tea.Cmd)   { return t, nil }
func (t staticTab) update(*env, tea.Msg) (tab, tea.Cmd, bool) { return t, nil, false }
func (t staticTab) pane() viewport.Model                      { return t.vp }

func (t staticTab) resize(e *env, c *api.Customer, w, h int) tab {
	var content string
	switch t.id {
	case tabCompany:
		content = renderCompany(c, e.st, w)
	case tabAddress:
		content = renderAddress(c, e.st, w)
	case tabContacts:
		return t // the screen draws the table from its cursor
	case tabDiscounts:
		content = renderDiscounts(c, e.st, w)
	case tabMembership:
		content = renderMembership(c, e.st, w)
	case tabJSON:
		content = wrapLines(t.text, w)
	case tabSubscriptions, tabOrders:
		content = e.st.muted.Render(clip("Not loaded.", w))
	}
	t.vp = newPane(content, w, h, t.vp)
	return t
}

func (t staticTab) scroll(e *env, msg tea.KeyMsg) tab {
	k := e.keys
	switch {
	case key.Matches(msg, k.Up):
		t.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		t.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		t.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		t.vp.PageDown()
	case key.Matches(msg, k.Home):
		t.vp.GotoTop()
	case key.Matches(msg, k.End):
		t.vp.GotoBottom()
	}
	return t
}
