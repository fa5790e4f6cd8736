package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// loadingScreen is shown while the root's fetch of id is in flight. Esc
// pops it, and the root cancels the fetch. A slow fetch shows how long it
// has taken, and a wait before a retry says why and for how long, so a
// throttled call never reads as a hang.
type loadingScreen struct {
	id      string
	seq     int // the fetch shown: notices of any other are dropped
	spinner spinner.Model
	under   screen // a refresh: the customer stays on show under the spinner
	started time.Time
	elapsed time.Duration // as of the last tick or notice
	notice  string        // the last wait before a retry, in words
}

// slowFetch is how long a fetch runs before the screen counts its seconds.
const slowFetch = 2 * time.Second

func (s loadingScreen) state() state                    { return stateLoading }
func (s loadingScreen) typing() bool                    { return false }
func (s loadingScreen) layout(*env) screen              { return s }
func (s loadingScreen) fullHelp(e *env) [][]key.Binding { return [][]key.Binding{s.shortHelp(e)} }

func (s loadingScreen) freeze(sp spinner.Model) screen {
	s.spinner = sp
	return s
}

func (s loadingScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

// update turns the spinner and takes Esc (cancel) and q.
func (s loadingScreen) update(e *env, msg tea.Msg) (loadingScreen, tea.Cmd, []action) {
	switch msg := msg.(type) {
	case spinner.TickMsg:
		var cmd tea.Cmd
		s.spinner, cmd = s.spinner.Update(msg)
		s.elapsed = e.now().Sub(s.started)
		return s, cmd, nil
	case retryNoticeMsg:
		if msg.seq != s.seq {
			return s, nil, nil
		}
		s.notice, s.elapsed = present.RetryWait(msg.notice), e.now().Sub(s.started)
		return s, msg.next, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, e.keys.Cancel):
			return s, nil, act(actBack)
		case key.Matches(msg, e.keys.Quit):
			return s, nil, act(actQuit)
		}
	}
	return s, nil, nil
}

// view is the spinner line naming the ID being fetched, with the time
// taken and any wait before a retry; the footer says how to cancel. A
// refresh keeps it to one line above the customer.
func (s loadingScreen) view(e *env) string {
	if s.under != nil {
		return s.spinner.View() + " Refreshing…" + s.progress(e, " · ") + "\n" + s.under.view(e)
	}
	return "\n" + s.spinner.View() + " Fetching customer " + e.st.title.Render(s.id) + "…" + s.progress(e, "\n\n")
}

// progress is the elapsed time of a slow fetch and the retry notice, if
// any, "" for a fetch that is neither; sep goes before the notice.
func (s loadingScreen) progress(e *env, sep string) string {
	out := ""
	if s.elapsed >= slowFetch {
		out = " " + e.st.muted.Render(present.Seconds(s.elapsed))
	}
	if s.notice != "" {
		out += sep + e.st.warn.Render(s.notice)
	}
	return out
}

func (s loadingScreen) shortHelp(e *env) []key.Binding {
	return []key.Binding{e.keys.Cancel, e.keys.ForceQuit}
}

// errorScreen shows why the fetch of id failed. r retries it.
type errorScreen struct {
	id      string
	failure api.Description
	panel   string // pre-rendered by layout
}

func (s errorScreen) state() state                { return stateFailed }
func (s errorScreen) typing() bool                { return false }
func (s errorScreen) freeze(spinner.Model) screen { return s }

func (s errorScreen) layout(e *env) screen {
	if e.ready && !tooSmall(e) {
		s.panel = renderErrorFor(s.failure, e.st, e.width, e.creds)
	}
	return s
}

func (s errorScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

func (s errorScreen) update(e *env, msg tea.Msg) (errorScreen, tea.Cmd, []action) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return s, nil, nil
	}
	if acts, ok := commonKey(e, k); ok {
		return s, nil, acts
	}
	if key.Matches(k, e.keys.Refresh) {
		return s, nil, []action{{kind: actFetch, id: s.id}}
	}
	return s, nil, nil
}

// view shows the ID that failed above its error panel.
func (s errorScreen) view(e *env) string {
	return e.st.muted.Render("Customer ID ") + s.id + "\n\n" + s.panel
}

// shortHelp offers only what works on an error: no tabs, no copy.
func (s errorScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	return []key.Binding{relabel(k.Search, "/", "search"), relabel(k.Refresh, "r", "retry"),
		relabel(k.Help, "?", "help"), k.Quit}
}

func (s errorScreen) fullHelp(e *env) [][]key.Binding {
	k := e.keys
	return [][]key.Binding{
		{relabel(k.Search, "/", "new search"), relabel(k.Refresh, "r", "retry")},
		{relabel(k.Cancel, "esc", "back"), k.Quit, k.ForceQuit},
	}
}

// helpScreen is "?": the keys of the screen under it, grouped. Esc or ?
// closes it.
type helpScreen struct {
	groups [][]key.Binding
}

func newHelpScreen(e *env, under screen) helpScreen {
	return helpScreen{groups: under.fullHelp(e)}
}

func (s helpScreen) state() state                { return stateHelp }
func (s helpScreen) typing() bool                { return false }
func (s helpScreen) freeze(spinner.Model) screen { return s }
func (s helpScreen) layout(*env) screen          { return s }

func (s helpScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

func (s helpScreen) update(e *env, msg tea.Msg) (helpScreen, tea.Cmd, []action) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return s, nil, nil
	}
	switch {
	case key.Matches(k, e.keys.Help), key.Matches(k, e.keys.Cancel):
		return s, nil, act(actBack)
	case key.Matches(k, e.keys.Quit):
		return s, nil, act(actQuit)
	}
	return s, nil, nil
}

// view lays the key groups side by side, or in two rows when they do not
// fit, because bubbles/help drops the groups that would pass its width and
// a 60-column terminal would lose "q quit".
func (s helpScreen) view(e *env) string {
	h := e.help
	h.Width = 0 // no truncation: measure the whole
	body := h.FullHelpView(s.groups)
	if lipgloss.Width(body) > e.width {
		half := (len(s.groups) + 1) / 2
		body = h.FullHelpView(s.groups[:half]) + "\n\n" + h.FullHelpView(s.groups[half:])
	}
	return e.st.title.Render("Keys") + "\n\n" + body
}

// shortHelp labels ? as what it does here: close.
func (s helpScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	return []key.Binding{relabel(k.Help, "?/esc", "close"), k.Quit}
}

func (s helpScreen) fullHelp(e *env) [][]key.Binding { return [][]key.Binding{s.shortHelp(e)} }
