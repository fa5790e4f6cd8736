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
// is inside a string, and not right after a backslash. Printable ASCII, the
// bulk of any response, is copied in runs without decoding; when nothing
// needs escaping, b itself is returned.
func escapeUnsafe(b []byte) []byte {
	var out []byte
	done := 0 // b[:done] is already in out
	for i := 0; i < len(b); {
		c := b[i]
		if (c >= 0x20 && c < 0x7f) || c == '\n' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		// An invalid byte decodes to utf8.RuneError, which is unsafe: it is
		// escaped as U+FFFD, what a decoder reads anyway.
		if !sanitize.Unsafe(r) {
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b)+len(b)/16)
		}
		out = appendEscape(append(out, b[done:i]...), r)
		i += size
		done = i
	}
	if out == nil {
		return b
	}
	return append(out, b[done:]...)
}

// appendEscape writes r as \uXXXX, as a surrogate pair beyond the BMP.
func appendEscape(out []byte, r rune) []byte {
	if r > 0xFFFF {
		hi, lo := utf16.EncodeRune(r)
		return fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
	}
	return fmt.Appendf(out, `\u%04x`, r)
}
