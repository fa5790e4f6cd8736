package ui

import (
	"strings"

	"github.com/vipcx/vipcx/api"
)

// errPanelMaxWidth keeps the error panel a readable paragraph on very wide
// terminals instead of one long line.
const errPanelMaxWidth = 100

// renderErrorFor draws the error panel: what failed (status and its
// meaning), what Adobe said (code, message, details), the IDs support will
// ask for, and the one next step. What happened comes from api.Describe, as
// for `vipcx get`; the next step is worded here, in the TUI's keys, naming
// where a rejected credential or the URL in use came from (adv).
func renderErrorFor(d api.Description, st styles, width int, adv advice) string {
	outer := min(width, errPanelMaxWidth)
	inner := max(outer-4, 1) // border and padding on each side
	panel := st.errPanel.Width(inner + 2).Render(strings.Join(errorLines(d, st, inner, adv), "\n"))
	return fitWidth(panel, width)
}

// errorLines is the panel's content, in blocks separated by blank lines,
// each wrapped to w cells.
func errorLines(d api.Description, st styles, w int, adv advice) []string {
	lines := []string{st.errTitle.Render(clip(symBad+orNone(d.Title), w))}
	if d.Meaning != "" {
		lines = append(lines, wrapTo(d.Meaning, w)...)
	}
	if said := adobeSaid(d); said != "" {
		lines = append(append(lines, ""), wrapTo(said, w)...)
	}
	for _, detail := range d.Details {
		lines = append(lines, wrapTo("• "+detail, w)...)
	}
	if len(d.InvalidFields) > 0 {
		lines = append(lines, wrapTo("Invalid fields: "+strings.Join(d.InvalidFields, ", "), w)...)
	}
	if ids := requestIDs(d); len(ids) > 0 {
		lines = append(lines, "")
		for _, id := range ids {
			lines = append(lines, st.muted.Render(clip(id, w)))
		}
	}
	if fix := adv.fixFor(d); fix != "" {
		next := wrapTo("Next: "+fix, w)
		next[0] = st.title.Render("Next:") + strings.TrimPrefix(next[0], "Next:")
		lines = append(append(lines, ""), next...)
	}
	return lines
}

// adobeSaid is the API's own error code and message, as one line:
// "Adobe code 1116: Invalid Customer".
func adobeSaid(d api.Description) string {
	switch {
	case d.Code != "" && d.Message != "":
		return "Adobe code " + d.Code + ": " + d.Message
	case d.Code != "":
		return "Adobe code " + d.Code
	case d.Message != "":
		return "Adobe says: " + d.Message
	}
	return ""
}

// requestIDs are the identifiers that let Adobe support find the request.
func requestIDs(d api.Description) []string {
	var ids []string
	if d.RequestID != "" {
		ids = append(ids, "Request ID "+d.RequestID)
	}
	if d.CorrelationID != "" {
		ids = append(ids, "Correlation ID "+d.CorrelationID)
	}
	return ids
}

// fixWords word each api.Fix for the TUI: keys it can press, never flags.
// Network and TLS advice names a URL and is worded by advice.fixFor.
var fixWords = map[api.Fix]string{
	api.FixRetry:             "Press r to try again.",
	api.FixRetryLater:        "This is on Adobe's side: wait a moment, then press r; if it persists, give Adobe support the request ID.",
	api.FixAllowMoreTime:     "Press r to try again; if the API is slow, allow more time: timeout in the config file, or the --timeout option at start.",
	api.FixCheckBaseURL:      "Check the base URL in the config file or VIPCX_BASE_URL points at the partner API.",
	api.FixCheckID:           "Check the ID: is it typed right, and does it belong to one of your resellers? Press / for a new search.",
	api.FixCheckResellerID:   "Check the reseller ID, then start vipcx again with the right one.",
	api.FixCheckFields:       "Correct the fields named above.",
	api.FixAddCredentials:    "Enter an API key with a token or client secret, or set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET.",
	api.FixReplaceToken:      "The access token was not accepted: store a fresh token or a client secret (vipcx auth login), or replace VIPCX_ACCESS_TOKEN if it is set.",
	api.FixCheckAPIKey:       "Check the API key (the integration's client ID) and the token's permissions.",
	api.FixCheckClientSecret: "Check the API key and client secret.",
	api.FixCheckAccess:       "Check that the customer belongs to one of your resellers and that your integration may read it.",
	api.FixReport:            "Press r to try again; if it persists, report it with the request ID.",
	api.FixRunAgain:          "Press / to search again.",
	api.FixCheckIMSURL:       "Check the IMS URL (VIPCX_IMS_URL or ims_url in the config file), then start vipcx again.",
}
