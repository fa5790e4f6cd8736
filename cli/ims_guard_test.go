package cli

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api/demo"
)

// TestLocalAPIWithoutIMSURLKeepsTheSecret: with the base URL on this
// machine (the demo server) and VIPCX_IMS_URL unset, a client secret must
// not be posted to Adobe's real IMS; vipcx says what to set instead. With
// the variable set, the same secret mints from the local IMS.
func TestLocalAPIWithoutIMSURLKeepsTheSecret(t *testing.T) {
	h := newHarness(t)
	delete(h.env, "VIPCX_IMS_URL")
	h.env["VIPCX_API_KEY"], h.env["VIPCX_CLIENT_SECRET"] = demo.DemoAPIKey, demo.DemoClientSecret
	_, errOut, code := h.run("", "get", "9876543210")
	if code != exitUsage || !strings.Contains(errOut, "VIPCX_IMS_URL") || !strings.Contains(errOut, "demo-server") {
		t.Fatalf("exit %d, stderr %q; want exit %d naming VIPCX_IMS_URL and demo-server", code, errOut, exitUsage)
	}
	if strings.Contains(errOut, demo.DemoClientSecret) {
		t.Fatal("the secret was printed")
	}
	h.env["VIPCX_IMS_URL"] = h.base
	if _, errOut, code = h.run("", "get", "9876543210"); code != 0 {
		t.Fatalf("with VIPCX_IMS_URL set: exit %d, stderr %q", code, errOut)
	}
}

// An access token never goes to IMS, and a remote base URL keeps the
// default IMS: only the loopback-without-IMS case is refused.
func TestIMSGuardOnlyRefusesALocalAPIWithDefaultIMS(t *testing.T) {
	for _, c := range []struct {
		base       string
		imsDefault bool
		refused    bool
	}{
		{"http://127.0.0.1:8080", true, true},
		{"http://[::1]:8080", true, true},
		{"https://localhost:8443", true, true},
		{"http://127.0.0.1:8080", false, false},
		{"https://partners.adobe.io", true, false},
	} {
		s := settings{BaseURL: c.base, IMSURL: "https://ims-na1.adobelogin.com", IMSURLSource: "$VIPCX_IMS_URL"}
		if c.imsDefault {
			s.IMSURLSource = "default ims_url"
		}
		a := &app{set: s}
		if err := a.checkIMSForLocalAPI(); (err != nil) != c.refused {
			t.Errorf("%s (default IMS %v): err %v, want refused %v", c.base, c.imsDefault, err, c.refused)
		}
	}
}
