package e2e

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// listCommand is the command line that reads all of scenario sc.
func listCommand(sc hostile.ListScenario) (args []string, key string) {
	switch sc.Kind {
	case hostile.KindCustomers:
		return []string{"--reseller", sc.ID, "customers", "--all"}, "customerId"
	case hostile.KindOrders:
		return []string{"orders", sc.ID, "--all"}, "orderId"
	}
	return []string{"subscriptions", sc.ID}, "subscriptionId"
}

// TestListsAgainstHostileServer runs the binary on every list scenario,
// as JSON and as a table: the exit code, every item once, a short list
// said to be short, no terminal control in any byte written, and no
// request to the host a foreign next link names.
func TestListsAgainstHostileServer(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.ListScenarios() {
		for _, mode := range []string{"json", "table"} {
			t.Run(sc.ID+"/"+mode, func(t *testing.T) {
				t.Parallel()
				args, key := listCommand(sc)
				if mode == "json" {
					args = append(args, "--json")
				}
				r := run(t, hostileEnv(t, srv.URL), "", args...)
				if r.code != sc.Exit {
					t.Fatalf("exit %d, want %d (%s); stderr %.500q", r.code, sc.Exit, sc.About, r.stderr)
				}
				assertCleanOutput(t, r)
				if sc.Exit != 0 {
					assertErrorShape(t, r)
					return
				}
				n := len(rows(r.stdout))
				if mode == "json" {
					n = len(jsonKeys(t, r.stdout, key))
				}
				if n != sc.Want {
					t.Errorf("%d items, want %d", n, sc.Want)
				}
				if ended := strings.Contains(r.stderr, "list ended there"); ended != sc.Short {
					t.Errorf("short is %v, stderr %q", sc.Short, r.stderr)
				}
				// JSON keeps the value, the escape written as \u001b; the
				// table drops the sequence with what was inside it.
				if mode == "table" && strings.Contains(r.stdout, hostile.Marker) {
					t.Error("table shows text from inside an escape sequence")
				}
			})
		}
	}
	t.Cleanup(func() {
		if h := srv.Foreign(); len(h) != 0 {
			t.Errorf("%d requests reached the foreign host", len(h))
		}
	})
}
