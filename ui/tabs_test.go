package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// tabsCustomerID is the fake customer the data-tab tests load.
const tabsCustomerID = "9876543210"

// fakeSubscriptions builds n subscriptions; every fourth has auto-renew off.
func fakeSubscriptions(n int) []api.Subscription {
	ss := make([]api.Subscription, n)
	for i := range ss {
		ss[i] = api.Subscription{SubscriptionID: fmt.Sprintf("sub%029d", i), OfferID: fmt.Sprintf("6530%04dCA01A12", i),
			CurrentQuantity: api.FlexInt(10 + i%40), UsedQuantity: api.FlexInt(5 + i%30), Status: "1000",
			AutoRenewal: api.AutoRenewal{Enabled: api.FlexBool(i%4 != 3), RenewalQuantity: api.FlexInt(10 + i%40)},
			RenewalDate: "2027-03-14"}
	}
	return ss
}

// fakeOrders builds n orders, newest first, spread evenly over the nine
// years up to 2026-08-01 (a history's span does not depend on how busy it
// was), with two line items each.
func fakeOrders(n int) []api.Order {
	os := make([]api.Order, n)
	day := time.Date(2026, 8, 1, 10, 0, 0, 0, time.UTC)
	step := day.Sub(day.AddDate(-9, 0, 0)) / time.Duration(max(n, 1))
	for i := range os {
		at := day.Add(-step * time.Duration(i))
		os[i] = api.Order{OrderID: fmt.Sprintf("80%08d", n-i), OrderType: []string{"NEW", "RENEWAL", "RETURN"}[i%3], Status: "1000",
			CreationDate: api.Timestamp{Time: at, Text: at.Format(time.RFC3339)},
			LineItems: []api.LineItem{{ExtLineItemNumber: 1, OfferID: "65304578CA01A12", Quantity: api.FlexInt(1 + i%7), SubscriptionID: "subA", Status: "1000"},
				{ExtLineItemNumber: 2, OfferID: "65322651CA01A12", Quantity: 2, SubscriptionID: "subB", Status: "1000"}}}
	}
	return os
}

// tabsOptions is the demo-like options with a fake fetcher that knows the
// customer, nSubs subscriptions and nOrders orders.
func tabsOptions(t testing.TB, nSubs, nOrders int) (Options, *fakeFetcher) {
	o, f := demoOptions(t)
	f.subs = map[string][]api.Subscription{tabsCustomerID: fakeSubscriptions(nSubs)}
	f.orders = map[string][]api.Order{tabsCustomerID: fakeOrders(nOrders)}
	return o, f
}

func openCustomer(h *harness) {
	h.t.Helper()
	h.typeText(tabsCustomerID)
	h.press("enter")
}

func TestDataTabsCountsJoinTitles(t *testing.T) {
	o, _ := tabsOptions(t, 3, 5000)
	h := newHarness(t, o, 100, 30)
	openCustomer(h)
	h.press("6")
	line := h.m.cust().tabLine
	assertContains(t, line, "[6 Subscriptions (3)]", "7 Orders", "1 Company", "2 Address", "3 Contacts", "4 Discounts", "5 Membership", "8 JSON")
	h.press("7")
	assertContains(t, h.m.cust().tabLine, "[7 Orders (5,000)]", "6 Subscriptions")
	assertContains(t, h.m.View(), "Orders (5,000, newest first)", "order 1 of 5,000")
}

// TestDataTabsLoadSideBySide holds both data requests at the fetcher and
// checks that both were issued before either was answered: the loads run
// side by side, not one after the other.
func TestDataTabsLoadSideBySide(t *testing.T) {
	o, f := tabsOptions(t, 3, 250)
	gate := make(chan struct{})
	f.dataGate = gate
	h := newHarness(t, o, 100, 30)
	h.hold = true
	openCustomer(h) // parks the customer fetch
	fetch := h.held
	h.held = nil
	for _, c := range fetch {
		h.run(c) // the customer arrives; the loads it starts are parked
	}
	loads := h.held
	h.held, h.hold = nil, false
	msgs := runConcurrently(loads)
	waitCalls(t, f, 2)
	calls := f.dataCallList()
	if len(calls) != 2 || !containsAll(calls, "subs:"+tabsCustomerID, "orders:"+tabsCustomerID) {
		t.Fatalf("calls before any reply: %q", calls)
	}
	close(gate)
	for _, m := range msgs() {
		h.send(m)
	}
	if got := h.m.cust().tabs[tabOrders].title(nil); got != "Orders (250)" {
		t.Errorf("orders title %q after the replies", got)
	}
	if got := h.m.cust().tabs[tabSubscriptions].title(nil); got != "Subscriptions (3)" {
		t.Errorf("subscriptions title %q after the replies", got)
	}
}

// runConcurrently runs each command (and each command of a batch) in its
// own goroutine, as the Bubble Tea runtime does, and returns a function
// that waits for them all and gives back their messages.
func runConcurrently(cmds []tea.Cmd) func() []tea.Msg {
	var (
		mu   sync.Mutex
		out  []tea.Msg
		wg   sync.WaitGroup
		run  func(tea.Cmd)
		note = func(m tea.Msg) { mu.Lock(); out = append(out, m); mu.Unlock() }
	)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch m := c().(type) {
			case nil:
			case tea.BatchMsg:
				for _, c := range m {
					run(c)
				}
			default:
				note(m)
			}
		}()
	}
	for _, c := range cmds {
		run(c)
	}
	return func() []tea.Msg { wg.Wait(); return out }
}

// waitCalls waits until the fetcher has received n data calls; the bound
// only guards against a hang, it asserts no timing.
func waitCalls(t *testing.T, f *fakeFetcher, n int) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); len(f.dataCallList()) < n; {
		if time.Now().After(deadline) {
			t.Fatalf("only %q issued: the loads do not run side by side", f.dataCallList())
		}
		time.Sleep(time.Millisecond)
	}
}

func containsAll(have []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}

// TestOrdersFailureKeepsTheCustomer is the demo's OrdersFailID in small:
// the orders answer 500 while the customer and its subscriptions load.
func TestOrdersFailureKeepsTheCustomer(t *testing.T) {
	o, f := tabsOptions(t, 3, 10)
	f.dataErrs = map[string]error{"orders:" + tabsCustomerID: &api.Error{StatusCode: 500, Status: "500 Internal Server Error",
		Code: "1124", Message: "Internal server error", RequestID: "req-0500"}}
	h := newHarness(t, o, 80, 24)
	openCustomer(h)
	h.press("7")
	v := h.m.View()
	assertContains(t, v, "Fairmont", "500", "Internal server error", "req-0500", "press r")
	if h.m.screen() != stateLoaded {
		t.Fatalf("state %v, want the customer still shown", h.m.screen())
	}
	h.press("6")
	assertContains(t, h.m.View(), "Subscriptions (3)", "Fairmont")
	h.press("2")
	assertContains(t, h.m.View(), "San Jose")
	if got := h.m.cust().tabs[tabOrders].title(nil); got != "Orders" {
		t.Errorf("a failed tab counts nothing, title %q", got)
	}
}

// TestStaleTabRepliesDropped delivers replies tagged for an older load of
// the customer (before a refresh) and for another customer: neither may
// change the tabs.
func TestStaleTabRepliesDropped(t *testing.T) {
	o, f := tabsOptions(t, 3, 10)
	h := newHarness(t, o, 80, 24)
	openCustomer(h)
	first := h.m.cust().loadSeq
	h.press("r")
	if h.m.cust().loadSeq == first {
		t.Fatal("refresh did not start a new load")
	}
	if n := len(f.dataCallList()); n != 4 {
		t.Errorf("%d data calls after a refresh, want 4 (both tabs reloaded)", n)
	}
	old := loadTag{id: tabsCustomerID, seq: first}
	other := loadTag{id: "1005512199", seq: h.m.cust().loadSeq}
	for _, tag := range []loadTag{old, other} {
		h.send(subscriptionsMsg{tag: tag, list: &api.List[api.Subscription]{Total: 1, Items: fakeSubscriptions(1)}})
		h.send(ordersFirstMsg{tag: tag, page: &api.Page[api.Order]{Total: 1, Items: fakeOrders(1)}})
		h.send(ordersMsg{tag: tag, list: &api.List[api.Order]{Total: 1, Items: fakeOrders(1)}})
	}
	s := h.m.cust()
	if a, b := s.tabs[tabSubscriptions].title(nil), s.tabs[tabOrders].title(nil); a != "Subscriptions (3)" || b != "Orders (10)" {
		t.Errorf("stale replies changed the tabs: %q, %q", a, b)
	}
}

// TestOrderEnterShowsLineItemsEscGoesBack opens the third order and comes
// back to the table, the cursor where it was, the customer still shown.
func TestOrderEnterShowsLineItemsEscGoesBack(t *testing.T) {
	o, _ := tabsOptions(t, 3, 40)
	h := newHarness(t, o, 80, 24)
	openCustomer(h)
	h.press("7", "down", "down", "enter")
	want := fakeOrders(40)[2]
	v := h.m.View()
	assertContains(t, v, "Order "+want.OrderID, "Line items (2)", "65322651CA01A12", "esc goes back")
	if strings.Contains(v, "of 40 · enter") {
		t.Errorf("the table is still shown under the line items:\n%s", v)
	}
	h.press("esc")
	if h.m.screen() != stateLoaded || h.m.cust().tabs[tabOrders].(ordersTab).cur != 2 {
		t.Fatalf("esc left the customer or lost the cursor: state %v", h.m.screen())
	}
	assertContains(t, h.m.View(), "› "+want.CreationDate.Time.Format(time.DateOnly), "order 3 of 40")
	h.press("esc")
	if h.m.screen() == stateLoaded {
		t.Error("a second esc should leave the customer, as on any other tab")
	}
}

// TestOrdersScrollRendersOnlyTheWindow moves through 5,000 orders and
// checks the cursor row is always on screen and the frame stays its size.
func TestOrdersScrollRendersOnlyTheWindow(t *testing.T) {
	o, _ := tabsOptions(t, 3, 5000)
	h := newHarness(t, o, 60, 20)
	openCustomer(h)
	h.press("7", "pgdown", "pgdown", "down")
	cur := h.m.cust().tabs[tabOrders].(ordersTab).cur
	if cur < 3 {
		t.Fatalf("cursor %d after two pages", cur)
	}
	id := fakeOrders(5000)[cur].OrderID
	v := h.m.View()
	assertContains(t, v, id, fmt.Sprintf("order %d of 5,000", cur+1))
	assertFits(t, v, 60)
	h.press("end")
	assertContains(t, h.m.View(), fakeOrders(5000)[4999].OrderID, "order 5,000 of 5,000")
	if n := strings.Count(h.m.View(), "\n") + 1; n != 20 {
		t.Errorf("view has %d lines, want 20", n)
	}
}

// TestSubscriptionsScrollAndAutoRenewOff scrolls 300 subscriptions to the
// end and checks auto-renew off is said in words, not only colour.
func TestSubscriptionsScrollAndAutoRenewOff(t *testing.T) {
	o, _ := tabsOptions(t, 300, 0)
	h := newHarness(t, o, 100, 30)
	openCustomer(h)
	h.press("6")
	assertContains(t, h.m.View(), "Term", "◆ today", "Quantities", symBad+"off")
	h.press("end")
	v := h.m.View()
	assertContains(t, v, fakeSubscriptions(300)[299].SubscriptionID[:9], "of ")
	assertFits(t, v, 100)
}

// TestTabBarWidths checks the eight names at 100 columns and the graceful
// shortening at 80 and 60, with counts on every tab.
func TestTabBarWidths(t *testing.T) {
	titles := []string{"1 Company", "2 Address", "3 Contacts (480)", "4 Discounts (2)", "5 Membership",
		"6 Subscriptions (300)", "7 Orders (5,000)", "8 JSON"}
	st := newStyles(true)
	full := renderTabs(titles, tabOrders, st, 100)
	assertContains(t, full, "1 Company", "2 Address", "3 Contacts", "4 Discounts", "5 Membership", "6 Subscriptions", "[7 Orders (5,000)]", "8 JSON")
	mid := renderTabs(titles, tabOrders, st, 80)
	assertContains(t, mid, "3 Cont (480)", "6 Subs (300)", "[7 Ord (5,000)]")
	narrow := renderTabs(titles, tabSubscriptions, st, 60)
	assertContains(t, narrow, "[6 Subs (300)]", "7 (5,000)", "8")
	for w, line := range map[int]string{100: full, 80: mid, 60: narrow} {
		assertFits(t, line, w)
	}
}

// TestLeavingTheCustomerCancelsItsLoads holds both loads at the fetcher,
// leaves the customer with Esc, and checks the held calls end by their
// context being cancelled, not by an answer.
func TestLeavingTheCustomerCancelsItsLoads(t *testing.T) {
	o, f := tabsOptions(t, 3, 250)
	f.dataGate = make(chan struct{}) // never opened
	h := newHarness(t, o, 80, 24)
	h.hold = true
	openCustomer(h)
	fetch := h.held
	h.held = nil
	for _, c := range fetch {
		h.run(c)
	}
	loads := h.held
	h.held, h.hold = nil, false
	msgs := runConcurrently(loads)
	waitCalls(t, f, 2)
	h.press("esc")
	done := make(chan []tea.Msg)
	go func() { done <- msgs() }()
	select {
	case got := <-done:
		for _, m := range got {
			h.send(m) // dropped: the customer is gone
		}
	case <-time.After(20 * time.Second): // a hang guard, not a timing check
		t.Fatal("the loads of a customer no longer shown were not cancelled")
	}
	if h.m.screen() == stateLoaded {
		t.Error("esc did not leave the customer")
	}
}
