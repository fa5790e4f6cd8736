package cli

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

func (a *app) subscriptionsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "subscriptions ID",
		Short: "List what a customer owns: subscriptions, quantities, renewal",
		Long: "subscriptions prints a customer's subscriptions: offer, status, current and used\n" +
			"quantity, auto-renewal and the renewal date with the days left. --json prints one JSON\n" +
			"array of the subscriptions exactly as the API sent them.\n\n" +
			"Exit codes as get: 0 printed (even none), 2 usage or invalid ID (nothing sent),\n" +
			"3 credentials, 4 customer not found, 5 bad request, 6 API or network failure.",
		Example: "  vipcx subscriptions 1005512199 --demo",
		Args:    customerArg("subscriptions"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSubscriptions(cmd.Context(), args[0], asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON array of the subscriptions as the API sent them")
	return cmd
}

func (a *app) runSubscriptions(ctx context.Context, id string, asJSON bool) error {
	id = strings.TrimSpace(id)
	if err := api.ValidateCustomerID(id); err != nil {
		return a.fail(err)
	}
	var list *api.List[api.Subscription]
	err := a.fetchWith(ctx, "the subscriptions", func(ctx context.Context, client *api.Client) (err error) {
		list, err = client.ListSubscriptions(ctx, id)
		return err
	})
	if err != nil {
		return err
	}
	if asJSON {
		err = writeJSONArray(a.io.Out, list.Raw)
	} else {
		err = writeRows(a.io.Out, present.SubscriptionHeaders, present.SubscriptionRows(list.Items, time.Now()))
	}
	if err != nil {
		return err
	}
	_, err = a.io.Err.Write([]byte(countLine(len(list.Items), list.Total, list.Short, "subscriptions", "") + "\n"))
	return err
}

// customerArg says what is missing or extra for a command that takes one
// customer ID, instead of cobra's "accepts 1 arg(s), received 0".
func customerArg(name string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return usageError("%s needs a customer ID: vipcx %s ID", name, name)
		case len(args) > 1:
			return usageError("%s takes one customer ID, got %d arguments", name, len(args))
		}
		return nil
	}
}
