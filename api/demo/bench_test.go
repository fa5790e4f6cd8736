package demo

import (
	"net/http"
	"testing"
)

// BenchmarkCustomerListPage is one page of the book, filtered by name and
// sorted by name: the request the TUI's find box sends on each keystroke.
func BenchmarkCustomerListPage(b *testing.B) {
	s := New()
	r := apiRequest("/v3/resellers/"+ResellerID+"/customers?company-name=*a*&sort-by=companyName&order-by=asc&limit=50", nil)
	for b.Loop() {
		if w := serve(s, r); w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkOrdersPage is a page deep in the 5,000-order history, once it
// is cached.
func BenchmarkOrdersPage(b *testing.B) {
	s := New()
	r := apiRequest("/v3/customers/"+ManyOrdersID+"/orders?start-date=2000-01-01&limit=100&offset=4000", nil)
	for b.Loop() {
		if w := serve(s, r); w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkBuildManyOrders is the one-time cost of the 5,000-order history.
func BenchmarkBuildManyOrders(b *testing.B) {
	f := byID()[ManyOrdersID]
	for b.Loop() {
		buildOrders(f)
	}
}

// BenchmarkBuildBook is the one-time cost of the book, paid on the first
// list request (not by `vipcx get`, which reads one fixture).
func BenchmarkBuildBook(b *testing.B) {
	for b.Loop() {
		buildBook()
	}
}
