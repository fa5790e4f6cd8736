package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Customer is the customer resource of GET /v3/customers/{id}, as Adobe
// describes it (https://developer.adobe.com/vipmp/docs/references/resources).
// Every string in it has been sanitized for the terminal by
// DecodeCustomer. Raw holds the response body exactly as the API sent it, for
// `get --json` and the JSON tab.
type Customer struct {
	ExternalReferenceID string            `json:"externalReferenceId"`
	CustomerID          string            `json:"customerId"`
	ResellerID          string            `json:"resellerId"`
	DistributorID       string            `json:"distributorId"`
	GlobalSalesEnabled  FlexBool          `json:"globalSalesEnabled"`
	Tags                StringList        `json:"tags"`
	CompanyProfile      CompanyProfile    `json:"companyProfile"`
	Discounts           []Discount        `json:"discounts"`
	Benefits            []Benefit         `json:"benefits"`
	LinkedMembership    *LinkedMembership `json:"linkedMembership"`
	// CotermDate is kept as sent (yyyy-MM-dd) because Adobe sends "" for a
	// customer with no order yet; see Coterm for the parsed form.
	CotermDate   string    `json:"cotermDate"`
	CreationDate Timestamp `json:"creationDate"`
	// Status is the four-digit status code; StatusLabel turns it into words.
	Status string `json:"status"`
	Links  Links  `json:"links"`

	// Raw is the response body, unmodified.
	Raw []byte `json:"-"`
	// AskedID is the ID GetCustomer asked for; see WrongID.
	AskedID string `json:"-"`
}

// WrongID reports whether the server answered with a customer other than
// the one asked for (its customerId differs from AskedID). The answer is
// kept, since it may still be what the user wants to see, but it must not
// be shown as the customer asked for without a word.
func (c *Customer) WrongID() bool { return c.AskedID != "" && c.CustomerID != c.AskedID }

// CompanyProfile is the customer's company: name, language, segment, address
// and the admins maintained through the API.
type CompanyProfile struct {
	CompanyName       string     `json:"companyName"`
	PreferredLanguage string     `json:"preferredLanguage"`
	MarketSegment     string     `json:"marketSegment"`
	MarketSubSegments StringList `json:"marketSubSegments"`
	Address           Address    `json:"address"`
	Contacts          []Contact  `json:"contacts"`
}

// Address is the company's postal address. Region is the ISO 3166-2 part
// after the hyphen (US-CA is sent as "CA").
type Address struct {
	Country      string `json:"country"`
	Region       string `json:"region"`
	City         string `json:"city"`
	AddressLine1 string `json:"addressLine1"`
	AddressLine2 string `json:"addressLine2"`
	PostalCode   string `json:"postalCode"`
	PhoneNumber  string `json:"phoneNumber"`
}

// Contact is one customer admin.
type Contact struct {
	FirstName   string `json:"firstName"`
	LastName    string `json:"lastName"`
	Email       string `json:"email"`
	PhoneNumber string `json:"phoneNumber"`
}

// Name is the contact's full name.
func (c Contact) Name() string { return strings.TrimSpace(c.FirstName + " " + c.LastName) }

// Discount is the customer's discount level for one offer type.
// DiscountCode is set only for High-Volume-Discount customers migrated from VIP.
type Discount struct {
	OfferType    string `json:"offerType"`
	Level        string `json:"level"`
	DiscountCode string `json:"discountCode"`
}

// Benefit is a three-year commit or a large-government-agency benefit.
// For THREE_YEAR_COMMIT the three commitment parts may each be nil; for
// LARGE_GOVERNMENT_AGENCY only Status is set.
type Benefit struct {
	Type                string      `json:"type"`
	Status              string      `json:"status"`
	Commitment          *Commitment `json:"commitment"`
	CommitmentRequest   *Commitment `json:"commitmentRequest"`
	RecommitmentRequest *Commitment `json:"recommitmentRequest"`
}

// Commitment is one three-year-commit term or request.
type Commitment struct {
	StartDate         string            `json:"startDate"`
	EndDate           string            `json:"endDate"`
	Status            string            `json:"status"`
	MinimumQuantities []MinimumQuantity `json:"minimumQuantities"`
}

// MinimumQuantity is the committed minimum for one offer type.
type MinimumQuantity struct {
	OfferType string  `json:"offerType"`
	Quantity  FlexInt `json:"quantity"`
}

// LinkedMembership is the linked-membership group the customer belongs to.
// Country and BenefitTypes are only sent for LGA linked memberships.
type LinkedMembership struct {
	ID                   string     `json:"id"`
	Name                 string     `json:"name"`
	Type                 string     `json:"type"`
	LinkedMembershipType string     `json:"linkedMembershipType"`
	CreationDate         Timestamp  `json:"creationDate"`
	Country              string     `json:"country"`
	BenefitTypes         StringList `json:"benefitTypes"`
}

// Links are the resource's HATEOAS links.
type Links struct {
	Self *Link `json:"self"`
	Next *Link `json:"next"`
	Prev *Link `json:"prev"`
}

// Link is one resource link.
type Link struct {
	URI    string `json:"uri"`
	Method string `json:"method"`
}

// UnmarshalJSON accepts the documented object and, as the old Swagger file
// types it, an array (ignored), so a wrong shape here never fails a fetch.
func (l *Links) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '{' {
		return nil
	}
	type plain Links
	return json.Unmarshal(b, (*plain)(l))
}

// Coterm parses CotermDate; ok is false when it is empty or not a date.
func (c *Customer) Coterm() (t time.Time, ok bool) {
	t, err := time.Parse(time.DateOnly, c.CotermDate)
	return t, err == nil
}

// CotermDaysLeft is the number of calendar days from today to the coterm
// date: negative once it has passed. today's own zone decides which day it
// is, so "in 1 day" flips at the user's midnight. ok is false when no date is
// set or it does not parse.
func (c *Customer) CotermDaysLeft(today time.Time) (days int, ok bool) {
	t, ok := c.Coterm()
	if !ok {
		return 0, false
	}
	y, m, d := today.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return int(t.Sub(start).Hours() / 24), true
}

// FlexBool decodes a JSON boolean, or the strings "true"/"false": Adobe's
// resources table types globalSalesEnabled as a string while every example
// sends a boolean (https://developer.adobe.com/vipmp/docs/references/resources).
// Null and anything else is false.
type FlexBool bool

// UnmarshalJSON implements json.Unmarshaler.
func (f *FlexBool) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	v, err := strconv.ParseBool(strings.ToLower(s))
	*f = FlexBool(err == nil && v)
	return nil
}

// FlexInt decodes a whole number sent as a JSON number or a numeric string.
// Integral floats ("1.5e3", "12.0") are accepted, since some serializers
// write counts that way. A number that is not whole or does not fit (1.5,
// 1e999, a 20-digit integer) fails the decode with a *NumberError rather
// than becoming 0, which would read as "0 licenses". Values that are not
// numbers at all (null, "", text, objects) leave 0, as tolerance for
// Adobe's inconsistent typing asks.
type FlexInt int

// maxExactFloat is the largest float64 that still counts exactly.
const maxExactFloat = 1 << 53

// UnmarshalJSON implements json.Unmarshaler.
func (f *FlexInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if v, err := strconv.Atoi(s); err == nil {
		*f = FlexInt(v)
		return nil
	}
	if !looksNumeric(s) {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > maxExactFloat {
		return &NumberError{Text: clipRunes(s, 40)}
	}
	*f = FlexInt(v)
	return nil
}

// looksNumeric reports whether s is shaped like a JSON number.
func looksNumeric(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case '0' <= r && r <= '9', r == '.', r == 'e', r == 'E', r == '+':
		case r == '-' && (i == 0 || s[i-1] == 'e' || s[i-1] == 'E'):
		default:
			return false
		}
	}
	return true
}

// NumberError is a count that is not a whole number a FlexInt can hold.
type NumberError struct{ Text string }

func (e *NumberError) Error() string {
	return fmt.Sprintf("%q is not a whole number in range", e.Text)
}

// StringList decodes an array of strings, or a single string (the resources
// table types tags as "String"). Non-string items are skipped.
type StringList []string

// UnmarshalJSON implements json.Unmarshaler.
func (l *StringList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || string(b) == "null":
		*l = nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s != "" {
			*l = StringList{s}
		}
	case b[0] == '[':
		var items []json.RawMessage
		if err := json.Unmarshal(b, &items); err != nil {
			return err
		}
		out := make(StringList, 0, len(items))
		for _, it := range items {
			var s string
			if json.Unmarshal(it, &s) == nil {
				out = append(out, s)
			}
		}
		*l = out
	default:
		*l = nil // an object or a number: ignored, so one odd field never fails a fetch
	}
	return nil
}

// Timestamp is a date-time that Adobe sends with a zone ("2019-05-02T22:49:52Z")
// or without one ("2024-07-17T03:47:35", read as UTC). Text keeps what was
// sent, so an unparseable value is still shown rather than lost.
type Timestamp struct {
	Time time.Time
	Text string
}

var timestampLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", time.DateOnly}

// UnmarshalJSON implements json.Unmarshaler.
func (ts *Timestamp) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) != nil {
		return nil // null or a wrong type: leave it empty
	}
	ts.Text = s
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			ts.Time = t.UTC()
			return nil
		}
	}
	return nil
}

// IsZero reports whether no usable time was sent.
func (ts Timestamp) IsZero() bool { return ts.Time.IsZero() }
