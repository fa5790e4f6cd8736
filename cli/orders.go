package cli

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

func (a *app) ordersCommand() *cobra.Command {
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "orders ID",
		Short: "List what a customer bought: its order history, newest first",
		Long: "orders prints a customer's order history, newest first: date, order ID, type, status,\n" +
			"number of line items and total quantity. Adobe returns only the current term unless\n" +
			"asked for more, so orders asks for the whole history unless --since says otherwise.\n" +
			"--json prints one JSON array of the orders exactly as the API sent them, pages joined.\n\n" +
			"Exit codes as get: 0 printed (even none), 2 usage or invalid ID (nothing sent),\n" +
			"3 credentials, 4 customer not found, 5 bad request, 6 API or network failure.",
		Example: "  vipcx orders 1005512199 --demo\n  vipcx orders 1005512199 --since 2025-01-01 --all --json",
		Args:    customerArg("orders"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runOrders(cmd.Context(), args[0], p)
		},
	}
	p.register(cmd, "orders")
	return cmd
}

func (a *app) runOrders(ctx context.Context, id string, p pageFlags) error {
	id = strings.TrimSpace(id)
	if err := api.ValidateCustomerID(id); err != nil {
		return a.fail(err)
	}
	max, err := p.max()
	if err != nil {
		return err
	}
	since, until, err := p.dates()
	if err != nil {
		return err
	}
	var list *api.List[api.Order]
	out, ctx := watchJSON(ctx, p.asJSON)
	err = a.fetchWith(ctx, "the order history", func(ctx context.Context, client *api.Client) (err error) {
		list, err = client.ListOrders(ctx, id, api.OrderQuery{Start: since, End: until}, max)
		return err
	})
	if err != nil {
		return err
	}
	if p.asJSON {
		err = out.write(a.io.Out, list.Raw)
	} else {
		err = writeRows(a.io.Out, present.OrderHeaders, present.OrderRows(list.Items))
	}
	if err != nil {
		return err
	}
	_, err = a.io.Err.Write([]byte(countLine(len(list.Items), list.Total, list.Short, "orders", "") + "\n"))
	return err
}
