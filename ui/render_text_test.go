package ui

import (
	"strings"
	"testing"
)

func TestClipAndPadCountCells(t *testing.T) {
	if got := clip("山田太郎", 5); got != "山田…" {
		t.Errorf("clip CJK = %q", got)
	}
	if got := padTo("山田", 6); got != "山田  " || cellWidth(got) != 6 {
		t.Errorf("padTo CJK = %q", got)
	}
	if got := padTo("abcdefgh", 4); got != "abc…" {
		t.Errorf("padTo cut = %q", got)
	}
	if clip("x", 0) != "" || padTo("", 3) != "   " {
		t.Error("edge cases")
	}
}

func TestWrapToNeverExceedsWidth(t *testing.T) {
	for _, s := range []string{"a b c", strings.Repeat("長", 40), strings.Repeat("w", 99) + " tail", "short"} {
		for _, w := range []int{1, 5, 17} {
			for _, l := range wrapTo(s, w) {
				if cellWidth(l) > w {
					t.Errorf("wrapTo(%q, %d) line %q is %d cells", s, w, l, cellWidth(l))
				}
			}
		}
	}
	if wrapTo("x", 0) != nil {
		t.Error("zero width should give no lines")
	}
}

func TestOrNone(t *testing.T) {
	if orNone("") != noValue || orNone("  ") != noValue || orNone("a") != "a" {
		t.Error("orNone")
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 2400: "2,400", 1234567: "1,234,567", -5000: "-5,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	if countWord(1, "day", "days") != "1 day" || countWord(2400, "day", "days") != "2,400 days" {
		t.Error("countWord")
	}
}

func TestWrapLinesKeepsEveryCharacter(t *testing.T) {
	short := "{\n  \"a\": 1\n}"
	if got := wrapLines(short, 20); got != short {
		t.Errorf("short text changed: %q", got)
	}
	long := "{\n  \"name\": \"" + strings.Repeat("長い名前 ", 12) + "TAIL\",\n  \"b\": 2\n}"
	got := wrapLines(long, 30)
	for _, l := range strings.Split(got, "\n") {
		if cellWidth(l) > 30 {
			t.Errorf("line %q is %d cells", l, cellWidth(l))
		}
	}
	if strip := func(s string) string { return strings.Join(strings.Fields(s), "") }; strip(got) != strip(long) {
		t.Errorf("characters lost:\n%s", got)
	}
	if !strings.HasPrefix(got, "{\n") || !strings.HasSuffix(got, "\"b\": 2\n}") {
		t.Errorf("lines around the wrapped one changed:\n%s", got)
	}
}
