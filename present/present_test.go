package present

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/vipcx/vipcx/api"
)

func TestNumberGroupsThousands(t *testing.T) {
	cases := map[int]string{0: "0", 999: "999", 2406: "2,406", 1234567: "1,234,567", -2400: "-2,400"}
	for n, want := range cases {
		if got := Number(n); got != want {
			t.Errorf("Number(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLevelFlagsUndocumented(t *testing.T) {
	cases := map[string]string{"02": "02 — 10–49 licenses", "T1": "T1 — 1–999 transactions",
		"05": "05 — undocumented level", "": None}
	for code, want := range cases {
		if got := Level(code); got != want {
			t.Errorf("Level(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestBenefitStatusByType: ACTIVE means different things
// for a 3YC and an LGA benefit, and PENDING_UPGRADE is an LGA status only.
func TestBenefitStatusByType(t *testing.T) {
	lga := BenefitStatus(api.Benefit{Type: "LARGE_GOVERNMENT_AGENCY", Status: "PENDING_UPGRADE"})
	if !strings.HasPrefix(lga.Value, "Pending upgrade") || lga.Tone != ToneWarn {
		t.Errorf("LGA PENDING_UPGRADE = %+v", lga)
	}
	tyc := BenefitStatus(api.Benefit{Type: "THREE_YEAR_COMMIT", Status: "COMMITTED"})
	if tyc.Value != "Committed: minimums met (COMMITTED)" || tyc.Tone != ToneGood {
		t.Errorf("3YC COMMITTED = %+v", tyc)
	}
	if f := BenefitStatus(api.Benefit{Type: "THREE_YEAR_COMMIT", Status: "PENDING_UPGRADE"}); f.Known {
		t.Errorf("PENDING_UPGRADE is not a 3YC status: %+v", f)
	}
	if f := BenefitStatus(api.Benefit{Type: "NEW", Status: "ACTIVE"}); f.Value != "Unknown (ACTIVE)" {
		t.Errorf("unknown type = %+v", f)
	}
}

func TestCotermCountsDaysInTheCallersDay(t *testing.T) {
	c := &api.Customer{CotermDate: "2026-08-20"}
	tokyo := time.FixedZone("JST", 9*3600)
	// 16:00 UTC on the 19th is already the 20th in Tokyo.
	now := time.Date(2026, 8, 19, 16, 0, 0, 0, time.UTC)
	if got := Coterm(c, now).Value; got != "2026-08-20 (in 1 day)" {
		t.Errorf("UTC: %q", got)
	}
	if got := Coterm(c, now.In(tokyo)).Value; got != "2026-08-20 (today)" {
		t.Errorf("Tokyo: %q", got)
	}
	old := &api.Customer{CotermDate: "2020-01-01"}
	if f := Coterm(old, now); !strings.Contains(f.Value, "expired 2,422 days ago") || f.Tone != ToneBad {
		t.Errorf("expired: %+v", f)
	}
	if got := Coterm(&api.Customer{}, now).Value; got != "not set (no order yet)" {
		t.Errorf("unset: %q", got)
	}
}

func TestStatusMarksUndocumentedUse(t *testing.T) {
	f := Status("1024")
	if !strings.Contains(f.Value, "Undocumented for customers") || !strings.Contains(f.Note, "already exists") {
		t.Errorf("1024 = %+v", f)
	}
	if f := Status("1099"); f.Value != "Unknown status (1099)" || f.Known {
		t.Errorf("1099 = %+v", f)
	}
}

func TestLocaleInWordsUnknownRaw(t *testing.T) {
	cases := map[string]string{
		Language("ja-JP"): "Japanese (ja-JP)", Language("xx-YY"): "xx-YY",
		Country("JP"): "Japan (JP)", Country("ZZ"): "ZZ",
		Region("JP", "13"): "Tokyo (JP-13)", Region("ZZ", "9"): "9", Region("US", ""): None,
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestSegmentNeverRaw(t *testing.T) {
	got := Segment(api.CompanyProfile{MarketSegment: "GOV", MarketSubSegments: []string{"STATE"}})
	if got != "Government (GOV), State agency, LGA (STATE)" {
		t.Errorf("Segment = %q", got)
	}
	if got := CodedList(api.BenefitType, []string{"LARGE_GOVERNMENT_AGENCY"}); got != "Large government agency (LARGE_GOVERNMENT_AGENCY)" {
		t.Errorf("benefit type = %q", got)
	}
}

func TestLevelNoteForEDUWithCommitted3YC(t *testing.T) {
	c := &api.Customer{CompanyProfile: api.CompanyProfile{MarketSegment: "EDU"},
		Benefits: []api.Benefit{{Type: "THREE_YEAR_COMMIT", Commitment: &api.Commitment{Status: "COMMITTED"}}}}
	if !strings.Contains(LevelNote(c), "02–04") {
		t.Errorf("EDU committed: %q", LevelNote(c))
	}
	c.CompanyProfile.MarketSegment = "COM"
	if LevelNote(c) != "" {
		t.Error("COM has no EDU note")
	}
}

// TestTableAlignsByCells: a CJK cell is two cells per
// rune, so columns after it must still start in one column.
func TestTableAlignsByCells(t *testing.T) {
	tb := Table{Headers: []string{"Name", "Email"}, Rows: [][]string{{"陽菜 高橋", "a@x"}, {"Kenta Yamamoto", "b@x"}}}
	out := tb.Render(0)
	var cols []int
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		i := strings.LastIndex(l, " ") + 1
		cols = append(cols, ansi.StringWidth(l[:i]))
	}
	if cols[0] != cols[1] || cols[1] != cols[2] {
		t.Errorf("columns start at %v:\n%s", cols, out)
	}
	for _, l := range strings.Split(tb.Render(12), "\n") {
		if ansi.StringWidth(l) > 12 {
			t.Errorf("line wider than 12: %q", l)
		}
	}
}

func TestResourceStatusPerTable(t *testing.T) {
	if f := ResourceStatus(api.OrderStatus, "1008"); f.Value != "Cancelled (1008)" || f.Tone != ToneBad {
		t.Errorf("order 1008 = %+v", f)
	}
	if f := ResourceStatus(api.SubscriptionStatus, "1009"); f.Value != "Scheduled (1009)" || f.Tone != ToneNeutral {
		t.Errorf("subscription 1009 = %+v", f)
	}
	if f := ResourceStatus(api.SubscriptionStatus, "1008"); f.Known || f.Value != "Unknown status (1008)" {
		t.Errorf("subscription 1008 = %+v", f)
	}
}

// TestCustomerFactsHoldEveryCommitmentPart: each three-year-commit part
// Adobe sent (commitment, request, recommitment request) brings its status,
// term and minimums into the facts both surfaces are held to; a null part
// brings none.
func TestCustomerFactsHoldEveryCommitmentPart(t *testing.T) {
	part := func(status, start string, n int) *api.Commitment {
		return &api.Commitment{Status: status, StartDate: start, EndDate: "2030-01-01",
			MinimumQuantities: []api.MinimumQuantity{{OfferType: "LICENSE", Quantity: api.FlexInt(n)}}}
	}
	c := &api.Customer{Benefits: []api.Benefit{{Type: "THREE_YEAR_COMMIT",
		Commitment: part("COMMITTED", "2024-01-01", 1200), RecommitmentRequest: part("REQUESTED", "2027-01-01", 75)}}}
	var got []string
	for _, f := range CustomerFacts(c, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		got = append(got, f.Value)
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"Committed: minimums met (COMMITTED)", "2024-01-01 → 2030-01-01", "Licenses (LICENSE) 1,200",
		"Requested: customer has not accepted or declined (REQUESTED)", "2027-01-01 → 2030-01-01", "Licenses (LICENSE) 75"} {
		if !strings.Contains(all, want) {
			t.Errorf("facts lack %q:\n%s", want, all)
		}
	}
	if n := len(CommitmentFacts(nil)); n != 0 {
		t.Errorf("a null part gave %d facts", n)
	}
}

// TestCompanyFactsNameTheDistributorOnlyWhenSent: distributorId is a
// Company fact when present and no row at all when absent.
func TestCompanyFactsNameTheDistributorOnlyWhenSent(t *testing.T) {
	has := func(c *api.Customer) string {
		for _, f := range CompanyFacts(c) {
			if f.Label == "Distributor ID" {
				return f.Value
			}
		}
		return ""
	}
	if v := has(&api.Customer{DistributorID: "DIST-7781"}); v != "DIST-7781" {
		t.Errorf("with distributorId: %q", v)
	}
	if v := has(&api.Customer{}); v != "" {
		t.Errorf("without distributorId: %q", v)
	}
}
