package api

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/vipcx/vipcx/sanitize"
)

func apiError(status int, code string) *Error {
	return &Error{StatusCode: status, Status: statusText(status, ""), Code: code, Message: "msg", RequestID: "rid", CorrelationID: "cid"}
}

func urlErr(err error) error {
	return &url.Error{Op: "Get", URL: "https://partners.adobe.io/v3/customers/1234", Err: err}
}

func TestDescribeEveryClass(t *testing.T) {
	cases := []struct {
		name    string
		err     error
		kind    Kind
		fix     Fix
		title   string
		mention string // in Meaning
	}{
		{"400 4119", apiError(400, "4119"), KindBadRequest, FixReport, "400 Bad Request", "correlation ID"},
		{"400 4120", apiError(400, "4120"), KindBadRequest, FixRetry, "400 Bad Request", "request ID was already used"},
		{"400 1121", apiError(400, "1121"), KindBadRequest, FixReport, "400 Bad Request", "did not expect"},
		{"400 1117", apiError(400, "1117"), KindBadRequest, FixCheckFields, "400 Bad Request", "fields"},
		{"400 1133", apiError(400, "1133"), KindBadRequest, FixCheckFields, "400 Bad Request", "offset is out of range"},
		{"401", apiError(401, "4116"), KindCredentials, FixReplaceToken, "401 Unauthorized", "token is invalid"},
		{"403 4115", apiError(403, "4115"), KindCredentials, FixCheckAPIKey, "403 Forbidden", "API key is invalid"},
		{"403 4117", apiError(403, "4117"), KindCredentials, FixAddCredentials, "403 Forbidden", "token is missing"},
		{"403 4121", apiError(403, "4121"), KindCredentials, FixCheckAccess, "403 Forbidden", "may not perform"},
		{"404 1116", apiError(404, "1116"), KindNotFound, FixCheckID, "404 Not Found", "No customer with this ID"},
		{"404 bare", apiError(404, ""), KindNotFound, FixCheckID, "404 Not Found", "No customer with this ID"},
		{"404 1115", apiError(404, "1115"), KindNotFound, FixCheckResellerID, "404 Not Found", "No such reseller"},
		{"404 2115", apiError(404, "2115"), KindNotFound, FixCheckID, "404 Not Found", "No such order"},
		{"404 3115", apiError(404, "3115"), KindNotFound, FixCheckID, "404 Not Found", "No such subscription"},
		{"429", apiError(429, "4118"), KindUpstream, FixRetryLater, "429 Too Many Requests", "too many requests"},
		{"500", apiError(500, "1124"), KindUpstream, FixRetryLater, "500 Internal Server Error", "Adobe"},
		{"502", apiError(502, ""), KindUpstream, FixRetryLater, "502 Bad Gateway", "gateway"},
		{"503", apiError(503, ""), KindUpstream, FixRetryLater, "503 Service Unavailable", "unavailable"},
		{"504", apiError(504, ""), KindUpstream, FixRetryLater, "504 Gateway Timeout", "timed out"},
		{"other 4xx", apiError(409, ""), KindBadRequest, FixReport, "409 Conflict", "undocumented"},
		{"other 5xx", apiError(507, ""), KindUpstream, FixRetryLater, "507 Insufficient Storage", "undocumented"},
		{"3xx", apiError(304, ""), KindUpstream, FixCheckBaseURL, "304 Not Modified", "unexpected status"},
		{"timeout", urlErr(context.DeadlineExceeded), KindUpstream, FixAllowMoreTime, "Timed out", "did not answer within the time allowed"},
		{"refused", urlErr(&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}), KindUpstream, FixCheckNetwork, "Cannot reach the API", "refused"},
		{"dns", urlErr(&net.DNSError{Err: "no such host", Name: "partners.adobe.io", IsNotFound: true}), KindUpstream, FixCheckNetwork, "Cannot reach the API", "could not be found"},
		{"eof", urlErr(io.EOF), KindUpstream, FixCheckNetwork, "Cannot reach the API", "closed the connection"},
		{"tls", urlErr(x509.UnknownAuthorityError{}), KindUpstream, FixCheckTLS, "TLS error", "secure connection"},
		{"redirect", urlErr(fmt.Errorf("%w: elsewhere", ErrRedirectRefused)), KindUpstream, FixCheckBaseURL, "Redirect refused", "redirected"},
		{"malformed", &bodyError{err: fmt.Errorf("%w: empty body", ErrMalformedResponse), requestID: "rid"}, KindUpstream, FixReport, "Malformed response", "empty body"},
		{"too large", &bodyError{err: fmt.Errorf("%w: more", ErrResponseTooLarge), requestID: "rid"}, KindUpstream, FixCheckBaseURL, "Response too large", "more"},
		{"invalid id", ValidateCustomerID("1 2"), KindInvalidInput, FixCheckID, "Invalid customer ID", "4–40"},
		{"insecure url", func() error { _, err := NewClient("http://example.com"); return err }(), KindInvalidInput, FixCheckBaseURL, "Insecure base URL", "[::1]"},
		{"insecure ims url", func() error { _, err := NewIMSTokenSource(IMSConfig{URL: "http://example.com"}); return err }(),
			KindInvalidInput, FixCheckIMSURL, "Insecure IMS URL", "plain http"},
		{"no credentials", fmt.Errorf("%w: no API key", ErrNoCredentials), KindCredentials, FixAddCredentials, "No credentials", "no API key"},
		{"token failed", &tokenError{errors.New("invalid_client")}, KindCredentials, FixCheckClientSecret, "Could not get an access token", "invalid_client"},
		{"token network", &tokenError{urlErr(context.DeadlineExceeded)}, KindUpstream, FixAllowMoreTime, "Timed out", "access token"},
		{"token ims 503", &tokenError{apiError(503, "")}, KindUpstream, FixRetryLater, "Could not get an access token", "failing or throttling"},
		{"ims refused", &tokenError{&IMSError{StatusCode: 401, Code: "invalid_client"}}, KindCredentials, FixCheckClientSecret, "Could not get an access token", "invalid_client"},
		{"ims down", &tokenError{&IMSError{StatusCode: 503, Description: "down"}}, KindUpstream, FixRetryLater, "Could not get an access token", "failing or throttling"},
		{"canceled", fmt.Errorf("get customer: %w", context.Canceled), KindCanceled, FixRunAgain, "Canceled", "canceled"},
		{"unknown", errors.New("boom \x1b[2J"), KindInternal, FixReport, "Unexpected error", "boom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Describe(tc.err)
			if d.Kind != tc.kind || d.Fix != tc.fix || d.Title != tc.title || d.Meaning == "" {
				t.Fatalf("Describe = %+v (kind %v, fix %v)", d, d.Kind, d.Fix)
			}
			if !strings.Contains(d.Meaning, tc.mention) {
				t.Errorf("%q does not mention %q", d.Meaning, tc.mention)
			}
			for _, s := range append([]string{d.Title, d.Meaning, d.Code, d.Message, d.RequestID}, d.Details...) {
				if !sanitize.IsSafe(s) {
					t.Errorf("unsafe text %q", s)
				}
			}
		})
	}
}

// TestDescribeNamesNoSurface keeps api's words free of the command line's
// flags and the TUI's keys: each surface words the fix itself.
func TestDescribeNamesNoSurface(t *testing.T) {
	errs := []error{urlErr(context.DeadlineExceeded), apiError(401, "4116"), apiError(500, ""), errors.New("x"),
		fmt.Errorf("%w: none", ErrNoCredentials), urlErr(fmt.Errorf("%w: elsewhere", ErrRedirectRefused))}
	for _, err := range errs {
		d := Describe(err)
		for _, bad := range []string{"--", "press", "auth login", "deadline exceeded"} {
			if strings.Contains(d.Meaning+d.Title, bad) {
				t.Errorf("Describe(%v) names %q: %q", err, bad, d.Meaning)
			}
		}
	}
}

// TestDescribeNamesResourceAndFields checks a 404 says what was not found
// and invalidFields reach the description.
func TestDescribeNamesResourceAndFields(t *testing.T) {
	e := apiError(404, "")
	e.Resource = "reseller"
	if d := Describe(e); !strings.Contains(d.Meaning, "No reseller with this ID") || d.Resource != "reseller" {
		t.Errorf("404 reseller: %q", d.Meaning)
	}
	e = apiError(400, "1117")
	e.InvalidFields = []string{"status", "bad\x1b[2Jfield"}
	d := Describe(e)
	if len(d.InvalidFields) != 2 || d.InvalidFields[0] != "status" || !sanitize.IsSafe(d.InvalidFields[1]) {
		t.Errorf("invalid fields lost or unsafe: %q", d.InvalidFields)
	}
}

func TestDescribeCarriesAdobeFields(t *testing.T) {
	e := &Error{StatusCode: 400, Status: "400 Bad Request", Code: "1117", Message: "Some Fields are Invalid",
		Details: []string{"companyProfile.companyName"}, RequestID: "r1", CorrelationID: "c1"}
	d := Describe(fmt.Errorf("wrapped: %w", e))
	if d.Code != "1117" || d.Message != e.Message || len(d.Details) != 1 || d.RequestID != "r1" || d.CorrelationID != "c1" {
		t.Fatalf("Describe = %+v", d)
	}
	d = Describe(&Error{StatusCode: 500, Status: "500 Internal Server Error", Summary: "HTML page (1.2 KB): Oops"})
	if !strings.Contains(d.Meaning, "Body: HTML page (1.2 KB): Oops.") {
		t.Errorf("summary missing from %q", d.Meaning)
	}
	if !reflect.DeepEqual(Describe(nil), Description{}) {
		t.Error("Describe(nil) should be empty")
	}
}

// TestDescribeInsecureIMSURLNamesIt: a refused IMS URL is called the IMS
// URL everywhere, never "base URL" (which names the other setting), and
// still matches ErrInsecureURL.
func TestDescribeInsecureIMSURLNamesIt(t *testing.T) {
	_, err := NewIMSTokenSource(IMSConfig{URL: "http://example.com", ClientID: "id"})
	if !errors.Is(err, ErrInsecureURL) {
		t.Fatalf("err = %v, want ErrInsecureURL", err)
	}
	if want := `insecure or invalid IMS URL: "http://example.com": plain http`; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q, want prefix %q", err, want)
	}
	d := Describe(err)
	if strings.Contains(d.Title+d.Meaning, "base URL") || d.Title != "Insecure IMS URL" || d.Fix != FixCheckIMSURL {
		t.Errorf("Describe = %q: %q (fix %v)", d.Title, d.Meaning, d.Fix)
	}
	_, err = NewClient("https://u:p@example.com")
	if d := Describe(err); d.Title != "Insecure base URL" || !strings.Contains(d.Meaning, "the base URL must not carry") {
		t.Errorf("base URL: %q: %q", d.Title, d.Meaning)
	}
}

// TestBodyMeaningSaysItOnce: a 200 that is not a customer is described
// without repeating the title's words or the request ID, which the
// Description carries on its own.
func TestBodyMeaningSaysItOnce(t *testing.T) {
	h := setup(t)
	h.handle("/v3/customers/", serve(reply{200, "text/html", "<html><title>Sign in to the proxy</title></html>", nil}))
	_, err := h.client.GetCustomer(context.Background(), testID)
	d := Describe(err)
	if d.Title != "Malformed response" || d.RequestID == "" {
		t.Fatalf("title %q, request ID %q", d.Title, d.RequestID)
	}
	if strings.Contains(strings.ToLower(d.Meaning), "malformed response") || strings.Contains(d.Meaning, d.RequestID) ||
		!strings.Contains(d.Meaning, "Sign in to the proxy") {
		t.Errorf("meaning %q: want the page's title, without the title's words or the request ID", d.Meaning)
	}
}
