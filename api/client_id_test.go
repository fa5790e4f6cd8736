package api

import (
	"regexp"
	"testing"
)

// idRule is the rule validCustomerID writes out, as the regexp it was.
var idRule = regexp.MustCompile(`^[\p{L}\d-]{4,40}$`)

func FuzzValidCustomerIDIsTheRegexp(f *testing.F) {
	for _, s := range []string{"1005512199", "abc", "abcd", "Ünïcödé-1", "١٢٣٤", "12\xff34", "1234 ", "ǅǅǅǅ",
		"0123456789012345678901234567890123456789", "01234567890123456789012345678901234567890", "ⅫⅫⅫⅫ", "ab_cd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := validCustomerID(id), idRule.MatchString(id); got != want {
			t.Fatalf("validCustomerID(%q) = %v, the regexp says %v", id, got, want)
		}
	})
}

// TestValidateCustomerIDCountsCharacters pins the length message's grammar:
// one character is "1 character", never "1 characters", and runes are
// counted, not bytes.
func TestValidateCustomerIDCountsCharacters(t *testing.T) {
	for id, want := range map[string]string{
		"1":   `"1" has 1 character; it must have 4 to 40`,
		"12":  `"12" has 2 characters; it must have 4 to 40`,
		"Ünï": `"Ünï" has 3 characters; it must have 4 to 40`,
	} {
		err := ValidateCustomerID(id)
		if err == nil || err.Error() != ErrInvalidID.Error()+": "+want {
			t.Errorf("ValidateCustomerID(%q) = %v, want %q", id, err, want)
		}
	}
}
