package hostile

import "strings"

// Payload is one hostile string and the attack it stands for.
type Payload struct {
	// Name is short and usable in a customer ID ("osc-title").
	Name string
	// Text is the hostile string itself.
	Text string
}

// Marker is the visible text inside the sequences that carry text of their
// own (titles, DCS strings). A sanitizer must remove whole sequences, so the
// marker must not show up in sanitized output.
const Marker = "PWNED"

// Payloads are the strings every package's tests throw at the program. Each
// one is harmless when shown as text and harmful when written raw to a
// terminal: it clears the screen, retitles the window, plants a link or a
// clipboard write, queries the terminal, or makes text read differently.
var Payloads = []Payload{
	{"csi-clear", "\x1b[2J\x1b[H"},
	{"csi-sgr", "\x1b[5;31;47m"},
	{"csi-cursor-up", "\x1b[3A\x1b[2K"},
	{"osc-title", "\x1b]0;" + Marker + "\x07"},
	{"osc-title-st", "\x1b]2;" + Marker + "\x1b\\"},
	{"osc8-link", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"},
	{"osc52-clipboard", "\x1b]52;c;cm0gLXJmIH4K\x07"},
	{"dcs", "\x1bP$q" + Marker + "\x1b\\"},
	{"esc-reset", "\x1bc"},
	{"c1-csi", "\u009b2J"},
	{"c1-osc", "\u009d0;" + Marker + "\u009c"},
	{"c1-nel", "\u0085"},
	{"carriage-return", "\rSPOOF"},
	{"backspace", "\b\b\b"},
	{"bell", "\a"},
	{"bidi-rlo", "\u202eevil\u202c"},
	{"bidi-lri", "\u2066x\u2069"},
	{"bidi-lrm", "\u200e\u200f\u061c"},
	{"nul", "\x00"},
	{"del", "\x7f"},
	{"tab-vt-ff", "\t\v\f"},
	{"raw-c1-byte", "\x9b2J"},
	{"invalid-utf8", "\xff\xfe\xc0"},
}

// Mixed is every payload in one string, with plain text between them so a
// sanitizer that stops at the first attack is caught.
func Mixed() string {
	var b strings.Builder
	for _, p := range Payloads {
		b.WriteString(p.Text)
		b.WriteByte('.')
	}
	return b.String()
}

// ValidUTF8Payloads are the payloads that survive JSON encoding unchanged,
// that is all but the invalid-UTF-8 ones (which encoding/json rewrites as
// U+FFFD); raw invalid bytes need a hand-built body.
func ValidUTF8Payloads() []Payload {
	var out []Payload
	for _, p := range Payloads {
		if strings.ToValidUTF8(p.Text, "") == p.Text {
			out = append(out, p)
		}
	}
	return out
}
