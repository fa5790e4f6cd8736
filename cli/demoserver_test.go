package cli

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/keys"
)

// bannerWriter collects the demo-server's output and ends the command once
// the banner is complete, so the test needs no timing.
type bannerWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
}

func (w *bannerWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), "Ctrl+C stops the server.") {
		w.cancel()
	}
	return len(p), nil
}

// runDemoServer runs `vipcx demo-server args…` until its banner is printed.
func runDemoServer(t *testing.T, args ...string) (out, errOut string, code int) {
	t.Helper()
	dir := t.TempDir()
	return runDemoServerEnv(t, map[string]string{"XDG_CONFIG_HOME": dir + "/c", "XDG_STATE_HOME": dir + "/s"}, args...)
}

// runDemoServerEnv is runDemoServer with the given environment.
func runDemoServerEnv(t *testing.T, env map[string]string, args ...string) (out, errOut string, code int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &bannerWriter{cancel: cancel}
	var e bytes.Buffer
	stdio := IO{In: strings.NewReader(""), Out: w, Err: &e, Getenv: mapEnv(env)}
	code = execute(ctx, append([]string{"demo-server"}, args...), stdio, BuildInfo{Version: "test"},
		func(time.Duration) keys.Store { return keys.NewMemory() })
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String(), e.String(), code
}

func TestDemoServerBannerPrintsEverythingNeeded(t *testing.T) {
	out, errOut, code := runDemoServer(t, "--addr", "127.0.0.1:0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"VIPCX_BASE_URL=http://127.0.0.1:", "VIPCX_IMS_URL=http://127.0.0.1:",
		"VIPCX_API_KEY=" + demo.DemoAPIKey, "VIPCX_CLIENT_SECRET=" + demo.DemoClientSecret,
		"VIPCX_RESELLER_ID=" + demo.ResellerID, "X-Request-Id: ", "X-Correlation-Id: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("banner lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "uuidgen") || strings.Contains(out, "$(") || strings.Contains(out, "WARNING") {
		t.Errorf("banner needs a command substitution or warns on loopback:\n%s", out)
	}
}

func TestDemoServerWildcardAddrShowsRealAddressesAndWarns(t *testing.T) {
	out, errOut, code := runDemoServer(t, "--addr", "0.0.0.0:0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "WARNING: this server is reachable from the network") {
		t.Errorf("no exposure warning:\n%s", out)
	}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !strings.Contains(out, "http://"+n.IP.String()+":") {
			t.Errorf("banner lacks interface address %s:\n%s", n.IP, out)
		}
	}
}

func TestDemoServerBusyPortSaysUseAddr(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, errOut, code := runDemoServer(t, "--addr", ln.Addr().String())
	if code != exitUsage || !strings.Contains(errOut, "use --addr") {
		t.Errorf("busy port: exit %d, stderr %q", code, errOut)
	}
}

func TestListenURLs(t *testing.T) {
	if urls, exposed := listenURLs("127.0.0.1:8421", "http://127.0.0.1:8421"); exposed || len(urls) != 1 {
		t.Errorf("loopback: %v exposed=%v", urls, exposed)
	}
	if _, exposed := listenURLs("[::]:8421", "http://127.0.0.1:8421"); !exposed {
		t.Error("[::] not reported as exposed")
	}
	if urls, _ := listenURLs(":8421", "http://127.0.0.1:8421"); len(urls) == 0 || !strings.HasSuffix(urls[0], ":8421") {
		t.Errorf(":8421 urls = %v", urls)
	}
}

// TestDemoServerCurlLineWorks sends exactly the headers the banner's curl
// line names, so a missing required header fails here, not for a user.
func TestDemoServerCurlLineWorks(t *testing.T) {
	srv := httptest.NewServer(demo.New())
	defer srv.Close()
	var b bytes.Buffer
	writeDemoBanner(&b, srv.URL, []string{srv.URL}, false)
	target := regexp.MustCompile(`(http://\S+/v3/customers/\d+)\s*$`).FindStringSubmatch(strings.TrimSpace(strings.Split(b.String(), "Ctrl+C")[0]))
	if target == nil {
		t.Fatalf("no curl URL in the banner:\n%s", b.String())
	}
	req, _ := http.NewRequest(http.MethodGet, target[1], nil)
	for _, h := range regexp.MustCompile(`-H '([^:']+): ([^']+)'`).FindAllStringSubmatch(b.String(), -1) {
		req.Header.Set(h[1], h[2])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("the banner's curl line gets %d, want 200", resp.StatusCode)
	}
}

// TestDemoServerOnANonLoopbackAddress: vipcx refuses plain http to any
// host but a loopback one, so a banner for --addr 192.0.2.2:PORT must not
// tell the user to point vipcx there; it says how to listen so vipcx can,
// and still gives the curl line for other tools.
func TestDemoServerOnANonLoopbackAddress(t *testing.T) {
	const base = "http://192.0.2.2:8421"
	if api.ValidateBaseURL(base) == nil || api.ValidateBaseURL("http://[::1]:8421") != nil {
		t.Fatal("vipcx's base URL rule changed: this test no longer matches it")
	}
	var b bytes.Buffer
	writeDemoBanner(&b, base, []string{base}, true)
	out := b.String()
	if strings.Contains(out, "VIPCX_BASE_URL="+base) || !strings.Contains(out, "--addr 127.0.0.1:PORT") {
		t.Errorf("banner points vipcx at an address it refuses:\n%s", out)
	}
	if !strings.Contains(out, base+"/v3/customers/9876543210") {
		t.Errorf("banner lost the curl line:\n%s", out)
	}
	b.Reset()
	writeDemoBanner(&b, "http://[::1]:8421", []string{"http://[::1]:8421"}, false)
	if !strings.Contains(b.String(), "public demo data. In a shell:") || !strings.Contains(b.String(), "VIPCX_BASE_URL=http://[::1]:8421") {
		t.Errorf("loopback banner:\n%s", b.String())
	}
}

// TestDemoServerReadsNoSettings: like version and --demo, the demo server
// needs nothing from config.toml, so a broken one cannot stop it; the
// global flags it would ignore are refused, and its help lists only --debug.
func TestDemoServerReadsNoSettings(t *testing.T) {
	env := map[string]string{"XDG_CONFIG_HOME": writeConfig(t, "profile = ["), "XDG_STATE_HOME": t.TempDir()}
	if out, errOut, code := runDemoServerEnv(t, env, "--addr", "127.0.0.1:0"); code != 0 || !strings.Contains(out, "listening on") {
		t.Fatalf("broken config: exit %d, stderr %q", code, errOut)
	}
	for _, flag := range []string{"--env=sandbox", "--theme=light", "--reseller=1234", "--timeout=5s", "--demo"} {
		if _, errOut, code := runDemoServer(t, "--addr", "127.0.0.1:0", flag); code != exitUsage || !strings.Contains(errOut, "no effect") {
			t.Errorf("%s: exit %d, stderr %q", flag, code, errOut)
		}
	}
	h := newHarness(t)
	out, _, _ := h.run("", "demo-server", "--help")
	if !strings.Contains(out, "--debug") || strings.Contains(out, "--env") || strings.Contains(out, "--theme") {
		t.Errorf("demo-server help:\n%s", out)
	}
	if out, _, _ := h.run("", "get", "--help"); strings.Contains(out, "--theme") || strings.Contains(out, "--reseller") {
		t.Errorf("get help lists flags get ignores:\n%s", out)
	}
}
