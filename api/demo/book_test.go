package demo

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestBookHoldsEveryFixtureAndVariety(t *testing.T) {
	if n := len(book()); n < 300 {
		t.Fatalf("book has %d customers, want at least 300", n)
	}
	for id := range fixtureBodies() {
		if _, ok := byID()[id]; !ok {
			t.Errorf("fixture %s is not in the book", id)
		}
	}
	statuses, names := map[string]bool{}, map[string]bool{}
	for _, f := range book() {
		statuses[f.Status] = true
		if names[f.Name] {
			t.Errorf("two customers named %q", f.Name)
		}
		names[f.Name] = true
	}
	for _, st := range []string{"1000", "1002", "1004", "1010", "1012"} {
		if !statuses[st] {
			t.Errorf("no customer with status %s", st)
		}
	}
	for _, sc := range []string{"Han", "Hangul", "Cyrillic", "Greek", "Arabic", "Hiragana", "accented Latin"} {
		if !scripts()[sc] {
			t.Errorf("no company name in %s", sc)
		}
	}
	a, b := buildBook(), buildBook()
	for i := range a {
		if *a[i] != *b[i] {
			t.Fatalf("book differs between builds at %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}

// customerView is what the agreement test compares with the list entry.
type customerView struct {
	ExternalReferenceID string `json:"externalReferenceId"`
	CustomerID          string `json:"customerId"`
	ResellerID          string `json:"resellerId"`
	Status              string `json:"status"`
	CreationDate        string `json:"creationDate"`
	CotermDate          string `json:"cotermDate"`
	CompanyProfile      struct {
		CompanyName string `json:"companyName"`
	} `json:"companyProfile"`
}

func TestEveryListedCustomerOpensAndAgrees(t *testing.T) {
	s := New(WithSlowDelay(0))
	listed := 0
	for _, status := range []string{"1000", "1002", "1004"} {
		for off, total := 0, 1; off < total; off += 50 {
			p := list(t, s, "limit=50&status="+status+"&offset="+itoa(off))
			total = p.TotalCount
			for _, a := range p.Accounts {
				listed++
				w := serve(s, request(a.CustomerID, nil))
				var c customerView
				if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil || w.Code != http.StatusOK {
					t.Fatalf("%s does not open: %d %v", a.CustomerID, w.Code, err)
				}
				entry := customerView{a.ExternalReferenceID, a.CustomerID, a.ResellerID, a.Status, a.CreationDate, c.CotermDate, c.CompanyProfile}
				entry.CompanyProfile.CompanyName = a.CompanyProfile.CompanyName
				if c != entry || c.ResellerID != ResellerID || a.Links.Self.URI != "/v3/customers/"+a.CustomerID {
					t.Errorf("list entry %+v disagrees with the customer %+v", entry, c)
				}
			}
		}
	}
	if listed != len(book()) {
		t.Errorf("the three statuses list %d customers, the book has %d", listed, len(book()))
	}
}

func TestFixturesAreAdobeValid(t *testing.T) {
	all := decodeFixtures(t)
	hvd := all["1008400017"]
	committed := false
	for _, b := range hvd.Benefits {
		committed = committed || (b.Type == "THREE_YEAR_COMMIT" && b.Commitment != nil && b.Commitment.Status == "COMMITTED")
	}
	if !committed {
		t.Error("the HVD-migrated customer lacks the committed 3YC its migration requires")
	}
	for id, v := range all {
		for _, b := range v.Benefits {
			if b.Type == "LARGE_GOVERNMENT_AGENCY" && b.Status == "PENDING_UPGRADE" && v.LinkedMembership != nil {
				t.Errorf("%s: pending LGA conversion while in a linked membership", id)
			}
			if b.Type == "THREE_YEAR_COMMIT" && v.LinkedMembership != nil {
				t.Errorf("%s: 3YC and linked membership are exclusive", id)
			}
		}
	}
}

func TestThrottledSampleAlternates(t *testing.T) {
	s := New()
	for attempt := range 4 {
		w := serve(s, request(throttledID, nil))
		if attempt%2 == 0 {
			wantAdobeError(t, w, http.StatusTooManyRequests, "4118")
			if ra := w.Header().Get("Retry-After"); ra != "" {
				t.Errorf("Retry-After = %q, want none", ra)
			}
			continue
		}
		var c customerView
		if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil || w.Code != 200 || c.CustomerID != throttledID {
			t.Errorf("attempt %d: %d %+v %v", attempt+1, w.Code, c, err)
		}
	}
	getSubs(t, s, throttledID)
	if b := getOrders(t, s, "/v3/customers/"+throttledID+"/orders"); b.TotalCount == 0 {
		t.Error("demo-429 has no orders in its current term")
	}
	if !strings.Contains(strings.Join(sampleSummaries(), "\n"), "no Retry-After") {
		t.Error("the demo-429 sample does not say how it behaves")
	}
}

func sampleSummaries() []string {
	var out []string
	for _, s := range Samples() {
		out = append(out, s.Summary)
	}
	return slices.Clip(out)
}
