package cli

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func mapEnv(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "vipcx"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "vipcx", "config.toml"), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSettingsPrecedence(t *testing.T) {
	cfg := writeConfig(t, `
profile = "work"
[profiles.work]
env = "sandbox"
timeout = "12s"
scope = "openid"
[profiles.other]
base_url = "https://other.example"
`)
	cases := []struct {
		name  string
		flags globalFlags
		env   map[string]string
		check func(t *testing.T, s settings)
	}{
		{"defaults without config", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": t.TempDir()}, func(t *testing.T, s settings) {
			if s.Profile != "default" || s.Env != "production" || s.BaseURL != "https://partners.adobe.io" ||
				s.IMSURL != "https://ims-na1.adobelogin.com" || s.Timeout != 30*time.Second || s.Scope != defaultScope {
				t.Fatalf("%+v", s)
			}
		}},
		{"config", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": cfg}, func(t *testing.T, s settings) {
			if s.Profile != "work" || s.Env != "sandbox" || s.BaseURL != "https://partnersandbox-stage.adobe.io" ||
				s.IMSURL != "https://ims-na1-stg1.adobelogin.com" || s.Timeout != 12*time.Second || s.Scope != "openid" {
				t.Fatalf("%+v", s)
			}
		}},
		{"env beats config", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": cfg, "VIPCX_PROFILE": "other", "VIPCX_IMS_URL": "http://127.0.0.1:9"}, func(t *testing.T, s settings) {
			if s.Profile != "other" || s.BaseURL != "https://other.example" || s.IMSURL != "http://127.0.0.1:9" || s.Env != "production" {
				t.Fatalf("%+v", s)
			}
		}},
		{"flags beat env", globalFlags{profile: "work", env: "production", baseURL: "https://flag.example", timeout: time.Second},
			map[string]string{"XDG_CONFIG_HOME": cfg, "VIPCX_PROFILE": "other", "VIPCX_BASE_URL": "https://env.example"}, func(t *testing.T, s settings) {
				if s.Profile != "work" || s.Env != "production" || s.BaseURL != "https://flag.example" || s.Timeout != time.Second {
					t.Fatalf("%+v", s)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := resolveSettings(c.flags, mapEnv(c.env))
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, s)
		})
	}
}

func TestSettingsErrorsAreUsageErrors(t *testing.T) {
	bad := writeConfig(t, "profile = [")
	for name, c := range map[string]struct {
		flags globalFlags
		env   map[string]string
	}{
		"unknown env":    {globalFlags{env: "staging"}, map[string]string{"XDG_CONFIG_HOME": t.TempDir()}},
		"broken config":  {globalFlags{}, map[string]string{"XDG_CONFIG_HOME": bad}},
		"negative flag":  {globalFlags{timeout: -time.Second}, map[string]string{"XDG_CONFIG_HOME": t.TempDir()}},
		"bad config dur": {globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "[profiles.default]\ntimeout = \"soon\"")}},
	} {
		_, err := resolveSettings(c.flags, mapEnv(c.env))
		if exitCode(err) != exitUsage {
			t.Errorf("%s: exit %d (%v), want 2", name, exitCode(err), err)
		}
	}
}
