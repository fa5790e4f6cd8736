package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api/demo"
)

func (a *app) demoServerCommand() *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "demo-server",
		Short: "Serve the demo API and a demo IMS token endpoint for curl, other tools and demos",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			base, stop, err := demo.Start(ctx, addr, demo.WithLogger(a.log))
			if err != nil {
				return usageError("demo-server: %v", err)
			}
			defer stop()
			fmt.Fprintf(a.io.Out, "Demo API on %s (Ctrl+C to stop)\n\n", base)
			fmt.Fprintf(a.io.Out, "  VIPCX_BASE_URL=%s VIPCX_API_KEY=%s VIPCX_ACCESS_TOKEN=%s vipcx get 9876543210\n",
				base, demo.DemoAPIKey, demo.DemoToken)
			fmt.Fprintf(a.io.Out, "  curl -s -H 'X-Api-Key: %s' -H 'Authorization: Bearer %s' -H \"X-Correlation-Id: $(uuidgen)\" %s/v3/customers/9876543210\n",
				demo.DemoAPIKey, demo.DemoToken, base)
			<-ctx.Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8421", "address to listen on")
	return cmd
}
