package demo

import (
	"encoding/json"
	"testing"
)

// TestManyOrdersSpreadOverTheHistory checks the 5,000 filler orders cover
// the customer's years evenly: the order-activity chart of the TUI draws
// them per month, and a history bunched into its first two months (as an
// overflowing span×n once produced) shows nothing of "nine years".
func TestManyOrdersSpreadOverTheHistory(t *testing.T) {
	s := New()
	years := map[string]int{}
	for off := 0; off < manyOrders; off += 500 {
		w := serve(s, apiRequest("/v3/customers/"+ManyOrdersID+"/orders?start-date=2000-01-01&limit=1&offset="+itoa(off), nil))
		var b struct {
			Items []struct {
				CreationDate string `json:"creationDate"`
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || len(b.Items) != 1 {
			t.Fatalf("offset %d: %d %v", off, w.Code, err)
		}
		years[b.Items[0].CreationDate[:4]]++
	}
	if len(years) < 8 {
		t.Errorf("10 orders sampled evenly through the history fall in %d years (%v), want at least 8", len(years), years)
	}
}
