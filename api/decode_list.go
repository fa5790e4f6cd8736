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
	TotalCount FlexInt         `json:"totalCount"`
	Offset     FlexInt         `json:"offset"`
	Limit      FlexInt         `json:"limit"`
	Accounts   json.RawMessage `json:"accounts"`
	Customers  json.RawMessage `json:"customers"`
	Items      json.RawMessage `json:"items"`
	Links      Links           `json:"links"`
}

// decodePage decodes a list answer. Items are decoded one by one from the
// bytes as sent, and each item's bytes are kept in Raw, so `--json` prints
// them exactly as the server wrote them. The body is checked for shape and
// nesting as it is (not compacted first, as a customer is): the bytes
// kept must be the bytes sent.
func decodePage[T any](raw []byte) (*Page[T], error) {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 || trimmed[0] != '{' || nestingDepth(trimmed) > maxNesting {
		_, err := checkObject(raw) // for its precise error
		if err == nil {
			err = fmt.Errorf("%w: not a list object", ErrMalformedResponse)
		}
		return nil, err
	}
	var env envelope
	if err := tolerant(json.Unmarshal(trimmed, &env)); err != nil {
		return nil, err
	}
	arr := firstArray(env.Accounts, env.Customers, env.Items)
	var items []json.RawMessage
	if len(arr) > 0 && json.Unmarshal(arr, &items) != nil {
		return nil, fmt.Errorf("%w: the list is not an array", ErrMalformedResponse)
	}
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
func firstArray(cands ...json.RawMessage) json.RawMessage {
	for _, c := range cands {
		if t := bytes.TrimSpace(c); len(t) > 0 && !bytes.Equal(t, []byte("null")) {
			return t
		}
	}
	return nil
}
