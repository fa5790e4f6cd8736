package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/present"
)

// summaryNow is a fixed instant, so days left are stable.
var summaryNow = time.Date(2026, 8, 19, 12, 0, 0, 0, time.UTC)

// TestGetShowsEveryPresentedFact runs `get`'s summary over every demo
// customer and checks each fact the presenter words appears in it exactly
// as worded. ui's TestPanesShowEveryPresentedFact holds the TUI to the same
// list, so the two surfaces say the same words and numbers.
func TestGetShowsEveryPresentedFact(t *testing.T) {
	for _, s := range demo.Samples() {
		raw, ok := demo.CustomerJSON(s.ID)
		if !ok {
			continue
		}
		c, err := api.DecodeCustomer(raw)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		var b bytes.Buffer
		if err := writeSummary(&b, c, summaryNow); err != nil {
			t.Fatal(err)
		}
		out := flat(b.String())
		for _, f := range present.CustomerFacts(c, summaryNow) {
			if !strings.Contains(out, flat(f.Value)) {
				t.Errorf("%s: get lacks %s %q", s.ID, f.Label, f.Value)
			}
		}
	}
}

// TestGetAlignsByCells checks the CJK customer's columns line up by
// terminal cells: every value of the address block starts in one column.
func TestGetAlignsByCells(t *testing.T) {
	raw, _ := demo.CustomerJSON("1007300042")
	c, err := api.DecodeCustomer(raw)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeSummary(&b, c, summaryNow); err != nil {
		t.Fatal(err)
	}
	var starts []int
	for _, l := range strings.Split(b.String(), "\n") {
		for _, email := range []string{"hina.takahashi@", "kenta.yamamoto@"} {
			if i := strings.Index(l, email); i >= 0 {
				starts = append(starts, ansi.StringWidth(l[:i]))
			}
		}
	}
	if len(starts) != 2 || starts[0] != starts[1] {
		t.Errorf("contact e-mails start at cells %v, want one column:\n%s", starts, b.String())
	}
}

// flat collapses whitespace so wrapping and column padding do not matter.
func flat(s string) string { return strings.Join(strings.Fields(ansi.Strip(s)), " ") }

// BenchmarkWriteSummary is `get`'s text for the 5,000-contact fixture, the
// worst case for cell-width alignment.
func BenchmarkWriteSummary(b *testing.B) {
	raw, _ := demo.CustomerJSON("demo-5000")
	c, err := api.DecodeCustomer(raw)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := writeSummary(&buf, c, summaryNow); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGetPrintsDistributorWhenSent: `get` prints a customer's distributorId
// in the Company block when Adobe sends one, as the TUI's Company tab does,
// and no empty row when it does not.
func TestGetPrintsDistributorWhenSent(t *testing.T) {
	for _, id := range []string{"DIST-7781", ""} {
		var b bytes.Buffer
		c := &api.Customer{CustomerID: "1005512199", DistributorID: id}
		if err := writeSummary(&b, c, summaryNow); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(b.String(), "Distributor ID"); got != (id != "") ||
			(id != "" && !strings.Contains(flat(b.String()), "Distributor ID "+id)) {
			t.Errorf("distributorId %q: get printed\n%s", id, b.String())
		}
	}
}
