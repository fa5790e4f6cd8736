package api

import (
	"context"
	"net/url"
	"strconv"
	"time"
)

// GetReseller fetches the reseller's own account (its company name heads
// the customer list).
// https://developer.adobe.com/vipmp/docs/reseller-account/get-reseller-account
func (c *Client) GetReseller(ctx context.Context, rid string) (*Reseller, error) {
	if err := ValidateCustomerID(rid); err != nil {
		return nil, err
	}
	k := call{action: "get reseller", resource: "reseller", path: "/v3/resellers/" + url.PathEscape(rid)}
	return getJSON(ctx, c, k, func(b []byte) (*Reseller, error) {
		r, err := decodeModel[Reseller](b)
		if err != nil {
			return nil, err
		}
		r.Raw = b
		return &r, nil
	})
}

// CustomerQuery filters and sorts a reseller's customer list. Zero fields
// are not sent, so Adobe's defaults apply (status 1000 active, newest first).
type CustomerQuery struct {
	// CompanyName is sent as given: '*' is Adobe's wildcard, and without
	// one the name must match exactly.
	CompanyName string
	// Status is one status code, or "" for Adobe's default (1000).
	Status string
	// SortBy is "companyName", "creationDate" or "".
	SortBy string
	// OrderBy is "asc", "desc" or "".
	OrderBy string
	// From and To bound the creation date; zero is not sent.
	From, To time.Time
}

// MaxCustomersPerPage is the largest limit the customer list accepts.
const MaxCustomersPerPage = 50

// values is the query string of one page.
func (q CustomerQuery) values(offset, limit int) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("company-name", q.CompanyName)
	set("status", q.Status)
	set("sort-by", q.SortBy)
	set("order-by", q.OrderBy)
	set("from-created-date", date(q.From))
	set("to-created-date", date(q.To))
	v.Set("limit", strconv.Itoa(clampLimit(limit, MaxCustomersPerPage)))
	v.Set("offset", strconv.Itoa(max(offset, 0)))
	return v
}

// date is t as YYYY-MM-DD, or "" for the zero time.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// clampLimit keeps a page size within 1..most.
func clampLimit(n, most int) int {
	if n <= 0 || n > most {
		return most
	}
	return n
}

// CustomersPage reads one page of the reseller's customers.
// https://developer.adobe.com/vipmp/docs/customer-account/get-customer-list
func (c *Client) CustomersPage(ctx context.Context, rid string, q CustomerQuery, offset, limit int) (*Page[CustomerAccount], error) {
	k, err := customersCall(rid, q)(offset, limit)
	if err != nil {
		return nil, err
	}
	return getJSON(ctx, c, k, decodePage[CustomerAccount])
}

// customersCall builds the call for one page of rid's customer list.
func customersCall(rid string, q CustomerQuery) func(offset, limit int) (call, error) {
	return func(offset, limit int) (call, error) {
		if err := ValidateCustomerID(rid); err != nil {
			return call{}, err
		}
		return call{action: "list customers", resource: "customers",
			path: "/v3/resellers/" + url.PathEscape(rid) + "/customers", query: q.values(offset, limit)}, nil
	}
}

// ListCustomers reads the reseller's customers, at most max (all when
// max <= 0), the pages after the first concurrently.
func (c *Client) ListCustomers(ctx context.Context, rid string, q CustomerQuery, max int) (*List[CustomerAccount], error) {
	first, err := c.CustomersPage(ctx, rid, q, 0, pageSize(max, MaxCustomersPerPage))
	if err != nil {
		return nil, err
	}
	return c.ListCustomersFrom(ctx, rid, q, first, max)
}

// ListCustomersFrom continues a list from a first page the caller already
// has (the TUI shows it at once, then loads the rest). The rest is asked
// with the page size of first.
func (c *Client) ListCustomersFrom(ctx context.Context, rid string, q CustomerQuery, first *Page[CustomerAccount], max int) (*List[CustomerAccount], error) {
	p := pager[CustomerAccount]{
		fetch: pageFetcher[CustomerAccount](c, customersCall(rid, q)),
		key:   func(a CustomerAccount) string { return a.CustomerID },
		limit: askedLimit(first, MaxCustomersPerPage), max: max, par: c.inFlight,
	}
	return p.collect(ctx, first)
}

// pageSize is the limit for the first page of a list of at most max.
func pageSize(max, most int) int {
	if max > 0 && max < most {
		return max
	}
	return most
}

// askedLimit is the page size the rest of a list is asked with: the
// first page's echoed limit, within 1..most.
func askedLimit[T any](first *Page[T], most int) int {
	return clampLimit(first.Limit, most)
}
