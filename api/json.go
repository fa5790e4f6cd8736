package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vipcx/vipcx/sanitize"
)

// PrettyJSON indents raw by two spaces, keeping every field and the key
// order, and makes it safe for a terminal without changing the JSON value:
// a control, bidi or invalid-UTF-8 character inside a string is written as
// a \uXXXX escape, which decodes to the same value. The output ends with a
// newline. Invalid JSON is an error wrapping ErrMalformedResponse.
func PrettyJSON(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrMalformedResponse, sanitize.Line(err.Error()))
	}
	out := escapeUnsafe(bytes.TrimRight(buf.Bytes(), " \t\r\n"))
	return append(out, '\n'), nil
}

// escapeUnsafe rewrites unsafe runes as JSON escapes. After json.Indent the
// only raw control character outside strings is the newline, and a JSON
// string cannot hold a raw C0 control, so every other unsafe rune found here
// is inside a string, and not right after a backslash.
func escapeUnsafe(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '\n':
			out = append(out, '\n')
		case r == utf8.RuneError && size == 1:
			out = appendEscape(out, utf8.RuneError) // what a decoder reads anyway
		case sanitize.Unsafe(r):
			out = appendEscape(out, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// appendEscape writes r as \uXXXX, as a surrogate pair beyond the BMP.
func appendEscape(out []byte, r rune) []byte {
	if r > 0xFFFF {
		hi, lo := utf16.EncodeRune(r)
		return fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
	}
	return fmt.Appendf(out, `\u%04x`, r)
}
