// Package itest holds helpers shared by integration tests: tests that drive
// the real binary in tmux or talk to a real Secret Service. Such a test skips
// on a machine without the tool, naming the Debian package to install, unless
// VIPCX_REQUIRE_IT=1 (set by .ci/run), where a missing tool is a failure so no
// integration test can be skipped silently in CI.
package itest

import (
	"os"
	"os/exec"
	"testing"
)

// Required reports whether VIPCX_REQUIRE_IT=1 asks for every integration test to run.
func Required() bool { return os.Getenv("VIPCX_REQUIRE_IT") == "1" }

// Require returns the path of bin, or skips (fails under VIPCX_REQUIRE_IT=1)
// naming pkg, the Debian package that provides it.
func Require(t testing.TB, bin, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(bin)
	if err == nil {
		return p
	}
	if Required() {
		t.Fatalf("%s not found (VIPCX_REQUIRE_IT=1): install the Debian package %s", bin, pkg)
	}
	t.Skipf("%s not found: install the Debian package %s to run this test", bin, pkg)
	return ""
}
