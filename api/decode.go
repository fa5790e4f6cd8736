package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// DecodeCustomer decodes a Get Customer response body. It is strict about
// the shape (one JSON object, nothing after it, a customerId) and tolerant of
// the field quirks Adobe's documents disagree on (the resources table types
// globalSalesEnabled and tags as strings, its examples send a boolean and an
// array; https://developer.adobe.com/vipmp/docs/references/resources): a field of
// an unexpected type is left empty rather than failing the whole customer,
// since Raw still holds it for the JSON view. Every string in the result is
// sanitized for the terminal; Raw is the body as sent.
func DecodeCustomer(raw []byte) (*Customer, error) {
	body, err := checkObject(raw)
	if err != nil {
		return nil, err
	}
	c := new(Customer)
	if err := tolerant(json.Unmarshal(body, c)); err != nil {
		return nil, err
	}
	sanitizeStrings(reflect.ValueOf(c).Elem())
	if c.CustomerID == "" {
		return nil, fmt.Errorf("%w: the object has no customerId", ErrMalformedResponse)
	}
	c.Raw = raw
	return c, nil
}

// tolerant filters the error of a json.Unmarshal into a model: a field of
// an unexpected type is left empty (Raw keeps it), a count that is not a
// whole number fails the decode, anything else is invalid JSON.
func tolerant(err error) error {
	var typeErr *json.UnmarshalTypeError
	var numErr *NumberError
	switch {
	case err == nil, errors.As(err, &typeErr):
		return nil
	case errors.As(err, &numErr):
		return fmt.Errorf("%w: a count is %s", ErrMalformedResponse, sanitize.Line(numErr.Error()))
	}
	return notValidJSON(err)
}

// checkObject accepts exactly one JSON object and nothing after it, and
// returns the body to decode: compacted when it was pretty-printed, which
// halves the decoding (most of such a body is indentation). The happy path
// validates the bytes once, in the json.Unmarshal that follows; only the
// error paths check validity here, so each error keeps its most precise
// message.
func checkObject(raw []byte) ([]byte, error) {
	trimmed := bytes.Trim(raw, " \t\r\n") // JSON white space only
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%w: empty body", ErrMalformedResponse)
	}
	if trimmed[0] != '{' {
		if err := validJSON(trimmed); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: JSON %s where an object was expected", ErrMalformedResponse, jsonKind(trimmed[0]))
	}
	var body []byte
	var d int
	if bytes.IndexByte(trimmed, '\n') >= 0 { // pretty-printed: a raw newline is never inside a string
		body, d = compactJSON(trimmed)
	} else {
		body, d = trimmed, nestingDepth(trimmed)
	}
	if d > maxNesting {
		if err := validJSON(body); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: JSON nested %d levels deep (at most %d accepted)", ErrMalformedResponse, d, maxNesting)
	}
	return body, nil
}

// validJSON reports whether b is one valid JSON value, as the error
// DecodeCustomer returns when it is not.
func validJSON(b []byte) error {
	var v json.RawMessage
	if err := json.Unmarshal(b, &v); err != nil {
		return notValidJSON(err)
	}
	return nil
}

// notValidJSON wraps a syntax error from encoding/json, sanitized: its
// message quotes the offending character.
func notValidJSON(err error) error {
	return fmt.Errorf("%w: not valid JSON: %s", ErrMalformedResponse, sanitize.Line(err.Error()))
}

// maxNesting bounds how deep a response may nest. A customer is about five
// levels deep; without a bound, a small body nested thousands of levels deep
// (encoding/json accepts 10,000) pretty-prints into hundreds of megabytes of
// indentation for --json and the JSON tab.
const maxNesting = 64

// nestingDepth is the deepest nesting of objects and arrays in valid JSON b.
func nestingDepth(b []byte) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range b {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
			deepest = max(deepest, depth)
		case c == '}' || c == ']':
			depth--
		}
	}
	return deepest
}

// jsonKind names the JSON value that starts with b.
func jsonKind(b byte) string {
	switch b {
	case '[':
		return "array"
	case '"':
		return "string"
	case 'n':
		return "null"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

// sanitizeStrings rewrites, in place, every settable string reachable from v
// (nested structs, pointers, slices such as StringList, Timestamp.Text), so
// a field added to the model later is covered without touching this code.
func sanitizeStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(sanitize.Line(v.String()))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			sanitizeStrings(v.Elem())
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // Raw bytes are kept as sent, on purpose.
		}
		for i := range v.Len() {
			sanitizeStrings(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				sanitizeStrings(f)
			}
		}
	}
}

// errorBody is what an error response's body said.
type errorBody struct {
	Code, Message string
	Details       []string
	InvalidFields []string
	Summary       string
}

// Limits on what an error body may contribute, so a hostile or huge body
// cannot flood the screen.
const (
	maxCodeRunes    = 40
	maxMessageRunes = 300
	maxDetailRunes  = 200
	maxDetails      = 20
	maxFieldRunes   = 100
)

// decodeErrorBody reads Adobe's {code, message, additionalDetails} body, the
// gateway's {error_code, message} and the OAuth-style {error,
// error_description}; anything else is summarised, never kept whole.
// Every decoded string is scrubbed of known secrets before it is clipped:
// decoding undoes JSON escapes that can hide a secret, and a clip through
// the middle of one would leave its first part unrecognised.
func decodeErrorBody(contentType string, body []byte, scrub *secret.Scrubber) errorBody {
	var fields map[string]json.RawMessage
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &fields) == nil {
		eb := errorBody{
			Code:          firstNonEmpty(scalar(fields["code"]), scalar(fields["error_code"])),
			Message:       firstNonEmpty(scalar(fields["message"]), scalar(fields["error_description"]), scalar(fields["error"])),
			Details:       details(fields["additionalDetails"], scrub),
			InvalidFields: invalidFields(fields["invalidFields"], scrub),
		}
		if eb.Code == "" && scalar(fields["error_description"]) != "" {
			eb.Code = scalar(fields["error"]) // OAuth: error is the code
		}
		eb.Code, eb.Message = clipRunes(scrub.Scrub(eb.Code), maxCodeRunes), clipRunes(scrub.Scrub(eb.Message), maxMessageRunes)
		if eb.Code != "" || eb.Message != "" || len(eb.Details) > 0 || len(eb.InvalidFields) > 0 {
			return eb
		}
	}
	return errorBody{Summary: summarizeBody(contentType, body, scrub)}
}

// scalar renders a JSON string, number or boolean as sanitized text; other
// values give "".
func scalar(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ""
		}
		return sanitize.Line(s)
	case '{', '[', 'n':
		return ""
	}
	return sanitize.Line(string(raw))
}

// details reads additionalDetails: an array of strings (or scalars), or a
// lone string.
func details(raw json.RawMessage, scrub *secret.Scrubber) []string {
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		items = []json.RawMessage{raw}
	}
	var out []string
	for _, it := range items {
		if s := scalar(it); s != "" && len(out) < maxDetails {
			out = append(out, clipRunes(scrub.Scrub(s), maxDetailRunes))
		}
	}
	return out
}

// invalidFields reads Adobe's invalidFields (documented with error 1117):
// an array of field names, or of objects naming the field, or a lone name.
// At most maxDetails names are kept, each clipped and sanitized.
// https://developer.adobe.com/vipmp/docs/references/error-handling
func invalidFields(raw json.RawMessage, scrub *secret.Scrubber) []string {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		items = []json.RawMessage{raw}
	}
	var out []string
	for _, it := range items {
		name := scalar(it)
		if name == "" {
			var obj map[string]json.RawMessage
			if json.Unmarshal(it, &obj) == nil {
				name = firstNonEmpty(scalar(obj["field"]), scalar(obj["name"]), scalar(obj["path"]))
			}
		}
		if name != "" && len(out) < maxDetails {
			out = append(out, clipRunes(scrub.Scrub(name), maxFieldRunes))
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
