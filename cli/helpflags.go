package cli

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
)

// tuiOnlyFlags matter only to the TUI and the API commands (--reseller to
// the TUI and `customers`); the help of commands that ignore them does not
// list them.
var tuiOnlyFlags = []string{"demo", "theme", "reseller"}

// settingsFlags are read only by commands that talk to the API or keyring.
var settingsFlags = []string{"profile", "env", "base-url", "timeout", "debug"}

// tidyHelp hides, in each command's help, the global flags it ignores:
// --demo and --theme under auth; every global flag under version and
// completion, which read nothing, and all but --debug under demo-server;
// --theme (and --reseller) under the plain-text commands.
func tidyHelp(root *cobra.Command) {
	def := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		hidden := hiddenFor(c)
		pf := root.PersistentFlags()
		for _, n := range hidden {
			if f := pf.Lookup(n); f != nil {
				f.Hidden = true
			}
		}
		def(c, args)
		for _, n := range hidden {
			if f := pf.Lookup(n); f != nil {
				f.Hidden = false
			}
		}
	})
}

// hiddenFor names the global flags c's help leaves out.
func hiddenFor(c *cobra.Command) []string {
	switch {
	case c == c.Root():
		return nil
	case needsNoSettings(c):
		return append(append([]string{}, tuiOnlyFlags...), settingsFlags...)
	case c.Name() == demoServerName:
		return demoServerIgnores()
	case c.Name() == "get", c.Name() == "subscriptions", c.Name() == "orders":
		return []string{"theme", "reseller"} // plain text, by customer ID
	case c.Name() == "customers":
		return []string{"theme"}
	}
	for p := c; p != nil; p = p.Parent() {
		if p.Name() == "auth" {
			return tuiOnlyFlags
		}
	}
	return nil
}

// demoServerIgnores is every global flag but --debug: the demo server
// reads no settings.
func demoServerIgnores() []string {
	var out []string
	for _, n := range append(append([]string{}, tuiOnlyFlags...), settingsFlags...) {
		if n != "debug" {
			out = append(out, n)
		}
	}
	return out
}

// shells are the shells cobra generates completion for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

// strictCompletion makes `vipcx completion tcsh` an error (exit 2) instead
// of cobra's help and exit 0, which a script would take for success.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("completion needs a shell: %s", strings.Join(shells, ", "))
			}
			return usageError("no completion for %q: vipcx supports %s", args[0], strings.Join(shells, ", "))
		}
	}
}

// versionText is what `vipcx version` and `vipcx --version` print.
func (a *app) versionText() string {
	return fmt.Sprintf("vipcx %s\ncommit %s\n%s %s/%s\n",
		a.version(), a.commit(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
