package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/internal/nameorder"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/present"
)

// runEnv runs vipcx in-process with env as its whole environment (plus
// private XDG directories) and no keyring.
func runEnv(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	full := map[string]string{"XDG_CONFIG_HOME": filepath.Join(dir, "config"), "XDG_STATE_HOME": filepath.Join(dir, "state")}
	for k, v := range env {
		full[k] = v
	}
	var out, errOut bytes.Buffer
	stdio := IO{In: strings.NewReader(""), Out: &out, Err: &errOut, Getenv: mapEnv(full),
		ReadSecret: func(string) (string, error) { t.Fatal("unexpected prompt"); return "", nil }}
	code = execute(context.Background(), args, stdio, BuildInfo{Version: "test"},
		func(time.Duration) keys.Store { return keys.NewMemory() })
	return out.String(), errOut.String(), code
}

// apiEnv points vipcx at base with credentials from the environment.
func apiEnv(base string) map[string]string {
	return map[string]string{"VIPCX_BASE_URL": base, "VIPCX_API_KEY": demo.DemoAPIKey, "VIPCX_ACCESS_TOKEN": demo.DemoToken}
}

// jsonItems decodes a --json array and the key of each item, failing on
// invalid JSON or an item printed twice.
func jsonItems(t *testing.T, out, key string) []string {
	t.Helper()
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("--json is not one JSON array: %v; %.300q", err, out)
	}
	keys := make([]string, len(items))
	seen := map[string]bool{}
	for i, it := range items {
		k, _ := it[key].(string)
		if seen[k] {
			t.Fatalf("%s %s printed twice", key, k)
		}
		seen[k], keys[i] = true, k
	}
	return keys
}

// tableRows is the table's lines after the header.
func tableRows(out string) []string {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) <= 1 {
		return nil
	}
	return lines[1:]
}

func TestCustomersDemoDefaultsNameAscending50(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "customers")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := tableRows(out)
	if len(rows) != 50 || !strings.HasPrefix(out, "Company ") {
		t.Fatalf("%d rows, want 50:\n%s", len(rows), out)
	}
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = strings.SplitN(r, "  ", 2)[0]
	}
	if !slices.IsSortedFunc(names, nameorder.Compare) {
		t.Errorf("not sorted by name: %q", names)
	}
	if i, j := slices.Index(names, "Çınar Yayıncılık"), slices.Index(names, "Cobalt Ridge Media"); i < 0 || j < 0 || i > j {
		t.Errorf("Çınar at row %d, Cobalt at %d: an accent must not move a name out of its letter", i, j)
	}
	if !strings.HasPrefix(errOut, "Showing 50 of ") || !strings.Contains(errOut, "customers (active) — --all") {
		t.Errorf("stderr %q", errOut)
	}
}

// TestCustomersAllJSONEachOnce reads every status and every page as JSON:
// each account once, as many as the count line says, and the merged list
// newest first when sorted by creation.
func TestCustomersAllJSONEachOnce(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "customers", "--status", "all", "--sort", "created", "--all", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ids := jsonItems(t, out, "customerId")
	if len(ids) < 300 || errOut != present.Number(len(ids))+" customers (active, pending, inactive)\n" {
		t.Fatalf("%d items; stderr %q", len(ids), errOut)
	}
	var items []struct{ CreationDate string }
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(items, func(a, b struct{ CreationDate string }) int { return strings.Compare(b.CreationDate, a.CreationDate) }) {
		t.Error("merged statuses are not newest first")
	}
	for _, s := range []string{`"status": "1000"`, `"status": "1002"`, `"status": "1004"`} {
		if !strings.Contains(out, s) {
			t.Errorf("no %s in --status all", s)
		}
	}
}

// counting serves 200 to everything and counts the requests, so a test can
// prove nothing was sent.
func counting(t *testing.T) (string, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { n.Add(1) }))
	t.Cleanup(srv.Close)
	return srv.URL, &n
}

func TestCustomersWithoutResellerIsExit2AndSendsNothing(t *testing.T) {
	base, hits := counting(t)
	out, errOut, code := runEnv(t, apiEnv(base), "customers")
	if code != exitUsage || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, way := range []string{"--reseller RID", "VIPCX_RESELLER_ID", "reseller_id", "config.toml"} {
		if !strings.Contains(errOut, way) {
			t.Errorf("stderr does not name %s: %q", way, errOut)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests sent", hits.Load())
	}
}

// TestResellerValidatedBeforeAnyRequest: a bad reseller ID from each
// source is exit 2 naming that source, and nothing is sent.
func TestResellerValidatedBeforeAnyRequest(t *testing.T) {
	base, hits := counting(t)
	cfg := writeConfig(t, "[profiles.default]\nreseller_id = \"12 34\"\n")
	cases := []struct {
		env  map[string]string
		args []string
		src  string
	}{
		{nil, []string{"--reseller", "ab/cd", "customers"}, "--reseller"},
		{map[string]string{"VIPCX_RESELLER_ID": "x\x1b[31m"}, []string{"customers"}, "$VIPCX_RESELLER_ID"},
		{map[string]string{"XDG_CONFIG_HOME": cfg}, []string{"customers"}, "key profiles.default.reseller_id"},
		{nil, []string{"--demo", "--reseller", "123", "customers"}, "--reseller"},
	}
	for _, c := range cases {
		env := apiEnv(base)
		for k, v := range c.env {
			env[k] = v
		}
		_, errOut, code := runEnv(t, env, c.args...)
		if code != exitUsage || !strings.Contains(errOut, c.src) || !strings.Contains(errOut, "invalid reseller ID") ||
			strings.Contains(errOut, "\x1b") {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests sent", hits.Load())
	}
}

// TestResellerPrecedence: the flag beats the variable, which beats the
// config file; reseller_id is a known config key (no warning).
func TestResellerPrecedence(t *testing.T) {
	cfg := writeConfig(t, "[profiles.default]\nreseller_id = \"1111111111\"\n")
	env := mapEnv(map[string]string{"XDG_CONFIG_HOME": cfg})
	s, err := resolveSettings(globalFlags{}, env)
	if err != nil || s.ResellerID != "1111111111" || len(s.Warnings) != 0 {
		t.Fatalf("config: %+v %v", s, err)
	}
	env = mapEnv(map[string]string{"XDG_CONFIG_HOME": cfg, "VIPCX_RESELLER_ID": "2222222222"})
	if s, _ = resolveSettings(globalFlags{}, env); s.ResellerID != "2222222222" || s.ResellerSource != "$VIPCX_RESELLER_ID" {
		t.Errorf("variable: %+v", s)
	}
	if s, _ = resolveSettings(globalFlags{reseller: "3333333333"}, env); s.ResellerID != "3333333333" {
		t.Errorf("flag: %+v", s)
	}
}

// TestNoMatchSaysHowToWiden: an empty list is exit 0, prints no table,
// and says on stderr that only active customers were asked for.
func TestNoMatchSaysHowToWiden(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "customers", "--name", "zzzz-no-such")
	if code != 0 || out != "" || errOut != "No customers (active, name *zzzz-no-such*) — --status all to include pending and inactive customers\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, _ = runEnv(t, nil, "--demo", "customers", "--name", "zzzz-no-such", "--json")
	if out != "[]\n" {
		t.Errorf("--json of nothing = %q, want []", out)
	}
}

func TestUnknownResellerIsExit4(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "--reseller", demo.UnknownResellerID, "customers")
	if code != 4 || out != "" || !strings.Contains(errOut, "1115") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestListFlagsCheckedBeforeAnyRequest(t *testing.T) {
	base, hits := counting(t)
	env := apiEnv(base)
	env["VIPCX_RESELLER_ID"] = "5556667778"
	for _, args := range [][]string{
		{"customers", "--since", "2025-13-01"},
		{"customers", "--since", "2025-02-01", "--until", "2025-01-01"},
		{"customers", "--all", "--limit", "5"},
		{"customers", "--limit", "-1"},
		{"customers", "--limit", "0"},
		{"customers", "--all", "--limit", "0"},
		{"orders", "1005512199", "--limit", "0"},
		{"customers", "--status", "active,closed"},
		{"customers", "--sort", "size"},
		{"customers", "--order", "up"},
		{"orders", "1005512199", "--until", "yesterday"},
		{"orders", "bad id!"},
		{"orders"},
		{"subscriptions", "1", "2"},
	} {
		if _, errOut, code := runEnv(t, env, args...); code != exitUsage || !strings.HasPrefix(errOut, "error: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests sent", hits.Load())
	}
}

func TestOrdersDemoWholeHistoryNewestFirst(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "orders", demo.ManyOrdersID)
	if code != 0 || len(tableRows(out)) != 50 || errOut != "Showing 50 of 5,000 orders — --all for every page\n" {
		t.Fatalf("exit %d, %d rows, stderr %q", code, len(tableRows(out)), errOut)
	}
	out, _, code = runEnv(t, nil, "--demo", "orders", demo.ManyOrdersID, "--all", "--json")
	if ids := jsonItems(t, out, "orderId"); code != 0 || len(ids) != 5000 {
		t.Fatalf("exit %d, %d orders", code, len(ids))
	}
	var orders []struct{ CreationDate string }
	_ = json.Unmarshal([]byte(out), &orders)
	if !slices.IsSortedFunc(orders, func(a, b struct{ CreationDate string }) int { return strings.Compare(b.CreationDate, a.CreationDate) }) {
		t.Error("orders are not newest first")
	}
}

func TestSubscriptionsDemoAutoRenewOff(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "subscriptions", demo.AutoRenewOffID)
	if code != 0 || !strings.HasPrefix(out, "Subscription ") || !strings.Contains(out, " off ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !strings.HasSuffix(errOut, " subscriptions\n") {
		t.Errorf("stderr %q", errOut)
	}
}

// TestOrdersFailingIsExit6WithRetryNotices: the demo customer whose orders
// answer 500 is retried, each wait said on stderr before the error.
func TestOrdersFailingIsExit6WithRetryNotices(t *testing.T) {
	out, errOut, code := runEnv(t, nil, "--demo", "orders", demo.OrdersFailID)
	if code != 6 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"notice: orders: 500 server error", "retry 2 of 3 in ", "retry 3 of 3 in ", "\nerror: 500"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q: %q", want, errOut)
		}
	}
}

// TestCustomersCountLine covers the stderr summary for every outcome.
func TestCustomersCountLine(t *testing.T) {
	cases := []struct {
		shown, total int
		short        bool
		want         string
	}{
		{50, 987, false, "Showing 50 of 987 customers (active) — --all for every page"},
		{987, 987, false, "987 customers (active)"},
		{1, 1, false, "1 customer (active)"},
		{0, 0, false, "No customers (active)"},
		{120, 150, true, "Showing 120 customers (active): the server counted 150 but its list ended there"},
	}
	for _, c := range cases {
		if got := countLine(c.shown, c.total, c.short, "customers", "active"); got != c.want {
			t.Errorf("countLine(%d, %d, %v) = %q, want %q", c.shown, c.total, c.short, got, c.want)
		}
	}
}

func TestNamePatternAndStatuses(t *testing.T) {
	for in, want := range map[string]string{"north": "*north*", "North*": "North*", " a b ": "*a b*", "": ""} {
		if got := namePattern(in); got != want {
			t.Errorf("namePattern(%q) = %q, want %q", in, got, want)
		}
	}
	codes, words, err := parseStatuses("Pending, all,1026")
	if err != nil || !slices.Equal(codes, []string{"1002", "1000", "1004", "1026"}) ||
		!slices.Equal(words, []string{"pending", "active", "inactive", "1026"}) {
		t.Errorf("parseStatuses = %q %q %v", codes, words, err)
	}
}

// TestMergeKeepsOrderAndPrintsEachOnce merges two sorted lists, one
// customer in both, and stops at max.
func TestMergeKeepsOrderAndPrintsEachOnce(t *testing.T) {
	acct := func(id, name string) api.CustomerAccount {
		var a api.CustomerAccount
		a.CustomerID, a.CompanyProfile.CompanyName = id, name
		return a
	}
	mk := func(short bool, as ...api.CustomerAccount) *api.List[api.CustomerAccount] {
		l := &api.List[api.CustomerAccount]{Total: len(as), Items: as, Short: short}
		for _, a := range as {
			l.Raw = append(l.Raw, json.RawMessage(`{"customerId":"`+a.CustomerID+`"}`))
		}
		return l
	}
	p := customerPlan{byName: true, asc: true}
	lists := []*api.List[api.CustomerAccount]{
		mk(false, acct("1", "alpha"), acct("3", "Charlie"), acct("5", "echo")),
		mk(true, acct("2", "Bravo"), acct("3", "Charlie"), acct("4", "delta")),
	}
	got := mergeAccounts(lists, p.before(), 0)
	var ids []string
	for i, a := range got.Items {
		ids = append(ids, a.CustomerID)
		if !strings.Contains(string(got.Raw[i]), a.CustomerID) {
			t.Errorf("raw %d is not item %d's", i, i)
		}
	}
	if !slices.Equal(ids, []string{"1", "2", "3", "4", "5"}) || got.Total != 6 || !got.Short {
		t.Errorf("merged %q total %d short %v", ids, got.Total, got.Short)
	}
	if got := mergeAccounts(lists, p.before(), 2); len(got.Items) != 2 || got.Items[1].CustomerID != "2" {
		t.Errorf("max 2: %+v", got.Items)
	}
	p.asc = false
	if got := mergeAccounts([]*api.List[api.CustomerAccount]{mk(false, acct("5", "echo")), mk(false, acct("4", "delta"))}, p.before(), 0); got.Items[0].CustomerID != "5" {
		t.Errorf("descending: %+v", got.Items)
	}
}

// TestCustomersAllStatusesSortNamesAsPeopleRead merges the three statuses'
// listings of the demo: a bytewise merge put "Bärenstark" (pending) after
// "Brokenpipe" (active), out of its letter.
func TestCustomersAllStatusesSortNamesAsPeopleRead(t *testing.T) {
	out, _, code := runEnv(t, nil, "--demo", "customers", "--status", "all", "--all")
	rows := tableRows(out)
	at := func(name string) int {
		return slices.IndexFunc(rows, func(r string) bool { return strings.HasPrefix(r, name+"  ") })
	}
	b, br, c := at("Bärenstark Druckerei"), at("Brokenpipe Orders Inc."), at("Café Crème Créations")
	if code != 0 || b < 0 || br < 0 || c < 0 || b > br || br > c {
		t.Errorf("exit %d; Bärenstark at row %d, Brokenpipe %d, Café Crème %d: want them in that order", code, b, br, c)
	}
}
