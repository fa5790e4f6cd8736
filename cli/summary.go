package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// writeSummary prints the customer for people reading a terminal or a CI
// log: the same facts, in the same words, as the TUI's tabs (both come from
// package present). Columns align by terminal cells, so CJK names keep them
// straight. Every string was sanitized when the response was decoded.
func writeSummary(w io.Writer, c *api.Customer, now time.Time) error {
	var b strings.Builder
	b.WriteString(present.OrNone(c.CompanyProfile.CompanyName) + "\n")
	b.WriteString(factBlock(summaryFacts(c, now)))
	section(&b, "Address")
	b.WriteString(factBlock(present.AddressFacts(c.CompanyProfile.Address)))
	writeContacts(&b, c.CompanyProfile.Contacts)
	writeDiscounts(&b, c)
	writeBenefits(&b, c.Benefits)
	writeMembership(&b, c.LinkedMembership)
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryFacts are the top block: the Company tab's facts (the name is the
// title line), then the header's status, coterm and creation date.
func summaryFacts(c *api.Customer, now time.Time) []present.Fact {
	fs := present.CompanyFacts(c)[1:]
	status := present.Status(c.Status)
	fs = append(fs, status)
	if status.Note != "" {
		fs = append(fs, present.Fact{Label: "Note", Value: status.Note})
	}
	return append(fs, present.Coterm(c, now), present.Fact{Label: "Created", Value: present.Date(c.CreationDate)})
}

// factBlock is label and value in two aligned columns, indented.
func factBlock(fs []present.Fact) string {
	t := present.Table{Indent: "  "}
	for _, f := range fs {
		t.Rows = append(t.Rows, []string{f.Label, f.Value})
	}
	return t.Render(0)
}

func section(b *strings.Builder, title string) { fmt.Fprintf(b, "\n%s\n", title) }

func writeContacts(b *strings.Builder, cs []api.Contact) {
	section(b, fmt.Sprintf("Contacts (%s)", present.Number(len(cs))))
	if len(cs) == 0 {
		b.WriteString("  none\n")
	}
	t := present.Table{Indent: "  "}
	for _, ct := range cs {
		t.Rows = append(t.Rows, []string{present.OrNone(ct.Name()), present.OrNone(ct.Email), present.OrNone(ct.PhoneNumber)})
	}
	b.WriteString(t.Render(0))
}

func writeDiscounts(b *strings.Builder, c *api.Customer) {
	section(b, fmt.Sprintf("Discounts (%d)", len(c.Discounts)))
	if len(c.Discounts) == 0 {
		b.WriteString("  none\n")
	}
	t := present.Table{Indent: "  "}
	for _, d := range c.Discounts {
		row := []string{present.Coded(api.OfferType, d.OfferType), present.Level(d.Level), ""}
		if d.DiscountCode != "" {
			row[2] = "HVD " + present.HVD(d.DiscountCode)
		}
		t.Rows = append(t.Rows, row)
	}
	b.WriteString(t.Render(0))
	if note := present.LevelNote(c); note != "" {
		b.WriteString("  " + note + "\n")
	}
}

func writeBenefits(b *strings.Builder, bs []api.Benefit) {
	section(b, fmt.Sprintf("Benefits (%d)", len(bs)))
	if len(bs) == 0 {
		b.WriteString("  none\n")
	}
	for _, bn := range bs {
		b.WriteString("  " + present.Coded(api.BenefitType, bn.Type) + "\n")
		var fs []present.Fact
		if bn.Status != "" {
			fs = append(fs, present.BenefitStatus(bn))
		}
		fs = append(fs, commitment("Commitment", bn.Commitment)...)
		fs = append(fs, commitment("Commitment request", bn.CommitmentRequest)...)
		fs = append(fs, commitment("Recommitment request", bn.RecommitmentRequest)...)
		b.WriteString(indent(factBlock(fs), "  "))
	}
}

// commitment is one three-year-commit part (status, term, minimums) under
// its own label, the term and minimums indented below it.
func commitment(label string, c *api.Commitment) []present.Fact {
	fs := present.CommitmentFacts(c)
	for i := range fs {
		fs[i].Label = "  " + fs[i].Label
	}
	if len(fs) > 0 {
		fs[0].Label = label
	}
	return fs
}

func writeMembership(b *strings.Builder, m *api.LinkedMembership) {
	section(b, "Linked membership")
	if m == nil {
		b.WriteString("  " + present.NoMembership + "\n")
		return
	}
	b.WriteString(factBlock(present.MembershipFacts(m)))
}

// indent prefixes every non-empty line of block.
func indent(block, prefix string) string {
	lines := strings.SplitAfter(block, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "")
}
