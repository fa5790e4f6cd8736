package cli

import (
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
)

// Environments and their API and IMS base URLs (https://developer.adobe.com/vipmp/
// and, for IMS, https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/IMS).
var environments = map[string]struct{ api, ims string }{
	"production": {"https://partners.adobe.io", "https://ims-na1.adobelogin.com"},
	"sandbox":    {"https://partnersandbox-stage.adobe.io", "https://ims-na1-stg1.adobelogin.com"},
}

// The defaults of settings other packages own are theirs: one copy each, so
// the CLI's default cannot drift from what the client or keyring assumes.
const (
	defaultProfile        = keys.DefaultProfile
	defaultEnv            = "production"
	defaultScope          = api.DefaultIMSScope
	defaultTimeout        = api.DefaultAttemptTimeout
	defaultKeyringTimeout = keys.DefaultTimeout
)

// profileName is what a profile may be called. Profiles become keyring
// account names, and on macOS go-keyring hands those to `security -i`,
// where a newline or quote could start another command.
var profileName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// settings is everything but credentials, resolved with the precedence:
// flags, then VIPCX_* variables, then the config file, then defaults.
type settings struct {
	Profile        string
	Env            string
	BaseURL        string
	IMSURL         string
	BaseURLSource  string // where BaseURL came from ("--base-url", "$VIPCX_BASE_URL", …), for advice
	IMSURLSource   string // where IMSURL came from, likewise
	Scope          string
	Timeout        time.Duration
	KeyringTimeout time.Duration
	// ResellerID is the reseller whose customers are listed, "" when none
	// is configured; ResellerSource names where it came from, for errors.
	ResellerID     string
	ResellerSource string
	// ConfigPath and StateDir are "" when there is no home directory and
	// no XDG variable: vipcx then runs without config and state.
	ConfigPath string
	StateDir   string
	// Warnings are printed once on stderr (unknown config keys).
	Warnings []string
}

// globalFlags are the persistent flags as parsed; empty means "not given".
type globalFlags struct {
	demo     bool
	debug    bool
	profile  string
	env      string
	baseURL  string
	reseller string
	timeout  time.Duration
	theme    string
}

// resolveSettings applies the precedence. getenv is os.LookupEnv in
// production and a map in tests. Every error names where the bad value came
// from: the flag, the variable, or the file and key.
func resolveSettings(f globalFlags, getenv func(string) (string, bool)) (settings, error) {
	s := settings{ConfigPath: configPath(getenv), StateDir: stateDir(getenv)}
	cfg, unknown, err := loadConfig(s.ConfigPath)
	if err != nil {
		return s, usageError("config: %v", err)
	}
	for _, k := range unknown {
		s.Warnings = append(s.Warnings, fmt.Sprintf("%s: unknown key %q ignored", s.ConfigPath, k))
	}
	if err := checkProfileDefined(s.ConfigPath, cfg); err != nil {
		return s, usageError("config %v", err)
	}
	r := resolver{flags: f, getenv: getenv, path: s.ConfigPath}
	var src string
	s.Profile, src = r.pick(f.profile, "--profile", "VIPCX_PROFILE", cfg.Profile, "profile", defaultProfile)
	if !profileName.MatchString(s.Profile) {
		return s, usageError("%s: profile name %q: use 1 to 64 letters, digits, '.', '_' or '-'", src, s.Profile)
	}
	r.prefix = "profiles." + s.Profile + "."
	return s, r.resolveRest(&s, cfg.Profiles[s.Profile])
}

// resolveRest fills everything after the profile, which selects the
// config table the rest comes from.
func (r resolver) resolveRest(s *settings, p profileConfig) error {
	var src string
	s.Env, src = r.pick(r.flags.env, "--env", "VIPCX_ENV", p.Env, "env", defaultEnv)
	urls, ok := environments[s.Env]
	if !ok {
		return usageError("%s: unknown environment %q: use sandbox or production", src, s.Env)
	}
	s.BaseURL, src = r.pick(r.flags.baseURL, "--base-url", "VIPCX_BASE_URL", p.BaseURL, "base_url", urls.api)
	s.BaseURLSource = src
	if err := noUserinfo(src, s.BaseURL); err != nil {
		return err
	}
	s.IMSURL, src = r.pick("", "", "VIPCX_IMS_URL", p.IMSURL, "ims_url", urls.ims)
	s.IMSURLSource = src
	if err := noUserinfo(src, s.IMSURL); err != nil {
		return err
	}
	s.Scope, _ = r.pick("", "", "", p.Scope, "scope", defaultScope)
	var err error
	if s.Timeout, err = duration(r.flags.timeout, p.Timeout, defaultTimeout); err != nil {
		return usageError("%s: %v", r.source(r.flags.timeout != 0, "--timeout", "timeout"), err)
	}
	if s.KeyringTimeout, err = duration(0, p.KeyringTimeout, defaultKeyringTimeout); err != nil {
		return usageError("%s: %v", r.source(false, "", "keyring_timeout"), err)
	}
	s.ResellerID, s.ResellerSource = r.pick(r.flags.reseller, "--reseller", "VIPCX_RESELLER_ID", p.ResellerID, "reseller_id", "")
	return checkReseller(s.ResellerSource, s.ResellerID)
}

// noUserinfo refuses a URL carrying user:password@ before anything logs
// or sends it, and without repeating it: the password is the point.
func noUserinfo(src, raw string) error {
	u, err := url.Parse(raw)
	if err == nil && u.User == nil {
		return nil
	}
	if err != nil {
		return usageError("%s: not a valid URL", src)
	}
	return usageError("%s: the URL holds a user name or password (user:password@): "+
		"vipcx never puts credentials in URLs; use `vipcx auth login` or the VIPCX_* variables", src)
}

// resolver picks each value and remembers where it came from.
type resolver struct {
	flags  globalFlags
	getenv func(string) (string, bool)
	path   string // config file
	prefix string // "profiles.<name>." once the profile is known
}

// pick returns the first of flag, variable, config value and default that is
// set, with the name of its source for error messages.
func (r resolver) pick(flag, flagName, envName, cfgVal, cfgKey, def string) (string, string) {
	if flag != "" {
		return flag, flagName
	}
	if envName != "" {
		if v := env(r.getenv, envName); v != "" {
			return v, "$" + envName
		}
	}
	if cfgVal != "" {
		return cfgVal, r.source(false, "", cfgKey)
	}
	return def, "default " + cfgKey
}

// source names a flag, or a key in the config file.
func (r resolver) source(isFlag bool, flagName, cfgKey string) string {
	if isFlag {
		return flagName
	}
	return fmt.Sprintf("config %s key %s%s", r.path, r.prefix, cfgKey)
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
		return 0, fmt.Errorf("%q is not a duration such as \"30s\" or \"1m\"", text)
	}
	return positive(d)
}

func positive(d time.Duration) (time.Duration, error) {
	if d <= 0 {
		return 0, fmt.Errorf("must be positive, got %s", d)
	}
	return d, nil
}

func env(getenv func(string) (string, bool), name string) string {
	v, _ := getenv(name)
	return v
}
