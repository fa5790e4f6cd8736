package present

import (
	"testing"

	"github.com/vipcx/vipcx/api"
)

func TestWrongIDSaysBothIDs(t *testing.T) {
	c := &api.Customer{CustomerID: "9876543210", AskedID: "1111111111"}
	if f := WrongID(c); f.Value != "asked for 1111111111, got 9876543210" || f.Tone != ToneBad {
		t.Errorf("WrongID = %+v", f)
	}
	c.CustomerID = c.AskedID
	if f := WrongID(c); f.Value != "" {
		t.Errorf("matching IDs flagged: %+v", f)
	}
}
