package present

import "github.com/vipcx/vipcx/api"

// NoMembership is said when a customer is in no linked membership.
const NoMembership = "No linked membership: this customer is not in a linked-membership group."

// MembershipFacts are the linked-membership rows, in the same order and
// words on every surface; nil when there is no membership.
func MembershipFacts(m *api.LinkedMembership) []Fact {
	if m == nil {
		return nil
	}
	fs := []Fact{
		{Label: "Membership ID", Value: OrNone(m.ID)},
		{Label: "Name", Value: OrNone(m.Name)},
		{Label: "Type", Value: Coded(api.MembershipType, m.Type)},
		{Label: "Role", Value: Coded(api.MembershipRole, m.LinkedMembershipType)},
		{Label: "Discount level", Value: api.MembershipLevelRule},
		{Label: "Created", Value: Date(m.CreationDate)},
	}
	if m.Country != "" {
		fs = append(fs, Fact{Label: "Country", Value: Country(m.Country)})
	}
	if len(m.BenefitTypes) > 0 {
		fs = append(fs, Fact{Label: "Benefit types", Value: CodedList(api.BenefitType, m.BenefitTypes)})
	}
	return fs
}

// AddressFacts are the address rows; a missing field shows None.
func AddressFacts(a api.Address) []Fact {
	return []Fact{
		{Label: "Address line 1", Value: OrNone(a.AddressLine1)},
		{Label: "Address line 2", Value: OrNone(a.AddressLine2)},
		{Label: "City", Value: OrNone(a.City)},
		{Label: "Region", Value: Region(a.Country, a.Region)},
		{Label: "Postal code", Value: OrNone(a.PostalCode)},
		{Label: "Country", Value: Country(a.Country)},
		{Label: "Phone", Value: OrNone(a.PhoneNumber)},
	}
}

// CompanyFacts are the company rows shared by `get` and the Company tab.
func CompanyFacts(c *api.Customer) []Fact {
	p := c.CompanyProfile
	fs := []Fact{
		{Label: "Company", Value: OrNone(p.CompanyName)},
		{Label: "Customer ID", Value: OrNone(c.CustomerID)},
		{Label: "External reference", Value: OrNone(c.ExternalReferenceID)},
		{Label: "Reseller ID", Value: OrNone(c.ResellerID)},
		{Label: "Preferred language", Value: Language(p.PreferredLanguage)},
		{Label: "Market segment", Value: Coded(api.Segment, p.MarketSegment)},
		{Label: "Sub-segments", Value: OrNone(CodedList(api.SubSegment, p.MarketSubSegments))},
		{Label: "Global sales", Value: GlobalSales(bool(c.GlobalSalesEnabled))},
		{Label: "Tags", Value: Tags(c.Tags)},
	}
	if c.DistributorID != "" {
		fs = append(fs, Fact{Label: "Distributor ID", Value: c.DistributorID})
	}
	return fs
}
