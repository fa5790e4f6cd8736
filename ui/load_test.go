package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"go.uber.org/goleak"

	"github.com/vipcx/vipcx/api"
)

// echoFetcher answers every ID at once with a customer of that ID (or a 404
// for every fifth), ignoring cancellation: a reply that races a cancel or a
// newer search still arrives, which is what the model must cope with.
type echoFetcher struct {
	base *api.Customer
	noTabData
}

func (f echoFetcher) GetCustomer(_ context.Context, id string) (*api.Customer, error) {
	var n int
	if _, err := fmt.Sscanf(id, "L%d", &n); err == nil && n%5 == 0 {
		return nil, &api.Error{StatusCode: 404, Status: "404 Not Found", Code: "1116", Message: "Invalid Customer"}
	}
	c := *f.base
	c.CustomerID = id
	return &c, nil
}

// loadRun fires fetches through the keyboard and delivers their replies
// late, concurrently and shuffled.
type loadRun struct {
	h            *harness
	rng          *rand.Rand
	want         string // the ID the user asked for last
	fresh, stale int
}

// deliver runs cmds concurrently, the way Bubble Tea runs commands, then
// feeds their messages to the model in a random order.
func (l *loadRun) deliver(cmds []tea.Cmd) {
	msgs := make([]tea.Msg, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func() { defer wg.Done(); msgs[i] = c() }()
	}
	wg.Wait()
	l.rng.Shuffle(len(msgs), func(i, j int) { msgs[i], msgs[j] = msgs[j], msgs[i] })
	l.h.hold = false
	for _, msg := range msgs {
		if f, ok := msg.(fetchedMsg); ok {
			if f.seq == l.h.m.fetch.awaiting {
				l.fresh++
			} else {
				l.stale++
			}
		}
		l.h.run(func() tea.Msg { return msg })
		l.check()
	}
	l.h.hold = true
}

// check is the invariant: whatever the order of replies, a loaded or
// failed screen is about the ID asked for last, never an older one.
func (l *loadRun) check() {
	t, m := l.h.t, l.h.m
	t.Helper()
	switch m.screen() {
	case stateLoaded:
		if m.shown().CustomerID != l.want || !strings.Contains(m.View(), l.want) {
			t.Fatalf("stale customer shown: %s, asked for %s", m.shown().CustomerID, l.want)
		}
	case stateFailed:
		if m.top().(errorScreen).id != l.want {
			t.Fatalf("stale failure shown: %s, asked for %s", m.top().(errorScreen).id, l.want)
		}
	}
}

// search gets to the input from any screen, types id and submits it.
func (l *loadRun) search(id string) {
	if l.h.m.screen() == stateLoading {
		l.h.press("esc") // back to the input, or to the customer a refresh was for
	}
	if s := l.h.m.screen(); s == stateLoaded || s == stateFailed {
		l.h.press("/")
	}
	l.h.send(tea.KeyMsg{Type: tea.KeyCtrlU}) // Esc leaves the cancelled ID in the input
	l.h.typeText(id)
	l.h.press("enter")
	l.want = id
}

// browse switches tabs and scrolls while a customer is shown, or refreshes.
func (l *loadRun) browse() {
	if l.h.m.screen() != stateLoaded {
		return
	}
	keys := []string{"tab", "3", "down", "pgdown", "shift+tab", "6", "end", "left", "right", "1"}
	for range 1 + l.rng.IntN(4) {
		l.h.press(keys[l.rng.IntN(len(keys))])
	}
	if l.rng.IntN(4) == 0 {
		l.h.press("r") // a refresh is another fetch of the same ID
	}
}

// TestThousandFetchesOutOfOrder types a thousand searches, switching tabs
// and refreshing between them, while replies arrive late, concurrently and
// shuffled. No stale reply may be shown, no goroutine may outlive the run,
// and memory must stay bounded (a generous bound, not a measurement).
func TestThousandFetchesOutOfOrder(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	h := newHarness(t, Options{Fetcher: echoFetcher{base: fairmont(t)}}, 100, 30)
	h.hold = true
	l := &loadRun{h: h, rng: rand.New(rand.NewPCG(1, 2))}
	for i := range 1000 {
		l.search(fmt.Sprintf("L%05d", i))
		if l.rng.IntN(3) == 0 { // deliver some of the replies in flight, keep the rest late
			l.rng.Shuffle(len(h.held), func(a, b int) { h.held[a], h.held[b] = h.held[b], h.held[a] })
			n := l.rng.IntN(len(h.held) + 1)
			due := h.held[:n:n]
			h.held = append([]tea.Cmd(nil), h.held[n:]...)
			l.deliver(due)
		}
		l.browse()
	}
	l.deliver(h.held)
	h.held = nil

	if h.m.screen() != stateLoaded && h.m.screen() != stateFailed {
		t.Fatalf("after every reply the screen is %v, want the last search's result", h.m.screen())
	}
	l.check()
	if l.fresh < 100 || l.stale < 100 {
		t.Errorf("the run did not exercise both paths: %d replies applied, %d stale", l.fresh, l.stale)
	}
	if len(h.m.history) > maxHistory {
		t.Errorf("history grew to %d entries", len(h.m.history))
	}

	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 64<<20 {
		t.Errorf("heap grew by %d MiB over the run", grew>>20)
	}
	runtime.KeepAlive(h)
}
