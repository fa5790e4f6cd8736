package ui

import (
	"context"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// tabFetcher is what the Subscriptions and Orders tabs call. *api.Client
// satisfies it: orders come as a first page (shown at once) and then the
// rest of the history, read concurrently from that page.
type tabFetcher interface {
	ListSubscriptions(ctx context.Context, id string) (*api.List[api.Subscription], error)
	OrdersPage(ctx context.Context, id string, q api.OrderQuery, offset, limit int) (*api.Page[api.Order], error)
	ListOrdersFrom(ctx context.Context, id string, q api.OrderQuery, first *api.Page[api.Order], max int) (*api.List[api.Order], error)
}

// loadTag names the load a reply answers: the customer it was for and the
// customer fetch that started it (the root's fetch sequence, unique per
// fetch, so a refresh or a second visit of the same customer never takes
// an older load's reply).
type loadTag struct {
	id  string
	seq int
}

// subscriptionsMsg is the reply of a subscriptions load.
type subscriptionsMsg struct {
	tag  loadTag
	list *api.List[api.Subscription]
	err  error
}

// ordersFirstMsg is the first page of an order history; ordersMsg the
// whole history, which replaces it.
type ordersFirstMsg struct {
	tag  loadTag
	page *api.Page[api.Order]
	err  error
}

type ordersMsg struct {
	tag  loadTag
	list *api.List[api.Order]
	err  error
}

// historyQuery is the whole order history: a zero Start is sent as
// api.HistoryStart, since without a start-date Adobe answers with the
// current term only.
var historyQuery = api.OrderQuery{}

func loadSubscriptions(ctx context.Context, f Fetcher, tag loadTag) tea.Cmd {
	return func() tea.Msg {
		if f == nil {
			return subscriptionsMsg{tag: tag, err: api.ErrNoCredentials}
		}
		l, err := f.ListSubscriptions(ctx, tag.id)
		return subscriptionsMsg{tag: tag, list: l, err: err}
	}
}

func loadOrdersFirst(ctx context.Context, f Fetcher, tag loadTag) tea.Cmd {
	return func() tea.Msg {
		if f == nil {
			return ordersFirstMsg{tag: tag, err: api.ErrNoCredentials}
		}
		p, err := f.OrdersPage(ctx, tag.id, historyQuery, 0, api.MaxOrdersPerPage)
		return ordersFirstMsg{tag: tag, page: p, err: err}
	}
}

// loadOrdersRest reads the pages after first, at most the client's pages
// in flight at a time.
func loadOrdersRest(ctx context.Context, f Fetcher, tag loadTag, first *api.Page[api.Order]) tea.Cmd {
	return func() tea.Msg {
		l, err := f.ListOrdersFrom(ctx, tag.id, historyQuery, first, 0)
		return ordersMsg{tag: tag, list: l, err: err}
	}
}

// tabNoticeMsg is one wait before a retry of a tab's load: the load's
// tag and which tab's load it is (both tabs' loads share a tag), so a
// notice of an older load or of the other tab is dropped. next waits for
// the load's following notice.
type tabNoticeMsg struct {
	tag    loadTag
	what   string
	notice api.RetryNotice
	next   tea.Cmd
}

// loadState is what a tab that loads its own data shares: which load it
// waits for, its spinner, the wait before a retry and its failure.
type loadState struct {
	tag     loadTag
	what    string // the tab's load, as its notices name it
	ctx     context.Context
	cancel  context.CancelFunc
	notices tea.Cmd // waits for the load's first retry notice
	loading bool
	notice  string // the last wait before a retry, present.RetryWait
	err     *api.Description
	spin    spinner.Model
	static  bool
}

// newLoadState starts waiting for tag's replies; the previous load, if
// any, is cancelled by the caller (the screen) before. The calls made
// under its ctx report their retries as tabNoticeMsg tagged with tag and
// what.
func newLoadState(e *env, tag loadTag, what string) loadState {
	ctx, cancel := context.WithCancel(context.Background())
	nctx, notices := noticesAs(ctx, func(n api.RetryNotice, next tea.Cmd) tea.Msg {
		return tabNoticeMsg{tag: tag, what: what, notice: n, next: next}
	})
	sp := spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(e.st.accent))
	if e.static {
		sp.Spinner = spinner.Spinner{Frames: []string{"*"}, FPS: spinner.MiniDot.FPS}
	}
	return loadState{tag: tag, what: what, ctx: nctx, cancel: cancel, notices: notices, loading: true, spin: sp, static: e.static}
}

// tick is the spinner's first tick and the wait for the load's first
// retry notice; neither in tests, whose harness runs commands in turn (a
// waiter would block it).
func (l loadState) tick() tea.Cmd {
	if l.static {
		return nil
	}
	return tea.Batch(l.spin.Tick, l.notices)
}

// done ends the load: its notices stop and the last one is forgotten.
func (l loadState) done() loadState {
	l.loading, l.notice = false, ""
	l.stop()
	return l
}

// stop cancels the load in flight, if any.
func (l loadState) stop() {
	if l.cancel != nil {
		l.cancel()
	}
}

// mine is true when a reply is for the load this tab waits for.
func (l loadState) mine(tag loadTag) bool { return l.loading && tag == l.tag }

// failed records err as the tab's error panel and ends the load.
func (l loadState) failed(err error) loadState {
	d := api.Describe(err)
	l = l.done()
	l.err = &d
	return l
}

// noticed records a wait before a retry of this tab's load and waits for
// the next; a notice of another load or tab is not taken (its chain ends
// unless its own tab takes it).
func (l loadState) noticed(msg tea.Msg) (loadState, tea.Cmd, bool) {
	n, ok := msg.(tabNoticeMsg)
	if !ok || n.what != l.what || !l.mine(n.tag) {
		return l, nil, false
	}
	l.notice = present.RetryWait(n.notice)
	return l, n.next, true
}

// background takes what a loading tab receives besides its replies: a
// retry notice (the pane changes) or its spinner's tick (only a redraw).
// redraw says the tab's stamp must move; changed says the pane's content did.
func (l loadState) background(msg tea.Msg) (next loadState, cmd tea.Cmd, redraw, changed bool) {
	if n, cmd, ok := l.noticed(msg); ok {
		return n, cmd, true, true
	}
	n, cmd, ok := l.spinTick(msg)
	return n, cmd, ok, false
}

// spinTick advances the spinner when msg is its own tick.
func (l loadState) spinTick(msg tea.Msg) (loadState, tea.Cmd, bool) {
	t, ok := msg.(spinner.TickMsg)
	if !ok || !l.loading || t.ID != l.spin.ID() {
		return l, nil, false
	}
	var cmd tea.Cmd
	l.spin, cmd = l.spin.Update(t)
	return l, cmd, true
}
