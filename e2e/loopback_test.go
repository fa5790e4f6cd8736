package e2e

import (
	"strings"
	"testing"
)

// TestLocalhostRefusedWithWhatToUse: plain http to the name localhost is
// refused (exit 2, nothing sent), since Go may ask DNS for it, and the
// message names the literal addresses to use instead, once.
func TestLocalhostRefusedWithWhatToUse(t *testing.T) {
	env := append(baseEnv(t), "VIPCX_API_KEY=key-0123456789", "VIPCX_ACCESS_TOKEN=tok-0123456789")
	for _, u := range []string{"http://localhost:8421", "http://LOCALHOST:8421", "http://app.localhost:8421"} {
		got := run(t, env, "", "get", "1234567890", "--base-url", u)
		if got.code != 2 {
			t.Errorf("%s: exit %d, want 2: %q", u, got.code, got.stderr)
		}
		for _, want := range []string{"http://127.0.0.1:PORT", "http://[::1]:PORT", "not localhost"} {
			if strings.Count(got.stderr, want) != 1 {
				t.Errorf("%s: stderr should name %q once: %q", u, want, got.stderr)
			}
		}
	}
}
