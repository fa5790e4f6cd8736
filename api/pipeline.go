package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/google/uuid"

	"github.com/vipcx/vipcx/secret"
)

// call is one user-visible API call: what it is about, where it goes, and
// how its failures are named.
type call struct {
	// action names the call in errors: "get customer", "list customers".
	action string
	// resource is Error.Resource: "customer", "customers", "orders"…
	resource string
	path     string
	query    url.Values
	// attempts overrides the retry policy's MaxAttempts when positive.
	attempts int
}

// answer is a 200 response whose body was read whole.
type answer struct {
	body   []byte
	header http.Header
	ids    requestIDs
	scrub  *secret.Scrubber // the credentials this attempt sent, for a summary of a body that does not decode
}

// requestIDs are the IDs of one attempt: sent, or echoed back by the server.
type requestIDs struct{ request, correlation string }

// outcome is the result of one attempt and what it means for the next.
type outcome struct {
	answer    *answer
	err       error
	status    int    // 0 when no response arrived
	code      string // Adobe's error code, when the body had one
	retryable bool   // worth another attempt
	wait      time.Duration
	hasWait   bool // the server named the wait (Retry-After)
}

// getJSON is the request pipeline: send k with retries, then decode the
// 200 body into T. Every endpoint is this call with its own decoder, so
// headers, retries, size caps and error wording are the same everywhere.
// A body that does not decode is a bare *bodyError that keeps the request
// IDs (its message is shown as it is, so it is not prefixed).
func getJSON[T any](ctx context.Context, c *Client, k call, decode func([]byte) (T, error)) (T, error) {
	var zero T
	a, err := c.send(ctx, k)
	if err != nil {
		return zero, err
	}
	return decodeAnswer(a, decode)
}

// decodeAnswer is getJSON's second half, apart so a list can decode a
// page after its request has left the in-flight bound.
func decodeAnswer[T any](a *answer, decode func([]byte) (T, error)) (T, error) {
	v, err := decode(a.body)
	if err != nil {
		be := &bodyError{err: err, requestID: a.ids.request, correlationID: a.ids.correlation}
		if len(a.body) > 0 && !json.Valid(a.body) {
			be.summary = summarizeBody(a.header.Get("Content-Type"), a.body, a.scrub)
		}
		var zero T
		return zero, be
	}
	return v, nil
}

// send runs the attempts of one call. The correlation ID is the call's
// idempotency key: kept for a retry after an attempt that got no response,
// replaced after any response, as Adobe's idempotency rules ask. The
// request ID is new for every attempt.
func (c *Client) send(ctx context.Context, k call) (*answer, error) {
	tok, err := c.token(ctx, k.action)
	if err != nil {
		return nil, err
	}
	st := &sendState{tok: tok, ids: requestIDs{correlation: uuid.NewString()}, max: c.retry.MaxAttempts}
	if k.attempts > 0 {
		st.max = k.attempts
	}
	for attempt := 1; ; attempt++ {
		st.ids.request = uuid.NewString()
		out := c.attempt(ctx, k, st.tok, st.ids, attempt)
		if out.err == nil {
			return out.answer, nil
		}
		counted, err := c.prepareRetry(ctx, k, st, out, attempt)
		if err != nil {
			return nil, err
		}
		if !counted {
			attempt-- // the re-mint retry is not one of the counted attempts
		}
	}
}

// sendState is what one call carries from attempt to attempt.
type sendState struct {
	tok      secret.Secret
	ids      requestIDs
	max      int
	reminted bool
	waited   time.Duration
}

// prepareRetry decides what follows failed attempt number attempt: a
// re-mint (counted false), a wait announced and slept (counted true), or
// the error that ends the call.
func (c *Client) prepareRetry(ctx context.Context, k call, st *sendState, out outcome, attempt int) (counted bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", k.action, err)
	}
	if !st.reminted && c.mayRemint(out) {
		st.reminted = true
		st.ids.correlation = uuid.NewString()
		st.tok, err = c.remint(ctx, k.action, st.tok)
		return false, err
	}
	d := c.backoff(attempt, out)
	if !out.retryable || attempt >= st.max || st.waited+d > c.retry.MaxWait {
		return false, giveUp(k, out, attempt)
	}
	if out.status != 0 {
		st.ids.correlation = uuid.NewString()
	}
	notify(ctx, RetryNotice{Resource: k.resource, Status: out.status, Code: out.code,
		Attempt: attempt + 1, MaxAttempts: st.max, Wait: d})
	st.waited += d
	if err := c.retry.Sleep(ctx, d); err != nil {
		return false, fmt.Errorf("%s: waiting to retry: %w", k.action, err)
	}
	return true, nil
}

// mayRemint reports whether the rejection is one a fresh token can fix: a
// 401, or a 403 whose code says the token is invalid (4116) or expired
// (4117). A 403 for the API key (4115) or a forbidden call (4121) is not
// the token's fault, so minting again would only repeat it.
// https://developer.adobe.com/vipmp/docs/references/error-handling
func (c *Client) mayRemint(out outcome) bool {
	if _, ok := c.tokens.(Invalidator); !ok {
		return false
	}
	switch out.status {
	case http.StatusUnauthorized:
		return true
	case http.StatusForbidden:
		return out.code == "4116" || out.code == "4117"
	}
	return false
}

// remint drops the rejected token and asks for a new one.
func (c *Client) remint(ctx context.Context, action string, rejected secret.Secret) (secret.Secret, error) {
	c.tokens.(Invalidator).Invalidate(rejected)
	return c.token(ctx, action)
}

// giveUp is the error of the last attempt. A transport failure says what
// the call was and how many attempts were made; an *Error stays a bare
// *Error (its Resource says what it was about), and a body that could not
// be used a bare *bodyError, whose message is shown as it is.
func giveUp(k call, out outcome, attempts int) error {
	var e *Error
	var be *bodyError
	if errors.As(out.err, &e) || errors.As(out.err, &be) {
		return out.err
	}
	if attempts == 1 {
		return fmt.Errorf("%s: %w", k.action, out.err)
	}
	return fmt.Errorf("%s: %w (gave up after %d attempts)", k.action, out.err, attempts)
}

// attempt sends one request and reads its answer within the attempt timeout.
func (c *Client) attempt(ctx context.Context, k call, tok secret.Secret, ids requestIDs, n int) outcome {
	actx, cancel := context.WithTimeout(ctx, c.attemptTimeout)
	defer cancel()
	req, err := c.newRequest(actx, k, tok, ids)
	if err != nil {
		return outcome{err: err}
	}
	scrub := c.scrubber(tok)
	ex, err := c.exchange(ctx, req, n, scrub)
	if err != nil {
		return outcome{err: err, retryable: transportRetryable(err)}
	}
	ids = echoedIDs(ex.resp.Header, ids, scrub)
	if ex.resp.StatusCode != http.StatusOK {
		e := newError(ex.resp, ex.body, ids, c.now(), scrub)
		e.Resource = k.resource
		return outcome{err: e, status: e.StatusCode, code: e.Code, retryable: e.Retryable(),
			wait: min(e.RetryAfter, maxRetryAfter), hasWait: e.RetryAfter > 0}
	}
	return checkRead(ex, ids, scrub)
}

// exchanged is one round trip that got a response: the response (its body
// already closed; only status and headers are used) and the body as read.
// readErr is a body that could not be read whole.
type exchanged struct {
	resp    *http.Response
	body    []byte
	readErr error
}

// exchange sends req, reads the body through the size cap and logs the
// attempt as number n. The error is a round trip that got no response.
func (c *Client) exchange(ctx context.Context, req *http.Request, n int, scrub *secret.Scrubber) (exchanged, error) {
	start := c.now()
	resp, err := c.http.Do(req)
	if err != nil {
		c.logAttempt(ctx, req, nil, n, c.now().Sub(start), err, scrub)
		return exchanged{}, err
	}
	defer resp.Body.Close()
	body, readErr := readBody(resp.Body, c.maxBody)
	c.logAttempt(ctx, req, resp, n, c.now().Sub(start), readErr, scrub)
	return exchanged{resp: resp, body: body, readErr: readErr}, nil
}

// checkRead turns a 200 into an answer, or into an error that keeps the IDs
// when its body could not be read whole. A body cut short is worth another
// attempt (the connection failed, not the API); one over the cap is not.
func checkRead(ex exchanged, ids requestIDs, scrub *secret.Scrubber) outcome {
	be := &bodyError{requestID: ids.request, correlationID: ids.correlation}
	switch {
	case errors.Is(ex.readErr, ErrResponseTooLarge):
		be.err = ex.readErr
		return outcome{err: be, status: http.StatusOK}
	case ex.readErr != nil:
		be.err = fmt.Errorf("%w: body cut short: %w", ErrMalformedResponse, ex.readErr)
		return outcome{err: be, status: http.StatusOK, retryable: true}
	}
	return outcome{answer: &answer{body: ex.body, header: ex.resp.Header, ids: ids, scrub: scrub}}
}

// scrubber removes the credentials this call sent from server text: the
// bearer token, any secret the token source holds (an IMS client secret),
// and the API key, masked as it is shown everywhere else.
func (c *Client) scrubber(tok secret.Secret) *secret.Scrubber {
	hide := []secret.Secret{tok}
	if h, ok := c.tokens.(secretHolder); ok {
		hide = append(hide, h.KnownSecrets()...)
	}
	return secret.NewScrubber(hide...).WithMasked(c.apiKey)
}

// secretHolder is a token source that holds credentials of its own (the
// IMS client secret) which a server might echo back.
type secretHolder interface {
	KnownSecrets() []secret.Secret
}
