package hostile

import (
	"net/http"
	"slices"
	"strings"
	"sync"
)

// Exit statuses of `vipcx get`, from README.md's table.
const (
	ExitOK          = 0
	ExitCredentials = 3
	ExitNotFound    = 4
	ExitBadRequest  = 5
	ExitUpstream    = 6
)

// Scenario is one hostile answer, served at CustomersPath + ID.
type Scenario struct {
	// ID is the customer ID that selects it; it passes the client's ID check.
	ID string
	// About says what the server does.
	About string
	// Exit is what `vipcx get` must exit with for this answer (README.md).
	Exit int
	// Slow scenarios stall: run the client with a short attempt timeout
	// (`--timeout 300ms`) or they take as long as the default allows.
	Slow bool
	// TLSOnly scenarios mean something only on NewTLS (the downgrade).
	TLSOnly bool
	// Body is the response body when it is fixed (nil for streamed or
	// hand-written answers); fuzz corpora are seeded from it.
	Body []byte
	// Status and ContentType go with Body.
	Status      int
	ContentType string

	handler func(*Server) http.Handler
}

// Scenarios lists every built-in scenario: hostile strings first, then
// wrong shapes, broken bodies, stalls, redirects and hostile error answers.
// The bodies are built once and shared: do not modify them.
func Scenarios() []Scenario { return slices.Clone(allScenarios()) }

var allScenarios = sync.OnceValue(func() []Scenario {
	var out []Scenario
	out = append(out, stringScenarios()...)
	out = append(out, shapeScenarios()...)
	out = append(out, bodyScenarios()...)
	out = append(out, transportScenarios()...)
	out = append(out, errorScenarios()...)
	return out
})

// fixed is a scenario that answers status with a fixed body.
func fixed(id, about string, exit int, status int, ctype string, body []byte) Scenario {
	return Scenario{ID: id, About: about, Exit: exit, Body: body, Status: status, ContentType: ctype,
		handler: func(*Server) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				if ctype != "" {
					w.Header().Set("Content-Type", ctype)
				}
				w.WriteHeader(status)
				_, _ = w.Write(body)
			})
		}}
}

func okJSON(id, about string, exit int, body []byte) Scenario {
	return fixed(id, about, exit, http.StatusOK, "application/json", body)
}

// stringScenarios put hostile text in strings of an otherwise valid customer.
func stringScenarios() []Scenario {
	out := []Scenario{
		okJSON("baseline", "the full example customer, nothing hostile", ExitOK, Marshal(Customer())),
		okJSON("esc-every-field", "every payload in every string field, keys included", ExitOK, Poisoned(Mixed())),
		okJSON("long-strings", "every string about 32 KiB, payloads in the middle and at the end", ExitOK, LongStrings(32<<10)),
		okJSON("wide-rtl", "wide, right-to-left, combining and emoji text that must survive", ExitOK, WideRTL()),
		okJSON("contacts-5000", "5,000 contacts, a payload in each field", ExitOK, WithContacts(5000)),
		okJSON("c1-raw-bytes", "raw 0x9b and other invalid UTF-8 bytes inside JSON strings", ExitOK, rawBytesCustomer()),
		okJSON("dup-keys", "duplicate keys: a safe value first, a hostile one last", ExitOK, dupKeys()),
	}
	for _, p := range Payloads {
		out = append(out, okJSON("field-"+p.Name, "payload "+p.Name+" in every string field", ExitOK, Poisoned(p.Text)))
	}
	return out
}

// rawBytesCustomer writes bytes encoding/json would never produce: a raw
// C1 CSI byte, 0xff and a lone continuation byte inside strings. Go's decoder
// accepts them (as U+FFFD), so they reach the sanitizer. Being no longer C1
// once decoded, they introduce no sequence: the text after them stays.
func rawBytesCustomer() []byte {
	b := string(Marshal(Customer()))
	b = strings.Replace(b, `"Fairmont"`, "\"Fair\x9b2Jmont\xff\x80\"", 1)
	b = strings.Replace(b, `"Mickey"`, "\"Mic\x9d0;title\x9ckey\"", 1)
	return []byte(b)
}

func dupKeys() []byte {
	return []byte(`{"customerId":"` + CustomerID + `","companyProfile":{"companyName":"Safe Name",` +
		`"companyName":"\u001b]0;` + Marker + `\u0007Evil\u001b[2J Name","contacts":[]},` +
		`"status":"1000","status":"\u009b1004\u202e",` +
		`"customerId":"\u001b[31m` + CustomerID + `"}`)
}
