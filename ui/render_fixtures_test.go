package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/sanitize"
)

// testWidths are the widths every render function is checked at: the
// smallest supported (minWidth), the classic terminal, and a wide one.
var testWidths = []int{60, 80, 120}

// fairmontJSON is the customer of Adobe's Get Customer page
// (https://developer.adobe.com/vipmp/docs/customer-account/get-customer-account),
// inline so these tests do not depend on the demo package.
const fairmontJSON = `{
  "externalReferenceId": "342", "customerId": "9876543210", "resellerId": "5556667778",
  "globalSalesEnabled": false,
  "companyProfile": { "companyName": "Fairmont", "preferredLanguage": "en-US",
    "marketSegment": "EDU", "marketSubSegments": ["K_12"],
    "address": { "country": "US", "region": "CA", "city": "San Jose", "addressLine1": "200 Fairmont Ave",
                 "addressLine2": "Apt 123", "postalCode": "95110-1234", "phoneNumber": "800-123-4567" },
    "contacts": [ { "firstName": "Mickey", "lastName": "Mouse", "email": "mickey@mouse.com", "phoneNumber": "408-123-4567" } ] },
  "discounts": [ { "offerType": "LICENSE", "level": "02" } ],
  "cotermDate": "2020-05-02", "creationDate": "2019-05-02T22:49:52Z", "status": "1000",
  "linkedMembership": { "id": "51001315", "name": "This is the Group Created for 1005513636",
    "type": "STANDARD", "linkedMembershipType": "OWNER", "creationDate": "2024-07-17T03:47:35" },
  "links": { "self": { "uri": "/v3/customers/9876543210", "method": "GET", "headers": [] } }
}`

// hostileJSON carries every kind of terminal attack the API could send: CSI,
// OSC (title, clipboard, hyperlink), DCS, C1 CSI, carriage return,
// backspaces, NUL and bidi overrides and isolates.
const hostileJSON = `{
  "externalReferenceId": "\u001b]0;pwned\u0007REF-1", "customerId": "demo-escapes", "resellerId": "555\u009b2J6667778",
  "globalSalesEnabled": "true", "tags": "\u001b[31mRED_TAG\u001b[0m",
  "companyProfile": { "companyName": "Mallory\u001b[2J\u001b[H Trading \u202eevil\u202c Co",
    "preferredLanguage": "en-US\r", "marketSegment": "COM\u001b[1A", "marketSubSegments": ["K_12\u0007"],
    "address": { "country": "US", "region": "NV", "city": "Reno\rOverwritten",
      "addressLine1": "\u001b]52;c;ZWNobyBwd25lZA==\u0007 1 Clipboard Court",
      "addressLine2": "\u001b]8;;https://example.com/\u0007click me\u001b]8;;\u0007",
      "postalCode": "89501\b\b\b\b\b00000", "phoneNumber": "775-555-0166\u009b2J" },
    "contacts": [ { "firstName": "Eve\u001bP+q\u001b\\", "lastName": "Dropper\u2066hidden\u2069",
      "email": "eve@mallory.example.com\u0000", "phoneNumber": "775-555-0167" } ] },
  "discounts": [ { "offerType": "LICENSE", "level": "02\u001b[1A", "discountCode": "HVD\u009d0;x\u009c" } ],
  "benefits": [ { "type": "THREE_YEAR_COMMIT", "commitment": { "startDate": "2024-01-01\r", "endDate": "2027-01-01",
      "status": "COMMITTED\u001b[8m", "minimumQuantities": [ { "offerType": "LICENSE\u202e", "quantity": 10 } ] } } ],
  "cotermDate": "2027-02-28", "creationDate": "2024-02-29T12:00:00Z", "status": "1000\u001b[5m",
  "linkedMembership": { "id": "\u001b[41m1\u001b[0m", "name": "Group\rX", "type": "STANDARD", "linkedMembershipType": "OWNER\u200f" }
}`

// testToday is the fixed "today" for days-left text, so no assertion
// depends on the clock.
var testToday = time.Date(2026, 8, 19, 15, 0, 0, 0, time.UTC)

func decodeFixture(t testing.TB, raw string) *api.Customer {
	t.Helper()
	c, err := api.DecodeCustomer([]byte(raw))
	if err != nil {
		t.Fatalf("DecodeCustomer: %v", err)
	}
	return c
}

// richCustomer has everything the views can show: 3YC with all three parts,
// an LGA benefit, an HVD discount, an undocumented level and status, many
// contacts and wide (CJK) text.
func richCustomer() *api.Customer {
	c := &api.Customer{
		CustomerID: "1005512199", ResellerID: "5556667778", ExternalReferenceID: "ACME-0042",
		GlobalSalesEnabled: true, Tags: api.StringList{"HVD_MIGRATED_CUSTOMER"},
		CotermDate: "2026-09-01", Status: "1016",
		CompanyProfile: api.CompanyProfile{
			CompanyName:       "株式会社アクメ・グローバル・エンタープライズ・ソリューションズ Holdings International Limited",
			PreferredLanguage: "ja-JP", MarketSegment: "GOV", MarketSubSegments: api.StringList{"FEDERAL", "MYSTERY"},
			Address: api.Address{Country: "JP", Region: "13", City: "東京", AddressLine1: "千代田区丸の内1-1-1", PostalCode: "100-0005"},
		},
		Discounts: []api.Discount{
			{OfferType: "LICENSE", Level: "13", DiscountCode: "HVD_L18_PRE"},
			{OfferType: "CONSUMABLES", Level: "TC"},
			{OfferType: "LICENSE", Level: "05"},
		},
		Benefits: []api.Benefit{
			{Type: "THREE_YEAR_COMMIT", Commitment: &api.Commitment{StartDate: "2024-01-01", EndDate: "2027-01-01", Status: "COMMITTED",
				MinimumQuantities: []api.MinimumQuantity{{OfferType: "LICENSE", Quantity: 50}, {OfferType: "CONSUMABLES", Quantity: 2500}}},
				RecommitmentRequest: &api.Commitment{Status: "REQUESTED", MinimumQuantities: []api.MinimumQuantity{{OfferType: "LICENSE", Quantity: 100}}}},
			{Type: "LARGE_GOVERNMENT_AGENCY", Status: "PENDING_UPGRADE"},
		},
		LinkedMembership: &api.LinkedMembership{ID: "51001315", Name: "Consortium of Prefectural Libraries", Type: "CONSORTIUM",
			LinkedMembershipType: "MEMBER", Country: "US", BenefitTypes: api.StringList{"LARGE_GOVERNMENT_AGENCY"}},
	}
	c.CompanyProfile.Contacts = manyContacts(40)
	return c
}

// manyContacts builds n contacts, every third with CJK names and every
// fifth without a phone.
func manyContacts(n int) []api.Contact {
	cs := make([]api.Contact, n)
	for i := range cs {
		cs[i] = api.Contact{FirstName: fmt.Sprintf("First%d", i+1), LastName: "Last", Email: fmt.Sprintf("user%d@example.com", i+1), PhoneNumber: "+1 408 555 0100"}
		if i%3 == 1 {
			cs[i].FirstName, cs[i].LastName = "山田", "太郎"
		}
		if i%5 == 4 {
			cs[i].PhoneNumber = ""
		}
	}
	return cs
}

// assertFits fails when any line of out is wider than w cells.
func assertFits(t *testing.T, out string, w int) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if got := ansi.StringWidth(line); got > w {
			t.Errorf("line %d is %d cells, wider than %d: %q", i, got, w, line)
		}
	}
}

// assertContains fails when out lacks any of wants.
func assertContains(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// assertTerminalSafe fails when out carries any control character other
// than newline, or a bidi control: with the colour profile pinned to ASCII
// the views emit no escape sequences of their own, so any would be data.
func assertTerminalSafe(t *testing.T, out string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && sanitize.Unsafe(r) {
			t.Fatalf("output carries unsafe rune %U:\n%q", r, out)
		}
	}
}
