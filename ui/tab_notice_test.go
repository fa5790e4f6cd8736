package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
)

// TestTabErrorPanelsNameTheCredentialSource: a 401 on the Subscriptions
// or Orders tab advises about the token where it came from, as the error
// screen does, not in the generic words.
func TestTabErrorPanelsNameTheCredentialSource(t *testing.T) {
	rejected := &api.Error{StatusCode: 401, Status: "401 Unauthorized", Code: "4116", Message: "Authorization token is invalid"}
	for _, c := range []struct {
		name, key, tab string
	}{
		{"subscriptions", "subs:", "6"},
		{"orders", "orders:", "7"},
	} {
		o, f := tabsOptions(t, 3, 10)
		o.Sources = CredentialSources{APIKey: SourceEnv, Token: SourceEnv}
		f.dataErrs = map[string]error{c.key + tabsCustomerID: rejected}
		h := newHarness(t, o, 100, 40)
		openCustomer(h)
		h.press(c.tab)
		v := flatView(h.m.View())
		if !strings.Contains(v, "came from VIPCX_ACCESS_TOKEN, which overrides the keyring") || !strings.Contains(v, "Fairmont") {
			t.Errorf("%s tab's panel does not name the token's source:\n%s", c.name, h.m.View())
		}
	}
}

// TestTabLoadsShowRetryWaits: while a tab's load waits to retry, its
// spinner line says why and for how long; a notice of an older load, or
// of the other tab's load, is dropped and not waited for again.
func TestTabLoadsShowRetryWaits(t *testing.T) {
	const wait = "429 rate limited — retry 2 of 3 in 5 s"
	n := api.RetryNotice{Resource: "orders", Status: 429, Attempt: 2, MaxAttempts: 3, Wait: 5 * time.Second}
	for _, c := range []struct {
		what, other, tab string
	}{
		{"subscriptions", "orders", "6"},
		{"orders", "subscriptions", "7"},
	} {
		o, _ := tabsOptions(t, 3, 10)
		h := newHarness(t, o, 100, 30)
		h.hold = true
		openCustomer(h) // parks the customer fetch
		fetch := h.held
		h.held = nil
		for _, cmd := range fetch {
			h.run(cmd) // the customer arrives; its tab loads are parked
		}
		h.press(c.tab)
		h.held = nil
		tag := loadTag{id: tabsCustomerID, seq: h.m.cust().loadSeq}
		next := func() tea.Msg { return nil }
		for _, stale := range []tabNoticeMsg{
			{tag: loadTag{id: tabsCustomerID, seq: tag.seq - 1}, what: c.what, notice: n, next: next},
			{tag: tag, what: c.other, notice: n, next: next},
		} {
			h.send(stale)
			if stale.what == c.what && len(h.held) != 0 {
				t.Errorf("%s: a stale notice was waited for again", c.what)
			}
		}
		h.held = nil // the other tab waits for its own next notice
		if v := h.m.View(); strings.Contains(v, "rate limited") {
			t.Fatalf("%s: a stale notice was shown:\n%s", c.what, v)
		}
		h.send(tabNoticeMsg{tag: tag, what: c.what, notice: n, next: next})
		if v := h.m.View(); !strings.Contains(v, "Loading") || !strings.Contains(v, "… · "+wait) {
			t.Errorf("%s tab's spinner line lacks the wait:\n%s", c.what, v)
		}
		if len(h.held) != 1 {
			t.Errorf("%s: the notice waiter was not re-armed: %d commands", c.what, len(h.held))
		}
	}
}
