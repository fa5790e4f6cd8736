package hostile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// CustomerID is the ID inside every generated customer body. The scenario
// ID is what the client asks for; the body may name another customer.
const CustomerID = "9876543210"

// fullCustomer is the example customer of Adobe's Get Customer page
// (https://developer.adobe.com/vipmp/docs/customer-account/get-customer-account) widened
// so that every field of the model holds a value: both discount kinds with an
// HVD code, a three-year commit with all three parts, an LGA benefit, an LGA
// linked membership, a distributor, tags and an unknown nested field. A
// payload put into "every string field" then reaches every string the
// program could print.
const fullCustomer = `{
  "externalReferenceId": "342",
  "customerId": "9876543210",
  "resellerId": "5556667778",
  "distributorId": "1112223334",
  "globalSalesEnabled": false,
  "tags": ["HVD_MIGRATED_CUSTOMER"],
  "companyProfile": {
    "companyName": "Fairmont",
    "preferredLanguage": "en-US",
    "marketSegment": "EDU",
    "marketSubSegments": ["K_12", "HIGHER_ED"],
    "address": {
      "country": "US", "region": "CA", "city": "San Jose",
      "addressLine1": "200 Fairmont Ave", "addressLine2": "Apt 123",
      "postalCode": "95110-1234", "phoneNumber": "800-123-4567"
    },
    "contacts": [
      {"firstName": "Mickey", "lastName": "Mouse", "email": "mickey@mouse.com", "phoneNumber": "408-123-4567"}
    ]
  },
  "discounts": [
    {"offerType": "LICENSE", "level": "02", "discountCode": "HVD_L17_PRE"},
    {"offerType": "CONSUMABLES", "level": "T1"}
  ],
  "benefits": [
    {"type": "THREE_YEAR_COMMIT",
     "commitment": {"startDate": "2023-01-01", "endDate": "2026-01-01", "status": "COMMITTED",
       "minimumQuantities": [{"offerType": "LICENSE", "quantity": 10}]},
     "commitmentRequest": {"startDate": "2023-01-01", "endDate": "2026-01-01", "status": "ACCEPTED",
       "minimumQuantities": [{"offerType": "CONSUMABLES", "quantity": 1000}]},
     "recommitmentRequest": {"startDate": "2026-01-01", "endDate": "2029-01-01", "status": "REQUESTED",
       "minimumQuantities": []}},
    {"type": "LARGE_GOVERNMENT_AGENCY", "status": "ACTIVE"}
  ],
  "linkedMembership": {
    "id": "51001315", "name": "This is the Group Created for 1005513636", "type": "STANDARD",
    "linkedMembershipType": "OWNER", "creationDate": "2024-07-17T03:47:35",
    "country": "US", "benefitTypes": ["LARGE_GOVERNMENT_AGENCY"]
  },
  "cotermDate": "2020-05-02",
  "creationDate": "2019-05-02T22:49:52Z",
  "status": "1000",
  "links": {"self": {"uri": "/v3/customers/9876543210", "method": "GET", "headers": []}},
  "partnerNotes": {"nested": ["unknown field", {"deeper": "kept for --json"}]}
}`

// Customer returns a fresh copy of the full example customer as generic JSON
// (objects are map[string]any), for a test to bend into any shape.
func Customer() map[string]any {
	var m map[string]any
	if err := json.Unmarshal([]byte(fullCustomer), &m); err != nil {
		panic("hostile: bad built-in customer: " + err.Error())
	}
	return m
}

// MapStrings returns a copy of v (generic JSON) with every string value,
// nested ones and array items included, replaced by f(path, s). path is a
// JSONPath-like location such as "companyProfile.contacts[0].email". Object
// keys are kept; f is called in a stable order (keys sorted).
func MapStrings(v any, f func(path, s string) string) any {
	return mapStrings("", v, f)
}

func mapStrings(path string, v any, f func(path, s string) string) any {
	switch x := v.(type) {
	case string:
		return f(path, x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for _, k := range slices.Sorted(maps.Keys(x)) { // sorted: f sees a stable order
			out[k] = mapStrings(join(path, k), x[k], f)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = mapStrings(fmt.Sprintf("%s[%d]", path, i), e, f)
		}
		return out
	}
	return v
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// StringPaths lists, sorted, the path of every string in v: what "every
// string field" means for a test that wants to check each one.
func StringPaths(v any) []string {
	var paths []string
	MapStrings(v, func(p, s string) string { paths = append(paths, p); return s })
	sort.Strings(paths)
	return paths
}

// Poisoned is the full customer with text wrapped around every string value
// (text + original + text), so both the start and the end of each field are
// attacked, plus an unknown field whose key and value are text too: keys
// reach the screen in --json and the JSON tab.
func Poisoned(text string) []byte {
	c := MapStrings(Customer(), func(_, s string) string { return text + s + text }).(map[string]any)
	c["x-unknown"+text] = map[string]any{"k" + text: []any{text, 1, true, nil}}
	return Marshal(c)
}

// Marshal encodes v the way a server would: without HTML escaping, so
// payload characters travel as they are (C0 controls must be \u-escaped in
// JSON; C1, bidi and DEL go raw).
func Marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		panic("hostile: marshal: " + err.Error())
	}
	return buf.Bytes()
}

// LongStrings is the full customer with every string stretched to about n
// bytes and the mixed payloads hidden in the middle and at the end, where a
// sanitizer that only looks at a prefix would miss them.
func LongStrings(n int) []byte {
	c := MapStrings(Customer(), func(_, s string) string {
		pad := strings.Repeat(s+" ", n/(2*(len(s)+1))+1)
		return pad + Mixed() + pad + Mixed()
	})
	return Marshal(c)
}

// WideSamples are wide, right-to-left, combining and emoji texts that must
// reach the user intact: the sanitizer may not mistake them for attacks.
var WideSamples = []string{
	"東京都庁 株式会社",
	"شركة الاختبار المحدودة",
	"חברת בדיקה בע״מ",
	"Z\u0351\u0358a\u0345lg\u0336o",
	"👨\u200d👩\u200d👧\u200d👦 🏢",
	"ＦＵＬＬＷＩＤＴＨ",
	"ﷺ ؀ mixed עברית and English 123",
}

// WideRTL is the full customer with the wide samples in every string, in
// turn, so each sample lands in several fields.
func WideRTL() []byte {
	i := 0
	c := MapStrings(Customer(), func(_, _ string) string {
		s := WideSamples[i%len(WideSamples)]
		i++
		return s
	})
	return Marshal(c)
}

// WithContacts is the full customer with n contacts, each carrying one of
// the payloads (in turn) in every field, for scrolling, paging and
// output-size tests.
func WithContacts(n int) []byte {
	c := Customer()
	contacts := make([]any, n)
	for i := range contacts {
		text := Payloads[i%len(Payloads)].Text
		contacts[i] = map[string]any{
			"firstName":   fmt.Sprintf("First%d%s", i, text),
			"lastName":    fmt.Sprintf("Last%d%s", i, text),
			"email":       fmt.Sprintf("contact%d@example.com%s", i, text),
			"phoneNumber": fmt.Sprintf("+1-555-%04d%s", i, text),
		}
	}
	c["companyProfile"].(map[string]any)["contacts"] = contacts
	return Marshal(c)
}

// Reshaped is the customer with every leaf (string, number, boolean, null)
// except customerId replaced by leaf(value): numbers for strings, nulls
// everywhere, and so on. Objects and arrays keep their place and are walked.
func Reshaped(leaf func(v any) any) []byte {
	c := Customer()
	id := c["customerId"]
	out := reshape(c, leaf).(map[string]any)
	out["customerId"] = id
	return Marshal(out)
}

func reshape(v any, leaf func(any) any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = reshape(e, leaf)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = reshape(e, leaf)
		}
		return out
	}
	return leaf(v)
}
