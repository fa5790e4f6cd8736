package hostile

import (
	"net/http"
	"strings"
)

// DeepNesting is how deep the deep-nesting scenario nests arrays: below
// encoding/json's own limit of 10,000, so the body is valid JSON that only a
// depth check of the client's refuses. Pretty-printing it would cost
// quadratic output (about 2·depth² bytes of indentation).
const DeepNesting = 9000

// shapeScenarios answer 200 with JSON that is not the customer's shape.
func shapeScenarios() []Scenario {
	return []Scenario{
		okJSON("shape-array", "the customer inside a JSON array", ExitUpstream,
			[]byte("["+strings.TrimSpace(string(Poisoned(Mixed())))+"]")),
		okJSON("shape-numbers", "numbers where strings belong (customerId kept)", ExitOK,
			Reshaped(func(v any) any {
				if _, ok := v.(string); ok {
					return 1e21
				}
				return v
			})),
		okJSON("shape-nulls", "null in every field but customerId", ExitOK,
			Reshaped(func(any) any { return nil })),
		okJSON("shape-swapped", "objects, arrays and scalars swapped around, hostile strings in them", ExitOK, swapped()),
		okJSON("shape-null-body", "the body is JSON null", ExitUpstream, []byte("null")),
		okJSON("shape-string-body", "the body is one hostile JSON string", ExitUpstream,
			[]byte(`"\u001b]0;`+Marker+`\u0007\u009b2J"`)),
		okJSON("shape-no-id", "a hostile object without customerId", ExitUpstream,
			Marshal(map[string]any{"companyProfile": map[string]any{"companyName": Mixed()}})),
		okJSON("deep-nesting", "an unknown field nested 9,000 arrays deep", ExitUpstream, deepNesting()),
	}
}

// swapped gives every top-level field a type the model does not expect.
func swapped() []byte {
	return Marshal(map[string]any{
		"customerId":         CustomerID,
		"companyProfile":     Mixed(),
		"discounts":          map[string]any{"offerType": Mixed()},
		"benefits":           Mixed(),
		"linkedMembership":   []any{Mixed(), 1},
		"tags":               map[string]any{"tag": Mixed()},
		"links":              []any{map[string]any{"uri": Mixed()}},
		"globalSalesEnabled": Mixed(),
		"creationDate":       123,
		"cotermDate":         []any{Mixed()},
		"status":             map[string]any{"code": Mixed()},
		"externalReferenceId": map[string]any{
			"deep": []any{Mixed()},
		},
	})
}

func deepNesting() []byte {
	return []byte(`{"customerId":"` + CustomerID + `","deep":` +
		strings.Repeat("[", DeepNesting) + strings.Repeat("]", DeepNesting) + `}`)
}

// bodyScenarios answer 200 with bodies that are not JSON, not whole, or not
// honest about their type or size.
func bodyScenarios() []Scenario {
	full := Poisoned(Mixed())
	return []Scenario{
		okJSON("body-empty", "200 with an empty body", ExitUpstream, []byte{}),
		okJSON("body-truncated", "a customer cut in half (Content-Length matches)", ExitUpstream, full[:len(full)/2]),
		{ID: "body-cut-short", About: "Content-Length promises more than is sent, then the connection closes",
			Exit: ExitUpstream, handler: func(*Server) http.Handler { return cutShort(full) }},
		{ID: "body-endless", About: "a JSON body that never ends; the size cap must cut it", Exit: ExitUpstream,
			handler: endless},
		{ID: "gzip-bomb", About: "16 MiB of hostile JSON gzipped to a few KiB", Exit: ExitUpstream,
			handler: func(*Server) http.Handler { return gzipBomb() }},
		fixed("html-200", "200 with an HTML page whose title and text are hostile", ExitUpstream,
			http.StatusOK, "text/html; charset=utf-8", hostileHTML()),
		fixed("wrong-ctype", "a valid customer labelled text/html; the body decides", ExitOK,
			http.StatusOK, "text/html", Poisoned(Mixed())),
		fixed("binary-garbage", "200 with raw control and C1 bytes as application/octet-stream", ExitUpstream,
			http.StatusOK, "application/octet-stream", garbage()),
		okJSON("raw-esc-json", "raw ESC, BEL and CR bytes inside JSON strings (invalid JSON)", ExitUpstream,
			[]byte("{\"customerId\":\""+CustomerID+"\",\"companyProfile\":{\"companyName\":\"\x1b]0;"+Marker+"\x07\x1b[2J\rX\"}}")),
	}
}

// hostileHTML is a gateway error page with attacks in the title, some as
// HTML character references that only become controls once unescaped.
func hostileHTML() []byte {
	return []byte("<!DOCTYPE html><html><head><title>Bad &#x1b;]0;" + Marker + "&#7; Gateway \x1b[2J" +
		"&#x9b;2J &#x202e;</title></head><body>" + Mixed() + strings.Repeat("<p>filler</p>", 200) +
		"</body></html>")
}

// garbage is bytes from 0 to 255, twice, with the payloads between.
func garbage() []byte {
	b := make([]byte, 0, 1024)
	for i := range 512 {
		b = append(b, byte(i))
	}
	return append(b, Mixed()...)
}
