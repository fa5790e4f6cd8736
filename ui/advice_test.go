package ui

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// TestAdviceNamesTheURLInEffect: network, TLS and URL advice names the
// setting cli says chose the URL; a failure on the way to IMS names the IMS
// URL; without names the advice speaks of "the base URL"; a name that holds
// a control sequence is drawn harmless.
func TestAdviceNamesTheURLInEffect(t *testing.T) {
	named := advice{urls: URLSources{BaseURL: "the base URL in VIPCX_BASE_URL", IMSURL: "the IMS URL in VIPCX_IMS_URL"}}
	for _, c := range []struct {
		name string
		adv  advice
		d    api.Description
		want string
	}{
		{"network", named, api.Description{Fix: api.FixCheckNetwork}, "Check the network connection and the base URL in VIPCX_BASE_URL, then press r."},
		{"network to IMS", named, api.Description{Fix: api.FixCheckNetwork, IMS: true}, "the IMS URL in VIPCX_IMS_URL, then press r."},
		{"TLS", named, api.Description{Fix: api.FixCheckTLS}, "Check the base URL in VIPCX_BASE_URL, the system clock"},
		{"TLS to IMS", named, api.Description{Fix: api.FixCheckTLS, IMS: true}, "Check the IMS URL in VIPCX_IMS_URL, the system clock"},
		{"base URL", named, api.Description{Fix: api.FixCheckBaseURL}, "Check the base URL in VIPCX_BASE_URL: it must point at the partner API."},
		{"IMS URL", named, api.Description{Fix: api.FixCheckIMSURL}, "Check the IMS URL in VIPCX_IMS_URL: it must point at Adobe IMS"},
		{"unnamed network", advice{}, api.Description{Fix: api.FixCheckNetwork}, "Check the network connection and the base URL, then press r."},
		{"unnamed base URL", advice{}, api.Description{Fix: api.FixCheckBaseURL}, fixWords[api.FixCheckBaseURL]},
		{"credentials unchanged", named, api.Description{Fix: api.FixCheckAPIKey}, fixWords[api.FixCheckAPIKey]},
	} {
		if got := c.adv.fixFor(c.d); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q lacks %q", c.name, got, c.want)
		}
	}
	hostile := URLSources{BaseURL: "the base URL in config /tmp/\x1b]0;pwned\x07x"}.sanitized()
	if strings.ContainsAny(hostile.BaseURL, "\x1b\x07") {
		t.Errorf("a control sequence survived: %q", hostile.BaseURL)
	}
}
