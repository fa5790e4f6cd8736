package ui

import (
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/secret"
)

// tabsDemoToday is the demo book's fixed "today", so days left match its data.
var tabsDemoToday = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// tabsDemoClient is a real client against the in-process demo API: the data
// tabs are tested through the same requests, paging and decoding as
// `vipcx --demo`.
func tabsDemoClient(tb testing.TB) *api.Client {
	tb.Helper()
	srv := httptest.NewServer(demo.New())
	tb.Cleanup(srv.Close)
	c, err := api.NewClient(srv.URL, api.WithAPIKey(demo.DemoAPIKey),
		api.WithTokenSource(api.StaticToken(secret.New(demo.DemoToken))))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// TestGoldenDataTabs pins tabs 6 and 7 of demo customers at the smallest
// supported terminal and a common one; the colour profile is ASCII in
// tests, so the goldens hold the characters that carry the meaning.
func TestGoldenDataTabs(t *testing.T) {
	client := tabsDemoClient(t)
	for _, id := range []string{"1005512199", demo.ManyOrdersID, demo.AutoRenewOffID} {
		for _, sz := range [][2]int{{60, 20}, {100, 30}} {
			for _, tab := range []string{"6", "7"} {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", id, sz[0], sz[1], tab), func(t *testing.T) {
					o := Options{Fetcher: client, Demo: true, Now: func() time.Time { return tabsDemoToday }}
					h := newHarness(t, o, sz[0], sz[1])
					h.typeText(id)
					h.press("enter", tab)
					assertTerminalSafe(t, h.m.View())
					checkView(t, h, sz[0], sz[1])
				})
			}
		}
	}
}

// TestGoldenOrderLineItems pins the line items of an order at 60×20.
func TestGoldenOrderLineItems(t *testing.T) {
	o := Options{Fetcher: tabsDemoClient(t), Demo: true, Now: func() time.Time { return tabsDemoToday }}
	h := newHarness(t, o, 60, 20)
	h.typeText("1005512199")
	h.press("enter", "7", "down", "down", "enter")
	checkView(t, h, 60, 20)
}
