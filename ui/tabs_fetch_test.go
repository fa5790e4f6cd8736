package ui

import (
	"context"
	"slices"

	"github.com/vipcx/vipcx/api"
)

// tabData is what fakeFetcher answers the data tabs with: subscriptions
// and orders by customer ID (none when unset), failures by "subs:ID" or
// "orders:ID". With dataGate set, every tab call blocks until the test
// closes or sends on it, so a test can see which requests were issued
// before any reply.
type tabData struct {
	subs      map[string][]api.Subscription
	orders    map[string][]api.Order
	dataErrs  map[string]error
	dataGate  chan struct{}
	dataCalls []string
}

func (f *fakeFetcher) tabCall(ctx context.Context, name string) error {
	f.mu.Lock()
	f.dataCalls = append(f.dataCalls, name)
	gate := f.dataGate
	f.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return f.dataErrs[name]
}

func (f *fakeFetcher) dataCallList() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.dataCalls)
}

func (f *fakeFetcher) ListSubscriptions(ctx context.Context, id string) (*api.List[api.Subscription], error) {
	if err := f.tabCall(ctx, "subs:"+id); err != nil {
		return nil, err
	}
	ss := f.subs[id]
	return &api.List[api.Subscription]{Total: len(ss), Items: ss}, nil
}

func (f *fakeFetcher) OrdersPage(ctx context.Context, id string, _ api.OrderQuery, offset, limit int) (*api.Page[api.Order], error) {
	if err := f.tabCall(ctx, "orders:"+id); err != nil {
		return nil, err
	}
	os := f.orders[id]
	lo, hi := min(offset, len(os)), min(offset+limit, len(os))
	return &api.Page[api.Order]{Total: len(os), Offset: offset, Limit: limit, Items: os[lo:hi]}, nil
}

func (f *fakeFetcher) ListOrdersFrom(ctx context.Context, id string, _ api.OrderQuery, first *api.Page[api.Order], _ int) (*api.List[api.Order], error) {
	if err := f.tabCall(ctx, "rest:"+id); err != nil {
		return nil, err
	}
	os := f.orders[id]
	return &api.List[api.Order]{Total: len(os), Items: os}, nil
}

// noTabData answers the data tabs with empty lists, for fetchers whose
// tests are about the customer alone.
type noTabData struct{}

func (noTabData) ListSubscriptions(context.Context, string) (*api.List[api.Subscription], error) {
	return &api.List[api.Subscription]{}, nil
}

func (noTabData) OrdersPage(context.Context, string, api.OrderQuery, int, int) (*api.Page[api.Order], error) {
	return &api.Page[api.Order]{}, nil
}

func (noTabData) ListOrdersFrom(context.Context, string, api.OrderQuery, *api.Page[api.Order], int) (*api.List[api.Order], error) {
	return &api.List[api.Order]{}, nil
}
