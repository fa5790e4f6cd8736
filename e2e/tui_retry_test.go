package e2e

import "testing"

// TestTUIShowsTheRetryWait opens the demo's throttled customer: its first
// attempt answers 429 without Retry-After, so the client waits out Adobe's
// throttling window before the retry that succeeds. The loading screen must
// say so while it waits, then show the customer.
func TestTUIShowsTheRetryWait(t *testing.T) {
	s := startTmux(t, "--demo")
	s.waitText("Customer ID")
	s.typeText("demo-429")
	s.keys("Enter")
	s.waitText("429 rate limited — retry 2 of 3 in")
	s.waitText("Throttled Thistle Traders")
	s.keys("q")
	if rc := s.exitStatus(); rc != "0" {
		t.Fatalf("exit status %s, want 0", rc)
	}
}
