package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// The read-only panes are pure functions of the customer: label/value rows
// wrapped to the pane width. The words come from package present, shared
// with `vipcx get`, so a fact reads the same on both. Text from the API was
// sanitized when it was decoded (api.DecodeCustomer).

// renderCompany is the Company tab: who the customer is and how Adobe
// classifies it.
func renderCompany(c *api.Customer, st styles, width int) string {
	return fitWidth(renderRows(factRows(present.CompanyFacts(c)), st, width), width)
}

// renderAddress is the Address tab: every address field, one per row, so a
// missing one shows as "—" instead of silently closing up.
func renderAddress(c *api.Customer, st styles, width int) string {
	return fitWidth(renderRows(factRows(present.AddressFacts(c.CompanyProfile.Address)), st, width), width)
}

// renderMembership is the Membership tab: the linked-membership group, or
// a plain sentence when there is none (an empty table would look broken).
func renderMembership(c *api.Customer, st styles, width int) string {
	fs := present.MembershipFacts(c.LinkedMembership)
	if fs == nil {
		lines := wrapTo(present.NoMembership, width)
		return fitWidth(strings.Join(lines, "\n"), width)
	}
	return fitWidth(renderRows(factRows(fs), st, width), width)
}

// factRows turns facts into label/value rows. The pane facts carry no tone
// (status and coterm are coloured in the header), so values are used as
// they are.
func factRows(fs []present.Fact) []kv {
	rows := make([]kv, 0, len(fs))
	for _, f := range fs {
		rows = append(rows, kv{f.Label, f.Value})
	}
	return rows
}
