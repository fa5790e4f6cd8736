package api_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

var updateCorpus = flag.Bool("hostile-corpus", false,
	"rewrite testdata/fuzz/*/hostile-* from the scenarios of internal/hostile")

// maxCorpusBody keeps the checked-in corpus small: larger bodies (long
// strings, 5,000 contacts) are covered by TestHostileScenarios instead.
const maxCorpusBody = 32 << 10

// hostileCorpus is every seed the hostile cases give the existing fuzz
// targets, keyed by file path, in Go's corpus file format.
func hostileCorpus() map[string][]byte {
	files := map[string][]byte{}
	add := func(target, name string, args ...any) {
		var b bytes.Buffer
		b.WriteString("go test fuzz v1\n")
		for _, a := range args {
			switch v := a.(type) {
			case []byte:
				fmt.Fprintf(&b, "[]byte(%q)\n", v)
			case string:
				fmt.Fprintf(&b, "string(%q)\n", v)
			}
		}
		files[filepath.Join("testdata", "fuzz", target, "hostile-"+name)] = b.Bytes()
	}
	for _, sc := range hostile.Scenarios() {
		if sc.Body == nil || len(sc.Body) > maxCorpusBody {
			continue
		}
		if sc.Status == 200 {
			add("FuzzDecodeCustomer", sc.ID, sc.Body)
			if sc.ID != "deep-nesting" { // DecodeCustomer refuses it; PrettyJSON alone would print ~160 MB
				add("FuzzPrettyJSON", sc.ID, sc.Body)
			}
		}
		add("FuzzDecodeError", sc.ID, sc.ContentType, string(sc.Body))
	}
	add("FuzzDecodeError", "adobe-error-body", "application/json", string(hostile.AdobeErrorBody("1116")))
	for _, p := range hostile.Payloads {
		add("FuzzValidateCustomerID", p.Name, "1234"+p.Text+"5678")
		add("FuzzRetryAfter", p.Name, p.Text+"5")
	}
	return files
}

// TestHostileFuzzCorpus keeps the seed corpora in step with the hostile
// cases: every case is a seed of every fuzz target it can reach, so plain
// `go test` replays them all. Regenerate with
// `go test ./api -run TestHostileFuzzCorpus -hostile-corpus`.
func TestHostileFuzzCorpus(t *testing.T) {
	files := hostileCorpus()
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if *updateCorpus {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, files[p], 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, files[p]) {
			t.Errorf("%s is missing or stale: run go test ./api -run TestHostileFuzzCorpus -hostile-corpus", p)
		}
	}
}
