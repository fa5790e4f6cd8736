package api

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// nested is depth levels of arrays around n ones: the shape that made a
// 4 MiB response print as 275 MB.
func nested(depth, n int) []byte {
	var b bytes.Buffer
	b.WriteString(strings.Repeat("[", depth))
	b.WriteString(strings.TrimSuffix(strings.Repeat("1,", n), ","))
	b.WriteString(strings.Repeat("]", depth))
	return b.Bytes()
}

func TestPrettyJSONOutputIsBounded(t *testing.T) {
	raw := nested(63, 512<<10) // 1 MiB, 63 deep
	out, err := PrettyJSON(raw)
	if err != nil {
		t.Fatal(err)
	}
	if limit := prettyBudget(len(raw)); len(out) > limit+1 {
		t.Fatalf("%d bytes of output from %d of input, want at most %d", len(out), len(raw), limit)
	}
	var a, b any
	if json.Unmarshal(raw, &a) != nil || json.Unmarshal(out, &b) != nil || !reflect.DeepEqual(a, b) {
		t.Fatal("bounded output is not the same JSON value")
	}
}

func TestPrettyJSONIndentStopsGrowing(t *testing.T) {
	out, err := PrettyJSON(nested(40, 2))
	if err != nil {
		t.Fatal(err)
	}
	widest := 0
	for _, line := range strings.Split(string(out), "\n") {
		widest = max(widest, len(line)-len(strings.TrimLeft(line, " ")))
	}
	if widest != 2*maxIndentDepth {
		t.Fatalf("deepest indent %d spaces, want %d", widest, 2*maxIndentDepth)
	}
}

// TestPrettyJSONMatchesIndentWhenShallow: below the cap the output is
// exactly json.Indent's, so nothing changes for real responses.
func TestPrettyJSONMatchesIndentWhenShallow(t *testing.T) {
	for _, raw := range []string{`{}`, `[]`, `{"a":[],"b":{},"c":[1,{"d":"x\"y,z"}]}`, ` [ 1 , 2 ] `, `"s"`, `7`} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(raw), "", "  "); err != nil {
			t.Fatal(err)
		}
		got, err := PrettyJSON([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != strings.TrimSpace(want.String())+"\n" {
			t.Errorf("%s: got %q, want %q", raw, got, want.String())
		}
	}
}
