package demo

import (
	"encoding/json"
	"net/http"
)

// adobeError is the body of every CPAPI 4xx/5xx
// (https://developer.adobe.com/vipmp/docs/references/error-handling), fields in
// Adobe's order. code is a string holding the CPAPI code, as Adobe sends it.
type adobeError struct {
	Code              string   `json:"code"`
	Message           string   `json:"message"`
	AdditionalDetails []string `json:"additionalDetails"`
	InvalidFields     []string `json:"invalidFields,omitempty"`
}

// reply is a canned response for one of the demo's error IDs.
type reply struct {
	status int
	body   []byte
	html   bool // body is a gateway's HTML page, not JSON
}

// Messages of the error codes the demo sends, worded as in Adobe's table.
const (
	msgInvalidCustomer   = "Invalid Customer"
	msgServerError       = "Internal Server Error. Please try again later"
	msgAPIKeyInvalid     = "API key is invalid or missing"
	msgTokenInvalid      = "Authorization token is invalid"
	msgTokenMissing      = "Authorization token is missing"
	msgTooManyRequests   = "Too many requests"
	msgCorrelationID     = "Correlation ID is Invalid or Missing"
	msgDuplicateRequest  = "Duplicate request id, same requestId has already been processed"
	msgNotAllowed        = "You are not allowed to perform that action on this resource"
	msgMethodNotAllowed  = "Method Not Allowed"
	msgResourceNotFound  = "Resource not found"
	codeInvalidCustomer  = "1116"
	codeTokenInvalid     = "4116"
	codeCorrelationID    = "4119"
	codeAPIKeyInvalid    = "4115"
	codeTokenMissing     = "4117"
	codeMethodNotAllowed = "405"
	codeInvalidReseller  = "1115"
	msgInvalidReseller   = "Invalid Reseller"
	codeInvalidFields    = "1117"
	msgInvalidFields     = "Some Fields are Invalid"
	codeInvalidSearch    = "1132"
	msgInvalidSearch     = "Invalid search parameter"
	codeOffsetRange      = "1133"
	msgOffsetRange       = "Offset is out of range"
	msgRequestID         = "Request ID is Invalid or Missing"
)

// gatewayPage is what a proxy in front of the API might send: the client
// must summarise it, never dump it.
const gatewayPage = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>
`

// errorReplies are the error IDs; each answers the same way every time.
var errorReplies = map[string]reply{
	"demo-400":  adobeReply(http.StatusBadRequest, "4120", msgDuplicateRequest),
	"demo-401":  adobeReply(http.StatusUnauthorized, codeTokenInvalid, msgTokenInvalid),
	"demo-403":  adobeReply(http.StatusForbidden, "4121", msgNotAllowed),
	"demo-404":  adobeReply(http.StatusNotFound, codeInvalidCustomer, msgInvalidCustomer),
	throttledID: adobeReply(http.StatusTooManyRequests, "4118", msgTooManyRequests), // first attempt only; see throttledID
	"demo-500":  adobeReply(http.StatusInternalServerError, "1124", msgServerError),
	"demo-502":  {status: http.StatusBadGateway, body: []byte(gatewayPage), html: true},
}

// adobeReply builds an Adobe-shaped error reply. additionalDetails is always
// an array (never null), as in Adobe's examples.
func adobeReply(status int, code, message string, details ...string) reply {
	if details == nil {
		details = []string{}
	}
	b, err := json.Marshal(adobeError{Code: code, Message: message, AdditionalDetails: details})
	if err != nil {
		panic("demo: " + err.Error()) // a struct of strings always marshals
	}
	return reply{status: status, body: b}
}

// write sends the reply with the headers the real API would set.
func (r reply) write(w http.ResponseWriter) {
	h := w.Header()
	if r.html {
		h.Set("Content-Type", "text/html; charset=utf-8")
	} else {
		h.Set("Content-Type", "application/json")
	}
	w.WriteHeader(r.status)
	_, _ = w.Write(r.body)
}

// writeInvalid sends a 400 naming the offending parameters in
// invalidFields, as Adobe documents for 1117.
func writeInvalid(w http.ResponseWriter, code, message string, fields []string) {
	b, err := json.Marshal(adobeError{Code: code, Message: message, AdditionalDetails: []string{}, InvalidFields: fields})
	if err != nil {
		panic("demo: " + err.Error())
	}
	reply{status: http.StatusBadRequest, body: b}.write(w)
}

// writeAdobeError sends one Adobe-shaped error.
func writeAdobeError(w http.ResponseWriter, status int, code, message string, details ...string) {
	adobeReply(status, code, message, details...).write(w)
}
