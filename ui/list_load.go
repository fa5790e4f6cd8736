package ui

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/nameorder"
	"github.com/vipcx/vipcx/present"
)

// CustomerLister reads a reseller's book: the calls the customer list makes
// besides Fetcher's. *api.Client has them. It is apart from Fetcher so a
// fetcher that only loads customers (a test's, a tab's) needs none of them;
// the list asks the fetcher for it and says so when it is missing.
type CustomerLister interface {
	GetReseller(ctx context.Context, rid string) (*api.Reseller, error)
	CustomersPage(ctx context.Context, rid string, q api.CustomerQuery, offset, limit int) (*api.Page[api.CustomerAccount], error)
	ListCustomersFrom(ctx context.Context, rid string, q api.CustomerQuery, first *api.Page[api.CustomerAccount], max int) (*api.List[api.CustomerAccount], error)
}

// errCannotList is the list's failure when the fetcher cannot list.
var errCannotList = errors.New("this connection cannot list customers")

// listPageSize is the first page's size: Adobe's largest, so one request
// fills any terminal.
const listPageSize = api.MaxCustomersPerPage

// listDebounce is how long typing must pause before the list is asked
// again: one request per pause, not one per key.
const listDebounce = 150 * time.Millisecond

// maxCompanyCells bounds a company cell: a server's 16 KiB name would
// otherwise be measured and cut on every frame; the customer screen shows
// the name whole.
const maxCompanyCells = 120

// listStatus is the status filter; "all" is one listing per status, merged,
// because the list takes one status per request.
type listStatus int

const (
	statusActive listStatus = iota
	statusPending
	statusInactive
	statusAll
	statusCount
)

var (
	statusWords = [statusCount]string{"active", "pending", "inactive", "all"}
	statusCodes = [statusCount]string{"1000", "1002", "1004", ""}
)

// listQuery is what the list shows: the find text, the status and the sort.
type listQuery struct {
	text   string
	status listStatus
	newest bool // newest first; else company name A→Z
}

// companyPattern is the find text as Adobe's company-name filter: text
// without a '*' matches anywhere in the name.
func companyPattern(text string) string {
	text = strings.TrimSpace(text)
	if text == "" || strings.Contains(text, "*") {
		return text
	}
	return "*" + text + "*"
}

// apiQuery is q for one status code.
func (q listQuery) apiQuery(code string) api.CustomerQuery {
	aq := api.CustomerQuery{CompanyName: companyPattern(q.text), Status: code, SortBy: "companyName", OrderBy: "asc"}
	if q.newest {
		aq.SortBy, aq.OrderBy = "creationDate", "desc"
	}
	return aq
}

// sortWords names the sort on screen.
func (q listQuery) sortWords() string {
	if q.newest {
		return "newest first"
	}
	return "name A→Z"
}

// listRow is one customer as the table draws it, built off the UI thread.
type listRow struct {
	company, id, status, created string
	tone                         present.Tone
}

// listWidths are the natural widths of the columns, measured once per load.
type listWidths [4]int

func newRows(items []api.CustomerAccount) ([]listRow, listWidths) {
	rows := make([]listRow, len(items))
	ws := listWidths{cellWidth("Company"), cellWidth("Customer ID"), cellWidth("Status"), cellWidth("Created")}
	for i, a := range items {
		r := present.AccountRow(a)
		rows[i] = listRow{company: clip(r.Cells[0], maxCompanyCells), id: r.Cells[1], status: r.Cells[2], created: r.Cells[3], tone: r.Tone}
		for j, c := range rows[i].cells() {
			ws[j] = max(ws[j], cellWidth(c))
		}
	}
	ws[2] += cellWidth(symGood) // the tone's symbol
	return rows, ws
}

func (r listRow) cells() [4]string { return [4]string{r.company, r.id, r.status, r.created} }

// listPageMsg is a load's reply. seq names the query it answers: a reply
// for a query no longer shown is dropped. first is set when more pages
// follow (the rest is read from it).
type listPageMsg struct {
	seq    int
	rows   []listRow
	widths listWidths
	total  int
	short  bool
	first  *api.Page[api.CustomerAccount]
	err    error
}

// listDebounceMsg ends a pause in typing; only the latest (seq) loads.
type listDebounceMsg struct{ seq int }

// resellerMsg is the reseller's own account, for its name.
type resellerMsg struct {
	rid  string
	name string
	err  error
}

// lister is the fetcher's list calls, or nil.
func lister(e *env) CustomerLister {
	l, _ := e.fetcher.(CustomerLister)
	return l
}

// resellerCmd asks for the reseller's name. A failure leaves the ID on
// show: the list's own request says whether the reseller exists.
func resellerCmd(l CustomerLister, rid string) tea.Cmd {
	return func() tea.Msg {
		if l == nil {
			return resellerMsg{rid: rid, err: errCannotList}
		}
		r, err := l.GetReseller(context.Background(), rid)
		if err != nil {
			return resellerMsg{rid: rid, err: err}
		}
		return resellerMsg{rid: rid, name: strings.TrimSpace(r.CompanyProfile.CompanyName)}
	}
}

// debounceCmd ends the pause after listDebounce; tests (static) end it at
// once and drive the order of replies themselves.
func debounceCmd(e *env, seq int) tea.Cmd {
	if e.static {
		return func() tea.Msg { return listDebounceMsg{seq: seq} }
	}
	return tea.Tick(listDebounce, func(time.Time) tea.Msg { return listDebounceMsg{seq: seq} })
}

// firstPageCmd reads the first page of one status, or every status of
// "all" in full.
func firstPageCmd(ctx context.Context, l CustomerLister, rid string, q listQuery, seq int) tea.Cmd {
	return func() tea.Msg {
		if l == nil {
			return listPageMsg{seq: seq, err: errCannotList}
		}
		if q.status == statusAll {
			return allStatuses(ctx, l, rid, q, seq)
		}
		p, err := l.CustomersPage(ctx, rid, q.apiQuery(statusCodes[q.status]), 0, listPageSize)
		if err != nil {
			return listPageMsg{seq: seq, err: err}
		}
		msg := listPageMsg{seq: seq, total: p.Total}
		msg.rows, msg.widths = newRows(p.Items)
		if len(p.Items) > 0 && len(p.Items) < p.Total {
			msg.first = p
		}
		msg.short = msg.first == nil && len(p.Items) < p.Total
		return msg
	}
}

// restCmd reads every page after first, a few at a time (api's bounded
// concurrency), and answers with the whole list.
func restCmd(ctx context.Context, l CustomerLister, rid string, q listQuery, first *api.Page[api.CustomerAccount], seq int) tea.Cmd {
	return func() tea.Msg {
		list, err := l.ListCustomersFrom(ctx, rid, q.apiQuery(statusCodes[q.status]), first, 0)
		if err != nil {
			return listPageMsg{seq: seq, err: err}
		}
		msg := listPageMsg{seq: seq, total: list.Total, short: list.Short}
		msg.rows, msg.widths = newRows(list.Items)
		return msg
	}
}

// allStatuses lists each status in turn (one at a time keeps the pages in
// flight within api's bound) and merges them in the query's order, each
// customer once.
func allStatuses(ctx context.Context, l CustomerLister, rid string, q listQuery, seq int) listPageMsg {
	var items []api.CustomerAccount
	msg := listPageMsg{seq: seq}
	seen := map[string]bool{}
	for _, code := range statusCodes[:statusAll] {
		aq := q.apiQuery(code)
		first, err := l.CustomersPage(ctx, rid, aq, 0, listPageSize)
		if err != nil {
			return listPageMsg{seq: seq, err: err}
		}
		list, err := l.ListCustomersFrom(ctx, rid, aq, first, 0)
		if err != nil {
			return listPageMsg{seq: seq, err: err}
		}
		msg.total += list.Total
		msg.short = msg.short || list.Short
		for _, a := range list.Items {
			if !seen[a.CustomerID] {
				seen[a.CustomerID] = true
				items = append(items, a)
			}
		}
	}
	sortAccounts(items, q.newest)
	msg.rows, msg.widths = newRows(items)
	return msg
}

// sortAccounts puts a merged list in the server's order for the sort, ties
// broken by ID, so it reads as one listing would. Each name's key is
// computed once, not once per comparison.
func sortAccounts(items []api.CustomerAccount, newest bool) {
	if newest {
		slices.SortStableFunc(items, func(a, b api.CustomerAccount) int {
			return cmp.Or(b.CreationDate.Time.Compare(a.CreationDate.Time), cmp.Compare(b.CustomerID, a.CustomerID))
		})
		return
	}
	keys := make(nameorder.Keys, len(items))
	slices.SortStableFunc(items, func(a, b api.CustomerAccount) int {
		return cmp.Or(keys.Compare(a.CompanyProfile.CompanyName, b.CompanyProfile.CompanyName), cmp.Compare(a.CustomerID, b.CustomerID))
	})
}
