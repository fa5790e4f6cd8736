package cli

import (
	"runtime/debug"
	"strings"
	"testing"
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
