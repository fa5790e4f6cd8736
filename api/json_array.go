package api

import (
	"encoding/json"
)

// PrettyJSONArray is PrettyJSON of the array of items, byte for byte, in
// one pass and without joining them first: `--json` of a whole list writes
// megabytes, and indenting, measuring and escaping them in separate passes
// was a large part of its time.
//
// Each item must be one valid JSON value, as every List's Raw is (decoding
// the page checked it); unlike PrettyJSON this does not validate again.
// The output is bounded as PrettyJSON's is: past prettyBudget of the
// joined array's length it is the compact form.
func PrettyJSONArray(items []json.RawMessage) []byte {
	n := 0
	for _, it := range items {
		n += len(it) + 1
	}
	a := JSONArray{w: indenter{out: make([]byte, 0, n+n/4+64)}} // indented orders grow about a fifth
	a.Add(items)
	return a.Bytes()
}

// JSONArray builds PrettyJSONArray's output a page at a time, so a list
// printed with --json is indented and escaped while its later pages are
// still on the network (see WithListItems), not all at the end. The zero
// value is an empty array. Once the indented form passes the budget it is
// only measured, not kept, so a hostile list costs a scan, not memory.
type JSONArray struct {
	w      indenter
	pages  [][]json.RawMessage // every item added, for the compact fallback
	joined int                 // length of the joined array, brackets included
	count  int
}

// Add appends items, each one valid JSON value (see PrettyJSONArray).
func (a *JSONArray) Add(items []json.RawMessage) {
	if len(items) == 0 {
		return
	}
	a.pages = append(a.pages, items)
	if a.count == 0 {
		a.w.write, a.w.escape = true, true
		a.w.put(openArray)
		a.w.depth = 1
		a.joined = 2
	}
	for _, it := range items {
		if a.count > 0 {
			a.w.put(comma)
			a.joined++
		}
		a.count++
		a.joined += len(it)
		a.w.newline()
		a.w.walk(it)
		if a.w.write && a.w.n > prettyBudget(a.joined) {
			a.w.write, a.w.out = false, nil
		}
	}
}

// Len is how many items were added.
func (a *JSONArray) Len() int { return a.count }

// Bytes ends the array and returns it as PrettyJSON would print it,
// newline ended. Nothing may be added after.
func (a *JSONArray) Bytes() []byte {
	if a.count == 0 {
		return []byte("[]\n")
	}
	a.w.depth = 0
	a.w.newline()
	a.w.put(closeArray)
	if !a.w.write || a.w.n > prettyBudget(a.joined) {
		// Rare: the indented form passed the budget on the way or at the
		// end. PrettyJSON of the joined array decides, as it would have.
		out, _ := PrettyJSON(a.join()) // valid: every item is, by the caller's promise
		return out
	}
	return append(a.w.out, '\n')
}

// join is the compact array of every item added.
func (a *JSONArray) join() []byte {
	buf := make([]byte, 0, a.joined)
	buf = append(buf, '[')
	for i, items := range a.pages {
		for j, it := range items {
			if i > 0 || j > 0 {
				buf = append(buf, ',')
			}
			buf = append(buf, it...)
		}
	}
	return append(buf, ']')
}

var (
	openArray  = []byte{'['}
	closeArray = []byte{']'}
	comma      = []byte{','}
)
