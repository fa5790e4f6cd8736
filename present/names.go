package present

import (
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// nameOrder is the collator behind CompareNames. A Collator keeps scratch
// buffers, so it is shared under a lock rather than per call (building one
// costs more than a comparison).
var nameOrder = struct {
	sync.Mutex
	c *collate.Collator
}{c: collate.New(language.Und, collate.Loose, collate.Numeric)}

// CompareNames orders company names the way a person reads a list: the
// Unicode collation algorithm's root order, ignoring case, accents and
// width, numbers by value, so "Bärenstark" files among the B's and
// "Όλυμπος" among the O's rather than after every unaccented letter. Names
// equal under that order are ordered by their bytes, so the order is total
// and merging listings is deterministic.
func CompareNames(a, b string) int {
	nameOrder.Lock()
	c := nameOrder.c.CompareString(a, b)
	nameOrder.Unlock()
	if c != 0 {
		return c
	}
	return strings.Compare(a, b)
}
