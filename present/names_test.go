package present

import (
	"slices"
	"testing"
)

func TestCompareNamesAsPeopleRead(t *testing.T) {
	got := []string{"Zeta", "Όλυμπος", "bravo", "Ποσειδών", "Bärenstark", "Brokenpipe", "Über", "alpha", "Studio 10", "Studio 9", "Alpha"}
	slices.SortFunc(got, CompareNames)
	want := []string{"Alpha", "alpha", "Bärenstark", "bravo", "Brokenpipe", "Studio 9", "Studio 10", "Über", "Zeta", "Όλυμπος", "Ποσειδών"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q\nwant   %q", got, want)
	}
	if CompareNames("Alpha", "alpha") == 0 || CompareNames("Alpha", "alpha") != -CompareNames("alpha", "Alpha") {
		t.Error("names equal but for case must still order one way, the same both ways round")
	}
}
