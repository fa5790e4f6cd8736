package e2e

import (
	"net/url"
	"strings"
	"testing"
)

// withoutEnv is env without the variables named.
func withoutEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		keep := true
		for _, n := range names {
			keep = keep && !strings.HasPrefix(kv, n+"=")
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}

// TestTUIStartScreenInTmux drives the ID prompt a user sees without a
// reseller, against a live (local demo) API with credentials from the
// environment, on TERM=dumb without NO_COLOR: the title names the host as
// written, ? opens help there instead of typing, a 41-character paste is
// kept whole and never fetched, the input cursor shows in reverse video,
// and a padded ID is fetched trimmed.
func TestTUIStartScreenInTmux(t *testing.T) {
	base, env := startDemo(t)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	s := startTmuxEnv(t, withoutEnv(env, "NO_COLOR", "VIPCX_RESELLER_ID"), "dumb")
	if sc := s.waitText("Customer ID"); !strings.Contains(strings.SplitN(sc, "\n", 2)[0], u.Host) {
		t.Errorf("title does not name the host %s:\n%s", u.Host, sc)
	}

	s.keys("?")
	s.waitText("close help")
	s.keys("Escape")
	s.waitScreen("help closed", func(sc string) bool {
		return strings.Contains(sc, "Customer ID") && !strings.Contains(sc, "close help")
	})

	s.run("set-buffer", "-b", "long", strings.Repeat("a", 41))
	s.run("paste-buffer", "-p", "-b", "long", "-t", "ui")
	s.waitText("too long: 41 characters, at most 40")
	s.keys("Enter")
	if sc := s.waitText("has 41"); strings.Contains(sc, "Not Found") {
		t.Fatalf("a too-long paste was fetched:\n%s", sc)
	}

	s.keys("Escape") // clears the field
	// Wait for the empty field before typing: Esc followed at once by a key
	// reaches the program as Alt+key, and the field would not clear.
	s.waitScreen("the field cleared", func(sc string) bool {
		return !strings.Contains(sc, "aaaaaaaaaa") && !strings.Contains(sc, "too long")
	})
	s.typeText(" 98765")
	s.waitScreen("a reverse-video cursor after the typed text", func(string) bool {
		return strings.Contains(s.run("capture-pane", "-e", "-p", "-t", "ui"), "98765\x1b[7m")
	})
	s.typeText("43210 ")
	s.waitText("enter to fetch")
	s.keys("Enter")
	s.waitText("Fairmont")
	s.keys("q")
	if st := s.exitStatus(); st != "0" {
		t.Errorf("exit status %s", st)
	}
}
