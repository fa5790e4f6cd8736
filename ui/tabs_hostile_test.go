package ui

import (
	"net/http"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/secret"
)

// TestDataTabsHostileLists loads every hostile order and subscription list
// (a next link to another host, a totalCount larger than the history,
// hostile offer IDs, 300 subscriptions, 5,000 orders) through a real
// client into the TUI, visits both tabs at their top, their end and an
// order's line items, and checks every frame: no control character or
// escape sequence from the data, nothing wider than the terminal, the
// count the list really has, and no request sent to the other host.
func TestDataTabsHostileLists(t *testing.T) {
	srv := hostile.New(t)
	client, err := api.NewClient(srv.URL, api.WithAPIKey("hostile-key"),
		api.WithTokenSource(api.StaticToken(secret.New("hostile-token"))))
	if err != nil {
		t.Fatal(err)
	}
	customer := hostile.Marshal(hostile.Customer())
	for _, sc := range hostile.ListScenarios() {
		if sc.Kind == hostile.KindCustomers {
			continue
		}
		t.Run(sc.ID, func(t *testing.T) {
			srv.Handle(sc.ID, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write(customer)
			}))
			h := newHarness(t, Options{Fetcher: client}, 60, 20)
			h.typeText(sc.ID)
			h.press("enter")
			tb, walk := tabOrders, [][]string{{"6"}, {"7"}, {"end"}, {"enter"}, {"end"}, {"esc"}}
			if sc.Kind == hostile.KindSubscriptions {
				tb, walk = tabSubscriptions, [][]string{{"7"}, {"6"}, {"end"}}
			}
			var frames []string
			for _, keys := range walk {
				h.press(keys...)
				frames = append(frames, h.m.View())
			}
			for _, v := range frames {
				assertTerminalSafe(t, v)
				assertFits(t, v, 60)
			}
			want := "(" + thousands(sc.Want)
			if title := h.m.cust().tabs[tb].title(nil); !strings.Contains(title, want) {
				t.Errorf("tab title %q, want the %d items the list has", title, sc.Want)
			}
			if sc.Short && sc.Kind == hostile.KindOrders && !strings.Contains(strings.Join(frames, "\n"), "the server counted") {
				t.Error("a history shorter than its totalCount is not said")
			}
		})
	}
	if f := srv.Foreign(); len(f) > 0 {
		t.Errorf("%d requests reached the other host", len(f))
	}
}
