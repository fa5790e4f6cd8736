package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/localfile"
	"github.com/vipcx/vipcx/sanitize"
)

// maxHistory caps the recent-IDs list, on screen and on disk.
const maxHistory = 50

// historyMsg carries the history file's IDs, newest first.
type historyMsg struct {
	ids []string
	err error
}

// historySavedMsg reports the write after a successful fetch.
type historySavedMsg struct{ err error }

// loadHistory reads the history file in a command (no I/O in Update).
func loadHistory(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg {
		ids, err := readHistory(path)
		return historyMsg{ids: ids, err: err}
	}
}

// maxHistoryBytes caps what is read of the history file: 50 IDs take about
// 2 KiB, so anything near this is not vipcx's, and a link to /dev/zero must
// not exhaust memory.
const maxHistoryBytes = 1 << 20

// readHistory returns the valid IDs of the file, newest first. The file is
// outside input: it is read through localfile, which refuses a symlink
// (its target is never read), a FIFO (which would block forever), a file of
// another user's and one over maxHistoryBytes; every line is sanitized and
// validated, anything else is skipped, so a tampered file can neither spoof
// the screen nor feed a request an ID the client would refuse.
func readHistory(path string) ([]string, error) {
	b, err := localfile.ReadFile(path, maxHistoryBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, line := range strings.Split(string(b), "\n") {
		id := strings.TrimSpace(sanitize.Line(line))
		if id != "" && api.ValidateCustomerID(id) == nil {
			ids = append(ids, id)
		}
	}
	return mergeHistory(ids, nil), nil
}

// saveHistory writes ids, one per line, to path in a command. The directory
// is 0700 (and refused if it is another user's or writable by others) and
// the file 0600; it is replaced atomically so a crash never leaves half a
// file, and a symlink at path is replaced, never followed.
func saveHistory(path string, ids []string) tea.Cmd {
	if path == "" {
		return nil
	}
	data := strings.Join(ids, "\n") + "\n"
	return func() tea.Msg { return historySavedMsg{err: writeHistory(path, data)} }
}

func writeHistory(path, data string) error {
	dir := filepath.Dir(path)
	if err := localfile.MkdirPrivate(dir); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".history-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // no-op after a successful rename
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if _, err := f.WriteString(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// pushHistory puts id first, without duplicates, capped at maxHistory.
func pushHistory(ids []string, id string) []string {
	return mergeHistory([]string{id}, ids)
}

// mergeHistory joins newer and older IDs, keeping each ID's newest place,
// capped at maxHistory.
func mergeHistory(newer, older []string) []string {
	return dedupe(append(append([]string(nil), newer...), older...), maxHistory)
}

// dedupe keeps the first place of each ID, at most limit IDs.
func dedupe(ids []string, limit int) []string {
	out := make([]string, 0, min(len(ids), limit))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] || len(out) == limit {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	return out
}

// onHistory merges the file under anything fetched before it was read.
func (m Model) onHistory(msg historyMsg) Model {
	if msg.err != nil {
		m.log.Warn("history not read", "err", msg.err)
		return m
	}
	m.history = mergeHistory(m.history, msg.ids)
	m.log.Debug("ui history loaded", "entries", len(m.history))
	return m
}

// pickItem is one entry of the start screen's list: a recent ID or, in
// demo mode, a sample customer with its summary.
type pickItem struct{ id, note string }

// pickList is what the start screen lists and ↑/↓ select: recent IDs, then
// (in demo mode) every sample, however full the history is, keeping those
// whose ID or note contains filter (any case), so typing "demo-4" narrows
// the list to the 4xx samples.
func pickList(e *env, filter string) []pickItem {
	var all []pickItem
	summary := map[string]string{}
	if e.opts.Demo {
		for _, s := range e.opts.Samples {
			summary[s.ID] = sanitize.Line(s.Summary)
		}
	}
	for _, id := range e.history {
		note := "recent"
		if sum, ok := summary[id]; ok {
			note += " · " + sum
		}
		all = append(all, pickItem{id: id, note: note})
	}
	if e.opts.Demo {
		for _, s := range e.opts.Samples {
			all = append(all, pickItem{id: sanitize.Line(s.ID), note: summary[s.ID]})
		}
	}
	f := strings.ToLower(strings.TrimSpace(filter))
	seen := map[string]bool{}
	var out []pickItem
	for _, it := range all {
		if seen[it.id] {
			continue
		}
		seen[it.id] = true
		if strings.Contains(strings.ToLower(it.id), f) || strings.Contains(strings.ToLower(it.note), f) {
			out = append(out, it)
		}
	}
	return out
}

// filter is the text the list is filtered by: what was typed, not the ID
// a selection put in the field.
func (s startScreen) filter() string {
	if s.recall >= 0 {
		return s.draft
	}
	return s.input.Value()
}

// recallStep moves the selection: from the input either arrow enters the
// list at its top (so ↑ still recalls the latest ID); in the list ↓ moves
// down and ↑ up, and above the top the typed text comes back. The selected
// ID is put in the field, ready for Enter.
func (s startScreen) recallStep(e *env, down bool) startScreen {
	list := pickList(e, s.filter())
	if len(list) == 0 {
		return s
	}
	switch {
	case s.recall == -1:
		s.draft = s.input.Value()
		s.recall = 0
	case down:
		s.recall = min(s.recall+1, len(list)-1)
	default:
		s.recall--
	}
	if s.recall == -1 {
		s.input.SetValue(s.draft)
	} else {
		s.input.SetValue(list[s.recall].id)
	}
	s.input.CursorEnd()
	return s.validate()
}
