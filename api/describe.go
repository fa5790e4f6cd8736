package api

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"

	"github.com/vipcx/vipcx/sanitize"
)

// Kind is the class of a failure; it decides the exit code of `get` and the
// tone of the TUI's error panel.
type Kind int

// Kinds, in the order of the contract's exit-code table.
const (
	KindInternal     Kind = iota // exit 1: a bug or an unexpected failure
	KindInvalidInput             // exit 2: bad ID, bad flag, insecure URL; nothing sent
	KindCredentials              // exit 3: missing or rejected credentials
	KindNotFound                 // exit 4: no such customer
	KindBadRequest               // exit 5: the API rejected the request as bad
	KindUpstream                 // exit 6: the API or the network failed
	KindCanceled                 // exit 130: the user gave up
)

// ExitCode is the process exit status for the kind, per the contract.
func (k Kind) ExitCode() int {
	switch k {
	case KindInvalidInput:
		return 2
	case KindCredentials:
		return 3
	case KindNotFound:
		return 4
	case KindBadRequest:
		return 5
	case KindUpstream:
		return 6
	case KindCanceled:
		return 130
	}
	return 1
}

// String names the kind, for logs and tests.
func (k Kind) String() string {
	names := [...]string{"internal", "invalid input", "credentials", "not found", "bad request", "upstream", "canceled"}
	if k >= 0 && int(k) < len(names) {
		return names[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Description is how every error is explained, by `get` and the TUI alike.
// All text in it is safe to print.
type Description struct {
	Kind Kind
	// Title is short: "404 Not Found", "Timed out", "No credentials".
	Title string
	// Meaning says in a sentence what happened.
	Meaning string
	// Code, Message and Details are Adobe's, when the body had them.
	Code, Message string
	Details       []string
	RequestID     string
	CorrelationID string
	// Next is the one next step for the user.
	Next string
}

// Describe turns any error from this package (or wrapping one) into words.
// It is the one place where statuses and failures are explained.
func Describe(err error) Description {
	if err == nil {
		return Description{}
	}
	var (
		apiErr  *Error
		bodyErr *bodyError
		tokErr  *tokenError
	)
	switch {
	case errors.Is(err, context.Canceled):
		return Description{Kind: KindCanceled, Title: "Canceled", Meaning: "The request was canceled before an answer arrived.",
			Next: "Run it again when ready."}
	case errors.As(err, &tokErr):
		return describeToken(tokErr.err)
	case errors.As(err, &apiErr):
		return describeStatus(apiErr)
	case errors.As(err, &bodyErr):
		d := describeBody(err)
		d.RequestID, d.CorrelationID = bodyErr.requestID, bodyErr.correlationID
		return d
	}
	if d, ok := describeLocal(err); ok {
		return d
	}
	if d, ok := describeNetwork(err); ok {
		return d
	}
	return Description{Kind: KindInternal, Title: "Unexpected error", Meaning: clip(sanitize.Line(err.Error()), 300),
		Next: "Run again with --debug and report the log if it happens again."}
}

// describeLocal covers failures found before anything was sent.
func describeLocal(err error) (Description, bool) {
	msg := clip(sanitize.Line(err.Error()), 300)
	switch {
	case errors.Is(err, ErrInvalidID):
		return Description{Kind: KindInvalidInput, Title: "Invalid customer ID", Meaning: reason(err, ErrInvalidID),
			Next: "Customer IDs are 4–40 letters, digits or hyphens, e.g. 1005512199."}, true
	case errors.Is(err, ErrInsecureURL):
		return Description{Kind: KindInvalidInput, Title: "Insecure base URL", Meaning: reason(err, ErrInsecureURL),
			Next: "Use an https:// base URL; plain http is only for 127.0.0.1 or localhost."}, true
	case errors.Is(err, ErrNoCredentials):
		return Description{Kind: KindCredentials, Title: "No credentials", Meaning: reason(err, ErrNoCredentials),
			Next: "Run `vipcx auth login`, or set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET."}, true
	case errors.Is(err, ErrRedirectRefused):
		return Description{Kind: KindUpstream, Title: "Redirect refused",
			Meaning: "The server redirected to another host or to plain http; vipcx does not send credentials there. " + msg,
			Next:    "Check the base URL (--base-url, --env or the profile)."}, true
	}
	return Description{}, false
}

// reason is err's message without the sentinel's own words in front, which
// the title already says ("Invalid customer ID: invalid customer ID: ...").
func reason(err, sentinel error) string {
	msg := strings.TrimPrefix(err.Error(), sentinel.Error()+": ")
	msg = strings.TrimPrefix(msg, sentinel.Error())
	if msg == "" {
		msg = sentinel.Error()
	}
	return clip(sanitize.Line(msg), 300)
}

// describeBody covers a 200 whose body could not be used.
func describeBody(err error) Description {
	msg := clip(sanitize.Line(err.Error()), 300)
	if errors.Is(err, ErrResponseTooLarge) {
		return Description{Kind: KindUpstream, Title: "Response too large", Meaning: msg,
			Next: "Check the base URL points at the partner API; retry later."}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return Description{Kind: KindUpstream, Title: "Timed out", Meaning: "The answer stopped arriving: " + msg,
			Next: "Retry; raise --timeout if the API is slow."}
	}
	return Description{Kind: KindUpstream, Title: "Malformed response", Meaning: msg,
		Next: "Retry; if it persists, check the base URL and report the request ID to Adobe."}
}

// describeToken covers a token source that failed: a network failure is
// described as such, anything else as a credentials problem.
func describeToken(inner error) Description {
	if d, ok := describeNetwork(inner); ok {
		d.Meaning = "Getting an access token failed: " + d.Meaning
		return d
	}
	d := Description{Kind: KindCredentials, Title: "Could not get an access token",
		Meaning: clip(sanitize.Line(inner.Error()), 300),
		Next:    "Check the API key and client secret: run `vipcx auth login`."}
	if errors.Is(inner, ErrMalformedResponse) || errors.Is(inner, ErrResponseTooLarge) {
		// IMS answered 200 with something that is not a token: its failure,
		// not the user's credentials (exit 6, like the API's own).
		d.Kind, d.Next = KindUpstream, "Adobe IMS sent no usable token: retry; if it persists, check the IMS URL."
		return d
	}
	status := 0
	var imsErr *IMSError
	if errors.As(inner, &imsErr) {
		d.Code, d.Message, status = imsErr.Code, imsErr.Description, imsErr.StatusCode
	}
	var apiErr *Error
	if errors.As(inner, &apiErr) {
		d.Code, d.Message, d.Details = apiErr.Code, apiErr.Message, apiErr.Details
		d.RequestID, d.CorrelationID, status = apiErr.RequestID, apiErr.CorrelationID, apiErr.StatusCode
	}
	if status >= 500 || status == http.StatusTooManyRequests {
		d.Kind, d.Next = KindUpstream, "Adobe IMS is failing or throttling: retry in a moment."
	}
	return d
}

// describeNetwork covers round trips that got no usable response.
func describeNetwork(err error) (Description, bool) {
	msg := clip(sanitize.Line(err.Error()), 300)
	var (
		netErr net.Error
		dnsErr *net.DNSError
		opErr  *net.OpError
		urlErr *url.Error
	)
	unreachable := "Check the network connection and the base URL; retry."
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return Description{Kind: KindUpstream, Title: "Timed out",
			Meaning: "The API did not answer in time: " + msg, Next: "Retry; raise --timeout if the API is slow."}, true
	case isTLSFailure(err):
		return Description{Kind: KindUpstream, Title: "TLS error",
			Meaning: "A secure connection could not be set up: " + msg,
			Next:    "Check the base URL, the system clock and the CA certificates (or an intercepting proxy)."}, true
	case errors.As(err, &dnsErr):
		return Description{Kind: KindUpstream, Title: "Cannot reach the API",
			Meaning: "The host name could not be resolved: " + msg, Next: unreachable}, true
	case errors.Is(err, syscall.ECONNREFUSED):
		return Description{Kind: KindUpstream, Title: "Cannot reach the API",
			Meaning: "The connection was refused: " + msg, Next: unreachable}, true
	case errors.As(err, &opErr), errors.As(err, &netErr), errors.As(err, &urlErr):
		return Description{Kind: KindUpstream, Title: "Cannot reach the API",
			Meaning: "The network failed: " + msg, Next: unreachable}, true
	}
	return Description{}, false
}

// statusWords explains a status, optionally refined by Adobe's error code.
type statusWords struct {
	kind          Kind
	meaning, next string
}

const (
	nextRetry    = "Retry in a moment (press r, or run the command again)."
	nextUpstream = "This is on Adobe's side: retry in a moment; if it persists, give Adobe support the request ID."
	nextBug      = "vipcx sent something the API did not accept: retry, and report it with the request ID if it persists."
	nextLogin    = "The token was rejected: run `vipcx auth login` to store a fresh token or a client secret."
)

// byStatus holds the words per HTTP status (vip-api.md §7.2).
var byStatus = map[int]statusWords{
	400: {KindBadRequest, "The API rejected the request as malformed.", nextBug},
	401: {KindCredentials, "The access token was rejected: it is invalid or has expired.", nextLogin},
	403: {KindCredentials, "Access was refused: the API key or the token's permissions were not accepted.",
		"Check the API key (the integration's client ID) and the token: run `vipcx auth login`."},
	404: {KindNotFound, "No customer with this ID is visible to your integration.",
		"Check the ID, or that the customer belongs to one of your resellers."},
	429: {KindUpstream, "Adobe is rate limiting your integration; it still refused after the retries.",
		"Wait a few seconds, then retry."},
	500: {KindUpstream, "Adobe's API failed while answering.", nextUpstream},
	502: {KindUpstream, "Adobe's gateway got no valid answer from the service behind it.", nextUpstream},
	503: {KindUpstream, "Adobe's API is unavailable for the moment.", nextUpstream},
	504: {KindUpstream, "Adobe's gateway timed out waiting for the service behind it.", nextUpstream},
}

// byCode refines the words for Adobe's error codes (vip-api.md §7.3).
var byCode = map[string]statusWords{
	"1116": {KindNotFound, "No customer with this ID is visible to your integration (Invalid Customer).",
		"Check the ID, or that the customer belongs to one of your resellers."},
	"4115": {KindCredentials, "The API key is invalid or missing.",
		"Check the API key (the integration's client ID): run `vipcx auth login`."},
	"4116": {KindCredentials, "The access token is invalid.", nextLogin},
	"4117": {KindCredentials, "The access token is missing.", "Store a token or client secret: run `vipcx auth login`."},
	"4119": {KindBadRequest, "The correlation ID was missing or invalid.", nextBug},
	"4120": {KindBadRequest, "The request ID was already used for another request.", "Retry: a fresh request ID is sent each time."},
	"4121": {KindCredentials, "Your integration may not perform this action on this customer.",
		"Check that the customer belongs to one of your resellers and that your integration may read it."},
	"1121": {KindBadRequest, "The request contained fields the API did not expect.", nextBug},
	"1124": {KindUpstream, "Adobe's API had an internal error.", nextUpstream},
}

// describeStatus explains a non-200 response.
func describeStatus(e *Error) Description {
	w, ok := byStatus[e.StatusCode]
	if !ok {
		w = otherStatus(e.StatusCode)
	}
	if c, ok := byCode[e.Code]; ok && (c.kind == w.kind || e.StatusCode == 400 || e.StatusCode == 403) {
		w.meaning, w.next = c.meaning, c.next
	}
	meaning := w.meaning
	if e.Summary != "" {
		meaning += " Body: " + e.Summary + "."
	}
	return Description{Kind: w.kind, Title: e.Status, Meaning: meaning, Code: e.Code, Message: e.Message,
		Details: e.Details, RequestID: e.RequestID, CorrelationID: e.CorrelationID, Next: w.next}
}

// otherStatus covers the statuses the API does not document for this call.
func otherStatus(code int) statusWords {
	switch {
	case code >= 500:
		return statusWords{KindUpstream, "Adobe's side failed with an undocumented status.", nextUpstream}
	case code >= 400:
		return statusWords{KindBadRequest, "The API refused the request with an undocumented status.", nextBug}
	}
	return statusWords{KindUpstream, "The API answered with an unexpected status instead of the customer.",
		"Check the base URL points at the partner API; retry."}
}
