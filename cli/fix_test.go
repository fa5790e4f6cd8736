package cli

import (
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

// TestURLAdviceNamesTheSourceInEffect: advice about a bad or unreachable
// URL names the one place it came from (flag, variable, config key), and
// for a default says so and how to override it, instead of listing every
// possible source.
func TestURLAdviceNamesTheSourceInEffect(t *testing.T) {
	cfg := writeConfig(t, "[profiles.default]\nbase_url = \"https://cfg.example\"\nims_url = \"https://ims.example\"\n")
	cases := []struct {
		name      string
		flags     globalFlags
		env       map[string]string
		fix       api.Fix
		want, not string
	}{
		{"flag", globalFlags{baseURL: "https://f.example"}, map[string]string{"VIPCX_BASE_URL": "https://e.example"},
			api.FixCheckBaseURL, "the base URL set by --base-url", "VIPCX_BASE_URL"},
		{"variable", globalFlags{}, map[string]string{"VIPCX_BASE_URL": "https://e.example"},
			api.FixCheckBaseURL, "the base URL in VIPCX_BASE_URL", "--base-url"},
		{"config", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": cfg},
			api.FixCheckNetwork, "the base URL in config " + cfg, "VIPCX_BASE_URL"},
		{"default", globalFlags{env: "sandbox"}, map[string]string{"XDG_CONFIG_HOME": t.TempDir()},
			api.FixCheckTLS, "the sandbox environment's default", "profile"},
		{"ims variable", globalFlags{}, map[string]string{"VIPCX_IMS_URL": "http://example.com"},
			api.FixCheckIMSURL, "the IMS URL in VIPCX_IMS_URL", "base URL"},
		{"ims config", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": cfg},
			api.FixCheckIMSURL, "key profiles.default.ims_url", "VIPCX_IMS_URL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{"XDG_CONFIG_HOME": t.TempDir()}
			for k, v := range tc.env {
				env[k] = v
			}
			s, err := resolveSettings(tc.flags, mapEnv(env))
			if err != nil {
				t.Fatal(err)
			}
			got := (&app{set: s}).fixText(tc.fix)
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
				t.Errorf("fixText(%v) = %q, want %q and not %q", tc.fix, got, tc.want, tc.not)
			}
		})
	}
}

// TestTokenNetworkAdviceNamesTheIMSURL: when minting a token could not
// reach IMS, the advice names the IMS URL and its source; the same failure
// talking to the API names the base URL.
func TestTokenNetworkAdviceNamesTheIMSURL(t *testing.T) {
	s, err := resolveSettings(globalFlags{baseURL: "https://api.example"},
		mapEnv(map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "VIPCX_IMS_URL": "https://ims.example"}))
	if err != nil {
		t.Fatal(err)
	}
	a := &app{set: s}
	for _, f := range []api.Fix{api.FixCheckNetwork, api.FixCheckTLS} {
		if got := a.fixFor(api.Description{Fix: f, IMS: true}); !strings.Contains(got, "the IMS URL in VIPCX_IMS_URL") || strings.Contains(got, "base URL") {
			t.Errorf("IMS %v: %q", f, got)
		}
		if got := a.fixFor(api.Description{Fix: f}); !strings.Contains(got, "the base URL set by --base-url") || strings.Contains(got, "IMS") {
			t.Errorf("API %v: %q", f, got)
		}
	}
}
