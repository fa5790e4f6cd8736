package demo

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"
)

// subscriptionDoc is one item of Get Subscriptions, in Adobe's field order
// (https://developer.adobe.com/vipmp/docs/subscription-management/get-details-for-customers).
type subscriptionDoc struct {
	SubscriptionID  string         `json:"subscriptionId"`
	OfferID         string         `json:"offerId"`
	CurrentQuantity int            `json:"currentQuantity"`
	UsedQuantity    int            `json:"usedQuantity"`
	AutoRenewal     autoRenewalDoc `json:"autoRenewal"`
	CreationDate    string         `json:"creationDate"`
	RenewalDate     string         `json:"renewalDate"`
	Status          string         `json:"status"`
	CurrencyCode    string         `json:"currencyCode"`
	Links           linksDoc       `json:"links"`

	offerType string // LICENSE or CONSUMABLES, for the consistency checks
}

type autoRenewalDoc struct {
	Enabled         bool `json:"enabled"`
	RenewalQuantity int  `json:"renewalQuantity"`
}

type subscriptionsDoc struct {
	TotalCount int               `json:"totalCount"`
	Items      []subscriptionDoc `json:"items"`
	Links      linksDoc          `json:"links"`
}

// Base-level offer IDs (Subscription.offerId always carries the base
// level), in Adobe's 15-character form, one set per market segment.
var licenseOffers = map[string][]string{
	"COM": {"65304578CA01A12", "65322651CA01A12", "65304768CA01A12", "65304757CA01A12"},
	"EDU": {"65305410CA01A12", "65322669CA01A12", "65305422CA01A12", "65305413CA01A12"},
	"GOV": {"65304580CA01A12", "65322653CA01A12", "65304770CA01A12", "65304759CA01A12"},
}

// consumablesOffer is the transactions (Stock credits) offer.
const consumablesOffer = "65327701CA01A12"

// levelQuantity is the licence count a fixture holds for its LICENSE level:
// inside the level's band, so the discount it shows is the one it earns.
var levelQuantity = map[string]int{
	"01": 6, "02": 25, "03": 70, "04": 130, "12": 25, "13": 70, "14": 130,
	"06": 250, "07": 1400, "08": 6200, "09": 11000,
}

// tierQuantity is the transaction count a fixture holds for its tier.
var tierQuantity = map[string]int{"T2": 1500, "T3": 3000, "T4": 8000, "TB": 1500, "TC": 3000, "TD": 8000}

// licenseTotal is the customer's total licence quantity, never below its
// committed 3YC minimum.
func (f *facts) licenseTotal() int {
	if f.Status == "1002" {
		return 0
	}
	if i, ok := generatedIndex(f.ID); ok {
		return licenseQuantity(i)
	}
	lv := f.License[:min(2, len(f.License))] // demo-escapes hides codes behind its level
	q, ok := levelQuantity[lv]
	if !ok {
		q = levelQuantity["01"]
	}
	return max(q, f.MinLicense)
}

// consumablesTotal is the customer's transactions, 0 when it buys none.
func (f *facts) consumablesTotal() int {
	if f.Status == "1002" {
		return 0
	}
	if i, ok := generatedIndex(f.ID); ok {
		if i%4 != 0 {
			return 0
		}
		return consumableQuantity(i)
	}
	return max(tierQuantity[f.Consumables], f.MinConsumables)
}

// subscriptionsOf builds the customer's subscriptions: its licences split
// over one to four offers, plus its consumables. A pending customer has
// none (no order yet); an inactive one keeps them, inactive.
func subscriptionsOf(f *facts) []subscriptionDoc {
	q := f.licenseTotal()
	if q == 0 {
		return []subscriptionDoc{}
	}
	offers := licenseOffers[f.Segment]
	if offers == nil {
		offers = licenseOffers["COM"]
	}
	n := min(1+f.idx%4, q)
	out := make([]subscriptionDoc, 0, n+1)
	for k := range n {
		qty := q / n
		if k == 0 {
			qty += q % n
		}
		out = append(out, f.subscription(k, offers[k], "LICENSE", qty))
	}
	if c := f.consumablesTotal(); c > 0 {
		out = append(out, f.subscription(n, consumablesOffer, "CONSUMABLES", c))
	}
	if f.ID == AutoRenewOffID {
		out[len(out)-1].AutoRenewal.Enabled = false
	}
	return out
}

// subscription is the customer's k-th subscription.
func (f *facts) subscription(k int, offer, offerType string, qty int) subscriptionDoc {
	id := subscriptionID(f.ID, k)
	status, renew := "1000", true
	if f.inactive() {
		status, renew = "1004", false
	}
	return subscriptionDoc{
		SubscriptionID: id, OfferID: offer, CurrentQuantity: qty,
		UsedQuantity: max(0, qty-(f.idx+k)%3),
		AutoRenewal:  autoRenewalDoc{Enabled: renew, RenewalQuantity: qty},
		CreationDate: f.Created.Add(time.Duration(k+1) * time.Hour).Format(time.RFC3339),
		RenewalDate:  f.Coterm, Status: status, CurrencyCode: f.currency(),
		Links:     selfLinks("/v3/customers/" + f.ID + "/subscriptions/" + id),
		offerType: offerType,
	}
}

// subscriptionID is a stable 32-character ID in Adobe's style (hex digits
// ending in a region suffix).
func subscriptionID(customerID string, k int) string {
	sum := sha256.Sum256([]byte(customerID + "/" + string(rune('a'+k))))
	return hex.EncodeToString(sum[:15]) + "NA"
}

// currency is the customer's price-list currency.
func (f *facts) currency() string {
	if i, ok := generatedIndex(f.ID); ok {
		return locales[(i%60)/5].currency
	}
	switch f.Country {
	case "JP":
		return "JPY"
	case "DE", "FR", "ES", "IT":
		return "EUR"
	}
	return "USD"
}

// subscriptions serves GET /v3/customers/{id}/subscriptions: every
// subscription at once, as Adobe does (no paging).
func (s *Server) subscriptions(w http.ResponseWriter, r *http.Request) {
	f, ok := s.customerResource(w, r)
	if !ok {
		return
	}
	items := subscriptionsOf(f)
	writeDoc(w, subscriptionsDoc{TotalCount: len(items), Items: items,
		Links: selfLinks("/v3/customers/" + f.ID + "/subscriptions")})
}
