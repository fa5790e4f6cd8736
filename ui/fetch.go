package ui

import (
	"context"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
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

// startFetch cancels whatever is in flight and fetches id with a fresh
// context and sequence number. Every call is a new user action, so the
// fetcher uses a fresh correlation ID (a refresh is just another call).
func (m Model) startFetch(id string) (Model, tea.Cmd) {
	m = m.stopFetch()
	m.seq++
	m.awaiting = m.seq
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.loadingID = id
	m.input.Blur()
	m.focus = focusTabs
	m.notice = ""
	m.showHelp = false
	m = m.transition(stateLoading, "id", id, "seq", m.seq)
	cmd := fetchCmd(ctx, m.fetcher, id, m.seq)
	if !m.static {
		cmd = tea.Batch(cmd, m.spinner.Tick)
	}
	return m, cmd
}

// stopFetch cancels the fetch in flight, if any, and stops awaiting it.
func (m Model) stopFetch() Model {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.awaiting = 0
	return m
}

// cancelFetch is Esc while loading: back to the input, holding the ID.
func (m Model) cancelFetch() Model {
	m.log.Debug("ui fetch cancelled", "id", m.loadingID, "seq", m.awaiting)
	m = m.stopFetch()
	m.input.SetValue(m.loadingID)
	m.input.CursorEnd()
	m = m.focusInput(stateStart)
	m.notice, m.noticeTone = "cancelled", present.ToneWarn
	m.inputOK = true
	return m
}

// onFetched applies the reply of the awaited fetch and drops any other.
func (m Model) onFetched(msg fetchedMsg) (Model, tea.Cmd) {
	if msg.seq != m.awaiting || m.state != stateLoading {
		m.log.Debug("ui stale reply dropped", "id", msg.id, "seq", msg.seq, "awaiting", m.awaiting)
		return m, nil
	}
	m = m.stopFetch()
	if msg.err != nil {
		return m.onFailed(msg.id, msg.err), nil
	}
	return m.onLoaded(msg.id, msg.customer)
}

func (m Model) onFailed(id string, err error) Model {
	m.failure = api.Describe(err)
	m.failedID = id
	m = m.transition(stateFailed, "id", id, "kind", m.failure.Title)
	return m.layout()
}

// onLoaded shows the customer, keeping the tab on a refresh, and records the
// ID in the history: the ID the user asked for, which was validated, not the
// one the server echoed.
func (m Model) onLoaded(id string, c *api.Customer) (Model, tea.Cmd) {
	same := m.customer != nil && m.shownID == id
	m.customer, m.shownID, m.failedID = c, id, ""
	m.jsonText = prettyJSON(c.Raw)
	if !same {
		m.tab, m.cTop, m.cCursor = tabCompany, 0, 0
		for i := range m.panes {
			m.panes[i].GotoTop()
		}
	}
	m = m.transition(stateLoaded, "id", c.CustomerID)
	m = m.layout()
	m.history = pushHistory(m.history, id)
	return m, saveHistory(m.opts.HistoryPath, m.history)
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

// refresh fetches the shown (or failed) customer again, keeping the tab.
func (m Model) refresh() (Model, tea.Cmd) {
	id := m.failedID
	if m.state == stateLoaded {
		id = m.shownID
	}
	if id == "" {
		return m, nil
	}
	return m.startFetch(id)
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
