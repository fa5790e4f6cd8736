package api

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
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
		exit    int
		title   string
		mention string // in Meaning or Next
	}{
		{"400 4119", apiError(400, "4119"), KindBadRequest, 5, "400 Bad Request", "correlation ID"},
		{"400 4120", apiError(400, "4120"), KindBadRequest, 5, "400 Bad Request", "request ID was already used"},
		{"400 1121", apiError(400, "1121"), KindBadRequest, 5, "400 Bad Request", "did not expect"},
		{"401", apiError(401, "4116"), KindCredentials, 3, "401 Unauthorized", "vipcx auth login"},
		{"403 4115", apiError(403, "4115"), KindCredentials, 3, "403 Forbidden", "API key is invalid"},
		{"403 4117", apiError(403, "4117"), KindCredentials, 3, "403 Forbidden", "token is missing"},
		{"403 4121", apiError(403, "4121"), KindCredentials, 3, "403 Forbidden", "may not perform"},
		{"404 1116", apiError(404, "1116"), KindNotFound, 4, "404 Not Found", "one of your resellers"},
		{"404 bare", apiError(404, ""), KindNotFound, 4, "404 Not Found", "No customer with this ID"},
		{"429", apiError(429, "4118"), KindUpstream, 6, "429 Too Many Requests", "rate limiting"},
		{"500", apiError(500, "1124"), KindUpstream, 6, "500 Internal Server Error", "Adobe"},
		{"502", apiError(502, ""), KindUpstream, 6, "502 Bad Gateway", "gateway"},
		{"503", apiError(503, ""), KindUpstream, 6, "503 Service Unavailable", "unavailable"},
		{"504", apiError(504, ""), KindUpstream, 6, "504 Gateway Timeout", "timed out"},
		{"other 4xx", apiError(409, ""), KindBadRequest, 5, "409 Conflict", "undocumented"},
		{"other 5xx", apiError(507, ""), KindUpstream, 6, "507 Insufficient Storage", "undocumented"},
		{"3xx", apiError(304, ""), KindUpstream, 6, "304 Not Modified", "unexpected status"},
		{"timeout", urlErr(context.DeadlineExceeded), KindUpstream, 6, "Timed out", "--timeout"},
		{"refused", urlErr(&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}), KindUpstream, 6, "Cannot reach the API", "refused"},
		{"dns", urlErr(&net.DNSError{Err: "no such host", Name: "partners.adobe.io", IsNotFound: true}), KindUpstream, 6, "Cannot reach the API", "resolved"},
		{"eof", urlErr(errors.New("EOF")), KindUpstream, 6, "Cannot reach the API", "network"},
		{"tls", urlErr(x509.UnknownAuthorityError{}), KindUpstream, 6, "TLS error", "certificates"},
		{"redirect", urlErr(fmt.Errorf("%w: elsewhere", ErrRedirectRefused)), KindUpstream, 6, "Redirect refused", "base URL"},
		{"malformed", &bodyError{err: fmt.Errorf("%w: empty body", ErrMalformedResponse), requestID: "rid"}, KindUpstream, 6, "Malformed response", "empty body"},
		{"too large", &bodyError{err: fmt.Errorf("%w: more", ErrResponseTooLarge), requestID: "rid"}, KindUpstream, 6, "Response too large", "base URL"},
		{"invalid id", ValidateCustomerID("1 2"), KindInvalidInput, 2, "Invalid customer ID", "4–40"},
		{"insecure url", func() error { _, err := NewClient("http://example.com"); return err }(), KindInvalidInput, 2, "Insecure base URL", "https://"},
		{"no credentials", fmt.Errorf("%w: no API key", ErrNoCredentials), KindCredentials, 3, "No credentials", "vipcx auth login"},
		{"token failed", &tokenError{errors.New("invalid_client")}, KindCredentials, 3, "Could not get an access token", "invalid_client"},
		{"token network", &tokenError{urlErr(context.DeadlineExceeded)}, KindUpstream, 6, "Timed out", "access token"},
		{"token ims 503", &tokenError{apiError(503, "")}, KindUpstream, 6, "Could not get an access token", "retry"},
		{"ims refused", &tokenError{&IMSError{StatusCode: 401, Code: "invalid_client"}}, KindCredentials, 3, "Could not get an access token", "vipcx auth login"},
		{"ims down", &tokenError{&IMSError{StatusCode: 503, Description: "down"}}, KindUpstream, 6, "Could not get an access token", "retry"},
		{"canceled", fmt.Errorf("get customer: %w", context.Canceled), KindCanceled, 130, "Canceled", "again"},
		{"unknown", errors.New("boom \x1b[2J"), KindInternal, 1, "Unexpected error", "--debug"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Describe(tc.err)
			if d.Kind != tc.kind || d.Kind.ExitCode() != tc.exit || d.Title != tc.title || d.Next == "" || d.Meaning == "" {
				t.Fatalf("Describe = %+v (kind %v)", d, d.Kind)
			}
			if !strings.Contains(d.Meaning+" "+d.Next, tc.mention) {
				t.Errorf("neither %q nor %q mentions %q", d.Meaning, d.Next, tc.mention)
			}
			for _, s := range append([]string{d.Title, d.Meaning, d.Next, d.Code, d.Message, d.RequestID}, d.Details...) {
				if !sanitize.IsSafe(s) {
					t.Errorf("unsafe text %q", s)
				}
			}
		})
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

func TestExitCodes(t *testing.T) {
	want := map[Kind]int{KindInternal: 1, KindInvalidInput: 2, KindCredentials: 3, KindNotFound: 4, KindBadRequest: 5, KindUpstream: 6, KindCanceled: 130}
	for k, code := range want {
		if k.ExitCode() != code || k.String() == "" {
			t.Errorf("%v.ExitCode() = %d, want %d", k, k.ExitCode(), code)
		}
	}
}
