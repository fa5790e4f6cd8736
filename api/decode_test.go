package api

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/sanitize"
)

func decodeFile(t *testing.T, name string) *Customer {
	t.Helper()
	raw := readTestdata(t, name)
	c, err := DecodeCustomer(raw)
	if err != nil {
		t.Fatalf("DecodeCustomer(%s): %v", name, err)
	}
	if string(c.Raw) != string(raw) {
		t.Fatalf("Raw is not the body")
	}
	c.Raw = nil
	return c
}

// equal compares everything but Raw, printing both sides on failure.
func equal(t *testing.T, got, want *Customer) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decoded\n got %+v\nwant %+v", got, want)
	}
}

func TestDecodePageExample(t *testing.T) {
	want := &Customer{
		ExternalReferenceID: "342", CustomerID: "9876543210", ResellerID: "5556667778",
		CompanyProfile: CompanyProfile{
			CompanyName: "Fairmont", PreferredLanguage: "en-US", MarketSegment: "EDU", MarketSubSegments: StringList{"K_12"},
			Address: Address{Country: "US", Region: "CA", City: "San Jose", AddressLine1: "200 Fairmont Ave",
				AddressLine2: "Apt 123", PostalCode: "95110-1234", PhoneNumber: "800-123-4567"},
			Contacts: []Contact{{FirstName: "Mickey", LastName: "Mouse", Email: "mickey@mouse.com", PhoneNumber: "408-123-4567"}},
		},
		Discounts:    []Discount{{OfferType: "LICENSE", Level: "02"}},
		CotermDate:   "2020-05-02",
		CreationDate: Timestamp{Time: time.Date(2019, 5, 2, 22, 49, 52, 0, time.UTC), Text: "2019-05-02T22:49:52Z"},
		Status:       "1000",
		LinkedMembership: &LinkedMembership{ID: "51001315", Name: "This is the Group Created for 1005513636",
			Type: "STANDARD", LinkedMembershipType: "OWNER",
			CreationDate: Timestamp{Time: time.Date(2024, 7, 17, 3, 47, 35, 0, time.UTC), Text: "2024-07-17T03:47:35"}},
		Links: Links{Self: &Link{URI: "/v3/customers/9876543210", Method: "GET"}},
	}
	equal(t, decodeFile(t, "customer-get.json"), want)
}

func TestDecodeThreeYearCommit(t *testing.T) {
	want := &Customer{
		ExternalReferenceID: "ACME-0042", CustomerID: "P1005229864", ResellerID: "1000180135",
		GlobalSalesEnabled: true, Tags: StringList{"HVD_MIGRATED_CUSTOMER"},
		CompanyProfile: CompanyProfile{
			CompanyName: "Acme Design Studio", PreferredLanguage: "de-DE", MarketSegment: "COM", MarketSubSegments: StringList{},
			Address: Address{Country: "DE", Region: "BE", City: "Berlin", AddressLine1: "Friedrichstraße 68", PostalCode: "10117"},
			Contacts: []Contact{
				{FirstName: "Jürgen", LastName: "Schäfer", Email: "j.schaefer@acme.example", PhoneNumber: "+49 30 1234567"},
				{FirstName: "Ana", LastName: "Lima", Email: "ana.lima@acme.example"},
			},
		},
		Discounts: []Discount{{OfferType: "LICENSE", Level: "13", DiscountCode: "HVD_L18_PRE"}, {OfferType: "CONSUMABLES", Level: "TC"}},
		Benefits: []Benefit{{
			Type: "THREE_YEAR_COMMIT",
			Commitment: &Commitment{StartDate: "2023-06-10", EndDate: "2026-06-09", Status: "COMMITTED",
				MinimumQuantities: []MinimumQuantity{{"LICENSE", 60}, {"CONSUMABLES", 3000}}},
			RecommitmentRequest: &Commitment{StartDate: "2026-06-10", EndDate: "2029-06-09", Status: "REQUESTED",
				MinimumQuantities: []MinimumQuantity{{"LICENSE", 100}}},
		}},
		CotermDate:   "2025-06-09",
		CreationDate: Timestamp{Time: time.Date(2022, 6, 10, 8, 15, 30, 0, time.UTC), Text: "2022-06-10T08:15:30Z"},
		Status:       "1000",
		Links:        Links{Self: &Link{URI: "/v3/customers/P1005229864", Method: "GET"}},
	}
	equal(t, decodeFile(t, "customer-3yc.json"), want)
}

func TestDecodeLargeGovernmentAgency(t *testing.T) {
	want := &Customer{
		CustomerID: "1005512199", ResellerID: "1000341987", Tags: StringList{},
		CompanyProfile: CompanyProfile{
			CompanyName: "Department of Example Affairs", PreferredLanguage: "en-US", MarketSegment: "GOV",
			MarketSubSegments: StringList{"FEDERAL", "STATE"},
			Address: Address{Country: "US", Region: "VA", City: "Arlington", AddressLine1: "1000 Example Blvd",
				AddressLine2: "Suite 400", PostalCode: "22202", PhoneNumber: "703-555-0100"},
			Contacts: []Contact{{FirstName: "Grace", LastName: "Hopper", Email: "grace.hopper@example.gov", PhoneNumber: "703-555-0101"}},
		},
		Discounts: []Discount{{OfferType: "LICENSE", Level: "06"}},
		Benefits:  []Benefit{{Type: "LARGE_GOVERNMENT_AGENCY", Status: "ACTIVE"}},
		LinkedMembership: &LinkedMembership{ID: "51002207", Name: "Federal LGA Group", Type: "STANDARD", LinkedMembershipType: "MEMBER",
			CreationDate: Timestamp{Time: time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC), Text: "2025-01-15T12:00:00"},
			Country:      "US", BenefitTypes: StringList{"LARGE_GOVERNMENT_AGENCY"}},
		CreationDate: Timestamp{Time: time.Date(2025, 1, 14, 9, 30, 0, 0, time.UTC), Text: "2025-01-14T09:30:00Z"},
		Status:       "1000",
		Links:        Links{Self: &Link{URI: "/v3/customers/1005512199", Method: "GET"}},
	}
	got := decodeFile(t, "customer-lga.json")
	equal(t, got, want)
	if _, ok := got.Coterm(); ok {
		t.Error("empty cotermDate parsed as a date")
	}
}

func TestDecodeTolerance(t *testing.T) {
	c, err := DecodeCustomer([]byte(`{
		"customerId": "1234", "globalSalesEnabled": "true", "tags": "HVD_MIGRATED_CUSTOMER",
		"creationDate": "2024-07-17T03:47:35", "linkedMembership": null, "companyProfile": null,
		"benefits": [{"type": "THREE_YEAR_COMMIT", "commitment": null, "commitmentRequest": null,
		              "recommitmentRequest": {"minimumQuantities": [{"offerType": "LICENSE", "quantity": "50"}]}}],
		"links": [{"rel": "self", "href": "/v3/customers/1234"}],
		"futureField": {"nested": [1, 2, 3]}, "discounts": [{"offerType": "LICENSE", "level": "01", "extra": true}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if !bool(c.GlobalSalesEnabled) || fmt.Sprint(c.Tags) != "[HVD_MIGRATED_CUSTOMER]" || c.LinkedMembership != nil {
		t.Errorf("flags/tags/membership: %v %v %v", c.GlobalSalesEnabled, c.Tags, c.LinkedMembership)
	}
	if c.CreationDate.Time != time.Date(2024, 7, 17, 3, 47, 35, 0, time.UTC) || c.Links.Self != nil {
		t.Errorf("creationDate %v links %+v", c.CreationDate, c.Links)
	}
	if b := c.Benefits[0]; b.Commitment != nil || b.RecommitmentRequest.MinimumQuantities[0].Quantity != 50 {
		t.Errorf("benefit %+v", b)
	}
	// A field of the wrong type is left empty; the rest still decodes.
	c, err = DecodeCustomer([]byte(`{"customerId": "1234", "status": 1000, "discounts": {"x": 1}, "tags": {"a": 1},
		"companyProfile": {"marketSubSegments": 7, "companyName": "Kept"}, "cotermDate": "2026-01-01"}`))
	if err != nil || c.Status != "" || c.Discounts != nil || c.Tags != nil || c.CotermDate != "2026-01-01" || c.CompanyProfile.CompanyName != "Kept" {
		t.Errorf("wrong-typed fields: %+v, %v", c, err)
	}
}

func TestDecodeStrictness(t *testing.T) {
	for _, body := range []string{"", "  ", "null", "[]", `"x"`, "42", "true", `{"customerId":"1234"} x`,
		`{"customerId":"1234"}{}`, `{"customerId":`, `{}`, `{"customerId":""}`, `{"customerId":"\u001b[2J"}`,
		"<html><title>x</title></html>", string(readTestdata(t, "customer-page-typos.json"))} {
		_, err := DecodeCustomer([]byte(body))
		if !errors.Is(err, ErrMalformedResponse) {
			t.Errorf("DecodeCustomer(%.40q) err = %v, want ErrMalformedResponse", body, err)
		} else if !sanitize.IsSafe(err.Error()) {
			t.Errorf("unsafe error text %q", err)
		}
	}
}

const hostile = "Fair\x1b[2J\x1b]0;pwned\x07\u009b31m\rmont\b\a\u202eevil\u2066\x7f"

func TestDecodeSanitizesEveryString(t *testing.T) {
	q := fmt.Sprintf("%q", hostile)
	q = strings.NewReplacer(`\a`, `\u0007`, `\b`, `\u0008`, `\r`, `\r`, `\x1b`, `\u001b`, `\x7f`, `\u007f`).Replace(q)
	body := strings.ReplaceAll(string(readTestdata(t, "customer-3yc.json")), `"Acme Design Studio"`, q)
	for _, field := range []string{`"ACME-0042"`, `"de-DE"`, `"Berlin"`, `"Jürgen"`, `"HVD_L18_PRE"`, `"COMMITTED"`,
		`"HVD_MIGRATED_CUSTOMER"`, `"2023-06-10"`, `"2022-06-10T08:15:30Z"`, `"/v3/customers/P1005229864"`, `"LICENSE"`} {
		body = strings.ReplaceAll(body, field, strings.TrimSuffix(field, `"`)+strings.Trim(q, `"`)+`"`)
	}
	c, err := DecodeCustomer([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if c.CompanyProfile.CompanyName != "Fairmontevil" {
		t.Errorf("company %q", c.CompanyProfile.CompanyName)
	}
	n := walkStrings(t, reflect.ValueOf(c).Elem(), "Customer")
	if n < 30 {
		t.Fatalf("walked only %d strings", n)
	}
}

// walkStrings asserts that every string reachable from v is terminal-safe
// and returns how many it checked.
func walkStrings(t *testing.T, v reflect.Value, path string) int {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		for _, r := range v.String() {
			if sanitize.Unsafe(r) {
				t.Errorf("%s = %q has unsafe %U", path, v.String(), r)
			}
		}
		return 1
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		return walkStrings(t, v.Elem(), path)
	case reflect.Slice:
		n := 0
		for i := range v.Len() {
			n += walkStrings(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		return n
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && v.Type().Field(i).Name != "Raw" {
				n += walkStrings(t, v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		}
		return n
	}
	return 0
}

var idRE = regexp.MustCompile(`^[\p{L}\d-]{4,40}$`)

func TestValidateCustomerID(t *testing.T) {
	cases := map[string]string{
		"1005512199": "", "P1005229864": "", "D-1005": "", "Émile-42": "", "東京都庁": "", strings.Repeat("9", 40): "",
		"": "empty", "123": "3 characters", strings.Repeat("9", 41): "41 characters", "12 34": "U+0020",
		"1234/../x": `'/'`, "12\x1b[2J34": "U+001B", "1234\u202e": "U+202E", "12\xff34": "UTF-8", "١٢٣٤": "'١'",
	}
	for id, mention := range cases {
		err := ValidateCustomerID(id)
		if mention == "" {
			if err != nil {
				t.Errorf("ValidateCustomerID(%q) = %v", id, err)
			}
			continue
		}
		if !errors.Is(err, ErrInvalidID) || !strings.Contains(err.Error(), mention) || !sanitize.IsSafe(err.Error()) {
			t.Errorf("ValidateCustomerID(%q) = %v, want it to mention %q", id, err, mention)
		}
	}
}

func FuzzValidateCustomerID(f *testing.F) {
	for _, s := range []string{"1005512199", "abc", "Émile-42", "12 34", "\x1b[2J1234", "١٢٣٤", "\xff\xfe12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		err := ValidateCustomerID(id)
		if (err == nil) != idRE.MatchString(id) {
			t.Fatalf("ValidateCustomerID(%q) = %v, regexp says %v", id, err, idRE.MatchString(id))
		}
		if err != nil && (!errors.Is(err, ErrInvalidID) || !sanitize.IsSafe(err.Error())) {
			t.Fatalf("bad error %q", err)
		}
	})
}

func FuzzDecodeCustomer(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"customerId":"` + hostile + `","tags":"x","links":[1]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := DecodeCustomer(raw)
		if err != nil {
			if !errors.Is(err, ErrMalformedResponse) || !sanitize.IsSafe(err.Error()) {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		if c.CustomerID == "" {
			t.Fatal("decoded a customer without an ID")
		}
		walkStrings(t, reflect.ValueOf(c).Elem(), "Customer")
	})
}
