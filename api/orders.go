package api

import (
	"context"
	"net/url"
	"strconv"
	"time"
)

// HistoryStart is the start-date sent when OrderQuery.Start is zero.
// Without a start-date Adobe returns only the current term's orders
// (https://developer.adobe.com/vipmp/docs/order-management/get-order), so
// vipcx asks from a fixed date safely before any VIP Marketplace order:
// the whole history is the default, and one constant (rather than each
// customer's creation date) keeps the request the same for every caller.
var HistoryStart = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)

// MaxOrdersPerPage is the largest limit the order history accepts.
const MaxOrdersPerPage = 100

// OrderQuery bounds an order history by creation date.
type OrderQuery struct {
	// Start is sent as start-date; zero sends HistoryStart.
	Start time.Time
	// End is sent as end-date; zero is not sent.
	End time.Time
}

func (q OrderQuery) values(offset, limit int) url.Values {
	v := url.Values{}
	start := q.Start
	if start.IsZero() {
		start = HistoryStart
	}
	v.Set("start-date", date(start))
	if !q.End.IsZero() {
		v.Set("end-date", date(q.End))
	}
	v.Set("limit", strconv.Itoa(clampLimit(limit, MaxOrdersPerPage)))
	v.Set("offset", strconv.Itoa(max(offset, 0)))
	return v
}

// OrdersPage reads one page of a customer's order history, newest first.
// https://developer.adobe.com/vipmp/docs/order-management/get-order
func (c *Client) OrdersPage(ctx context.Context, id string, q OrderQuery, offset, limit int) (*Page[Order], error) {
	k, err := ordersCall(id, q)(offset, limit)
	if err != nil {
		return nil, err
	}
	return getJSON(ctx, c, k, decodePage[Order])
}

// ordersCall builds the call for one page of id's order history.
func ordersCall(id string, q OrderQuery) func(offset, limit int) (call, error) {
	return func(offset, limit int) (call, error) {
		if err := ValidateCustomerID(id); err != nil {
			return call{}, err
		}
		return call{action: "list orders", resource: "orders",
			path: "/v3/customers/" + url.PathEscape(id) + "/orders", query: q.values(offset, limit)}, nil
	}
}

// ListOrders reads a customer's orders, at most max (all when max <= 0),
// the pages after the first concurrently.
func (c *Client) ListOrders(ctx context.Context, id string, q OrderQuery, max int) (*List[Order], error) {
	first, err := c.OrdersPage(ctx, id, q, 0, pageSize(max, MaxOrdersPerPage))
	if err != nil {
		return nil, err
	}
	return c.ListOrdersFrom(ctx, id, q, first, max)
}

// ListOrdersFrom continues an order history from a first page the caller
// already has.
func (c *Client) ListOrdersFrom(ctx context.Context, id string, q OrderQuery, first *Page[Order], max int) (*List[Order], error) {
	p := pager[Order]{
		fetch: pageFetcher[Order](c, ordersCall(id, q)),
		key:   func(o Order) string { return o.OrderID },
		limit: askedLimit(first, MaxOrdersPerPage), max: max, par: c.inFlight,
	}
	return p.collect(ctx, first)
}

// ListSubscriptions reads a customer's subscriptions (one answer, no
// paging).
// https://developer.adobe.com/vipmp/docs/subscription-management/get-details-for-customers
func (c *Client) ListSubscriptions(ctx context.Context, id string) (*List[Subscription], error) {
	if err := ValidateCustomerID(id); err != nil {
		return nil, err
	}
	k := call{action: "list subscriptions", resource: "subscriptions",
		path: "/v3/customers/" + url.PathEscape(id) + "/subscriptions"}
	return getJSON(ctx, c, k, decodeSubscriptions)
}

// decodeSubscriptions decodes the subscriptions answer, taking deployToId
// where deploymentId was not sent.
func decodeSubscriptions(b []byte) (*List[Subscription], error) {
	p, err := decodePage[Subscription](b)
	if err != nil {
		return nil, err
	}
	for i := range p.Items {
		if p.Items[i].DeploymentID == "" {
			if alt, err := decodeModel[struct {
				DeployToID string `json:"deployToId"`
			}](p.Raw[i]); err == nil {
				p.Items[i].DeploymentID = alt.DeployToID
			}
		}
	}
	return &List[Subscription]{Total: p.Total, Items: p.Items, Raw: p.Raw, Short: len(p.Items) < p.Total}, nil
}
