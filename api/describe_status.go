package api

import (
	"strings"

	"github.com/vipcx/vipcx/sanitize"
)

// statusWords explains a status, optionally refined by Adobe's error code.
// A meaning may name {resource}: what the request was about.
type statusWords struct {
	kind    Kind
	fix     Fix
	meaning string
}

// byStatus holds the words per HTTP status
// (https://developer.adobe.com/vipmp/docs/references/error-handling).
var byStatus = map[int]statusWords{
	400: {KindBadRequest, FixReport, "The API rejected the request as malformed."},
	401: {KindCredentials, FixReplaceToken, "The access token was rejected: it is invalid or has expired."},
	403: {KindCredentials, FixCheckAPIKey, "Access was refused: the API key or the token's permissions were not accepted."},
	404: {KindNotFound, FixCheckID, "No {resource} with this ID is visible to your integration."},
	429: {KindUpstream, FixRetryLater, "Adobe is rate limiting your integration (too many requests); it still refused after the retries."},
	500: {KindUpstream, FixRetryLater, "Adobe's API failed while answering."},
	502: {KindUpstream, FixRetryLater, "Adobe's gateway got no valid answer from the service behind it."},
	503: {KindUpstream, FixRetryLater, "Adobe's API is unavailable for the moment."},
	504: {KindUpstream, FixRetryLater, "Adobe's gateway timed out waiting for the service behind it."},
}

// byCode refines the words for Adobe's error codes (same page; 1115 from
// https://developer.adobe.com/vipmp/docs/reseller-account/get-reseller-account,
// 1132 and 1133 from https://developer.adobe.com/vipmp/docs/order-management/get-order).
var byCode = map[string]statusWords{
	"1115": {KindNotFound, FixCheckResellerID, "No such reseller: no reseller with this ID is visible to your integration (Invalid Reseller)."},
	"1116": {KindNotFound, FixCheckID, "No customer with this ID is visible to your integration (Invalid Customer)."},
	"1117": {KindBadRequest, FixCheckFields, "Some fields of the request are invalid."},
	"1132": {KindBadRequest, FixCheckFields, "A search parameter is invalid."},
	"1133": {KindBadRequest, FixCheckFields, "The offset is out of range: there are not that many results."},
	"2115": {KindNotFound, FixCheckID, "No such order for this customer (Invalid Customer or Order ID)."},
	"3115": {KindNotFound, FixCheckID, "No such subscription for this customer (Invalid Customer or Subscription ID)."},
	"4115": {KindCredentials, FixCheckAPIKey, "The API key is invalid or missing."},
	"4116": {KindCredentials, FixReplaceToken, "The access token is invalid."},
	"4117": {KindCredentials, FixAddCredentials, "The access token is missing."},
	"4118": {KindUpstream, FixRetryLater, "Adobe is rate limiting your integration (too many requests); it still refused after the retries."},
	"4119": {KindBadRequest, FixReport, "The correlation ID was missing or invalid."},
	"4120": {KindBadRequest, FixRetry, "The request ID was already used for another request; a fresh one is sent each time."},
	"4121": {KindCredentials, FixCheckAccess, "Your integration may not perform this action on this resource."},
	"1121": {KindBadRequest, FixReport, "The request contained fields the API did not expect."},
	"1124": {KindUpstream, FixRetryLater, "Adobe's API had an internal error."},
}

// describeStatus explains a non-200 response.
func describeStatus(e *Error) Description {
	w, ok := byStatus[e.StatusCode]
	if !ok {
		w = otherStatus(e.StatusCode)
	}
	if c, ok := byCode[e.Code]; ok && (c.kind == w.kind || e.StatusCode == 400 || e.StatusCode == 403) {
		w = c
	}
	meaning := w.meaning
	meaning = strings.ReplaceAll(meaning, "{resource}", singular(e.Resource))
	if e.Summary != "" {
		meaning += " Body: " + e.Summary + "."
	}
	return Description{Kind: w.kind, Fix: w.fix, Title: e.Status, Meaning: meaning, Resource: e.Resource,
		Code: e.Code, Message: e.Message, Details: e.Details, InvalidFields: safeLines(e.InvalidFields),
		RequestID: e.RequestID, CorrelationID: e.CorrelationID}
}

// singular is the resource named in a 404: a list request that finds
// nothing was about its parent, and an unnamed one was about a customer,
// the only resource fetched before resources were named.
func singular(resource string) string {
	switch resource {
	case "", "customer", "customers", "subscriptions", "orders":
		return "customer"
	}
	return resource
}

// otherStatus covers the statuses the API does not document for this call.
func otherStatus(code int) statusWords {
	switch {
	case code >= 500:
		return statusWords{KindUpstream, FixRetryLater, "Adobe's side failed with an undocumented status."}
	case code >= 400:
		return statusWords{KindBadRequest, FixReport, "The API refused the request with an undocumented status."}
	}
	return statusWords{KindUpstream, FixCheckBaseURL, "The API answered with an unexpected status instead of the data."}
}

// safeLines cleans each entry for one line of a terminal. Description
// promises printable text, and invalidFields may reach here from a body
// decoded before they were kept.
func safeLines(in []string) []string {
	if len(in) == 0 {
		return nil
	}
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = clipRunes(sanitize.Line(s), 200)
	}
	return out
}
