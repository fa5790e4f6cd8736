package demo

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// nameKeys are the keys the book sorts company names by: the Unicode collation
// algorithm's root order, ignoring case, accents and width, numbers by
// value. A person looks for "Bärenstark" before "Brokenpipe" and for
// "Όλυμπος" among the O's, where raw bytes put them after every plain
// letter. Keys are computed once, when the book is built: a Collator is not
// safe for concurrent use and the server answers requests concurrently.
func nameKeys(names []string) []string {
	c := collate.New(language.Und, collate.Loose, collate.Numeric)
	var buf collate.Buffer
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = string(c.KeyFromString(&buf, n))
		buf.Reset()
	}
	return keys
}
