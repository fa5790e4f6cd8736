package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vipcx/vipcx/api"
)

// writeSummary prints the customer for people reading a terminal or a CI
// log: the same facts as the TUI's tabs, codes always beside their words.
// Every string was sanitized when the response was decoded.
func writeSummary(w io.Writer, c *api.Customer, today time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	p := c.CompanyProfile
	fmt.Fprintf(tw, "%s\n", orDash(p.CompanyName))
	row(tw, "Customer ID", c.CustomerID)
	row(tw, "Status", statusText(c.Status))
	row(tw, "Segment", segmentText(p))
	row(tw, "Reseller", c.ResellerID)
	row(tw, "External reference", c.ExternalReferenceID)
	row(tw, "Language", p.PreferredLanguage)
	row(tw, "Global sales", enabledText(bool(c.GlobalSalesEnabled)))
	row(tw, "Tags", strings.Join(c.Tags, ", "))
	row(tw, "Coterm date", cotermText(c, today))
	row(tw, "Created", timeText(c.CreationDate))
	writeAddress(tw, p.Address)
	writeContacts(tw, p.Contacts)
	writeDiscounts(tw, c)
	writeBenefits(tw, c.Benefits)
	writeMembership(tw, c.LinkedMembership)
	return tw.Flush()
}

func row(w io.Writer, label, value string) { fmt.Fprintf(w, "  %s\t%s\n", label, orDash(value)) }

func section(w io.Writer, title string) { fmt.Fprintf(w, "\n%s\n", title) }

func writeAddress(w io.Writer, a api.Address) {
	section(w, "Address")
	row(w, "Line 1", a.AddressLine1)
	row(w, "Line 2", a.AddressLine2)
	row(w, "City", a.City)
	row(w, "Region", a.Region)
	row(w, "Postal code", a.PostalCode)
	row(w, "Country", a.Country)
	row(w, "Phone", a.PhoneNumber)
}

func writeContacts(w io.Writer, cs []api.Contact) {
	section(w, fmt.Sprintf("Contacts (%d)", len(cs)))
	if len(cs) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, ct := range cs {
		fmt.Fprintf(w, "  %s\t%s\t%s\n", orDash(ct.Name()), orDash(ct.Email), orDash(ct.PhoneNumber))
	}
}

func writeDiscounts(w io.Writer, c *api.Customer) {
	section(w, fmt.Sprintf("Discounts (%d)", len(c.Discounts)))
	if len(c.Discounts) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, d := range c.Discounts {
		words, known := api.OfferTypeLabel(d.OfferType)
		level := levelText(d.Level)
		if d.DiscountCode != "" {
			level += "  (HVD code " + d.DiscountCode + ")"
		}
		fmt.Fprintf(w, "  %s\t%s\n", api.Labelled(words, d.OfferType, known), level)
	}
}

func writeBenefits(w io.Writer, bs []api.Benefit) {
	section(w, fmt.Sprintf("Benefits (%d)", len(bs)))
	if len(bs) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, b := range bs {
		words, known := api.BenefitTypeLabel(b.Type)
		fmt.Fprintf(w, "  %s\n", api.Labelled(words, b.Type, known))
		if b.Status != "" {
			sw, _, ok := api.LGAStatusLabel(b.Status)
			row(w, "  Status", api.Labelled(sw, b.Status, ok))
		}
		writeCommitment(w, "Commitment", b.Commitment)
		writeCommitment(w, "Commitment request", b.CommitmentRequest)
		writeCommitment(w, "Recommitment request", b.RecommitmentRequest)
	}
}

func writeCommitment(w io.Writer, label string, c *api.Commitment) {
	if c == nil {
		return
	}
	words, _, known := api.CommitStatusLabel(c.Status)
	row(w, "  "+label, fmt.Sprintf("%s, %s to %s", api.Labelled(words, c.Status, known), orDash(c.StartDate), orDash(c.EndDate)))
	for _, q := range c.MinimumQuantities {
		ow, _ := api.OfferTypeLabel(q.OfferType)
		row(w, "    Minimum", fmt.Sprintf("%d %s", q.Quantity, strings.ToLower(first(ow, q.OfferType))))
	}
}

func writeMembership(w io.Writer, m *api.LinkedMembership) {
	section(w, "Linked membership")
	if m == nil {
		fmt.Fprintln(w, "  none: this customer is not in a linked membership")
		return
	}
	tw, tk := api.MembershipTypeLabel(m.Type)
	rw, rk := api.MembershipRoleLabel(m.LinkedMembershipType)
	row(w, "ID", m.ID)
	row(w, "Name", m.Name)
	row(w, "Type", api.Labelled(tw, m.Type, tk))
	row(w, "Role", api.Labelled(rw, m.LinkedMembershipType, rk))
	if m.Country != "" {
		row(w, "Country", m.Country)
	}
	if len(m.BenefitTypes) > 0 {
		row(w, "Benefit types", strings.Join(m.BenefitTypes, ", "))
	}
	row(w, "Created", timeText(m.CreationDate))
}

func statusText(code string) string {
	words, _, known := api.StatusLabel(code)
	return api.Labelled(words, code, known)
}

func segmentText(p api.CompanyProfile) string {
	words, known := api.SegmentLabel(p.MarketSegment)
	out := api.Labelled(words, p.MarketSegment, known)
	for _, s := range p.MarketSubSegments {
		sw, sk := api.SubSegmentLabel(s)
		out += ", " + api.Labelled(sw, s, sk)
	}
	return out
}

// levelText is "02 — 10–49 licenses", or the bare code when it is unknown.
func levelText(level string) string {
	if words, ok := api.DiscountLevelLabel(level); ok {
		return level + " — " + words
	}
	return orDash(level)
}

func cotermText(c *api.Customer, today time.Time) string {
	days, ok := c.CotermDaysLeft(today)
	switch {
	case !ok && c.CotermDate == "":
		return "not set (no order yet)"
	case !ok:
		return c.CotermDate
	case days > 0:
		return fmt.Sprintf("%s (in %d days)", c.CotermDate, days)
	case days == 0:
		return c.CotermDate + " (today)"
	}
	return fmt.Sprintf("%s (expired %d days ago)", c.CotermDate, -days)
}

func timeText(ts api.Timestamp) string {
	if ts.IsZero() {
		return ts.Text
	}
	return ts.Time.Format("2006-01-02 15:04 MST")
}

func enabledText(b bool) string {
	if b {
		return "enabled"
	}
	return "disabled"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
