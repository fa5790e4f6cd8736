package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/internal/itest"
)

// TestTUISignalsRestoreTerminal sends SIGTERM and SIGHUP to the running
// TUI. Either ends it like q does: exit status 0, the alternate screen left,
// the cursor shown, the terminal modes as they were. A process killed by the
// signal's default action would exit 128+n and leave the terminal raw.
func TestTUISignalsRestoreTerminal(t *testing.T) {
	cases := []struct {
		name  string
		sig   syscall.Signal
		setup func(r *recorded)
	}{
		{"SIGTERM while typing", syscall.SIGTERM, func(r *recorded) {
			r.waitText("Customer ID")
			r.typeText("98765")
			r.waitText("98765")
		}},
		{"SIGHUP while a fetch is in flight", syscall.SIGHUP, func(r *recorded) {
			r.fetch("demo-slow")
			r.waitText("Fetching customer demo-slow")
		}},
		{"SIGTERM on a loaded customer", syscall.SIGTERM, func(r *recorded) {
			r.fetch("9876543210")
			r.walkTabs()
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := startRecorded(t, baseEnv(t), "--demo", "--theme", "dark")
			tc.setup(r)
			if err := syscall.Kill(r.pid(), tc.sig); err != nil {
				t.Fatal(err)
			}
			rc, stream := r.finish()
			if rc != "0" {
				t.Errorf("exit status %s after %v, want 0 (a clean quit)", rc, tc.sig)
			}
			r.assertRestored(stream)
			if alt := r.format("#{alternate_on}"); alt != "0" {
				t.Errorf("tmux says the pane is still on the alternate screen (%q)", alt)
			}
		})
	}
}

// TestTUIAPIGoesDownMidSession loads a customer, stops the server, and
// refreshes: the "cannot reach" panel shows, the program keeps working, and
// a later quit is clean.
func TestTUIAPIGoesDownMidSession(t *testing.T) {
	body := hostile.Marshal(hostile.Customer())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	r := startRecorded(t, hostileEnv(t, srv.URL), "--theme", "dark")
	r.fetch("9876543210")
	r.waitText("Fairmont")
	srv.Close()
	r.keys("r")
	r.waitText("Cannot reach the API")
	r.waitText("connection was refused")
	r.keys("/")
	r.waitText("Customer ID")
	r.typeText("1234567890")
	r.keys("Enter")
	r.waitScreen("a second failure for the new ID", func(sc string) bool {
		return strings.Contains(sc, "Cannot reach the API") && strings.Contains(sc, "1234567890")
	})
	r.keys("q")
	rc, stream := r.finish()
	if rc != "0" {
		t.Errorf("exit status %s, want 0", rc)
	}
	r.assertRestored(stream)
}

// TestTUIResizeTinyAndBack squeezes the terminal to 20×5, far below the
// supported minimum, and back: the small screen says so, and the full layout
// returns, fitted, with the footer on the last row.
func TestTUIResizeTinyAndBack(t *testing.T) {
	r := startRecorded(t, baseEnv(t), "--demo", "--theme", "dark")
	r.fetch("9876543210")
	r.walkTabs()
	r.keys("3") // the contacts table lays out columns from the width
	r.waitText("mickey@mouse.com")
	r.run("resize-window", "-t", "ui", "-x", "20", "-y", "5")
	r.waitScreen("the too-small notice at 20×5", func(sc string) bool {
		return strings.Contains(sc, "enlarge") && fitsIn(sc, 20, 5)
	})
	r.run("resize-window", "-t", "ui", "-x", "100", "-y", "30")
	r.waitScreen("the contacts tab at 100×30 with the footer on the last row", func(sc string) bool {
		lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
		return strings.Contains(sc, "mickey@mouse.com") && strings.Contains(sc, "Fairmont") &&
			!strings.Contains(sc, "enlarge") && len(lines) == 30 && strings.Contains(lines[29], "quit") && fitsIn(sc, 100, 30)
	})
	r.keys("q")
	if rc, stream := r.finish(); rc != "0" {
		t.Errorf("exit status %s, want 0", rc)
	} else {
		r.assertRestored(stream)
	}
}

// TestSignalAtMaskedPromptRestoresEcho: SIGINT or SIGTERM while `auth login`
// waits at its masked token prompt (echo off) ends vipcx with 128+n and
// gives the terminal back with echo on, as it was before.
func TestSignalAtMaskedPromptRestoresEcho(t *testing.T) {
	ss := itest.SecretService(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			env := append(baseEnv(t), ss...)
			r := startRecorded(t, env, "auth", "login")
			r.waitText("API key")
			r.typeText("key-0123456789")
			r.keys("Enter")
			r.waitText("Access token")
			if err := syscall.Kill(r.pid(), sig); err != nil {
				t.Fatal(err)
			}
			if rc, _ := r.finish(); rc != fmt.Sprint(128+int(sig)) {
				t.Errorf("exit status %s, want %d", rc, 128+int(sig))
			}
			if !r.terminalModesKept() {
				t.Error("terminal modes differ after the signal: echo left off")
			}
		})
	}
}
