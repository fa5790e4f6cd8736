package demo

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// generatedBase is the first generated customer's ID minus one; generated
// IDs are 2000000001 … 2000000300.
const generatedBase = 2000000000

// generatedID is the customer ID of generated customer i (0-based).
func generatedID(i int) string { return strconv.Itoa(generatedBase + i + 1) }

// generatedIndex is the inverse of generatedID.
func generatedIndex(id string) (int, bool) {
	n, err := strconv.Atoi(id)
	if err != nil || len(id) != 10 || n <= generatedBase || n > generatedBase+generatedCount {
		return 0, false
	}
	return n - generatedBase - 1, true
}

// generatedFacts decides everything about generated customer i from i
// alone, so every run builds the same book. The arithmetic spreads
// segments, statuses, sizes and commitments across the list.
func generatedFacts(i int) *facts {
	id := generatedID(i)
	loc := locales[(i%60)/5]
	f := &facts{
		ID: id, ExtRef: fmt.Sprintf("DEMO-%04d", i+1), Status: generatedStatus(i),
		Name: loc.stems[i%5] + nameSuffixes[(i/60)%len(nameSuffixes)], Segment: "COM",
		Country: loc.country, Consumables: "T1",
	}
	if n, ok := specialNames[id]; ok {
		f.Name = n
	}
	switch {
	case i%9 == 4:
		f.Segment = "EDU"
	case i%17 == 8:
		f.Segment = "GOV"
	}
	f.Created, f.Coterm = generatedDates(i, f.Status)
	f.License, f.MinLicense = generatedLicense(i, f)
	if i%4 == 0 && f.Status != "1002" {
		f.Consumables = consumableTier(consumableQuantity(i))
	}
	return f
}

// generatedStatus makes about one in ten customers pending and one in ten
// inactive, with one each of the inactive variants 1010 and 1012.
func generatedStatus(i int) string {
	switch {
	case i == 58:
		return "1010"
	case i == 128:
		return "1012"
	case i%10 == 4:
		return "1002"
	case i%10 == 8:
		return "1004"
	}
	return "1000"
}

// generatedDates spreads creation over 2017–2026; pending customers were
// created last month and have no coterm date yet (no order placed). An
// active customer's coterm is its next anniversary; an inactive one's is
// the anniversary it lapsed on.
func generatedDates(i int, status string) (time.Time, string) {
	if status == "1002" {
		return time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 2 * time.Hour), ""
	}
	created := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC).
		AddDate(0, 0, 11*i).Add(time.Duration(i*7919%86400) * time.Second)
	next := time.Date(demoToday.Year(), created.Month(), created.Day(), 0, 0, 0, 0, time.UTC)
	if !next.After(demoToday) {
		next = next.AddDate(1, 0, 0)
	}
	if status != "1000" {
		if prev := next.AddDate(-1, 0, 0); prev.After(created) {
			next = prev
		}
	}
	return created, next.Format(time.DateOnly)
}

// generatedLicense sizes the customer and picks the discount level its
// licence count earns; one in eleven active customers has a committed
// three-year commit, whose level follows the committed minimum.
func generatedLicense(i int, f *facts) (level string, minimum int) {
	if f.Status == "1002" {
		return "01", 0
	}
	q := licenseQuantity(i)
	if i%11 == 5 && f.Status == "1000" {
		minimum = max(10, q-i%5)
		return commitLevel(f.Segment, minimum), minimum
	}
	return volumeLevel(q), 0
}

// licenseQuantity is generated customer i's licence count (3–162, at least
// 10 for a three-year commit).
func licenseQuantity(i int) int {
	q := 3 + i*37%160
	if i%11 == 5 && q < 10 {
		q += 20
	}
	return q
}

// consumableQuantity is the transactions a consumables buyer holds.
func consumableQuantity(i int) int { return 200 + i*131%6000 }

// volumeLevel is the LICENSE level a licence count earns without a commit
// (https://developer.adobe.com/vipmp/docs/customer-account/linked-membership).
func volumeLevel(q int) string {
	switch {
	case q >= 100:
		return "04"
	case q >= 50:
		return "03"
	case q >= 10:
		return "02"
	}
	return "01"
}

// commitLevel is the LICENSE level of a committed minimum: 12–14 for COM
// and GOV, 02–04 for EDU
// (https://developer.adobe.com/vipmp/docs/customer-account/three-year-commit).
func commitLevel(segment string, minimum int) string {
	lv := volumeLevel(minimum)
	if segment == "EDU" {
		return lv
	}
	return map[string]string{"02": "12", "03": "13", "04": "14"}[lv]
}

// consumableTier is the CONSUMABLES level of a transaction count.
func consumableTier(q int) string {
	switch {
	case q >= 5000:
		return "T4"
	case q >= 2500:
		return "T3"
	case q >= 1000:
		return "T2"
	}
	return "T1"
}

// generatedCustomerJSON renders the full customer resource of a generated
// customer, in Adobe's field order, consistent with its book entry.
func generatedCustomerJSON(f *facts) []byte {
	i, _ := generatedIndex(f.ID)
	loc := locales[(i%60)/5]
	first, last, _ := strings.Cut(loc.admin.display, " ")
	doc := customerDoc{
		ExternalReferenceID: f.ExtRef, CustomerID: f.ID, ResellerID: ResellerID,
		Tags: []string{},
		CompanyProfile: profileDoc{
			CompanyName: f.Name, PreferredLanguage: loc.lang, MarketSegment: f.Segment,
			MarketSubSegments: subSegments(i, f.Segment),
			Address:           addressDoc{loc.country, loc.region, loc.city, loc.street, "", loc.postal, loc.phone},
			Contacts: []contactDoc{{first, last,
				loc.admin.ascii + "@customer" + f.ID + ".example.com", loc.phone}},
		},
		Discounts:  []discountDoc{{OfferType: "LICENSE", Level: f.License}, {OfferType: "CONSUMABLES", Level: f.Consumables}},
		Benefits:   commitBenefits(f),
		CotermDate: f.Coterm, CreationDate: f.Created.Format(time.RFC3339), Status: f.Status,
		Links: selfLinks("/v3/customers/" + f.ID),
	}
	b, err := json.MarshalIndent(doc, "", "    ")
	if err != nil {
		panic("demo: " + err.Error())
	}
	return append(b, '\n')
}

// subSegments gives EDU customers one of the three EDU sub-segments.
func subSegments(i int, segment string) []string {
	if segment != "EDU" {
		return []string{}
	}
	return []string{[]string{"K_12", "HIGHER_ED", "NON_PROFIT"}[i%3]}
}

// commitBenefits is the committed 3YC benefit of a customer that has one:
// three years ending on its coterm date.
func commitBenefits(f *facts) []benefitDoc {
	if f.MinLicense == 0 {
		return []benefitDoc{}
	}
	end, _ := time.Parse(time.DateOnly, f.Coterm)
	return []benefitDoc{{Type: "THREE_YEAR_COMMIT", Commitment: &commitmentDoc{
		StartDate: end.AddDate(-3, 0, 1).Format(time.DateOnly), EndDate: end.Format(time.DateOnly),
		Status:            "COMMITTED",
		MinimumQuantities: []quantityDoc{{"LICENSE", f.MinLicense}},
	}}}
}
