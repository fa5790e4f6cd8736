package demo

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/vipcx/vipcx/internal/nameorder"
)

// ResellerID is the demo reseller: every demo customer belongs to it, and
// its book (GET /v3/resellers/{ResellerID}/customers) lists them all. It is
// the reseller ID of Adobe's own Get Customer example.
const ResellerID = "5556667778"

// UnknownResellerID is a well-formed reseller ID the demo answers with 404
// and Adobe's code 1115 "Invalid Reseller", on the reseller and on its list.
const UnknownResellerID = "5556660404"

// Special customers of the book, each exercising one behaviour of the
// subscriptions and orders endpoints. All three are active and listed.
const (
	// ManyOrdersID has 5,000 orders over nine years.
	ManyOrdersID = "2000000011"
	// OrdersFailID loads and lists its subscriptions, but its orders answer
	// 500 with code 1124.
	OrdersFailID = "2000000022"
	// AutoRenewOffID has a subscription whose auto-renewal is off.
	AutoRenewOffID = "2000000044"
)

// generatedCount is how many customers the book holds besides the fixtures.
const generatedCount = 300

// demoToday is the demo's fixed "now": coterm dates, terms and order history
// are computed against it, so the data is the same on every run.
var demoToday = time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)

// facts is what the book, the subscriptions and the orders need to know
// about one customer; the full resource is built from them (generated
// customers) or read from a fixture.
type facts struct {
	ID, ExtRef, Name, Status string
	Created                  time.Time
	Coterm                   string // yyyy-MM-dd, "" before the first order
	Segment, Country         string
	License, Consumables     string // discount levels
	MinLicense               int    // committed 3YC minimum, 0 without 3YC
	MinConsumables           int
	idx                      int    // position in the book, for deterministic variety
	lower                    string // Name lower-cased, for filtering
	sortKey                  string // nameorder.Key(Name), for sorting by name
}

// book is every customer of the demo reseller, built once: the fixtures'
// summaries and the generated customers.
var book = sync.OnceValue(buildBook)

// byID indexes book by customer ID.
var byID = sync.OnceValue(func() map[string]*facts {
	m := make(map[string]*facts, len(book()))
	for _, f := range book() {
		m[f.ID] = f
	}
	return m
})

func buildBook() []*facts {
	out := fixtureFacts()
	for i := range generatedCount {
		f := generatedFacts(i)
		f.idx = len(out)
		out = append(out, f)
	}
	for _, f := range out {
		f.lower = strings.ToLower(f.Name)
		f.sortKey = nameorder.Key(f.Name)
	}
	return out
}

// fixtureSummary is the part of a fixture file the book reads. The raw file
// is read (contacts not generated), so building the book stays cheap.
type fixtureSummary struct {
	ExternalReferenceID string `json:"externalReferenceId"`
	CustomerID          string `json:"customerId"`
	CreationDate        string `json:"creationDate"`
	CotermDate          string `json:"cotermDate"`
	Status              string `json:"status"`
	CompanyProfile      struct {
		CompanyName   string `json:"companyName"`
		MarketSegment string `json:"marketSegment"`
		Address       struct {
			Country string `json:"country"`
		} `json:"address"`
	} `json:"companyProfile"`
	Discounts []struct {
		OfferType string `json:"offerType"`
		Level     string `json:"level"`
	} `json:"discounts"`
	Benefits []struct {
		Type       string `json:"type"`
		Commitment *struct {
			Status            string `json:"status"`
			MinimumQuantities []struct {
				OfferType string `json:"offerType"`
				Quantity  int    `json:"quantity"`
			} `json:"minimumQuantities"`
		} `json:"commitment"`
	} `json:"benefits"`
}

// fixtureFacts summarises every embedded fixture, in file-name order.
func fixtureFacts() []*facts {
	entries, err := fixtureFS.ReadDir("fixtures")
	if err != nil {
		panic("demo: " + err.Error())
	}
	out := make([]*facts, 0, len(entries)+generatedCount)
	for i, e := range entries {
		b, err := fixtureFS.ReadFile(path.Join("fixtures", e.Name()))
		var s fixtureSummary
		if err == nil {
			err = json.Unmarshal(b, &s)
		}
		if err != nil {
			panic(fmt.Sprintf("demo: fixture %s: %v", e.Name(), err))
		}
		out = append(out, s.facts(i))
	}
	return out
}

func (s fixtureSummary) facts(idx int) *facts {
	created, err := time.Parse(time.RFC3339, s.CreationDate)
	if err != nil {
		panic(fmt.Sprintf("demo: fixture %s: creationDate: %v", s.CustomerID, err))
	}
	f := &facts{
		ID: s.CustomerID, ExtRef: s.ExternalReferenceID, Name: s.CompanyProfile.CompanyName,
		Status: s.Status, Created: created, Coterm: s.CotermDate,
		Segment: s.CompanyProfile.MarketSegment, Country: s.CompanyProfile.Address.Country,
		License: "01", Consumables: "T1", idx: idx,
	}
	for _, d := range s.Discounts {
		if d.OfferType == "LICENSE" {
			f.License = d.Level
		} else {
			f.Consumables = d.Level
		}
	}
	for _, b := range s.Benefits {
		if b.Type != "THREE_YEAR_COMMIT" || b.Commitment == nil || b.Commitment.Status != "COMMITTED" {
			continue
		}
		for _, q := range b.Commitment.MinimumQuantities {
			if q.OfferType == "LICENSE" {
				f.MinLicense = q.Quantity
			} else {
				f.MinConsumables = q.Quantity
			}
		}
	}
	return f
}

// inactive reports whether the customer is inactive for any reason: 1004
// and its more specific variants.
func (f *facts) inactive() bool {
	return strings.HasPrefix(f.Status, "10") && f.Status != "1000" && f.Status != "1002"
}
