package api

import "fmt"

// IMSError is a refusal from Adobe IMS's token endpoint, in IMS's own error
// shape ({"error": "invalid_client", "error_description": "..."}). Its fields
// are sanitized; the client secret is never echoed.
type IMSError struct {
	StatusCode  int
	Code        string // "invalid_client", "invalid_scope", "unsupported_grant_type"...
	Description string
}

// Error implements error with a sentence that names what IMS refused.
func (e *IMSError) Error() string {
	what := map[string]string{
		"invalid_client":         "the API key (client ID) or client secret was not accepted",
		"invalid_scope":          "the scope was not accepted; check it against the credential's page in the Adobe Developer Console",
		"unsupported_grant_type": "the grant type was not accepted",
	}[e.Code]
	switch {
	case what != "" && e.Description != "":
		return fmt.Sprintf("IMS token request refused (%d %s): %s (%s)", e.StatusCode, e.Code, what, e.Description)
	case what != "":
		return fmt.Sprintf("IMS token request refused (%d %s): %s", e.StatusCode, e.Code, what)
	case e.Code != "":
		return fmt.Sprintf("IMS token request refused (%d %s): %s", e.StatusCode, e.Code, e.Description)
	}
	return fmt.Sprintf("IMS token request failed (%d): %s", e.StatusCode, e.Description)
}
