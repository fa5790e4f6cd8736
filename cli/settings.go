package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"
)

// Environments the contract names, with their API and IMS base URLs
// (vip-api.md §1).
var environments = map[string]struct{ api, ims string }{
	"production": {"https://partners.adobe.io", "https://ims-na1.adobelogin.com"},
	"sandbox":    {"https://partnersandbox-stage.adobe.io", "https://ims-na1-stg1.adobelogin.com"},
}

const (
	defaultProfile        = "default"
	defaultEnv            = "production"
	defaultScope          = "openid,AdobeID,read_organizations"
	defaultTimeout        = 30 * time.Second
	defaultKeyringTimeout = 5 * time.Second
)

// settings is everything but credentials, resolved with the contract's
// precedence: flags, then VIPCX_* variables, then the config file, then
// defaults.
type settings struct {
	Profile        string
	Env            string
	BaseURL        string
	IMSURL         string
	Scope          string
	Timeout        time.Duration
	KeyringTimeout time.Duration
	ConfigPath     string
	StateDir       string
}

// fileConfig is config.toml: an optional active profile and per-profile
// settings. Credentials never live here.
type fileConfig struct {
	Profile  string                   `toml:"profile"`
	Profiles map[string]profileConfig `toml:"profiles"`
}

type profileConfig struct {
	Env            string `toml:"env"`
	BaseURL        string `toml:"base_url"`
	IMSURL         string `toml:"ims_url"`
	Scope          string `toml:"scope"`
	Timeout        string `toml:"timeout"`
	KeyringTimeout string `toml:"keyring_timeout"`
}

// globalFlags are the persistent flags as parsed; empty means "not given".
type globalFlags struct {
	demo    bool
	debug   bool
	profile string
	env     string
	baseURL string
	timeout time.Duration
	theme   string
}

// resolveSettings applies the precedence. getenv is os.LookupEnv in
// production and a map in tests.
func resolveSettings(f globalFlags, getenv func(string) (string, bool)) (settings, error) {
	s := settings{ConfigPath: configPath(getenv), StateDir: stateDir(getenv)}
	cfg, err := loadConfig(s.ConfigPath)
	if err != nil {
		return s, usageError("config %s: %v", s.ConfigPath, err)
	}
	s.Profile = first(f.profile, env(getenv, "VIPCX_PROFILE"), cfg.Profile, defaultProfile)
	p := cfg.Profiles[s.Profile]
	s.Env = first(f.env, env(getenv, "VIPCX_ENV"), p.Env, defaultEnv)
	urls, ok := environments[s.Env]
	if !ok {
		return s, usageError("unknown environment %q: use sandbox or production", s.Env)
	}
	s.BaseURL = first(f.baseURL, env(getenv, "VIPCX_BASE_URL"), p.BaseURL, urls.api)
	s.IMSURL = first(env(getenv, "VIPCX_IMS_URL"), p.IMSURL, urls.ims)
	s.Scope = first(p.Scope, defaultScope)
	if s.Timeout, err = duration(f.timeout, p.Timeout, defaultTimeout); err != nil {
		return s, usageError("timeout: %v", err)
	}
	if s.KeyringTimeout, err = duration(0, p.KeyringTimeout, defaultKeyringTimeout); err != nil {
		return s, usageError("keyring_timeout: %v", err)
	}
	return s, nil
}

func loadConfig(path string) (fileConfig, error) {
	var cfg fileConfig
	_, err := toml.DecodeFile(path, &cfg)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	return cfg, err
}

func duration(flag time.Duration, text string, def time.Duration) (time.Duration, error) {
	if flag != 0 {
		return positive(flag)
	}
	if text == "" {
		return def, nil
	}
	d, err := time.ParseDuration(text)
	if err != nil {
		return 0, err
	}
	return positive(d)
}

func positive(d time.Duration) (time.Duration, error) {
	if d <= 0 {
		return 0, fmt.Errorf("must be positive, got %s", d)
	}
	return d, nil
}

func configPath(getenv func(string) (string, bool)) string {
	return filepath.Join(xdgDir(getenv, "XDG_CONFIG_HOME", ".config"), "vipcx", "config.toml")
}

func stateDir(getenv func(string) (string, bool)) string {
	return filepath.Join(xdgDir(getenv, "XDG_STATE_HOME", filepath.Join(".local", "state")), "vipcx")
}

// xdgDir follows the XDG base-directory spec: the variable if it is an
// absolute path, else the fallback under the home directory.
func xdgDir(getenv func(string) (string, bool), name, fallback string) string {
	if v := env(getenv, name); filepath.IsAbs(v) {
		return v
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = os.TempDir()
	}
	return filepath.Join(home, fallback)
}

func env(getenv func(string) (string, bool), name string) string {
	v, _ := getenv(name)
	return v
}

// first returns the first non-empty value.
func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
