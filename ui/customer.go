package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/api"
)

// tabID names a tab of the customer screen, in the order of the tab bar;
// its number key is the index+1.
type tabID int

const (
	tabCompany tabID = iota
	tabAddress
	tabContacts
	tabDiscounts
	tabMembership
	tabSubscriptions
	tabOrders
	tabJSON
	tabCount
)

// customerScreen shows one customer: the header card, the tab bar and the
// active tab's pane. Every tab is a tab value (tab.go) that owns its
// content and, for tabs that load their own data, its spinner and error.
type customerScreen struct {
	id        string // the ID the customer was fetched by (not the one the server echoed)
	customer  *api.Customer
	tab       tabID
	tabs      [tabCount]tab
	header    string // pre-rendered by layout, so view only joins
	tabLine   string
	contacts  contactsCursor
	colWidths [3]int     // the contact columns' natural widths, measured once
	pane      cachedPane // the active pane, drawn on update (redraw.go)
	loadSeq   int        // the fetch that loaded the customer; tags its tabs' loads
}

// contactsCursor is the contacts table's scroll state: the first row on
// screen and the highlighted one.
type contactsCursor struct{ top, cur int }

func newCustomerScreen(id string, c *api.Customer) customerScreen {
	s := customerScreen{id: id, customer: c, colWidths: naturalContactWidths(c.CompanyProfile.Contacts)}
	s.tabs = newTabs(c)
	return s
}

// loadTabs starts the Subscriptions and Orders loads side by side, as one
// batch, tagged with the customer and the fetch seq that loaded it; the
// loads of an earlier copy (before a refresh) are cancelled and their
// replies dropped.
func (s customerScreen) loadTabs(e *env, seq int) (customerScreen, tea.Cmd) {
	s.stopLoads()
	tag := loadTag{id: s.id, seq: seq}
	subs, orders := newSubscriptionsTab(e, tag), newOrdersTab(e, tag)
	s.tabs[tabSubscriptions], s.tabs[tabOrders] = subs, orders
	s.loadSeq = seq
	e.log.Debug("ui tab loads", "id", s.id, "seq", seq)
	return s.layout(e).(customerScreen), tea.Batch(subs.start(e), orders.start(e))
}

// stopLoadsOf cancels the data-tab loads of the customer screens among
// ss, which are leaving the stack: a 5,000-order history being read for a
// customer no longer shown stops, and its replies are dropped anyway.
func stopLoadsOf(ss ...screen) {
	for _, s := range ss {
		if c, ok := s.(customerScreen); ok {
			c.stopLoads()
		}
	}
}

// stopLoads cancels the tabs' loads in flight, if any.
func (s customerScreen) stopLoads() {
	if t, ok := s.tabs[tabSubscriptions].(subscriptionsTab); ok {
		t.load.stop()
	}
	if t, ok := s.tabs[tabOrders].(ordersTab); ok {
		t.load.stop()
	}
}

func (s customerScreen) state() state                { return stateLoaded }
func (s customerScreen) typing() bool                { return false }
func (s customerScreen) freeze(spinner.Model) screen { return s }

func (s customerScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

// refreshed is the screen with a newer copy of the same customer: the tab
// and scroll positions stay.
func (s customerScreen) refreshed(e *env, c *api.Customer) customerScreen {
	s.customer = c
	s.colWidths = naturalContactWidths(c.CompanyProfile.Contacts)
	s.tabs[tabJSON] = staticTab{id: tabJSON, text: prettyJSON(c.Raw), vp: s.tabs[tabJSON].pane()}
	return s.layout(e).(customerScreen)
}

// update handles the shortcuts of a shown customer and hands every other
// message to the tabs, so a tab that loads its own data gets its replies.
func (s customerScreen) update(e *env, msg tea.Msg) (customerScreen, tea.Cmd, []action) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return s.updateTabs(e, msg)
	}
	if kt, ok := s.tabs[s.tab].(keyTab); ok {
		if next, took := kt.takeKey(e, k); took {
			s.tabs[s.tab] = next
			return s.redraw(e), nil, nil
		}
	}
	if acts, ok := commonKey(e, k); ok {
		return s, nil, acts
	}
	keys := e.keys
	switch {
	case key.Matches(k, keys.Refresh):
		return s, nil, []action{{kind: actFetch, id: s.id}}
	case key.Matches(k, keys.Copy):
		return s, nil, []action{{kind: actCopy, id: s.id}} // the validated ID asked for, not the echo
	case key.Matches(k, keys.CopyEmail) && s.tab == tabContacts:
		return s, nil, s.copyEmail()
	case key.Matches(k, keys.NextTab):
		return s.selectTab(e, s.tab+1)
	case key.Matches(k, keys.PrevTab):
		return s.selectTab(e, s.tab-1+tabCount)
	case key.Matches(k, keys.Jump):
		return s.selectTab(e, tabID(k.Runes[0]-'1'))
	}
	return s.scroll(e, k).redraw(e), nil, nil
}

// updateTabs gives msg to every tab and re-lays out the ones it changed.
func (s customerScreen) updateTabs(e *env, msg tea.Msg) (customerScreen, tea.Cmd, []action) {
	var cmds []tea.Cmd
	changed := false
	for i, t := range s.tabs {
		next, cmd, ok := t.update(e, msg)
		s.tabs[i] = next
		cmds = append(cmds, cmd)
		changed = changed || ok
	}
	if changed {
		s = s.layout(e).(customerScreen)
	}
	return s.redraw(e), tea.Batch(cmds...), nil
}

// selectTab switches to tab i (mod the tab count), lets the tab start
// loading if it loads its own data, and redraws the tab line.
func (s customerScreen) selectTab(e *env, i tabID) (customerScreen, tea.Cmd, []action) {
	s.tab = (i%tabCount + tabCount) % tabCount
	var cmd tea.Cmd
	s.tabs[s.tab], cmd = s.tabs[s.tab].open(e, s.customer)
	s.tabLine = renderTabs(s.tabTitles(), s.tab, e.st, e.width)
	e.log.Debug("ui tab", "tab", int(s.tab)+1)
	return s.layout(e).(customerScreen), cmd, nil
}

// maxEmailLen caps what e copies: no valid address is longer (RFC 5321),
// and the clipboard should not receive a server's megabyte.
const maxEmailLen = 254

// copyEmail copies the selected contact's email, if it has a usable one.
func (s customerScreen) copyEmail() []action {
	cs := s.customer.CompanyProfile.Contacts
	if len(cs) == 0 {
		return nil
	}
	email := cs[s.contacts.cur].Email
	if email == "" || len(email) > maxEmailLen {
		return nil
	}
	return []action{{kind: actCopy, id: email}}
}

// tabTitles are the numbered tab names, with counts where they help.
func (s customerScreen) tabTitles() []string {
	names := make([]string, tabCount)
	for i, t := range s.tabs {
		names[i] = fmt.Sprintf("%d %s", i+1, t.title(s.customer))
	}
	return names
}

// bodyHeight is the rows left for a pane under the title bar, the header
// card and the tab line, above the footer.
func (s customerScreen) bodyHeight(e *env) int {
	return max(e.height-3-lipgloss.Height(s.header), 1)
}

// layout re-renders everything whose shape depends on the terminal size or
// the customer: called on resize, on load and on tab changes, never in View.
func (s customerScreen) layout(e *env) screen {
	if !e.ready || tooSmall(e) {
		return s
	}
	c, w := s.customer, e.width
	s.header = renderHeader(c, e.st, w, e.now())
	s.tabLine = renderTabs(s.tabTitles(), s.tab, e.st, w)
	h := s.bodyHeight(e)
	for i, t := range s.tabs {
		s.tabs[i] = t.resize(e, c, w, h)
	}
	s.pane.gen++
	return s.clampContacts(e).redraw(e)
}

// view is the header card, the tab line and the active pane.
func (s customerScreen) view(e *env) string {
	return s.header + "\n" + s.tabLine + "\n" + s.activePane(e)
}

// scroll moves the active pane: the contacts cursor (the table renders only
// the rows on screen) or the viewport of any other tab.
func (s customerScreen) scroll(e *env, msg tea.KeyMsg) customerScreen {
	if s.tab != tabContacts {
		s.tabs[s.tab] = s.tabs[s.tab].scroll(e, msg)
		return s
	}
	k := e.keys
	page := contactsPageSize(s.bodyHeight(e))
	n := len(s.customer.CompanyProfile.Contacts)
	c := &s.contacts
	switch {
	case key.Matches(msg, k.Up):
		c.cur--
	case key.Matches(msg, k.Down):
		c.cur++
	case key.Matches(msg, k.PageUp):
		c.cur -= page
	case key.Matches(msg, k.PageDown):
		c.cur += page
	case key.Matches(msg, k.Home):
		c.cur = 0
	case key.Matches(msg, k.End):
		c.cur = n - 1
	}
	return s.clampContacts(e)
}

// clampContacts keeps the cursor on a row and the row on screen.
func (s customerScreen) clampContacts(e *env) customerScreen {
	n := len(s.customer.CompanyProfile.Contacts)
	rows := contactsPageSize(s.bodyHeight(e))
	c := &s.contacts
	c.cur = max(0, min(c.cur, n-1))
	if c.cur < c.top {
		c.top = c.cur
	}
	if c.cur >= c.top+rows {
		c.top = c.cur - rows + 1
	}
	c.top = max(0, min(c.top, n-rows))
	return s
}

// shortHelp puts help and quit before refresh and copy: at 60 columns the
// line is cut, and "?" is the key that shows the rest. On the Orders tab
// Enter (or, on an order, Esc) comes second, since it is the tab's own.
func (s customerScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	keys := []key.Binding{relabel(k.NextTab, "tab", "tabs"), relabel(k.Down, "↑↓", "scroll"),
		relabel(k.Search, "/", "search"), relabel(k.Help, "?", "help"), k.Quit,
		k.Refresh, relabel(k.Copy, "y", "copy")}
	switch s.ordersMode() {
	case 1:
		keys = slices.Insert(keys, 1, relabel(k.Submit, "enter", "line items"))
	case 2:
		keys = slices.Insert(keys, 0, relabel(k.Cancel, "esc", "orders"))
	}
	return keys
}

// ordersMode is 1 on the Orders tab with orders to open, 2 while an
// order's line items are shown, else 0.
func (s customerScreen) ordersMode() int {
	t, ok := s.tabs[s.tab].(ordersTab)
	switch {
	case !ok || s.tab != tabOrders:
		return 0
	case t.showing():
		return 2
	case len(t.orders) > 0:
		return 1
	}
	return 0
}

// helpVariant keys the footer cache to the Orders tab's own keys.
func (s customerScreen) helpVariant() int { return s.ordersMode() }

func (s customerScreen) fullHelp(e *env) [][]key.Binding {
	k := e.keys
	return [][]key.Binding{
		{k.NextTab, k.PrevTab, k.Jump},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Search, k.Refresh, k.Copy, k.CopyEmail, relabel(k.Submit, "enter", "an order's line items")},
		{relabel(k.Cancel, "esc", "back"), k.Quit, k.ForceQuit},
	}
}

// paneHeight is the viewport height for content in h rows: one row less
// when the content overflows, for the position line drawPane adds.
func paneHeight(content string, h int) int {
	if strings.Count(content, "\n")+1 > h && h > 1 {
		return h - 1
	}
	return h
}

// newPane is a viewport holding content in w×h cells.
func newPane(content string, w, h int, old viewport.Model) viewport.Model {
	old.Width, old.Height = w, paneHeight(content, h)
	old.SetContent(content)
	return old
}
