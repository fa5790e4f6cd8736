package secret

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

func TestScrubRemovesEveryForm(t *testing.T) {
	const tok = "abc+def/ghi=jkl&mno <x>"
	const key = "0123456789abcdefKEY"
	s := NewScrubber(New(tok)).WithMasked(New(key))
	jsonForm, _ := json.Marshal(tok)
	cases := map[string]string{
		"plain":      "Bearer " + tok,
		"query":      "echo?t=" + url.QueryEscape(tok),
		"path":       "/p/" + url.PathEscape(tok),
		"json":       `{"t":` + string(jsonForm) + `}`,
		"lower-hex":  strings.ToLower(url.QueryEscape(tok)),
		"json-plain": `"abc+def/ghi=jkl&mno <x>"`,
		"json-slash": `{"t":"abc+def\/ghi=jkl\u0026mno \u003cx\u003e"}`,
		"json-plus":  `{"t":"abc\u002bdef/ghi=jkl&mno <x>"}`,
		"json-path":  `{"t":"abc+def%2Fghi=jkl\u0026mno%20%3Cx%3E"}`,
	}
	for name, in := range cases {
		out := s.Scrub(in)
		if strings.Contains(out, "ghi=jkl") || strings.Contains(out, "def/ghi") || strings.Contains(out, "def%2Fghi") || strings.Contains(strings.ToLower(out), "def%2fghi") {
			t.Errorf("%s: %q still holds the token", name, out)
		}
		if !strings.Contains(out, Redacted) {
			t.Errorf("%s: %q has no %s", name, out, Redacted)
		}
	}
	out := s.Scrub("key=" + key)
	if strings.Contains(out, key) || !strings.Contains(out, Mask(key)) {
		t.Errorf("API key not masked: %q", out)
	}
}

func TestScrubLongestFirst(t *testing.T) {
	s := NewScrubber(New("secret"), New("secret-and-more"))
	if got := s.Scrub("x secret-and-more y"); got != "x "+Redacted+" y" {
		t.Errorf("got %q", got)
	}
}

func TestScrubNilAndShort(t *testing.T) {
	var s *Scrubber
	if s.Scrub("abc") != "abc" {
		t.Error("nil scrubber changed text")
	}
	if got := NewScrubber(New("ab"), Secret{}).Scrub("abc"); got != "abc" {
		t.Errorf("short secret scrubbed: %q", got)
	}
}
