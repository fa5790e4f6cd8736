package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var hostile = []struct{ name, in, want string }{
	{"plain", "Fairmont", "Fairmont"},
	{"csi clear", "Fair\x1b[2Jmont", "Fairmont"},
	{"sgr", "\x1b[31mred\x1b[0m", "red"},
	{"osc title bel", "a\x1b]0;pwned\x07b", "ab"},
	{"osc title st", "a\x1b]0;pwned\x1b\\b", "ab"},
	{"osc8 link", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
	{"osc52 clipboard", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
	{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
	{"c1 csi", "a\u009b2Jb", "ab"},
	{"c1 osc", "a\u009d0;t\u009cb", "ab"},
	{"c1 other", "a\u0085b", "ab"},
	{"cr spoof", "evil\rgood", "evilgood"},
	{"backspace", "abc\b\b\bxyz", "abcxyz"},
	{"bell", "ding\a", "ding"},
	{"bidi override", "abc\u202Edcba\u202C", "abcdcba"},
	{"bidi isolate", "\u2066x\u2069", "x"},
	{"newline in line", "a\nb", "a b"},
	{"tab", "a\tb", "a b"},
	{"invalid utf8", "a\xffb", "ab"},
	{"del", "a\x7fb", "ab"},
	{"wide kept", "東京都", "東京都"},
	{"rtl kept", "שלום", "שלום"},
	{"emoji kept", "café ☕", "café ☕"},
	{"unterminated esc", "abc\x1b[", "abc"},
	{"lone esc", "abc\x1b", "abc"},
}

func TestLine(t *testing.T) {
	for _, c := range hostile {
		if got := Line(c.in); got != c.want {
			t.Errorf("%s: Line(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestTextKeepsNewlines(t *testing.T) {
	if got := Text("a\nb\r\n\x1b[2Jc"); got != "a\nb\nc" {
		t.Fatalf("Text = %q", got)
	}
}

func FuzzLine(f *testing.F) {
	for _, c := range hostile {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, keep := range []bool{false, true} {
			out := clean(in, keep)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q", in)
			}
			for _, r := range out {
				if r == '\n' && keep {
					continue
				}
				if Unsafe(r) {
					t.Fatalf("unsafe rune %U survived in %q (from %q)", r, out, in)
				}
			}
			// Printable text with no escapes survives unchanged.
			if IsSafe(in) && !strings.ContainsRune(in, '\x1b') && out != in {
				t.Fatalf("safe text changed: %q -> %q", in, out)
			}
		}
	})
}
