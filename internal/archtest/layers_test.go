package archtest

import (
	"go/build"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/vipcx/vipcx/"

// allowed is the table "What may import what" of docs/ARCHITECTURE.md:
// the project packages each layer may import (outside its tests).
var allowed = map[string][]string{
	".":                  {"cli"}, // main.go: wiring only
	"api":                {"sanitize", "secret"},
	"api/demo":           {"internal/nameorder"},
	"keys":               {"sanitize", "secret"},
	"present":            {"api"},
	"ui":                 {"api", "internal/localfile", "internal/nameorder", "present", "sanitize", "secret"},
	"sanitize":           {},
	"secret":             {},
	"internal/localfile": {},
	"internal/nameorder": {},
}

// TestLayersImportOnlyWhatTheyMay reads each package's imports from its
// source (go/build, no go command) and fails on any project import the
// table does not list.
func TestLayersImportOnlyWhatTheyMay(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for pkg, may := range allowed {
		p, err := build.Default.ImportDir(filepath.Join(root, filepath.FromSlash(pkg)), 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for _, imp := range p.Imports {
			rel, ours := strings.CutPrefix(imp, module)
			if ours && !slices.Contains(may, rel) {
				t.Errorf("%s imports %s, which docs/ARCHITECTURE.md does not allow it", pkg, rel)
			}
		}
	}
}
