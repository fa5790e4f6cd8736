package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/vipcx/vipcx/api"
)

// paneFuncs are the customer-only panes, for checks that apply to all.
var paneFuncs = map[string]func(*api.Customer, styles, int) string{
	"company":    renderCompany,
	"address":    renderAddress,
	"membership": renderMembership,
	"discounts":  renderDiscounts,
}

func TestPanesFitAndStaySafe(t *testing.T) {
	customers := map[string]*api.Customer{
		"fairmont": decodeFixture(t, fairmontJSON),
		"rich":     richCustomer(),
		"hostile":  decodeFixture(t, hostileJSON),
		"empty":    {},
	}
	for _, dark := range []bool{true, false} {
		st := newStyles(dark)
		for name, render := range paneFuncs {
			for cname, c := range customers {
				for _, w := range testWidths {
					out := render(c, st, w)
					if out == "" {
						t.Errorf("%s/%s at %d: empty", name, cname, w)
					}
					assertFits(t, out, w)
					assertTerminalSafe(t, out)
				}
			}
		}
	}
}

func TestCompanyPane(t *testing.T) {
	c := decodeFixture(t, fairmontJSON)
	for _, w := range testWidths {
		out := renderCompany(c, newStyles(true), w)
		assertContains(t, out, "Fairmont", "9876543210", "342", "en-US", "Education (EDU)",
			"K-12 school (K_12)", "Global sales", "disabled")
		if !hasRow(out, "Tags", noValue) {
			t.Errorf("width %d: no tags should show %q:\n%s", w, noValue, out)
		}
	}
}

func TestCompanyPaneKeepsUnknownCodesAndWraps(t *testing.T) {
	c := richCustomer()
	out := renderCompany(c, newStyles(true), 60)
	assertContains(t, out, "Government (GOV)", "Federal agency, LGA (FEDERAL), MYSTERY", "HVD_MIGRATED_CUSTOMER", "enabled")
	// The long CJK name wraps under its value column instead of being cut.
	assertContains(t, out, "株式会社", "International Limited")
	assertFits(t, out, 60)
}

func TestAddressPaneShowsEveryFieldAndDashes(t *testing.T) {
	out := renderAddress(decodeFixture(t, fairmontJSON), newStyles(true), 80)
	assertContains(t, out, "200 Fairmont Ave", "Apt 123", "San Jose", "95110-1234", "800-123-4567")
	if !hasRow(out, "Region", "California (US-CA)") || !hasRow(out, "Country", "United States (US)") {
		t.Errorf("region and country rows missing:\n%s", out)
	}
	empty := renderAddress(&api.Customer{}, newStyles(true), 80)
	for _, label := range []string{"Address line 1", "Address line 2", "City", "Region", "Postal code", "Country", "Phone"} {
		if !hasRow(empty, label, noValue) {
			t.Errorf("empty %s should show %q:\n%s", label, noValue, empty)
		}
	}
}

func TestMembershipPane(t *testing.T) {
	out := renderMembership(decodeFixture(t, fairmontJSON), newStyles(true), 120)
	assertContains(t, out, "51001315", "This is the Group Created for 1005513636", "Standard (STANDARD)",
		"(OWNER)", "Owner:", "2024-07-17")
	rich := renderMembership(richCustomer(), newStyles(true), 120)
	assertContains(t, rich, "Consortium (CONSORTIUM)", "(MEMBER)", "Large government agency (LARGE_GOVERNMENT_AGENCY)")
	if !hasRow(rich, "Country", "United States (US)") {
		t.Errorf("LGA country missing:\n%s", rich)
	}
}

func TestMembershipPaneWithoutMembership(t *testing.T) {
	for _, w := range testWidths {
		out := renderMembership(&api.Customer{CustomerID: "1005512199"}, newStyles(true), w)
		assertContains(t, strings.ReplaceAll(out, "\n", " "), "No linked membership")
		assertFits(t, out, w)
	}
}

func TestRowsWrapUnderTheirValueColumn(t *testing.T) {
	out := renderRows([]kv{{"Name", "alpha beta gamma delta epsilon zeta eta theta"}, {"ID", ""}}, newStyles(true), 30)
	lines := strings.Split(out, "\n")
	if len(lines) < 3 {
		t.Fatalf("want the long value wrapped:\n%s", out)
	}
	col := strings.Index(lines[0], "alpha")
	for _, l := range lines[1 : len(lines)-1] {
		if strings.TrimLeft(l, " ") == "" || len(l)-len(strings.TrimLeft(l, " ")) != col {
			t.Errorf("continuation %q not aligned at column %d", l, col)
		}
	}
	if !hasRow(out, "ID", noValue) {
		t.Errorf("empty value should be %q:\n%s", noValue, out)
	}
}

// hasRow reports whether out has a line with label followed (after the
// padding) by value.
func hasRow(out, label, value string) bool {
	for _, l := range strings.Split(out, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(l), label)
		if ok && strings.HasPrefix(strings.TrimSpace(rest), value) {
			return true
		}
	}
	return false
}

func BenchmarkRenderCompany(b *testing.B) { benchPane(b, renderCompany) }

func BenchmarkRenderAddress(b *testing.B) { benchPane(b, renderAddress) }

func BenchmarkRenderMembership(b *testing.B) { benchPane(b, renderMembership) }

func benchPane(b *testing.B, render func(*api.Customer, styles, int) string) {
	c := richCustomer()
	st := newStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		render(c, st, 120)
	}
}

func TestViewsFitWithColourOn(t *testing.T) {
	// Escape sequences must not count toward widths; the pinned ASCII
	// profile would hide a mistake there, so switch colour on for this one.
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	c := richCustomer()
	for _, dark := range []bool{true, false} {
		st := newStyles(dark)
		for _, w := range testWidths {
			outs := []string{
				renderHeader(c, st, w, testToday), renderTabs(tabTitles, 1, st, w),
				renderCompany(c, st, w), renderAddress(c, st, w), renderMembership(c, st, w),
				renderDiscounts(c, st, w), renderContacts(c.CompanyProfile.Contacts, naturalContactWidths(c.CompanyProfile.Contacts), st, w, 10, 0, 2),
				renderError(errorCases["404"], st, w),
			}
			for _, out := range outs {
				assertFits(t, out, w)
				if !strings.Contains(out, "\x1b[") {
					t.Errorf("no colour in %q", out)
				}
			}
		}
	}
}
