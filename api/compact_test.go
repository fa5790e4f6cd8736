package api

import (
	"bytes"
	"encoding/json"
	"testing"
)

// compactSeeds mixes valid JSON (indented, with white space inside strings
// and escaped quotes) and invalid JSON whose validity would flip if two
// tokens were glued together.
var compactSeeds = []string{
	"{\n  \"a\": [1, 2, {\"b\" : \"x  y\\\" z\"}],\n\t\"c\": true\r\n}",
	`{"s": " \" \\ "}`, `[ ]`, ` { } `, `"  "`, `[1, -2.5e3, null, false]`,
	`1 2`, `[1 2]`, `tr ue`, `- 1`, `1. 5`, `{"a" "b"}`, `{"a": 1}{}`, `[1, 2`, `"open`, "{\"a\":\"x\ny\"}",
	`{"a":1} x`, `nul l`, `[true false]`, `{"a" : tr ue}`, "\"\\\"  \" ",
}

func TestCompactJSONKeepsValidityAndValue(t *testing.T) {
	for _, s := range compactSeeds {
		checkCompact(t, []byte(s))
	}
	for _, bc := range benchCustomers {
		checkCompact(t, demoBody(t, bc.id))
	}
}

func FuzzCompactJSON(f *testing.F) {
	for _, s := range compactSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(checkCompact)
}

// checkCompact asserts compactJSON(b) is valid exactly when b is and, when
// valid, equals what json.Compact makes of it.
func checkCompact(t *testing.T, b []byte) {
	got, depth := compactJSON(b)
	if want := nestingDepth(b); depth != want {
		t.Fatalf("compactJSON(%q) depth %d, nestingDepth says %d", b, depth, want)
	}
	if json.Valid(got) != json.Valid(b) {
		t.Fatalf("validity changed: %q (valid %v) → %q", b, json.Valid(b), got)
	}
	if !json.Valid(b) {
		return
	}
	var want bytes.Buffer
	if err := json.Compact(&want, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("compactJSON(%q) = %q, json.Compact gives %q", b, got, want.Bytes())
	}
}
