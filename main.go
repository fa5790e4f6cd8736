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
	// In the TUI, SIGINT, SIGTERM and SIGHUP cancel the context, which
	// quits it through its normal path, so the terminal is always restored.
	// Before the TUI owns the terminal they end vipcx at once (cli.OnSignal),
	// so nothing it waits on can make it ignore them.
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		for sig := range sigs {
			cli.OnSignal(sig, cancel)
		}
	}()
	code := cli.Execute(ctx, os.Args[1:], cli.StdIO(), cli.BuildInfo{Version: version, Commit: commit})
	signal.Stop(sigs)
	cancel()
	os.Exit(code)
}
