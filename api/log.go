package api

import (
	"context"
	"log/slog"
	"net/http"
	"sort"
	"time"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// discard is the one logger that drops everything.
var discard = slog.New(slog.DiscardHandler)

// DiscardLogger is the logger to use where nothing should be logged, so the
// program has one such logger rather than one per package.
func DiscardLogger() *slog.Logger { return discard }

// redactedHeaders carry credentials; the log shows that they were sent,
// never their values.
var redactedHeaders = map[string]bool{"Authorization": true, "X-Api-Key": true}

// logAttempt writes one debug record per attempt. It logs the method, path,
// status, duration, IDs and request headers; bodies, the query string and
// credentials never reach the log.
func (c *Client) logAttempt(ctx context.Context, req *http.Request, resp *http.Response, n int, d time.Duration, err error, scrub *secret.Scrubber) {
	if c.log == nil || !c.log.Enabled(ctx, slog.LevelDebug) {
		return
	}
	attrs := []slog.Attr{
		slog.String("method", req.Method),
		slog.String("path", req.URL.Path),
		slog.Int("attempt", n),
		slog.Duration("duration", d),
		slog.String("request_id", req.Header.Get("X-Request-Id")),
		slog.String("correlation_id", req.Header.Get("X-Correlation-Id")),
		headerGroup(req.Header),
	}
	if resp != nil {
		attrs = append(attrs,
			slog.Int("status", resp.StatusCode),
			slog.String("response_request_id", clipRunes(sanitize.Line(scrub.Scrub(resp.Header.Get("X-Request-Id"))), 100)),
			slog.String("content_type", clipRunes(sanitize.Line(scrub.Scrub(resp.Header.Get("Content-Type"))), 100)))
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", sanitize.Line(scrub.Scrub(err.Error()))))
	}
	c.log.LogAttrs(ctx, slog.LevelDebug, "api attempt", attrs...)
}

// headerGroup renders request headers in a stable order, credentials redacted.
func headerGroup(h http.Header) slog.Attr {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	attrs := make([]any, 0, len(names))
	for _, k := range names {
		v := h.Get(k)
		if redactedHeaders[http.CanonicalHeaderKey(k)] {
			v = secret.Redacted
		}
		attrs = append(attrs, slog.String(k, v))
	}
	return slog.Group("headers", attrs...)
}
