package ui

import (
	"context"
	"net/http/httptest"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/secret"
)

// demoClient is a real client on the demo API, in process: the list under
// test reads the demo reseller's book exactly as the binary would.
func demoClient(t testing.TB) *api.Client {
	t.Helper()
	srv := httptest.NewServer(demo.New())
	t.Cleanup(srv.Close)
	c, err := api.NewClient(srv.URL, api.WithAPIKey(demo.DemoAPIKey), api.WithTokenSource(api.StaticToken(secret.New(demo.DemoToken))))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// recLister records the list calls it passes on to a real client.
type recLister struct {
	*api.Client
	mu    sync.Mutex
	pages []pageCall
	rests int
}

type pageCall struct {
	q      api.CustomerQuery
	offset int
	limit  int
	ctxErr error // the call's context's error when it was made
}

func (r *recLister) CustomersPage(ctx context.Context, rid string, q api.CustomerQuery, offset, limit int) (*api.Page[api.CustomerAccount], error) {
	r.mu.Lock()
	r.pages = append(r.pages, pageCall{q, offset, limit, ctx.Err()})
	r.mu.Unlock()
	return r.Client.CustomersPage(ctx, rid, q, offset, limit)
}

func (r *recLister) ListCustomersFrom(ctx context.Context, rid string, q api.CustomerQuery, first *api.Page[api.CustomerAccount], n int) (*api.List[api.CustomerAccount], error) {
	r.mu.Lock()
	r.rests++
	r.mu.Unlock()
	return r.Client.ListCustomersFrom(ctx, rid, q, first, n)
}

// firstPages are the first-page calls' queries (offset 0), in order.
func (r *recLister) firstPages() []api.CustomerQuery {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []api.CustomerQuery
	for _, p := range r.pages {
		if p.offset == 0 {
			out = append(out, p.q)
		}
	}
	return out
}

// listHarness is the TUI opened on the demo reseller's list.
func listHarness(t *testing.T, w, ht int) (*harness, *recLister) {
	t.Helper()
	rl := &recLister{Client: demoClient(t)}
	h := newHarness(t, Options{Fetcher: rl, Demo: true, ResellerID: demo.ResellerID, Profile: "default", Env: "demo"}, w, ht)
	return h, rl
}

// list is the list screen at the bottom of the stack.
func (m Model) list() listScreen { return m.stack[0].(listScreen) }

// runHeld runs the commands parked while h.hold was set, in order, and
// stops parking.
func (h *harness) runHeld() {
	h.t.Helper()
	held := h.held
	h.held, h.hold = nil, false
	for _, c := range held {
		h.run(c)
	}
}

// runHeldCmd runs one parked command and returns its message instead of
// sending it, for a test that delivers it later.
func runHeldCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runHeldCmd(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}
