package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

func (a *app) statusCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show which credentials are configured, where they come from, and whether the keyring answers",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runStatus(cmd.Context()) },
	}
}

// runStatus never prints a secret: the API key is masked, tokens and client
// secrets are reported only as present, with where they come from.
func (a *app) runStatus(ctx context.Context) error {
	start := time.Now()
	st := a.store()
	creds, err := keys.Resolve(ctx, st, a.set.Profile, a.io.Getenv)
	elapsed := time.Since(start)
	tw := tabwriter.NewWriter(a.io.Out, 0, 4, 2, ' ', 0)
	// Every value is sanitized: a profile, URL or key from a config file or
	// variable could hold an escape sequence aimed at the terminal.
	fmt.Fprintf(tw, "Profile\t%s\n", sanitize.Line(a.set.Profile))
	fmt.Fprintf(tw, "Environment\t%s (%s)\n", sanitize.Line(a.set.Env), sanitize.Line(a.set.BaseURL))
	fmt.Fprintf(tw, "Config file\t%s\n", configLine(a.set.ConfigPath))
	fmt.Fprintf(tw, "API key\t%s\n", presence(creds.APIKey != "", sanitize.Line(secret.Mask(creds.APIKey)), creds.APIKeySource))
	fmt.Fprintf(tw, "Access token\t%s\n", presence(!creds.AccessToken.IsZero(), "set", creds.AccessTokenSource))
	fmt.Fprintf(tw, "Client secret\t%s\n", presence(!creds.ClientSecret.IsZero(), "set", creds.ClientSecretSource))
	keyringUsed := creds.APIKeySource == keys.SourceKeyring || creds.AccessTokenSource == keys.SourceKeyring ||
		creds.ClientSecretSource == keys.SourceKeyring || err != nil || !creds.Usable()
	if creds.ClientSecretSource == keys.SourceKeyring {
		a.writeCachedToken(ctx, tw, st, creds)
	}
	writeKeyringHealth(tw, keyringUsed, err, elapsed)
	if ferr := tw.Flush(); ferr != nil {
		return ferr
	}
	if !creds.Usable() {
		fmt.Fprintln(a.io.Err, "error: no usable credentials for this profile: "+a.statusAdvice(err))
		return &exitError{code: exitFor(api.KindCredentials), err: errors.New("no usable credentials"), printed: true}
	}
	return nil
}

func presence(ok bool, what string, from keys.Source) string {
	if !ok {
		return "not set"
	}
	return fmt.Sprintf("%s (from the %s)", what, from)
}

func (a *app) writeCachedToken(ctx context.Context, w io.Writer, st keys.Store, creds keys.Credentials) {
	_, exp, err := keys.NewTokenCache(st, a.set.Profile, a.issuer(creds)).LoadToken(ctx)
	switch {
	case errors.Is(err, keys.ErrNotFound):
		fmt.Fprintln(w, "Cached token\tnone (one is minted on the next request)")
	case err != nil:
		fmt.Fprintf(w, "Cached token\tunreadable: %s\n", sanitize.Line(err.Error()))
	case time.Until(exp) <= 0:
		fmt.Fprintf(w, "Cached token\texpired at %s\n", exp.UTC().Format(time.DateTime+" MST"))
	default:
		fmt.Fprintf(w, "Cached token\texpires %s (in %s)\n", exp.UTC().Format(time.DateTime+" MST"), time.Until(exp).Round(time.Minute))
	}
}

// writeKeyringHealth says whether the keyring answered and how fast, or that
// it was not consulted because the environment held complete credentials.
func writeKeyringHealth(w io.Writer, used bool, err error, elapsed time.Duration) {
	switch {
	case !used:
		fmt.Fprintln(w, "Keyring\tnot consulted (the environment supplies complete credentials)")
	case err != nil:
		fmt.Fprintf(w, "Keyring\tunavailable after %s: %s\n", shortDuration(elapsed), keyringReason(err))
	default:
		fmt.Fprintf(w, "Keyring\tanswers (%s)\n", shortDuration(elapsed))
	}
}

// shortDuration rounds a keyring call's time to what a reader can use: a
// fast failure is "200µs", not "0s"; a timeout "5s", not "5.000123s".
func shortDuration(d time.Duration) time.Duration {
	if d < 10*time.Millisecond {
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// keyringReason is the keyring's failure without advice: the status error
// line that follows gives the advice once.
func keyringReason(err error) string {
	var ue *keys.UnavailableError
	if errors.As(err, &ue) {
		r := ue.Reason()
		if ue.Locked() {
			r += " (unlock it)"
		}
		return r
	}
	return sanitize.Line(err.Error())
}

// configLine says which config file applies, or why none does.
func configLine(path string) string {
	if path == "" {
		return "none: neither $HOME nor $XDG_CONFIG_HOME is set, so vipcx runs without config and state"
	}
	if _, err := os.Lstat(path); err != nil {
		return sanitize.Line(path) + " (not present: defaults apply)"
	}
	return sanitize.Line(path)
}

// statusAdvice is how to get usable credentials. With the keyring
// unavailable, auth login cannot save any, so only the variables not yet set
// are suggested, after the keyring's own hint unless the Keyring line has
// given it ("unlock it").
func (a *app) statusAdvice(err error) string {
	var ue *keys.UnavailableError
	if !errors.As(err, &ue) {
		return "run `vipcx auth login`, or set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET"
	}
	alt := a.envAdvice()
	if ue.Locked() && alt != "" {
		return alt
	}
	return ue.Hint(alt)
}
