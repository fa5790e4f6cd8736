package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/sanitize"
)

// checkPretty asserts PrettyJSON's promises for raw: same JSON value, no
// unsafe rune but newlines, a final newline.
func checkPretty(t *testing.T, raw []byte) []byte {
	t.Helper()
	out, err := PrettyJSON(raw)
	if err != nil {
		t.Fatalf("PrettyJSON(%.60q): %v", raw, err)
	}
	before, err := decodeAny(raw)
	if err != nil {
		t.Fatal(err)
	}
	after, err := decodeAny(out)
	if err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("value changed:\n%v\n%v", before, after)
	}
	for _, r := range string(out) {
		if r != '\n' && sanitize.Unsafe(r) {
			t.Fatalf("unsafe %U in output %q", r, out)
		}
	}
	if !bytes.HasSuffix(out, []byte("\n")) {
		t.Fatalf("no final newline")
	}
	return out
}

// decodeAny decodes keeping numbers as text, so huge ones compare too.
func decodeAny(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

func TestPrettyJSONKeepsOrderAndFields(t *testing.T) {
	raw := []byte(`{"zeta":1,"alpha":{"unknownField":[true,null]},"customerId":"1234"}`)
	got := string(checkPretty(t, raw))
	want := "{\n  \"zeta\": 1,\n  \"alpha\": {\n    \"unknownField\": [\n      true,\n      null\n    ]\n  },\n  \"customerId\": \"1234\"\n}\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPrettyJSONEscapesUnsafeRunes(t *testing.T) {
	raw := []byte("{\"name\":\"a\u009b2Jb\u202ec\u2066d\x7fe\xfff\u200eg\",\"esc\":\"\\u001b[2J\",\"ok\":\"東京 café\"}\r\n\t")
	out := string(checkPretty(t, raw))
	for _, want := range []string{`a\u009b2Jb\u202ec\u2066d\u007fe\ufffdf\u200eg`, `"\u001b[2J"`, `"東京 café"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "}\n") {
		t.Errorf("trailing whitespace kept: %q", out)
	}
}

func TestPrettyJSONTestdata(t *testing.T) {
	files, _ := filepath.Glob("testdata/customer-*.json")
	for _, name := range files {
		raw, _ := os.ReadFile(name)
		if strings.Contains(name, "typos") {
			if _, err := PrettyJSON(raw); !errors.Is(err, ErrMalformedResponse) {
				t.Errorf("%s: err = %v", name, err)
			}
			continue
		}
		checkPretty(t, raw)
	}
}

func FuzzPrettyJSON(f *testing.F) {
	f.Add([]byte(`{"a":"\u001b]0;x\u0007","b":[1,2.5e3,null]}`))
	f.Add([]byte("[\"\u009b\u202e\xff\"]"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) {
			if _, err := PrettyJSON(raw); err == nil {
				t.Fatal("invalid JSON accepted")
			}
			return
		}
		checkPretty(t, raw)
	})
}
