package api

import (
	"context"
	"errors"
	"strings"

	"github.com/vipcx/vipcx/sanitize"
)

// Description is how every error is explained, by `get` and the TUI alike.
// It says what happened and which kind of fix it needs; how to apply the fix
// (a flag, a key) is worded by each surface. All text in it is safe to print.
type Description struct {
	Kind Kind
	// Fix is the kind of remedy; Kind alone cannot say it (a 401 and a
	// missing key are both KindCredentials but need different steps).
	Fix Fix
	// Title is short: "404 Not Found", "Timed out", "No credentials".
	Title string
	// Meaning says in a sentence what happened.
	Meaning string
	// Resource is what the request was about ("customer", "reseller", …),
	// empty when the failure came before any request.
	Resource string
	// Code, Message and Details are Adobe's, when the body had them.
	Code, Message string
	Details       []string
	// InvalidFields are the request fields Adobe rejected (invalidFields).
	InvalidFields []string
	RequestID     string
	CorrelationID string
	// IMS is true when the failure was Adobe IMS's (its URL, or minting a
	// token), so the surfaces name the IMS URL in advice, not the base URL.
	IMS bool
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
		return Description{Kind: KindCanceled, Fix: FixRunAgain, Title: "Canceled",
			Meaning: "The request was canceled before an answer arrived."}
	case errors.As(err, &tokErr):
		d := describeToken(tokErr.err)
		d.IMS = true
		return d
	case errors.As(err, &apiErr):
		return describeStatus(apiErr)
	case errors.As(err, &bodyErr):
		d := describeBody(bodyErr)
		d.RequestID, d.CorrelationID = bodyErr.requestID, bodyErr.correlationID
		return d
	}
	if d, ok := describeLocal(err); ok {
		return d
	}
	if d, ok := describeNetwork(err, "the API"); ok {
		return d
	}
	return Description{Kind: KindInternal, Fix: FixReport, Title: "Unexpected error", Meaning: clipRunes(sanitize.Line(err.Error()), 300)}
}

// describeLocal covers failures found before anything was sent.
func describeLocal(err error) (Description, bool) {
	msg := clipRunes(sanitize.Line(err.Error()), 300)
	switch {
	case errors.Is(err, ErrInvalidID):
		return Description{Kind: KindInvalidInput, Fix: FixCheckID, Title: "Invalid customer ID",
			Meaning: reason(err, ErrInvalidID) + ". Customer IDs are 4–40 letters, digits or hyphens, e.g. 1005512199."}, true
	case errors.Is(err, ErrInsecureURL):
		return describeURL(err), true
	case errors.Is(err, ErrNoCredentials):
		return Description{Kind: KindCredentials, Fix: FixAddCredentials, Title: "No credentials", Meaning: reason(err, ErrNoCredentials)}, true
	case errors.Is(err, ErrRedirectRefused):
		return Description{Kind: KindUpstream, Fix: FixCheckBaseURL, Title: "Redirect refused",
			Meaning: "The server redirected to another host or to plain http; vipcx does not send credentials there. " + msg}, true
	}
	return Description{}, false
}

// describeURL names the refused URL setting (base or IMS URL) in the
// title and says what a usable one looks like.
func describeURL(err error) Description {
	d := Description{Kind: KindInvalidInput, Fix: FixCheckBaseURL, Title: "Insecure base URL", Meaning: reason(err, ErrInsecureURL)}
	var ue *urlError
	if errors.As(err, &ue) {
		d.Title, d.Meaning = "Insecure "+ue.which, clipRunes(sanitize.Line(ue.reason), 300)
		if ue.which == "IMS URL" {
			d.Fix, d.IMS = FixCheckIMSURL, true
		}
	}
	d.Meaning += ". Use https; for a server on this machine, http://127.0.0.1:PORT or http://[::1]:PORT (not localhost: a name could resolve elsewhere)."
	return d
}

// lowerThe continues a sentence with one that began "The …".
func lowerThe(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "t" + s[1:]
	}
	return s
}

// reason is err's message without the sentinel's own words in front, which
// the title already says ("Invalid customer ID: invalid customer ID: ...").
func reason(err, sentinel error) string {
	msg := strings.TrimPrefix(err.Error(), sentinel.Error()+": ")
	msg = strings.TrimPrefix(msg, sentinel.Error())
	if msg == "" {
		msg = sentinel.Error()
	}
	return clipRunes(sanitize.Line(msg), 300)
}

// describeBody covers a 200 whose body could not be used. The meaning says
// what was wrong and what the body looked like, without the words of the
// title ("malformed response") or the request ID, which has its own line.
func describeBody(e *bodyError) Description {
	if errors.Is(e.err, context.DeadlineExceeded) {
		return Description{Kind: KindUpstream, Fix: FixAllowMoreTime, Title: "Timed out",
			Meaning: "The answer started but stopped arriving before the time allowed ran out."}
	}
	d := Description{Kind: KindUpstream, Fix: FixReport, Title: "Malformed response", Meaning: reason(e.err, ErrMalformedResponse)}
	if errors.Is(e.err, ErrResponseTooLarge) {
		d.Fix, d.Title, d.Meaning = FixCheckBaseURL, "Response too large", reason(e.err, ErrResponseTooLarge)
	}
	if e.summary != "" {
		d.Meaning = clipRunes(d.Meaning+": "+e.summary, 300)
	}
	return d
}

// describeToken covers a token source that failed: a network failure is
// described as such, anything else as a credentials problem.
func describeToken(inner error) Description {
	if d, ok := describeNetwork(inner, "Adobe IMS"); ok {
		d.Meaning = "Getting an access token failed: " + lowerThe(d.Meaning)
		return d
	}
	d := Description{Kind: KindCredentials, Fix: FixCheckClientSecret, Title: "Could not get an access token",
		Meaning: clipRunes(sanitize.Line(inner.Error()), 300)}
	if errors.Is(inner, ErrMalformedResponse) || errors.Is(inner, ErrResponseTooLarge) {
		// IMS answered 200 with something that is not a token: its failure,
		// not the user's credentials.
		d.Kind, d.Fix = KindUpstream, FixRetryLater
		d.Meaning = "Adobe IMS sent no usable token: " + d.Meaning
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
	if status >= 500 || status == 429 {
		d.Kind, d.Fix = KindUpstream, FixRetryLater
		d.Meaning = "Adobe IMS is failing or throttling: " + d.Meaning
	}
	return d
}
