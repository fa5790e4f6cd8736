package demo

import (
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// shutdownGrace bounds how long stop waits for requests in flight. Slow
// requests are cancelled first, so this is rarely reached.
const shutdownGrace = 2 * time.Second

// Start listens on addr ("" means 127.0.0.1 on a free port), serves a demo
// Server there and returns its base URL, e.g. "http://127.0.0.1:40123".
// stop shuts the server down and waits for it; it is safe to call more than
// once. The server also stops when ctx ends.
func Start(ctx context.Context, addr string, opts ...Option) (baseURL string, stop func(), err error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("demo server: listen on %s: %w", addr, err)
	}
	s := New(opts...)
	// Requests derive from reqCtx so stop can end a slow reply at once;
	// Shutdown alone would wait for it.
	reqCtx, cancelReqs := context.WithCancel(context.WithoutCancel(ctx))
	srv := newHTTPServer(s, reqCtx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln) // returns ErrServerClosed after stop
	}()
	stop = sync.OnceFunc(func() {
		cancelReqs()
		sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		if srv.Shutdown(sctx) != nil {
			_ = srv.Close()
		}
		<-done
	})
	go func() {
		select {
		case <-ctx.Done():
			stop()
		case <-done:
		}
	}()
	return baseURLOf(ln.Addr()), stop, nil
}

// newHTTPServer bounds every phase of a connection, so a client that
// sends slowly, reads slowly or idles cannot hold the server's resources.
func newHTTPServer(s *Server, reqCtx context.Context) *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.slowDelay + time.Minute, // demo-slow must still answer
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return reqCtx },
		ErrorLog:          errorLog(s.log),
	}
}

// baseURLOf names the listener as a client should dial it: a wildcard
// listen address is reached through loopback.
func baseURLOf(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String()
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(tcp.Port))
}

// errorLog routes net/http's own complaints to the access log, or drops
// them: under the TUI a stray line on stderr would corrupt the screen.
func errorLog(l *slog.Logger) *log.Logger {
	if l == nil {
		return log.New(io.Discard, "", 0)
	}
	return slog.NewLogLogger(l.Handler(), slog.LevelWarn)
}
