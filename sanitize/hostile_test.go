package sanitize_test

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/sanitize"
)

// clean asserts that out, what the sanitizer made of in, has nothing a
// terminal would act on, by the same byte scan the end-to-end tests use.
func clean(t *testing.T, name, in, out string, newlines bool) {
	t.Helper()
	fs := hostile.Scan([]byte(out))
	if len(fs) > 0 {
		t.Fatalf("%s: %q -> %q still has:\n%s", name, in, out, hostile.Summary(fs, 5))
	}
	if !newlines && strings.Contains(out, "\n") {
		t.Fatalf("%s: Line kept a newline: %q", name, out)
	}
	if strings.Contains(out, hostile.Marker) {
		t.Fatalf("%s: the text inside a sequence survived: %q", name, out)
	}
}

func TestEveryPayloadIsRemoved(t *testing.T) {
	for _, p := range hostile.Payloads {
		in := "before" + p.Text + "after"
		out := sanitize.Line(in)
		clean(t, p.Name, in, out, false)
		if !strings.HasPrefix(out, "before") || !strings.HasSuffix(out, "after") {
			t.Errorf("%s: surrounding text lost: %q", p.Name, out)
		}
		clean(t, p.Name, in, sanitize.Text(in), true)
		if sanitize.IsSafe(in) {
			t.Errorf("%s: IsSafe(%q) = true", p.Name, in)
		}
	}
}

func TestMixedAndRepeatedPayloads(t *testing.T) {
	in := hostile.Mixed()
	clean(t, "mixed", in, sanitize.Line(in), false)
	clean(t, "mixed text", in, sanitize.Text(in), true)
	long := strings.Repeat("x", 1<<20) + in + strings.Repeat(in, 100)
	clean(t, "long", "(1 MiB)", sanitize.Line(long), false)
}

// TestSequencesInsideSequences covers attacks that nest or interrupt one
// sequence with another, and 8-bit terminators.
func TestSequencesInsideSequences(t *testing.T) {
	cases := map[string]string{
		"csi in osc":         "a\x1b]0;title\x1b[2J\x07b", // ESC cancels the OSC, as in xterm
		"osc ended by c1":    "a\x1b]0;" + hostile.Marker + "\u009cb",
		"c1 osc ended by st": "a\u009d0;" + hostile.Marker + "\x1b\\b",
		"dcs with esc":       "a\x1bP" + hostile.Marker + "\x1b\x1b\\b",
		"apc pm sos":         "a\x1b_" + hostile.Marker + "\x07\x1b^" + hostile.Marker + "\x07\x1bX" + hostile.Marker + "\x07b",
		"c1 dcs":             "a\u0090" + hostile.Marker + "\u009cb",
		"csi broken by c1":   "a\x1b[2\u009b2Jb",
		"esc before utf8":    "a\x1bé\u202eb",
		"raw c1 byte csi":    "a\x9b2J\x9d0;x\x9cb",
		"nul in csi":         "a\x1b[2\x00Jb",
	}
	for name, in := range cases {
		out := sanitize.Line(in)
		clean(t, name, in, out, false)
		if !strings.HasPrefix(out, "a") || !strings.HasSuffix(out, "b") {
			t.Errorf("%s: %q -> %q lost the text around the attack", name, in, out)
		}
	}
}

func TestWideAndRTLTextSurvives(t *testing.T) {
	for _, s := range hostile.WideSamples {
		if got := sanitize.Line(s); got != s {
			t.Errorf("Line(%q) = %q: legitimate text changed", s, got)
		}
		if !sanitize.IsSafe(s) {
			t.Errorf("IsSafe(%q) = false", s)
		}
	}
}

// TestEveryFieldOfEveryScenario sanitizes every string of every poisoned
// customer, as the decoder does.
func TestEveryFieldOfEveryScenario(t *testing.T) {
	for _, p := range hostile.Payloads {
		hostile.MapStrings(hostile.Customer(), func(path, s string) string {
			in := p.Text + s + p.Text
			clean(t, p.Name+" "+path, in, sanitize.Line(in), false)
			return s
		})
	}
}

// FuzzHostileLine starts from every payload and pairs of them; the fuzzer
// mutates from there. Whatever comes in, the output passes the byte scan,
// and sanitizing twice changes nothing more.
func FuzzHostileLine(f *testing.F) {
	for _, p := range hostile.Payloads {
		f.Add(p.Text)
		for _, q := range hostile.Payloads {
			f.Add(p.Text[:len(p.Text)/2] + q.Text)
		}
	}
	f.Add(hostile.Mixed())
	for _, s := range hostile.WideSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		line, text := sanitize.Line(in), sanitize.Text(in)
		if fs := hostile.Scan([]byte(line)); len(fs) > 0 || strings.Contains(line, "\n") {
			t.Fatalf("Line(%q) = %q:\n%s", in, line, hostile.Summary(fs, 5))
		}
		if fs := hostile.Scan([]byte(text)); len(fs) > 0 {
			t.Fatalf("Text(%q) = %q:\n%s", in, text, hostile.Summary(fs, 5))
		}
		if again := sanitize.Line(line); again != line {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, line, again)
		}
		if len(line) > len(in) || len(text) > len(in) {
			t.Fatalf("output grew: %q -> %q / %q", in, line, text)
		}
	})
}
