// Package cli is vipcx's command line: the cobra command tree, settings
// resolution (flags, VIPCX_* variables, config file, defaults), and the wiring
// of the keys store, the API client and the TUI for each command. main.go only
// hands it the process's streams, environment and build information.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/sanitize"
)

// IO is the process's outside world, injected so tests can run commands
// in-process.
type IO struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) (string, bool)
	// Interactive is true when stdin and stdout are a terminal: the TUI and
	// the masked prompts of `auth login` need one.
	Interactive bool
	// ReadSecret prompts and reads one line without echo.
	ReadSecret func(prompt string) (string, error)
}

// BuildInfo identifies the binary for `vipcx version` and the User-Agent.
type BuildInfo struct {
	Version string
	Commit  string
}

// app is the state one invocation shares between its commands.
type app struct {
	io    IO
	build BuildInfo
	flags globalFlags
	set   settings
	log   *slog.Logger
	close func()
	// newStore opens the credential store; tests swap in an in-memory twin.
	newStore func(timeout time.Duration) keys.Store
	// used says where this run's credentials came from, for error advice.
	used credSources
	// slowAfter is how long a fetch runs before stderr says it is still
	// waiting (defaultSlowAfter when zero); tests shorten it.
	slowAfter time.Duration
}

// Execute runs vipcx with args and returns the process exit status.
func Execute(ctx context.Context, args []string, stdio IO, build BuildInfo) int {
	return execute(ctx, args, stdio, build, keyringStore)
}

// execute is Execute with the credential store injected, for in-process tests.
func execute(ctx context.Context, args []string, stdio IO, build BuildInfo, newStore func(time.Duration) keys.Store) int {
	a := &app{io: stdio, build: build, log: api.DiscardLogger(), close: func() {}, newStore: newStore}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdio.In)
	root.SetOut(stdio.Out)
	root.SetErr(stdio.Err)
	err := root.ExecuteContext(ctx)
	a.close()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) || !ee.printed {
		fmt.Fprintf(stdio.Err, "error: %s\n", sanitize.Text(err.Error()))
	}
	if !errors.As(err, &ee) && isFlagError(err) {
		fmt.Fprintln(stdio.Err, "Run 'vipcx --help' for usage.")
		return exitUsage
	}
	return exitCode(err)
}

func (a *app) rootCommand() *cobra.Command {
	var customer string
	root := &cobra.Command{
		Use:   "vipcx",
		Short: "Browse Adobe VIP Marketplace customers in your terminal",
		Long: "vipcx looks up a customer of the Adobe VIP Marketplace partner API by ID and shows the\n" +
			"whole account in tabbed panes. Try it with no credentials: vipcx --demo",
		Example:           "  vipcx --demo\n  vipcx -c 9876543210\n  vipcx get 9876543210 --json\n  vipcx auth login",
		SilenceErrors:     true,
		SilenceUsage:      true,
		Args:              cobra.NoArgs,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return a.setup(cmd) },
		RunE: func(cmd *cobra.Command, _ []string) error {
			tuiOwnsTerminal.Store(a.io.Interactive)
			return a.runTUI(cmd.Context(), customer)
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%v\nRun '%s --help' for usage.", err, c.CommandPath())
	})
	pf := root.PersistentFlags()
	pf.BoolVar(&a.flags.demo, "demo", false, "use the built-in demo API: no credentials, no network, no keyring")
	pf.StringVar(&a.flags.profile, "profile", "", "credentials profile (default \"default\", or $VIPCX_PROFILE)")
	pf.StringVar(&a.flags.env, "env", "", "environment: sandbox or production (default production)")
	pf.StringVar(&a.flags.baseURL, "base-url", "", "API base URL (overrides --env; http:// only to loopback)")
	pf.StringVar(&a.flags.reseller, "reseller", "", "reseller ID whose customers to list (or $VIPCX_RESELLER_ID, or reseller_id in config)")
	pf.DurationVar(&a.flags.timeout, "timeout", 0, "timeout per attempt (default 30s)")
	pf.BoolVar(&a.flags.debug, "debug", false, "write a debug log to $XDG_STATE_HOME/vipcx/debug.log (secrets redacted)")
	pf.StringVar(&a.flags.theme, "theme", "auto", "colours: auto, dark or light")
	root.Flags().StringVarP(&customer, "customer", "c", "", "open the TUI straight on this customer ID")
	root.AddCommand(a.getCommand(), a.customersCommand(), a.subscriptionsCommand(), a.ordersCommand(),
		a.authCommand(), a.demoServerCommand(), a.versionCommand())
	root.Version = a.version()
	root.SetVersionTemplate(a.versionText())
	strictCompletion(root)
	tidyHelp(root)
	return root
}

// setup resolves settings and opens the debug log before any command runs.
// Commands that need no settings (version, completion, help) read nothing,
// so a broken config cannot stop them; --demo reads no config either.
func (a *app) setup(cmd *cobra.Command) error {
	switch a.flags.theme {
	case "auto", "dark", "light":
	default:
		return usageError("--theme must be auto, dark or light, not %q", a.flags.theme)
	}
	if needsNoSettings(cmd) {
		return nil
	}
	if cmd.Name() == demoServerName {
		return a.setupDemoServer(cmd)
	}
	if a.flags.demo {
		return a.setupDemo(cmd)
	}
	set, err := resolveSettings(a.flags, a.io.Getenv)
	if err != nil {
		return err
	}
	a.set = set
	for _, w := range set.Warnings {
		fmt.Fprintf(a.io.Err, "warning: %s\n", sanitize.Line(w))
	}
	return a.openLog(cmd)
}

// setupDemo refuses flags the demo would silently ignore and uses only the
// state directory (for history and the debug log). --timeout still applies,
// so demo-slow can show what a timeout looks like.
func (a *app) setupDemo(cmd *cobra.Command) error {
	for _, name := range []string{"base-url", "env", "profile"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			return usageError("--demo uses the built-in demo API: --%s has no effect with it", name)
		}
	}
	timeout, err := duration(a.flags.timeout, "", defaultTimeout)
	if err != nil {
		return usageError("--timeout: %v", err)
	}
	a.set = settings{Profile: defaultProfile, Env: "demo", StateDir: stateDir(a.io.Getenv), Timeout: timeout}
	if err := a.demoReseller(); err != nil {
		return err
	}
	return a.openLog(cmd)
}

// setupDemoServer: the demo server serves built-in data and reads no
// config, so a broken config.toml cannot stop it, and it refuses the global
// flags it would ignore; only --debug (and the state directory it writes
// to) applies.
func (a *app) setupDemoServer(cmd *cobra.Command) error {
	for _, name := range demoServerIgnores() {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			return usageError("demo-server serves the built-in demo and reads no settings: --%s has no effect with it", name)
		}
	}
	a.set = settings{Profile: defaultProfile, Env: "demo", StateDir: stateDir(a.io.Getenv)}
	return a.openLog(cmd)
}

// openLog opens the debug log when --debug asks for one. Without a state
// directory it says so and runs without one rather than write elsewhere.
func (a *app) openLog(cmd *cobra.Command) error {
	if !a.flags.debug {
		return nil
	}
	if a.set.StateDir == "" {
		fmt.Fprintln(a.io.Err, noHomeNote)
		return nil
	}
	log, closeLog, err := openDebugLog(a.set.StateDir)
	if err != nil {
		return fmt.Errorf("debug log: %w", err)
	}
	a.log, a.close = log, closeLog
	a.log.Debug("start", "command", cmd.CommandPath(), "version", a.build.Version,
		"profile", a.set.Profile, "env", a.set.Env, "base_url", a.set.BaseURL, "demo", a.flags.demo)
	return nil
}

// needsNoSettings is true for commands that print something fixed.
func needsNoSettings(cmd *cobra.Command) bool {
	for c := cmd; c != nil; c = c.Parent() {
		switch c.Name() {
		case "version", "completion", "help", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
			return true
		}
	}
	return false
}

// isFlagError recognises cobra's argument errors that do not come through
// the flag error func (unknown command, wrong number of arguments).
func isFlagError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "accepts ", "requires ", "unknown flag", "unknown shorthand"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
