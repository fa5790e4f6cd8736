package api

import "strconv"

// Kind is the class of a failure. The surfaces decide what it means for
// them: `get` maps it to an exit code, the TUI to its error panel.
type Kind int

// Kinds of failure.
const (
	KindInternal     Kind = iota // a bug or an unexpected failure
	KindInvalidInput             // bad ID or insecure URL; nothing sent
	KindCredentials              // missing or rejected credentials
	KindNotFound                 // no such resource
	KindBadRequest               // the API rejected the request as bad
	KindUpstream                 // the API or the network failed
	KindCanceled                 // the user gave up
)

// String names the kind, for logs and tests.
func (k Kind) String() string {
	names := [...]string{"internal", "invalid input", "credentials", "not found", "bad request", "upstream", "canceled"}
	if k >= 0 && int(k) < len(names) {
		return names[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Fix is the kind of remedy a failure needs. The API layer knows which one
// applies but not how to ask for it: a flag (`--timeout`) is the command
// line's word and a key ("press r") the TUI's, so each surface words it.
type Fix int

// Fixes.
const (
	FixNone              Fix = iota
	FixRetry                 // a transient failure: try again
	FixRetryLater            // Adobe is failing or throttling: wait, then try again
	FixAllowMoreTime         // the answer was too slow: try again with a longer timeout
	FixCheckNetwork          // no connection to the host: check the network and the base URL
	FixCheckBaseURL          // the base URL is wrong, insecure or not the partner API
	FixCheckTLS              // the secure connection failed: clock, CA certificates, proxy
	FixCheckID               // the ID is malformed or names nothing visible
	FixCheckResellerID       // the configured reseller ID names no reseller visible to the integration
	FixCheckFields           // the API rejected named request fields
	FixAddCredentials        // no credentials were found
	FixReplaceToken          // the access token was rejected
	FixCheckAPIKey           // the API key was rejected
	FixCheckClientSecret     // IMS would not mint a token from the API key and client secret
	FixCheckAccess           // the integration may not read this resource
	FixReport                // vipcx or Adobe misbehaved: report it with the request ID
	FixRunAgain              // the user canceled: run it again when ready
	FixCheckIMSURL           // the IMS URL (where tokens are minted) is wrong or insecure
)

// String names the fix, for logs and tests.
func (f Fix) String() string {
	names := [...]string{"none", "retry", "retry later", "allow more time", "check network", "check base URL",
		"check TLS", "check ID", "check reseller ID", "check fields", "add credentials", "replace token", "check API key",
		"check client secret", "check access", "report", "run again", "check IMS URL"}
	if f >= 0 && int(f) < len(names) {
		return names[f]
	}
	return "Fix(" + strconv.Itoa(int(f)) + ")"
}
