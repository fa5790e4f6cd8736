package cli

import (
	"os"
	"sync"
	"sync/atomic"
	"syscall"
)

// tuiOwnsTerminal is set once the TUI is about to take the terminal; from
// then on a signal cancels the context and the TUI quits through its normal
// path, restoring the terminal. Before that nothing needs restoring, and a
// signal ends the program at once, whatever it is blocked on.
var tuiOwnsTerminal atomic.Bool

var (
	restoreMu sync.Mutex
	restore   func() // undoes a masked prompt's terminal mode, if one is up
)

// OnSignal is main's handler for SIGINT, SIGTERM and SIGHUP. While the TUI
// owns the terminal it calls cancel; otherwise it restores the terminal
// after a masked prompt and exits with 128+n, as the default action would.
func OnSignal(sig os.Signal, cancel func()) {
	if tuiOwnsTerminal.Load() {
		cancel()
		return
	}
	restoreMu.Lock()
	if restore != nil {
		restore()
	}
	restoreMu.Unlock()
	code := 1
	if s, ok := sig.(syscall.Signal); ok {
		code = 128 + int(s)
	}
	os.Exit(code)
}

// setRestore registers (or, with nil, clears) the terminal restore OnSignal
// runs.
func setRestore(f func()) {
	restoreMu.Lock()
	restore = f
	restoreMu.Unlock()
}
