package api

import (
	"context"
	"encoding/json"
	"sync"
)

// Page is one page of a list answer, in the server's order.
type Page[T any] struct {
	// Total is the server's totalCount; Offset and Limit are as it echoed them.
	Total, Offset, Limit int
	Items                []T
	// Raw holds each item's bytes exactly as sent, index for index.
	Raw   []json.RawMessage
	Links Links
}

// List is a whole list read page by page: each item once, in the server's
// order.
type List[T any] struct {
	Total int
	Items []T
	Raw   []json.RawMessage
	// Short is set when the list ended before Total items: the server sent
	// an empty page, a page of items already seen, or fewer than it counted.
	Short bool
}

// DefaultPagesInFlight is how many pages a list reads at once after the
// first, unless WithPagesInFlight says otherwise.
const DefaultPagesInFlight = 6

// WithPagesInFlight bounds how many page requests a list has in flight.
func WithPagesInFlight(n int) Option {
	return func(c *Client) {
		if n > 0 {
			c.inFlight = n
		}
	}
}

// fetchFunc sends the request for one page and returns, once the answer
// has arrived, the step that decodes it. The two are apart so a page is
// decoded after its request has left the in-flight bound: the next
// request goes out while this page is being decoded, and decoding never
// holds back the network.
type fetchFunc[T any] func(ctx context.Context, offset, limit int) (decode func() (*Page[T], error), err error)

// pageFetcher is the fetchFunc of the list whose page calls build makes.
func pageFetcher[T any](c *Client, build func(offset, limit int) (call, error)) fetchFunc[T] {
	return func(ctx context.Context, offset, limit int) (func() (*Page[T], error), error) {
		k, err := build(offset, limit)
		if err != nil {
			return nil, err
		}
		a, err := c.send(ctx, k)
		if err != nil {
			return nil, err
		}
		return func() (*Page[T], error) { return decodeAnswer(a, decodePage[T]) }, nil
	}
}

// pager reads the rest of a list from its first page.
type pager[T any] struct {
	fetch fetchFunc[T]
	key   func(T) string
	limit int // the limit asked for on every page
	max   int // at most this many items; <= 0 for all
	par   int // pages in flight
	each  func([]json.RawMessage)
}

type listItemsKey struct{}

// WithListItems returns a context under which every list read page by
// page hands f the items each page adds to it, as sent, in the list's
// order, once each, as soon as that page is in order: `--json` prints a
// long list while its later pages are still on the network. f runs on the
// goroutine that called the list, between pages, so it needs no locking;
// a list that then fails has handed f only part of itself.
func WithListItems(ctx context.Context, f func(items []json.RawMessage)) context.Context {
	return context.WithValue(ctx, listItemsKey{}, f)
}

// listItemsFunc is the function WithListItems put in ctx, or nil.
func listItemsFunc(ctx context.Context) func([]json.RawMessage) {
	f, _ := ctx.Value(listItemsKey{}).(func([]json.RawMessage))
	return f
}

// pageResult is one fetched page, or why it could not be.
type pageResult[T any] struct {
	page *Page[T]
	err  error
}

// collect joins first and the pages after it. Once totalCount is known the
// remaining offsets are fetched concurrently, at most p.par at a time, each
// page its own call through the retry pipeline; pages are consumed in the
// server's order. Reading stops at Total, at max, at an empty page or at a
// page that adds nothing new (a server ignoring offset), so it never loops,
// never sends more requests than pages (plus retries), and never returns an
// item twice. Returning cancels and waits for every page still in flight.
func (p pager[T]) collect(ctx context.Context, first *Page[T]) (*List[T], error) {
	l := &List[T]{Total: first.Total}
	seen := map[string]bool{}
	p.each = listItemsFunc(ctx)
	if !p.add(l, first, seen) || p.full(l) {
		return p.finish(l), nil
	}
	offsets := p.offsets(first)
	if len(offsets) == 0 {
		return p.finish(l), nil
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	results := p.start(ctx, &wg, offsets)
	for _, ch := range results {
		r := <-ch
		if r.err != nil {
			return nil, r.err
		}
		if !p.add(l, r.page, seen) || p.full(l) {
			break
		}
	}
	return p.finish(l), nil
}

// A list never reads more than maxListItems items or maxListPages pages
// after its first, whatever totalCount says: a hostile or broken server
// claiming a total of 10^15 would otherwise make vipcx plan (and send)
// requests without end. Both are far above any real reseller's book or
// order history; a list cut by them is Short, so the user is told.
var (
	maxListItems = 250_000
	maxListPages = 10_000
)

// offsets are the offsets of the pages after first, up to Total (and max,
// and the caps above). The step is the first page's size when the server
// sent fewer than asked (it capped the limit), so no item is skipped. The
// offset the server echoed is trusted only when it is not negative.
func (p pager[T]) offsets(first *Page[T]) []int {
	step := p.limit
	if n := len(first.Items); n > 0 && n < step {
		step = n
	}
	base := max(first.Offset, 0)
	end := min(first.Total, base+maxListItems)
	if p.max > 0 {
		end = min(end, base+p.max)
	}
	var out []int
	for off := base + len(first.Items); off < end && len(out) < maxListPages; off += step {
		out = append(out, off)
	}
	return out
}

// start fetches the pages at offsets, at most p.par requests at a time,
// each into its own buffered channel so no goroutine blocks on a reader
// that left. The bound counts requests on the wire, not pages decoding.
func (p pager[T]) start(ctx context.Context, wg *sync.WaitGroup, offsets []int) []chan pageResult[T] {
	results := make([]chan pageResult[T], len(offsets))
	for i := range results {
		results[i] = make(chan pageResult[T], 1)
	}
	sem := make(chan struct{}, p.par)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i, off := range offsets {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				for _, ch := range results[i:] {
					ch <- pageResult[T]{err: ctx.Err()}
				}
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				decode, err := p.fetch(ctx, off, p.limit)
				<-sem // the request is done: let the next one go out while this page decodes
				if err != nil {
					results[i] <- pageResult[T]{err: err}
					return
				}
				pg, err := decode()
				results[i] <- pageResult[T]{page: pg, err: err}
			}()
		}
	}()
	return results
}

// add appends the items of pg not seen before, hands them to p.each, and
// reports whether the page brought any (false ends the list).
func (p pager[T]) add(l *List[T], pg *Page[T], seen map[string]bool) bool {
	from := len(l.Raw)
	added := p.append(l, pg, seen)
	if n := len(l.Raw); p.each != nil && n > from {
		p.each(l.Raw[from:n:n]) // capped: the list's later appends cannot reach it
	}
	return added
}

// append appends the items of pg not seen before (up to max) to l.
func (p pager[T]) append(l *List[T], pg *Page[T], seen map[string]bool) bool {
	added := false
	for i, it := range pg.Items {
		if p.max > 0 && len(l.Items) >= p.max {
			break
		}
		k := p.key(it)
		if k == "" && i < len(pg.Raw) {
			k = "raw:" + string(pg.Raw[i])
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		added = true
		l.Items = append(l.Items, it)
		if i < len(pg.Raw) {
			l.Raw = append(l.Raw, pg.Raw[i])
		}
	}
	return added
}

// full reports whether the list holds everything wanted.
func (p pager[T]) full(l *List[T]) bool {
	return len(l.Items) >= l.Total || (p.max > 0 && len(l.Items) >= p.max)
}

// finish marks a list that ended before it had what it should have.
func (p pager[T]) finish(l *List[T]) *List[T] {
	want := l.Total
	if p.max > 0 {
		want = min(want, p.max)
	}
	l.Short = len(l.Items) < want
	return l
}
