package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	hostilesrv "github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/secret"
)

// Benchmarks of the list path: decoding one full page, and reading a
// 5,000-order history from a server that takes 25 ms a page, with the
// concurrent pager and with the sequential page loop a user would
// otherwise write. The ratio of the two is the paging speed-up.

func pageBody(b *testing.B, l *hostilesrv.Lister, limit int) []byte {
	b.Helper()
	srv := httptest.NewServer(l)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/?offset=0&limit=" + itoa(limit))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		b.Fatal(err)
	}
	return raw
}

func itoa(n int) string { return strconv.Itoa(n) }

func BenchmarkDecodeAccountsPage50(b *testing.B) {
	body := pageBody(b, &hostilesrv.Lister{Key: "accounts", Items: hostilesrv.Accounts("R1", 50, nil), MaxLimit: 50}, 50)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if p, err := decodePage[CustomerAccount](body); err != nil || len(p.Items) != 50 {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeOrdersPage100(b *testing.B) {
	body := pageBody(b, &hostilesrv.Lister{Key: "items", Items: hostilesrv.Orders("C1", 100, nil), MaxLimit: 100}, 100)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if p, err := decodePage[Order](body); err != nil || len(p.Items) != 100 {
			b.Fatal(err)
		}
	}
}

// slowOrders is a client on a server holding 5,000 orders at 25 ms a page.
func slowOrders(b *testing.B) *Client { return ordersClient(b, 25*time.Millisecond) }

// ordersClient is a client on a server holding 5,000 orders, each page
// answered after delay.
func ordersClient(b *testing.B, delay time.Duration) *Client {
	b.Helper()
	l := &hostilesrv.Lister{Key: "items", Items: hostilesrv.Orders(benchOrdersID, 5000, nil), MaxLimit: 100, Delay: delay}
	srv := httptest.NewServer(l)
	b.Cleanup(srv.Close)
	c, err := NewClient(srv.URL, WithAPIKey("bench-key-0123456789"), WithTokenSource(StaticToken(secret.New("bench-token-0123"))))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

const benchOrdersID = "1005512199"

func BenchmarkListOrders5000Concurrent(b *testing.B) {
	c := slowOrders(b)
	for b.Loop() {
		l, err := c.ListOrders(context.Background(), benchOrdersID, OrderQuery{}, 0)
		if err != nil || len(l.Items) != 5000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkListOrders5000Sequential is the page-by-page loop, through the
// same client, for the ratio.
func BenchmarkListOrders5000Sequential(b *testing.B) {
	c := slowOrders(b)
	for b.Loop() {
		n := 0
		for off := 0; ; off += MaxOrdersPerPage {
			p, err := c.OrdersPage(context.Background(), benchOrdersID, OrderQuery{}, off, MaxOrdersPerPage)
			if err != nil {
				b.Fatal(err)
			}
			n += len(p.Items)
			if len(p.Items) == 0 || n >= p.Total {
				break
			}
		}
		if n != 5000 {
			b.Fatal(n)
		}
	}
}

// BenchmarkOrdersJSON5000 is the CPU of `vipcx orders --all --json` without
// the process and the network's waits: reading 5,000 orders from a server
// that answers at once, then printing them as --json does. Profile it
// with -cpuprofile to see where a list's time goes.
func BenchmarkOrdersJSON5000(b *testing.B) {
	c := ordersClient(b, 0)
	b.ReportAllocs()
	for b.Loop() {
		l, err := c.ListOrders(context.Background(), benchOrdersID, OrderQuery{}, 0)
		if err != nil || len(l.Items) != 5000 {
			b.Fatal(err)
		}
		if out := PrettyJSONArray(l.Raw); len(out) < len(l.Raw) {
			b.Fatal(len(out))
		}
	}
}

// ordersRaw is the Raw of a 5,000-order list, for the output benchmarks.
func ordersRaw(b *testing.B) []json.RawMessage {
	b.Helper()
	l, err := ordersClient(b, 0).ListOrders(context.Background(), benchOrdersID, OrderQuery{}, 0)
	if err != nil {
		b.Fatal(err)
	}
	return l.Raw
}

// BenchmarkPrettyJSONArrayOrders5000 is --json's output of 5,000 orders.
func BenchmarkPrettyJSONArrayOrders5000(b *testing.B) {
	raws := ordersRaw(b)
	b.ReportAllocs()
	for b.Loop() {
		PrettyJSONArray(raws)
	}
}

// BenchmarkPrettyJSONJoinedOrders5000 is the same output made the way it
// was before PrettyJSONArray, joined then PrettyJSON, for the before/after.
func BenchmarkPrettyJSONJoinedOrders5000(b *testing.B) {
	raws := ordersRaw(b)
	b.ReportAllocs()
	for b.Loop() {
		joined := []byte{'['}
		for i, r := range raws {
			if i > 0 {
				joined = append(joined, ',')
			}
			joined = append(joined, r...)
		}
		if _, err := PrettyJSON(append(joined, ']')); err != nil {
			b.Fatal(err)
		}
	}
}
