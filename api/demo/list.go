package demo

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Paging bounds of Get Customer List.
const (
	listLimitDefault = 20
	listLimitMax     = 50
)

// accountDoc is one entry of the customer list, in Adobe's field order
// (https://developer.adobe.com/vipmp/docs/customer-account/get-customer-list).
type accountDoc struct {
	ExternalReferenceID string         `json:"externalReferenceId"`
	CustomerID          string         `json:"customerId"`
	ResellerID          string         `json:"resellerId"`
	Status              string         `json:"status"`
	CompanyProfile      nameOnlyDoc    `json:"companyProfile"`
	CreationDate        string         `json:"creationDate"`
	Links               map[string]any `json:"links"`
}

type nameOnlyDoc struct {
	CompanyName string `json:"companyName"`
}

type listDoc struct {
	TotalCount int          `json:"totalCount"`
	Count      int          `json:"count"`
	Offset     int          `json:"offset"`
	Limit      int          `json:"limit"`
	Accounts   []accountDoc `json:"accounts"`
}

// listQuery is a parsed customer-list query.
type listQuery struct {
	name          string // lower-cased company-name pattern; "" matches all
	status        string
	byName, asc   bool
	from, until   time.Time // until exclusive; zero means open
	limit, offset int
}

// listStatuses are the values the status filter accepts.
var listStatuses = map[string]bool{"1000": true, "1002": true, "1004": true, "1026": true}

// parseListQuery reads the list's parameters, returning the names of the
// invalid ones. Unset, the list shows active customers, newest first.
func parseListQuery(v url.Values) (listQuery, []string) {
	q := listQuery{name: strings.ToLower(strings.TrimSpace(v.Get("company-name"))), status: "1000"}
	var bad []string
	if v.Has("status") {
		q.status = strings.TrimSpace(v.Get("status"))
		if !listStatuses[q.status] || len(v["status"]) > 1 { // one value: lists are undocumented
			bad = append(bad, "status")
		}
	}
	switch sb := v.Get("sort-by"); {
	case !v.Has("sort-by") || sb == "creationDate":
	case sb == "companyName":
		q.byName = true
	default:
		bad = append(bad, "sort-by")
	}
	switch ob := strings.ToLower(v.Get("order-by")); {
	case !v.Has("order-by") || ob == "desc":
	case ob == "asc":
		q.asc = true
	default:
		bad = append(bad, "order-by")
	}
	var ok bool
	if q.from, ok = dateParam(v, "from-created-date"); !ok {
		bad = append(bad, "from-created-date")
	}
	if q.until, ok = dateParam(v, "to-created-date"); !ok {
		bad = append(bad, "to-created-date")
	} else if !q.until.IsZero() {
		q.until = q.until.AddDate(0, 0, 1)
	}
	if q.limit, ok = intParam(v, "limit", listLimitDefault, 1, listLimitMax); !ok {
		bad = append(bad, "limit")
	}
	if q.offset, ok = intParam(v, "offset", 0, 0, -1); !ok {
		bad = append(bad, "offset")
	}
	return q, bad
}

// matches applies the filters to one customer. Status 1004 also finds the
// more specific inactive codes (1010, 1012, 1014); 1026 (a code of failed
// orders, accepted by the filter) matches no customer.
func (q listQuery) matches(f *facts) bool {
	switch {
	case q.status == "1004" && !f.inactive(), q.status != "1004" && f.Status != q.status:
		return false
	case !q.from.IsZero() && f.Created.Before(q.from), !q.until.IsZero() && !f.Created.Before(q.until):
		return false
	}
	return q.name == "" || nameMatches(q.name, f.lower)
}

// nameMatches is Adobe's company-name filter: `*` matches any run of
// characters; without one the whole name must match.
func nameMatches(pattern, name string) bool {
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return pattern == name
	}
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	name = name[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(name, p)
		if i < 0 {
			return false
		}
		name = name[i+len(p):]
	}
	return strings.HasSuffix(name, last)
}

// sorted orders matches by the query's key: by name as a person reads names
// (ties between names equal but for case or accents broken by their bytes),
// then by customer ID, so the order is total and pages never overlap.
func (q listQuery) sorted(in []*facts) []*facts {
	slices.SortStableFunc(in, func(a, b *facts) int {
		c := a.Created.Compare(b.Created)
		if q.byName {
			c = cmp.Or(cmp.Compare(a.sortKey, b.sortKey), cmp.Compare(a.Name, b.Name))
		}
		c = cmp.Or(c, cmp.Compare(a.ID, b.ID))
		if !q.asc {
			c = -c
		}
		return c
	})
	return in
}

// customerList serves GET /v3/resellers/{rid}/customers. Its page lists
// X-Request-Id but not X-Correlation-Id among the headers, so only the
// former is required here.
func (s *Server) customerList(w http.ResponseWriter, r *http.Request) {
	echoRequestID(w, r)
	if !isGet(w, r) || !s.authorized(w, r) || !hasRequestID(w, r) || !knownReseller(w, r) {
		return
	}
	q, bad := parseListQuery(r.URL.Query())
	if len(bad) > 0 {
		writeInvalid(w, codeInvalidFields, msgInvalidFields, bad)
		return
	}
	var matched []*facts
	for _, f := range book() {
		if q.matches(f) {
			matched = append(matched, f)
		}
	}
	if q.offset > 0 && q.offset >= len(matched) {
		writeInvalid(w, codeOffsetRange, msgOffsetRange, []string{"offset"})
		return
	}
	page := q.sorted(matched)[q.offset:min(len(matched), q.offset+q.limit)]
	doc := listDoc{TotalCount: len(matched), Count: len(page), Offset: q.offset, Limit: q.limit,
		Accounts: make([]accountDoc, len(page))}
	for i, f := range page {
		doc.Accounts[i] = f.account()
	}
	writeDoc(w, doc)
}

// account is the customer's list entry; it agrees with the full resource.
func (f *facts) account() accountDoc {
	return accountDoc{
		ExternalReferenceID: f.ExtRef, CustomerID: f.ID, ResellerID: ResellerID, Status: f.Status,
		CompanyProfile: nameOnlyDoc{f.Name}, CreationDate: f.Created.Format(time.RFC3339),
		Links: map[string]any{"self": getLink("/v3/customers/" + f.ID)},
	}
}
