package ui

import (
	"context"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// fakeFetcher answers from maps. With gate set, every call blocks until the
// test sends on gate (or the call's context ends), which lets a test hold a
// reply back and deliver it after the user has moved on.
type fakeFetcher struct {
	mu        sync.Mutex
	customers map[string]*api.Customer
	errs      map[string]error
	gate      chan struct{}
	calls     []string
	tabData   // the Subscriptions and Orders tabs' answers (tabs_fetch_test.go)
}

func (f *fakeFetcher) GetCustomer(ctx context.Context, id string) (*api.Customer, error) {
	f.mu.Lock()
	f.calls = append(f.calls, id)
	gate := f.gate
	f.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if err, ok := f.errs[id]; ok {
		return nil, err
	}
	if c, ok := f.customers[id]; ok {
		return c, nil
	}
	return nil, &api.Error{StatusCode: 404, Status: "404 Not Found", Code: "1116", Message: "Invalid Customer"}
}

func (f *fakeFetcher) callCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

// harness drives a Model the way the Bubble Tea runtime would, but
// synchronously: each message goes through update and every command it
// returns is run at once, its messages fed back in.
type harness struct {
	t      *testing.T
	m      Model
	quit   bool
	copied []string
	held   []tea.Cmd // commands parked by holdCmds instead of run
	hold   bool
}

func newHarness(t *testing.T, o Options, w, h int) *harness {
	t.Helper()
	if o.Now == nil {
		o.Now = func() time.Time { return testToday }
	}
	hs := &harness{t: t}
	hs.m = New(o).withStatic()
	hs.m.clip = func(s string) error { hs.copied = append(hs.copied, s); return nil }
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	m, cmd := h.m.update(msg)
	h.m = m
	if cached, fresh := m.View(), m.freshView(); cached != fresh {
		h.t.Fatalf("after %T the cached View differs from a fresh one:\ncached:\n%s\nfresh:\n%s", msg, cached, fresh)
	}
	if h.hold && cmd != nil {
		h.held = append(h.held, cmd)
		return
	}
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

// keyMsg builds the message a key press produces, by its tea name.
func keyMsg(name string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+c": tea.KeyCtrlC, "ctrl+t": tea.KeyCtrlT, "ctrl+s": tea.KeyCtrlS, "backspace": tea.KeyBackspace,
	}
	if t, ok := named[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

func (h *harness) press(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.send(keyMsg(n))
	}
}

// typeText types s one key at a time, as a user would.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}
