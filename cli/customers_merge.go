package cli

import (
	"cmp"
	"context"
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/nameorder"
)

// list reads one listing per status and merges them. Adobe documents one
// status value per request (and the demo refuses lists), so several
// statuses are several listings. They are read one after another: each is
// already paged concurrently, and running them side by side would multiply
// the requests in flight past the small bound the API client keeps.
func (p customerPlan) list(ctx context.Context, c *api.Client, rid string) (*api.List[api.CustomerAccount], error) {
	lists := make([]*api.List[api.CustomerAccount], 0, len(p.queries))
	for _, q := range p.queries {
		l, err := c.ListCustomers(ctx, rid, q, p.max)
		if err != nil {
			return nil, err
		}
		lists = append(lists, l)
	}
	if len(lists) == 1 {
		return lists[0], nil
	}
	return mergeAccounts(lists, p.before(), p.max), nil
}

// before is the plan's order of two accounts as a merge asks it: each name
// is folded once (a merge compares every head with the others, item after
// item); ties go by customer ID.
func (p customerPlan) before() func(a, b api.CustomerAccount) bool {
	keys := nameorder.Keys{}
	return func(a, b api.CustomerAccount) bool {
		var c int
		if p.byName {
			c = keys.Compare(a.CompanyProfile.CompanyName, b.CompanyProfile.CompanyName)
		} else {
			c = a.CreationDate.Time.Compare(b.CreationDate.Time)
		}
		c = cmp.Or(c, strings.Compare(a.CustomerID, b.CustomerID))
		if !p.asc {
			c = -c
		}
		return c < 0
	}
}

// mergeAccounts merges lists that are each in the server's order into
// one, taking the head that sorts first, so each list's own order is kept.
// A customer in two lists is printed once; at most max are kept (all when
// max <= 0). The total is the sum of the totals, and the merge is short
// when any list was.
func mergeAccounts(lists []*api.List[api.CustomerAccount], before func(a, b api.CustomerAccount) bool, max int) *api.List[api.CustomerAccount] {
	out := &api.List[api.CustomerAccount]{}
	heads := make([]int, len(lists))
	for _, l := range lists {
		out.Total += l.Total
		out.Short = out.Short || l.Short
	}
	seen := map[string]bool{}
	for max <= 0 || len(out.Items) < max {
		best := -1
		for i, l := range lists {
			if heads[i] < len(l.Items) && (best < 0 || before(l.Items[heads[i]], lists[best].Items[heads[best]])) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		l, h := lists[best], heads[best]
		heads[best]++
		if id := l.Items[h].CustomerID; id != "" {
			if seen[id] {
				continue
			}
			seen[id] = true
		}
		out.Items = append(out.Items, l.Items[h])
		if h < len(l.Raw) {
			out.Raw = append(out.Raw, l.Raw[h])
		}
	}
	return out
}
