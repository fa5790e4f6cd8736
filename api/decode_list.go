package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// decodeModel decodes one JSON object into T with the Customer's
// tolerance: a field of the wrong type is left empty, strings sanitized.
func decodeModel[T any](raw []byte) (T, error) {
	var v T
	body, err := checkObject(raw)
	if err != nil {
		return v, err
	}
	if err := tolerant(json.Unmarshal(body, &v)); err != nil {
		return v, err
	}
	sanitizeStrings(reflect.ValueOf(&v).Elem())
	return v, nil
}

// envelope is a list answer: Adobe's paging fields around the array, which
// the customer list calls accounts (or customers, in its field table) and
// subscriptions and orders call items.
type envelope struct {
	TotalCount FlexInt  `json:"totalCount"`
	Offset     FlexInt  `json:"offset"`
	Limit      FlexInt  `json:"limit"`
	Accounts   rawValue `json:"accounts"`
	Customers  rawValue `json:"customers"`
	Items      rawValue `json:"items"`
	Links      Links    `json:"links"`
}

// rawValue keeps a value's bytes as sent, like json.RawMessage, but as a
// slice of the body instead of a copy: decodePage owns the body and never
// changes it, and the array is the bulk of it.
type rawValue []byte

// UnmarshalJSON implements json.Unmarshaler.
func (r *rawValue) UnmarshalJSON(b []byte) error {
	*r = b
	return nil
}

// decodePage decodes a list answer. Each item's bytes are kept in Raw, so
// `--json` prints them exactly as the server wrote them. The body is
// checked for shape and nesting as it is (not compacted first, as a
// customer is): the bytes kept must be the bytes sent. A page is decoded
// in one pass where it can be (decodeWhole), else item by item; both give
// the same page or the same error.
func decodePage[T any](raw []byte) (*Page[T], error) {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 || trimmed[0] != '{' || nestingDepth(trimmed) > maxNesting {
		_, err := checkObject(raw) // for its precise error
		if err == nil {
			err = fmt.Errorf("%w: not a list object", ErrMalformedResponse)
		}
		return nil, err
	}
	if p, ok := decodeWhole[T](trimmed); ok {
		return p, nil
	}
	return decodeEach[T](trimmed)
}

// decodeEach decodes a list object item by item: the envelope's decode
// validates the whole body, so the array is split into items by a scan of
// its structure, and each item is decoded on its own, so an error names
// the item.
func decodeEach[T any](trimmed []byte) (*Page[T], error) {
	var env envelope
	if err := tolerant(json.Unmarshal(trimmed, &env)); err != nil {
		return nil, err
	}
	arr := firstArray(env.Accounts, env.Customers, env.Items)
	if len(arr) > 0 && arr[0] != '[' {
		return nil, fmt.Errorf("%w: the list is not an array", ErrMalformedResponse)
	}
	items := splitArray(arr)
	p := &Page[T]{Total: int(env.TotalCount), Offset: int(env.Offset), Limit: int(env.Limit),
		Items: make([]T, 0, len(items)), Raw: items, Links: env.Links}
	sanitizeStrings(reflect.ValueOf(&p.Links).Elem())
	for i, it := range items {
		v, err := decodeItem[T](it)
		if err != nil {
			return nil, fmt.Errorf("item %d: %w", i+1, err)
		}
		p.Items = append(p.Items, v)
	}
	return p, nil
}

// splitArray is the elements of a valid JSON array, each as a slice of it
// without the white space around it; nil for an empty or absent array. It
// only tracks strings and nesting: validity was checked by the decode
// the array came from.
func splitArray(arr []byte) []json.RawMessage {
	var out []json.RawMessage
	depth, start := 0, -1
	for i := 0; i < len(arr); i++ {
		switch c := arr[i]; {
		case c == '"':
			if start < 0 {
				start = i
			}
			i = stringEnd(arr, i)
		case c == '[' || c == '{':
			depth++
			if depth == 2 && start < 0 {
				start = i
			}
		case c == ']' || c == '}':
			depth--
			if depth == 0 && start >= 0 {
				out = append(out, trimJSONSpace(arr[start:i]))
			}
		case c == ',' && depth == 1:
			out = append(out, trimJSONSpace(arr[start:i]))
			start = -1
		case depth == 1 && start < 0 && !isJSONSpace(c):
			start = i
		}
	}
	return out
}

// trimJSONSpace is b without JSON white space at either end.
func trimJSONSpace(b []byte) json.RawMessage {
	return bytes.Trim(b, " \t\r\n")
}

// decodeItem decodes one item of a page whose size and nesting checkObject
// has already checked as a whole, so it is not scanned again.
func decodeItem[T any](raw []byte) (T, error) {
	var v T
	if len(raw) == 0 || raw[0] != '{' {
		return v, fmt.Errorf("%w: a list item is not an object", ErrMalformedResponse)
	}
	if err := tolerant(json.Unmarshal(raw, &v)); err != nil {
		return v, err
	}
	sanitizeStrings(reflect.ValueOf(&v).Elem())
	return v, nil
}

// firstArray is the first of the candidate arrays that was sent.
func firstArray(cands ...rawValue) []byte {
	for _, c := range cands {
		if t := bytes.TrimSpace(c); len(t) > 0 && !bytes.Equal(t, []byte("null")) {
			return t
		}
	}
	return nil
}
