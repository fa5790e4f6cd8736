package demo

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"
)

// fixtureFS holds one file per demo customer, named after its ID, written in
// Adobe's exact field names so they are served byte for byte.
//
//go:embed fixtures/*.json
var fixtureFS embed.FS

// Sample is one demo customer for the start screen.
type Sample struct {
	// ID is the customer ID to type.
	ID string
	// Summary is one line on what the ID shows.
	Summary string
}

// samples is the start-screen order: real-looking customers first (the API
// page's own example leading), then the IDs that demonstrate failures.
var samples = []Sample{
	{"9876543210", "EDU K-12, linked membership owner (the API page's example)"},
	{"1005512199", "COM, three-year commit with a recommitment request (LICENSE 13, CONSUMABLES TC)"},
	{"1006200001", "GOV state agency, large government agency benefit (LICENSE 07)"},
	{"1007300042", "EDU higher-ed in Tokyo, consortium member, Japanese text"},
	{"1008400017", "COM in München, migrated high-volume discount (HVD_L18_PRE)"},
	{"1009500003", "COM, pending (1002), no coterm date yet"},
	{"1010600008", "EDU non-profit, inactive (1004)"},
	{"1011700009", "COM, inactive: account blocked (1012)"},
	{bigContactsID, "COM with 480 contacts from around the world"},
	{benchContactsID, "5,000 contacts (for benchmarks)"},
	{"demo-escapes", "hostile text (escape sequences, bidi overrides), shown safely"},
	{"demo-slow", "a normal customer that answers slowly (Esc cancels)"},
	{"demo-400", "answers 400 Bad Request (4120 duplicate request id)"},
	{"demo-401", "answers 401 Unauthorized (4116 token invalid)"},
	{"demo-403", "answers 403 Forbidden (4121 not allowed on this resource)"},
	{"demo-404", "answers 404 Not Found (1116 Invalid Customer)"},
	{"demo-429", "answers 429 Too Many Requests (4118, no Retry-After), then the customer on retry"},
	{"demo-500", "answers 500 Internal Server Error (1124)"},
	{"demo-502", "answers 502 Bad Gateway with an HTML page, not JSON"},
}

// Samples returns the demo IDs in start-screen order, customers first and
// then the IDs that answer with errors. The slice is a copy.
func Samples() []Sample {
	return append([]Sample(nil), samples...)
}

// fixtureBodies maps each customer ID to its response body, built on first
// use. Nothing is loaded at package init: every vipcx command links this
// package, and generating 5,480 contacts costs tens of milliseconds that
// `vipcx get` and the TUI's first frame must not pay.
var fixtureBodies = sync.OnceValue(indexFixtures)

// CustomerJSON returns the exact body the demo API answers for customer id,
// generating it the first time it is asked for, so benchmarks and tests can
// use a fixture without a request. The bytes are shared: do not modify them.
func CustomerJSON(id string) ([]byte, bool) {
	if body, ok := fixtureBodies()[id]; ok {
		return body(), true
	}
	if i, ok := generatedIndex(id); ok {
		return generatedBodies()[i](), true
	}
	return nil, false
}

// generatedBodies renders each generated customer on first use, like the
// fixtures.
var generatedBodies = sync.OnceValue(func() []func() []byte {
	out := make([]func() []byte, generatedCount)
	for i := range out {
		out[i] = sync.OnceValue(func() []byte { return generatedCustomerJSON(byID()[generatedID(i)]) })
	}
	return out
})

// generatedContacts maps the fixtures whose contacts list is generated to
// how many contacts they get.
var generatedContacts = map[string]int{
	bigContactsID:   bigContactsCount,
	benchContactsID: benchContactsCount,
}

// indexFixtures lists the embedded customers, each body loaded once on
// demand. The files ship inside the binary, so a broken one is a
// programming error (a panic) that the tests catch.
func indexFixtures() map[string]func() []byte {
	entries, err := fixtureFS.ReadDir("fixtures")
	if err != nil {
		panic("demo: " + err.Error())
	}
	m := make(map[string]func() []byte, len(entries))
	for _, e := range entries {
		name := e.Name()
		m[strings.TrimSuffix(name, ".json")] = sync.OnceValue(func() []byte { return mustLoadFixture(name) })
	}
	return m
}

// mustLoadFixture reads one embedded customer and splices in its generated
// contacts, if it has any.
func mustLoadFixture(name string) []byte {
	b, err := fixtureFS.ReadFile(path.Join("fixtures", name))
	if err == nil {
		if n, ok := generatedContacts[strings.TrimSuffix(name, ".json")]; ok {
			b, err = spliceContacts(b, generateContacts(n))
		}
	}
	if err != nil {
		panic(fmt.Sprintf("demo: fixture %s: %v", name, err))
	}
	return b
}
