package api

// The tables in this file turn Adobe's codes into words (vip-api.md §4–§6).
// Each lookup returns the words and whether the code is known; callers show
// unknown codes raw so nothing the API sends is hidden.

// Tone is the colour family a status belongs to, so the UI can colour it and
// NO_COLOR output can still mark it with a symbol.
type Tone int

// Tones, from good to bad.
const (
	ToneUnknown Tone = iota
	ToneGood
	ToneWarn
	ToneBad
)

type statusInfo struct {
	words string
	tone  Tone
}

var customerStatuses = map[string]statusInfo{
	"1000": {"Active", ToneGood},
	"1002": {"Pending", ToneWarn},
	"1004": {"Inactive", ToneBad},
	"1010": {"Inactive: invalid address", ToneBad},
	"1012": {"Inactive: account blocked", ToneBad},
	"1014": {"Inactive: customer already exists", ToneBad},
	"1024": {"Inactive: customer inactive", ToneBad},
}

// StatusLabel describes a customer status code, e.g. "1000" → "Active".
func StatusLabel(code string) (words string, tone Tone, known bool) {
	s, ok := customerStatuses[code]
	return s.words, s.tone, ok
}

var segments = map[string]string{
	"COM": "Commercial",
	"EDU": "Education",
	"GOV": "Government",
}

// SegmentLabel describes a market segment, e.g. "EDU" → "Education".
func SegmentLabel(code string) (string, bool) { s, ok := segments[code]; return s, ok }

var subSegments = map[string]string{
	"K_12":       "K-12 school",
	"HIGHER_ED":  "Higher education",
	"NON_PROFIT": "Non-profit",
	"FEDERAL":    "Federal agency, LGA",
	"STATE":      "State agency, LGA",
}

// SubSegmentLabel describes a market sub-segment, e.g. "K_12" → "K-12 school".
func SubSegmentLabel(code string) (string, bool) { s, ok := subSegments[code]; return s, ok }

var licenseLevels = map[string]string{
	"01": "1–9 licenses, no volume discount",
	"02": "10–49 licenses",
	"03": "50–99 licenses",
	"04": "100+ licenses",
	"06": "LGA: 100–999 licenses",
	"07": "LGA: 1,000–4,999 licenses",
	"08": "LGA: 5,000–9,999 licenses",
	"09": "LGA: 10,000+ licenses",
	"12": "3YC: 10–49 committed licenses",
	"13": "3YC: 50–99 committed licenses",
	"14": "3YC: 100+ committed licenses",
}

var consumableLevels = map[string]string{
	"T1": "1–999 transactions",
	"T2": "1,000–2,499 transactions",
	"T3": "2,500–4,999 transactions",
	"T4": "5,000–14,999 transactions",
	"T5": "15,000–49,999 transactions",
	"T6": "50,000–99,999 transactions",
	"T7": "100,000+ transactions",
	"TB": "3YC: 1,000–2,499 committed transactions",
	"TC": "3YC: 2,500–4,999 committed transactions",
	"TD": "3YC: 5,000–14,999 committed transactions",
	"TE": "3YC: 15,000–49,999 committed transactions",
	"TF": "3YC: 50,000–99,999 committed transactions",
	"TG": "3YC: 100,000+ committed transactions",
}

// DiscountLevelLabel describes a discount level, e.g. "02" → "10–49
// licenses". License and consumable codes do not overlap, so the offer type
// is only a hint; a code is looked up in both tables.
func DiscountLevelLabel(level string) (string, bool) {
	if s, ok := licenseLevels[level]; ok {
		return s, true
	}
	s, ok := consumableLevels[level]
	return s, ok
}

var offerTypes = map[string]string{
	"LICENSE":     "Licenses",
	"CONSUMABLES": "Consumables",
}

// OfferTypeLabel describes an offer type, e.g. "CONSUMABLES" → "Consumables".
func OfferTypeLabel(code string) (string, bool) { s, ok := offerTypes[code]; return s, ok }

var benefitTypes = map[string]string{
	"THREE_YEAR_COMMIT":       "Three-year commit",
	"LARGE_GOVERNMENT_AGENCY": "Large government agency",
}

// BenefitTypeLabel describes a benefit type.
func BenefitTypeLabel(code string) (string, bool) { s, ok := benefitTypes[code]; return s, ok }

var commitStatuses = map[string]statusInfo{
	"REQUESTED":    {"Requested: customer has not accepted or declined", ToneWarn},
	"ACCEPTED":     {"Accepted: minimums not yet met", ToneWarn},
	"COMMITTED":    {"Committed: minimums met", ToneGood},
	"ACTIVE":       {"Active", ToneGood},
	"INACTIVE":     {"Inactive: no 3YC benefit", ToneBad},
	"DECLINED":     {"Declined: no 3YC benefit", ToneBad},
	"NONCOMPLIANT": {"Non-compliant: minimums not met, no 3YC benefit", ToneBad},
	"EXPIRED":      {"Expired: no 3YC benefit", ToneBad},
}

// CommitStatusLabel describes a three-year-commit status.
func CommitStatusLabel(code string) (words string, tone Tone, known bool) {
	s, ok := commitStatuses[code]
	return s.words, s.tone, ok
}

var lgaStatuses = map[string]statusInfo{
	"ACTIVE":          {"Active", ToneGood},
	"PENDING_UPGRADE": {"Pending upgrade: takes effect on the anniversary date", ToneWarn},
}

// LGAStatusLabel describes a large-government-agency benefit status.
func LGAStatusLabel(code string) (words string, tone Tone, known bool) {
	s, ok := lgaStatuses[code]
	return s.words, s.tone, ok
}

var membershipTypes = map[string]string{
	"STANDARD":   "Standard",
	"CONSORTIUM": "Consortium",
}

// MembershipTypeLabel describes a linked-membership type.
func MembershipTypeLabel(code string) (string, bool) { s, ok := membershipTypes[code]; return s, ok }

var membershipRoles = map[string]string{
	"OWNER":  "Owner: sets up the group; its level applies to all members",
	"MEMBER": "Member: shares the owner's discount level",
}

// MembershipRoleLabel describes a linked-membership role (linkedMembershipType).
func MembershipRoleLabel(code string) (string, bool) { s, ok := membershipRoles[code]; return s, ok }

// Labelled formats a code with its words so the code always stays visible:
// "Active (1000)" when known, the bare code when not, "—" when empty.
func Labelled(words, code string, known bool) string {
	switch {
	case code == "":
		return "—"
	case !known:
		return code
	}
	return words + " (" + code + ")"
}
