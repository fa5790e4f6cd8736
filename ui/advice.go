package ui

import (
	"cmp"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/sanitize"
)

// URLSources name, in words, the URL settings in effect and where each came
// from ("the base URL in VIPCX_BASE_URL (it overrides the config file)"),
// so network, TLS and URL advice points at the one place to fix, as `get`'s
// does. cli words them; empty fields give advice about "the base URL".
type URLSources struct {
	BaseURL, IMSURL string
}

// sanitized is u safe to draw: the names hold a config file's path.
func (u URLSources) sanitized() URLSources {
	return URLSources{BaseURL: sanitize.Line(u.BaseURL), IMSURL: sanitize.Line(u.IMSURL)}
}

// advice is what the error panel's next step needs beyond the failure:
// where the credentials and the URLs in use came from.
type advice struct {
	creds CredentialSources
	urls  URLSources
}

// fixFor is the panel's next step for d, "" for none. A network or TLS
// failure while minting a token happened on the way to IMS, so it names
// the IMS URL.
func (a advice) fixFor(d api.Description) string {
	base, ims := cmp.Or(a.urls.BaseURL, "the base URL"), cmp.Or(a.urls.IMSURL, "the IMS URL")
	if d.IMS {
		base = ims
	}
	switch d.Fix {
	case api.FixCheckNetwork:
		return "Check the network connection and " + base + ", then press r."
	case api.FixCheckTLS:
		return "Check " + base + ", the system clock and the CA certificates (or an intercepting proxy)."
	case api.FixCheckBaseURL:
		if a.urls.BaseURL != "" {
			return "Check " + base + ": it must point at the partner API. Then start vipcx again."
		}
	case api.FixCheckIMSURL:
		if a.urls.IMSURL != "" {
			return "Check " + ims + ": it must point at Adobe IMS or a local token endpoint. Then start vipcx again."
		}
	}
	return a.creds.fixText(d.Fix)
}
