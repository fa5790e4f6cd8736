package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// The read-only panes are pure functions of the customer: label/value rows
// wrapped to the pane width. Text from the API was sanitized when it was
// decoded (api.DecodeCustomer); these functions only arrange it.

// renderCompany is the Company tab: who the customer is and how Adobe
// classifies it.
func renderCompany(c *api.Customer, st styles, width int) string {
	p := c.CompanyProfile
	seg, segKnown := api.SegmentLabel(p.MarketSegment)
	rows := []kv{
		{"Company", p.CompanyName},
		{"Customer ID", c.CustomerID},
		{"External reference", c.ExternalReferenceID},
		{"Reseller ID", c.ResellerID},
		{"Preferred language", p.PreferredLanguage},
		{"Market segment", api.Labelled(seg, p.MarketSegment, segKnown)},
		{"Sub-segments", subSegmentsText(p.MarketSubSegments)},
		{"Global sales", globalSalesText(bool(c.GlobalSalesEnabled))},
		{"Tags", strings.Join(c.Tags, ", ")},
	}
	if c.DistributorID != "" {
		rows = append(rows, kv{"Distributor ID", c.DistributorID})
	}
	return fitWidth(renderRows(rows, st, width), width)
}

// subSegmentsText lists sub-segments in words with their codes:
// "K-12 school (K_12), Non-profit (NON_PROFIT)".
func subSegmentsText(codes []string) string {
	parts := make([]string, 0, len(codes))
	for _, code := range codes {
		words, known := api.SubSegmentLabel(code)
		parts = append(parts, api.Labelled(words, code, known))
	}
	return strings.Join(parts, ", ")
}

func globalSalesText(on bool) string {
	if on {
		return "Enabled: worldwide sales and deployments"
	}
	return "Disabled"
}

// renderAddress is the Address tab: every address field, one per row, so a
// missing one shows as "—" instead of silently closing up.
func renderAddress(c *api.Customer, st styles, width int) string {
	a := c.CompanyProfile.Address
	rows := []kv{
		{"Address line 1", a.AddressLine1},
		{"Address line 2", a.AddressLine2},
		{"City", a.City},
		{"Region", a.Region},
		{"Postal code", a.PostalCode},
		{"Country", a.Country},
		{"Phone", a.PhoneNumber},
	}
	return fitWidth(renderRows(rows, st, width), width)
}

// renderMembership is the Membership tab: the linked-membership group, or
// a plain sentence when there is none (an empty table would look broken).
func renderMembership(c *api.Customer, st styles, width int) string {
	m := c.LinkedMembership
	if m == nil {
		lines := wrapTo("No linked membership: this customer is not in a linked-membership group.", width)
		return fitWidth(strings.Join(lines, "\n"), width)
	}
	typ, typKnown := api.MembershipTypeLabel(m.Type)
	role, roleKnown := api.MembershipRoleLabel(m.LinkedMembershipType)
	rows := []kv{
		{"Membership ID", m.ID},
		{"Name", m.Name},
		{"Type", api.Labelled(typ, m.Type, typKnown)},
		{"Role", api.Labelled(role, m.LinkedMembershipType, roleKnown)},
		{"Created", createdText(m.CreationDate)},
	}
	if m.Country != "" {
		rows = append(rows, kv{"Country", m.Country})
	}
	if len(m.BenefitTypes) > 0 {
		rows = append(rows, kv{"Benefit types", benefitTypesText(m.BenefitTypes)})
	}
	return fitWidth(renderRows(rows, st, width), width)
}

func benefitTypesText(codes []string) string {
	parts := make([]string, 0, len(codes))
	for _, code := range codes {
		words, known := api.BenefitTypeLabel(code)
		parts = append(parts, api.Labelled(words, code, known))
	}
	return strings.Join(parts, ", ")
}
