package api

import (
	"strings"
	"testing"
)

// TestStatusesArePerResource: one code reads
// differently per resource, and 1024 is an order status.
func TestStatusesArePerResource(t *testing.T) {
	cases := []struct {
		table      Table
		code, want string
	}{
		{CustomerStatus, "1004", "Inactive"},
		{OrderStatus, "1004", "Failed"},
		{OrderStatus, "1008", "Cancelled"},
		{OrderStatus, "1024", "Order failed: customer inactive"},
		{OrderStatus, "1026", "Order failed: customer ID invalid"},
		{SubscriptionStatus, "1009", "Scheduled"},
		{ResellerStatus, "1012", "Inactive: account blocked"},
		{OrderType, "SWITCH", "Switch"},
		{ErrorCode, "1115", "Invalid reseller"},
		{ErrorCode, "1133", "Offset out of range"},
		{ErrorCode, "4118", "Too many requests"},
		{HVDCode, "HVD_L18_PRE", "VIP high-volume level 18, pre-price-change"},
		{HVDCode, "HVD_L22_POST", "VIP high-volume level 22, post-price-change"},
	}
	for _, tc := range cases {
		if got, ok := Label(tc.table, tc.code); !ok || got != tc.want {
			t.Errorf("Label(%d, %q) = %q, %v; want %q", tc.table, tc.code, got, ok, tc.want)
		}
	}
	if _, ok := Label(SubscriptionStatus, "1024"); ok {
		t.Error("1024 is not a subscription status")
	}
	if _, ok := Label(Table(99), "1000"); ok {
		t.Error("an unknown table knows nothing")
	}
}

func TestCustomerStatus1024IsMarkedUndocumented(t *testing.T) {
	words, _ := Label(CustomerStatus, "1024")
	note, ok := UndocumentedCustomerStatus("1024")
	if !strings.Contains(words, "Undocumented") || !ok || !strings.Contains(note, "1014") {
		t.Errorf("1024: %q / %q", words, note)
	}
	if _, ok := UndocumentedCustomerStatus("1000"); ok {
		t.Error("1000 is documented")
	}
}

// TestMembershipRolesSayTheGroupLevel: the roles say the group's level applies
// to owner and members alike
// (https://developer.adobe.com/vipmp/docs/customer-account/linked-membership).
func TestMembershipRolesSayTheGroupLevel(t *testing.T) {
	owner, _ := Label(MembershipRole, "OWNER")
	member, _ := Label(MembershipRole, "MEMBER")
	for _, s := range []string{owner, member} {
		if strings.Contains(s, "owner's level") || strings.Contains(s, "owner's discount") {
			t.Errorf("role words misstate the level: %q", s)
		}
	}
	if !strings.Contains(MembershipLevelRule, "combined purchases of owner and members") {
		t.Errorf("level rule: %q", MembershipLevelRule)
	}
	if !strings.Contains(owner, "accepted its terms") || !strings.Contains(member, "authorization code") {
		t.Errorf("roles: %q / %q", owner, member)
	}
}

// TestEveryCodeTheBrowserNeedsHasWords walks the codes issue 13 lists for
// the list, subscription and order screens, and the labels it asks for
// (4118, customer status 1026), so none can be missing from its table
// (https://developer.adobe.com/vipmp/docs/references/error-handling and the
// pages cited in codes.go).
func TestEveryCodeTheBrowserNeedsHasWords(t *testing.T) {
	need := map[Table][]string{
		CustomerStatus:     {"1000", "1002", "1004", "1010", "1012", "1014", "1024", "1026"},
		SubscriptionStatus: {"1000", "1002", "1004", "1009"},
		OrderStatus:        {"1000", "1002", "1004", "1008", "1020", "1022", "1024", "1026"},
		OrderType:          {"NEW", "RENEWAL", "RETURN", "TRANSFER", "SWITCH"},
		ResellerStatus:     {"1000", "1002", "1004", "1010", "1012"},
		ErrorCode:          {"1115", "1116", "1117", "1132", "1133", "2115", "3115", "4115", "4116", "4117", "4118", "4121"},
	}
	for table, codes := range need {
		for _, code := range codes {
			if words, ok := Label(table, code); !ok || strings.TrimSpace(words) == "" || words == code {
				t.Errorf("table %d has no words for %s: %q", table, code, words)
			}
		}
	}
}
