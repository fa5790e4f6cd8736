package demo

// The types below are the JSON the demo writes for generated resources,
// with Adobe's field names in Adobe's order
// (https://developer.adobe.com/vipmp/docs/references/resources).

type customerDoc struct {
	ExternalReferenceID string        `json:"externalReferenceId"`
	CustomerID          string        `json:"customerId"`
	ResellerID          string        `json:"resellerId"`
	GlobalSalesEnabled  bool          `json:"globalSalesEnabled"`
	Tags                []string      `json:"tags"`
	CompanyProfile      profileDoc    `json:"companyProfile"`
	Discounts           []discountDoc `json:"discounts"`
	Benefits            []benefitDoc  `json:"benefits"`
	CotermDate          string        `json:"cotermDate"`
	CreationDate        string        `json:"creationDate"`
	Status              string        `json:"status"`
	Links               linksDoc      `json:"links"`
}

type profileDoc struct {
	CompanyName       string       `json:"companyName"`
	PreferredLanguage string       `json:"preferredLanguage"`
	MarketSegment     string       `json:"marketSegment"`
	MarketSubSegments []string     `json:"marketSubSegments"`
	Address           addressDoc   `json:"address"`
	Contacts          []contactDoc `json:"contacts"`
}

type addressDoc struct {
	Country      string `json:"country"`
	Region       string `json:"region"`
	City         string `json:"city"`
	AddressLine1 string `json:"addressLine1"`
	AddressLine2 string `json:"addressLine2"`
	PostalCode   string `json:"postalCode"`
	PhoneNumber  string `json:"phoneNumber"`
}

type contactDoc struct {
	FirstName   string `json:"firstName"`
	LastName    string `json:"lastName"`
	Email       string `json:"email"`
	PhoneNumber string `json:"phoneNumber"`
}

type discountDoc struct {
	OfferType string `json:"offerType"`
	Level     string `json:"level"`
}

type benefitDoc struct {
	Type                string         `json:"type"`
	Commitment          *commitmentDoc `json:"commitment"`
	CommitmentRequest   *commitmentDoc `json:"commitmentRequest"`
	RecommitmentRequest *commitmentDoc `json:"recommitmentRequest"`
}

type commitmentDoc struct {
	StartDate         string        `json:"startDate"`
	EndDate           string        `json:"endDate"`
	Status            string        `json:"status"`
	MinimumQuantities []quantityDoc `json:"minimumQuantities"`
}

type quantityDoc struct {
	OfferType string `json:"offerType"`
	Quantity  int    `json:"quantity"`
}

// linkDoc is one of Adobe's link objects; headers is always an array.
type linkDoc struct {
	URI     string   `json:"uri"`
	Method  string   `json:"method"`
	Headers []string `json:"headers"`
}

type linksDoc struct {
	Self *linkDoc `json:"self"`
	Next *linkDoc `json:"next,omitempty"`
	Prev *linkDoc `json:"prev,omitempty"`
}

// selfLinks is the links object of a resource at uri.
func selfLinks(uri string) linksDoc { return linksDoc{Self: getLink(uri)} }

func getLink(uri string) *linkDoc {
	return &linkDoc{URI: uri, Method: "GET", Headers: []string{}}
}
