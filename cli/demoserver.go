package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
)

// Fixed example IDs for the printed curl line: any UUID works, and fixed
// ones need no uuidgen (which many machines lack).
const (
	exampleRequestID     = "6f1c2a3e-0000-4000-8000-000000000001"
	exampleCorrelationID = "6f1c2a3e-0000-4000-8000-000000000002"
)

// demoServerName is the command's name, which setup and help look for.
const demoServerName = "demo-server"

func (a *app) demoServerCommand() *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   demoServerName,
		Short: "Serve the demo API and a demo IMS token endpoint for curl, other tools and demos",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			base, stop, err := demo.Start(ctx, addr, demo.WithLogger(a.log))
			if errors.Is(err, syscall.EADDRINUSE) {
				return usageError("demo-server: %s is in use by another program; use --addr to pick another port (e.g. --addr 127.0.0.1:0 for any free one)", addr)
			}
			if err != nil {
				return usageError("demo-server: %v", err)
			}
			defer stop()
			urls, exposed := listenURLs(addr, base)
			writeDemoBanner(a.io.Out, base, urls, exposed)
			<-ctx.Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8421", "address to listen on (0.0.0.0:PORT exposes the demo to the network)")
	return cmd
}

// listenURLs names every address the server answers on. For a wildcard
// --addr that is each interface's address, and the server is exposed:
// anyone on the network can reach it with the published demo credentials.
func listenURLs(addr, base string) (urls []string, exposed bool) {
	u, err := url.Parse(base)
	if err != nil {
		return []string{base}, true
	}
	host, _, err := net.SplitHostPort(addr)
	ip := net.ParseIP(host)
	if err != nil || (host != "" && (ip == nil || !ip.IsUnspecified())) {
		real := net.ParseIP(u.Hostname())
		return []string{base}, real == nil || !real.IsLoopback()
	}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.IsLinkLocalUnicast() {
			continue // link-local addresses need a zone to be dialled
		}
		urls = append(urls, "http://"+net.JoinHostPort(n.IP.String(), u.Port()))
	}
	if len(urls) == 0 {
		urls = []string{base}
	}
	return urls, true
}

// writeDemoBanner prints where the demo listens and everything a client
// needs to use it, all of it public demo data: with VIPCX_IMS_URL set, a
// client secret goes to the demo IMS, never to Adobe's real one.
func writeDemoBanner(w io.Writer, base string, urls []string, exposed bool) {
	fmt.Fprintln(w, "Demo API and demo IMS listening on:")
	for _, u := range urls {
		fmt.Fprintf(w, "  %s\n", u)
	}
	if exposed {
		fmt.Fprintln(w, "\nWARNING: this server is reachable from the network, and its credentials below are published;")
		fmt.Fprintln(w, "anyone who can reach it can use it. Use --addr 127.0.0.1:PORT to keep it on this machine.")
	}
	fmt.Fprint(w, "\nEvery value below is public demo data.")
	if api.ValidateBaseURL(base) == nil { // the only plain-http base vipcx accepts is a loopback IP
		writeVipcxSetup(w, base)
	} else {
		fmt.Fprintf(w, "\n\nvipcx sends plain http only to a loopback address, so it refuses %s: for vipcx,\n", base)
		fmt.Fprintln(w, "listen with --addr 127.0.0.1:PORT (or 0.0.0.0:PORT and use http://127.0.0.1:PORT). Other tools can:")
	}
	fmt.Fprintf(w, `
  curl -s -H 'X-Api-Key: %[2]s' -H 'Authorization: Bearer %[3]s' \
    -H 'X-Request-Id: %[4]s' -H 'X-Correlation-Id: %[5]s' \
    %[1]s/v3/customers/9876543210

Ctrl+C stops the server.
`, base, demo.DemoAPIKey, demo.DemoToken, exampleRequestID, exampleCorrelationID)
}

// writeVipcxSetup is the shell lines that point vipcx at the demo at base.
func writeVipcxSetup(w io.Writer, base string) {
	fmt.Fprintf(w, ` In a shell:

  export VIPCX_BASE_URL=%[1]s
  export VIPCX_IMS_URL=%[1]s
  export VIPCX_API_KEY=%[2]s
  export VIPCX_CLIENT_SECRET=%[3]s
  export VIPCX_RESELLER_ID=%[4]s
  vipcx get 9876543210

Or skip the token exchange with the static token: VIPCX_ACCESS_TOKEN=%[5]s
`, base, demo.DemoAPIKey, demo.DemoClientSecret, demo.ResellerID, demo.DemoToken)
}
