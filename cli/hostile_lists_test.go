package cli

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// listArgs is the command line that reads scenario sc, every page.
func listArgs(sc hostile.ListScenario, extra ...string) []string {
	var args []string
	switch sc.Kind {
	case hostile.KindCustomers:
		args = []string{"--reseller", sc.ID, "customers", "--all"}
	case hostile.KindOrders:
		args = []string{"orders", sc.ID, "--all"}
	default:
		args = []string{"subscriptions", sc.ID}
	}
	return append(args, extra...)
}

// itemKey is the key that identifies an item of sc's kind.
func itemKey(sc hostile.ListScenario) string {
	switch sc.Kind {
	case hostile.KindCustomers:
		return "customerId"
	case hostile.KindOrders:
		return "orderId"
	}
	return "subscriptionId"
}

// TestListsAgainstHostileServer runs every list scenario as JSON and as a
// table: the right exit code and number of items, each once, a short list
// said to be short, every byte of output free of terminal controls.
func TestListsAgainstHostileServer(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.ListScenarios() {
		t.Run(sc.ID, func(t *testing.T) {
			t.Parallel()
			out, errOut, code := runEnv(t, apiEnv(srv.URL), listArgs(sc, "--json")...)
			if code != sc.Exit {
				t.Fatalf("exit %d, want %d (%s); stderr %.500q", code, sc.Exit, sc.About, errOut)
			}
			scanClean(t, out, errOut)
			if sc.Exit != 0 {
				if out != "" || !strings.Contains(errOut, "error: ") {
					t.Errorf("stdout %.100q, stderr %.300q", out, errOut)
				}
				return
			}
			if ids := jsonItems(t, out, itemKey(sc)); len(ids) != sc.Want {
				t.Errorf("%d items, want %d", len(ids), sc.Want)
			}
			if ended := strings.Contains(errOut, "list ended there"); ended != sc.Short {
				t.Errorf("short %v, but stderr %q", sc.Short, errOut)
			}
			table, tableErr, code := runEnv(t, apiEnv(srv.URL), listArgs(sc)...)
			scanClean(t, table, tableErr)
			if rows := tableRows(table); code != 0 || len(rows) != sc.Want {
				t.Errorf("table: exit %d, %d rows, want %d", code, len(rows), sc.Want)
			}
		})
	}
	if h := srv.Foreign(); len(h) != 0 {
		t.Errorf("%d requests reached the foreign host", len(h))
	}
}

// TestPagingRetryIsAnnounced: the 429 on the second page is waited out
// and said on stderr, and the list still comes out whole.
func TestPagingRetryIsAnnounced(t *testing.T) {
	srv := hostile.New(t)
	_, errOut, code := runEnv(t, apiEnv(srv.URL), "--reseller", "list-429-retry-after", "customers", "--all", "--json")
	if code != 0 || !strings.Contains(errOut, "notice: customers: 429 rate limited — retry 2 of 3 in 1 s\n") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasSuffix(errOut, "\n150 customers (active)\n") {
		t.Errorf("count line: %q", errOut)
	}
}

// TestGetWarnsOnAnotherCustomer: the hostile server answers every ID with
// customer 9876543210; get prints it but says it is not the one asked for.
func TestGetWarnsOnAnotherCustomer(t *testing.T) {
	srv := hostile.New(t)
	out, errOut, code := runEnv(t, apiEnv(srv.URL), "get", "baseline")
	if code != 0 || out == "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if errOut != "warning: wrong customer: asked for baseline, got 9876543210\n" {
		t.Errorf("stderr %q", errOut)
	}
}

func scanClean(t *testing.T, outs ...string) {
	t.Helper()
	for _, o := range outs {
		if fs := hostile.Scan([]byte(o)); len(fs) > 0 {
			t.Errorf("output carries terminal controls:\n%s", hostile.Summary(fs, 5))
		}
	}
}
