package api

import (
	"encoding/json"
	"reflect"
)

// decodeWhole decodes a list object whose items are all well formed in two
// passes over the items, not four: encoding/json validates a value before
// decoding it, so decodeEach reads every item's bytes in the envelope's
// validation, in its skip of the array, in the item's validation and in
// the item's decode. Here the array is cut out of the envelope, the
// envelope (with [] in its place) is decoded as decodeEach decodes it, and
// the array is decoded into []T in one call.
//
// ok is false, and decodeEach must decode the page, whenever the result
// could differ from decodeEach's: when the envelope would not choose the
// array cut out (another key, a repeated key), when any part fails to
// decode (decodeEach words the error and names the item), or when an item
// is not an object. A page from a well-behaved server always takes this
// path; a hostile one costs one more try.
func decodeWhole[T any](obj []byte) (p *Page[T], ok bool) {
	start, end, found := memberArray(obj)
	if !found {
		return nil, false
	}
	rest := make([]byte, 0, len(obj)-(end-start)+2)
	rest = append(append(append(rest, obj[:start]...), "[]"...), obj[end:]...)
	var env envelope
	if tolerant(json.Unmarshal(rest, &env)) != nil {
		return nil, false
	}
	if chosen := firstArray(env.Accounts, env.Customers, env.Items); len(chosen) != 2 || &chosen[0] != &rest[start] {
		return nil, false
	}
	arr := obj[start:end]
	var items []T
	if tolerant(json.Unmarshal(arr, &items)) != nil {
		return nil, false
	}
	raws := splitArray(arr)
	if len(raws) != len(items) {
		return nil, false
	}
	for _, r := range raws {
		if r[0] != '{' {
			return nil, false
		}
	}
	if items == nil {
		items = []T{}
	}
	for i := range items {
		sanitizeStrings(reflect.ValueOf(&items[i]).Elem())
	}
	p = &Page[T]{Total: int(env.TotalCount), Offset: int(env.Offset), Limit: int(env.Limit),
		Items: items, Raw: raws, Links: env.Links}
	sanitizeStrings(reflect.ValueOf(&p.Links).Elem())
	return p, true
}

// memberArray finds the longest array that is the value of one of obj's
// own members (the list, in any list answer): its start and end indexes.
// It only tracks strings and nesting, so on a body that is not valid JSON
// it may find anything; decodeWhole's decodes then fail and it gives up.
func memberArray(obj []byte) (start, end int, found bool) {
	depth, open := 0, -1
	for i := 0; i < len(obj); i++ {
		switch c := obj[i]; c {
		case '"':
			i = stringEnd(obj, i)
		case '{', '[':
			if depth == 1 && c == '[' {
				open = i
			}
			depth++
		case '}', ']':
			depth--
			if depth == 1 && c == ']' && open >= 0 {
				if !found || i+1-open > end-start {
					start, end, found = open, i+1, true
				}
				open = -1
			}
		}
	}
	return start, end, found
}
