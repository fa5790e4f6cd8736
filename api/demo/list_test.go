package demo

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// apiRequest builds a GET of target (path and query) with every header.
func apiRequest(target string, edit func(h http.Header)) *http.Request {
	r := request("x", edit)
	r.URL, _ = url.Parse(target)
	r.RequestURI = target
	return r
}

// listPage is the customer list as a client decodes it.
type listPage struct {
	TotalCount, Count, Offset, Limit int
	Accounts                         []struct {
		ExternalReferenceID string `json:"externalReferenceId"`
		CustomerID          string `json:"customerId"`
		ResellerID          string `json:"resellerId"`
		Status              string `json:"status"`
		CompanyProfile      struct {
			CompanyName string `json:"companyName"`
		} `json:"companyProfile"`
		CreationDate string `json:"creationDate"`
		Links        struct {
			Self struct{ URI string } `json:"self"`
		} `json:"links"`
	} `json:"accounts"`
}

// list asks the demo reseller's list with query q and decodes a 200.
func list(t *testing.T, s *Server, q string) listPage {
	t.Helper()
	w := serve(s, apiRequest("/v3/resellers/"+ResellerID+"/customers?"+q, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("list %q: status %d: %s", q, w.Code, w.Body)
	}
	var p listPage
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.Count != len(p.Accounts) {
		t.Fatalf("count %d, %d accounts", p.Count, len(p.Accounts))
	}
	return p
}

// names lists the company names of a page.
func (p listPage) names() []string {
	out := make([]string, len(p.Accounts))
	for i, a := range p.Accounts {
		out[i] = a.CompanyProfile.CompanyName
	}
	return out
}

func TestListDefaultsHidePendingAndInactive(t *testing.T) {
	p := list(t, New(), "")
	if p.Limit != 20 || p.Offset != 0 || p.Count != 20 {
		t.Errorf("defaults: limit %d offset %d count %d", p.Limit, p.Offset, p.Count)
	}
	active := 0
	for _, f := range book() {
		if f.Status == "1000" {
			active++
		}
	}
	if p.TotalCount != active || active == len(book()) {
		t.Errorf("totalCount %d, want the %d active of %d", p.TotalCount, active, len(book()))
	}
	for i, a := range p.Accounts {
		if a.Status != "1000" {
			t.Errorf("%s has status %s in the default list", a.CustomerID, a.Status)
		}
		if i > 0 && a.CreationDate > p.Accounts[i-1].CreationDate {
			t.Errorf("not newest first at %d: %s after %s", i, a.CreationDate, p.Accounts[i-1].CreationDate)
		}
	}
}

func TestListStatusFilter(t *testing.T) {
	s := New()
	pending := list(t, s, "status=1002&limit=50")
	inactive := list(t, s, "status=1004&limit=50")
	if pending.TotalCount == 0 || inactive.TotalCount == 0 {
		t.Fatalf("pending %d, inactive %d", pending.TotalCount, inactive.TotalCount)
	}
	for _, a := range pending.Accounts {
		if a.Status != "1002" {
			t.Errorf("status=1002 listed %s (%s)", a.CustomerID, a.Status)
		}
	}
	seen := map[string]bool{}
	for off := 0; off < inactive.TotalCount; off += 50 {
		for _, a := range list(t, s, "status=1004&limit=50&offset="+itoa(off)).Accounts {
			seen[a.Status] = true
		}
	}
	if !seen["1004"] || !seen["1010"] || !seen["1012"] || seen["1000"] || seen["1002"] {
		t.Errorf("status=1004 showed statuses %v, want 1004 and its variants 1010, 1012", seen)
	}
	if p := list(t, s, "status=1026"); p.TotalCount != 0 || p.Accounts == nil {
		t.Errorf("status=1026: %d customers, accounts nil: %v", p.TotalCount, p.Accounts == nil)
	}
}

func TestListCompanyName(t *testing.T) {
	s := New()
	tests := []struct {
		query string
		want  []string
	}{
		{"company-name=atelier%20lumi%C3%A8re", []string{"Atelier Lumière"}},
		{"company-name=Atelier", nil},
		{"company-name=*LUMIÈRE*&sort-by=companyName&order-by=asc",
			[]string{"Atelier Lumière", "Atelier Lumière Group", "Atelier Lumière International", "Atelier Lumière Labs", "Atelier Lumière Studio"}},
		{"company-name=*lumière*&status=1002", []string{"Café Lumière Studio"}},
		{"company-name=東京*&sort-by=companyName&order-by=asc", []string{"東京デザイン工房", "東京デザイン工房 Group", "東京デザイン工房 International", "東京デザイン工房 Labs", "東京デザイン工房 Studio"}},
		{"company-name=*сияние*Labs", []string{"Северное сияние Дизайн Labs"}},
	}
	for _, tt := range tests {
		got := list(t, s, tt.query).names()
		if !slices.Equal(got, tt.want) && (len(got) != 0 || len(tt.want) != 0) {
			t.Errorf("%s: got %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestListSortAndOrder(t *testing.T) {
	s := New()
	asc, desc := allNames(t, s, "sort-by=companyName&order-by=asc"), allNames(t, s, "sort-by=companyName")
	if !slices.Equal(asc, reversed(desc)) {
		t.Errorf("companyName desc is not asc reversed: the order is not total")
	}
	oldest := list(t, s, "order-by=asc&limit=3").Accounts
	if oldest[0].CreationDate > oldest[1].CreationDate || oldest[0].CreationDate >= "2019" {
		t.Errorf("creationDate asc starts %s, %s", oldest[0].CreationDate, oldest[1].CreationDate)
	}
}

// TestListSortsNamesAsPeopleRead checks that a name's accents and case do
// not move it out of its letter: raw bytes put "Über" after "Zielona" and
// "Όλυμπος" after "Ποσειδών".
func TestListSortsNamesAsPeopleRead(t *testing.T) {
	names := allNames(t, New(), "sort-by=companyName&order-by=asc")
	before := [][2]string{
		{"Cobalt Ridge Media", "Über den Dächern Architekten"},
		{"Über den Dächern Architekten", "Ελιά Μέσα Ενημέρωσης"}, // Latin before Greek
		{"Όλυμπος Γραφικά", "Ποσειδών Ναυτιλιακή"},
		{"Ποσειδών Ναυτιλιακή Studio", "Балтийская типография"}, // Greek before Cyrillic
	}
	for _, p := range before {
		i, j := slices.Index(names, p[0]), slices.Index(names, p[1])
		if i < 0 || j < 0 || i >= j {
			t.Errorf("%q at %d, %q at %d: want the first before the second", p[0], i, p[1], j)
		}
	}
}

// allNames reads every page of the active list with query q.
func allNames(t *testing.T, s *Server, q string) []string {
	t.Helper()
	var out []string
	for {
		p := list(t, s, q+"&limit=50&offset="+strconv.Itoa(len(out)))
		out = append(out, p.names()...)
		if len(out) >= p.TotalCount || p.Count == 0 {
			return out
		}
	}
}

func reversed(in []string) []string {
	out := slices.Clone(in)
	slices.Reverse(out)
	return out
}

func TestListCreatedDates(t *testing.T) {
	p := list(t, New(), "from-created-date=2020-01-01&to-created-date=2020-12-31&limit=50")
	if p.TotalCount == 0 {
		t.Fatal("no customer created in 2020")
	}
	for _, a := range p.Accounts {
		if !strings.HasPrefix(a.CreationDate, "2020-") {
			t.Errorf("%s created %s, outside 2020", a.CustomerID, a.CreationDate)
		}
	}
}

// wantInvalid checks a 400 with code and exactly the invalid fields named.
func wantInvalid(t *testing.T, w *httptest.ResponseRecorder, code string, fields ...string) {
	t.Helper()
	wantAdobeError(t, w, http.StatusBadRequest, code)
	var e struct{ InvalidFields []string }
	_ = json.Unmarshal(w.Body.Bytes(), &e)
	if !slices.Equal(e.InvalidFields, fields) {
		t.Errorf("invalidFields = %q, want %q", e.InvalidFields, fields)
	}
}

func TestListInvalidParameters(t *testing.T) {
	s := New()
	base := "/v3/resellers/" + ResellerID + "/customers?"
	for q, fields := range map[string][]string{
		"limit=0":                     {"limit"},
		"limit=51":                    {"limit"},
		"limit=ten":                   {"limit"},
		"offset=-1":                   {"offset"},
		"status=1001":                 {"status"},
		"status=1000,1002":            {"status"},
		"status=1000&status=1002":     {"status"},
		"sort-by=name&order-by=up":    {"sort-by", "order-by"},
		"from-created-date=yesterday": {"from-created-date"},
		"to-created-date=2020-13-01":  {"to-created-date"},
	} {
		t.Run(q, func(t *testing.T) { wantInvalid(t, serve(s, apiRequest(base+q, nil)), "1117", fields...) })
	}
	if p := list(t, s, "limit=50"); p.Count != 50 {
		t.Errorf("limit=50 gave %d", p.Count)
	}
	if p := list(t, s, "limit=1"); p.Count != 1 {
		t.Errorf("limit=1 gave %d", p.Count)
	}
	total := list(t, s, "").TotalCount
	wantInvalid(t, serve(s, apiRequest(base+"offset="+itoa(total), nil)), "1133", "offset")
	if p := list(t, s, "offset="+itoa(total-1)); p.Count != 1 {
		t.Errorf("last offset gave %d customers", p.Count)
	}
}

func TestListHeadersAndResellers(t *testing.T) {
	s := New()
	noCorr := func(h http.Header) { h.Del("X-Correlation-Id") }
	if w := serve(s, apiRequest("/v3/resellers/"+ResellerID+"/customers", noCorr)); w.Code != 200 {
		t.Errorf("list without X-Correlation-Id: %d, want 200 (its page does not list it)", w.Code)
	}
	noReq := func(h http.Header) { h.Del("X-Request-Id") }
	wantAdobeError(t, serve(s, apiRequest("/v3/resellers/"+ResellerID+"/customers", noReq)), 400, "4119")
	wantAdobeError(t, serve(s, apiRequest("/v3/resellers/"+ResellerID+"/customers", func(h http.Header) { h.Del("X-Api-Key") })), 403, "4115")
	for _, p := range []string{"/v3/resellers/" + UnknownResellerID, "/v3/resellers/" + UnknownResellerID + "/customers"} {
		wantAdobeError(t, serve(s, apiRequest(p, nil)), 404, "1115")
	}
	w := serve(s, apiRequest("/v3/resellers/"+ResellerID, nil))
	var r struct {
		ResellerID     string `json:"resellerId"`
		Status         string `json:"status"`
		CompanyProfile struct {
			CompanyName    string   `json:"companyName"`
			MarketSegments []string `json:"marketSegments"`
		} `json:"companyProfile"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || w.Code != 200 {
		t.Fatalf("reseller: %d %v", w.Code, err)
	}
	if r.ResellerID != ResellerID || r.Status != "1000" || r.CompanyProfile.CompanyName != ResellerName || len(r.CompanyProfile.MarketSegments) != 3 {
		t.Errorf("reseller = %+v", r)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// scripts reports which writing systems the book's names use.
func scripts() map[string]bool {
	seen := map[string]bool{}
	tables := map[string]*unicode.RangeTable{"Han": unicode.Han, "Hangul": unicode.Hangul, "Cyrillic": unicode.Cyrillic,
		"Greek": unicode.Greek, "Arabic": unicode.Arabic, "Hiragana": unicode.Hiragana}
	for _, f := range book() {
		for _, r := range f.Name {
			for n, tab := range tables {
				if unicode.Is(tab, r) {
					seen[n] = true
				}
			}
			if r > 0x7f && unicode.Is(unicode.Latin, r) {
				seen["accented Latin"] = true
			}
		}
	}
	return seen
}
