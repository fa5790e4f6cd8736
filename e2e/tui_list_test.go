package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// TestTUIListInTmux is the newcomer's walk through the demo: the reseller's
// customers, part of a name, a customer opened and Esc back to the same
// list, pending customers with s, and an ID typed straight in.
func TestTUIListInTmux(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("Contoso Software Partners (demo)")
	s.waitText("249 customers")
	s.waitText("status: active")
	s.typeText("heron")
	s.waitText("5 customers")
	s.keys("Down", "Enter")
	s.waitText("ID 2000000062")
	s.keys("Escape")
	s.waitScreen("the same list, row 2 highlighted, the table focused", func(sc string) bool {
		return strings.Contains(sc, "Find › heron") && strings.Contains(sc, "› Blue Heron Analytics Group") &&
			strings.Contains(sc, "row 2 of 5") && strings.Contains(sc, "/ find")
	})
	s.keys("s")
	s.waitText("No pending customers match “heron”")
	s.keys("/", "C-u")
	s.waitText("31 customers") // every pending customer
	s.waitText("▲ Pending (1002)")
	s.typeText("9876543210")
	s.waitText("enter opens “9876543210” as a customer ID")
	s.keys("Enter")
	s.waitText("Fairmont")
	s.keys("Escape")
	s.waitText("Find › 9876543210")
	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}

// TestTUIListEndAndResize: End reaches the true last customer, and the list
// reflows live down to 60×20.
func TestTUIListEndAndResize(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("249 customers")
	s.keys("Escape")
	s.waitText("/ find") // the table has the keys (Esc sent with more keys would read as Alt)
	s.keys("o", "End")
	s.waitText("row 249 of 249")
	s.run("resize-window", "-t", "ui", "-x", "60", "-y", "20")
	s.waitScreen("the list at 60×20 with the highlight on screen", func(sc string) bool {
		return strings.Contains(sc, "row 249 of 249") && strings.Contains(sc, "› ") && fitsIn(sc, 60, 20)
	})
	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}

// TestTUIListHostile runs every misbehaving customer list in the real TUI
// and checks every byte it wrote: each list ends where a correct client
// ends it (End pressed to load to the last), says when it is short, and
// an error shows its panel.
func TestTUIListHostile(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.ListScenarios() {
		if sc.Kind != hostile.KindCustomers {
			continue
		}
		t.Run(sc.ID, func(t *testing.T) {
			t.Parallel()
			env := append(hostileEnv(t, srv.URL), "VIPCX_RESELLER_ID="+sc.ID)
			r := startRecorded(t, env, "--theme", "dark")
			r.waitText("Find ›")
			r.keys("Escape")
			r.waitText("/ find") // the table has the keys: q quits
			if sc.Exit != 0 {
				r.waitText("400 Bad Request")
				r.waitText("1133")
				r.quitAndCheck(false)
				return
			}
			all := fmt.Sprintf("row 1 of %s", thousands(sc.Want))
			r.waitScreen("every row loaded", func(screen string) bool {
				return strings.Contains(screen, all) && !strings.Contains(screen, "loading the rest")
			})
			for range sc.Want/20 + 1 { // every row on screen once: the bytes of every name are scanned
				r.keys("PageDown")
			}
			r.keys("End")
			want := fmt.Sprintf("row %s of %s", thousands(sc.Want), thousands(sc.Want))
			r.waitScreen(want, func(screen string) bool {
				return strings.Contains(screen, want) && strings.Contains(screen, "the server counted") == sc.Short
			})
			r.quitAndCheck(false)
		})
	}
}

// thousands groups digits as the TUI does: 5,200.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// maxListRSS is the budget for the TUI with 10,000 customers loaded.
const maxListRSS = 60 << 20

// TestTUIListPeakMemory loads 10,000 customers to the last one and reads
// the binary's peak resident set (VmHWM): memory, unlike time, does not
// depend on how busy the machine is.
func TestTUIListPeakMemory(t *testing.T) {
	const rid, n = "5556661000", 10000
	mux := http.NewServeMux()
	mux.Handle(hostile.ResellersPath+rid+"/customers", &hostile.Lister{Key: "accounts", Items: hostile.Accounts(rid, n, nil), MaxLimit: 50})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	r := startRecorded(t, append(hostileEnv(t, srv.URL), "VIPCX_RESELLER_ID="+rid), "--theme", "dark")
	r.waitText("10,000 customers")
	r.keys("Escape")
	r.waitText("/ find")
	r.keys("End")
	r.waitText("row 10,000 of 10,000")
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", r.pid()))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`VmHWM:\s+(\d+) kB`).FindSubmatch(status)
	if m == nil {
		t.Fatalf("no VmHWM in /proc status:\n%s", status)
	}
	kb, _ := strconv.Atoi(string(m[1]))
	t.Logf("peak RSS with %d customers: %d kB", n, kb)
	if kb<<10 > maxListRSS {
		t.Errorf("peak RSS %d kB with %d customers, budget %d kB", kb, n, maxListRSS>>10)
	}
	r.quitAndCheck(false)
}
