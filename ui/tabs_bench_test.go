package ui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// Benchmarks of the data tabs at 10 and 5,000 orders and subscriptions:
// switching to the Orders tab (Update only) and View of tabs 6 and 7, both
// as the runtime sees it (the cached pane) and drawn afresh, which is the
// work an update that changes the pane does. BENCHMARKS.md holds the
// budgets: the switch at most 1 ms, View no more than 2× from 10 to 5,000.
// View is compared at 60×20, where 10 items fill the pane as 5,000 do; on
// a taller terminal 10 items leave it part empty, which is a smaller
// frame, not a cheaper tab.

var dataSizes = []int{10, 5000}

// dataTerms are the terminals the data tabs are drawn on.
var dataTerms = [][2]int{{60, 20}, {120, 40}}

// benchData is the API page's customer with n subscriptions and n orders
// delivered the way the loads deliver them: the first page, then the rest,
// on a w×h terminal.
func benchData(tb testing.TB, n, w, h int) Model {
	tb.Helper()
	m := benchLoaded(tb, demoCustomer(tb, "9876543210"))
	m, _ = m.update(tea.WindowSizeMsg{Width: w, Height: h})
	tag := loadTag{id: "9876543210", seq: m.cust().loadSeq}
	os := fakeOrders(n)
	first := os[:min(n, api.MaxOrdersPerPage)]
	m, _ = m.update(subscriptionsMsg{tag: tag, list: &api.List[api.Subscription]{Total: n, Items: fakeSubscriptions(n)}})
	m, _ = m.update(ordersFirstMsg{tag: tag, page: &api.Page[api.Order]{Total: n, Items: first}})
	m, _ = m.update(ordersMsg{tag: tag, list: &api.List[api.Order]{Total: n, Items: os}})
	want := fmt.Sprintf("Orders (%s)", thousands(n))
	if got := m.cust().tabs[tabOrders].title(nil); got != want {
		tb.Fatalf("orders tab %q, want %q", got, want)
	}
	return m
}

func BenchmarkSwitchToOrders(b *testing.B) {
	for _, n := range dataSizes {
		m := benchData(b, n, benchW, benchH)
		seven := keyMsg("7")
		b.Run(fmt.Sprintf("orders-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.update(seven)
			}
		})
	}
}

func BenchmarkViewDataTabs(b *testing.B) {
	for _, sz := range dataTerms {
		for _, n := range dataSizes {
			benchDataView(b, benchData(b, n, sz[0], sz[1]), fmt.Sprintf("%dx%d/items-%d", sz[0], sz[1], n))
		}
	}
}

// benchDataView is View of tabs 6 and 7 of base, cached and drawn afresh.
func benchDataView(b *testing.B, base Model, name string) {
	for _, tab := range []string{"6", "7"} {
		m := base.pressed(tab).pressed("pgdown")
		fresh := m
		fresh.fresh = true
		b.Run(fmt.Sprintf("%s/%s/cached", tabNames[tab[0]-'1'], name), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
		b.Run(fmt.Sprintf("%s/%s/fresh", tabNames[tab[0]-'1'], name), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = fresh.View()
			}
		})
	}
}

// TestDataTabViewDoesNotGrow counts, rather than times, what drawing tabs
// 6 and 7 afresh costs at 10 and at 5,000 items: the tabs draw only the
// lines on screen, so 5,000 may cost no more than twice what 10 do.
func TestDataTabViewDoesNotGrow(t *testing.T) {
	for _, tab := range []string{"6", "7"} {
		allocs := func(n int) float64 {
			m := benchData(t, n, 60, 20).pressed(tab).pressed("pgdown")
			m.fresh = true
			return testing.AllocsPerRun(20, func() { _ = m.View() })
		}
		if small, big := allocs(10), allocs(5000); big > 2*small {
			t.Errorf("tab %s: a fresh View allocates %v times with 10 items, %v with 5,000", tab, small, big)
		}
	}
}

// TestSwitchToOrdersDoesNotGrow is the same count for the Update that
// switches to the Orders tab.
func TestSwitchToOrdersDoesNotGrow(t *testing.T) {
	allocs := func(n int) float64 {
		m := benchData(t, n, benchW, benchH)
		return testing.AllocsPerRun(20, func() { _, _ = m.update(keyMsg("7")) })
	}
	if small, big := allocs(10), allocs(5000); big > 2*small {
		t.Errorf("switching to Orders allocates %v times with 10 orders, %v with 5,000", small, big)
	}
}
