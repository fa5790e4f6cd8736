package api_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/hostile"
)

// joinedPretty is what `--json` of a list printed before PrettyJSONArray:
// the items joined into one array, then PrettyJSON of it.
func joinedPretty(t testing.TB, items []json.RawMessage) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(it)
	}
	b.WriteByte(']')
	out, err := api.PrettyJSON(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// hostileItems are list items that attack the output: every payload in
// keys and values, raw invalid UTF-8, bidi and C1 controls sent unescaped,
// odd white space, empty containers, nesting past the indent cap, and a
// whole poisoned customer.
func hostileItems() [][]json.RawMessage {
	mixed := hostile.Marshal(map[string]any{"customerId": "1", "companyProfile": map[string]any{"companyName": hostile.Mixed()}})
	deep := strings.Repeat(`{"a":[`, 40) + `"x\u202e"` + strings.Repeat(`]}`, 40)
	return [][]json.RawMessage{
		nil,
		{json.RawMessage(`{}`)},
		{json.RawMessage(`{"orderId":"1","lineItems":[ ],"links":{ }}`), json.RawMessage(" {\n\t\"orderId\" : \"2\" , \"n\" : -1.5e3 } ")},
		{json.RawMessage(mixed), json.RawMessage("{\"k\xff\":\"\xc2\x9b\xe2\x80\xae\xef\xbf\xbd\",\"t\":true,\"z\":null}")},
		{json.RawMessage(hostile.Poisoned(hostile.Mixed())), json.RawMessage(deep)},
	}
}

// TestPrettyJSONArrayIsJoinedPrettyJSON: the one-pass writer prints the
// same bytes `--json` printed before it, for hostile items too.
func TestPrettyJSONArrayIsJoinedPrettyJSON(t *testing.T) {
	for i, items := range hostileItems() {
		got, want := api.PrettyJSONArray(items), joinedPretty(t, items)
		if !bytes.Equal(got, want) {
			t.Errorf("case %d: got\n%q\nwant\n%q", i, got, want)
		}
	}
}

// TestPrettyJSONArrayFallsBackToCompactLikePrettyJSON: items whose
// indented form passes PrettyJSON's budget print compact, as before.
func TestPrettyJSONArrayFallsBackToCompactLikePrettyJSON(t *testing.T) {
	// Each "[[[…]]]" level costs 2 bytes compact and about 2 + 2×12 indented.
	nest := json.RawMessage(strings.Repeat("[1,", 4000) + "1" + strings.Repeat("]", 4000))
	items := []json.RawMessage{nest, nest, json.RawMessage(`{"a":"\u0007\u009b"}`)}
	got, want := api.PrettyJSONArray(items), joinedPretty(t, items)
	if bytes.Contains(want, []byte("\n  ")) {
		t.Fatal("the case does not reach PrettyJSON's compact fallback")
	}
	if !bytes.Equal(got, want) {
		t.Errorf("got %.200q…, want %.200q…", got, want)
	}
}

func FuzzPrettyJSONArray(f *testing.F) {
	f.Add([]byte(`{"a":"\u001b]0;x\u0007","b":[1,2.5e3,null]}`), []byte("[\"\u009b\u202e\xff\"]"))
	f.Add([]byte(` { } `), []byte(`"x"`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		if !json.Valid(a) || !json.Valid(b) {
			return
		}
		items := []json.RawMessage{a, b}
		if got, want := api.PrettyJSONArray(items), joinedPretty(t, items); !bytes.Equal(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}

// byPages adds items to a JSONArray size at a time, as a list's pages
// arrive.
func byPages(items []json.RawMessage, size int) []byte {
	var a api.JSONArray
	for len(items) > 0 {
		n := min(size, len(items))
		a.Add(items[:n])
		items = items[n:]
	}
	return a.Bytes()
}

// TestJSONArrayByPagesIsJoinedPrettyJSON: building the array page by page
// prints the same bytes as PrettyJSON of the whole, including an array
// whose first page alone passes the indent budget and whose later pages
// bring it back under it.
func TestJSONArrayByPagesIsJoinedPrettyJSON(t *testing.T) {
	nest := json.RawMessage(strings.Repeat("[", 4000) + "1" + strings.Repeat("]", 4000))
	if bytes.Contains(api.PrettyJSONArray([]json.RawMessage{nest}), []byte("\n  ")) {
		t.Fatal("the nested item alone should pass the budget")
	}
	backUnder := []json.RawMessage{nest}
	for range 20000 {
		backUnder = append(backUnder, json.RawMessage(`1`))
	}
	if !bytes.Contains(joinedPretty(t, backUnder), []byte("\n  ")) {
		t.Fatal("the whole array should be within the budget")
	}
	for i, items := range append(hostileItems(), backUnder) {
		want := joinedPretty(t, items)
		for _, size := range []int{1, 2, 100} {
			if got := byPages(items, size); !bytes.Equal(got, want) {
				t.Errorf("case %d, pages of %d: got %.200q, want %.200q", i, size, got, want)
			}
		}
	}
}
