package present

import (
	"time"

	"github.com/vipcx/vipcx/api"
)

// SubscriptionHeaders are the columns of a customer's subscriptions.
var SubscriptionHeaders = []string{"Subscription", "Offer ID", "Status", "Quantity", "Auto-renew", "Renewal"}

// SubscriptionRow is one subscription, in SubscriptionHeaders' order; the
// renewal date counts days left in now's own day. The row's tone is the
// status's; Renewal gives the renewal's own urgency.
func SubscriptionRow(s api.Subscription, now time.Time) Row {
	renewal, _ := DaysLeft(s.RenewalDate, now)
	cells := []string{OrNone(s.SubscriptionID), OrNone(s.OfferID), "", Quantities(s), AutoRenew(s.AutoRenewal), renewal}
	return statusRow(cells, 2, ResourceStatus(api.SubscriptionStatus, s.Status))
}

// SubscriptionRows is SubscriptionRow for each subscription.
func SubscriptionRows(ss []api.Subscription, now time.Time) []Row {
	rows := make([]Row, len(ss))
	for i, s := range ss {
		rows[i] = SubscriptionRow(s, now)
	}
	return rows
}

// Quantities is the current and used licence counts: "25 / 18 used".
func Quantities(s api.Subscription) string {
	return quantity(s.CurrentQuantity) + " / " + quantity(s.UsedQuantity) + " used"
}

// AutoRenew is the renewal switch with the quantity that renews: "on, 25",
// or "off" — the words a reader scans for.
func AutoRenew(a api.AutoRenewal) string {
	if !bool(a.Enabled) {
		return "off"
	}
	return "on, " + quantity(a.RenewalQuantity)
}

// Renewal is the renewal date as a fact with its days left and urgency.
func Renewal(s api.Subscription, now time.Time) Fact {
	v, tone := DaysLeft(s.RenewalDate, now)
	_, ok := s.Renewal()
	// A date that did not parse is shown as sent and marked unknown.
	return Fact{Label: "Renewal", Value: v, Tone: tone, Known: ok || s.RenewalDate == ""}
}
