package e2e

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/sanitize"
)

// markedPayload is an attack followed by a marker only it uses. In the
// hostile customer every attack sits between "Z" and its marker, so the
// sanitized text reads "Z<marker>" and an attack that got through shows up
// as an escape sequence or control right before the marker. kept is the
// attack's own visible text that sanitizing leaves (an OSC 8 link's label).
type markedPayload struct{ name, attack, marker, kept string }

var markedPayloads = []markedPayload{
	{"csi-clear", "\x1b[2J\x1b[H", "MKCLEAR", ""},
	{"csi-sgr", "\x1b[5;31;47m", "MKSGR", ""},
	{"csi-cursor", "\x1b[3A\x1b[2K", "MKCURSOR", ""},
	{"osc-title", "\x1b]0;PWNED-TITLE\x07", "MKTITLE", ""},
	{"osc-title-st", "\x1b]2;PWNED-TITLE\x1b\\", "MKSTTITLE", ""},
	{"osc8-link", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "MKLINK", "click"},
	{"osc52", "\x1b]52;c;ZXZpbA==\x07", "MKCLIP", ""},
	{"dcs", "\x1bP$qPWNED-DCS\x1b\\", "MKDCS", ""},
	{"apc", "\x1b_PWNED-APC\x1b\\", "MKAPC", ""},
	{"esc-reset", "\x1bc", "MKRIS", ""},
	{"c1-csi", "\u009b2J", "MKCONECSI", ""},
	{"c1-osc", "\u009d0;PWNED-TITLE\u009c", "MKCONEOSC", ""},
	{"carriage-return", "\r", "MKCR", ""},
	{"backspace", "\b\b\b", "MKBS", ""},
	{"bell", "\a", "MKBEL", ""},
	{"bidi-rlo", "\u202e", "MKRLO", ""},
	{"bidi-lri", "\u2066", "MKLRI", ""},
}

func markers() []string {
	var out []string
	for _, p := range markedPayloads {
		out = append(out, p.marker)
	}
	return out
}

// allowedCSI are the final bytes of the CSI sequences Bubble Tea's renderer
// writes under NO_COLOR: cursor moves and positions, erase in line and
// screen, mode set and reset. Colour (m) is not among them: with NO_COLOR
// an SGR can only come from data.
const allowedCSI = "ABCDGHJKhl"

// reverseVideo is an SGR that sets or resets reverse video only: the input
// cursor's, which stays visible under NO_COLOR (it forbids colour, not
// attributes). Any other SGR still counts as coming from data.
func reverseVideo(csi []byte) bool {
	switch string(csi) {
	case "\x1b[7m", "\x1b[27m", "\x1b[0m", "\x1b[m":
		return true
	}
	return false
}

// streamFindings lists everything in the bytes a program wrote to its
// terminal that did not come from the renderer: any ESC not starting a CSI
// (OSC, DCS, APC, RIS...), a CSI the renderer never writes, and, once the
// renderer's CSIs and carriage returns are taken out, every control, C1,
// bidi or invalid byte hostile.Scan knows. Then each marker must not come
// right after an escape sequence or an unsafe character.
func streamFindings(b []byte, marks []string) []string {
	var out []string
	var text []byte
	seqEnd := map[int]bool{}
	for i := 0; i < len(b); {
		switch {
		case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '[':
			n := csiLen(b[i:])
			if n == 0 {
				return append(out, fmt.Sprintf("unterminated CSI at %d: %q", i, near(b, i)))
			}
			if !strings.ContainsRune(allowedCSI, rune(b[i+n-1])) && !reverseVideo(b[i:i+n]) {
				out = append(out, fmt.Sprintf("CSI %q the renderer never writes, at %d: %q", b[i:i+n], i, near(b, i)))
			}
			i += n
			seqEnd[i] = true
		case b[i] == 0x1b:
			out = append(out, fmt.Sprintf("ESC %q (not a CSI) at %d: %q", b[min(i+1, len(b)-1)], i, near(b, i)))
			i++
		case b[i] == '\r': // the renderer's own; a carriage return from data is caught by its marker
			i++
		default:
			text = append(text, b[i])
			i++
		}
	}
	for _, f := range hostile.Scan(text) {
		out = append(out, "after taking out the renderer's sequences: "+f.String())
	}
	for _, m := range marks {
		for off := 0; ; {
			j := bytes.Index(b[off:], []byte(m))
			if j < 0 {
				break
			}
			j += off
			if seqEnd[j] || unsafeBefore(b[:j]) {
				out = append(out, fmt.Sprintf("marker %s right after an escape or control at %d: %q", m, j, near(b, j)))
			}
			off = j + len(m)
		}
	}
	return out
}

// csiLen is the length of the CSI sequence b starts with, or 0 when it
// does not end.
func csiLen(b []byte) int {
	for i := 2; i < len(b); i++ {
		if b[i] >= 0x40 && b[i] <= 0x7e {
			return i + 1
		}
		if b[i] < 0x20 || b[i] > 0x7e {
			return 0
		}
	}
	return 0
}

// unsafeBefore reports whether b ends with a character no sanitized text
// holds.
func unsafeBefore(b []byte) bool {
	r, size := utf8.DecodeLastRune(b)
	if size == 0 {
		return false
	}
	return r == utf8.RuneError && size == 1 || sanitize.Unsafe(r)
}

func near(b []byte, i int) []byte { return b[max(0, i-30):min(len(b), i+40)] }

// summary is at most n findings, one per line.
func summary(fs []string, n int) string {
	if len(fs) > n {
		fs = append(fs[:n:n], fmt.Sprintf("... and %d more", len(fs)-n))
	}
	return strings.Join(fs, "\n")
}
