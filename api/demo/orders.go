package demo

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"
)

// orderDoc is one order of the order history, in Adobe's field order
// (https://developer.adobe.com/vipmp/docs/order-management/get-order).
type orderDoc struct {
	ReferenceOrderID    string        `json:"referenceOrderId"`
	ExternalReferenceID string        `json:"externalReferenceId"`
	OrderID             string        `json:"orderId"`
	CustomerID          string        `json:"customerId"`
	CurrencyCode        string        `json:"currencyCode"`
	OrderType           string        `json:"orderType"`
	Status              string        `json:"status"`
	Source              string        `json:"source"`
	LineItems           []lineItemDoc `json:"lineItems"`
	CreationDate        string        `json:"creationDate"`
	Links               linksDoc      `json:"links"`

	created time.Time
}

type lineItemDoc struct {
	ExtLineItemNumber int    `json:"extLineItemNumber"`
	OfferID           string `json:"offerId"`
	Quantity          int    `json:"quantity"`
	SubscriptionID    string `json:"subscriptionId"`
	Status            string `json:"status"`
}

// manyOrders is ManyOrdersID's history length.
const manyOrders = 5000

// orderCache builds each customer's history once, on first request; the
// 5,000-order history is then served by slicing.
var orderCache sync.Map // customer ID → func() []orderDoc

// ordersOf returns the customer's orders, newest first. Shared: read only.
func ordersOf(f *facts) []orderDoc {
	v, _ := orderCache.LoadOrStore(f.ID, sync.OnceValue(func() []orderDoc { return buildOrders(f) }))
	return v.(func() []orderDoc)()
}

// orderBuilder appends orders with sequential IDs unique across the demo.
type orderBuilder struct {
	f      *facts
	subs   []subscriptionDoc
	end    time.Time // no order on or after this: coterm or demo today
	orders []orderDoc
}

// buildOrders writes the customer's history over every term: the first
// order (NEW, or TRANSFER for a customer brought from another reseller), a
// RENEWAL at each anniversary, and mid-term add-ons, some cancelled, some
// returned, a SWITCH and the odd failed order.
func buildOrders(f *facts) []orderDoc {
	subs := subscriptionsOf(f)
	coterm, err := time.Parse(time.DateOnly, f.Coterm)
	if len(subs) == 0 || err != nil {
		return []orderDoc{}
	}
	b := &orderBuilder{f: f, subs: subs, end: coterm}
	if demoToday.Before(b.end) {
		b.end = demoToday
	}
	for k, start := range termStarts(f.Created, coterm) {
		b.term(k, start)
	}
	if f.ID == ManyOrdersID {
		b.fill(manyOrders - len(b.orders))
	}
	if f.idx%6 == 2 && len(b.orders) > 1 {
		b.orders[len(b.orders)-1].setStatus("1002")
	}
	slices.SortStableFunc(b.orders, func(x, y orderDoc) int {
		return cmp.Or(y.created.Compare(x.created), cmp.Compare(y.OrderID, x.OrderID))
	})
	return b.orders
}

// termStarts lists the start of every term, oldest first: the creation
// date, then each anniversary (counted back from the coterm date) after it.
func termStarts(created, coterm time.Time) []time.Time {
	var back []time.Time
	for t := coterm.AddDate(-1, 0, 0); t.After(created); t = t.AddDate(-1, 0, 0) {
		back = append(back, t)
	}
	out := []time.Time{created}
	for i := len(back) - 1; i >= 0; i-- {
		out = append(out, back[i])
	}
	return out
}

// term writes the orders of term k, which starts at start.
func (b *orderBuilder) term(k int, start time.Time) {
	idx := b.f.idx
	switch {
	case k > 0:
		b.add(start.Add(2*time.Hour), "RENEWAL", "", "1000", b.everything())
	case idx%5 == 0:
		b.add(start.Add(time.Hour), "TRANSFER", "", "1000", b.everything())
	default:
		b.add(start.Add(time.Hour), "NEW", "", "1000", b.everything())
	}
	sub := b.subs[k%len(b.subs)]
	status := "1000"
	if (idx+k)%4 == 1 {
		status = "1008"
	}
	addon := b.add(start.AddDate(0, 0, 100), "NEW", "", status, b.one(sub, 1+(idx+k)%5))
	if addon != "" && k%3 == 2 && status == "1000" {
		b.add(start.AddDate(0, 0, 110), "RETURN", addon, "1000", b.one(sub, 1))
	}
	if k == 1 && len(b.subs) > 1 {
		b.add(start.AddDate(0, 0, 200), "SWITCH", "", "1000", b.one(b.subs[1], 1))
	}
	if (idx+k)%7 == 3 {
		b.add(start.AddDate(0, 0, 150), "NEW", "", "1004", b.one(sub, 2))
	}
}

// fill spreads n small add-ons and returns evenly over the history, for the
// customer with thousands of orders.
func (b *orderBuilder) fill(n int) {
	span := b.end.Sub(b.f.Created.Add(24 * time.Hour))
	last := ""
	for j := range n {
		at := b.f.Created.Add(24 * time.Hour).Add(span / time.Duration(n+1) * time.Duration(j+1)) // divide first: span*n overflows
		sub := b.subs[j%len(b.subs)]
		if j%10 == 9 && last != "" {
			b.add(at, "RETURN", last, "1000", b.one(sub, 1))
			continue
		}
		last = b.add(at, "NEW", "", "1000", b.one(sub, 1+j%3))
	}
}

// add appends an order dated at, unless at is past the end of the history,
// and returns its ID ("" when not added).
func (b *orderBuilder) add(at time.Time, typ, ref, status string, items []lineItemDoc) string {
	if !at.Before(b.end) {
		return ""
	}
	id := strconv.Itoa(8000000000 + b.f.idx*10000 + len(b.orders))
	source := "API"
	if typ == "RENEWAL" {
		source = "System"
	}
	o := orderDoc{
		ReferenceOrderID: ref, ExternalReferenceID: "PO-" + id, OrderID: id, CustomerID: b.f.ID,
		CurrencyCode: b.f.currency(), OrderType: typ, Source: source, LineItems: items,
		CreationDate: at.Format(time.RFC3339), created: at,
		Links: selfLinks("/v3/customers/" + b.f.ID + "/orders/" + id),
	}
	o.setStatus(status)
	b.orders = append(b.orders, o)
	return id
}

// setStatus sets the order's status and its line items'.
func (o *orderDoc) setStatus(status string) {
	o.Status = status
	o.LineItems = slices.Clone(o.LineItems)
	for i := range o.LineItems {
		o.LineItems[i].Status = status
	}
}

// everything is a line item per subscription at its current quantity.
func (b *orderBuilder) everything() []lineItemDoc {
	out := make([]lineItemDoc, len(b.subs))
	for i, s := range b.subs {
		out[i] = lineItemDoc{ExtLineItemNumber: i + 1, OfferID: s.OfferID, Quantity: s.CurrentQuantity, SubscriptionID: s.SubscriptionID}
	}
	return out
}

// one is a single line item for sub.
func (b *orderBuilder) one(sub subscriptionDoc, qty int) []lineItemDoc {
	return []lineItemDoc{{ExtLineItemNumber: 1, OfferID: sub.OfferID, Quantity: qty, SubscriptionID: sub.SubscriptionID}}
}

// ordersPage is the body of Get Order History.
type ordersPage struct {
	TotalCount int        `json:"totalCount"`
	Count      int        `json:"count"`
	Offset     int        `json:"offset"`
	Limit      int        `json:"limit"`
	Items      []orderDoc `json:"items"`
	Links      linksDoc   `json:"links"`
}

// orders serves GET /v3/customers/{id}/orders with Adobe's window and
// paging: without start-date only the current term, newest first.
func (s *Server) orders(w http.ResponseWriter, r *http.Request) {
	f, ok := s.customerResource(w, r)
	if !ok {
		return
	}
	if f.ID == OrdersFailID {
		writeAdobeError(w, http.StatusInternalServerError, "1124", msgServerError)
		return
	}
	q, bad := parseOrderQuery(r.URL.Query(), f)
	if len(bad) > 0 {
		writeInvalid(w, codeInvalidSearch, msgInvalidSearch, bad)
		return
	}
	matched := q.filter(ordersOf(f))
	if q.offset > 0 && q.offset >= len(matched) {
		writeInvalid(w, codeOffsetRange, msgOffsetRange, []string{"offset"})
		return
	}
	page := matched[q.offset:min(len(matched), q.offset+q.limit)]
	writeDoc(w, ordersPage{
		TotalCount: len(matched), Count: len(page), Offset: q.offset, Limit: q.limit,
		Items: page, Links: q.links("/v3/customers/"+f.ID+"/orders", len(matched)),
	})
}
