package nameorder

import (
	"slices"
	"testing"
)

func TestCompareAsPeopleRead(t *testing.T) {
	got := []string{"Zeta", "Όλυμπος", "bravo", "Ποσειδών", "Bärenstark", "Brokenpipe", "Über", "alpha",
		"Łódź Media", "Lumière", "Ｍｅｇａ", "Masse", "Maße", "Alpha", "Ωμέγα"}
	slices.SortFunc(got, Compare)
	want := []string{"Alpha", "alpha", "Bärenstark", "bravo", "Brokenpipe", "Łódź Media", "Lumière", "Masse", "Maße", "Ｍｅｇａ",
		"Über", "Zeta", "Όλυμπος", "Ποσειδών", "Ωμέγα"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q\nwant   %q", got, want)
	}
}

func TestCompareIsTotal(t *testing.T) {
	for _, p := range [][2]string{{"Alpha", "alpha"}, {"Maße", "Masse"}, {"Café", "Cafe"}} {
		if c := Compare(p[0], p[1]); c == 0 || c != -Compare(p[1], p[0]) {
			t.Errorf("Compare(%q, %q) = %d: names equal but for case or accents must still order one way", p[0], p[1], c)
		}
	}
	if Key("Café") != Key("CAFE") {
		t.Errorf("Key(Café) %q, Key(CAFE) %q: want equal", Key("Café"), Key("CAFE"))
	}
}

// TestKeysCompareAsCompare: the cached comparer orders exactly as Compare,
// and folds each name once.
func TestKeysCompareAsCompare(t *testing.T) {
	names := []string{"Zeta", "Όλυμπος", "bravo", "Bärenstark", "Über", "alpha", "Maße", "Masse", "Alpha", "Café", "Cafe", ""}
	keys := Keys{}
	for _, a := range names {
		for _, b := range names {
			if got, want := keys.Compare(a, b), Compare(a, b); got != want {
				t.Errorf("Keys.Compare(%q, %q) = %d, Compare says %d", a, b, got, want)
			}
		}
	}
	if len(keys) != len(names) {
		t.Errorf("%d names cached, want %d", len(keys), len(names))
	}
}
