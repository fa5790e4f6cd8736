package demo

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

// resellerDoc is the reseller account, in Adobe's field order
// (https://developer.adobe.com/vipmp/docs/reseller-account/get-reseller-account).
type resellerDoc struct {
	DistributorID       string             `json:"distributorId"`
	ExternalReferenceID string             `json:"externalReferenceId"`
	ResellerID          string             `json:"resellerId"`
	CompanyProfile      resellerProfileDoc `json:"companyProfile"`
	CreationDate        string             `json:"creationDate"`
	Status              string             `json:"status"`
	Links               linksDoc           `json:"links"`
}

type resellerProfileDoc struct {
	CompanyName       string       `json:"companyName"`
	PreferredLanguage string       `json:"preferredLanguage"`
	MarketSegments    []string     `json:"marketSegments"`
	Address           addressDoc   `json:"address"`
	Contacts          []contactDoc `json:"contacts"`
}

// ResellerName is the demo reseller's company name.
const ResellerName = "Contoso Software Partners (demo)"

// theReseller is the demo reseller's account.
var theReseller = resellerDoc{
	DistributorID: "9990000102", ExternalReferenceID: "CSP-DEMO-1", ResellerID: ResellerID,
	CompanyProfile: resellerProfileDoc{
		CompanyName: ResellerName, PreferredLanguage: "en-US",
		MarketSegments: []string{"COM", "EDU", "GOV"},
		Address:        addressDoc{"US", "WA", "Seattle", "1 Demo Plaza", "Suite 400", "98101", "+1 206-555-0100"},
		Contacts:       []contactDoc{{"Robin", "Reyes", "robin.reyes@contoso-partners.example.com", "+1 206-555-0101"}},
	},
	CreationDate: "2016-04-12T08:00:00Z", Status: "1000",
	Links: selfLinks("/v3/resellers/" + ResellerID),
}

// reseller serves GET /v3/resellers/{rid}.
func (s *Server) reseller(w http.ResponseWriter, r *http.Request) {
	echoRequestID(w, r)
	if !isGet(w, r) || !s.authorized(w, r) || !hasCorrelationID(w, r) || !knownReseller(w, r) {
		return
	}
	writeDoc(w, theReseller)
}

// knownReseller answers 404/1115 for any reseller but the demo's.
func knownReseller(w http.ResponseWriter, r *http.Request) bool {
	if r.PathValue("rid") == ResellerID {
		return true
	}
	writeAdobeError(w, http.StatusNotFound, codeInvalidReseller, msgInvalidReseller)
	return false
}

// hasRequestID requires X-Request-Id where Adobe's page lists it as the
// one required ID header.
func hasRequestID(w http.ResponseWriter, r *http.Request) bool {
	if strings.TrimSpace(r.Header.Get("X-Request-Id")) == "" {
		writeAdobeError(w, http.StatusBadRequest, codeCorrelationID, msgRequestID, "X-Request-Id")
		return false
	}
	return true
}

// customerResource runs Get Customer's checks for a customer's
// sub-resource and finds the customer, answering 404/1116 for an unknown one.
func (s *Server) customerResource(w http.ResponseWriter, r *http.Request) (*facts, bool) {
	echoRequestID(w, r)
	if !isGet(w, r) || !s.authorized(w, r) || !hasCorrelationID(w, r) {
		return nil, false
	}
	f, ok := customerFacts(r.PathValue("id"))
	if !ok {
		writeAdobeError(w, http.StatusNotFound, codeInvalidCustomer, msgInvalidCustomer)
	}
	return f, ok
}

// customerFacts finds a customer of the book, or the throttled sample.
func customerFacts(id string) (*facts, bool) {
	if id == throttledID {
		return throttledFacts(), true
	}
	f, ok := byID()[id]
	return f, ok
}

// writeDoc sends v as a 200 JSON body. HTML escaping is off so link paths
// read "?limit=25&offset=25" as Adobe writes them, not "\u0026".
func writeDoc(w http.ResponseWriter, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("demo: " + err.Error()) // plain structs always marshal
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(buf.Bytes())
}
