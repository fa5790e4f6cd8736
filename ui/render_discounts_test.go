package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

func TestDiscountsTableKeepsCodesNextToWords(t *testing.T) {
	c := decodeFixture(t, fairmontJSON)
	for _, w := range testWidths {
		out := renderDiscounts(c, newStyles(true), w)
		assertFits(t, out, w)
		assertContains(t, out, "Licenses (LICENSE)", "02 — 10–49 licenses", "No benefits")
	}
	// Wide enough: a table with a header.
	assertContains(t, renderDiscounts(c, newStyles(true), 80), "Offer type", "Level", "HVD code")
}

func TestDiscountsNarrowUsesBlocksNotCutMeanings(t *testing.T) {
	c := richCustomer()
	for _, w := range testWidths {
		out := renderDiscounts(c, newStyles(true), w)
		assertFits(t, out, w)
		flat := strings.Join(strings.Fields(out), " ")
		assertContains(t, flat, "13 — 3YC: 50–99 committed licenses", "HVD_L18_PRE",
			"TC — 3YC: 2,500–4,999 committed transactions", "Consumables (CONSUMABLES)", "05 — undocumented level")
	}
}

func TestDiscountsBenefits(t *testing.T) {
	out := renderDiscounts(richCustomer(), newStyles(true), 120)
	assertContains(t, out,
		"Three-year commit (THREE_YEAR_COMMIT)",
		"● Committed: minimums met (COMMITTED)",
		"Term 2024-01-01 → 2027-01-01",
		"Minimum: Licenses (LICENSE) 50, Consumables (CONSUMABLES) 2,500",
		"▲ Requested: customer has not accepted or declined (REQUESTED)",
		"Large government agency (LARGE_GOVERNMENT_AGENCY)",
		"▲ Pending upgrade: takes effect on the anniversary date (PENDING_UPGRADE)",
	)
	if !hasRow(out, "Commitment request", noValue) {
		t.Errorf("a null 3YC part should show %q:\n%s", noValue, out)
	}
	if !hasRow(out, "Recommitment request", "▲ Requested") {
		t.Errorf("recommitment request missing:\n%s", out)
	}
}

func TestDiscountsUnknownStatusesShownRaw(t *testing.T) {
	c := &api.Customer{Benefits: []api.Benefit{
		{Type: "THREE_YEAR_COMMIT", Status: "SHINY", Commitment: &api.Commitment{Status: "MAYBE"}},
		{Type: "NEW_BENEFIT", Status: "ON"},
	}}
	out := renderDiscounts(c, newStyles(true), 100)
	assertContains(t, out, "? Unknown (SHINY)", "? Unknown (MAYBE)", "Term — → —", "Minimum: —", "NEW_BENEFIT", "? Unknown (ON)")
}

func TestDiscountsEmpty(t *testing.T) {
	out := renderDiscounts(&api.Customer{}, newStyles(true), 60)
	assertContains(t, out, "No discount levels on record.", "No benefits")
}

func BenchmarkRenderDiscounts(b *testing.B) { benchPane(b, renderDiscounts) }
