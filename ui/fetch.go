package ui

import (
	"context"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/sanitize"
)

// fetchedMsg is the reply to one fetch. seq tags the fetch it answers, so a
// reply for a fetch that was cancelled or superseded is recognised and dropped.
type fetchedMsg struct {
	seq      int
	id       string
	customer *api.Customer
	err      error
}

// fetchCmd runs one GetCustomer call. It closes over copies only: the model
// may have moved on by the time it runs.
func fetchCmd(ctx context.Context, f Fetcher, id string, seq int) tea.Cmd {
	return func() tea.Msg {
		if f == nil {
			return fetchedMsg{seq: seq, id: id, err: api.ErrNoCredentials}
		}
		c, err := f.GetCustomer(ctx, id)
		return fetchedMsg{seq: seq, id: id, customer: c, err: err}
	}
}

// retryNoticeMsg is one wait before a retry of fetch seq. next waits for
// the fetch's following notice: the loading screen re-arms it, so a notice
// of a fetch that is no longer shown ends the chain.
type retryNoticeMsg struct {
	seq    int
	notice api.RetryNotice
	next   tea.Cmd
}

// withNotices makes the calls under ctx report each wait before a retry
// as a retryNoticeMsg of fetch seq, and returns the command that waits for
// the next one (see noticesAs).
func withNotices(ctx context.Context, seq int) (context.Context, tea.Cmd) {
	return noticesAs(ctx, func(n api.RetryNotice, next tea.Cmd) tea.Msg {
		return retryNoticeMsg{seq: seq, notice: n, next: next}
	})
}

// noticesAs makes the calls under ctx report each wait before a retry
// into a channel, and returns the command that waits for the next one and
// wraps it as a message (wrap tags it, so a stale one is dropped). The api
// calls the notify function from the fetch's goroutine, so it must never
// block: a notice that finds the buffer full is dropped (a newer one
// follows). The waiter ends when ctx does, which the owner of ctx sees to
// on a reply, a cancel, a new fetch and quit.
func noticesAs(ctx context.Context, wrap func(api.RetryNotice, tea.Cmd) tea.Msg) (context.Context, tea.Cmd) {
	ch := make(chan api.RetryNotice, 4)
	nctx := api.WithRetryNotify(ctx, func(n api.RetryNotice) {
		select {
		case ch <- n:
		default:
		}
	})
	var wait tea.Cmd
	wait = func() tea.Msg {
		select {
		case n := <-ch:
			return wrap(n, wait)
		case <-ctx.Done():
			return nil
		}
	}
	return nctx, wait
}

// submit fetches id on a loading screen pushed over the current one. The
// --customer ID (initial) is validated here; a typed one was validated by
// the start screen. Every call is a new user action, so the fetcher uses a
// fresh correlation ID (a refresh is just another call).
func (m Model) submit(id string, initial bool) (Model, tea.Cmd) {
	if initial && api.ValidateCustomerID(id) != nil {
		if l, ok := m.stack[0].(listScreen); ok {
			return m.set(0, l.rejected(id)), nil
		}
		s := m.stack[0].(startScreen)
		s.input.SetValue(id)
		m = m.set(0, s.submitted(&m.env))
		return m, nil
	}
	m = m.stopFetch()
	m.fetch.seq++
	m.fetch.awaiting = m.fetch.seq
	ctx, cancel := context.WithCancel(context.Background())
	m.fetch.cancel = cancel
	l := loadingScreen{id: id, seq: m.fetch.seq, spinner: m.spinner, started: m.now()}
	if c, ok := m.top().(customerScreen); ok && c.id == id {
		l.under = c // a refresh keeps the customer on show
	}
	m = m.push(l)
	m.log.Debug("ui fetch", "id", id, "seq", m.fetch.seq)
	nctx, notices := withNotices(ctx, m.fetch.seq)
	cmd := fetchCmd(nctx, m.fetcher, id, m.fetch.seq)
	if !m.static { // the test harness runs commands in turn: a waiter would block it
		cmd = tea.Batch(cmd, l.spinner.Tick, notices)
	}
	return m, cmd
}

// stopFetch cancels the fetch in flight, if any, and stops awaiting it.
func (m Model) stopFetch() Model {
	if m.fetch.cancel != nil {
		m.fetch.cancel()
		m.fetch.cancel = nil
	}
	m.fetch.awaiting = 0
	return m
}

// onFetched applies the reply of the awaited fetch and drops any other. The
// loading screen and any search screen under it give way to the result; a
// refresh replaces the customer it was for in place (keeping its tab),
// anything else replaces what was shown above the start screen.
func (m Model) onFetched(msg fetchedMsg) (Model, tea.Cmd) {
	if msg.seq != m.fetch.awaiting || m.screen() != stateLoading {
		m.log.Debug("ui stale reply dropped", "id", msg.id, "seq", msg.seq, "awaiting", m.fetch.awaiting)
		return m, nil
	}
	m = m.stopFetch()
	m.stack = m.stack[: len(m.stack)-1 : len(m.stack)-1]
	for len(m.stack) > 1 && m.screen() == stateStart {
		m.stack = m.stack[: len(m.stack)-1 : len(m.stack)-1]
	}
	if msg.err != nil {
		m = m.popHome()
		d := api.Describe(msg.err)
		m.log.Debug("ui fetch failed", "id", msg.id, "title", d.Title, "code", d.Code,
			"request_id", d.RequestID, "err", msg.err.Error()) // as get logs it: --debug is where Go's own words go
		return m.push(errorScreen{id: msg.id, failure: d}), nil
	}
	return m.onLoaded(msg.id, msg.customer)
}

// onLoaded shows the customer and records the ID in the history: the ID the
// user asked for, which was validated, not the one the server echoed.
func (m Model) onLoaded(id string, c *api.Customer) (Model, tea.Cmd) {
	var s customerScreen
	if old, ok := m.top().(customerScreen); ok && old.id == id {
		s = old.refreshed(&m.env, c)
	} else {
		m = m.popHome()
		m = m.push(newCustomerScreen(id, c))
		s = m.top().(customerScreen)
	}
	s, loads := s.loadTabs(&m.env, m.fetch.seq) // the fetch seq: unique per load of a customer
	m = m.setTop(s)
	m.log.Debug("ui loaded", "id", c.CustomerID)
	m.history = pushHistory(m.history, id)
	return m, tea.Batch(saveHistory(m.opts.HistoryPath, m.history), loads)
}

// prettyJSON indents the raw response for the JSON tab; a body that cannot
// be indented is shown as an explanation rather than raw bytes.
func prettyJSON(raw []byte) string {
	b, err := api.PrettyJSON(raw)
	if err != nil {
		return "(the response could not be pretty-printed: " + sanitize.Line(err.Error()) + ")"
	}
	return string(b)
}

// copiedMsg reports an OSC 52 copy.
type copiedMsg struct {
	id  string
	err error
}

// copyCmd copies the customer ID to the clipboard through the terminal.
func copyCmd(clip func(string) error, id string) tea.Cmd {
	return func() tea.Msg { return copiedMsg{id: id, err: clip(id)} }
}

func (m Model) onCopied(msg copiedMsg) Model {
	if msg.err != nil {
		m.status = "copy failed"
		m.log.Warn("ui copy failed", "err", msg.err)
		return m
	}
	m.status = "copied " + msg.id
	return m
}

// osc52Copy writes the OSC 52 clipboard sequence to the terminal. The ID
// was validated before it was fetched, and OSC 52 carries it base64-encoded.
func osc52Copy(text string) error {
	termenv.NewOutput(os.Stdout).Copy(text)
	return nil
}
