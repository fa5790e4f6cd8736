package api

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// Sentinel errors. Callers test them with errors.Is; the wrapping error says
// what exactly went wrong.
var (
	// ErrInvalidID means the customer ID failed validation; nothing was sent.
	ErrInvalidID = errors.New("invalid customer ID")
	// ErrInsecureURL means the base or IMS URL is unusable or would send
	// credentials in clear text to a host other than loopback.
	ErrInsecureURL = errors.New("insecure or invalid base URL")
	// ErrMalformedResponse means a 200 response whose body is not a customer
	// object: empty, truncated, not JSON, or the wrong JSON shape.
	ErrMalformedResponse = errors.New("malformed response")
	// ErrResponseTooLarge means the body exceeded the client's size cap.
	ErrResponseTooLarge = errors.New("response too large")
	// ErrNoCredentials means no API key or token was configured; nothing was sent.
	ErrNoCredentials = errors.New("no credentials")
	// ErrRedirectRefused means the server redirected to another host or to
	// plain http, where the API key would leak, or redirected too often.
	ErrRedirectRefused = errors.New("redirect refused")
)

// urlError is an unusable base or IMS URL. which names the setting, so the
// message and its description say which of the two to fix; it matches
// ErrInsecureURL for callers that only ask whether a URL was refused.
type urlError struct{ which, reason string }

func (e *urlError) Error() string { return "insecure or invalid " + e.which + ": " + e.reason }

// Is makes errors.Is(err, ErrInsecureURL) hold for every refused URL.
func (e *urlError) Is(target error) bool { return target == ErrInsecureURL }

// Error is the one error type for an HTTP response that is not 200. It is
// always returned as *Error. Every string in it is sanitized, so it can be
// shown on a terminal as is.
type Error struct {
	StatusCode int
	// Status is the code with its standard text, e.g. "404 Not Found".
	Status string
	// Code, Message and Details come from Adobe's {code, message,
	// additionalDetails} body or the gateway's {error_code, error,
	// error_description} body.
	Code    string
	Message string
	Details []string
	// InvalidFields names the request fields or parameters the server
	// rejected (Adobe's invalidFields, documented with error 1117).
	InvalidFields []string
	// Resource is what the request was about ("customer", "reseller",
	// "customers", "subscriptions", "orders"), so a 404 can say what was
	// not found.
	Resource string
	// Summary describes a body that was not a JSON error object, e.g.
	// "HTML page (1.2 KB): Bad Gateway"; the body itself is never kept.
	Summary       string
	RequestID     string
	CorrelationID string
	// RetryAfter is the parsed Retry-After header, zero when absent.
	RetryAfter time.Duration
}

// Error formats the status, then Adobe's code and message, or the summary of
// the body when it had neither.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Status)
	switch {
	case e.Code != "" && e.Message != "":
		fmt.Fprintf(&b, ": %s %s", e.Code, e.Message)
	case e.Code != "" || e.Message != "":
		fmt.Fprintf(&b, ": %s%s", e.Code, e.Message)
	case e.Summary != "":
		fmt.Fprintf(&b, ": %s", e.Summary)
	}
	return b.String()
}

// Retryable reports whether the status is worth another attempt: rate
// limiting and server-side failures, never the caller's own mistakes.
func (e *Error) Retryable() bool {
	return e.StatusCode == http.StatusTooManyRequests || e.StatusCode >= 500
}

// statusText is "404 Not Found". The reason phrase the server sent is
// ignored when Go knows the code, because it is server-controlled text.
func statusText(code int, sent string) string {
	if t := http.StatusText(code); t != "" {
		return fmt.Sprintf("%d %s", code, t)
	}
	if s := sanitize.Line(sent); s != "" {
		return clipRunes(s, 60)
	}
	return fmt.Sprintf("%d", code)
}

// newError builds the *Error for a non-200 response whose body has been
// read. Every string it keeps from the server passes through scrub, which
// removes the credentials the request sent, before it is clipped.
func newError(resp *http.Response, body []byte, ids requestIDs, now time.Time, scrub *secret.Scrubber) *Error {
	eb := decodeErrorBody(resp.Header.Get("Content-Type"), body, scrub)
	e := &Error{
		StatusCode:    resp.StatusCode,
		Status:        statusText(resp.StatusCode, scrub.Scrub(resp.Status)),
		Code:          eb.Code,
		Message:       eb.Message,
		Details:       eb.Details,
		InvalidFields: eb.InvalidFields,
		Summary:       eb.Summary,
		RequestID:     ids.request,
		CorrelationID: ids.correlation,
	}
	if d, ok := RetryAfter(resp.Header.Get("Retry-After"), now); ok {
		e.RetryAfter = d
	}
	return e
}

// bodyError is a 200 response whose body could not be used. It keeps the
// IDs so the user can quote them to Adobe, and wraps ErrMalformedResponse or
// ErrResponseTooLarge (and any read error) for errors.Is.
type bodyError struct {
	err           error
	summary       string
	requestID     string
	correlationID string
}

func (e *bodyError) Error() string {
	msg := e.err.Error()
	if e.summary != "" {
		msg += ": " + e.summary
	}
	if e.requestID != "" {
		msg += " (request ID " + e.requestID + ")"
	}
	return msg
}

func (e *bodyError) Unwrap() error { return e.err }

// tokenError is a failure of the TokenSource. Describe uses it to tell
// "could not get a token" from "the API refused the request".
type tokenError struct{ err error }

func (e *tokenError) Error() string { return "getting an access token: " + e.err.Error() }

func (e *tokenError) Unwrap() error { return e.err }

// clipRunes shortens s to at most n runes, marking the cut with an
// ellipsis. It bounds how long a message is, not how wide it is drawn:
// the UI cuts by terminal cells (ui's clip) when it draws.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// summaryRunes is how much of a non-JSON body an error may quote.
const summaryRunes = 120

var titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// summarizeBody describes a body that is not a usable JSON object in one
// short, safe line: its kind, size and, for HTML, the page title. Known
// credentials are scrubbed (scrub may be nil) before anything is cut to
// length, and the title again once its HTML entities are undone.
func summarizeBody(contentType string, body []byte, scrub *secret.Scrubber) string {
	if scrub != nil {
		body = []byte(scrub.Scrub(string(body)))
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return "empty body"
	}
	if isHTML(contentType, trimmed) {
		s := fmt.Sprintf("HTML page (%s)", byteSize(len(body)))
		if m := titleRE.FindSubmatch(trimmed); m != nil {
			if t := oneLine(scrub.Scrub(html.UnescapeString(string(m[1])))); t != "" {
				s += ": " + clipRunes(t, 80)
			}
		}
		return s
	}
	head := trimmed
	if len(head) > 4*summaryRunes {
		head = head[:4*summaryRunes]
	}
	if t := oneLine(string(head)); t != "" {
		return clipRunes(t, summaryRunes)
	}
	return fmt.Sprintf("binary data (%s)", byteSize(len(body)))
}

func isHTML(contentType string, body []byte) bool {
	if strings.Contains(strings.ToLower(contentType), "html") {
		return true
	}
	start := strings.ToLower(string(body[:min(len(body), 15)]))
	return strings.HasPrefix(start, "<!doctype html") || strings.HasPrefix(start, "<html")
}

// oneLine sanitizes s and collapses runs of white space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}

// byteSize is "512 B" or "1.2 KB".
func byteSize(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}
