package present

import "github.com/vipcx/vipcx/api"

// resourceTones colours the numeric statuses every resource shares: 1000 is
// Adobe's "green", 1002 its "yellow", 1009 (scheduled) neither; the rest
// are failures or inactive states.
var resourceTones = map[string]Tone{"1000": ToneGood, "1002": ToneWarn, "1009": ToneNeutral}

// ResourceStatus is a subscription, order or reseller status from table t
// (api.SubscriptionStatus, api.OrderStatus, api.ResellerStatus): "Complete
// (1000)". Customer statuses have Status, which also notes undocumented use.
func ResourceStatus(t api.Table, code string) Fact {
	words, known := api.Label(t, code)
	f := Fact{Label: "Status", Value: Labelled(words, code, known), Known: known, Tone: ToneBad}
	if tone, ok := resourceTones[code]; ok {
		f.Tone = tone
	}
	if !known {
		f.Tone = ToneNeutral
		if code != "" {
			f.Value = "Unknown status (" + code + ")"
		}
	}
	return f
}
