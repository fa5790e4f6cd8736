package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/secret"
)

// tinyWindow makes a bare 429 wait microseconds, so tests do not sleep.
var tinyWindow = api.WithRetryPolicy(api.RetryPolicy{ThrottleWindow: time.Microsecond, BaseDelay: time.Microsecond})

// listed is what a scenario's list came to.
type listed struct {
	total int
	short bool
	raw   [][]byte
	ids   []string
}

// listAll reads scenario sc with the endpoint of its kind.
func listAll(ctx context.Context, c *api.Client, sc hostile.ListScenario) (listed, error) {
	var out listed
	switch sc.Kind {
	case hostile.KindCustomers:
		l, err := c.ListCustomers(ctx, sc.ID, api.CustomerQuery{}, 0)
		if err != nil {
			return out, err
		}
		for i, it := range l.Items {
			out.ids = append(out.ids, it.CustomerID)
			out.raw = append(out.raw, l.Raw[i])
		}
		out.total, out.short = l.Total, l.Short
		return out, nil
	case hostile.KindOrders:
		l, err := c.ListOrders(ctx, sc.ID, api.OrderQuery{}, 0)
		if err != nil {
			return out, err
		}
		for i, it := range l.Items {
			out.ids = append(out.ids, it.OrderID)
			out.raw = append(out.raw, l.Raw[i])
		}
		out.total, out.short = l.Total, l.Short
		return out, nil
	}
	l, err := c.ListSubscriptions(ctx, sc.ID)
	if err != nil {
		return out, err
	}
	for i, it := range l.Items {
		out.ids = append(out.ids, it.SubscriptionID)
		out.raw = append(out.raw, l.Raw[i])
	}
	out.total, out.short = l.Total, l.Short
	return out, nil
}

// TestListScenarios runs every hostile list: each ends with the items it
// should, once each, in the server's order, says when it ended short,
// hands WithListItems exactly its items in that order, and sends no more
// requests than pages plus retries.
func TestListScenarios(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.ListScenarios() {
		t.Run(sc.ID, func(t *testing.T) {
			c, _ := newClient(t, srv, tinyWindow)
			var retries atomic.Int32
			ctx := api.WithRetryNotify(context.Background(), func(api.RetryNotice) { retries.Add(1) })
			var handed [][]byte // what WithListItems was given, page by page
			ctx = api.WithListItems(ctx, func(items []json.RawMessage) {
				for _, it := range items {
					handed = append(handed, it)
				}
			})
			got, err := listAll(ctx, c, sc)
			n, short, raw, ids := len(got.ids), got.short, got.raw, got.ids
			if sc.Exit != hostile.ExitOK {
				var e *api.Error
				if !errors.As(err, &e) || e.Code != "1133" || e.Resource != "customers" || len(e.InvalidFields) != 1 {
					t.Fatalf("err = %#v, want a 1133 *Error about customers naming its field", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n != sc.Want || short != sc.Short {
				t.Errorf("got %d items (short %v), want %d (short %v)", n, short, sc.Want, sc.Short)
			}
			seen := map[string]bool{}
			for i, id := range ids {
				if seen[id] {
					t.Fatalf("item %s returned twice", id)
				}
				seen[id] = true
				if sc.Kind != hostile.KindSubscriptions && !strings.HasSuffix(id, fmt.Sprint(i)) {
					t.Fatalf("item %d is %s: server order lost", i, id)
				}
				assertSafe(t, "item "+id, []byte(id))
			}
			if sc.Kind != hostile.KindSubscriptions && !reflect.DeepEqual(handed, raw) {
				t.Errorf("WithListItems was handed %d items, not the list's %d in order", len(handed), len(raw))
			}
			if len(raw) > 0 && !strings.Contains(string(raw[0]), ids[0]) {
				t.Errorf("raw item 0 %q is not the item as sent", raw[0])
			}
			limit := map[string]int{hostile.KindCustomers: 50, hostile.KindOrders: 100, hostile.KindSubscriptions: 1 << 30}[sc.Kind]
			pages := (max(got.total, 1) + limit - 1) / limit
			if strings.Contains(sc.ID, "429") && retries.Load() == 0 {
				t.Errorf("no retry noticed for a 429")
			}
			if hits := srv.ListHits(sc); hits > pages+int(retries.Load()) {
				t.Errorf("%d requests for %d pages and %d retries", hits, pages, retries.Load())
			}
			if len(srv.Foreign()) > 0 {
				t.Errorf("a request went to the other host")
			}
		})
	}
}

// TestListDecodesHostileStringsSafely checks every string of hostile pages.
func TestListDecodesHostileStringsSafely(t *testing.T) {
	srv := hostile.New(t)
	c, _ := newClient(t, srv)
	l, err := c.ListCustomers(context.Background(), "list-hostile-names", api.CustomerQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range l.Items {
		walkStrings(t, "account", reflect.ValueOf(it), false)
	}
	o, err := c.ListOrders(context.Background(), "orders-hostile-offers", api.OrderQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range o.Items {
		walkStrings(t, "order", reflect.ValueOf(it), false)
	}
}

// recorder serves a paged list and records every request.
type recorder struct {
	mu   sync.Mutex
	reqs []*http.Request
	l    *hostile.Lister
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	r.l.ServeHTTP(w, req)
}

func newRecorder(t *testing.T, l *hostile.Lister, opts ...api.Option) (*api.Client, *recorder) {
	t.Helper()
	rec := &recorder{l: l}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	c, err := api.NewClient(srv.URL, append([]api.Option{api.WithAPIKey(hostileKey),
		api.WithTokenSource(api.StaticToken(secretOf(hostileToken)))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c, rec
}

func TestCustomerQueryParameters(t *testing.T) {
	c, rec := newRecorder(t, &hostile.Lister{Key: "accounts", Items: hostile.Accounts("R1", 3, nil), MaxLimit: 50})
	q := api.CustomerQuery{CompanyName: "*North wind&co*", Status: "1002", SortBy: "companyName", OrderBy: "asc",
		From: time.Date(2024, 2, 3, 23, 0, 0, 0, time.UTC), To: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := c.CustomersPage(context.Background(), "1000123456", q, 100, 25); err != nil {
		t.Fatal(err)
	}
	r := rec.reqs[0]
	if r.URL.Path != "/v3/resellers/1000123456/customers" {
		t.Errorf("path %s", r.URL.Path)
	}
	want := map[string]string{"company-name": "*North wind&co*", "status": "1002", "sort-by": "companyName",
		"order-by": "asc", "from-created-date": "2024-02-03", "to-created-date": "2025-01-01", "limit": "25", "offset": "100"}
	got := r.URL.Query()
	for k, v := range want {
		if got.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, got.Get(k), v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("query %v has extra parameters", got)
	}
	for h, v := range map[string]string{"Authorization": "Bearer " + hostileToken, "X-Api-Key": hostileKey, "Accept": "application/json"} {
		if r.Header.Get(h) != v {
			t.Errorf("header %s = %q", h, r.Header.Get(h))
		}
	}
	for _, h := range []string{"X-Request-Id", "X-Correlation-Id"} {
		if r.Header.Get(h) == "" {
			t.Errorf("header %s missing", h)
		}
	}
	// Zero fields are not sent, and the limit is kept within 1..50.
	if _, err := c.CustomersPage(context.Background(), "1000123456", api.CustomerQuery{}, 0, 500); err != nil {
		t.Fatal(err)
	}
	if q := rec.reqs[1].URL.Query(); len(q) != 2 || q.Get("limit") != "50" || q.Get("offset") != "0" {
		t.Errorf("default query %v", q)
	}
}

func TestOrderQueryDefaultsToWholeHistory(t *testing.T) {
	c, rec := newRecorder(t, &hostile.Lister{Key: "items", Items: hostile.Orders("C1", 3, nil), MaxLimit: 100})
	if _, err := c.OrdersPage(context.Background(), "1005512199", api.OrderQuery{}, 0, 0); err != nil {
		t.Fatal(err)
	}
	end := time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	if _, err := c.OrdersPage(context.Background(), "1005512199", api.OrderQuery{Start: end.AddDate(-1, 0, 0), End: end}, 200, 100); err != nil {
		t.Fatal(err)
	}
	q0, q1 := rec.reqs[0].URL.Query(), rec.reqs[1].URL.Query()
	if rec.reqs[0].URL.Path != "/v3/customers/1005512199/orders" || q0.Get("start-date") != api.HistoryStart.Format(time.DateOnly) ||
		q0.Has("end-date") || q0.Get("limit") != "100" {
		t.Errorf("default query %v", q0)
	}
	if q1.Get("start-date") != "2024-06-30" || q1.Get("end-date") != "2025-06-30" || q1.Get("offset") != "200" {
		t.Errorf("bounded query %v", q1)
	}
}

// Each page is its own call: a correlation ID of its own.
func TestEveryPageHasItsOwnCorrelationID(t *testing.T) {
	c, rec := newRecorder(t, &hostile.Lister{Key: "accounts", Items: hostile.Accounts("R1", 230, nil), MaxLimit: 50})
	l, err := c.ListCustomers(context.Background(), "1000123456", api.CustomerQuery{}, 0)
	if err != nil || len(l.Items) != 230 || l.Short {
		t.Fatalf("%v, %d items", err, len(l.Items))
	}
	seen := map[string]bool{}
	for _, r := range rec.reqs {
		id := r.Header.Get("X-Correlation-Id")
		if seen[id] {
			t.Fatalf("correlation ID %s used for two pages", id)
		}
		seen[id] = true
	}
	if len(rec.reqs) != 5 {
		t.Errorf("%d requests for 5 pages", len(rec.reqs))
	}
}

func TestListMaxStopsEarly(t *testing.T) {
	c, rec := newRecorder(t, &hostile.Lister{Key: "items", Items: hostile.Orders("C1", 1000, nil), MaxLimit: 100})
	l, err := c.ListOrders(context.Background(), "1005512199", api.OrderQuery{}, 150)
	if err != nil || len(l.Items) != 150 || l.Short || l.Total != 1000 {
		t.Fatalf("%v: %d items, short %v", err, len(l.Items), l.Short)
	}
	if len(rec.reqs) != 2 {
		t.Errorf("%d requests for 150 of 1000 at 100 a page", len(rec.reqs))
	}
}

// A server capping the page size below what was asked is paged by the
// size it sends, so no item is skipped.
func TestListFollowsServerPageSize(t *testing.T) {
	c, _ := newRecorder(t, &hostile.Lister{Key: "accounts", Items: hostile.Accounts("R1", 95, nil), MaxLimit: 20})
	l, err := c.ListCustomers(context.Background(), "1000123456", api.CustomerQuery{}, 0)
	if err != nil || len(l.Items) != 95 || l.Short {
		t.Fatalf("%v: %d items, short %v", err, len(l.Items), l.Short)
	}
}

func TestListCustomersFromFirstPage(t *testing.T) {
	c, rec := newRecorder(t, &hostile.Lister{Key: "accounts", Items: hostile.Accounts("R1", 120, nil), MaxLimit: 50})
	first, err := c.CustomersPage(context.Background(), "1000123456", api.CustomerQuery{}, 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	l, err := c.ListCustomersFrom(context.Background(), "1000123456", api.CustomerQuery{}, first, 0)
	if err != nil || len(l.Items) != 120 || l.Items[119].CustomerID != hostile.AccountID(119) {
		t.Fatalf("%v: %d items", err, len(l.Items))
	}
	if len(rec.reqs) != 3 {
		t.Errorf("%d requests, want 3 (the first page is not read again)", len(rec.reqs))
	}
}

// Cancelling mid-list stops every page and leaves no goroutine behind.
func TestListCancelMidPaging(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	release := make(chan struct{})
	lister := &hostile.Lister{Key: "items", Items: hostile.Orders("C1", 2000, nil), MaxLimit: 100}
	var once sync.Once
	started := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("offset") != "0" {
			once.Do(func() { close(started) })
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		lister.ServeHTTP(w, r)
	}))
	defer srv.Close()
	defer close(release)
	c, err := api.NewClient(srv.URL, api.WithAPIKey(hostileKey), api.WithTokenSource(api.StaticToken(secretOf(hostileToken))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; cancel() }()
	_, err = c.ListOrders(ctx, "1005512199", api.OrderQuery{}, 0)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	srv.CloseClientConnections()
}

// A bare 429 waits out the throttle window (at least the window, at most
// 30% more) and says so first; a Retry-After is honoured as sent.
func TestThrottleWaitAndNotice(t *testing.T) {
	for _, tc := range []struct {
		retryAfter string
		lo, hi     time.Duration
	}{
		{"", 40 * time.Millisecond, 52 * time.Millisecond},
		{"2", 2 * time.Second, 2 * time.Second},
	} {
		sl := &sleeps{}
		c, _ := newRecorder(t, &hostile.Lister{Key: "accounts", Items: hostile.Accounts("R1", 120, nil), MaxLimit: 50,
			ThrottleAt: 50, RetryAfter: tc.retryAfter},
			api.WithRetryPolicy(api.RetryPolicy{ThrottleWindow: 40 * time.Millisecond, BaseDelay: time.Microsecond, Sleep: sl.sleep}))
		var mu sync.Mutex
		var notes []api.RetryNotice
		ctx := api.WithRetryNotify(context.Background(), func(n api.RetryNotice) {
			mu.Lock()
			notes = append(notes, n)
			mu.Unlock()
		})
		l, err := c.ListCustomers(ctx, "1000123456", api.CustomerQuery{}, 0)
		if err != nil || len(l.Items) != 120 {
			t.Fatalf("%v: %d items", err, len(l.Items))
		}
		d := sl.all()
		if len(d) != 1 || d[0] < tc.lo || d[0] > tc.hi {
			t.Errorf("Retry-After %q: waits %v, want one in [%v, %v]", tc.retryAfter, d, tc.lo, tc.hi)
		}
		want := api.RetryNotice{Resource: "customers", Status: 429, Code: "429001", Attempt: 2, MaxAttempts: 3, Wait: d[0]}
		if len(notes) != 1 || notes[0] != want {
			t.Errorf("notices %+v, want %+v", notes, want)
		}
	}
}

func secretOf(s string) secret.Secret { return secret.New(s) }

// Later pages answering first must not change the order: pages are handed
// on in the server's order whatever order they arrive in.
func TestListKeepsOrderWhenPagesArriveOutOfOrder(t *testing.T) {
	lister := &hostile.Lister{Key: "items", Items: hostile.Orders("C1", 1000, nil), MaxLimit: 100}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		off, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		time.Sleep(time.Duration(1000-off) * 20 * time.Microsecond) // earlier pages answer later
		lister.ServeHTTP(w, r)
	}))
	defer srv.Close()
	c, err := api.NewClient(srv.URL, api.WithAPIKey(hostileKey), api.WithTokenSource(api.StaticToken(secretOf(hostileToken))))
	if err != nil {
		t.Fatal(err)
	}
	l, err := c.ListOrders(context.Background(), "1005512199", api.OrderQuery{}, 0)
	if err != nil || len(l.Items) != 1000 {
		t.Fatalf("%v: %d items", err, len(l.Items))
	}
	for i, o := range l.Items {
		if o.OrderID != hostile.OrderID(i) || !strings.Contains(string(l.Raw[i]), o.OrderID) {
			t.Fatalf("item %d is %s", i, o.OrderID)
		}
	}
}
