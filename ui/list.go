package ui

import (
	"context"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// listScreen is a reseller's customers: a find box over a table. It is the
// bottom of the stack when a reseller is known, so Esc from a customer
// comes back to it as it was. Every change of the query (a keystroke, s,
// o, r) takes a new seq; a reply carries the seq it was asked for and is
// dropped unless it is the latest, so the table never shows results older
// than the text, and Enter never acts on them.
type listScreen struct {
	rid      string
	reseller string // the reseller's company name, "" until known
	find     textinput.Model
	finding  bool // the find box has the keys
	q        listQuery
	seq      int // the latest query
	shownSeq int // the query the rows answer
	shownQ   listQuery
	loading  bool // the latest query's first page (or "all") is in flight
	more     bool // the rest of the list is in flight
	wantEnd  bool // End was pressed while the rest was loading
	// enterWanted is an Enter pressed before the results for the text
	// arrived; it acts on them when they do.
	enterWanted bool
	fromFind    bool // the last open was from the find box (Esc on its fetch goes back there)
	cancel      context.CancelFunc
	rows        []listRow
	widths      listWidths
	total       int
	short       bool
	failure     *api.Description
	cur, top    int
	notice      string
	tone        present.Tone
	spinner     spinner.Model
	table       cachedTable // drawn on update (list_render.go)
}

func newListScreen(e *env, rid string, sp spinner.Model) listScreen {
	in := textinput.New()
	in.Prompt = "Find › "
	in.Placeholder = "company name, or a customer ID"
	in.CharLimit = 256
	if e.reverseCursor {
		in.Cursor.Style = reverseStyle()
	}
	in.Focus()
	return listScreen{rid: rid, find: in, finding: true, spinner: ownSpinner(sp)}
}

// start asks for the reseller's name and the first page.
func (s listScreen) start(e *env) (listScreen, tea.Cmd) {
	s, cmd := s.reload(e)
	return s, tea.Batch(resellerCmd(lister(e), s.rid), cmd)
}

func (s listScreen) state() state { return stateList }
func (s listScreen) typing() bool { return s.finding }

func (s listScreen) freeze(sp spinner.Model) screen {
	s.find.Cursor.SetMode(cursor.CursorStatic)
	s.spinner.Spinner = sp.Spinner
	return s
}

func (s listScreen) layout(e *env) screen {
	s.find.Width = max(e.width-cellWidth(s.find.Prompt)-2, 10)
	return s.clamp(e).redraw(e)
}

func (s listScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

// update takes keys (the find box's or the table's), the list's replies,
// the spinner's ticks and the cursor's blinks.
func (s listScreen) update(e *env, msg tea.Msg) (listScreen, tea.Cmd, []action) {
	var cmd tea.Cmd
	var acts []action
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if s.finding {
			s, cmd, acts = s.findKey(e, msg)
		} else {
			s, cmd, acts = s.tableKey(e, msg)
		}
	case listDebounceMsg:
		if msg.seq == s.seq {
			s, cmd = s.load(e)
		}
	case listPageMsg:
		s, cmd, acts = s.onPage(e, msg)
	case resellerMsg:
		if msg.rid == s.rid && msg.err == nil {
			s.reseller = msg.name
		}
	case spinner.TickMsg:
		if s.loading || s.more {
			s.spinner, cmd = s.spinner.Update(msg)
		}
	default:
		s.find, cmd = s.find.Update(msg)
	}
	return s.redraw(e), cmd, acts
}

// findKey: Enter opens, Esc gives the keys to the table, ↑/↓ move the
// highlight, ? is help; every other key is text, and a change of text
// asks the list again after a pause.
func (s listScreen) findKey(e *env, k tea.KeyMsg) (listScreen, tea.Cmd, []action) {
	keys := e.keys
	switch {
	case key.Matches(k, keys.Submit):
		return s.enter(e)
	case key.Matches(k, keys.Cancel):
		s.finding = false
		s.find.Blur()
		return s, nil, nil
	case key.Matches(k, keys.Help):
		return s, nil, act(actHelp)
	case k.Type == tea.KeyUp, k.Type == tea.KeyDown, k.Type == tea.KeyPgUp, k.Type == tea.KeyPgDown:
		return s.move(e, k), nil, nil
	case key.Matches(k, keys.ClearLine):
		s.find.SetValue("")
	default:
		var cmd tea.Cmd
		before := s.find.Value()
		s.find, cmd = s.find.Update(k)
		if s.find.Value() == before {
			return s, cmd, nil
		}
		return s.typed(e, cmd)
	}
	return s.typed(e, nil)
}

// typed starts a new query for the text and its pause.
func (s listScreen) typed(e *env, cmd tea.Cmd) (listScreen, tea.Cmd, []action) {
	s.q.text = s.find.Value()
	s.notice, s.enterWanted, s.wantEnd = "", false, false
	s = s.stop()
	s.seq++
	return s, tea.Batch(cmd, debounceCmd(e, s.seq)), nil
}

// tableKey: the shortcuts of the table.
func (s listScreen) tableKey(e *env, k tea.KeyMsg) (listScreen, tea.Cmd, []action) {
	keys := e.keys
	switch {
	case key.Matches(k, keys.Submit):
		return s.enter(e)
	case key.Matches(k, keys.Search):
		s.finding = true
		return s, s.find.Focus(), nil
	case key.Matches(k, keys.ByID):
		return s, nil, act(actByID)
	case key.Matches(k, keys.Status):
		s.q.status = (s.q.status + 1) % statusCount
		return s.requery(e)
	case key.Matches(k, keys.Sort):
		s.q.newest = !s.q.newest
		return s.requery(e)
	case key.Matches(k, keys.Refresh):
		return s.requery(e)
	case key.Matches(k, keys.Quit):
		return s, nil, act(actQuit)
	case key.Matches(k, keys.Help):
		return s, nil, act(actHelp)
	}
	return s.move(e, k), nil, nil
}

// requery asks again at once (no pause: one key, one request).
func (s listScreen) requery(e *env) (listScreen, tea.Cmd, []action) {
	s.notice, s.enterWanted, s.wantEnd = "", false, false
	s = s.stop()
	s.seq++
	s, cmd := s.load(e)
	return s, cmd, nil
}

// enter opens the highlighted customer of results that answer the text
// shown; with no match it opens the text as a customer ID, or says why it
// cannot. Results still on their way make Enter wait for them: the find
// box skips its pause and asks now.
func (s listScreen) enter(e *env) (listScreen, tea.Cmd, []action) {
	if s.shownSeq != s.seq || s.loading {
		s.enterWanted = true
		if !s.loading { // still in the pause: ask now
			var cmd tea.Cmd
			s, cmd = s.load(e)
			s.enterWanted = true
			return s, cmd, nil
		}
		return s, nil, nil
	}
	if len(s.rows) > 0 && s.failure == nil {
		return s.open(s.rows[s.cur].id)
	}
	id := trimmed(s.find.Value())
	if err := api.ValidateCustomerID(id); err != nil {
		s.notice, s.tone = "no customer matches; not a customer ID either: "+idReason(id, err), present.ToneBad
		return s, nil, nil
	}
	return s.open(id)
}

// open asks the root to show id; back from it, the table has the keys.
func (s listScreen) open(id string) (listScreen, tea.Cmd, []action) {
	s.fromFind = s.finding
	s.finding = false
	s.find.Blur()
	s.notice = ""
	return s, nil, []action{{kind: actFetch, id: id}}
}

// stop cancels the load in flight; its reply will be dropped by seq.
func (s listScreen) stop() listScreen {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.loading, s.more = false, false
	return s
}

// load asks for the latest query's first page.
func (s listScreen) load(e *env) (listScreen, tea.Cmd) {
	s = s.stop()
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.loading = cancel, true
	e.log.Debug("ui list load", "seq", s.seq, "status", statusWords[s.q.status], "newest", s.q.newest)
	cmd := firstPageCmd(ctx, lister(e), s.rid, s.q, s.seq)
	if !e.static && e.ready { // before the first frame, Init starts the spinner
		cmd = tea.Batch(cmd, s.spinner.Tick)
	}
	return s, cmd
}

// reload is r, and the first load: the same query asked again.
func (s listScreen) reload(e *env) (listScreen, tea.Cmd) {
	s.seq++
	return s.load(e)
}

// onPage takes the latest query's reply: the first page is shown at once
// and the rest asked for; the whole list replaces it when it arrives, the
// highlight kept on its row. An Enter that waited for this reply acts now.
func (s listScreen) onPage(e *env, msg listPageMsg) (listScreen, tea.Cmd, []action) {
	if msg.seq != s.seq || (!s.loading && !s.more) {
		e.log.Debug("ui list stale reply dropped", "seq", msg.seq, "latest", s.seq)
		return s, nil, nil
	}
	first := s.loading
	s = s.stop()
	if msg.err != nil {
		d := api.Describe(msg.err)
		s.failure, s.shownSeq, s.enterWanted = &d, msg.seq, false
		s.table.gen++
		return s.clamp(e), nil, nil
	}
	s.failure = nil
	if first {
		s.cur, s.top = 0, 0
	}
	s.rows, s.widths, s.total, s.short, s.shownSeq, s.shownQ = msg.rows, msg.widths, msg.total, msg.short, msg.seq, s.q
	s.table.gen++
	var cmd tea.Cmd
	if msg.first != nil {
		ctx, cancel := context.WithCancel(context.Background())
		s.cancel, s.more = cancel, true
		cmd = restCmd(ctx, lister(e), s.rid, s.q, msg.first, s.seq)
	} else if s.wantEnd {
		s.cur, s.wantEnd = len(s.rows)-1, false
	}
	s = s.clamp(e)
	if s.enterWanted {
		s.enterWanted = false
		s, _, acts := s.enter(e)
		return s, cmd, acts
	}
	return s, cmd, nil
}
