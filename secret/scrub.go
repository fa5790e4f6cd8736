package secret

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
)

// minScrubLen is the shortest value a Scrubber removes: a one- or
// two-character "secret" would blank ordinary text everywhere, and no real
// credential is that short.
const minScrubLen = 4

// Scrubber removes known credentials from text a server sent back, in
// every form a gateway, proxy or WAF might echo them: as is, URL-encoded
// (query and path escaping differ on '+', ' ' and '/') and JSON-escaped
// (with and without HTML escaping of <, > and &). A secret that contains
// '+', '/', '=' or '&' looks different in each form, so matching only the
// plain value would miss most echoes.
//
// The zero value and nil remove nothing. Build one per call, with the
// credentials that call sent.
type Scrubber struct {
	pairs []string // old, new, old, new… longest old first
	r     *strings.Replacer
}

// NewScrubber returns a Scrubber that replaces each of hide with Redacted.
func NewScrubber(hide ...Secret) *Scrubber {
	s := &Scrubber{}
	for _, h := range hide {
		s.add(h.Reveal(), Redacted)
	}
	s.sortPairs()
	return s
}

// WithMasked returns a copy of s that also replaces v, an identifying value
// such as an API key, with its Mask: echoes then read as they do everywhere
// else vipcx shows the key.
func (s *Scrubber) WithMasked(v Secret) *Scrubber {
	out := &Scrubber{}
	if s != nil {
		out.pairs = append(out.pairs, s.pairs...)
	}
	out.add(v.Reveal(), Mask(v.Reveal()))
	out.sortPairs()
	return out
}

// Scrub returns text with every form of every known secret replaced.
func (s *Scrubber) Scrub(text string) string {
	if s == nil || s.r == nil || text == "" {
		return text
	}
	return s.r.Replace(text)
}

// add records the forms of v, each to be replaced by with.
func (s *Scrubber) add(v, with string) {
	if len(v) < minScrubLen {
		return
	}
	seen := map[string]bool{}
	for i := 0; i < len(s.pairs); i += 2 {
		seen[s.pairs[i]] = true
	}
	for _, form := range forms(v) {
		if !seen[form] {
			seen[form] = true
			s.pairs = append(s.pairs, form, with)
		}
	}
}

// forms lists the encodings of v a server might echo (add drops repeats).
// Each form is also listed JSON-escaped, because some server text is shown
// as sent, not decoded: a body that is summarised rather than decoded, or
// a JSON-looking echo inside a decoded string, holds a URL-encoded key
// with '&' as "\u0026".
func forms(v string) []string {
	urls := []string{url.QueryEscape(v), url.PathEscape(v)}
	for _, f := range urls[:2] {
		// Percent-encoding is case-insensitive in its hex digits.
		urls = append(urls, lowerHex(f))
	}
	var out []string
	for _, f := range append([]string{v}, urls...) {
		out = append(append(out, f), jsonForms(f)...)
	}
	return out
}

// jsonForms is f as JSON encoders write it between quotes: with and
// without HTML escaping of <, > and &, and with '/' as "\/" (PHP's
// default) or '+' as "\u002b". A decoded body holds these escapes
// literally when a gateway quoted our request inside its message.
func jsonForms(f string) []string {
	html, plain := jsonEscape(f, true), jsonEscape(f, false)
	return []string{html, plain,
		strings.ReplaceAll(html, "/", `\/`), strings.ReplaceAll(plain, "/", `\/`),
		strings.ReplaceAll(html, "+", `\u002b`), strings.ReplaceAll(plain, "+", `\u002b`)}
}

// jsonEscape is v as it appears between the quotes of a JSON string.
func jsonEscape(v string, html bool) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(html)
	_ = enc.Encode(v) // a string always encodes
	s := strings.TrimSuffix(b.String(), "\n")
	return s[1 : len(s)-1]
}

// lowerHex lowercases the two hex digits after each '%'.
func lowerHex(s string) string {
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '%' {
			b[i+1], b[i+2] = lower(b[i+1]), lower(b[i+2])
		}
	}
	return string(b)
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'F' {
		return c + 'a' - 'A'
	}
	return c
}

// sortPairs puts longer values first and builds the replacer once, so
// Scrub costs no set-up per call. strings.Replacer tries the old
// strings in argument order at each position, so a secret that contains
// another is replaced whole rather than leaving part of itself behind.
func (s *Scrubber) sortPairs() {
	type pair struct{ old, new string }
	ps := make([]pair, 0, len(s.pairs)/2)
	for i := 0; i < len(s.pairs); i += 2 {
		ps = append(ps, pair{s.pairs[i], s.pairs[i+1]})
	}
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].old) > len(ps[j].old) })
	s.pairs = s.pairs[:0]
	for _, p := range ps {
		s.pairs = append(s.pairs, p.old, p.new)
	}
	s.r = nil
	if len(s.pairs) > 0 {
		s.r = strings.NewReplacer(s.pairs...)
	}
}
