package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNoHomeMeansNoConfigAndNoState(t *testing.T) {
	for _, env := range []map[string]string{{}, {"HOME": ""}, {"HOME": "relative"}, {"XDG_CONFIG_HOME": "rel"}} {
		s, err := resolveSettings(globalFlags{}, mapEnv(env))
		if err != nil {
			t.Fatal(err)
		}
		if s.ConfigPath != "" || s.StateDir != "" {
			t.Errorf("env %v: config %q state %q, want none (never a shared directory)", env, s.ConfigPath, s.StateDir)
		}
	}
}

func TestNoStateDirMeansNoHistoryFile(t *testing.T) {
	if p := historyPath("", "demo"); p != "" {
		t.Fatalf("history path %q without a state dir, want none", p)
	}
}

func TestConfigUnknownKeysWarned(t *testing.T) {
	dir := writeConfig(t, "[profiles.default]\ntimout = \"5s\"\n")
	s, err := resolveSettings(globalFlags{}, mapEnv(map[string]string{"XDG_CONFIG_HOME": dir}))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0], "profiles.default.timout") || !strings.Contains(s.Warnings[0], "config.toml") {
		t.Fatalf("warnings %q", s.Warnings)
	}
}

// TestSettingsErrorsNameTheirSource: the file and key, the variable or the
// flag that held the bad value.
func TestSettingsErrorsNameTheirSource(t *testing.T) {
	cases := []struct {
		name  string
		flags globalFlags
		env   map[string]string
		want  []string
	}{
		{"config timeout", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "[profiles.default]\ntimeout = \"soon\"\n")},
			[]string{"config.toml", "profiles.default.timeout", `"soon"`}},
		{"config env", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "[profiles.default]\nenv = \"stage\"\n")},
			[]string{"config.toml", "profiles.default.env"}},
		{"variable env", globalFlags{}, map[string]string{"VIPCX_ENV": "stage"}, []string{"$VIPCX_ENV"}},
		{"flag env", globalFlags{env: "stage"}, nil, []string{"--env"}},
		{"unknown profile", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "profile = \"nope\"\n[profiles.work]\n")},
			[]string{"config.toml", `"nope"`, "work"}},
		{"toml line", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "# c\n[profiles.default]\ntimeout = 5s\nenv = \"sandbox\"\n")},
			[]string{"config.toml line 3"}},
		{"toml line of an unclosed table", globalFlags{}, map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "[profiles.default\ntimeout = \"5s\"\n")},
			[]string{"config.toml line 1:"}},
	}
	for _, c := range cases {
		_, err := resolveSettings(c.flags, mapEnv(c.env))
		if exitCode(err) != exitUsage {
			t.Errorf("%s: exit %d (%v), want 2", c.name, exitCode(err), err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", c.name, err, w)
			}
		}
	}
}

// TestUserinfoURLRefusedWithoutEcho: user:password@ in any source is
// refused, and the error does not repeat the password.
func TestUserinfoURLRefusedWithoutEcho(t *testing.T) {
	cfg := writeConfig(t, "[profiles.default]\nims_url = \"https://u:cfgpass@ims.example\"\n")
	for name, c := range map[string]struct {
		flags globalFlags
		env   map[string]string
	}{
		"flag":     {globalFlags{baseURL: "https://u:flagpass@api.example"}, nil},
		"variable": {globalFlags{}, map[string]string{"VIPCX_BASE_URL": "https://u:envpass@api.example"}},
		"config":   {globalFlags{}, map[string]string{"XDG_CONFIG_HOME": cfg}},
	} {
		_, err := resolveSettings(c.flags, mapEnv(c.env))
		if exitCode(err) != exitUsage || strings.Contains(err.Error(), "pass@") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestDebugLogNeverSeesUserinfo: the refusal happens before the log opens.
func TestDebugLogNeverSeesUserinfo(t *testing.T) {
	h := newHarness(t)
	_, _, code := h.run("", "--debug", "--base-url", "https://user:hunter2@api.example", "get", "1005512199")
	if code != exitUsage {
		t.Fatalf("exit %d, want 2", code)
	}
	b, _ := os.ReadFile(filepath.Join(h.env["XDG_STATE_HOME"], "vipcx", "debug.log"))
	if strings.Contains(string(b), "hunter2") {
		t.Fatal("debug.log holds the password")
	}
}

// TestDebugLogSymlinkRefused: a planted link is not followed, its target
// not touched.
func TestDebugLogSymlinkRefused(t *testing.T) {
	h := newHarness(t)
	dir := filepath.Join(h.env["XDG_STATE_HOME"], "vipcx")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(t.TempDir(), "bashrc")
	if err := os.WriteFile(target, []byte("# rc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "debug.log")); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := h.run("", "--debug", "get", "1005512199", "--demo")
	if code == 0 || !strings.Contains(errOut, "debug.log") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	fi, _ := os.Stat(target)
	b, _ := os.ReadFile(target)
	if string(b) != "# rc\n" || fi.Mode().Perm() != 0o644 {
		t.Fatalf("link target changed: %q mode %04o", b, fi.Mode().Perm())
	}
}

// TestBrokenConfigStopsNeitherVersionNorDemo.
func TestBrokenConfigStopsNeitherVersionNorDemo(t *testing.T) {
	h := newHarness(t)
	h.env["XDG_CONFIG_HOME"] = writeConfig(t, "profile = [")
	for _, args := range [][]string{{"version"}, {"--version"}, {"get", "1005512199", "--demo"}, {"completion", "bash"}} {
		if _, errOut, code := h.run("", args...); code != 0 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if _, _, code := h.run("", "auth", "status"); code != exitUsage {
		t.Errorf("auth status with a broken config: exit %d, want 2", code)
	}
}

func TestStatusSaysWhenThereIsNoConfig(t *testing.T) {
	h := newHarness(t)
	h.env = map[string]string{"VIPCX_API_KEY": "k", "VIPCX_ACCESS_TOKEN": "t"}
	out, _, _ := h.run("", "auth", "status")
	if !strings.Contains(out, "without config and state") {
		t.Fatalf("status:\n%s", out)
	}
}

func TestDebugWithoutHomeSaysSoOnce(t *testing.T) {
	h := newHarness(t)
	h.env = map[string]string{}
	_, errOut, code := h.run("", "--debug", "get", "1005512199", "--demo")
	if code != 0 || strings.Count(errOut, "running without config") != 1 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}
