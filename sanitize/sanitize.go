// Package sanitize makes untrusted text safe to write to a terminal.
//
// Everything vipcx shows comes from other people: company names typed into
// Adobe's systems, error messages from gateways, response bodies. Any of it may
// carry escape sequences (clear the screen, set the window title, OSC 8 links,
// OSC 52 clipboard writes), C1 controls, carriage returns, backspaces or bidi
// overrides that rewrite what the user reads. The API layer applies Line or
// Text once, when a response is decoded, so views never see raw text.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s with every escape sequence, control character (newlines and
// tabs included) and bidi control removed: for one-line fields. Tabs and
// newlines become a single space so words do not run together.
func Line(s string) string { return clean(s, false) }

// Text is Line but keeps '\n', for multi-line text such as a pretty-printed
// response body. Tabs become a space.
func Text(s string) string { return clean(s, true) }

// IsSafe reports whether s is already clean for a one-line field, so callers
// on hot paths can skip the copy.
func IsSafe(s string) bool {
	// Ranging over invalid UTF-8 yields utf8.RuneError, which is unsafe, so
	// this one pass also rejects invalid encodings.
	for _, r := range s {
		if unsafeRune(r) {
			return false
		}
	}
	return true
}

// Unsafe reports whether r must never reach a terminal: a C0 or C1 control
// (including ESC, BEL, backspace, '\r', '\n' and the one-character CSI
// U+009B), DEL, a bidi embedding, override or isolate, or the replacement
// for invalid UTF-8.
func Unsafe(r rune) bool { return unsafeRune(r) }

func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200E || r == 0x200F || r == 0x061C:
		// LRM, RLM and ALM reorder neighbouring text invisibly.
		return true
	case r == utf8.RuneError:
		return true
	}
	return false
}

func clean(s string, keepNewlines bool) string {
	if !keepNewlines && IsSafe(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b: // ESC: drop the whole sequence it introduces.
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // C1 CSI: same grammar as ESC [.
			i += size + csiBodyLen(s[i+size:])
			continue
		case r == 0x90 || r == 0x9d || r == 0x9e || r == 0x9f || r == 0x98:
			// C1 DCS, OSC, PM, APC, SOS: string up to ST or BEL.
			i += size + stringBodyLen(s[i+size:])
			continue
		case keepNewlines && r == '\n':
			b.WriteByte('\n')
		case r == '\t' || (!keepNewlines && r == '\n'):
			b.WriteByte(' ')
		case size == 1 && r == utf8.RuneError:
			// invalid byte: drop it
		case unsafeRune(r):
			// drop
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeLen is the byte length of the escape sequence at the start of s,
// which begins with ESC. An unterminated sequence runs to the end of s.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiBodyLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLen(s[2:])
	}
	// Two-character sequences (ESC c, ESC 7, ESC ( B ...): intermediates
	// 0x20–0x2F, then one final byte.
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) {
		n++
	}
	return n
}

// csiBodyLen is the length of CSI parameters, intermediates and final byte.
func csiBodyLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x40 && c <= 0x7e {
			return i + 1
		}
		if c < 0x20 || c >= 0x7f {
			// not a CSI byte: the sequence was malformed; stop before it.
			return i
		}
	}
	return len(s)
}

// stringBodyLen is the length of an OSC/DCS/APC/PM/SOS body up to and
// including its terminator (BEL, ESC \ or the C1 ST U+009C).
func stringBodyLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c {
				return i + 2
			}
		}
	}
	return len(s)
}
