package present

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
)

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestAccountRowWordsStatusAndDate(t *testing.T) {
	a := decode[api.CustomerAccount](t, `{"customerId":"1005512199","status":"1002",
		"companyProfile":{"companyName":"Northwind"},"creationDate":"2024-03-05T10:11:12Z"}`)
	r := AccountRow(a)
	want := []string{"Northwind", "1005512199", "Pending (1002)", "2024-03-05"}
	if !reflect.DeepEqual(r.Cells, want) || r.Tone != ToneWarn || r.StatusCol != 2 {
		t.Errorf("row = %+v, want %q pending-warn at 2", r, want)
	}
	if len(r.Cells) != len(AccountHeaders) {
		t.Errorf("%d cells for %d headers", len(r.Cells), len(AccountHeaders))
	}
	// The list and `get` word a customer status alike, undocumented ones too.
	if got := AccountRow(api.CustomerAccount{Status: "1024"}); got.Cells[2] != Status("1024").Value || got.Tone != ToneWarn {
		t.Errorf("1024 = %+v", got)
	}
	if got := AccountRow(api.CustomerAccount{}); got.Cells[0] != None || got.Cells[3] != None {
		t.Errorf("empty account = %q", got.Cells)
	}
}

func TestSubscriptionRowQuantitiesRenewalAndDays(t *testing.T) {
	s := decode[api.Subscription](t, `{"subscriptionId":"sub1","offerId":"65304479CA01A12","status":"1000",
		"currentQuantity":2406,"usedQuantity":"18","renewalDate":"2026-08-20",
		"autoRenewal":{"enabled":true,"renewalQuantity":2400}}`)
	// 16:00 UTC on the 19th is already the 20th in Tokyo: days are the user's.
	now := time.Date(2026, 8, 19, 16, 0, 0, 0, time.UTC)
	r := SubscriptionRow(s, now)
	want := []string{"sub1", "65304479CA01A12", "Active (1000)", "2,406 / 18 used", "on, 2,400", "2026-08-20 (in 1 day)"}
	if !reflect.DeepEqual(r.Cells, want) || r.Tone != ToneGood {
		t.Errorf("row = %q (%v), want %q", r.Cells, r.Tone, want)
	}
	tokyo := SubscriptionRow(s, now.In(time.FixedZone("JST", 9*3600)))
	if tokyo.Cells[5] != "2026-08-20 (today)" {
		t.Errorf("Tokyo renewal = %q", tokyo.Cells[5])
	}
	s.AutoRenewal.Enabled, s.Status = false, "1009"
	r = SubscriptionRow(s, now)
	if r.Cells[4] != "off" || r.Cells[2] != "Scheduled (1009)" || r.Tone != ToneNeutral {
		t.Errorf("off/scheduled = %q %v", r.Cells, r.Tone)
	}
}

func TestDaysLeftTones(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		date, want string
		tone       Tone
	}{
		{"2026-01-09", "2026-01-09 (1 day ago)", ToneBad},
		{"2026-01-10", "2026-01-10 (today)", ToneWarn},
		{"2026-02-09", "2026-02-09 (in 30 days)", ToneWarn},
		{"2026-06-01", "2026-06-01 (in 142 days)", ToneNeutral},
		{"soon", "soon", ToneNeutral},
		{"", None, ToneNeutral},
	}
	for _, c := range cases {
		if got, tone := DaysLeft(c.date, now); got != c.want || tone != c.tone {
			t.Errorf("DaysLeft(%q) = %q %v, want %q %v", c.date, got, tone, c.want, c.tone)
		}
	}
	if f := Renewal(api.Subscription{RenewalDate: "soon"}, now); f.Known {
		t.Errorf("an unparsed renewal date is known: %+v", f)
	}
}

func TestOrderRowCountsLinesAndLicences(t *testing.T) {
	o := decode[api.Order](t, `{"orderId":"P0123","orderType":"RENEWAL","status":"1008",
		"creationDate":"2025-11-02T08:00:00Z","lineItems":[
		{"extLineItemNumber":1,"offerId":"A","quantity":1200,"subscriptionId":"s1","status":"1000"},
		{"extLineItemNumber":2,"offerId":"B","quantity":"5","status":"1004","discountCode":"HVD_L18_PRE"}]}`)
	r := OrderRow(o)
	want := []string{"2025-11-02", "P0123", "Renewal (RENEWAL)", "Cancelled (1008)", "2", "1,205"}
	if !reflect.DeepEqual(r.Cells, want) || r.Tone != ToneBad || r.StatusCol != 3 {
		t.Errorf("row = %q %v, want %q", r.Cells, r.Tone, want)
	}
	lines := LineItemRows(o)
	wantLine := []string{"2", "B", "5", None, "Failed (1004)", "HVD_L18_PRE"}
	if len(lines) != 2 || !reflect.DeepEqual(lines[1].Cells, wantLine) || lines[0].Tone != ToneGood {
		t.Errorf("lines = %+v, want second %q", lines, wantLine)
	}
	if got := OrderRow(api.Order{OrderType: "MYSTERY"}).Cells[2]; got != "MYSTERY" {
		t.Errorf("unknown type = %q, want it raw", got)
	}
}

// TestRowsRenderAligned checks that list rows go through the cell-aligned
// table: a CJK company name keeps the next column straight.
func TestRowsRenderAligned(t *testing.T) {
	rows := AccountRows([]api.CustomerAccount{
		{CustomerID: "1", Status: "1000", CompanyProfile: struct {
			CompanyName string `json:"companyName"`
		}{"東京商事"}},
		{CustomerID: "2", Status: "1000", CompanyProfile: struct {
			CompanyName string `json:"companyName"`
		}{"Acme Co."}},
	})
	lines := strings.Split(Rows(AccountHeaders, rows).Render(0), "\n")
	// 東京商事 is 8 cells wide, as is "Acme Co.", so the IDs line up.
	if !strings.HasPrefix(lines[1], "東京商事  1") || !strings.HasPrefix(lines[2], "Acme Co.  2") {
		t.Errorf("not aligned by cells:\n%s", strings.Join(lines, "\n"))
	}
}
