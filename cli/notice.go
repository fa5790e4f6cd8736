package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// defaultSlowAfter is how long a fetch runs before stderr says it is still
// waiting; then it says so again every slowEvery.
const (
	defaultSlowAfter = 3 * time.Second
	slowEvery        = 5 * time.Second
)

// lineWriter writes whole lines to w from concurrent goroutines: list
// pages are fetched in parallel and each may report a retry.
type lineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lineWriter) line(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintln(l.w, s)
}

// noticePrefix starts every progress line on stderr, so a script can tell
// them from the "error: " lines.
const noticePrefix = "notice: "

// retryText words a retry so a long wait does not look like a hang, in
// the TUI's words (present.RetryWait) behind the notice prefix and the
// resource: "notice: orders: 429 rate limited — retry 2 of 3 in 5 s".
func retryText(n api.RetryNotice) string {
	why := present.RetryWait(n)
	if n.Resource != "" {
		why = n.Resource + ": " + why
	}
	return noticePrefix + why
}

// watch reports retries of every call made under the returned context on
// stderr, and, while the fetch runs longer than a.slowAfter, how long it
// has been waiting. done stops the clock and returns once nothing more
// will be written, so the command's own output never interleaves.
func (a *app) watch(ctx context.Context, what string) (context.Context, func()) {
	w := &lineWriter{w: a.io.Err}
	ctx = api.WithRetryNotify(ctx, func(n api.RetryNotice) { w.line(retryText(n)) })
	after := a.slowAfter
	if after <= 0 {
		after = defaultSlowAfter
	}
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		start := time.Now()
		t := time.NewTimer(after)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				w.line(fmt.Sprintf("%sstill waiting for %s — %s so far", noticePrefix, what, present.Seconds(time.Since(start).Truncate(time.Second))))
				t.Reset(slowEvery)
			}
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() { close(stop); <-stopped })
	}
}

// warnWrongID says on stderr, in the TUI's words (present.WrongID), when
// the server answered with another customer than the one asked for: what
// is printed is then not the customer the user named, and a script must
// not take it for it.
func (a *app) warnWrongID(c *api.Customer) {
	if f := present.WrongID(c); f.Known {
		fmt.Fprintf(a.io.Err, "warning: %s: %s\n", strings.ToLower(f.Label), f.Value)
	}
}
