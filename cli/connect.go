package cli

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// keyringStore is the production credential store: the OS keyring with a
// timeout on every call.
func keyringStore(timeout time.Duration) keys.Store { return keys.NewKeyring(timeout) }

// store returns the credential store. Opening it costs nothing: the keyring
// is only contacted by a call, and keys.Resolve makes none when the
// environment holds complete credentials.
func (a *app) store() keys.Store { return a.newStore(a.set.KeyringTimeout) }

// connect returns a client for the active mode: the in-process demo API with
// --demo, else the configured API with the resolved credentials. done stops
// whatever connect started.
func (a *app) connect(ctx context.Context) (c *api.Client, done func(), err error) {
	if a.flags.demo {
		return a.demoClient(ctx)
	}
	if err := api.ValidateBaseURL(a.set.BaseURL); err != nil {
		return nil, nil, err
	}
	creds, err := a.resolveCredentials(ctx)
	if err != nil {
		return nil, nil, err
	}
	c, err = a.clientFor(creds)
	return c, func() {}, err
}

// demoClient starts the demo API on a loopback port and returns a client
// holding the demo's own key and token. No keyring is touched.
func (a *app) demoClient(ctx context.Context) (*api.Client, func(), error) {
	base, stop, err := demo.Start(ctx, "127.0.0.1:0", demo.WithLogger(a.log))
	if err != nil {
		return nil, nil, fmt.Errorf("start the demo API: %w", err)
	}
	c, err := a.newClient(base, demo.DemoAPIKey, api.StaticToken(secret.New(demo.DemoToken)))
	if err != nil {
		stop()
		return nil, nil, err
	}
	return c, stop, nil
}

// resolveCredentials reads VIPCX_* variables and, only for what they lack,
// the keyring. Missing credentials wrap api.ErrNoCredentials so Describe
// explains them; a keyring failure is kept as the cause.
func (a *app) resolveCredentials(ctx context.Context) (keys.Credentials, error) {
	creds, err := keys.Resolve(ctx, a.store(), a.set.Profile, a.io.Getenv)
	a.used = sourcesOf(creds)
	a.log.Debug("credentials", "profile", creds.Profile, "api_key_from", creds.APIKeySource,
		"token_from", creds.AccessTokenSource, "secret_from", creds.ClientSecretSource, "err", err)
	if creds.Usable() {
		return creds, nil
	}
	if err != nil {
		return creds, &noCredsError{cause: err}
	}
	return creds, fmt.Errorf("%w for profile %q", api.ErrNoCredentials, a.set.Profile)
}

// clientFor builds the API client for resolved credentials: a token from the
// environment or keyring is used as is; a client secret mints tokens from
// IMS, cached in the keyring when the secret came from there.
func (a *app) clientFor(creds keys.Credentials) (*api.Client, error) {
	ts, err := a.tokenSource(creds)
	if err != nil {
		return nil, err
	}
	return a.newClient(a.set.BaseURL, creds.APIKey, ts)
}

func (a *app) tokenSource(creds keys.Credentials) (api.TokenSource, error) {
	if !creds.AccessToken.IsZero() {
		return api.StaticToken(creds.AccessToken), nil
	}
	if err := a.checkIMSForLocalAPI(); err != nil {
		return nil, err
	}
	cfg := api.IMSConfig{
		URL: a.set.IMSURL, ClientID: creds.APIKey, ClientSecret: creds.ClientSecret,
		Scope: a.set.Scope, Logger: a.log, UserAgent: a.userAgent(),
		// --timeout bounds the token request too, not only the API's.
		HTTPClient: &http.Client{Timeout: a.set.Timeout},
	}
	if creds.ClientSecretSource == keys.SourceKeyring {
		cfg.Cache = keys.NewTokenCache(a.store(), creds.Profile, a.issuer(creds))
	}
	return api.NewIMSTokenSource(cfg)
}

func (a *app) newClient(base, apiKey string, ts api.TokenSource) (*api.Client, error) {
	return api.NewClient(base,
		api.WithAPIKey(apiKey),
		api.WithTokenSource(ts),
		api.WithUserAgent(a.userAgent()),
		api.WithAttemptTimeout(a.set.Timeout),
		api.WithLogger(a.log),
	)
}

// userAgent is what every request to Adobe is signed with.
func (a *app) userAgent() string { return "vipcx/" + a.version() }

// issuer is what a cached IMS token of creds is valid for.
func (a *app) issuer(creds keys.Credentials) keys.TokenIssuer {
	return keys.TokenIssuer{IMSURL: a.set.IMSURL, ClientID: creds.APIKey, Scope: a.set.Scope}
}

// noCredsError is "no credentials" because the keyring failed. Its text
// carries the keyring's reason without advice: the description of
// api.ErrNoCredentials gives the advice, and the same hint twice reads as
// two problems.
type noCredsError struct{ cause error }

func (e *noCredsError) Error() string {
	return api.ErrNoCredentials.Error() + ": " + keyringReason(e.cause)
}

func (e *noCredsError) Unwrap() []error { return []error{api.ErrNoCredentials, e.cause} }

// imsURLIsDefault is whether the IMS URL is the environment's default:
// nothing set it.
func (s settings) imsURLIsDefault() bool { return s.IMSURLSource == "default ims_url" }

// checkIMSForLocalAPI refuses to mint a token from the default (Adobe's)
// IMS for an API on this machine: a user who points VIPCX_BASE_URL at the
// demo server (or another local one) but not VIPCX_IMS_URL would otherwise
// post the client secret to Adobe's real IMS, which is neither what they
// meant nor a place a secret typed for a test should go.
func (a *app) checkIMSForLocalAPI() error {
	if !a.set.imsURLIsDefault() || !isLocalHost(a.set.BaseURL) {
		return nil
	}
	return usageError("the base URL %s is on this machine but VIPCX_IMS_URL is not set, so the client secret "+
		"would go to Adobe's IMS (%s): set VIPCX_IMS_URL (or ims_url in the profile) to the local server's "+
		"token endpoint; `vipcx demo-server` prints it", sanitize.Line(a.set.BaseURL), a.set.IMSURL)
}

// isLocalHost reports whether raw's host is a loopback address or
// localhost: here a name is enough, since refusing is the safe side.
func isLocalHost(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	h := u.Hostname()
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback()
	}
	return strings.EqualFold(h, "localhost") || strings.HasSuffix(strings.ToLower(h), ".localhost")
}

// fetchWith is what every command that reads the API does: connect, run
// call under a context that reports its retries and a slow wait on stderr
// (what names what is fetched: "the order history"), stop reporting before
// the command writes its output, and disconnect. A failure to connect or
// of call is printed as fail prints it and returned.
func (a *app) fetchWith(ctx context.Context, what string, call func(context.Context, *api.Client) error) error {
	client, done, err := a.connect(ctx)
	if err != nil {
		return a.fail(err)
	}
	defer done()
	watched, stop := a.watch(ctx, what)
	err = call(watched, client)
	stop()
	if err != nil {
		return a.fail(err)
	}
	return nil
}
