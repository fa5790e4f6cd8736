package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// panicSecret stands for a credential that a careless panic could quote.
const panicSecret = "panic-SECRET-token-0123456789"

// panickingFetcher panics inside GetCustomer, that is inside a command
// goroutine Bubble Tea starts.
type panickingFetcher struct {
	value any
	noTabData
}

func (f panickingFetcher) GetCustomer(context.Context, string) (*api.Customer, error) {
	panic(f.value)
}

// captureStd redirects the process's stdout and stderr while fn runs:
// Bubble Tea's own panic handler prints there, not to the program output.
func captureStd(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	defer func() {
		os.Stdout, os.Stderr = oldOut, oldErr
	}()
	fn()
	os.Stdout, os.Stderr = oldOut, oldErr
	_ = w.Close()
	return string(<-done)
}

// assertRestored checks the program left the alternate screen and showed
// the cursor after it last entered and hid them.
func assertRestored(t *testing.T, out string) {
	t.Helper()
	if i, j := strings.LastIndex(out, "\x1b[?1049h"), strings.LastIndex(out, "\x1b[?1049l"); i < 0 || j < i {
		t.Errorf("alt screen not left (enter at %d, leave at %d)", i, j)
	}
	if i, j := strings.LastIndex(out, "\x1b[?25l"), strings.LastIndex(out, "\x1b[?25h"); j < i {
		t.Errorf("cursor left hidden (hide at %d, show at %d)", i, j)
	}
}

// assertShortReport: one short line, no stack, no secret, no raw value.
func assertShortReport(t *testing.T, c *CrashError) {
	t.Helper()
	for _, s := range []string{c.Error(), c.Reason} {
		if strings.Contains(s, panicSecret) || strings.Contains(s, "\n") || strings.Contains(s, "goroutine") || len(s) > 160 {
			t.Errorf("crash report is not short and safe: %q", s)
		}
	}
}

func TestRunTurnsFetcherPanicIntoCrashError(t *testing.T) {
	for name, value := range map[string]any{
		"string": "cannot use token " + panicSecret,
		"error":  errors.New("bad token " + panicSecret),
	} {
		t.Run(name, func(t *testing.T) {
			var logBuf, out bytes.Buffer
			o := Options{Fetcher: panickingFetcher{value: value}, InitialID: "9876543210",
				Logger: slog.New(slog.NewTextHandler(&logBuf, nil))}
			var err error
			std := captureStd(t, func() {
				err = Run(context.Background(), o, tea.WithInput(nil), tea.WithOutput(&out))
			})
			var crash *CrashError
			if !errors.As(err, &crash) {
				t.Fatalf("Run = %v, want a *CrashError", err)
			}
			if crash.Where != whereCommand || !strings.HasPrefix(crash.Reason, "unexpected panic (") {
				t.Errorf("crash = %q in %q", crash.Reason, crash.Where)
			}
			assertShortReport(t, crash)
			assertRestored(t, out.String())
			if std != "" {
				t.Errorf("something printed to stdout/stderr: %.300q", std)
			}
			if strings.Contains(out.String(), panicSecret) || strings.Contains(out.String(), "goroutine") {
				t.Errorf("program output shows the panic: %.300q", out.String())
			}
			if log := logBuf.String(); !strings.Contains(log, "ui crashed") || !strings.Contains(log, "panickingFetcher") ||
				strings.Contains(log, panicSecret) {
				t.Errorf("debug log should hold the stack but not the value: %.500q", log)
			}
		})
	}
}

// toy is a model that panics where a test says.
type toy struct {
	initCmd tea.Cmd
	boomOn  string // Update panics on this message
	viewBad bool
}

func (m toy) Init() tea.Cmd { return m.initCmd }

func (m toy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s, ok := msg.(string); ok && s == m.boomOn {
		empty := make([]int, 0, len(s))
		_ = empty[len(s)] // a runtime error: its text is safe to show
	}
	return m, nil
}

func (m toy) View() string {
	if m.viewBad {
		panic(panicSecret)
	}
	return "toy"
}

func say(s string) tea.Cmd { return func() tea.Msg { return s } }

func boom() tea.Msg { panic("boom " + panicSecret) }

func TestRunGuardedRecoversEverywhere(t *testing.T) {
	cases := []struct {
		name  string
		model tea.Model
		where string
	}{
		{"init", panicInit{}, whereInit},
		{"update", toy{initCmd: say("x"), boomOn: "x"}, whereUpdate},
		{"view", toy{viewBad: true}, whereView},
		{"command", toy{initCmd: boom}, whereCommand},
		{"batch", toy{initCmd: tea.Batch(say("a"), boom)}, whereCommand},
		{"nested batch", toy{initCmd: tea.Batch(say("a"), tea.Batch(say("b"), boom))}, whereCommand},
		{"sequence", toy{initCmd: tea.Sequence(say("a"), boom)}, whereCommand},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			var err error
			std := captureStd(t, func() {
				_, err = runGuarded(context.Background(), tc.model, slog.New(slog.NewTextHandler(io.Discard, nil)),
					tea.WithInput(nil), tea.WithOutput(&out))
			})
			var crash *CrashError
			if !errors.As(err, &crash) || crash.Where != tc.where {
				t.Fatalf("err = %v, want a crash %s", err, tc.where)
			}
			assertShortReport(t, crash)
			assertRestored(t, out.String())
			if std != "" {
				t.Errorf("Bubble Tea printed a panic report: %.300q", std)
			}
			if tc.name == "update" && crash.Reason != "runtime error: index out of range [1] with length 0" {
				t.Errorf("runtime error reason = %q", crash.Reason)
			}
		})
	}
}

// panicInit panics in Init, before the event loop starts.
type panicInit struct{ toy }

func (panicInit) Init() tea.Cmd { panic(panicSecret) }

func TestGuardIgnoresInnerAfterCrash(t *testing.T) {
	g := guard{inner: toy{viewBad: true}, box: &crashBox{}}
	if v := g.View(); v != "" {
		t.Errorf("View after a panic = %q", v)
	}
	if g.box.crash() == nil {
		t.Fatal("View's panic not recorded")
	}
	if _, cmd := g.Update("anything"); cmd == nil || cmd() != tea.Quit() {
		t.Error("Update after a crash must quit without calling the inner model")
	}
}
