package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/sanitize"
)

// reply is one canned response.
type reply struct {
	status int
	ctype  string
	body   string
	header map[string]string
}

// serve answers the n-th request with replies[n-1], the last one repeating.
func serve(replies ...reply) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, _ *http.Request, n int) {
		r := replies[min(n, len(replies))-1]
		for k, v := range r.header {
			w.Header().Set(k, v)
		}
		if r.ctype != "" {
			w.Header().Set("Content-Type", r.ctype)
		}
		w.WriteHeader(r.status)
		_, _ = w.Write([]byte(r.body))
	}
}

const jsonType = "application/json"

var htmlPage = "<!DOCTYPE html><html><head><title>Internal  Server &amp; Error</title></head><body>" +
	strings.Repeat("STACKTRACE-LINE at com.adobe.Secret\n", 200) + "</body></html>"

func TestStatuses(t *testing.T) {
	okBody := `{"customerId":"` + testID + `","status":"1000"}`
	cases := []struct {
		name     string
		replies  []reply
		attempts int
		sleeps   []time.Duration
		check    func(t *testing.T, c *Customer, err error)
	}{
		{"200", []reply{{200, jsonType, okBody, nil}}, 1, nil, wantCustomer},
		{"400 adobe body", []reply{{400, jsonType, `{"code":"4119","message":"Correlation ID is Invalid or Missing","additionalDetails":["X-Correlation-Id"]}`, nil}}, 1, nil,
			wantError(400, "4119", "Correlation ID is Invalid or Missing", "400 Bad Request: 4119 Correlation ID is Invalid or Missing")},
		{"401", []reply{{401, jsonType, `{"code":"4116","message":"Authorization token is invalid"}`, nil}}, 1, nil,
			wantError(401, "4116", "Authorization token is invalid", "401 Unauthorized: 4116 Authorization token is invalid")},
		{"403 gateway", []reply{{403, jsonType, `{"error_code":"403003","message":"Api Key is invalid"}`, nil}}, 1, nil,
			wantError(403, "403003", "Api Key is invalid", "403 Forbidden: 403003 Api Key is invalid")},
		{"404", []reply{{404, jsonType, `{"code":"1116","message":"Invalid Customer"}`, map[string]string{"X-Request-Id": "srv-req-1"}}}, 1, nil,
			func(t *testing.T, c *Customer, err error) {
				wantError(404, "1116", "Invalid Customer", "404 Not Found: 1116 Invalid Customer")(t, c, err)
				var e *Error
				if errors.As(err, &e); e.RequestID != "srv-req-1" || e.CorrelationID == "" {
					t.Errorf("IDs %q %q", e.RequestID, e.CorrelationID)
				}
			}},
		{"429 then 200", []reply{{429, jsonType, `{"code":"4118","message":"Too many requests"}`, map[string]string{"Retry-After": "2"}}, {200, jsonType, okBody, nil}},
			2, []time.Duration{2 * time.Second}, wantCustomer},
		{"429 forever", []reply{{429, "", "", map[string]string{"Retry-After": "120"}}}, 3, []time.Duration{10 * time.Second, 10 * time.Second},
			func(t *testing.T, c *Customer, err error) {
				var e *Error
				if !errors.As(err, &e) || e.StatusCode != 429 || e.RetryAfter != 120*time.Second {
					t.Fatalf("err = %#v", err)
				}
			}},
		{"500 html", []reply{{500, "text/html; charset=utf-8", htmlPage, nil}}, 3, nil,
			func(t *testing.T, c *Customer, err error) {
				var e *Error
				if !errors.As(err, &e) || e.StatusCode != 500 {
					t.Fatalf("err = %v", err)
				}
				if !strings.HasPrefix(e.Summary, "HTML page (") || !strings.HasSuffix(e.Summary, "): Internal Server & Error") {
					t.Errorf("summary %q", e.Summary)
				}
				if strings.Contains(err.Error(), "STACKTRACE") || len(err.Error()) > 200 {
					t.Errorf("body dumped: %q", err.Error())
				}
			}},
		{"502 gateway", []reply{{502, jsonType, `{"error_code":"502001","message":"Bad gateway"}`, nil}}, 3, nil,
			wantError(502, "502001", "Bad gateway", "502 Bad Gateway: 502001 Bad gateway")},
		{"504 gateway", []reply{{504, jsonType, `{"error_code":"504","error":"Gateway Timeout","error_description":"upstream timed out"}`, nil}}, 3, nil,
			wantError(504, "504", "upstream timed out", "504 Gateway Timeout: 504 upstream timed out")},
		{"200 malformed", []reply{{200, jsonType, `{"customerId": "98765`, nil}}, 1, nil, wantBodyErr(ErrMalformedResponse, "JSON")},
		{"200 empty", []reply{{200, jsonType, ``, nil}}, 1, nil, wantBodyErr(ErrMalformedResponse, "empty body")},
		{"200 array", []reply{{200, jsonType, `[{"customerId":"1234"}]`, nil}}, 1, nil, wantBodyErr(ErrMalformedResponse, "array")},
		{"200 trailing garbage", []reply{{200, jsonType, okBody + `{}`, nil}}, 1, nil, wantBodyErr(ErrMalformedResponse, "after top-level value")},
		{"200 html", []reply{{200, "text/html", htmlPage, nil}}, 1, nil, wantBodyErr(ErrMalformedResponse, "HTML page (")},
		{"200 truncated", []reply{{200, jsonType, okBody[:10], map[string]string{"Content-Length": "500"}}}, 3, nil,
			wantBodyErr(ErrMalformedResponse, "cut short")},
		{"200 oversized", []reply{{200, jsonType, `{"customerId":"` + testID + `","x":"` + strings.Repeat("a", 20000) + `"}`, nil}}, 1, nil,
			wantBodyErr(ErrResponseTooLarge, "16384")},
		{"418 other 4xx", []reply{{418, "text/plain", "short and stout", nil}}, 1, nil,
			func(t *testing.T, c *Customer, err error) {
				var e *Error
				if !errors.As(err, &e) || e.Summary != "short and stout" || err.Error() != "418 I'm a teapot: short and stout" {
					t.Fatalf("err = %v", err)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := setup(t, WithMaxBodyBytes(16384))
			h.client.jitter = func(n int64) int64 { return n - 1 }
			h.handle("/v3/customers/", serve(tc.replies...))
			c, err := h.client.GetCustomer(context.Background(), testID)
			tc.check(t, c, err)
			reqs := h.requests()
			if len(reqs) != tc.attempts {
				t.Errorf("%d attempts, want %d", len(reqs), tc.attempts)
			}
			for _, r := range reqs {
				checkHeaders(t, r, testToken)
			}
			if tc.sleeps != nil && fmt.Sprint(h.recordedSleeps()) != fmt.Sprint(tc.sleeps) {
				t.Errorf("slept %v, want %v", h.recordedSleeps(), tc.sleeps)
			}
			if err != nil {
				assertNoSecret(t, err.Error(), fmt.Sprintf("%+v %#v", err, err))
				if d := Describe(err); d.Title == "" || d.Fix == FixNone {
					t.Errorf("Describe gave %+v", d)
				}
			}
		})
	}
}

func wantCustomer(t *testing.T, c *Customer, err error) {
	t.Helper()
	if err != nil || c == nil || c.CustomerID != testID {
		t.Fatalf("got %v, %v", c, err)
	}
}

func wantError(status int, code, msg, text string) func(*testing.T, *Customer, error) {
	return func(t *testing.T, c *Customer, err error) {
		t.Helper()
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("err = %v (%T), want *Error", err, err)
		}
		if e.StatusCode != status || e.Code != code || e.Message != msg || e.Error() != text {
			t.Errorf("got %d %q %q %q", e.StatusCode, e.Code, e.Message, e.Error())
		}
		if e.Status != strconv.Itoa(status)+" "+http.StatusText(status) || e.RequestID == "" || e.CorrelationID == "" {
			t.Errorf("status %q ids %q %q", e.Status, e.RequestID, e.CorrelationID)
		}
	}
}

func wantBodyErr(sentinel error, mention string) func(*testing.T, *Customer, error) {
	return func(t *testing.T, c *Customer, err error) {
		t.Helper()
		if !errors.Is(err, sentinel) || c != nil {
			t.Fatalf("err = %v, want %v", err, sentinel)
		}
		var e *Error
		if errors.As(err, &e) {
			t.Errorf("a 200 body problem must not be an *Error")
		}
		if !strings.Contains(err.Error(), mention) || !strings.Contains(err.Error(), "request ID ") {
			t.Errorf("error %q should mention %q and the request ID", err, mention)
		}
		if strings.Contains(err.Error(), "STACKTRACE") {
			t.Errorf("body dumped: %q", err)
		}
	}
}

func TestDecodeErrorBodyShapes(t *testing.T) {
	cases := []struct {
		ctype, body string
		want        errorBody
	}{
		{jsonType, `{"code":"1117","message":"Some Fields are Invalid","additionalDetails":["companyProfile.companyName", 7, null, {"x":1}]}`,
			errorBody{Code: "1117", Message: "Some Fields are Invalid", Details: []string{"companyProfile.companyName", "7"}}},
		{jsonType, `{"code":1116,"message":"Invalid Customer"}`, errorBody{Code: "1116", Message: "Invalid Customer"}},
		{jsonType, `{"error_code":"403003","message":"Api Key is invalid"}`, errorBody{Code: "403003", Message: "Api Key is invalid"}},
		{jsonType, `{"error":"invalid_client","error_description":"bad secret"}`, errorBody{Code: "invalid_client", Message: "bad secret"}},
		{jsonType, `{"error":"Gateway Timeout"}`, errorBody{Message: "Gateway Timeout"}},
		{jsonType, `{"additionalDetails":"one detail"}`, errorBody{Details: []string{"one detail"}}},
		{jsonType, `{"unrelated":true}`, errorBody{Summary: `{"unrelated":true}`}},
		{jsonType, `[1,2]`, errorBody{Summary: `[1,2]`}},
		{"text/plain", "  upstream\r\n\tconnect error \x1b[31mred\x1b[0m ", errorBody{Summary: "upstream connect error red"}},
		{"", "", errorBody{Summary: "empty body"}},
		{"", "\x00\x01\x02", errorBody{Summary: "binary data (3 B)"}},
		{"", "<html><body>no title</body></html>", errorBody{Summary: "HTML page (34 B)"}},
		{jsonType, `{"code":"4115","message":"API key \u001b]0;pwn\u0007is invalid\u202e"}`, errorBody{Code: "4115", Message: "API key is invalid"}},
	}
	for _, tc := range cases {
		got := decodeErrorBody(tc.ctype, []byte(tc.body), nil)
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
			t.Errorf("decodeErrorBody(%q)\n got %q\nwant %q", tc.body, got, tc.want)
		}
	}
}

func TestErrorBodyIsBounded(t *testing.T) {
	many := `{"code":"` + strings.Repeat("9", 500) + `","message":"` + strings.Repeat("m", 5000) + `","additionalDetails":[` +
		strings.TrimSuffix(strings.Repeat(`"`+strings.Repeat("d", 500)+`",`, 100), ",") + `]}`
	got := decodeErrorBody(jsonType, []byte(many), nil)
	if len([]rune(got.Code)) > maxCodeRunes+1 || len([]rune(got.Message)) > maxMessageRunes+1 || len(got.Details) != maxDetails {
		t.Fatalf("unbounded: code %d message %d details %d", len(got.Code), len(got.Message), len(got.Details))
	}
	if s := summarizeBody("text/plain", []byte(strings.Repeat("x", 10000)), nil); len([]rune(s)) > summaryRunes+1 {
		t.Fatalf("summary has %d runes", len([]rune(s)))
	}
}

func TestErrorFormatting(t *testing.T) {
	cases := []struct {
		e    Error
		want string
	}{
		{Error{Status: "404 Not Found", Code: "1116", Message: "Invalid Customer"}, "404 Not Found: 1116 Invalid Customer"},
		{Error{Status: "403 Forbidden", Message: "Api Key is invalid"}, "403 Forbidden: Api Key is invalid"},
		{Error{Status: "500 Internal Server Error", Summary: "HTML page (1.2 KB): Oops"}, "500 Internal Server Error: HTML page (1.2 KB): Oops"},
		{Error{Status: "503 Service Unavailable"}, "503 Service Unavailable"},
	}
	for _, tc := range cases {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	if got := statusText(599, "599 \x1b[2JWeird"); got != "599 Weird" {
		t.Errorf("statusText = %q", got)
	}
	if got := byteSize(1229); got != "1.2 KB" {
		t.Errorf("byteSize = %q", got)
	}
}

func FuzzDecodeError(f *testing.F) {
	for _, s := range []string{
		`{"code":"1116","message":"Invalid Customer"}`, `{"error_code":504,"error":"x","error_description":"y"}`,
		`{"additionalDetails":[1,"a",null]}`, htmlPage[:200], "<title>\x1b]0;t\x07</title>", "\xff\xfe", "",
	} {
		f.Add("application/json", s)
	}
	f.Fuzz(func(t *testing.T, ctype, body string) {
		got := decodeErrorBody(ctype, []byte(body), nil)
		all := append([]string{got.Code, got.Message, got.Summary}, got.Details...)
		for _, s := range all {
			if !sanitize.IsSafe(s) {
				t.Fatalf("unsafe text %q from %q", s, body)
			}
		}
		if got.Code == "" && got.Message == "" && len(got.Details) == 0 && got.Summary == "" {
			t.Fatalf("nothing said about %q", body)
		}
	})
}
