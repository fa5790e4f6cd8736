package cli

import (
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
)

// credSources records where the credentials of this run came from, so
// advice about a rejected one names the place to fix: VIPCX_ACCESS_TOKEN in
// the environment overrides the keyring, and "run vipcx auth login" cannot
// fix it.
type credSources struct {
	apiKey, token, secret keys.Source
}

func sourcesOf(c keys.Credentials) credSources {
	return credSources{apiKey: c.APIKeySource, token: c.AccessTokenSource, secret: c.ClientSecretSource}
}

const loginAdvice = "Run `vipcx auth login`, or set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET."

// fixText words an api.Fix for the command line when nothing else is known
// of the failure.
func (a *app) fixText(f api.Fix) string { return a.fixFor(api.Description{Fix: f}) }

// fixFor words d's fix for the command line: flags and commands are named
// here, never in api. A network or TLS failure while minting a token
// happened on the way to IMS, so its advice names the IMS URL and where it
// came from, not the base URL.
func (a *app) fixFor(d api.Description) string {
	url := a.urlFrom("base URL", a.set.BaseURLSource)
	if d.IMS {
		url = a.urlFrom("IMS URL", a.set.IMSURLSource)
	}
	switch d.Fix {
	case api.FixReplaceToken:
		return a.tokenAdvice()
	case api.FixCheckAPIKey:
		return sourceAdvice(a.used.apiKey, "VIPCX_API_KEY", "the API key (the integration's client ID)")
	case api.FixCheckClientSecret:
		return sourceAdvice(a.used.secret, "VIPCX_CLIENT_SECRET", "the API key and client secret")
	case api.FixCheckResellerID:
		return "Check the reseller ID; to use another, " + a.resellerHowTo() + "."
	case api.FixAllowMoreTime:
		return "Retry; if the API is slow, allow more time with --timeout (now " + a.set.Timeout.String() + ")."
	case api.FixCheckBaseURL:
		return "Check " + a.urlFrom("base URL", a.set.BaseURLSource) + ": it must point at the partner API."
	case api.FixCheckIMSURL:
		return "Check " + a.urlFrom("IMS URL", a.set.IMSURLSource) + ": it must point at Adobe IMS or a local token endpoint."
	case api.FixCheckNetwork:
		return "Check the network connection and " + url + ", then run the command again."
	case api.FixCheckTLS:
		return "Check " + url + ", the system clock and the CA certificates (or an intercepting proxy)."
	case api.FixReport:
		return "Retry; if it persists, run with --debug and report it with the request ID."
	}
	return commonFix[d.Fix]
}

// commonFix words the fixes that need no flag or credential source.
var commonFix = map[api.Fix]string{
	api.FixRetry:          "Run the command again.",
	api.FixRetryLater:     "This is on Adobe's side: wait a moment and run the command again; if it persists, give Adobe support the request ID.",
	api.FixCheckID:        "Check the ID: is it typed right, and does it belong to one of your resellers?",
	api.FixCheckFields:    "Correct the fields named above and run the command again.",
	api.FixAddCredentials: loginAdvice,
	api.FixCheckAccess:    "Check that the customer belongs to one of your resellers and that your integration may read it.",
	api.FixRunAgain:       "Run it again when ready.",
}

// tokenAdvice names where the rejected token came from.
func (a *app) tokenAdvice() string {
	switch {
	case a.used.token == keys.SourceEnv:
		return "The token came from VIPCX_ACCESS_TOKEN, which overrides the keyring: set a fresh token there, or unset it to use the keyring."
	case a.used.token == keys.SourceKeyring:
		return "The token came from the keyring: run `vipcx auth login` to store a fresh token or a client secret."
	case a.used.secret == keys.SourceEnv:
		return "The token was minted from VIPCX_CLIENT_SECRET: check it and VIPCX_API_KEY."
	}
	return "Run `vipcx auth login` to store a fresh token or a client secret."
}

// sourceAdvice names the variable to fix when a credential came from the
// environment, else the login command.
func sourceAdvice(src keys.Source, variable, what string) string {
	if src == keys.SourceEnv {
		return "Check " + what + ": " + variable + " in the environment was used (it overrides the keyring)."
	}
	return "Check " + what + ": run `vipcx auth login`."
}

// urlFrom names a URL setting with the one source in effect, as resolved
// by the settings: "the base URL set by --base-url", "the IMS URL in
// VIPCX_IMS_URL", "the base URL in config <path> key <key>". A default is
// called what it is, the environment's, so the advice says how to
// override it instead of pointing at a setting nobody made.
func (a *app) urlFrom(what, src string) string {
	switch {
	case src == "":
		return "the " + what
	case strings.HasPrefix(src, "--"):
		return "the " + what + " set by " + src
	case strings.HasPrefix(src, "$"):
		return "the " + what + " in " + strings.TrimPrefix(src, "$") + " (it overrides the config file)"
	case strings.HasPrefix(src, "default "):
		return "the " + what + " (the " + a.set.Env + " environment's default; override it with " + overrideFor(what) + ")"
	}
	return "the " + what + " in " + src
}

// overrideFor names the ways to set a URL other than the default.
func overrideFor(what string) string {
	if what == "IMS URL" {
		return "VIPCX_IMS_URL or ims_url in the config file"
	}
	return "--base-url, VIPCX_BASE_URL or base_url in the config file, or pick another with --env"
}
