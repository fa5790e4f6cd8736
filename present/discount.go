package present

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// Level is a discount level with its meaning: "02 — 10–49 licenses". An
// undocumented level is shown as sent and flagged.
func Level(code string) string {
	if code == "" {
		return None
	}
	if words, ok := api.Label(api.DiscountLevel, code); ok {
		return code + " — " + words
	}
	return code + " — undocumented level"
}

// HVD is a high-volume-discount code in words: "VIP high-volume level 18,
// pre-price-change (HVD_L18_PRE)"; None when absent.
func HVD(code string) string { return Coded(api.HVDCode, code) }

// LevelNote is a sentence about the customer's levels that the levels alone
// do not say, or "": EDU customers with a committed three-year commit use
// levels 02–04 for their committed quantities.
func LevelNote(c *api.Customer) string {
	if c.CompanyProfile.MarketSegment != "EDU" {
		return ""
	}
	for _, b := range c.Benefits {
		if b.Type == "THREE_YEAR_COMMIT" && committed(b) {
			return api.EDUCommitLevels
		}
	}
	return ""
}

func committed(b api.Benefit) bool {
	for _, s := range []string{b.Status, statusOf(b.Commitment)} {
		if s == "COMMITTED" || s == "ACTIVE" {
			return true
		}
	}
	return false
}

func statusOf(c *api.Commitment) string {
	if c == nil {
		return ""
	}
	return c.Status
}

var statusTones = map[string]Tone{
	"REQUESTED": ToneWarn, "ACCEPTED": ToneWarn, "COMMITTED": ToneGood, "ACTIVE": ToneGood,
	"INACTIVE": ToneBad, "DECLINED": ToneBad, "NONCOMPLIANT": ToneBad, "EXPIRED": ToneBad,
	"PENDING_UPGRADE": ToneWarn,
}

// BenefitStatus is a benefit's own status, looked up in the table of the
// benefit's type: 3YC statuses for THREE_YEAR_COMMIT, LGA statuses for
// LARGE_GOVERNMENT_AGENCY, raw for any other type.
func BenefitStatus(b api.Benefit) Fact {
	switch b.Type {
	case "THREE_YEAR_COMMIT":
		return codeFact(api.CommitStatus, b.Status)
	case "LARGE_GOVERNMENT_AGENCY":
		return codeFact(api.LGAStatus, b.Status)
	}
	return codeFact(-1, b.Status)
}

// CommitStatus is a three-year-commit part's status.
func CommitStatus(code string) Fact { return codeFact(api.CommitStatus, code) }

func codeFact(t api.Table, code string) Fact {
	words, known := api.Label(t, code)
	f := Fact{Label: "Status", Value: Labelled(words, code, known), Known: known, Tone: statusTones[code]}
	if !known && code != "" {
		f.Value, f.Tone = "Unknown ("+code+")", ToneNeutral
	}
	return f
}

// Term is a commitment's term: "2024-01-15 → 2027-01-14".
func Term(c *api.Commitment) string { return OrNone(c.StartDate) + " → " + OrNone(c.EndDate) }

// Minimums is a commitment's minimum quantities: "Licenses (LICENSE) 2,406".
func Minimums(c *api.Commitment) string {
	parts := make([]string, 0, len(c.MinimumQuantities))
	for _, q := range c.MinimumQuantities {
		parts = append(parts, Coded(api.OfferType, q.OfferType)+" "+Number(int(q.Quantity)))
	}
	return OrNone(strings.Join(parts, ", "))
}
