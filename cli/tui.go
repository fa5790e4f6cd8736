package cli

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/ui"
)

// runTUI starts the full-screen browser: against the in-process demo API
// with --demo, else with the resolved credentials, or on the credentials form
// when there are none. With a reseller (always with --demo) it opens on the
// reseller's customers; the client is both the ui.Fetcher and the
// ui.CustomerLister the list needs.
func (a *app) runTUI(ctx context.Context, customer string) error {
	if !a.io.Interactive {
		return usageError("the TUI needs a terminal; for scripts use: vipcx get ID [--json]")
	}
	if customer != "" {
		if err := api.ValidateCustomerID(customer); err != nil {
			return a.fail(err)
		}
	}
	where := tuiPlace(a.flags.demo, a.set.Env, a.set.BaseURL)
	opts := ui.Options{
		Demo: a.flags.demo, InitialID: customer, ResellerID: a.set.ResellerID,
		HistoryPath: historyPath(a.set.StateDir, placeFileName(where)),
		Dark:        a.darkBackground(),
		Profile:     a.set.Profile, Env: where, Logger: a.log,
	}
	if a.flags.demo {
		client, done, err := a.demoClient(ctx)
		if err != nil {
			return a.fail(err)
		}
		defer done()
		opts.Fetcher, opts.Samples = client, demoSamples()
	} else if err := a.liveFetcher(ctx, &opts); err != nil {
		return a.fail(err)
	}
	return a.reportCrash(ui.Run(ctx, opts))
}

// tuiPlace names where the TUI is connected, for the title bar and the
// history file (one per place, so demo IDs never show up as recent in a
// live session, nor sandbox IDs in production): "demo", a known
// environment when the base URL is its own, else the base URL's host as the
// user wrote it ("127.0.0.1:8080").
func tuiPlace(demo bool, env, baseURL string) string {
	if demo {
		return "demo"
	}
	if known, ok := environments[env]; ok && strings.TrimRight(baseURL, "/") == known.api {
		return env
	}
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" {
		return "custom"
	}
	return u.Host
}

// placeFileName is place made safe for a file name: a host's port colon (and
// an IPv6 address's colons) become underscores; file names stay as
// they were when the title showed them too.
func placeFileName(place string) string {
	return strings.NewReplacer(":", "_", "/", "_").Replace(place)
}

// reportCrash turns a TUI crash into a short, secret-free report on stderr
// and exit status 1. ui.Run has already restored the terminal and sent the
// stack to the debug log; any other error passes through unchanged.
func (a *app) reportCrash(err error) error {
	var crash *ui.CrashError
	if !errors.As(err, &crash) {
		return err
	}
	fmt.Fprintf(a.io.Err, "vipcx crashed: %s; please report it with the steps that led here\n", crash.Error())
	return &exitError{code: exitInternal, err: err, printed: true}
}

// liveFetcher fills in the fetcher from stored or environment credentials.
// Missing credentials are not an error here: the TUI opens its form, whose
// Connect saves what the user types to the keyring.
func (a *app) liveFetcher(ctx context.Context, opts *ui.Options) error {
	if err := api.ValidateBaseURL(a.set.BaseURL); err != nil {
		return err
	}
	opts.URLs = ui.URLSources{BaseURL: a.urlFrom("base URL", a.set.BaseURLSource), IMSURL: a.urlFrom("IMS URL", a.set.IMSURLSource)}
	opts.Connect = a.saveAndConnect
	creds, err := a.resolveCredentials(ctx)
	if err != nil {
		a.log.Info("no usable credentials; opening the form", "err", err.Error())
		var unavailable *keys.UnavailableError
		if errors.As(err, &unavailable) {
			opts.CredentialsProblem = unavailable.Error()
		}
		return nil
	}
	client, err := a.clientFor(creds)
	if err != nil {
		return err
	}
	opts.Fetcher, opts.Sources = client, tuiSources(creds)
	return nil
}

// tuiSources tells the TUI where each credential came from, so its advice
// for a rejected one names the place to fix, as `get`'s does (fix.go).
func tuiSources(c keys.Credentials) ui.CredentialSources {
	of := func(s keys.Source) ui.CredentialSource {
		switch s {
		case keys.SourceEnv:
			return ui.SourceEnv
		case keys.SourceKeyring:
			return ui.SourceKeyring
		}
		return ui.SourceUnknown
	}
	return ui.CredentialSources{APIKey: of(c.APIKeySource), Token: of(c.AccessTokenSource), Secret: of(c.ClientSecretSource)}
}

// saveAndConnect is the credentials form's submit: store in the keyring
// (unless the user chose this session only), then build a client.
func (a *app) saveAndConnect(ctx context.Context, c ui.Login) (ui.Fetcher, error) {
	src := keys.SourceKeyring
	if c.SessionOnly {
		src = keys.SourceNone // typed into the form, stored nowhere
	}
	creds := keys.Credentials{Profile: a.set.Profile, APIKey: c.APIKey, APIKeySource: src}
	if c.Kind == ui.CredClientSecret {
		creds.ClientSecret, creds.ClientSecretSource = c.Secret, src
	} else {
		creds.AccessToken, creds.AccessTokenSource = c.Secret, src
	}
	if !c.SessionOnly {
		if err := keys.SaveLogin(ctx, a.store(), a.set.Profile, c.APIKey, creds.AccessToken, creds.ClientSecret); err != nil {
			return nil, err
		}
	}
	client, err := a.clientFor(creds)
	if err != nil {
		return nil, err
	}
	return client, nil
}

// darkBackground decides the palette before the program starts: asking the
// terminal once Bubble Tea owns stdin can stall (lipgloss #73).
func (a *app) darkBackground() bool {
	switch a.flags.theme {
	case "dark":
		return true
	case "light":
		return false
	}
	return lipgloss.HasDarkBackground()
}

func demoSamples() []ui.Sample {
	var out []ui.Sample
	for _, s := range demo.Samples() {
		out = append(out, ui.Sample{ID: s.ID, Summary: s.Summary})
	}
	return out
}
