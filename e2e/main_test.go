// Package e2e drives the real vipcx binary the way users and scripts meet
// it: as a process with arguments, environment and exit codes, in tmux for
// the TUI, and against a real Secret Service for credentials.
package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binPath is the vipcx binary built once for the whole package by TestMain.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vipcx-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "vipcx")
	build := exec.Command("go", "build", "-o", binPath, "github.com/vipcx/vipcx")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build vipcx:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// binary returns the path of the built vipcx.
func binary(t testing.TB) string {
	t.Helper()
	return binPath
}

// result is one finished run of the binary.
type result struct {
	stdout, stderr string
	code           int
}

// baseEnv is a clean environment for the binary: private XDG dirs, no
// VIPCX_* variables inherited from the developer's shell, and no session bus
// unless a test adds one, so nothing reaches a real keyring by accident.
func baseEnv(t testing.TB) []string {
	t.Helper()
	dir := t.TempDir()
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + os.Getenv("HOME"),
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
		"DBUS_SESSION_BUS_ADDRESS=unix:path=" + filepath.Join(dir, "no-bus"),
		"TERM=xterm-256color",
		"NO_COLOR=1",
	}
	return env
}

// run executes vipcx with args, env and stdin, with a liveness deadline (not
// a timing assertion: a hung binary fails the test instead of hanging CI).
func run(t testing.TB, env []string, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run vipcx %v: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("vipcx %v did not finish within 60s", args)
	}
	return r
}
