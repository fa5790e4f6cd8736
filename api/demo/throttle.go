package demo

import (
	"net/http"
	"sync"
	"time"
)

// throttledID is the rate-limit sample. Its attempts alternate: the first
// (and every odd-numbered) request answers 429 with code 4118 and no
// Retry-After header, as Adobe documents its throttling
// (https://developer.adobe.com/vipmp/docs/references/rate-limits); the next
// one answers 200 with the customer. A client that waits out the window and
// retries therefore shows its wait ("rate limited — retry 2 of 3 in 5 s")
// and then the customer; each new user action (open, refresh) starts with
// a 429 again. The counter is per server, so the behaviour is the same in
// every run.
const throttledID = "demo-429"

// throttledFacts is the customer demo-429 shows once it gets through.
var throttledFacts = sync.OnceValue(func() *facts {
	created := time.Date(2022, 6, 14, 10, 30, 0, 0, time.UTC)
	return &facts{
		ID: throttledID, ExtRef: "THROTTLE-429", Name: "Throttled Thistle Traders", Status: "1000",
		Created: created, Coterm: "2027-06-14", Segment: "COM", Country: "US",
		License: "02", Consumables: "T1", idx: len(book()), // after the book: its order IDs are its own
	}
})

// throttledBody is demo-429's customer resource.
var throttledBody = sync.OnceValue(func() []byte { return generatedCustomerJSON(throttledFacts()) })

// throttle counts an attempt on demo-429 and reports whether it is refused.
func (s *Server) throttle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.throttled++
	return s.throttled%2 == 1
}

// serveThrottled answers one attempt on demo-429.
func (s *Server) serveThrottled(w http.ResponseWriter) {
	if s.throttle() {
		errorReplies[throttledID].write(w)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(throttledBody())
}
