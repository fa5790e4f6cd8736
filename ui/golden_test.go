package ui

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/secret"
)

// Goldens live in testdata/<test name>.golden; regenerate them with
// `go test ./ui -update` and review the diff.

var goldenSizes = [][2]int{{80, 24}, {120, 40}}

var tabSlugs = [tabCount]string{"1-company", "2-address", "3-contacts", "4-discounts", "5-membership",
	"6-subscriptions", "7-orders", "8-json"}

// checkView compares the view with its golden and checks the frame: exactly
// the terminal's height and no line wider than it.
func checkView(t *testing.T, h *harness, w, ht int) {
	t.Helper()
	v := h.m.View()
	assertFits(t, v, w)
	if n := strings.Count(v, "\n") + 1; n != ht {
		t.Errorf("view has %d lines, want %d", n, ht)
	}
	golden.RequireEqual(t, []byte(v))
}

func TestGoldenCustomerTabs(t *testing.T) {
	for _, sz := range goldenSizes {
		for tab := range tabCount {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], tabSlugs[tab]), func(t *testing.T) {
				o, _ := demoOptions(t)
				o.Profile, o.Env = "default", "demo"
				h := newHarness(t, o, sz[0], sz[1])
				h.typeText("9876543210")
				h.press("enter", tabSlugs[tab][:1])
				checkView(t, h, sz[0], sz[1])
			})
		}
	}
}

// errorCases builds each failure the panel must explain as the client
// returns it: *api.Error values, wrapped transport errors and sentinels.
func panelErrors(t *testing.T) map[string]error {
	apiErr := func(status int, code, msg string) error {
		return &api.Error{StatusCode: status, Status: fmt.Sprintf("%d %s", status, http.StatusText(status)),
			Code: code, Message: msg, RequestID: "req-0001", CorrelationID: "corr-0001"}
	}
	refused := &url.Error{Op: "Get", URL: "https://partners.adobe.io/v3/customers/demo-x",
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
	return map[string]error{
		"400":            apiErr(400, "4120", "Duplicate request id"),
		"401":            apiErr(401, "4116", "Invalid Token"),
		"403":            apiErr(403, "4121", "Not allowed"),
		"404":            apiErr(404, "1116", "Invalid Customer"),
		"429":            apiErr(429, "4118", "Too many requests"),
		"500":            apiErr(500, "1124", "Internal server error"),
		"timeout":        fmt.Errorf("get customer: %w", context.DeadlineExceeded),
		"unreachable":    refused,
		"malformed":      malformedError(t),
		"no-credentials": api.ErrNoCredentials,
	}
}

// malformedError is what a real client returns for a 200 that is not a
// customer; the server echoes fixed IDs so the golden is stable.
func malformedError(t *testing.T) error {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("X-Request-Id", "req-0002")
		w.Header().Set("X-Correlation-Id", "corr-0002")
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"customerId": "demo-x", "companyProfile": {`)
	}))
	t.Cleanup(srv.Close)
	c, err := api.NewClient(srv.URL, api.WithAPIKey("key"), api.WithTokenSource(api.StaticToken(secret.New("tok"))),
		api.WithRetryPolicy(api.RetryPolicy{MaxAttempts: 1, Sleep: func(context.Context, time.Duration) error { return nil }}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetCustomer(context.Background(), "demo-x")
	if err == nil {
		t.Fatal("malformed body accepted")
	}
	return err
}

func TestGoldenErrorPanels(t *testing.T) {
	for name, err := range panelErrors(t) {
		t.Run(name, func(t *testing.T) {
			f := &fakeFetcher{errs: map[string]error{"demo-x": err}}
			h := newHarness(t, Options{Fetcher: f, Demo: true}, 80, 24)
			h.typeText("demo-x")
			h.press("enter")
			if h.m.screen() != stateFailed {
				t.Fatalf("state %v", h.m.screen())
			}
			checkView(t, h, 80, 24)
		})
	}
}

func TestGoldenStartScreen(t *testing.T) {
	demoOpts, _ := demoOptions(t)
	demoOpts.Samples = []Sample{
		{"9876543210", "Fairmont: the API page's customer"},
		{"demo-404", "answers 404 Not Found (1116 Invalid Customer)"},
	}
	live := Options{Fetcher: &fakeFetcher{}, Profile: "default", Env: "production"}
	for name, o := range map[string]Options{"demo": demoOpts, "live": live} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, o, 80, 24)
			h.send(historyMsg{ids: []string{"1005512199", "9876543210"}})
			checkView(t, h, 80, 24)
		})
	}
	t.Run("invalid", func(t *testing.T) {
		h := newHarness(t, live, 60, 20)
		h.typeText("12 3")
		checkView(t, h, 60, 20)
	})
}

func TestGoldenCredentialsForm(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		h := formHarness(t, &connectRecorder{})
		checkView(t, h, 80, 24)
	})
	t.Run("error", func(t *testing.T) {
		h := formHarness(t, &connectRecorder{err: fmt.Errorf("keyring: %s", "the name org.freedesktop.secrets was not provided by any .service files")})
		h.typeText("0123456789abcdef")
		h.press("enter")
		h.typeText(testSecret)
		h.press("enter")
		checkView(t, h, 80, 24)
	})
}

func TestGoldenLoadingAndTooSmall(t *testing.T) {
	o, _ := demoOptions(t)
	h := newHarness(t, o, 80, 24)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	t.Run("loading", func(t *testing.T) { checkView(t, h, 80, 24) })
	h.send(tea.WindowSizeMsg{Width: 50, Height: 15})
	t.Run("too-small", func(t *testing.T) { golden.RequireEqual(t, []byte(h.m.View())) })
}
