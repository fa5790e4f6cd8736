package api

import (
	"bytes"
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
	joined := 2 + max(len(items)-1, 0)
	for _, it := range items {
		joined += len(it)
	}
	if len(items) == 0 {
		return []byte("[]\n")
	}
	budget := prettyBudget(joined)
	w := indenter{out: make([]byte, 0, joined+joined/4+64), write: true, escape: true}
	w.put(openArray)
	w.depth = 1
	for i, it := range items {
		if i > 0 {
			w.put(comma)
		}
		w.newline()
		w.walk(it)
		if w.n > budget {
			return compactArray(items)
		}
	}
	w.depth = 0
	w.newline()
	w.put(closeArray)
	if w.n > budget {
		return compactArray(items)
	}
	return append(w.out, '\n')
}

var (
	openArray  = []byte{'['}
	closeArray = []byte{']'}
	comma      = []byte{','}
)

// compactArray is PrettyJSON's fallback for an array too large indented:
// the compact form, unsafe runes escaped, and a newline.
func compactArray(items []json.RawMessage) []byte {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			buf.WriteByte(',')
		}
		_ = json.Compact(&buf, it) // valid: the caller's promise
	}
	buf.WriteByte(']')
	return append(escapeUnsafe(buf.Bytes()), '\n')
}
