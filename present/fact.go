package present

import (
	"strconv"
	"strings"

	"github.com/vipcx/vipcx/api"
)

// Tone is what a fact means for the reader, independent of colour.
type Tone int

// Tones.
const (
	ToneNeutral Tone = iota
	ToneGood
	ToneWarn
	ToneBad
)

// Fact is one labelled value with its tone.
type Fact struct {
	Label string
	Value string
	Tone  Tone
	// Known is false for a code no table holds, shown raw.
	Known bool
	// Note qualifies the value when the code's use is undocumented.
	Note string
}

// None is how an absent value is shown.
const None = "—"

// OrNone is s, or None when s is blank.
func OrNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return None
	}
	return s
}

// Labelled formats a code with its words so the code always stays visible:
// "Active (1000)" when known, the bare code when not, None when empty.
func Labelled(words, code string, known bool) string {
	switch {
	case code == "":
		return None
	case !known:
		return code
	}
	return words + " (" + code + ")"
}

// Coded is code from table t in words with the code: "Commercial (COM)".
func Coded(t api.Table, code string) string {
	words, known := api.Label(t, code)
	return Labelled(words, code, known)
}

// CodedList is Coded for each code, joined with ", ".
func CodedList(t api.Table, codes []string) string {
	parts := make([]string, 0, len(codes))
	for _, c := range codes {
		parts = append(parts, Coded(t, c))
	}
	return strings.Join(parts, ", ")
}

// Number groups digits by thousands: 2406 → "2,406".
func Number(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// Count is n with its noun, singular for one: "1 day", "2,400 days".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return Number(n) + " " + many
}

// Enabled is a switch in the same words everywhere.
func Enabled(on bool) string {
	if on {
		return "enabled"
	}
	return "disabled"
}
