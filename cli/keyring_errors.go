package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/vipcx/vipcx/keys"
	"github.com/vipcx/vipcx/sanitize"
)

// storageFailure reports a keyring failure while saving or deleting: what
// happened to the user's request (what), the keyring's reason, and one hint.
// It is exit 1: the credentials were not rejected (exit 3 would say so), the
// place to keep them failed.
func (a *app) storageFailure(what string, err error) error {
	fmt.Fprintf(a.io.Err, "error: %s: %s\n", what, a.keyringMessage(err))
	return &exitError{code: exitInternal, err: err, printed: true}
}

// keyringMessage is the keyring's reason with one hint, which suggests only
// the VIPCX_* variables that are not already set.
func (a *app) keyringMessage(err error) string {
	var ue *keys.UnavailableError
	if !errors.As(err, &ue) {
		return sanitize.Line(err.Error())
	}
	if hint := ue.Hint(a.envAdvice()); hint != "" {
		return ue.Reason() + "; " + hint
	}
	return ue.Reason()
}

// envAdvice suggests the variables that would make the keyring
// unnecessary, leaving out those already set; "" when all are.
func (a *app) envAdvice() string {
	has := func(n string) bool { return env(a.io.Getenv, n) != "" }
	var need []string
	if !has("VIPCX_API_KEY") {
		need = append(need, "VIPCX_API_KEY")
	}
	if !has("VIPCX_ACCESS_TOKEN") && !has("VIPCX_CLIENT_SECRET") {
		need = append(need, "VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET")
	}
	if len(need) == 0 {
		return ""
	}
	return "to work without the keyring, set " + strings.Join(need, " with ")
}

// probeKeyring asks the keyring for the profile's API key before auth login
// prompts, so a user without a usable keyring is told at once, and offered
// the variables, instead of after typing every secret.
func (a *app) probeKeyring(ctx context.Context) error {
	_, err := a.store().Get(ctx, keys.Account(a.set.Profile, keys.NameAPIKey))
	var ue *keys.UnavailableError
	if err == nil || errors.Is(err, keys.ErrNotFound) || !errors.As(err, &ue) {
		return nil
	}
	alt := a.envAdvice()
	if alt == "" {
		alt = "the VIPCX_* variables already set work without it: run vipcx without auth login"
	}
	fmt.Fprintf(a.io.Err, "error: auth login saves to the OS keyring, and %s\n  %s.\n", ue.Reason(), upperFirst(ue.Hint(alt)))
	return &exitError{code: exitInternal, err: err, printed: true}
}

// upperFirst starts a hint line with a capital, as a sentence of its own.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
