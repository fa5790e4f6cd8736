package ui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// The list's budgets: a keystroke in the find box costs the same with 50
// customers loaded as with 10,000 (the text only starts a pause; the rows
// are not touched), and View draws only the rows on screen, so 10,000 rows
// cost what 50 do. BENCHMARKS.md holds the figures.

var listBenchSizes = []int{50, 10000}

// benchAccounts is n customers as a list page decodes them.
func benchAccounts(n int) []api.CustomerAccount {
	out := make([]api.CustomerAccount, n)
	for i := range out {
		a := &out[i]
		a.CustomerID = fmt.Sprintf("20%08d", i)
		a.Status = [3]string{"1000", "1002", "1004"}[i%3]
		a.CompanyProfile.CompanyName = fmt.Sprintf("Customer %05d Holdings", i)
		a.CreationDate = api.Timestamp{Time: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}
	}
	return out
}

// benchList is the list with n customers loaded, the highlight in the
// middle, the find box focused with some text typed.
func benchList(tb testing.TB, n int) Model {
	tb.Helper()
	m := New(Options{Fetcher: &fakeFetcher{}, ResellerID: "5556667778", Now: func() time.Time { return testToday }}).withStatic()
	m, _ = m.update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
	rows, ws := newRows(benchAccounts(n))
	m, _ = m.update(listPageMsg{seq: m.list().seq, rows: rows, widths: ws, total: n})
	l := m.list()
	l.cur = n / 2
	m = m.set(0, l.clamp(&m.env).redraw(&m.env))
	if len(m.list().rows) != n {
		tb.Fatalf("%d rows loaded, want %d", len(m.list().rows), n)
	}
	return typed(m, "Cust")
}

func BenchmarkListKeystroke(b *testing.B) {
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'o'}}
	for _, n := range listBenchSizes {
		m := benchList(b, n)
		b.Run(fmt.Sprintf("rows-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(key)
			}
		})
	}
}

func BenchmarkListView(b *testing.B) {
	for _, n := range listBenchSizes {
		m := benchList(b, n)
		b.Run(fmt.Sprintf("rows-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkListScroll is ↓ in the table: the Update that redraws the rows
// on screen.
func BenchmarkListScroll(b *testing.B) {
	down := tea.KeyMsg{Type: tea.KeyDown}
	for _, n := range listBenchSizes {
		m, _ := benchList(b, n).update(tea.KeyMsg{Type: tea.KeyEscape})
		b.Run(fmt.Sprintf("rows-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(down)
			}
		})
	}
}

func TestListKeystrokeAndViewDoNotGrowWithTheList(t *testing.T) {
	// Allocations, not time, keep this exact on a busy machine.
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'o'}}
	small, large := benchList(t, 50), benchList(t, 10000)
	count := func(f func()) float64 { return testing.AllocsPerRun(50, f) }
	if a, b := count(func() { _, _ = small.update(key) }), count(func() { _, _ = large.update(key) }); a != b {
		t.Errorf("a keystroke allocates %v times with 50 rows, %v with 10,000", a, b)
	}
	if a, b := count(func() { _ = small.View() }), count(func() { _ = large.View() }); a != b {
		t.Errorf("View allocates %v times with 50 rows, %v with 10,000", a, b)
	}
}
