package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/secret"
)

// Benchmarks of the client's hot paths. BENCHMARKS.md holds the budgets
// (decode of 5,000 contacts ≤ 15 ms) and the latest figures; .ci/run runs
// each once so they cannot rot.

// benchCustomers are the two customers every benchmark compares: the API
// page's own example and the demo's 5,000-contact customer, served by the
// demo API so the bytes are exactly what `vipcx get` receives.
var benchCustomers = []struct{ name, id string }{
	{"api-page", "9876543210"},
	{"5000-contacts", "demo-5000"},
}

// demoBody returns the demo API's response body for id, without a network.
func demoBody(tb testing.TB, id string) []byte {
	tb.Helper()
	body, ok := demo.CustomerJSON(id)
	if !ok {
		tb.Fatalf("no demo customer %s", id)
	}
	return body
}

func TestBenchCustomersAreWhatTheyClaim(t *testing.T) {
	// The budgets are stated for these sizes; a fixture that shrank would
	// make every figure look better than it is.
	for id, want := range map[string]int{"9876543210": 1, "demo-5000": 5000} {
		c, err := DecodeCustomer(demoBody(t, id))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(c.CompanyProfile.Contacts); got != want {
			t.Errorf("%s: %d contacts, want %d", id, got, want)
		}
	}
}

func BenchmarkDecodeCustomer(b *testing.B) {
	for _, bc := range benchCustomers {
		raw := demoBody(b, bc.id)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := DecodeCustomer(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPrettyJSON(b *testing.B) {
	for _, bc := range benchCustomers {
		raw := demoBody(b, bc.id)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := PrettyJSON(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGetCustomer is one whole `vipcx get` request over loopback HTTP
// against the demo API: headers, response, body cap, decode.
func BenchmarkGetCustomer(b *testing.B) {
	srv := httptest.NewServer(demo.New())
	defer srv.Close()
	c, err := NewClient(srv.URL, WithAPIKey(demo.DemoAPIKey),
		WithTokenSource(StaticToken(secret.New(demo.DemoToken))))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range benchCustomers {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.GetCustomer(context.Background(), bc.id); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDescribe is the error describer, used by the TUI's error panel
// and `vipcx get`, for an Adobe error, a network failure and a non-JSON body.
func BenchmarkDescribe(b *testing.B) {
	cases := []struct {
		name string
		err  error
	}{
		{"404", apiError(http.StatusNotFound, "1116")},
		{"timeout", urlErr(context.DeadlineExceeded)},
		{"malformed", &bodyError{err: fmt.Errorf("%w: not valid JSON", ErrMalformedResponse), requestID: "rid"}},
		{"no-credentials", fmt.Errorf("%w: keyring locked", ErrNoCredentials)},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if d := Describe(bc.err); d.Title == "" {
					b.Fatal("no title")
				}
			}
		})
	}
}

func BenchmarkValidateCustomerID(b *testing.B) {
	for _, id := range []string{"9876543210", "98 76"} {
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				err := ValidateCustomerID(id)
				if (err == nil) != (id == "9876543210") || (err != nil && !errors.Is(err, ErrInvalidID)) {
					b.Fatalf("ValidateCustomerID(%q) = %v", id, err)
				}
			}
		})
	}
}
