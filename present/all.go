package present

import (
	"time"

	"github.com/vipcx/vipcx/api"
)

// CustomerFacts is every fact about a customer that both surfaces show, in
// the words both must use: the Company, Address and Membership facts, the
// header's status, coterm and creation date, each discount level, and each
// benefit's status and three-year-commit parts. Tests hold `get` and the
// TUI to it.
func CustomerFacts(c *api.Customer, now time.Time) []Fact {
	status := Status(c.Status)
	fs := append(CompanyFacts(c), status, Coterm(c, now), Fact{Label: "Created", Value: Date(c.CreationDate)})
	if status.Note != "" {
		fs = append(fs, Fact{Label: "Note", Value: status.Note})
	}
	fs = append(fs, AddressFacts(c.CompanyProfile.Address)...)
	for _, d := range c.Discounts {
		fs = append(fs, Fact{Label: "Offer type", Value: Coded(api.OfferType, d.OfferType)},
			Fact{Label: "Level", Value: Level(d.Level)})
		if d.DiscountCode != "" {
			fs = append(fs, Fact{Label: "HVD code", Value: HVD(d.DiscountCode)})
		}
	}
	if n := LevelNote(c); n != "" {
		fs = append(fs, Fact{Label: "Levels", Value: n})
	}
	for _, b := range c.Benefits {
		fs = append(fs, Fact{Label: "Benefit", Value: Coded(api.BenefitType, b.Type)})
		if b.Status != "" {
			fs = append(fs, BenefitStatus(b))
		}
		for _, part := range []*api.Commitment{b.Commitment, b.CommitmentRequest, b.RecommitmentRequest} {
			fs = append(fs, CommitmentFacts(part)...)
		}
	}
	return append(fs, MembershipFacts(c.LinkedMembership)...)
}

// CommitmentFacts are one three-year-commit part's status, term and
// minimum quantities; nil for a part Adobe sent as null.
func CommitmentFacts(c *api.Commitment) []Fact {
	if c == nil {
		return nil
	}
	return []Fact{CommitStatus(c.Status), {Label: "Term", Value: Term(c)}, {Label: "Minimum", Value: Minimums(c)}}
}
