package api

import "time"

// Reseller is the reseller's own account, GET /v3/resellers/{id}. Every
// string is sanitized; Raw is the body as sent.
type Reseller struct {
	ResellerID          string          `json:"resellerId"`
	DistributorID       string          `json:"distributorId"`
	ExternalReferenceID string          `json:"externalReferenceId"`
	Status              string          `json:"status"`
	CompanyProfile      ResellerProfile `json:"companyProfile"`
	CreationDate        Timestamp       `json:"creationDate"`
	Links               Links           `json:"links"`
	Raw                 []byte          `json:"-"`
}

// ResellerProfile is the reseller's company.
type ResellerProfile struct {
	CompanyName       string     `json:"companyName"`
	PreferredLanguage string     `json:"preferredLanguage"`
	MarketSegments    StringList `json:"marketSegments"`
	Address           Address    `json:"address"`
	Contacts          []Contact  `json:"contacts"`
}

// CustomerAccount is one row of a reseller's customer list.
type CustomerAccount struct {
	CustomerID          string `json:"customerId"`
	ResellerID          string `json:"resellerId"`
	ExternalReferenceID string `json:"externalReferenceId"`
	Status              string `json:"status"`
	CompanyProfile      struct {
		CompanyName string `json:"companyName"`
	} `json:"companyProfile"`
	CreationDate Timestamp `json:"creationDate"`
	Links        Links     `json:"links"`
}

// Subscription is one of a customer's subscriptions.
type Subscription struct {
	SubscriptionID  string      `json:"subscriptionId"`
	OfferID         string      `json:"offerId"`
	CurrentQuantity FlexInt     `json:"currentQuantity"`
	UsedQuantity    FlexInt     `json:"usedQuantity"`
	RenewedQuantity FlexInt     `json:"renewedQuantity"`
	AutoRenewal     AutoRenewal `json:"autoRenewal"`
	CreationDate    Timestamp   `json:"creationDate"`
	// RenewalDate is kept as sent (yyyy-MM-dd); see Renewal.
	RenewalDate  string `json:"renewalDate"`
	Status       string `json:"status"`
	CurrencyCode string `json:"currencyCode"`
	// DeploymentID is deploymentId, or deployToId as some answers call it.
	DeploymentID   string     `json:"deploymentId"`
	AllowedActions StringList `json:"allowedActions"`
	Links          Links      `json:"links"`
}

// AutoRenewal is a subscription's renewal setting.
type AutoRenewal struct {
	Enabled           FlexBool   `json:"enabled"`
	RenewalQuantity   FlexInt    `json:"renewalQuantity"`
	RenewalCode       string     `json:"renewalCode"`
	FlexDiscountCodes StringList `json:"flexDiscountCodes"`
}

// Renewal parses RenewalDate; ok is false when it is empty or not a date.
func (s Subscription) Renewal() (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s.RenewalDate)
	return t, err == nil
}

// Order is one order in a customer's history.
type Order struct {
	OrderID             string     `json:"orderId"`
	ExternalReferenceID string     `json:"externalReferenceId"`
	CustomerID          string     `json:"customerId"`
	OrderType           string     `json:"orderType"`
	ReferenceOrderID    string     `json:"referenceOrderId"`
	CurrencyCode        string     `json:"currencyCode"`
	Status              string     `json:"status"`
	Source              string     `json:"source"`
	CreationDate        Timestamp  `json:"creationDate"`
	LineItems           []LineItem `json:"lineItems"`
	CancellingItems     []LineItem `json:"cancellingItems"`
	Links               Links      `json:"links"`
}

// LineItem is one line of an order.
type LineItem struct {
	ExtLineItemNumber FlexInt `json:"extLineItemNumber"`
	OfferID           string  `json:"offerId"`
	Quantity          FlexInt `json:"quantity"`
	SubscriptionID    string  `json:"subscriptionId"`
	Status            string  `json:"status"`
	DiscountCode      string  `json:"discountCode"`
	CurrencyCode      string  `json:"currencyCode"`
	DeploymentID      string  `json:"deploymentId"`
	RemainingQuantity FlexInt `json:"remainingQuantity"`
}
