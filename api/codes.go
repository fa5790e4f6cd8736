package api

// The tables in this file turn Adobe's codes into words. Each lookup returns
// the words and whether the code is known; callers show unknown codes raw so
// nothing the API sends is hidden. How a code is coloured is not the API's
// business: package present gives each fact a tone.

// Table names one of Adobe's code tables. Statuses are per resource (1004 is
// an inactive customer but a failed order), so every lookup names its table.
type Table int

// The code tables.
const (
	CustomerStatus Table = iota
	SubscriptionStatus
	OrderStatus
	ResellerStatus
	OrderType
	Segment
	SubSegment
	DiscountLevel
	HVDCode
	OfferType
	BenefitType
	CommitStatus
	LGAStatus
	MembershipType
	MembershipRole
	ErrorCode
)

// Label describes code from table t, e.g. (CustomerStatus, "1000") →
// "Active". known is false for a code the table does not hold.
func Label(t Table, code string) (words string, known bool) {
	m, ok := tables[t]
	if !ok {
		return "", false
	}
	words, known = m[code]
	return words, known
}

// UndocumentedCustomerStatus notes why a code that Adobe documents for
// another resource appears as a customer status, e.g. 1024.
func UndocumentedCustomerStatus(code string) (note string, ok bool) {
	note, ok = undocumentedCustomerStatuses[code]
	return note, ok
}

var tables = map[Table]map[string]string{
	CustomerStatus:     customerStatuses,
	SubscriptionStatus: subscriptionStatuses,
	OrderStatus:        orderStatuses,
	ResellerStatus:     resellerStatuses,
	OrderType:          orderTypes,
	Segment:            segments,
	SubSegment:         subSegments,
	DiscountLevel:      discountLevels,
	HVDCode:            hvdCodes,
	OfferType:          offerTypes,
	BenefitType:        benefitTypes,
	CommitStatus:       commitStatuses,
	LGAStatus:          lgaStatuses,
	MembershipType:     membershipTypes,
	MembershipRole:     membershipRoles,
	ErrorCode:          errorCodes,
}

// Resource statuses follow "Status codes and error handling",
// https://developer.adobe.com/vipmp/docs/references/error-handling; the
// customer-list filter value 1026 follows
// https://developer.adobe.com/vipmp/docs/customer-account/get-customer-list.
var customerStatuses = map[string]string{
	"1000": "Active",
	"1002": "Pending",
	"1004": "Inactive",
	"1010": "Inactive: invalid address",
	"1012": "Inactive: account blocked",
	"1014": "Inactive: customer already exists",
	"1024": "Undocumented for customers (an order status: order failed, customer inactive)",
	"1026": "Customer ID invalid (a documented customer-list filter value)",
}

// undocumentedCustomerStatuses are codes Adobe documents for other resources
// that the sandbox portal still sets on customers
// (https://developer.adobe.com/vipmp/sandbox/sandbox-portal/customer-management/update-customer).
var undocumentedCustomerStatuses = map[string]string{
	"1024": "the sandbox portal sets 1024 meaning \"customer already exists\" (documented as 1014)",
}

// Subscription statuses: same page as the customer statuses, and
// https://developer.adobe.com/vipmp/docs/subscription-management/get-details.
var subscriptionStatuses = map[string]string{
	"1000": "Active",
	"1002": "Pending",
	"1004": "Inactive",
	"1009": "Scheduled",
}

// Order statuses: https://developer.adobe.com/vipmp/docs/references/error-handling.
var orderStatuses = map[string]string{
	"1000": "Complete",
	"1002": "Pending",
	"1004": "Failed",
	"1008": "Cancelled",
	"1020": "Order failed: distributor inactive",
	"1022": "Order failed: reseller inactive",
	"1024": "Order failed: customer inactive",
	"1026": "Order failed: customer ID invalid",
}

// Reseller statuses: https://developer.adobe.com/vipmp/docs/references/error-handling.
var resellerStatuses = map[string]string{
	"1000": "Active",
	"1002": "Pending",
	"1004": "Inactive",
	"1010": "Inactive: invalid address",
	"1012": "Inactive: account blocked",
}

// Order types: https://developer.adobe.com/vipmp/docs/order-management/get-order.
var orderTypes = map[string]string{
	"NEW":      "New order",
	"RENEWAL":  "Renewal",
	"RETURN":   "Return",
	"TRANSFER": "Transfer",
	"SWITCH":   "Switch",
}

// Segments: https://developer.adobe.com/vipmp/docs/customer-account/market-segment.
var segments = map[string]string{
	"COM": "Commercial",
	"EDU": "Education",
	"GOV": "Government",
}

var subSegments = map[string]string{
	"K_12":       "K-12 school",
	"HIGHER_ED":  "Higher education",
	"NON_PROFIT": "Non-profit",
	"FEDERAL":    "Federal agency, LGA",
	"STATE":      "State agency, LGA",
}

// Discount levels: https://developer.adobe.com/vipmp/docs/customer-account/get-customer-account
// (licenses and consumables), https://developer.adobe.com/vipmp/docs/lga/create
// (06–09) and https://developer.adobe.com/vipmp/docs/customer-account/three-year-commit
// (12–14, TB–TG). License and consumable codes do not overlap.
var discountLevels = map[string]string{
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

// EDUCommitLevels is said beside an EDU customer's levels when it holds a
// committed three-year commit
// (https://developer.adobe.com/vipmp/docs/customer-account/three-year-commit).
const EDUCommitLevels = "EDU with a three-year commit: levels 02–04 apply to committed quantities"

// HVD codes of customers migrated from VIP's high-volume discount:
// https://developer.adobe.com/vipmp/docs/migration/migrate-hvd.
var hvdCodes = hvdTable()

func hvdTable() map[string]string {
	m := make(map[string]string, 12)
	for _, n := range []string{"17", "18", "19", "20", "21", "22"} {
		m["HVD_L"+n+"_PRE"] = "VIP high-volume level " + n + ", pre-price-change"
		m["HVD_L"+n+"_POST"] = "VIP high-volume level " + n + ", post-price-change"
	}
	return m
}

var offerTypes = map[string]string{
	"LICENSE":     "Licenses",
	"CONSUMABLES": "Consumables",
}

var benefitTypes = map[string]string{
	"THREE_YEAR_COMMIT":       "Three-year commit",
	"LARGE_GOVERNMENT_AGENCY": "Large government agency",
}

// 3YC statuses: https://developer.adobe.com/vipmp/docs/customer-account/three-year-commit.
var commitStatuses = map[string]string{
	"REQUESTED":    "Requested: customer has not accepted or declined",
	"ACCEPTED":     "Accepted: minimums not yet met",
	"COMMITTED":    "Committed: minimums met",
	"ACTIVE":       "Active",
	"INACTIVE":     "Inactive: no 3YC benefit",
	"DECLINED":     "Declined: no 3YC benefit",
	"NONCOMPLIANT": "Non-compliant: minimums not met, no 3YC benefit",
	"EXPIRED":      "Expired: no 3YC benefit",
}

// LGA statuses: https://developer.adobe.com/vipmp/docs/lga/convert.
var lgaStatuses = map[string]string{
	"ACTIVE":          "Active",
	"PENDING_UPGRADE": "Pending upgrade: takes effect on the anniversary date",
}

// Linked membership: https://developer.adobe.com/vipmp/docs/customer-account/linked-membership.
// The group's level comes from the combined purchases of owner and members
// on the membership's anniversary and applies to all of them.
var membershipTypes = map[string]string{
	"STANDARD":   "Standard",
	"CONSORTIUM": "Consortium",
}

var membershipRoles = map[string]string{
	"OWNER":  "Owner: created the group and accepted its terms",
	"MEMBER": "Member: enrolled with the owner's authorization code",
}

// MembershipLevelRule says how a linked membership's discount level is set;
// it applies to owner and members alike, so it is not part of either role.
const MembershipLevelRule = "Set on the membership's anniversary from the combined purchases of owner and members; applies to all"

// Error codes: https://developer.adobe.com/vipmp/docs/references/error-handling,
// with 1115 from https://developer.adobe.com/vipmp/docs/reseller-account/get-reseller-account
// and 1132/1133 from https://developer.adobe.com/vipmp/docs/order-management/get-order.
var errorCodes = map[string]string{
	"1115": "Invalid reseller",
	"1116": "Invalid customer",
	"1117": "Some fields are invalid",
	"1121": "Unexpected fields in the request",
	"1124": "Internal error",
	"1132": "Invalid search parameter",
	"1133": "Offset out of range",
	"2115": "Invalid customer or order ID",
	"3115": "Invalid customer or subscription ID",
	"4115": "API key invalid or missing",
	"4116": "Access token invalid",
	"4117": "Access token missing",
	"4118": "Too many requests",
	"4119": "Correlation ID missing or invalid",
	"4120": "Request ID already used",
	"4121": "Not allowed on this resource",
}
