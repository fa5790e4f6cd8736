package cli

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
)

func TestFlagsThatWouldDoNothingAreRefused(t *testing.T) {
	h := newHarness(t)
	for _, args := range [][]string{
		{"--demo", "--base-url", "https://api.example", "get", "1005512199"},
		{"--demo", "--env", "sandbox", "get", "1005512199"},
		{"auth", "login", "--check", "--demo"},
	} {
		if _, errOut, code := h.run("", args...); code != exitUsage || !strings.Contains(errOut, "--demo") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestHelpHidesFlagsTheCommandIgnores(t *testing.T) {
	h := newHarness(t)
	for _, args := range [][]string{{"auth", "--help"}, {"auth", "status", "--help"}, {"version", "--help"}, {"completion", "--help"}} {
		out, _, code := h.run("", args...)
		if code != 0 || strings.Contains(out, "--demo") || strings.Contains(out, "--theme") {
			t.Errorf("%v: exit %d, help lists --demo/--theme:\n%s", args, code, out)
		}
	}
	if out, _, _ := h.run("", "--help"); !strings.Contains(out, "--demo") {
		t.Error("root help lost --demo")
	}
	if out, _, _ := h.run("", "get", "--help"); !strings.Contains(out, "--demo") {
		t.Error("get help lost --demo")
	}
}

func TestSmallCLIFixes(t *testing.T) {
	h := newHarness(t)
	if out, _, code := h.run("", "--version"); code != 0 || !strings.HasPrefix(out, "vipcx test\n") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	if _, errOut, code := h.run("", "completion", "tcsh"); code != exitUsage || !strings.Contains(errOut, "tcsh") {
		t.Errorf("completion tcsh: exit %d, %q", code, errOut)
	}
	if _, errOut, code := h.run("", "get"); code != exitUsage || !strings.Contains(errOut, "needs a customer ID") {
		t.Errorf("get without ID: exit %d, %q", code, errOut)
	}
	if out, errOut, code := h.run("", "get", " 1005512199\t", "--demo"); code != 0 || !strings.Contains(out, "1005512199") {
		t.Errorf("get with spaces: exit %d, %q %q", code, out, errOut)
	}
}

func TestVCSCommit(t *testing.T) {
	for want, s := range map[string][]debug.BuildSetting{
		"unknown":           nil,
		"abc123":            {{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "false"}},
		"abc123 (modified)": {{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}},
	} {
		if got := vcsCommit(s); got != want {
			t.Errorf("vcsCommit(%v) = %q, want %q", s, got, want)
		}
	}
}

// TestDemoHonoursTimeout: --timeout is not among the flags --demo ignores;
// demo-slow (8 s) times out under a 50 ms attempt timeout, as a slow API
// would, instead of the flag silently doing nothing.
func TestDemoHonoursTimeout(t *testing.T) {
	h := newHarness(t)
	_, errOut, code := h.run("", "get", "demo-slow", "--demo", "--timeout", "50ms")
	if want := exitFor(api.KindUpstream); code != want || !strings.Contains(errOut, "--timeout (now 50ms)") {
		t.Fatalf("exit %d, want %d; stderr %q", code, want, errOut)
	}
	if _, errOut, code := h.run("", "get", "demo-404", "--demo", "--timeout", "-1s"); code != exitUsage || !strings.Contains(errOut, "--timeout") {
		t.Errorf("negative --timeout with --demo: exit %d, stderr %q", code, errOut)
	}
}
