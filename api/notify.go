package api

import (
	"context"
	"time"
)

// RetryNotice tells the user that a call is waiting before its next
// attempt, so a wait of several seconds (a 429 waits out Adobe's 5-second
// throttling window) reads as "429 rate limited — retry 2 of 3 in 5 s"
// rather than as a hang.
type RetryNotice struct {
	// Resource is what the call was about ("customer", "orders"…).
	Resource string
	// Status is the HTTP status of the failed attempt, 0 when no response
	// arrived (a timeout or a connection error).
	Status int
	// Code is Adobe's error code from the body, when there was one.
	Code string
	// Attempt is the number of the attempt about to be made (2 for the
	// first retry); MaxAttempts is how many the call may make.
	Attempt, MaxAttempts int
	// Wait is how long the call waits before that attempt.
	Wait time.Duration
}

type notifyKey struct{}

// WithRetryNotify returns a context under which every call reports each
// wait before a retry to f, before it starts waiting. f runs on the
// calling goroutine, or on a paging goroutine for list calls, so it must be
// safe for concurrent use and return quickly (send a message, write a line).
func WithRetryNotify(ctx context.Context, f func(RetryNotice)) context.Context {
	return context.WithValue(ctx, notifyKey{}, f)
}

// notify calls the function WithRetryNotify put in ctx, if any.
func notify(ctx context.Context, n RetryNotice) {
	if f, ok := ctx.Value(notifyKey{}).(func(RetryNotice)); ok && f != nil {
		f(n)
	}
}
