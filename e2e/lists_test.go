package e2e

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// jsonKeys decodes a --json array and returns each item's key, failing on
// invalid JSON or an item printed twice.
func jsonKeys(t *testing.T, out, key string) []string {
	t.Helper()
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("--json is not one JSON array: %v; %.300q", err, out)
	}
	seen := map[string]bool{}
	keys := make([]string, 0, len(items))
	for _, it := range items {
		k, _ := it[key].(string)
		if seen[k] {
			t.Fatalf("%s %q printed twice", key, k)
		}
		seen[k] = true
		keys = append(keys, k)
	}
	return keys
}

// rows is a table's lines after its header.
func rows(out string) []string {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) < 2 {
		return nil
	}
	return lines[1:]
}

// TestDemoLists runs the three list commands of the binary against the
// demo: tables and counts on the right streams, JSON arrays whole.
func TestDemoLists(t *testing.T) {
	env := baseEnv(t)
	r := run(t, env, "", "--demo", "customers", "--name", "lumi")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Company ") || len(rows(r.stdout)) == 0 ||
		!strings.Contains(r.stderr, "customers (active, name *lumi*)") {
		t.Fatalf("customers --name: exit %d, stdout %.300q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, row := range rows(r.stdout) {
		if !strings.Contains(strings.ToLower(row), "lumi") {
			t.Errorf("row does not match the name: %q", row)
		}
	}
	r = run(t, env, "", "--demo", "customers", "--all", "--json", "--status", "all")
	if ids := jsonKeys(t, r.stdout, "customerId"); r.code != 0 || len(ids) < 300 {
		t.Errorf("customers --all --json: exit %d, %d customers", r.code, len(ids))
	}
	r = run(t, env, "", "--demo", "orders", demo.ManyOrdersID, "--all", "--json")
	if ids := jsonKeys(t, r.stdout, "orderId"); r.code != 0 || len(ids) != 5000 || r.stderr != "5,000 orders\n" {
		t.Errorf("orders --all --json: exit %d, %d orders, stderr %q", r.code, len(ids), r.stderr)
	}
	r = run(t, env, "", "--demo", "subscriptions", demo.AutoRenewOffID)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Subscription ") || !strings.Contains(r.stdout, " off ") {
		t.Errorf("subscriptions: exit %d, stdout %q", r.code, r.stdout)
	}
	r = run(t, env, "", "--demo", "orders", demo.OrdersFailID)
	if r.code != 6 || !strings.Contains(r.stderr, "notice: orders: 500 server error") {
		t.Errorf("failing orders: exit %d, stderr %q", r.code, r.stderr)
	}
	assertErrorShape(t, r)
}

// TestCustomersReseller: without a reseller, exit 2 naming the three ways
// and no request; an unknown one, exit 4; a malformed one, exit 2 naming
// where it came from, and no request.
func TestCustomersReseller(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits.Add(1) }))
	defer srv.Close()
	env := hostileEnv(t, srv.URL)
	r := run(t, env, "", "customers")
	if r.code != 2 || r.stdout != "" {
		t.Fatalf("no reseller: exit %d, stdout %q", r.code, r.stdout)
	}
	for _, way := range []string{"--reseller", "VIPCX_RESELLER_ID", "reseller_id"} {
		if !strings.Contains(r.stderr, way) {
			t.Errorf("stderr does not name %s: %q", way, r.stderr)
		}
	}
	r = run(t, append(env, "VIPCX_RESELLER_ID=../x"), "", "customers")
	if r.code != 2 || !strings.Contains(r.stderr, "$VIPCX_RESELLER_ID: invalid reseller ID") {
		t.Errorf("bad reseller: exit %d, stderr %q", r.code, r.stderr)
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests sent", hits.Load())
	}
	r = run(t, baseEnv(t), "", "--demo", "--reseller", demo.UnknownResellerID, "customers")
	if r.code != 4 || !strings.Contains(r.stderr, "1115") {
		t.Errorf("unknown reseller: exit %d, stderr %q", r.code, r.stderr)
	}
	assertErrorShape(t, r)
}
