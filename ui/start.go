package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/sanitize"
)

// idHint is the validation rule in words, shown until the ID is valid.
const idHint = "4–40 letters, digits or hyphens"

// startScreen is the Customer ID input with the recent IDs and, in demo
// mode, the sample customers. The one at the bottom of the stack is the
// program's home; "/" pushes a child one, which Esc pops, and so does i
// on the reseller's list, the one way there to pick a recent ID or a demo
// sample.
type startScreen struct {
	input      textinput.Model
	inputOK    bool   // the input holds a valid ID
	notice     string // one line under the input: validation, "cancelled"
	noticeTone present.Tone
	recall     int    // index into recallList while browsing, -1 when not
	draft      string // what was typed before browsing history
	child      bool   // pushed by "/" or the list's i: Esc pops it
}

func newStartScreen(e *env) startScreen {
	s := startScreen{input: newIDInput(), recall: -1}
	if e.reverseCursor {
		s.input.Cursor.Style = reverseStyle()
	}
	s.input.Focus()
	return s.layout(e).(startScreen)
}

// pushStart shows a child start screen above whatever is on show: "/"
// without a list, i on the list. Esc pops it; a fetch from it replaces it
// with the result (onFetched).
func (m Model) pushStart() (Model, tea.Cmd) {
	s := newStartScreen(&m.env)
	s.child = true
	if m.static {
		s = s.freeze(m.spinner).(startScreen)
	}
	return m.push(s), s.blink(&m.env)
}

// maxIDLen is the longest valid customer ID.
const maxIDLen = 40

// newIDInput is the Customer ID field. Its limit is far above the longest
// valid ID: a field that silently kept 40 of 41 pasted characters would
// fetch an ID nobody typed. The limit only bounds a runaway paste.
func newIDInput() textinput.Model {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "e.g. 9876543210"
	in.CharLimit = 256
	return in
}

func (s startScreen) state() state { return stateStart }
func (s startScreen) typing() bool { return true }

func (s startScreen) freeze(spinner.Model) screen {
	s.input.Cursor.SetMode(cursor.CursorStatic)
	return s
}

func (s startScreen) layout(e *env) screen {
	s.input.Width = max(e.width-4, 10)
	return s
}

func (s startScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return s.update(e, msg)
}

// update handles keys while the input has focus: Enter, Esc and ↑/↓ are
// the input's own; every other key, letters and digits included, is text.
func (s startScreen) update(e *env, msg tea.Msg) (startScreen, tea.Cmd, []action) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		s.input, cmd = s.input.Update(msg)
		return s, cmd, nil
	}
	switch {
	case key.Matches(k, e.keys.Submit):
		return s.submit(e)
	case key.Matches(k, e.keys.Help): // "?" is never part of an ID
		return s, nil, act(actHelp)
	case key.Matches(k, e.keys.Cancel):
		return s, nil, act(actBack)
	case k.Type == tea.KeyUp:
		return s.recallStep(e, false), nil, nil
	case k.Type == tea.KeyDown:
		return s.recallStep(e, true), nil, nil
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(k)
	s.recall = -1
	return s.validate(), cmd, nil
}

// validate checks the input, trimmed, with the client's own rule. While
// typing, the line under the input stays a neutral hint (an ID is invalid
// until it is complete); submitted gives the exact reason on Enter.
func (s startScreen) validate() startScreen {
	v := strings.TrimSpace(s.input.Value())
	s.inputOK = false
	s.notice = ""
	s.inputOK = v != "" && api.ValidateCustomerID(v) == nil
	return s
}

// submit asks the root to fetch the typed ID when it is valid.
func (s startScreen) submit(e *env) (startScreen, tea.Cmd, []action) {
	s = s.submitted(e)
	if !s.inputOK {
		return s, nil, nil
	}
	return s, nil, []action{{kind: actFetch, id: s.input.Value()}}
}

// submitted trims the input and, when it cannot be fetched, says exactly
// why, in the words of the CLI's check.
func (s startScreen) submitted(*env) startScreen {
	id := strings.TrimSpace(s.input.Value())
	s.input.SetValue(id)
	s = s.validate()
	switch err := api.ValidateCustomerID(id); {
	case id == "":
		s.notice, s.noticeTone = "type a customer ID ("+idHint+")", present.ToneBad
	case err != nil:
		s.notice, s.noticeTone = sanitize.Line(err.Error()), present.ToneBad
	}
	return s
}

// cancelled is the screen after Esc on the fetch of id: the ID back in the
// field, the keyboard on it.
func (s startScreen) cancelled(_ *env, id string) startScreen {
	s.input.SetValue(id)
	s.input.CursorEnd()
	s.input.Focus()
	s.recall = -1
	s.notice, s.noticeTone = "cancelled", present.ToneWarn
	s.inputOK = true
	return s
}

// clear is Esc on the home screen: an empty field.
func (s startScreen) clear(*env) startScreen {
	s.input.SetValue("")
	s.recall = -1
	return s.validate()
}

// blink restarts the cursor blink, except in tests where the cursor is static.
func (s startScreen) blink(e *env) tea.Cmd {
	if e.static {
		return nil
	}
	return textinput.Blink
}

// view is the input, its notice and the list of recent IDs (and demo
// samples), filtered by what is typed, as much of it as the screen has
// room for, scrolled to keep the selection in view.
func (s startScreen) view(e *env) string {
	st := e.st
	lines := []string{st.title.Render("Customer ID"), s.input.View(), s.noticeLine(e)}
	if e.opts.ResellerID == "" && !e.opts.Demo && !s.child {
		lines = append(lines, st.muted.Render(wrapped(e, resellerHint, 0)))
	}
	list := pickList(e, s.filter())
	title := "Recent"
	if e.opts.Demo && len(e.opts.Samples) > 0 {
		title = "Recent and demo customers"
	}
	switch {
	case len(list) > 0:
		lines = append(lines, "", st.strong.Render(title)+st.muted.Render("  ↑/↓ select · type to filter"))
		lines = append(lines, s.listLines(e, list, e.height-2-len(lines))...)
	case strings.TrimSpace(s.filter()) != "" && (len(e.history) > 0 || e.opts.Demo):
		lines = append(lines, "", st.muted.Render("  no recent or demo ID contains "+strconvQuote(s.filter())))
	}
	return strings.Join(lines, "\n")
}

// listLines draws list in at most room lines, a window around the
// selection, ending with a count of the entries below it.
func (s startScreen) listLines(e *env, list []pickItem, room int) []string {
	if room <= 0 {
		return nil
	}
	rows := len(list)
	if rows > room {
		rows = max(room-1, 1) // one line says how many more
	}
	top := 0
	if s.recall >= rows {
		top = s.recall - rows + 1
	}
	var lines []string
	for i := top; i < min(top+rows, len(list)); i++ {
		it := list[i]
		if i == s.recall {
			lines = append(lines, e.st.tableCursor.Render(padTo(fmt.Sprintf("%s%-12s %s", cursorMark, it.id, it.note), e.width)))
			continue
		}
		lines = append(lines, fmt.Sprintf("  %-12s %s", it.id, e.st.muted.Render(it.note)))
	}
	if below := len(list) - top - rows; below > 0 {
		lines = append(lines, e.st.muted.Render(fmt.Sprintf("  … %d more: ↓ to scroll, or type to filter", below)))
	}
	return lines
}

// strconvQuote quotes typed text for a message; the field holds only what
// the user typed, made safe for one line.
func strconvQuote(s string) string { return "“" + sanitize.Line(strings.TrimSpace(s)) + "”" }

// noticeLine is the line under the input: an error with its symbol, a
// neutral note, or the rule itself as a hint.
func (s startScreen) noticeLine(e *env) string {
	switch {
	case s.notice != "":
		return e.st.tone(s.noticeTone, wrapped(e, s.notice, 2)) // a reason quotes the ID: never cut it
	case s.inputOK:
		return e.st.muted.Render("enter to fetch")
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(s.input.Value())); n > maxIDLen {
		return e.st.muted.Render(fmt.Sprintf("too long: %d characters, at most %d", n, maxIDLen))
	}
	return e.st.muted.Render(idHint)
}

// shortHelp offers Esc as "back" on a child screen, "clear" at home.
func (s startScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	esc := relabel(k.Cancel, "esc", "clear")
	if s.child {
		esc = relabel(k.Cancel, "esc", "back")
	}
	return []key.Binding{k.Submit, relabel(k.Recall, "↑/↓", "select"), esc, relabel(k.Help, "?", "help"), k.ForceQuit}
}

func (s startScreen) fullHelp(e *env) [][]key.Binding {
	k := e.keys
	esc := relabel(k.Cancel, "esc", "clear the field")
	if s.child {
		esc = relabel(k.Cancel, "esc", "back")
	}
	return [][]key.Binding{{k.Submit, k.Recall, esc}, {relabel(k.Help, "?", "close help"), k.ForceQuit}}
}

// helpVariant: the footer's Esc reads "clear" or "back".
func (s startScreen) helpVariant() int {
	if s.child {
		return 1
	}
	return 0
}
