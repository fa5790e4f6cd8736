package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/keys"
)

func (a *app) getCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "get ID",
		Short: "Print one customer for scripts (exit codes in the README)",
		Long: "get fetches one customer and prints a readable summary, or with --json the customer\n" +
			"object exactly as the API sent it, pretty-printed.\n\n" +
			"Exit codes: 0 printed, 1 internal error, 2 usage or invalid ID (nothing sent),\n" +
			"3 credentials missing or rejected, 4 not found, 5 bad request, 6 API or network failure.",
		Example: "  vipcx get 9876543210 --demo\n  vipcx get 9876543210 --json | jq .companyProfile",
		Args:    oneCustomerID,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runGet(cmd.Context(), args[0], asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the customer as the API sent it (every field), pretty-printed")
	return cmd
}

// oneCustomerID says what is missing or extra, instead of cobra's
// "accepts 1 arg(s), received 0".
func oneCustomerID(_ *cobra.Command, args []string) error {
	switch {
	case len(args) == 0:
		return usageError("get needs a customer ID: vipcx get ID (the 10-digit ID from the Admin Console or your order system)")
	case len(args) > 1:
		return usageError("get takes one customer ID, got %d arguments", len(args))
	}
	return nil
}

func (a *app) runGet(ctx context.Context, id string, asJSON bool) error {
	// Trimmed here, as the TUI trims what is typed: a pasted " 1005512199"
	// is the same customer.
	id = strings.TrimSpace(id)
	if err := api.ValidateCustomerID(id); err != nil {
		return a.fail(err)
	}
	var c *api.Customer
	if err := a.fetchWith(ctx, "the customer", func(ctx context.Context, client *api.Client) (err error) {
		c, err = client.GetCustomer(ctx, id)
		return err
	}); err != nil {
		return err
	}
	a.warnWrongID(c)
	if asJSON {
		out, err := api.PrettyJSON(c.Raw)
		if err != nil {
			return a.fail(err)
		}
		_, err = a.io.Out.Write(out)
		return err
	}
	return writeSummary(a.io.Out, c, time.Now())
}

// fail prints err as one or two stderr lines (the README's promise) and returns it
// with the exit code its kind maps to. Errors that already carry an exit code
// (usage errors) are printed as they are.
func (a *app) fail(err error) error {
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	d := api.Describe(err)
	fix := a.fixFor(d)
	var ue *keys.UnavailableError
	if d.Fix == api.FixAddCredentials && errors.As(err, &ue) {
		fix = upperFirst(a.statusAdvice(err)) + "." // auth login cannot save without a keyring
	}
	writeDescription(a.io.Err, d, fix)
	a.log.Debug("failed", "title", d.Title, "code", d.Code, "request_id", d.RequestID, "err", err.Error())
	return &exitError{code: exitFor(d.Kind), err: err, printed: true}
}

// writeDescription writes "error: <title>: <what it means>" and, when there is
// one, a second line with the next step, ending with the IDs to quote to
// Adobe (the correlation ID last, as support asks for it).
func writeDescription(w io.Writer, d api.Description, fix string) {
	line := "error: " + d.Title
	if d.Code != "" || d.Message != "" {
		line += " (Adobe " + join(" ", d.Code, d.Message) + ")"
	}
	if d.Meaning != "" {
		line += ": " + d.Meaning
	}
	if len(d.InvalidFields) > 0 {
		line += " Invalid fields: " + strings.Join(d.InvalidFields, ", ") + "."
	}
	fmt.Fprintln(w, line)
	var ids []string
	if d.RequestID != "" {
		ids = append(ids, "request ID "+d.RequestID)
	}
	if d.CorrelationID != "" {
		ids = append(ids, "correlation ID "+d.CorrelationID)
	}
	hint := fix
	if len(ids) > 0 {
		hint = join(" ", hint, "("+strings.Join(ids, ", ")+")")
	}
	if hint != "" {
		fmt.Fprintln(w, "  "+hint)
	}
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}
