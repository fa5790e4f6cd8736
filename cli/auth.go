package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// maxStdinSecret caps what `auth login --with-*` reads from stdin: tokens
// are a few KB; anything larger is a mistake (a file piped by accident).
const maxStdinSecret = 64 << 10

func (a *app) authCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "auth",
		Short: "Manage credentials in the OS keyring",
		Long: "Credentials live in the OS keyring (service \"vipcx\"), one entry per secret per profile.\n" +
			"For CI, set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET instead:\n" +
			"the keyring is then never opened.",
	}
	cmd.AddCommand(a.loginCommand(), a.statusCommand(), a.logoutCommand())
	return cmd
}

type loginFlags struct {
	apiKey     string
	withToken  bool
	withSecret bool
	check      bool
}

func (a *app) loginCommand() *cobra.Command {
	var f loginFlags
	cmd := &cobra.Command{
		Use:   "login",
		Short: "Store an API key with an access token or a client secret",
		Example: "  vipcx auth login                                   # prompts; token and secret masked\n" +
			"  printf %s \"$TOKEN\" | VIPCX_API_KEY=\"$KEY\" vipcx auth login --with-token\n" +
			"  VIPCX_API_KEY=\"$KEY\" vipcx auth login --with-client-secret < secret.txt --check",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runLogin(cmd.Context(), f) },
		PreRunE: func(cmd *cobra.Command, _ []string) error {
			if a.flags.demo {
				return usageError("auth login stores real credentials; --demo needs none (and --check --demo would check against production)")
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.apiKey, "api-key", "", "the integration's API key (client ID); prefer $VIPCX_API_KEY, since arguments are visible to other local users")
	fl.BoolVar(&f.withToken, "with-token", false, "read an access token from stdin")
	fl.BoolVar(&f.withSecret, "with-client-secret", false, "read a client secret from stdin (tokens are then minted from IMS)")
	fl.BoolVar(&f.check, "check", false, "verify the credentials before saving (mints a token, or calls the API)")
	return cmd
}

func (a *app) runLogin(ctx context.Context, f loginFlags) error {
	// Ask the keyring first: there is no point prompting for secrets that
	// cannot be saved.
	if err := a.probeKeyring(ctx); err != nil {
		return err
	}
	creds, err := a.readLogin(f)
	if err != nil {
		return err
	}
	if f.check {
		if err := a.checkCredentials(ctx, creds); err != nil {
			return err
		}
	}
	if err := keys.SaveLogin(ctx, a.store(), a.set.Profile, creds.APIKey, creds.AccessToken, creds.ClientSecret); err != nil {
		if f.check {
			return a.storageFailure("the credentials were accepted but not saved", err)
		}
		return a.storageFailure("the credentials were not saved", err)
	}
	kind := "access token"
	if !creds.ClientSecret.IsZero() {
		kind = "client secret"
	}
	fmt.Fprintf(a.io.Out, "✓ Saved API key %s and %s for profile %q in the OS keyring.\n",
		sanitize.Line(secret.Mask(creds.APIKey)), kind, a.set.Profile)
	return nil
}

// readLogin gathers the credentials: from flags and stdin for scripts, or
// from prompts on a terminal (the token and secret masked).
func (a *app) readLogin(f loginFlags) (keys.Credentials, error) {
	c := keys.Credentials{Profile: a.set.Profile, APIKey: strings.TrimSpace(f.apiKey)}
	if f.withToken && f.withSecret {
		return c, usageError("use either --with-token or --with-client-secret, not both")
	}
	if c.APIKey == "" && (f.withToken || f.withSecret) {
		// The variable keeps the key out of the command line, which any
		// local user can read in /proc/PID/cmdline.
		c.APIKey = strings.TrimSpace(env(a.io.Getenv, "VIPCX_API_KEY"))
		if c.APIKey == "" {
			return c, usageError("--with-token and --with-client-secret need the API key in VIPCX_API_KEY or --api-key")
		}
		v, err := readStdinSecret(a.io.In)
		if err != nil {
			return c, err
		}
		return withSecret(c, f.withSecret, v), nil
	}
	if c.APIKey != "" {
		if !f.withToken && !f.withSecret {
			return c, usageError("--api-key needs --with-token or --with-client-secret (the secret is read from stdin)")
		}
		v, err := readStdinSecret(a.io.In)
		if err != nil {
			return c, err
		}
		return withSecret(c, f.withSecret, v), nil
	}
	if !a.io.Interactive {
		return c, usageError("no terminal for prompts: set VIPCX_API_KEY and give the secret on stdin with --with-token or --with-client-secret")
	}
	return a.promptLogin(c)
}

// promptLogin asks for the API key, then an access token; an empty answer
// there asks for a client secret instead. The API key is the integration's
// client ID, which Adobe sends in every request's x-api-key header and the
// TUI's form shows as typed, so its prompt echoes (a typo can be seen);
// the token and the secret are masked.
func (a *app) promptLogin(c keys.Credentials) (keys.Credentials, error) {
	key, err := a.readVisible("API key (client ID): ")
	if err != nil || key == "" {
		return c, usageError("an API key is required")
	}
	c.APIKey = key
	tok, err := a.io.ReadSecret("Access token (press Enter to use a client secret instead): ")
	if err != nil {
		return c, usageError("%v", err)
	}
	if tok != "" {
		return withSecret(c, false, tok), nil
	}
	sec, err := a.io.ReadSecret("Client secret: ")
	if err != nil || sec == "" {
		return c, usageError("an access token or a client secret is required")
	}
	return withSecret(c, true, sec), nil
}

// readVisible prompts on stderr and reads one line of stdin, echoed by the
// terminal. It reads a byte at a time so nothing past the line is taken
// from the masked prompts that read the terminal next.
func (a *app) readVisible(prompt string) (string, error) {
	fmt.Fprint(a.io.Err, prompt)
	var line []byte
	b := make([]byte, 1)
	for {
		n, err := a.io.In.Read(b)
		if n == 1 && b[0] == '\n' {
			break
		}
		if line = append(line, b[:n]...); len(line) > maxStdinSecret {
			return "", usageError("the answer is longer than %d KiB: not an API key", maxStdinSecret>>10)
		}
		if err == io.EOF && len(line) > 0 {
			break
		}
		if err != nil {
			return "", err
		}
	}
	return strings.TrimSpace(string(line)), nil
}

func withSecret(c keys.Credentials, isClientSecret bool, v string) keys.Credentials {
	if isClientSecret {
		c.ClientSecret, c.ClientSecretSource = secret.New(v), keys.SourceFlag
	} else {
		c.AccessToken, c.AccessTokenSource = secret.New(v), keys.SourceFlag
	}
	c.APIKeySource = keys.SourceFlag
	return c
}

func readStdinSecret(r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxStdinSecret+1))
	if err != nil {
		return "", fmt.Errorf("read stdin: %w", err)
	}
	if len(b) > maxStdinSecret {
		return "", usageError("stdin holds more than %d KiB: not a token or secret", maxStdinSecret>>10)
	}
	v := strings.TrimSpace(string(b))
	if v == "" {
		return "", usageError("stdin is empty: pipe the token or secret in, e.g. printf %%s \"$TOKEN\" | vipcx auth login ...")
	}
	return v, nil
}

// checkCredentials proves the credentials work before they are stored: a
// client secret must mint a token; a token must be accepted by the API.
func (a *app) checkCredentials(ctx context.Context, c keys.Credentials) error {
	client, err := a.clientFor(c)
	if err != nil {
		return a.fail(err)
	}
	if err := client.Ping(ctx); err != nil {
		return a.fail(err)
	}
	fmt.Fprintln(a.io.Out, "✓ Credentials accepted by "+sanitize.Line(a.set.BaseURL))
	return nil
}

func (a *app) logoutCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "logout",
		Short: "Delete the profile's stored secrets and cached token",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			removed, err := keys.Logout(cmd.Context(), a.store(), a.set.Profile)
			if err != nil {
				return a.storageFailure("nothing was removed", err)
			}
			if len(removed) == 0 {
				fmt.Fprintf(a.io.Out, "Nothing stored for profile %q.\n", a.set.Profile)
				return nil
			}
			fmt.Fprintf(a.io.Out, "✓ Removed %s for profile %q.\n", strings.Join(removed, ", "), a.set.Profile)
			return nil
		},
	}
}
