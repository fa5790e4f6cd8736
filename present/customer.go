package present

import (
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
)

// customerTones colours the customer statuses.
var customerTones = map[string]Tone{"1000": ToneGood, "1002": ToneWarn}

// Status is a customer's status: "Active (1000)". An undocumented code is
// shown raw and marked unknown; a code documented only for another resource
// says so.
func Status(code string) Fact {
	words, known := api.Label(api.CustomerStatus, code)
	f := Fact{Label: "Status", Value: Labelled(words, code, known), Known: known, Tone: ToneBad}
	if t, ok := customerTones[code]; ok {
		f.Tone = t
	}
	if note, ok := api.UndocumentedCustomerStatus(code); ok {
		f.Note, f.Tone = note, ToneWarn
	}
	if !known {
		f.Value, f.Tone = "Unknown status ("+code+")", ToneNeutral
		if code == "" {
			f.Value = None
		}
	}
	return f
}

// Segment is the market segment with its sub-segments, all in words:
// "Government (GOV), State agency, LGA (STATE)".
func Segment(p api.CompanyProfile) string {
	out := Coded(api.Segment, p.MarketSegment)
	if subs := CodedList(api.SubSegment, p.MarketSubSegments); subs != "" {
		out += ", " + subs
	}
	return out
}

// Coterm is the anniversary date with the days left in the user's local
// day: "2026-09-01 (in 12 days)", "2020-05-02 (expired 2,400 days ago)".
func Coterm(c *api.Customer, now time.Time) Fact {
	f := Fact{Label: "Coterm date", Known: true}
	if strings.TrimSpace(c.CotermDate) == "" {
		f.Value = "not set (no order yet)"
		return f
	}
	days, ok := c.CotermDaysLeft(now)
	switch {
	case !ok:
		f.Value, f.Known = c.CotermDate, false
	case days < 0:
		f.Value, f.Tone = c.CotermDate+" (expired "+Count(-days, "day", "days")+" ago)", ToneBad
	case days == 0:
		f.Value, f.Tone = c.CotermDate+" (today)", ToneWarn
	case days <= 30:
		f.Value, f.Tone = c.CotermDate+" (in "+Count(days, "day", "days")+")", ToneWarn
	default:
		f.Value = c.CotermDate + " (in " + Count(days, "day", "days") + ")"
	}
	return f
}

// Date is a timestamp as a calendar date, or what was sent when it did not
// parse.
func Date(ts api.Timestamp) string {
	if !ts.IsZero() {
		return ts.Time.Format(time.DateOnly)
	}
	return OrNone(ts.Text)
}

// GlobalSales is the global-sales switch.
func GlobalSales(on bool) string { return Enabled(on) }

// Tags is the tag list, None when empty.
func Tags(tags []string) string { return OrNone(strings.Join(tags, ", ")) }
