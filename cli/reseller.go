package cli

import (
	"errors"
	"strings"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
)

// checkReseller refuses a reseller ID the API would never accept, before
// anything is sent, naming where the value came from. The rules are the
// customer ID's (a reseller ID has the same shape); only the words differ.
func checkReseller(src, rid string) error {
	if rid == "" {
		return nil
	}
	err := api.ValidateCustomerID(rid)
	if err == nil {
		return nil
	}
	why := strings.TrimPrefix(err.Error(), api.ErrInvalidID.Error()+": ")
	if !errors.Is(err, api.ErrInvalidID) {
		why = err.Error()
	}
	return usageError("%s: invalid reseller ID: %s (a reseller ID has 4 to 40 letters, digits or hyphens)",
		src, strings.ReplaceAll(why, "the ID", "the reseller ID"))
}

// demoReseller is --demo's reseller: the demo book's unless --reseller
// names another (the demo's unknown reseller, to see its error).
func (a *app) demoReseller() error {
	a.set.ResellerID, a.set.ResellerSource = demo.ResellerID, "--demo"
	if a.flags.reseller != "" {
		a.set.ResellerID, a.set.ResellerSource = a.flags.reseller, "--reseller"
	}
	return checkReseller(a.set.ResellerSource, a.set.ResellerID)
}

// reseller is the configured reseller ID, or exit 2 saying the three ways
// to configure one; nothing has been sent either way.
func (a *app) reseller(what string) (string, error) {
	if a.set.ResellerID != "" {
		return a.set.ResellerID, nil
	}
	where := "reseller_id in the [profiles." + a.set.Profile + "] table of config.toml"
	if a.set.ConfigPath != "" {
		where = "reseller_id in the [profiles." + a.set.Profile + "] table of " + a.set.ConfigPath
	}
	return "", usageError("%s needs a reseller: pass --reseller RID, set VIPCX_RESELLER_ID, or add %s "+
		"(or try vipcx --demo %s)", what, where, what)
}
