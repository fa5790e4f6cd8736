package api_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/secret"
)

// TestListCapsAnEndlessTotal: a server that claims 10^15 orders and brings
// one new order (and a negative echoed offset) on every page must not make
// vipcx plan or send requests without end; the list stops at the caps and
// says it is short.
func TestListCapsAnEndlessTotal(t *testing.T) {
	defer api.SetListCaps(1_000, 20)()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		off, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"totalCount":1000000000000000,"count":1,"offset":-5000000000,"limit":100,"items":[{"orderId":"o%d"}]}`, off)
	}))
	defer srv.Close()
	c, err := api.NewClient(srv.URL, api.WithTokenSource(api.StaticToken(secret.New("t"))), api.WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := c.ListOrders(context.Background(), "1005512199", api.OrderQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); n > 21 {
		t.Errorf("%d requests, want at most the first page plus 20", n)
	}
	if !l.Short || len(l.Items) != 21 {
		t.Errorf("got %d items, short=%v; want 21, short", len(l.Items), l.Short)
	}
}
