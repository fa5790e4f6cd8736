package e2e

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// envValue returns the value of name in env.
func envValue(env []string, name string) string {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok {
			return v
		}
	}
	return ""
}

// withoutVars drops the named variables from env.
func withoutVars(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		keep := true
		for _, n := range names {
			if strings.HasPrefix(kv, n+"=") {
				keep = false
			}
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}

// vipcxDir is $XDG_<kind>_HOME/vipcx of env, created 0700.
func vipcxDir(t *testing.T, env []string, kind string) string {
	t.Helper()
	dir := filepath.Join(envValue(env, "XDG_"+kind+"_HOME"), "vipcx")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestNoHomeIgnoresSharedTempDir: without HOME and the XDG variables, a
// config planted under the temp directory (the old fallback) is not read.
func TestNoHomeIgnoresSharedTempDir(t *testing.T) {
	tmp := t.TempDir()
	planted := filepath.Join(tmp, ".config", "vipcx")
	if err := os.MkdirAll(planted, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(planted, "config.toml"),
		[]byte("[profiles.default]\nbase_url = \"https://planted.example\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(withoutVars(baseEnv(t), "HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"),
		"TMPDIR="+tmp, "VIPCX_API_KEY=k", "VIPCX_ACCESS_TOKEN=t")
	r := run(t, env, "", "auth", "status")
	if strings.Contains(r.stdout, "planted.example") || !strings.Contains(r.stdout, "partners.adobe.io") {
		t.Fatalf("exit %d, read the planted config:\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = run(t, env, "", "--debug", "get", "1005512199", "--demo")
	if r.code != 0 || !strings.Contains(r.stderr, "running without config") {
		t.Fatalf("--debug without home: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(tmp, ".local")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("state was written under the temp dir (%v)", err)
	}
}

// TestHostileLocalFiles: each planted file is refused with its path named,
// promptly (a FIFO or /dev/zero once hung vipcx or exhausted its memory),
// and nothing is written through a link.
func TestHostileLocalFiles(t *testing.T) {
	cases := map[string]struct {
		file  string // "config" or "state"
		plant func(t *testing.T, path string)
		args  []string
	}{
		"FIFO config": {"CONFIG", func(t *testing.T, p string) { mkfifo(t, p) }, []string{"auth", "status"}},
		"FIFO debug.log": {"STATE", func(t *testing.T, p string) { mkfifo(t, p) },
			[]string{"--debug", "get", "1005512199", "--demo"}},
		"/dev/zero config": {"CONFIG", func(t *testing.T, p string) { symlink(t, "/dev/zero", p) }, []string{"auth", "status"}},
		"world-writable config": {"CONFIG", func(t *testing.T, p string) {
			if err := os.WriteFile(p, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, 0o666); err != nil {
				t.Fatal(err)
			}
		}, []string{"auth", "status"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			env := append(baseEnv(t), "VIPCX_API_KEY=k", "VIPCX_ACCESS_TOKEN=t")
			base := "config.toml"
			if c.file == "STATE" {
				base = "debug.log"
			}
			path := filepath.Join(vipcxDir(t, env, c.file), base)
			c.plant(t, path)
			r := run(t, env, "", c.args...)
			if r.code == 0 || !strings.Contains(r.stderr, path) {
				t.Fatalf("exit %d, stderr %q: want a refusal naming %s", r.code, r.stderr, path)
			}
		})
	}
}

// TestDebugLogLinksNotFollowed: a link to an existing file is not appended
// to or chmodded; a dangling link's target is not created.
func TestDebugLogLinksNotFollowed(t *testing.T) {
	env := baseEnv(t)
	dir := vipcxDir(t, env, "STATE")
	victim := filepath.Join(t.TempDir(), "bashrc")
	if err := os.WriteFile(victim, []byte("# mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	symlink(t, victim, filepath.Join(dir, "debug.log"))
	run(t, env, "", "--debug", "get", "1005512199", "--demo")
	if b, _ := os.ReadFile(victim); string(b) != "# mine\n" {
		t.Fatalf("the link's target was written: %q", b)
	}
	if fi, _ := os.Stat(victim); fi.Mode().Perm() != 0o644 {
		t.Fatalf("the link's target was chmodded to %04o", fi.Mode().Perm())
	}
	dangling := filepath.Join(t.TempDir(), "created")
	if err := os.Remove(filepath.Join(dir, "debug.log")); err != nil {
		t.Fatal(err)
	}
	symlink(t, dangling, filepath.Join(dir, "debug.log"))
	run(t, env, "", "--debug", "get", "1005512199", "--demo")
	if _, err := os.Lstat(dangling); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a dangling link's target was created (%v)", err)
	}
}

// TestSignalEndsGetBeforeTheTUI: SIGINT and SIGTERM during a request that
// never answers end vipcx with 128+n, as a shell expects.
func TestSignalEndsGetBeforeTheTUI(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			arrived := make(chan struct{}, 1)
			release := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				arrived <- struct{}{}
				select {
				case <-release:
				case <-r.Context().Done():
				}
			}))
			defer srv.Close()
			defer close(release)
			env := append(baseEnv(t), "VIPCX_BASE_URL="+srv.URL, "VIPCX_API_KEY=k", "VIPCX_ACCESS_TOKEN=t")
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary(t), "get", "1005512199")
			cmd.Env = env
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			<-arrived
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 128+int(sig) || ctx.Err() != nil {
				t.Fatalf("after %v: %v (exit %d), want exit %d", sig, err, cmd.ProcessState.ExitCode(), 128+int(sig))
			}
		})
	}
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
