package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// TestTUIDataTabsInTmux opens a demo customer in the real binary and
// visits the Subscriptions and Orders tabs: the term timeline, the bars,
// the order-activity chart, an order's line items and back; then the
// customer whose orders answer 500, which must keep the customer on show.
func TestTUIDataTabsInTmux(t *testing.T) {
	s := startTmux(t, "--demo", "--theme", "dark")
	s.waitText("Customer ID")
	s.typeText("1005512199")
	s.keys("Enter")
	s.waitText("Northwind Design Studio")
	s.keys("6")
	s.waitText("[6 Subscriptions (2)]")
	s.waitText("◆ today")
	s.waitText("Quantities, each subscription on its own scale")
	s.keys("7")
	s.waitText("[7 Orders (8)]")
	s.waitText("Orders per month")
	s.keys("Down", "Enter")
	s.waitText("Line items (1)")
	s.keys("Escape")
	s.waitText("order 2 of 8")

	s.keys("/")
	s.typeText("2000000022")
	s.keys("Enter")
	// Enter in the list's find box waits for the results of the text, so
	// a key sent before the customer shows would be typed into the box.
	s.waitText("ID 2000000022")
	s.keys("7")
	sc := s.waitScreen("the orders error panel under the customer", func(sc string) bool {
		return strings.Contains(sc, "500") && strings.Contains(sc, "[7 Orders]")
	})
	if !strings.Contains(sc, "ID 2000000022") {
		t.Errorf("the failing orders hid the customer:\n%s", sc)
	}
	s.keys("6")
	s.waitText("[6 Subscriptions (")
	s.run("resize-window", "-t", "ui", "-x", "60", "-y", "20")
	s.waitScreen("the subscriptions tab at 60×20", func(sc string) bool {
		return strings.Contains(sc, "[6 Subs (") && fitsIn(sc, 60, 20)
	})
	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}

// TestTUIHostileListsBytes loads hostile order and subscription lists in
// the real TUI (hostile offer IDs, 5,000 orders, a foreign next link, a
// totalCount larger than the history, 300 subscriptions), walks every tab
// to its end and opens an order, then scans every byte the program wrote
// to its terminal and checks nothing reached the other host.
func TestTUIHostileListsBytes(t *testing.T) {
	srv := hostile.New(t)
	customer := hostile.Marshal(hostile.Customer())
	for _, sc := range hostile.ListScenarios() {
		if sc.Kind == hostile.KindCustomers {
			continue
		}
		srv.Handle(sc.ID, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(customer)
		}))
		t.Run(sc.ID, func(t *testing.T) {
			r := startRecorded(t, hostileEnv(t, srv.URL), "--theme", "dark")
			r.fetch(sc.ID)
			r.walkTabs()
			if sc.Kind == hostile.KindOrders {
				r.keys("7")
				r.waitText(fmt.Sprintf("[7 Orders (%s)]", thousands(sc.Want)))
				r.keys("End")
				r.waitText(fmt.Sprintf("order %s of", thousands(sc.Want)))
				r.keys("Enter")
				r.waitText("Line items")
				r.keys("Escape")
				r.waitText("enter shows its line items") // else q may arrive as alt+q

			} else {
				r.keys("6")
				r.waitText(fmt.Sprintf("[6 Subscriptions (%s)]", thousands(sc.Want)))
			}
			r.quitAndCheck(false)
		})
	}
	if f := srv.Foreign(); len(f) > 0 {
		t.Errorf("%d requests reached the other host", len(f))
	}
}
