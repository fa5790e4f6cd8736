package hostile

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Finding is one byte or character in program output that could drive a
// terminal or make text read differently.
type Finding struct {
	// Offset is the byte offset in the scanned output.
	Offset int
	// What names the problem: "ESC", "C1 control U+009B", "raw byte 0x9b
	// (not UTF-8)", "bidi control U+202E"...
	What string
	// Context is up to 24 bytes either side of the offset, for the test log
	// (print it with %q: it holds the very bytes that were found).
	Context []byte
}

// String describes the finding safely: the context is Go-quoted.
func (f Finding) String() string {
	return fmt.Sprintf("offset %d: %s in %q", f.Offset, f.What, f.Context)
}

// Scan reports every byte or character in b that must never reach a
// terminal: any C0 control but '\n' (ESC, BEL, '\r', backspace, tab, NUL...),
// DEL, any C1 control whether encoded as UTF-8 or sent as a raw byte
// 0x80–0x9F, any other byte that is not valid UTF-8, and the bidi controls
// U+202A–U+202E, U+2066–U+2069 with the marks U+200E, U+200F and U+061C.
// It is deliberately stricter than a terminal: the program's own output has
// no reason to contain any of these, so no allow-list is needed.
func Scan(b []byte) []Finding {
	var out []Finding
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if what := classify(r, size, b[i]); what != "" {
			out = append(out, Finding{Offset: i, What: what, Context: around(b, i)})
		}
		i += size
	}
	return out
}

// Summary is at most max findings, one per line, for a test failure.
func Summary(fs []Finding, max int) string {
	var b strings.Builder
	for i, f := range fs {
		if i == max {
			fmt.Fprintf(&b, "... and %d more", len(fs)-max)
			break
		}
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// c0Names are the C0 controls worth naming in a report.
var c0Names = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x09: "tab", 0x0b: "vertical tab",
	0x0c: "form feed", 0x0d: "carriage return", 0x1b: "ESC",
}

// classify names what is wrong with the rune r (of size bytes, starting with
// byte first), or returns "" when it is fine.
func classify(r rune, size int, first byte) string {
	switch {
	case r == utf8.RuneError && size == 1:
		if first >= 0x80 && first <= 0x9f {
			return fmt.Sprintf("raw C1 byte 0x%02x (not UTF-8)", first)
		}
		return fmt.Sprintf("invalid UTF-8 byte 0x%02x", first)
	case r == '\n':
		return ""
	case r < 0x20:
		if n, ok := c0Names[r]; ok {
			return n
		}
		return fmt.Sprintf("C0 control %U", r)
	case r == 0x7f:
		return "DEL"
	case r >= 0x80 && r <= 0x9f:
		return fmt.Sprintf("C1 control %U", r)
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("bidi control %U", r)
	case r == 0x200e || r == 0x200f || r == 0x061c:
		return fmt.Sprintf("bidi mark %U", r)
	}
	return ""
}

// around is the context window of a finding.
func around(b []byte, i int) []byte {
	lo, hi := max(0, i-24), min(len(b), i+24)
	return append([]byte(nil), b[lo:hi]...)
}
