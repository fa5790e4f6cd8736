// Command slowserver is the server scripts/bench.sh measures the list
// commands against: the demo API, with every request answered after a
// fixed delay (25 ms by default, about one round trip to Adobe), plus a
// reseller with a larger book than the demo's (1,200 customers by
// default) so `vipcx customers --all` reads many pages. The delay is what
// makes concurrent paging pay: a loop of curl calls waits for every page
// in turn.
//
// It prints "Slow API on http://ADDR" once it listens, and serves until
// killed. It is a benchmark tool only; nothing in vipcx imports it.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/internal/hostile"
)

// BenchResellerID is the reseller whose book is the large one.
const BenchResellerID = "1000000001"

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	delay := flag.Duration("delay", 25*time.Millisecond, "wait before answering each request")
	customers := flag.Int("customers", 1200, "customers in reseller "+BenchResellerID+"'s book")
	flag.Parse()
	if err := serve(*addr, *delay, *customers); err != nil {
		fmt.Fprintln(os.Stderr, "slowserver:", err)
		os.Exit(1)
	}
}

func serve(addr string, delay time.Duration, customers int) error {
	mux := http.NewServeMux()
	mux.Handle("/v3/resellers/"+BenchResellerID+"/customers", &hostile.Lister{
		Key: "accounts", Items: hostile.Accounts(BenchResellerID, customers, nil), MaxLimit: 50,
	})
	mux.Handle("/", demo.New())
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("Slow API on http://%s\n", ln.Addr())
	return http.Serve(ln, delayed(delay, mux))
}

// delayed waits d before handing each request to h, as a distant server
// would: the wait is per request, so concurrent requests overlap it.
func delayed(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
		h.ServeHTTP(w, r)
	})
}
