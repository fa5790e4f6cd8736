// Package nameorder orders company names the way a person reads a list:
// case, accents and width do not move a name out of its letter, so
// "Bärenstark" files among the B's and "Όλυμπος" among the O's, where raw
// bytes put them after every plain letter. Scripts keep Unicode's order
// (Latin, Greek, Cyrillic, ..., CJK, Hangul).
//
// It folds rather than collates: Unicode compatibility decomposition with
// the combining marks dropped, then lower case, then the few Latin letters
// that do not decompose (ł, ø, ß, æ, ...) spelled with their base letters.
// golang.org/x/text/collate would also order scripts the way the Unicode
// collation algorithm does, but its tables add about 1.7 MB to the binary.
package nameorder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// baseLetters spells the lower-case Latin letters that have no
// decomposition with the letters a reader files them under.
var baseLetters = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŧ': "t", 'ŀ': "l", 'ĸ': "q",
}

// Key is name folded for ordering: two names a reader files together have
// equal keys, and keys compare bytewise in reading order.
func Key(name string) string {
	if ascii(name) { // most names: nothing to decompose, half a microsecond saved
		return strings.ToLower(name)
	}
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range norm.NFKD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if s, ok := baseLetters[r]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Compare orders two names by Key; names with equal keys (equal but for
// case or accents) are ordered by their bytes, so the order is total and
// a merge of listings is the same on every run.
func Compare(a, b string) int {
	if c := strings.Compare(Key(a), Key(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// Keys remembers each name's Key, for sorts and merges that compare the
// same names many times: Key costs microseconds on a name that is not
// ASCII. The zero value is not usable; make one with make or a literal.
type Keys map[string]string

// Compare is Compare with each name folded once.
func (k Keys) Compare(a, b string) int {
	if c := strings.Compare(k.key(a), k.key(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func (k Keys) key(name string) string {
	v, ok := k[name]
	if !ok {
		v = Key(name)
		k[name] = v
	}
	return v
}
