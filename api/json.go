package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vipcx/vipcx/sanitize"
)

// maxIndentDepth is the deepest level that gets its own indentation;
// deeper levels are written at this indent. Real customer objects nest
// about six levels; a hostile body nested hundreds deep would otherwise
// turn each short line into hundreds of spaces.
const maxIndentDepth = 12

// prettyBudget bounds the indented output: a multiple of the input plus
// some slack. Past it, PrettyJSON prints the compact form (never longer
// than the input) instead, so --json and the TUI's JSON view cannot be made
// to write or hold hundreds of megabytes from a 4 MiB response.
func prettyBudget(n int) int { return 8*n + 64<<10 }

// PrettyJSON indents raw by two spaces, keeping every field and the key
// order, and makes it safe for a terminal without changing the JSON value:
// a control, bidi or invalid-UTF-8 character inside a string is written as
// a \uXXXX escape, which decodes to the same value. The output ends with a
// newline. Invalid JSON is an error wrapping ErrMalformedResponse.
//
// The output is bounded: indentation stops growing past maxIndentDepth, and
// a result larger than prettyBudget(len(raw)) is replaced by the compact form.
func PrettyJSON(raw []byte) ([]byte, error) {
	if !json.Valid(raw) {
		var v any
		err := json.Unmarshal(raw, &v)
		if err == nil {
			err = errors.New("invalid JSON")
		}
		return nil, fmt.Errorf("%w: %s", ErrMalformedResponse, sanitize.Line(err.Error()))
	}
	out, ok := indentBounded(raw, prettyBudget(len(raw)))
	if !ok {
		var buf bytes.Buffer
		_ = json.Compact(&buf, raw) // valid: checked above
		out = buf.Bytes()
	}
	out = escapeUnsafe(bytes.TrimRight(out, " \t\r\n"))
	return append(out, '\n'), nil
}

// indentBounded indents valid JSON like json.Indent with two spaces, capping
// the indent at maxIndentDepth levels. It gives up (false) as soon as the
// output would exceed budget bytes.
func indentBounded(raw []byte, budget int) ([]byte, bool) {
	out := make([]byte, 0, min(budget, 2*len(raw)+16))
	depth, inString, escaped := 0, false, false
	newline := func(d int) {
		out = append(out, '\n')
		for i := 0; i < min(d, maxIndentDepth); i++ {
			out = append(out, ' ', ' ')
		}
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if inString {
			out = append(out, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '"':
			inString = true
			out = append(out, c)
		case '{', '[':
			out = append(out, c)
			if j := nextNonSpace(raw, i+1); j < len(raw) && (raw[j] == '}' || raw[j] == ']') {
				out = append(out, raw[j])
				i = j
				continue
			}
			depth++
			newline(depth)
		case '}', ']':
			depth--
			newline(depth)
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline(depth)
		case ':':
			out = append(out, ':', ' ')
		default:
			out = append(out, c)
		}
		if len(out) > budget {
			return nil, false
		}
	}
	return out, true
}

// nextNonSpace is the index of the first non-whitespace byte at or after i.
func nextNonSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
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
