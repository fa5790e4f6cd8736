package demo

import (
	"maps"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Paging bounds of Get Order History.
const (
	orderLimitDefault = 25
	orderLimitMax     = 100
)

// orderQuery is a parsed order-history query.
type orderQuery struct {
	from, until   time.Time       // until is exclusive; zero means open
	types, states map[string]bool // repeatable order-type and status; nil means any
	offers        map[string]bool // repeatable offer-id: an order with any of them
	start, end    string          // as sent, echoed in the links
	limit, offset int
}

// parseOrderQuery reads start-date, end-date, limit and offset, returning
// the names of the invalid ones. Without start-date the window starts at
// the current term (coterm date minus one year).
func parseOrderQuery(v url.Values, f *facts) (orderQuery, []string) {
	q := orderQuery{start: v.Get("start-date"), end: v.Get("end-date")}
	var bad []string
	var ok bool
	if q.limit, ok = intParam(v, "limit", orderLimitDefault, 1, orderLimitMax); !ok {
		bad = append(bad, "limit")
	}
	if q.offset, ok = intParam(v, "offset", 0, 0, -1); !ok {
		bad = append(bad, "offset")
	}
	if q.from, ok = dateParam(v, "start-date"); !ok {
		bad = append(bad, "start-date")
	}
	if q.until, ok = dateParam(v, "end-date"); !ok {
		bad = append(bad, "end-date")
	} else if !q.until.IsZero() {
		q.until = q.until.AddDate(0, 0, 1)
	}
	if !v.Has("start-date") {
		q.from = currentTermStart(f)
	}
	q.types, q.states, q.offers = setParam(v, "order-type"), setParam(v, "status"), setParam(v, "offer-id")
	return q, bad
}

// currentTermStart is the start of the customer's current term.
func currentTermStart(f *facts) time.Time {
	coterm, err := time.Parse(time.DateOnly, f.Coterm)
	if err != nil {
		return time.Time{}
	}
	return coterm.AddDate(-1, 0, 0)
}

// filter keeps the orders inside the window, newest first as given.
// History is sorted newest first, so the date window alone is a sub-slice
// of the cached history, found by binary search and not copied.
func (q orderQuery) filter(all []orderDoc) []orderDoc {
	lo := 0
	if !q.until.IsZero() {
		lo = sort.Search(len(all), func(i int) bool { return all[i].created.Before(q.until) })
	}
	hi := sort.Search(len(all), func(i int) bool { return all[i].created.Before(q.from) })
	all = all[lo:max(lo, hi)]
	if q.types == nil && q.states == nil && q.offers == nil {
		return all
	}
	out := make([]orderDoc, 0, len(all))
	for _, o := range all {
		if o.created.Before(q.from) || (!q.until.IsZero() && !o.created.Before(q.until)) ||
			(q.types != nil && !q.types[o.OrderType]) || (q.states != nil && !q.states[o.Status]) || !q.hasOffer(o) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// hasOffer reports whether the order has a line item for one of the
// offer-id filters (always, without them).
func (q orderQuery) hasOffer(o orderDoc) bool {
	if q.offers == nil {
		return true
	}
	for _, li := range o.LineItems {
		if q.offers[li.OfferID] {
			return true
		}
	}
	return false
}

// setParam collects a repeatable parameter (OR semantics); nil when absent.
func setParam(v url.Values, key string) map[string]bool {
	if !v.Has(key) {
		return nil
	}
	m := map[string]bool{}
	for _, s := range v[key] {
		m[strings.TrimSpace(s)] = true
	}
	return m
}

// links are self, next and prev as paths (Adobe's form), each with the
// query that reproduces the page.
func (q orderQuery) links(path string, total int) linksDoc {
	at := func(offset int) *linkDoc {
		v := url.Values{"limit": {strconv.Itoa(q.limit)}, "offset": {strconv.Itoa(offset)}}
		if q.start != "" {
			v.Set("start-date", q.start)
		}
		if q.end != "" {
			v.Set("end-date", q.end)
		}
		for key, set := range map[string]map[string]bool{"order-type": q.types, "status": q.states, "offer-id": q.offers} {
			for _, val := range slices.Sorted(maps.Keys(set)) {
				v.Add(key, val)
			}
		}
		return getLink(path + "?" + v.Encode())
	}
	l := linksDoc{Self: at(q.offset)}
	if q.offset+q.limit < total {
		l.Next = at(q.offset + q.limit)
	}
	if q.offset > 0 {
		l.Prev = at(max(0, q.offset-q.limit))
	}
	return l
}

// intParam reads an integer parameter in [lo, hi] (hi < 0: unbounded).
func intParam(v url.Values, key string, def, lo, hi int) (int, bool) {
	if !v.Has(key) {
		return def, true
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Get(key)))
	if err != nil || n < lo || (hi >= 0 && n > hi) {
		return def, false
	}
	return n, true
}

// dateParam reads a yyyy-MM-dd parameter; absent is the zero time.
func dateParam(v url.Values, key string) (time.Time, bool) {
	if !v.Has(key) {
		return time.Time{}, true
	}
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(v.Get(key)))
	return t, err == nil
}
