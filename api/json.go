package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
// the indent at maxIndentDepth levels. It first measures the result without
// writing it, and gives up (false) if that exceeds budget bytes, so a
// hostile body costs a scan, not a growing buffer; otherwise it writes the
// result into one allocation of the exact size.
func indentBounded(raw []byte, budget int) ([]byte, bool) {
	m := indenter{}
	m.walk(raw)
	if m.n > budget {
		return nil, false
	}
	w := indenter{out: make([]byte, 0, m.n), write: true}
	w.walk(raw)
	return w.out, true
}

// indenter writes valid JSON indented by two spaces, or only counts the
// length of that (n) when write is false. Strings and other scalars are
// copied as whole runs, so the per-byte work is a scan. With escape set,
// unsafe runes inside strings are escaped as they are copied, which is
// what escapeUnsafe does after the fact; n still counts the bytes before
// escaping, the size prettyBudget bounds.
type indenter struct {
	out    []byte
	n      int
	depth  int
	write  bool
	escape bool
}

func (w *indenter) put(b []byte) {
	w.n += len(b)
	if w.write {
		w.out = append(w.out, b...)
	}
}

func (w *indenter) putString(b []byte) {
	w.n += len(b)
	switch {
	case !w.write:
	case w.escape:
		w.out = appendSafe(w.out, b)
	default:
		w.out = append(w.out, b...)
	}
}

// newline starts a line at the current depth, capped at maxIndentDepth.
func (w *indenter) newline() {
	d := min(w.depth, maxIndentDepth)
	w.n += 1 + 2*d
	if w.write {
		w.out = append(w.out, '\n')
		w.out = append(w.out, spaces[:2*d]...)
	}
}

// walk indents one valid JSON value (or a run of them and their
// punctuation) from the current depth.
func (w *indenter) walk(raw []byte) {
	for i := 0; i < len(raw); {
		switch c := raw[i]; c {
		case ' ', '\t', '\r', '\n':
			i++
		case '"':
			j := stringEnd(raw, i) + 1
			w.putString(raw[i:j])
			i = j
		case '{', '[':
			if j := nextNonSpace(raw, i+1); j < len(raw) && (raw[j] == '}' || raw[j] == ']') {
				w.put([]byte{c, raw[j]})
				i = j + 1
				continue
			}
			w.put(raw[i : i+1])
			w.depth++
			w.newline()
			i++
		case '}', ']':
			w.depth--
			w.newline()
			w.put(raw[i : i+1])
			i++
		case ',':
			w.put(raw[i : i+1])
			w.newline()
			i++
		case ':':
			w.put(colon)
			i++
		default: // number, true, false, null
			j := i + 1
			for j < len(raw) && !isJSONSpace(raw[j]) && !isJSONPunct(raw[j]) {
				j++
			}
			w.put(raw[i:j])
			i = j
		}
	}
}

var colon = []byte(": ")

// spaces is the indentation at maxIndentDepth.
var spaces = []byte(strings.Repeat(" ", 2*maxIndentDepth))

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
// is inside a string, and not right after a backslash. When nothing needs
// escaping, b itself is returned.
func escapeUnsafe(b []byte) []byte {
	i := firstUnsafe(b)
	if i == len(b) {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/16)
	return appendSafe(append(out, b[:i]...), b[i:])
}

// firstUnsafe is the index of the first rune in b that appendSafe would
// escape, or len(b).
func firstUnsafe(b []byte) int {
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
		if sanitize.Unsafe(r) {
			return i
		}
		i += size
	}
	return len(b)
}

// appendSafe appends b to out with unsafe runes written as JSON escapes.
// Printable ASCII, the bulk of any response, is copied in runs without
// decoding. An invalid byte decodes to utf8.RuneError, which is unsafe: it
// is escaped as U+FFFD, what a decoder reads anyway.
func appendSafe(out, b []byte) []byte {
	for {
		i := firstUnsafe(b)
		out = append(out, b[:i]...)
		if i == len(b) {
			return out
		}
		r, size := utf8.DecodeRune(b[i:]) // an ASCII control decodes as itself, size 1
		out = appendEscape(out, r)
		b = b[i+size:]
	}
}

// appendEscape writes r as \uXXXX, as a surrogate pair beyond the BMP.
func appendEscape(out []byte, r rune) []byte {
	if r > 0xFFFF {
		hi, lo := utf16.EncodeRune(r)
		return fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
	}
	return fmt.Appendf(out, `\u%04x`, r)
}
