package api

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCustomerFixturesFollowAdobesRules: every customer in testdata must be
// one Adobe could return, or a test would assert how vipcx shows something
// that cannot happen. A customer pending LGA conversion cannot be in a
// linked membership
// (https://developer.adobe.com/vipmp/docs/lga/convert), and a three-year
// commit excludes a linked membership
// (https://developer.adobe.com/vipmp/docs/customer-account/linked-membership).
func TestCustomerFixturesFollowAdobesRules(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "customer-*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := DecodeCustomer(raw)
		if err != nil {
			if !strings.Contains(p, "typos") { // the malformed-on-purpose page
				t.Errorf("%s: %v", p, err)
			}
			continue
		}
		for _, b := range c.Benefits {
			if b.Type == "LARGE_GOVERNMENT_AGENCY" && b.Status == "PENDING_UPGRADE" && c.LinkedMembership != nil {
				t.Errorf("%s: pending LGA conversion while in a linked membership", p)
			}
			if b.Type == "THREE_YEAR_COMMIT" && c.LinkedMembership != nil {
				t.Errorf("%s: a three-year commit and a linked membership are exclusive", p)
			}
		}
	}
}
