package hostile

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Lister answers a paged list the way Adobe does, {totalCount, count,
// offset, limit, <Key>: [...], links}, and can be told to misbehave. It is
// an http.Handler so tests and benchmarks can serve a variant of their own.
type Lister struct {
	// Key names the array: "accounts", "customers" or "items".
	Key string
	// Items are the list's members, in the server's order.
	Items []any
	// Total is the totalCount sent; 0 sends len(Items).
	Total int
	// MaxLimit caps the page size (50 for customers, 100 for orders).
	MaxLimit int
	// IgnoreOffset answers every page with the first one.
	IgnoreOffset bool
	// EmptyAt answers the page at this offset with no items (0: never).
	EmptyAt int
	// ThrottleAt answers the first request for this offset with 429
	// (0: never); RetryAfter, when set, is sent with it.
	ThrottleAt int
	RetryAfter string
	// RejectAt answers this offset with 400 and Adobe's code 1133, offset
	// out of range (0: never).
	RejectAt int
	// NextHost, when set, makes links.next point at that base URL.
	NextHost string
	// Delay is waited before every page, for benchmarks.
	Delay time.Duration

	mu        sync.Mutex
	throttled bool
	requests  int
}

// Requests is how many requests reached the lister.
func (l *Lister) Requests() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.requests
}

func (l *Lister) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if l.Delay > 0 {
		time.Sleep(l.Delay)
	}
	offset, limit := l.window(r)
	l.mu.Lock()
	l.requests++
	throttle := l.ThrottleAt != 0 && offset == l.ThrottleAt && !l.throttled
	if throttle {
		l.throttled = true
	}
	l.mu.Unlock()
	switch {
	case throttle:
		if l.RetryAfter != "" {
			w.Header().Set("Retry-After", l.RetryAfter)
		}
		writeJSON(w, http.StatusTooManyRequests, []byte(`{"code":"429001","message":"Too many requests"}`))
		return
	case l.RejectAt != 0 && offset == l.RejectAt:
		writeJSON(w, http.StatusBadRequest, []byte(`{"code":"1133","message":"Offset out of range","invalidFields":["offset"]}`))
		return
	}
	writeJSON(w, http.StatusOK, Marshal(l.page(r, offset, limit)))
}

// window reads offset and limit, with Adobe's default limit.
func (l *Lister) window(r *http.Request) (offset, limit int) {
	offset, _ = strconv.Atoi(r.URL.Query().Get("offset"))
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || (l.MaxLimit > 0 && limit > l.MaxLimit) {
		limit = max(l.MaxLimit, 1)
	}
	return max(offset, 0), limit
}

// page is the body for one page.
func (l *Lister) page(r *http.Request, offset, limit int) map[string]any {
	total := l.Total
	if total == 0 {
		total = len(l.Items)
	}
	from := offset
	if l.IgnoreOffset {
		from = 0
	}
	items := []any{}
	if from < len(l.Items) && !(l.EmptyAt != 0 && offset == l.EmptyAt) {
		items = l.Items[from:min(from+limit, len(l.Items))]
	}
	links := map[string]any{"self": map[string]string{"uri": r.URL.RequestURI(), "method": "GET"}}
	if offset+limit < total {
		next := fmt.Sprintf("%s?offset=%d&limit=%d", r.URL.Path, offset+limit, limit)
		links["next"] = map[string]string{"uri": l.NextHost + next, "method": "GET"}
	}
	return map[string]any{"totalCount": total, "count": len(items), "offset": offset, "limit": limit,
		l.Key: items, "links": links}
}

// Accounts is n customer accounts of reseller rid, IDs 2000000000 upwards,
// with names built by name (nil for "Customer N").
func Accounts(rid string, n int, name func(i int) string) []any {
	out := make([]any, n)
	for i := range out {
		nm := fmt.Sprintf("Customer %d", i)
		if name != nil {
			nm = name(i)
		}
		out[i] = map[string]any{"customerId": AccountID(i), "resellerId": rid,
			"externalReferenceId": fmt.Sprintf("ext-%d", i), "status": "1000",
			"companyProfile": map[string]any{"companyName": nm},
			"creationDate":   "2024-01-02T03:04:05Z",
			"links":          map[string]any{"self": map[string]string{"uri": "/v3/customers/" + AccountID(i), "method": "GET"}}}
	}
	return out
}

// AccountID is the customer ID of Accounts' item i.
func AccountID(i int) string { return strconv.Itoa(2000000000 + i) }

// Orders is n orders of customer id, newest first, each with two line
// items whose offer IDs come from offer (nil for ordinary ones).
func Orders(id string, n int, offer func(i int) string) []any {
	out := make([]any, n)
	for i := range out {
		off := "65304470CA01A12"
		if offer != nil {
			off = offer(i)
		}
		line := func(k int) map[string]any {
			return map[string]any{"extLineItemNumber": k, "offerId": off, "quantity": 10 + i%7,
				"subscriptionId": fmt.Sprintf("sub-%d", i%50), "status": "1000", "currencyCode": "USD"}
		}
		out[i] = map[string]any{"orderId": OrderID(i), "customerId": id, "orderType": "RENEWAL",
			"externalReferenceId": fmt.Sprintf("ext-%d", i), "currencyCode": "USD", "status": "1000",
			"source": "API", "creationDate": time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(i) * time.Hour).Format(time.RFC3339),
			"lineItems": []any{line(1), line(2)}}
	}
	return out
}

// OrderID is the order ID of Orders' item i.
func OrderID(i int) string { return fmt.Sprintf("ORD-%07d", i) }

// Subscriptions is n subscriptions with offer IDs from offer (nil for
// ordinary ones).
func Subscriptions(n int, offer func(i int) string) []any {
	out := make([]any, n)
	for i := range out {
		off := "65304470CA01A12"
		if offer != nil {
			off = offer(i)
		}
		out[i] = map[string]any{"subscriptionId": fmt.Sprintf("sub-%d", i), "offerId": off,
			"currentQuantity": 10, "usedQuantity": 7, "status": "1000", "currencyCode": "USD",
			"renewalDate": "2026-10-01", "creationDate": "2024-10-01T00:00:00Z",
			"autoRenewal": map[string]any{"enabled": i%2 == 0, "renewalQuantity": 10}}
	}
	return out
}

// hostileName puts a payload (or, every 97th item, a 16 KiB name) in each
// name.
func hostileName(i int) string {
	if i%97 == 0 {
		return strings.Repeat("Huge "+Payloads[i%len(Payloads)].Text, 16<<10/16)
	}
	return "Name " + Payloads[i%len(Payloads)].Text + " " + strconv.Itoa(i)
}
