package ui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
)

// Benchmarks of the model as the Bubble Tea runtime drives it: View of every
// tab, one keystroke, a tab switch, a scroll and a load, for the API page's
// customer and for 5,000 contacts. The pane renderers have their own
// benchmarks beside their tests (render_*_test.go). BENCHMARKS.md holds the
// budgets and the latest figures; .ci/run runs each once so they cannot rot.

// benchW and benchH are the terminal the benchmarks draw on.
const benchW, benchH = 120, 40

// benchCustomerIDs are the demo customers compared: Adobe's Get Customer
// page's own example, and 5,000 contacts.
var benchCustomerIDs = []struct{ name, id string }{
	{"api-page", "9876543210"},
	{"5000-contacts", "demo-5000"},
}

// demoCustomer decodes the demo API's customer id exactly as a fetch would,
// without a network.
func demoCustomer(tb testing.TB, id string) *api.Customer {
	tb.Helper()
	body, ok := demo.CustomerJSON(id)
	if !ok {
		tb.Fatalf("no demo customer %s", id)
	}
	c, err := api.DecodeCustomer(body)
	if err != nil {
		tb.Fatalf("demo %s: %v", id, err)
	}
	return c
}

// benchStart is the start screen, sized, with n IDs in the history.
func benchStart(tb testing.TB, n int) Model {
	tb.Helper()
	m := New(Options{Fetcher: &fakeFetcher{}, Now: func() time.Time { return testToday }}).withStatic()
	m, _ = m.update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("10%08d", i)
	}
	m, _ = m.update(historyMsg{ids: ids})
	if len(m.history) != n {
		tb.Fatalf("history has %d IDs, want %d", len(m.history), n)
	}
	return m
}

// benchLoaded is the model showing c, reached the way the runtime reaches
// it: a fetch started from the input and its reply.
func benchLoaded(tb testing.TB, c *api.Customer) Model {
	tb.Helper()
	m, _ := benchStart(tb, 0).submit(c.CustomerID, false)
	m, _ = m.update(fetchedMsg{seq: m.fetch.seq, id: c.CustomerID, customer: c})
	if m.screen() != stateLoaded {
		tb.Fatalf("state %v after the reply, want loaded", m.screen())
	}
	return m
}

// middleOfContacts puts the contacts cursor half-way down the list, so the
// table draws a window from the middle rather than the cheap top.
func middleOfContacts(m Model) Model {
	s := m.top().(customerScreen)
	s.contacts.cur = len(s.customer.CompanyProfile.Contacts) / 2
	m = m.setTop(s.clampContacts(&m.env).redraw(&m.env))
	return m.redraw()
}

var tabNames = [tabCount]string{"company", "address", "contacts", "discounts", "membership", "subscriptions", "orders", "json"}

func BenchmarkView(b *testing.B) {
	for _, bc := range benchCustomerIDs {
		loaded := middleOfContacts(benchLoaded(b, demoCustomer(b, bc.id)))
		for tab := range tabCount {
			m, _ := loaded.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{rune('1' + tab)}})
			if m.cust().tab != tab {
				b.Fatalf("on tab %d, want %d", m.cust().tab, tab)
			}
			b.Run(bc.name+"/"+tabNames[tab], func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkViewStart is the start screen: the first frame a user sees.
func BenchmarkViewStart(b *testing.B) {
	m := benchStart(b, 5)
	m.opts.Demo = true
	for _, s := range demo.Samples() {
		m.opts.Samples = append(m.opts.Samples, Sample{ID: s.ID, Summary: s.Summary})
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkKeystroke is one printable key typed into the Customer ID input,
// from the same model every time, with an empty and a full history.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range []int{0, maxHistory} {
		m := typed(benchStart(b, n), "98765432")
		key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'1'}}
		b.Run(fmt.Sprintf("history-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(key)
			}
		})
	}
}

// typed is m after s was typed into the input.
func typed(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

func TestKeystrokeAllocationsDoNotGrowWithHistory(t *testing.T) {
	// Counting allocations, not time, keeps this exact on a busy machine:
	// typing must cost the same with 50 recent IDs as with none.
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'1'}}
	allocs := func(n int) float64 {
		m := typed(benchStart(t, n), "98765432")
		return testing.AllocsPerRun(50, func() { _, _ = m.update(key) })
	}
	if empty, full := allocs(0), allocs(maxHistory); empty != full {
		t.Errorf("a keystroke allocates %v times with an empty history, %v with %d IDs", empty, full, maxHistory)
	}
}

// BenchmarkSwitchTab is Tab pressed on a loaded customer: the Update only;
// the frame it leads to is BenchmarkView's.
func BenchmarkSwitchTab(b *testing.B) {
	tab := tea.KeyMsg{Type: tea.KeyTab}
	for _, bc := range benchCustomerIDs {
		m := benchLoaded(b, demoCustomer(b, bc.id))
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(tab)
			}
		})
	}
}

// BenchmarkScrollContacts is ↓ in the contacts table, mid-list.
func BenchmarkScrollContacts(b *testing.B) {
	down := tea.KeyMsg{Type: tea.KeyDown}
	for _, bc := range benchCustomerIDs {
		m := middleOfContacts(benchLoaded(b, demoCustomer(b, bc.id)).pressed("3"))
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(down)
			}
		})
	}
}

// BenchmarkLoad is a fetch's reply arriving: every pane laid out once and
// the JSON pretty-printed, the work that keeps View cheap.
func BenchmarkLoad(b *testing.B) {
	for _, bc := range benchCustomerIDs {
		c := demoCustomer(b, bc.id)
		m, _ := benchStart(b, 0).submit(c.CustomerID, false)
		reply := fetchedMsg{seq: m.fetch.seq, id: c.CustomerID, customer: c}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(reply)
			}
		})
	}
}
