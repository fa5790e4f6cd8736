package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// waitFor is teatest.WaitFor with a generous liveness deadline: it syncs on
// output, it does not assert on timing.
func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

func TestProgramEndToEnd(t *testing.T) {
	o, f := demoOptions(t)
	o.Now = func() time.Time { return testToday }
	tm := teatest.NewTestModel(t, New(o).withStatic(), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Customer ID")
	tm.Type("9876543210")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Fairmont")
	for _, want := range []string{"San Jose", "mickey@mouse.com", "10–49 licenses", "51001315", "No subscriptions", "No orders", `"customerId"`} {
		tm.Send(tea.KeyMsg{Type: tea.KeyTab})
		waitFor(t, tm, want)
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	if final.screen() != stateLoaded || final.cust().tab != tabJSON || final.shown().CustomerID != "9876543210" {
		t.Errorf("final: state %v tab %d", final.screen(), final.cust().tab)
	}
	if f.callCount() != 1 {
		t.Errorf("calls = %d", f.callCount())
	}
	golden.RequireEqual(t, []byte(final.View()))
}

func TestRunQuitsOnCtrlCAndOnContextCancel(t *testing.T) {
	o, _ := demoOptions(t)
	in := strings.NewReader("\x03") // ctrl+c
	var out bytes.Buffer
	if err := Run(context.Background(), o, tea.WithInput(in), tea.WithOutput(&out)); err != nil {
		t.Errorf("ctrl+c: Run = %v, want nil", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	blocked := &blockingReader{done: make(chan struct{})}
	defer close(blocked.done)
	if err := Run(ctx, o, tea.WithInput(blocked), tea.WithOutput(&out)); err != nil {
		t.Errorf("cancelled ctx: Run = %v, want nil", err)
	}
}

// blockingReader is a terminal nobody types on.
type blockingReader struct{ done chan struct{} }

func (r *blockingReader) Read([]byte) (int, error) {
	<-r.done
	return 0, context.Canceled
}
