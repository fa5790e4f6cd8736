package ui

import (
	"strings"
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
		s.panel = renderErrorFor(s.failure, e.st, e.width, e.advice)
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
	groups  [][]key.Binding
	samples bool   // name the demo's sample IDs below the keys
	body    string // drawn by layout, at push and on resize: view runs on every spinner tick
}

// newHelpScreen lists the keys of under. Over the demo's reseller list it
// also names the sample IDs: the demo opens on that list, whose Find box
// takes a sample ID but does not offer one (i, the ID prompt, does), so
// help is where a new user learns they exist and how to pick one.
// Over other screens the keys alone can fill a 60×20 terminal.
func newHelpScreen(e *env, under screen) helpScreen {
	_, onList := under.(listScreen)
	return helpScreen{groups: under.fullHelp(e), samples: e.opts.Demo && len(e.opts.Samples) > 0 && onList}
}

func (s helpScreen) state() state                { return stateHelp }
func (s helpScreen) typing() bool                { return false }
func (s helpScreen) freeze(spinner.Model) screen { return s }

func (s helpScreen) layout(e *env) screen {
	s.body = s.draw(e)
	return s
}

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

func (s helpScreen) view(*env) string { return s.body }

// draw lays the key groups side by side, in as many rows as the width
// needs, because bubbles/help drops the groups that would pass its width and
// a 60-column terminal would lose "q quit".
func (s helpScreen) draw(e *env) string {
	h := e.help
	h.Width = 0 // no truncation: measure the whole
	var rows []string
	for start := 0; start < len(s.groups); {
		end := start + 1 // a group alone is kept even if too wide: fitWidth cuts it
		for end < len(s.groups) && lipgloss.Width(h.FullHelpView(s.groups[start:end+1])) <= e.width {
			end++
		}
		rows = append(rows, h.FullHelpView(s.groups[start:end]))
		start = end
	}
	body := strings.Join(rows, "\n\n")
	out := e.st.title.Render("Keys") + "\n\n" + body
	if s.samples {
		out += "\n\n" + e.st.title.Render("Demo samples") + e.st.muted.Render(" (i in the table picks one)") + "\n" +
			e.st.muted.Render(packWords(sampleIDs(e.opts.Samples), e.width))
	}
	return out
}

func sampleIDs(samples []Sample) []string {
	ids := make([]string, len(samples))
	for i, s := range samples {
		ids[i] = s.ID
	}
	return ids
}

// packWords joins words with spaces into lines of at most w cells, never
// breaking a word (an ID cut at its hyphen reads as two IDs).
func packWords(words []string, w int) string {
	var b strings.Builder
	line := 0
	for _, word := range words {
		n := cellWidth(word)
		switch {
		case line == 0:
		case line+1+n > w:
			b.WriteByte('\n')
			line = 0
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}

// shortHelp labels ? as what it does here: close.
func (s helpScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	return []key.Binding{relabel(k.Help, "?/esc", "close"), k.Quit}
}

func (s helpScreen) fullHelp(e *env) [][]key.Binding { return [][]key.Binding{s.shortHelp(e)} }
