package ui

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/internal/nameorder"
	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/secret"
)

func TestListOpensOnTheResellersCustomers(t *testing.T) {
	h, rl := listHarness(t, 100, 30)
	if h.m.screen() != stateList || !h.m.list().finding || h.m.focus() != focusInput {
		t.Fatalf("state %v finding %v; want the list with the find box focused", h.m.screen(), h.m.list().finding)
	}
	v := h.m.View()
	for _, want := range []string{"Contoso Software Partners (demo)", "reseller " + demo.ResellerID, "249 customers",
		"status: active", "sort: name A→Z", "Atelier Lumière", "● Active (1000)", "row 1 of 249"} {
		if !strings.Contains(v, want) {
			t.Errorf("the list does not show %q:\n%s", want, v)
		}
	}
	first := rl.firstPages()
	if len(first) != 1 || first[0] != (api.CustomerQuery{Status: "1000", SortBy: "companyName", OrderBy: "asc"}) {
		t.Errorf("first pages asked: %+v; want one, active, by name A→Z", first)
	}
	if p := rl.pages[0]; p.limit != listPageSize {
		t.Errorf("first page limit %d, want %d", p.limit, listPageSize)
	}
	if got := len(h.m.list().rows); got != 249 || rl.rests != 1 {
		t.Errorf("%d rows after %d rest loads; want all 249 after one", got, rl.rests)
	}
}

func TestListTypingIsDebouncedBySequence(t *testing.T) {
	h, rl := listHarness(t, 100, 30)
	h.hold = true
	h.typeText("her")
	h.runHeld() // three pauses end; only the last one's text is asked for
	first := rl.firstPages()
	if len(first) != 2 || first[1].CompanyName != "*her*" {
		t.Fatalf("first pages asked: %+v; want the opening one, then only *her*", first)
	}
	if v := h.m.View(); !strings.Contains(v, "Blue Heron Analytics") || strings.Contains(v, "Atelier") {
		t.Errorf("the table does not show the matches for her:\n%s", v)
	}
}

func TestListTextWithAStarIsSentAsTyped(t *testing.T) {
	h, rl := listHarness(t, 100, 30)
	h.typeText("blue*")
	first := rl.firstPages()
	if got := first[len(first)-1].CompanyName; got != "blue*" {
		t.Errorf("sent %q, want blue* as typed", got)
	}
	if v := h.m.View(); !strings.Contains(v, "Blue Heron Analytics") {
		t.Errorf("no match for blue*:\n%s", v)
	}
}

func TestListDropsRepliesForOlderText(t *testing.T) {
	h, rl := listHarness(t, 100, 30)
	h.hold = true
	h.typeText("heron")
	pause := h.held
	h.held = nil
	for _, c := range pause {
		h.run(c) // the pause ends: the load for "heron" is parked
	}
	load := h.held
	h.held = nil
	h.typeText("x") // the text moves on before the reply arrives
	var stale []tea.Msg
	for _, c := range load {
		stale = append(stale, runHeldCmd(c)...)
	}
	if last := rl.pages[len(rl.pages)-1]; last.q.CompanyName != "*heron*" || !errors.Is(last.ctxErr, context.Canceled) {
		t.Errorf("the request for older text went out as %q with context error %v; want *heron* cancelled", last.q.CompanyName, last.ctxErr)
	}
	before := h.m.list()
	h.hold = false
	for _, msg := range stale {
		h.send(msg)
	}
	after := h.m.list()
	if after.shownSeq != before.shownSeq || len(after.rows) != len(before.rows) || after.failure != nil {
		t.Errorf("a reply for older text changed the table: shown %d→%d, rows %d→%d, failure %v",
			before.shownSeq, after.shownSeq, len(before.rows), len(after.rows), after.failure)
	}
}

func TestListEnterWaitsForTheResultsOfTheText(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.hold = true
	h.typeText("analytics group")
	h.held = nil // the pauses never end: Enter must not act on the old rows
	h.press("enter")
	if len(h.m.stack) != 1 || !h.m.list().enterWanted {
		t.Fatalf("Enter acted on results older than the text: stack %d", len(h.m.stack))
	}
	h.runHeld()
	if h.m.screen() != stateLoaded || h.m.cust().id != "2000000062" {
		t.Fatalf("state %v; want Blue Heron Analytics Group opened once its results arrived", h.m.screen())
	}
}

func TestListEnterOpensTheTypedIDWhenNothingMatches(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.typeText("9876543210")
	if v := h.m.View(); !strings.Contains(v, "No active customers match “9876543210” — s to include pending and inactive") ||
		!strings.Contains(v, "enter opens “9876543210” as a customer ID") {
		t.Fatalf("the empty state does not say what to do:\n%s", v)
	}
	h.press("enter")
	if h.m.screen() != stateLoaded || !strings.Contains(h.m.View(), "Fairmont") {
		t.Fatalf("state %v; want customer 9876543210 opened by its ID", h.m.screen())
	}
	h.press("esc")
	if h.m.screen() != stateList || h.m.list().find.Value() != "9876543210" {
		t.Fatalf("Esc did not come back to the list as it was")
	}
}

func TestListEnterSaysWhyTextIsNotAnID(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.typeText("zz!")
	h.press("enter")
	v := h.m.View()
	if h.m.screen() != stateList || !strings.Contains(v, "not a customer ID either") || !strings.Contains(v, `"zz!"`) {
		t.Errorf("want the exact reason the text is not an ID:\n%s", v)
	}
}

func TestListEscRoundTripKeepsFilterSortAndHighlight(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.typeText("a")
	h.press("esc", "o", "s", "s", "s") // newest first, status all
	h.press("down", "down", "down")
	before := h.m.list()
	if before.finding || before.q.status != statusAll || !before.q.newest || before.cur != 3 {
		t.Fatalf("setup: finding %v status %v newest %v cur %d", before.finding, before.q.status, before.q.newest, before.cur)
	}
	want := before.rows[3].id
	h.press("enter")
	if h.m.screen() != stateLoaded || h.m.cust().id != want {
		t.Fatalf("state %v; want row 4 (%s) opened", h.m.screen(), want)
	}
	h.press("esc")
	after := h.m.list()
	if h.m.screen() != stateList || after.finding || after.find.Value() != "a" || after.q != before.q || after.cur != 3 || after.top != before.top {
		t.Fatalf("back: state %v finding %v text %q query %+v cur %d; want the list as it was, table focused",
			h.m.screen(), after.finding, after.find.Value(), after.q, after.cur)
	}
	h.press("s") // the table has the keys at once
	if h.m.list().q.status != statusActive {
		t.Errorf("s after Esc: status %v, want active", h.m.list().q.status)
	}
	h.press("/")
	if !h.m.list().finding {
		t.Error("/ did not return to the find box")
	}
	h.press("ctrl+u")
	if h.m.list().find.Value() != "" {
		t.Errorf("ctrl+u left %q", h.m.list().find.Value())
	}
}

func TestListStatusCyclesAndAllMergesEveryStatus(t *testing.T) {
	h, rl := listHarness(t, 100, 30)
	h.press("esc")
	var seen []string
	for range statusCount {
		h.press("s")
		seen = append(seen, statusWords[h.m.list().q.status])
	}
	if strings.Join(seen, ",") != "pending,inactive,all,active" {
		t.Errorf("s cycles %v", seen)
	}
	h.press("s", "s", "s") // all
	l := h.m.list()
	first := rl.firstPages()
	var codes []string
	for _, q := range first[len(first)-3:] {
		codes = append(codes, q.Status)
	}
	if strings.Join(codes, ",") != "1000,1002,1004" {
		t.Errorf("all asked statuses %v, want one listing each", codes)
	}
	ids := map[string]bool{}
	for i, r := range l.rows {
		if ids[r.id] {
			t.Fatalf("customer %s listed twice", r.id)
		}
		ids[r.id] = true
		if i > 0 && nameorder.Compare(l.rows[i-1].company, r.company) > 0 {
			t.Fatalf("rows %d and %d out of name order: %q, %q", i-1, i, l.rows[i-1].company, r.company)
		}
	}
	if i, j := rowOf(l, "Bärenstark Druckerei"), rowOf(l, "Brokenpipe Orders Inc."); i < 0 || j < 0 || i > j {
		t.Errorf("all: Bärenstark at row %d, Brokenpipe at %d; want the accent not to move a name out of its letter", i, j)
	}
	if l.total != len(l.rows) || l.total <= 249 {
		t.Errorf("all: total %d over %d rows; want every status's customers", l.total, len(l.rows))
	}
	tones := map[present.Tone]int{}
	for _, r := range l.rows {
		tones[r.tone]++
	}
	if tones[present.ToneGood] != 249 || tones[present.ToneWarn] == 0 || tones[present.ToneBad] == 0 {
		t.Errorf("all: %v rows by tone; want 249 active and some pending and inactive", tones)
	}
}

func TestListEndReachesTheTrueLastCustomer(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.press("esc")
	h.hold = true
	h.press("o") // newest first: the first page shows, the rest is parked
	for _, c := range h.held[:len(h.held):len(h.held)] {
		h.held = h.held[1:]
		h.run(c)
	}
	l := h.m.list()
	if !l.more || len(l.rows) != listPageSize {
		t.Fatalf("more %v rows %d; want the first page shown, the rest loading", l.more, len(l.rows))
	}
	h.press("G")
	if v := h.m.View(); !strings.Contains(v, "row 50 of 50 · loading the rest of 249…") {
		t.Errorf("End while loading: %s", v)
	}
	h.runHeld()
	l = h.m.list()
	if l.cur != 248 || !strings.Contains(h.m.View(), "row 249 of 249") {
		t.Errorf("End stopped at row %d; want the true last, 249", l.cur+1)
	}
	h.press("g")
	if h.m.list().cur != 0 {
		t.Error("g did not go to the top")
	}
}

func TestListUnknownResellerShowsTheErrorPanel(t *testing.T) {
	rl := &recLister{Client: demoClient(t)}
	h := newHarness(t, Options{Fetcher: rl, Demo: true, ResellerID: demo.UnknownResellerID}, 100, 30)
	v := h.m.View()
	for _, want := range []string{"404", "1115", "Invalid Reseller", "comes from --reseller, VIPCX_RESELLER_ID or reseller_id"} {
		if !strings.Contains(v, want) {
			t.Errorf("the unknown reseller's panel lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "new search") {
		t.Errorf("the panel offers a new search, which cannot fix a reseller ID:\n%s", v)
	}
}

func TestWithoutAResellerTheTUIOpensOnTheIDPrompt(t *testing.T) {
	h := newHarness(t, Options{Fetcher: &fakeFetcher{}}, 100, 30)
	if h.m.screen() != stateStart || !strings.Contains(h.m.View(), "set --reseller, VIPCX_RESELLER_ID or reseller_id") {
		t.Errorf("state %v; want the ID prompt with the line on setting a reseller:\n%s", h.m.screen(), h.m.View())
	}
}

func TestListHelpIsContextual(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.press("?")
	if v := h.m.View(); !strings.Contains(v, "ctrl+u") || strings.Contains(v, "s status") {
		t.Errorf("help in the find box:\n%s", v)
	}
	h.press("esc", "esc", "?")
	if v := h.m.View(); !strings.Contains(v, "s status") || !strings.Contains(v, "o sort") || !strings.Contains(v, "end/G") {
		t.Errorf("help in the table:\n%s", v)
	}
}

func TestListSearchFromACustomerStartsANewSearch(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.typeText("heron")
	h.press("enter")
	if h.m.screen() != stateLoaded {
		t.Fatalf("state %v", h.m.screen())
	}
	h.press("/")
	l := h.m.list()
	if h.m.screen() != stateList || !l.finding || l.find.Value() != "" || l.shownQ.text != "" || len(l.rows) != 249 {
		t.Errorf("/ from a customer: state %v finding %v text %q rows %d; want a new search, empty",
			h.m.screen(), l.finding, l.find.Value(), len(l.rows))
	}
}

func TestListFitsEverySizeAndResizesLive(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.press("esc", "end")
	for _, sz := range [][2]int{{60, 20}, {80, 24}, {200, 60}, {61, 21}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		v := h.m.View()
		assertFits(t, v, sz[0])
		if n := strings.Count(v, "\n") + 1; n != sz[1] {
			t.Errorf("%v: %d lines", sz, n)
		}
		if !strings.Contains(v, "row 249 of 249") {
			t.Errorf("%v: the highlight left the screen:\n%s", sz, v)
		}
	}
}

func TestListEscOnAFetchGoesBackWhereEnterWasPressed(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.typeText("9876543210")
	h.hold = true
	h.press("enter")
	if h.m.screen() != stateLoading {
		t.Fatalf("state %v, want loading", h.m.screen())
	}
	h.held = nil
	h.hold = false
	h.press("esc")
	if h.m.screen() != stateList || !h.m.list().finding || !strings.Contains(h.m.View(), "cancelled") {
		t.Fatalf("Esc on the fetch: state %v finding %v; want the find box back, cancelled", h.m.screen(), h.m.list().finding)
	}
	h.typeText("q") // text, not a quit
	if h.quit || h.m.list().find.Value() != "9876543210q" {
		t.Errorf("q after cancel: quit %v text %q", h.quit, h.m.list().find.Value())
	}
}

func TestListEndPressedBeforeTheFirstPageStillReachesTheLast(t *testing.T) {
	h, _ := listHarness(t, 100, 30)
	h.press("esc")
	h.hold = true
	h.press("o", "end") // End before the newest-first list has arrived
	h.runHeld()
	if l := h.m.list(); l.cur != 248 || !l.q.newest {
		t.Errorf("End before the reply: row %d of the newest-first list; want the last, 249", l.cur+1)
	}
}

func TestListLoadsOnceTheCredentialsFormConnects(t *testing.T) {
	rl := &recLister{Client: demoClient(t)}
	rec := &connectRecorder{fetcher: rl}
	h := newHarness(t, Options{Connect: rec.connect, ResellerID: demo.ResellerID}, 100, 30)
	if h.m.screen() != stateForm || len(rl.firstPages()) != 0 {
		t.Fatalf("state %v, %d pages asked; want the form first and nothing sent", h.m.screen(), len(rl.firstPages()))
	}
	h.typeText("0123456789abcdef")
	h.press("enter")
	h.typeText(testSecret)
	h.press("enter")
	if h.m.screen() != stateList || !strings.Contains(h.m.View(), "249 customers") {
		t.Fatalf("state %v; want the list loaded once connected:\n%s", h.m.screen(), h.m.View())
	}
}

func TestListInvalidInitialIDSaysWhy(t *testing.T) {
	rl := &recLister{Client: demoClient(t)}
	h := newHarness(t, Options{Fetcher: rl, Demo: true, ResellerID: demo.ResellerID, InitialID: "12 3"}, 100, 30)
	if v := h.m.View(); h.m.screen() != stateList || !strings.Contains(v, `--customer invalid customer ID: "12 3"`) {
		t.Errorf("state %v; want the list with the reason --customer was not opened:\n%s", h.m.screen(), v)
	}
}

// rowOf is the index of the row of the company named name, or -1.
func rowOf(l listScreen, name string) int {
	for i, r := range l.rows {
		if r.company == name {
			return i
		}
	}
	return -1
}

// TestListErrorPanelNamesTheSources: the list is the opening screen when a
// reseller is set, so its error panel must give the same advice as the
// customer's: a rejected token names VIPCX_ACCESS_TOKEN when it came from
// there, a refused connection names the base URL's setting.
func TestListErrorPanelNamesTheSources(t *testing.T) {
	srv := httptest.NewServer(demo.New())
	t.Cleanup(srv.Close)
	c, err := api.NewClient(srv.URL, api.WithAPIKey(demo.DemoAPIKey), api.WithTokenSource(api.StaticToken(secret.New("not-the-demo-token"))))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, Options{Fetcher: c, ResellerID: demo.ResellerID, Sources: CredentialSources{APIKey: SourceEnv, Token: SourceEnv}}, 100, 30)
	if v := h.m.View(); !strings.Contains(v, "401") || !strings.Contains(v, "VIPCX_ACCESS_TOKEN, which overrides the keyring") {
		t.Errorf("the list's 401 panel does not name the token's source:\n%s", v)
	}

	srv2 := httptest.NewServer(demo.New())
	srv2.Close() // nothing listens there now
	c2, err := api.NewClient(srv2.URL, api.WithAPIKey(demo.DemoAPIKey), api.WithTokenSource(api.StaticToken(secret.New(demo.DemoToken))),
		api.WithRetryPolicy(api.RetryPolicy{Sleep: func(context.Context, time.Duration) error { return nil }}))
	if err != nil {
		t.Fatal(err)
	}
	h = newHarness(t, Options{Fetcher: c2, ResellerID: demo.ResellerID, URLs: URLSources{BaseURL: "the base URL in VIPCX_BASE_URL"}}, 100, 30)
	if v := h.m.View(); !strings.Contains(v, "the base URL in VIPCX_BASE_URL") {
		t.Errorf("the list's network panel does not name the base URL's setting:\n%s", v)
	}
}
