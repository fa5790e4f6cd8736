// Command vipcx is a terminal customer browser for the Adobe VIP Marketplace
// partner API. This file only wires the process to package cli.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/vipcx/vipcx/cli"
)

// version and commit are set at link time: -ldflags "-X main.version=v1.0.0 -X main.commit=abc123".
var (
	version = "dev"
	commit  = ""
)

func main() {
	// SIGTERM and SIGHUP cancel the context, which ends a fetch or quits the
	// TUI through its normal path, so the terminal is always restored.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	code := cli.Execute(ctx, os.Args[1:], cli.StdIO(), cli.BuildInfo{Version: version, Commit: commit})
	stop()
	os.Exit(code)
}
