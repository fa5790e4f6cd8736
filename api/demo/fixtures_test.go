package demo

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// idPattern is Adobe's account-ID rule: letters, digits and hyphens, 4 to 40
// (https://developer.adobe.com/vipmp/docs/references/resources).
var idPattern = regexp.MustCompile(`^[\p{L}\d-]{4,40}$`)

// fixtureView is the part of a customer the coverage test inspects.
type fixtureView struct {
	CustomerID     string `json:"customerId"`
	Status         string `json:"status"`
	CotermDate     string `json:"cotermDate"`
	CompanyProfile struct {
		CompanyName       string   `json:"companyName"`
		MarketSegment     string   `json:"marketSegment"`
		MarketSubSegments []string `json:"marketSubSegments"`
		Address           struct {
			Country string `json:"country"`
			City    string `json:"city"`
		} `json:"address"`
		Contacts []struct {
			FirstName string `json:"firstName"`
			LastName  string `json:"lastName"`
			Email     string `json:"email"`
		} `json:"contacts"`
	} `json:"companyProfile"`
	Discounts []struct {
		OfferType    string `json:"offerType"`
		Level        string `json:"level"`
		DiscountCode string `json:"discountCode"`
	} `json:"discounts"`
	Benefits []struct {
		Type                string          `json:"type"`
		Status              string          `json:"status"`
		Commitment          *commitmentView `json:"commitment"`
		RecommitmentRequest *commitmentView `json:"recommitmentRequest"`
	} `json:"benefits"`
	LinkedMembership *struct {
		Type                 string   `json:"type"`
		LinkedMembershipType string   `json:"linkedMembershipType"`
		Country              string   `json:"country"`
		BenefitTypes         []string `json:"benefitTypes"`
	} `json:"linkedMembership"`
	Tags json.RawMessage `json:"tags"`
}

type commitmentView struct {
	Status            string `json:"status"`
	MinimumQuantities []struct {
		OfferType string `json:"offerType"`
		Quantity  int    `json:"quantity"`
	} `json:"minimumQuantities"`
}

func decodeFixtures(t *testing.T) map[string]fixtureView {
	t.Helper()
	out := make(map[string]fixtureView, len(fixtures()))
	for id, b := range fixtures() {
		if !json.Valid(b) {
			t.Fatalf("fixture %s is not valid JSON", id)
		}
		var v fixtureView
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("fixture %s: %v", id, err)
		}
		out[id] = v
	}
	return out
}

func TestFixturesAreWellFormed(t *testing.T) {
	for id, v := range decodeFixtures(t) {
		if v.CustomerID != id {
			t.Errorf("fixture %s has customerId %q", id, v.CustomerID)
		}
		if !idPattern.MatchString(id) {
			t.Errorf("fixture ID %q does not match %s", id, idPattern)
		}
		if v.CompanyProfile.CompanyName == "" || len(v.CompanyProfile.Contacts) == 0 {
			t.Errorf("fixture %s lacks a company name or contacts", id)
		}
	}
}

func TestFairmontIsTheAPIPageExample(t *testing.T) {
	v := decodeFixtures(t)["9876543210"]
	lm := v.LinkedMembership
	if v.CompanyProfile.CompanyName != "Fairmont" || lm == nil || lm.LinkedMembershipType != "OWNER" {
		t.Fatalf("9876543210 = %+v, want Fairmont, linked membership OWNER", v)
	}
	if got := v.CompanyProfile.MarketSubSegments; !slices.Equal(got, []string{"K_12"}) {
		t.Errorf("marketSubSegments = %q, want [K_12] (the page's curly quotes mended)", got)
	}
}

// coverage gathers what the fixtures show, to assert the demo's promise.
type coverage struct {
	segments, statuses, memberships, licenseLevels, consumableLevels map[string]bool
	threeYear, lga, hvd, nonASCII, pendingNoCoterm, cjkContact       bool
	maxContacts                                                      int
}

func collect(all map[string]fixtureView) coverage {
	c := coverage{segments: map[string]bool{}, statuses: map[string]bool{}, memberships: map[string]bool{},
		licenseLevels: map[string]bool{}, consumableLevels: map[string]bool{}}
	for _, v := range all {
		c.segments[v.CompanyProfile.MarketSegment] = true
		c.statuses[v.Status] = true
		c.pendingNoCoterm = c.pendingNoCoterm || (v.Status == "1002" && v.CotermDate == "")
		c.memberships[membershipKind(v)] = true
		collectDiscounts(&c, v)
		collectBenefits(&c, v)
		c.maxContacts = max(c.maxContacts, len(v.CompanyProfile.Contacts))
		addr := v.CompanyProfile.Address
		c.nonASCII = c.nonASCII || !isASCII(v.CompanyProfile.CompanyName+addr.City)
		for _, ct := range v.CompanyProfile.Contacts {
			c.cjkContact = c.cjkContact || strings.ContainsRune(ct.LastName, '佐')
		}
	}
	return c
}

func membershipKind(v fixtureView) string {
	if v.LinkedMembership == nil {
		return "none"
	}
	return v.LinkedMembership.Type + "/" + v.LinkedMembership.LinkedMembershipType
}

func collectDiscounts(c *coverage, v fixtureView) {
	for _, d := range v.Discounts {
		switch d.OfferType {
		case "LICENSE":
			c.licenseLevels[d.Level] = true
		case "CONSUMABLES":
			c.consumableLevels[d.Level] = true
		}
		c.hvd = c.hvd || (d.DiscountCode == "HVD_L18_PRE" && strings.Contains(string(v.Tags), "HVD_MIGRATED_CUSTOMER"))
	}
}

func collectBenefits(c *coverage, v fixtureView) {
	for _, b := range v.Benefits {
		switch b.Type {
		case "THREE_YEAR_COMMIT":
			c.threeYear = c.threeYear || (b.Commitment != nil && b.Commitment.Status == "COMMITTED" &&
				len(b.Commitment.MinimumQuantities) > 0 &&
				b.RecommitmentRequest != nil && b.RecommitmentRequest.Status == "REQUESTED")
		case "LARGE_GOVERNMENT_AGENCY":
			lm := v.LinkedMembership
			c.lga = c.lga || (b.Status == "ACTIVE" && v.CompanyProfile.MarketSegment == "GOV" &&
				lm != nil && lm.Country != "" && slices.Contains(lm.BenefitTypes, "LARGE_GOVERNMENT_AGENCY"))
		}
	}
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > 0x7f {
			return false
		}
	}
	return true
}

func TestFixturesCoverTheDemoPromise(t *testing.T) {
	c := collect(decodeFixtures(t))
	for _, seg := range []string{"COM", "EDU", "GOV"} {
		if !c.segments[seg] {
			t.Errorf("no %s customer", seg)
		}
	}
	for _, st := range []string{"1000", "1002", "1004", "1012"} {
		if !c.statuses[st] {
			t.Errorf("no customer with status %s", st)
		}
	}
	for _, m := range []string{"STANDARD/OWNER", "CONSORTIUM/MEMBER", "none"} {
		if !c.memberships[m] {
			t.Errorf("no customer with linked membership %s", m)
		}
	}
	checks := map[string]bool{
		"pending customer with empty cotermDate":               c.pendingNoCoterm,
		"3YC COMMITTED with minimums and a REQUESTED recommit": c.threeYear,
		"active LGA with an LGA linked membership":             c.lga,
		"HVD-migrated discount with its tag":                   c.hvd,
		"LICENSE 13 and CONSUMABLES TC":                        c.licenseLevels["13"] && c.consumableLevels["TC"],
		"LGA LICENSE level 07":                                 c.licenseLevels["07"],
		"non-ASCII company or city":                            c.nonASCII,
		"a CJK contact":                                        c.cjkContact,
		"at least 300 contacts":                                c.maxContacts >= 300,
	}
	for what, ok := range checks {
		if !ok {
			t.Errorf("fixtures lack %s", what)
		}
	}
}

func TestGeneratedContactsAreDeterministicAndUnique(t *testing.T) {
	a, b := generateContacts(benchContactsCount), generateContacts(benchContactsCount)
	if !slices.Equal(a, b) {
		t.Fatal("contact generation is not deterministic")
	}
	seen := map[string]bool{}
	for _, c := range a {
		if seen[c.Email] || !strings.HasSuffix(c.Email, "@globex.example.com") {
			t.Errorf("bad or duplicate email %q", c.Email)
		}
		seen[c.Email] = true
	}
}

func TestGeneratedFixtureSizes(t *testing.T) {
	all := decodeFixtures(t)
	for id, want := range map[string]int{bigContactsID: 480, benchContactsID: 5000} {
		if got := len(all[id].CompanyProfile.Contacts); got != want {
			t.Errorf("%s has %d contacts, want %d", id, got, want)
		}
	}
	// The benchmark customer extends the 480, it does not reshuffle them.
	small, big := all[bigContactsID].CompanyProfile.Contacts, all[benchContactsID].CompanyProfile.Contacts
	if !slices.Equal(small, big[:len(small)]) {
		t.Error("the first 480 contacts of demo-5000 differ from 1012800480's")
	}
}

func TestSamples(t *testing.T) {
	got := Samples()
	if got[0].ID != "9876543210" {
		t.Errorf("first sample = %q, want the API page's 9876543210", got[0].ID)
	}
	got[0].ID = "mutated"
	if Samples()[0].ID != "9876543210" {
		t.Error("Samples returned the package's own slice")
	}
	seenError := false
	for _, s := range Samples() {
		_, isFixture := fixtures()[s.ID]
		_, isError := errorReplies[s.ID]
		if isFixture == isError {
			t.Errorf("sample %q: fixture=%v error=%v, want exactly one", s.ID, isFixture, isError)
		}
		if isFixture && seenError {
			t.Errorf("customer %q listed after an error ID", s.ID)
		}
		seenError = seenError || isError
		if s.Summary == "" || !idPattern.MatchString(s.ID) {
			t.Errorf("sample %+v: empty summary or bad ID", s)
		}
	}
	if n := len(fixtures()) + len(errorReplies); n != len(Samples()) {
		t.Errorf("%d fixtures and error IDs, %d samples: each needs exactly one", n, len(Samples()))
	}
}

// fixtures returns every customer's body, generating them all.
func fixtures() map[string][]byte {
	m := make(map[string][]byte, len(fixtureBodies()))
	for id := range fixtureBodies() {
		m[id], _ = CustomerJSON(id)
	}
	return m
}
