package demo

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// levelBand is the licence count each LICENSE level stands for
// (https://developer.adobe.com/vipmp/docs/customer-account/three-year-commit).
var levelBand = map[string][2]int{
	"01": {0, 9}, "02": {10, 49}, "03": {50, 99}, "04": {100, 1 << 30},
	"12": {10, 49}, "13": {50, 99}, "14": {100, 1 << 30},
	"06": {100, 999}, "07": {1000, 4999}, "08": {5000, 9999}, "09": {10000, 1 << 30},
}

type subsBody struct {
	TotalCount int
	Items      []struct {
		SubscriptionID  string `json:"subscriptionId"`
		OfferID         string `json:"offerId"`
		CurrentQuantity int    `json:"currentQuantity"`
		UsedQuantity    int    `json:"usedQuantity"`
		AutoRenewal     struct {
			Enabled bool `json:"enabled"`
		} `json:"autoRenewal"`
		RenewalDate string `json:"renewalDate"`
		Status      string `json:"status"`
	}
	Links struct{ Self struct{ URI string } }
}

func getSubs(t *testing.T, s *Server, id string) subsBody {
	t.Helper()
	w := serve(s, apiRequest("/v3/customers/"+id+"/subscriptions", nil))
	var b subsBody
	if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || w.Code != 200 || b.TotalCount != len(b.Items) {
		t.Fatalf("%s subscriptions: %d %v", id, w.Code, err)
	}
	return b
}

func TestSubscriptionsMatchDiscountsAndCommitments(t *testing.T) {
	s := New()
	autoOff := false
	for _, f := range book() {
		b := getSubs(t, s, f.ID)
		total := 0
		for _, it := range b.Items {
			if strings.HasPrefix(it.OfferID, strings.TrimSuffix(consumablesOffer, "CA01A12")) {
				continue
			}
			total += it.CurrentQuantity
			if it.RenewalDate != f.Coterm || it.UsedQuantity > it.CurrentQuantity {
				t.Errorf("%s: %+v (coterm %s)", f.ID, it, f.Coterm)
			}
			if f.inactive() != (it.Status == "1004") {
				t.Errorf("%s (%s) has a subscription in status %s", f.ID, f.Status, it.Status)
			}
			autoOff = autoOff || (f.ID == AutoRenewOffID && !it.AutoRenewal.Enabled)
		}
		if f.Status == "1002" && len(b.Items) != 0 {
			t.Errorf("pending %s owns subscriptions", f.ID)
		}
		band, ok := levelBand[f.License]
		if f.ID == "demo-escapes" || f.Status == "1002" {
			continue
		}
		counted := total
		if f.MinLicense > 0 {
			counted = f.MinLicense // a commitment's level follows the committed minimum
			if total < f.MinLicense {
				t.Errorf("%s owns %d licences, below its committed %d", f.ID, total, f.MinLicense)
			}
		}
		if !ok || counted < band[0] || counted > band[1] {
			t.Errorf("%s: level %s but %d licences (min %d)", f.ID, f.License, total, f.MinLicense)
		}
	}
	if !autoOff {
		t.Errorf("%s has no subscription with auto-renewal off", AutoRenewOffID)
	}
}

type ordersBody struct {
	TotalCount, Count, Offset, Limit int
	Items                            []struct {
		OrderID          string `json:"orderId"`
		CustomerID       string `json:"customerId"`
		OrderType        string `json:"orderType"`
		Status           string `json:"status"`
		ReferenceOrderID string `json:"referenceOrderId"`
		CreationDate     string `json:"creationDate"`
		LineItems        []struct {
			OfferID        string `json:"offerId"`
			SubscriptionID string `json:"subscriptionId"`
			Quantity       int    `json:"quantity"`
			Status         string `json:"status"`
		} `json:"lineItems"`
	}
	Links struct {
		Self, Next, Prev *struct{ URI string }
	}
}

func getOrders(t *testing.T, s *Server, target string) ordersBody {
	t.Helper()
	w := serve(s, apiRequest(target, nil))
	var b ordersBody
	if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || w.Code != 200 || b.Count != len(b.Items) {
		t.Fatalf("%s: %d %v %s", target, w.Code, err, w.Body.String()[:min(200, w.Body.Len())])
	}
	return b
}

func TestOrdersAreConsistentWithSubscriptions(t *testing.T) {
	s := New()
	types, statuses, global := map[string]bool{}, map[string]bool{}, map[string]string{}
	for _, f := range book() {
		if f.ID == OrdersFailID || f.ID == ManyOrdersID {
			continue
		}
		subs := map[string]string{}
		for _, it := range getSubs(t, s, f.ID).Items {
			subs[it.SubscriptionID] = it.OfferID
		}
		b := getOrders(t, s, "/v3/customers/"+f.ID+"/orders?start-date=2000-01-01&limit=100")
		if b.TotalCount > 100 {
			t.Fatalf("%s: %d orders, more than a page", f.ID, b.TotalCount)
		}
		ids := map[string]bool{}
		for i, o := range b.Items {
			types[o.OrderType], statuses[o.Status], ids[o.OrderID] = true, true, true
			if owner, dup := global[o.OrderID]; dup {
				t.Errorf("order %s belongs to %s and %s", o.OrderID, owner, f.ID)
			}
			global[o.OrderID] = f.ID
			if o.CustomerID != f.ID || (i > 0 && o.CreationDate > b.Items[i-1].CreationDate) || o.CreationDate > "2026-12-03" {
				t.Errorf("%s order %d: %+v", f.ID, i, o)
			}
			for _, li := range o.LineItems {
				if subs[li.SubscriptionID] != li.OfferID || li.Quantity <= 0 || li.Status != o.Status {
					t.Errorf("%s order %s: line item %+v matches no subscription", f.ID, o.OrderID, li)
				}
			}
		}
		for _, o := range b.Items {
			if o.ReferenceOrderID != "" && !ids[o.ReferenceOrderID] {
				t.Errorf("%s: %s refers to unknown order %s", f.ID, o.OrderID, o.ReferenceOrderID)
			}
		}
	}
	for _, want := range []string{"NEW", "RENEWAL", "RETURN", "TRANSFER", "SWITCH"} {
		if !types[want] {
			t.Errorf("no %s order anywhere", want)
		}
	}
	for _, want := range []string{"1000", "1002", "1004", "1008"} {
		if !statuses[want] {
			t.Errorf("no order in status %s", want)
		}
	}
}

func TestOrdersDefaultToCurrentTerm(t *testing.T) {
	s := New()
	f := byID()["1005512199"]
	all := getOrders(t, s, "/v3/customers/"+f.ID+"/orders?start-date=2000-01-01")
	cur := getOrders(t, s, "/v3/customers/"+f.ID+"/orders")
	if cur.TotalCount == 0 || cur.TotalCount >= all.TotalCount || cur.Limit != 25 {
		t.Fatalf("current term %d orders (limit %d), history %d", cur.TotalCount, cur.Limit, all.TotalCount)
	}
	start := currentTermStart(f).Format(time.RFC3339)
	for _, o := range cur.Items {
		if o.CreationDate < start {
			t.Errorf("default window holds %s from %s, before the term start %s", o.OrderID, o.CreationDate, start)
		}
	}
	ranged := getOrders(t, s, "/v3/customers/"+f.ID+"/orders?start-date=2025-01-01&end-date=2025-12-31")
	for _, o := range ranged.Items {
		if !strings.HasPrefix(o.CreationDate, "2025-") {
			t.Errorf("2025 window holds %s", o.CreationDate)
		}
	}
}

func TestManyOrdersPageFullyByNextLinks(t *testing.T) {
	s := New()
	seen := map[string]bool{}
	next := "/v3/customers/" + ManyOrdersID + "/orders?start-date=2000-01-01&limit=100"
	pages := 0
	var last ordersBody
	for next != "" {
		last = getOrders(t, s, next)
		pages++
		if pages > 1 && last.Links.Prev == nil {
			t.Errorf("page %d has no prev link", pages)
		}
		for _, o := range last.Items {
			if seen[o.OrderID] {
				t.Fatalf("order %s served twice", o.OrderID)
			}
			seen[o.OrderID] = true
		}
		next = ""
		if last.Links.Next != nil {
			next = last.Links.Next.URI
			if !strings.HasPrefix(next, "/v3/customers/") {
				t.Fatalf("next link %q is not a path", next)
			}
		}
	}
	if len(seen) != manyOrders || pages != manyOrders/100 || last.TotalCount != manyOrders {
		t.Errorf("%d orders in %d pages, totalCount %d; want %d in %d", len(seen), pages, last.TotalCount, manyOrders, manyOrders/100)
	}
	first := getOrders(t, s, "/v3/customers/"+ManyOrdersID+"/orders?start-date=2000-01-01")
	if first.Links.Prev != nil || first.Links.Next == nil || !strings.Contains(first.Links.Next.URI, "offset=25") {
		t.Errorf("first page links: %+v %+v", first.Links.Prev, first.Links.Next)
	}
}

func TestOrdersErrors(t *testing.T) {
	s := New()
	if w := serve(s, request(OrdersFailID, nil)); w.Code != 200 {
		t.Errorf("%s itself: %d, want 200", OrdersFailID, w.Code)
	}
	getSubs(t, s, OrdersFailID)
	wantAdobeError(t, serve(s, apiRequest("/v3/customers/"+OrdersFailID+"/orders", nil)), 500, "1124")
	for _, p := range []string{"/v3/customers/0000000000/orders", "/v3/customers/0000000000/subscriptions", "/v3/customers/demo-404/orders"} {
		wantAdobeError(t, serve(s, apiRequest(p, nil)), 404, "1116")
	}
	base := "/v3/customers/1005512199/orders?"
	for q, field := range map[string]string{"limit=0": "limit", "limit=101": "limit", "offset=x": "offset", "start-date=2020-02-30": "start-date", "end-date=soon": "end-date"} {
		wantInvalid(t, serve(s, apiRequest(base+q, nil)), "1132", field)
	}
	wantInvalid(t, serve(s, apiRequest(base+"offset=5000", nil)), "1133", "offset")
	wantAdobeError(t, serve(s, apiRequest(base, func(h http.Header) { h.Del("X-Correlation-Id") })), 400, "4119")
}

func TestOrdersRepeatableFilters(t *testing.T) {
	s := New()
	target := "/v3/customers/" + ManyOrdersID + "/orders?start-date=2000-01-01&order-type=RETURN&order-type=RENEWAL&limit=100"
	b := getOrders(t, s, target)
	kinds := map[string]bool{}
	for _, o := range b.Items {
		kinds[o.OrderType] = true
	}
	if !kinds["RETURN"] || !kinds["RENEWAL"] || len(kinds) != 2 {
		t.Errorf("order-type RETURN or RENEWAL gave %v", kinds)
	}
	if b.Links.Next == nil || !strings.Contains(b.Links.Next.URI, "order-type=RENEWAL&order-type=RETURN") {
		t.Errorf("next link drops the filters: %+v", b.Links.Next)
	}
	cancelled := getOrders(t, s, "/v3/customers/1005512199/orders?start-date=2000-01-01&status=1008")
	for _, o := range cancelled.Items {
		if o.Status != "1008" {
			t.Errorf("status=1008 gave %s", o.Status)
		}
	}
}
