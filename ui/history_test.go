package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestHistoryFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "vipcx", "history")
	ids := []string{"9876543210", "1005512199"}
	if msg := saveHistory(path, ids)().(historySavedMsg); msg.err != nil {
		t.Fatal(msg.err)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s mode %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
	got := loadHistory(path)().(historyMsg)
	if got.err != nil || !reflect.DeepEqual(got.ids, ids) {
		t.Fatalf("loaded %v, %v; want %v", got.ids, got.err, ids)
	}
}

func TestHistoryLoadSkipsHostileAndInvalidLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	body := "9876543210\n\x1b]0;pwned\x07\nnot valid!\n  1005512199  \n9876543210\nab\n\x1b[2J\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	ids, err := readHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"9876543210", "1005512199"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
}

func TestHistoryMissingFileIsEmpty(t *testing.T) {
	ids, err := readHistory(filepath.Join(t.TempDir(), "nope"))
	if err != nil || ids != nil {
		t.Errorf("got %v, %v", ids, err)
	}
	if loadHistory("") != nil || saveHistory("", []string{"x"}) != nil {
		t.Error("an empty path must mean no history I/O")
	}
}

func TestPushHistoryNewestFirstDedupedCapped(t *testing.T) {
	var ids []string
	for i := range 60 {
		ids = pushHistory(ids, "id-"+strconv.Itoa(i))
	}
	ids = pushHistory(ids, "id-30")
	if len(ids) != maxHistory || ids[0] != "id-30" || ids[1] != "id-59" {
		t.Fatalf("len %d head %v", len(ids), ids[:3])
	}
	if strings.Count(strings.Join(ids, ","), "id-30,") != 1 {
		t.Error("duplicate kept")
	}
}

func TestSuccessfulFetchWritesHistory(t *testing.T) {
	o, _ := demoOptions(t)
	o.HistoryPath = filepath.Join(t.TempDir(), "vipcx", "history")
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.press("enter")
	b, err := os.ReadFile(o.HistoryPath)
	if err != nil || string(b) != "9876543210\n" {
		t.Fatalf("history file %q, %v", b, err)
	}
	h.press("/")
	h.typeText("demo-404")
	h.press("enter")
	if b, _ := os.ReadFile(o.HistoryPath); string(b) != "9876543210\n" {
		t.Errorf("a failed fetch changed the history: %q", b)
	}
}

// TestRecallReachesSamplesWithAFullHistory: the history cap must not hide
// the demo samples from ↑/↓.
func TestRecallReachesSamplesWithAFullHistory(t *testing.T) {
	o, _ := demoOptions(t)
	o.Samples = []Sample{{"sample-1", "a sample"}}
	h := newHarness(t, o, 80, 24)
	ids := make([]string, maxHistory)
	for i := range ids {
		ids[i] = "10" + strconv.Itoa(10000000+i)
	}
	h.send(historyMsg{ids: ids})
	for range maxHistory + 1 {
		h.press("down")
	}
	if got := h.m.startS().input.Value(); got != "sample-1" {
		t.Errorf("after %d ↓: %q, want the sample", maxHistory+1, got)
	}
}
