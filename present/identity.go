package present

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/vipcx/vipcx/api"
)

// WrongID warns that the server answered with a customer other than the
// one asked for (api.Customer.WrongID), which must never be shown as if it
// were the customer asked for; the zero Fact when the IDs agree. Both IDs
// are in the words, so the user can tell which one is on screen; `get`
// prints the same words on stderr.
func WrongID(c *api.Customer) Fact {
	if c == nil || !c.WrongID() {
		return Fact{}
	}
	// Sanitized at decode, but it can be anything: cut to a line's worth.
	// AskedID was validated.
	got := ansi.Truncate(c.CustomerID, 44, "…")
	if got == "" {
		got = "no customer ID"
	}
	return Fact{Label: "Wrong customer", Value: "asked for " + c.AskedID + ", got " + got, Tone: ToneBad, Known: true}
}
