package hostile

import (
	"net/http"
	"slices"
	"strings"
	"sync"
)

// ResellersPath is where reseller scenarios are served:
// ResellersPath + ID + "/customers" for the customer list.
const ResellersPath = "/v3/resellers/"

// List kinds.
const (
	KindCustomers     = "customers"
	KindOrders        = "orders"
	KindSubscriptions = "subscriptions"
)

// ListScenario is one misbehaving list: a reseller's customers, or a
// customer's orders or subscriptions.
type ListScenario struct {
	// ID is the reseller ID (customers) or customer ID (orders,
	// subscriptions) that selects it; it passes the client's ID check.
	ID string
	// Kind is KindCustomers, KindOrders or KindSubscriptions.
	Kind  string
	About string
	// Want is how many items a correct client ends with; Short is whether
	// it must say that the list ended before its totalCount.
	Want  int
	Short bool
	// Exit is what the listing command should exit with.
	Exit int

	lister      func(s *Server) *Lister
	foreignNext bool
}

// Path is the request path the scenario answers.
func (sc ListScenario) Path() string {
	if sc.Kind == KindCustomers {
		return ResellersPath + sc.ID + "/customers"
	}
	return CustomersPath + sc.ID + "/" + sc.Kind
}

// key is where the server files the scenario's handler and hits.
func (sc ListScenario) key() string {
	if sc.Kind == KindCustomers {
		return strings.TrimPrefix(sc.Path(), "/v3/")
	}
	return strings.TrimPrefix(sc.Path(), CustomersPath)
}

// ListScenarios lists every built-in list scenario. Answers are built
// when a server starts; do not modify the result's items.
func ListScenarios() []ListScenario { return slices.Clone(allLists()) }

var allLists = sync.OnceValue(func() []ListScenario {
	return append(customerLists(), historyLists()...)
})

// accounts serves n accounts, named by name, 50 a page at most.
func accounts(n int, name func(int) string) func(*Server) *Lister {
	items := Accounts("hostile-reseller", n, name)
	return func(*Server) *Lister { return &Lister{Key: "accounts", Items: items, MaxLimit: 50} }
}

// with is base changed by f.
func with(base func(*Server) *Lister, f func(*Lister)) func(*Server) *Lister {
	return func(s *Server) *Lister { l := base(s); f(l); return l }
}

// customerLists misbehave while a reseller's customers are read.
func customerLists() []ListScenario {
	return []ListScenario{
		{ID: "list-total-larger", Kind: KindCustomers, About: "totalCount 150 over a list of 120", Want: 120, Short: true,
			lister: with(accounts(120, nil), func(l *Lister) { l.Total = 150 })},
		{ID: "list-repeats", Kind: KindCustomers, About: "offset ignored: every page is the first", Want: 50, Short: true,
			lister: with(accounts(120, nil), func(l *Lister) { l.IgnoreOffset = true })},
		{ID: "list-empty-middle", Kind: KindCustomers, About: "an empty page at offset 50 of 150", Want: 50, Short: true,
			lister: with(accounts(150, nil), func(l *Lister) { l.EmptyAt = 50 })},
		{ID: "list-429", Kind: KindCustomers, About: "429 without Retry-After on the second page", Want: 150,
			lister: with(accounts(150, nil), func(l *Lister) { l.ThrottleAt = 50 })},
		{ID: "list-429-retry-after", Kind: KindCustomers, About: "429 with Retry-After: 1 on the second page", Want: 150,
			lister: with(accounts(150, nil), func(l *Lister) { l.ThrottleAt, l.RetryAfter = 50, "1" })},
		{ID: "list-1133", Kind: KindCustomers, About: "400 1133 offset out of range on the second page", Exit: ExitBadRequest,
			lister: with(accounts(150, nil), func(l *Lister) { l.RejectAt = 50 })},
		{ID: "list-hostile-names", Kind: KindCustomers, About: "escape sequences, bidi and 16 KiB company names", Want: 200,
			lister: accounts(200, hostileName)},
		{ID: "list-customers-key", Kind: KindCustomers, About: "the array under customers instead of accounts", Want: 120,
			lister: with(accounts(120, nil), func(l *Lister) { l.Key = "customers" })},
		{ID: "list-5000", Kind: KindCustomers, About: "5,200 customers", Want: 5200, lister: accounts(5200, nil)},
	}
}

// historyLists misbehave while a customer's orders or subscriptions are read.
func historyLists() []ListScenario {
	orders := func(n int, offer func(int) string) func(*Server) *Lister {
		items := Orders("orders", n, offer)
		return func(*Server) *Lister { return &Lister{Key: "items", Items: items, MaxLimit: 100} }
	}
	subs := func(n int, offer func(int) string) func(*Server) *Lister {
		items := Subscriptions(n, offer)
		return func(*Server) *Lister { return &Lister{Key: "items", Items: items, MaxLimit: n + 1} }
	}
	return []ListScenario{
		{ID: "orders-5000", Kind: KindOrders, About: "5,000 orders", Want: 5000, lister: orders(5000, nil)},
		{ID: "orders-total-larger", Kind: KindOrders, About: "totalCount 400 over a history of 250", Want: 250, Short: true,
			lister: with(orders(250, nil), func(l *Lister) { l.Total = 400 })},
		{ID: "orders-next-foreign", Kind: KindOrders, About: "links.next points at another host", Want: 250,
			lister: orders(250, nil), foreignNext: true},
		{ID: "orders-hostile-offers", Kind: KindOrders, About: "hostile offer IDs in every line item", Want: 150,
			lister: orders(150, hostileName)},
		{ID: "subs-300", Kind: KindSubscriptions, About: "300 subscriptions", Want: 300, lister: subs(300, nil)},
		{ID: "subs-hostile-offers", Kind: KindSubscriptions, About: "hostile offer IDs", Want: 120, lister: subs(120, hostileName)},
	}
}

// installLists puts every list scenario on s.
func (s *Server) installLists() {
	for _, sc := range ListScenarios() {
		l := sc.lister(s)
		if sc.foreignNext {
			l.NextHost = s.ForeignURL()
		}
		s.handlers[sc.key()] = l
	}
}

// ListHits is how many requests reached list scenario sc.
func (s *Server) ListHits(sc ListScenario) int { return s.Hits(sc.key()) }

// serveReseller routes ResellersPath requests: list scenarios by reseller
// ID, anything else Adobe's 404 1115 Invalid Reseller.
func (s *Server) serveReseller(w http.ResponseWriter, r *http.Request) {
	key := strings.TrimPrefix(r.URL.Path, "/v3/")
	s.mu.Lock()
	h := s.handlers[key]
	s.hits[key]++
	s.mu.Unlock()
	if h == nil {
		writeJSON(w, http.StatusNotFound, []byte(`{"code":"1115","message":"Invalid Reseller"}`))
		return
	}
	h.ServeHTTP(w, r)
}
