package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vipcx/vipcx/internal/localfile"
)

// maxConfigSize caps config.toml: a real one is a few hundred bytes, and a
// cap keeps a link to /dev/zero or a huge file from exhausting memory.
const maxConfigSize = 1 << 20

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
	ResellerID     string `toml:"reseller_id"`
}

// loadConfig reads config.toml through localfile (no links, no FIFOs, only
// the user's own file, at most maxConfigSize) and returns it with the keys
// it does not know, so a typo such as `timout` is reported, not ignored.
// An empty path (no home directory) or a missing file is an empty config.
func loadConfig(path string) (fileConfig, []string, error) {
	var cfg fileConfig
	if path == "" {
		return cfg, nil, nil
	}
	b, err := localfile.ReadFile(path, maxConfigSize)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil, nil
	}
	if err != nil {
		return cfg, nil, err
	}
	md, err := toml.Decode(string(b), &cfg)
	if err != nil {
		return cfg, nil, tomlError(path, b, err)
	}
	var unknown []string
	for _, k := range md.Undecoded() {
		unknown = append(unknown, k.String())
	}
	sort.Strings(unknown)
	return cfg, unknown, nil
}

// tomlError names the file and the line of the mistake. The parser's own
// line number counts a newline it tripped over as part of the next line, so
// "[profiles.work" with no "]" was reported one line too late; the line is
// computed here from the error's byte offset instead.
func tomlError(path string, src []byte, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", path, err)
	}
	line := pe.Position.Line
	if off := pe.Position.Start; off >= 0 && off <= len(src) {
		line = 1 + bytes.Count(src[:off], []byte("\n"))
	}
	return fmt.Errorf("%s line %d: %s", path, line, pe.Message)
}

// checkProfileDefined refuses `profile = "x"` in the config when no
// [profiles.x] table exists: it is almost always a typo, and the profile it
// names would otherwise be used silently with default settings.
func checkProfileDefined(path string, cfg fileConfig) error {
	if cfg.Profile == "" || cfg.Profile == defaultProfile {
		return nil
	}
	if _, ok := cfg.Profiles[cfg.Profile]; ok {
		return nil
	}
	names := make([]string, 0, len(cfg.Profiles))
	for n := range cfg.Profiles {
		names = append(names, n)
	}
	sort.Strings(names)
	known := "none"
	if len(names) > 0 {
		known = strings.Join(names, ", ")
	}
	return fmt.Errorf("%s: profile = %q names no [profiles.%s] table (defined: %s)", path, cfg.Profile, cfg.Profile, known)
}
