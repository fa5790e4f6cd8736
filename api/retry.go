package api

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// maxRetryAfter caps how long a server's Retry-After may make a user wait.
const maxRetryAfter = 10 * time.Second

// requestIDs are the IDs of one attempt: sent, or echoed back by the server.
type requestIDs struct{ request, correlation string }

// outcome is the result of one attempt and what it means for the next.
type outcome struct {
	customer  *Customer
	err       error
	status    int  // 0 when no response arrived
	retryable bool // worth another attempt
	wait      time.Duration
	hasWait   bool // the server named the wait (Retry-After)
}

// fetch runs the attempts of one user action. The correlation ID is the
// action's idempotency key: kept for a retry after an attempt that got no
// response, replaced after any response, as Adobe's idempotency rules ask.
func (c *Client) fetch(ctx context.Context, path string, tok secret.Secret) (*Customer, error) {
	ids := requestIDs{correlation: uuid.NewString()}
	reminted := false
	for attempt := 1; ; attempt++ {
		ids.request = uuid.NewString()
		out := c.attempt(ctx, path, tok, ids, attempt)
		if out.err == nil {
			return out.customer, nil
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("get customer: %w", err)
		}
		if inv, ok := c.tokens.(Invalidator); ok && out.status == http.StatusUnauthorized && !reminted {
			inv.Invalidate(tok)
			reminted = true
			var err error
			if tok, err = c.token(ctx); err != nil {
				return nil, err
			}
			attempt-- // the re-mint retry is not one of the counted attempts
			ids.correlation = uuid.NewString()
			continue
		}
		if !out.retryable || attempt >= c.retry.MaxAttempts {
			return nil, giveUp(out, attempt)
		}
		if out.status != 0 {
			ids.correlation = uuid.NewString()
		}
		if err := c.retry.Sleep(ctx, c.backoff(attempt, out)); err != nil {
			return nil, fmt.Errorf("get customer: waiting to retry: %w", err)
		}
	}
}

// giveUp is the error of the last attempt. A transport failure says how
// many attempts were made; an *Error stays a bare *Error.
func giveUp(out outcome, attempts int) error {
	if out.status != 0 || attempts == 1 {
		return out.err
	}
	return fmt.Errorf("%w (gave up after %d attempts)", out.err, attempts)
}

// attempt sends one request and reads its answer within the attempt timeout.
func (c *Client) attempt(ctx context.Context, path string, tok secret.Secret, ids requestIDs, n int) outcome {
	actx, cancel := context.WithTimeout(ctx, c.attemptTimeout)
	defer cancel()
	req, err := c.newRequest(actx, path, tok, ids)
	if err != nil {
		return outcome{err: err}
	}
	resp, body, readErr, err := c.exchange(ctx, req, n)
	if err != nil {
		return outcome{err: err, retryable: transportRetryable(err)}
	}
	ids = echoedIDs(resp.Header, ids)
	if resp.StatusCode != http.StatusOK {
		e := newError(resp, body, ids, c.now())
		return outcome{err: e, status: resp.StatusCode, retryable: e.Retryable(),
			wait: min(e.RetryAfter, maxRetryAfter), hasWait: e.RetryAfter > 0}
	}
	return c.decodeOK(resp, body, readErr, ids)
}

// exchange sends req, reads the body through the size cap and logs the
// attempt as number n. err is a round trip that got no response; readErr a
// body that could not be read whole. The body is closed on return; callers
// use only resp's status and headers.
func (c *Client) exchange(ctx context.Context, req *http.Request, n int) (resp *http.Response, body []byte, readErr, err error) {
	start := c.now()
	resp, err = c.http.Do(req)
	if err != nil {
		c.logAttempt(ctx, req, nil, n, c.now().Sub(start), err)
		return nil, nil, nil, err
	}
	defer resp.Body.Close()
	body, readErr = readBody(resp.Body, c.maxBody)
	c.logAttempt(ctx, req, resp, n, c.now().Sub(start), readErr)
	return resp, body, readErr, nil
}

// decodeOK turns a 200 into a customer, or into an error that keeps the IDs.
func (c *Client) decodeOK(resp *http.Response, body []byte, readErr error, ids requestIDs) outcome {
	be := &bodyError{requestID: ids.request, correlationID: ids.correlation}
	out := outcome{err: be, status: resp.StatusCode}
	switch {
	case errors.Is(readErr, ErrResponseTooLarge):
		be.err = readErr
	case readErr != nil:
		be.err = fmt.Errorf("%w: body cut short: %w", ErrMalformedResponse, readErr)
		out.retryable = true // the connection failed, not the API
	default:
		cust, err := DecodeCustomer(body)
		if err == nil {
			return outcome{customer: cust}
		}
		be.err = err
		if len(body) > 0 && !json.Valid(body) {
			be.summary = summarizeBody(resp.Header.Get("Content-Type"), body)
		}
	}
	return out
}

// readBody reads at most max bytes; more is ErrResponseTooLarge. The cap
// applies after Go's transparent gzip decoding, so a gzip bomb is caught.
func readBody(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if int64(len(body)) > max {
		return body[:max], fmt.Errorf("%w: more than %d bytes", ErrResponseTooLarge, max)
	}
	return body, err
}

// echoedIDs prefers the IDs the server echoed, which are what Adobe support
// can look up, and falls back to the ones sent.
func echoedIDs(h http.Header, sent requestIDs) requestIDs {
	pick := func(name, fallback string) string {
		if v := clip(sanitize.Line(h.Get(name)), 100); v != "" {
			return v
		}
		return fallback
	}
	return requestIDs{request: pick("X-Request-Id", sent.request), correlation: pick("X-Correlation-Id", sent.correlation)}
}

// backoff is the wait before retry number attempt: the server's Retry-After
// (already capped) if it gave one, else full jitter below a doubling cap.
func (c *Client) backoff(attempt int, out outcome) time.Duration {
	if out.hasWait {
		return out.wait
	}
	ceiling := c.retry.BaseDelay << min(attempt-1, 30)
	if ceiling <= 0 || ceiling > c.retry.MaxDelay {
		ceiling = c.retry.MaxDelay
	}
	return time.Duration(c.jitter(int64(ceiling) + 1))
}

func randInt64N(n int64) int64 {
	if n <= 0 {
		return 0
	}
	return rand.Int64N(n)
}

// transportRetryable reports whether a failed round trip may succeed when
// tried again: not a refused redirect, a bad certificate or an unknown host.
func transportRetryable(err error) bool {
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, ErrRedirectRefused), isTLSFailure(err):
		return false
	case errors.As(err, &dnsErr):
		return !dnsErr.IsNotFound
	}
	return true
}

// isTLSFailure reports whether err is a failed TLS handshake: a certificate
// that does not verify, or a peer that does not speak TLS at all. Retrying
// cannot fix either, and Describe explains them apart from other failures.
func isTLSFailure(err error) bool {
	var (
		certErr   *tls.CertificateVerificationError
		authErr   x509.UnknownAuthorityError
		hostErr   x509.HostnameError
		invalid   x509.CertificateInvalidError
		recordErr tls.RecordHeaderError
	)
	return errors.As(err, &certErr) || errors.As(err, &authErr) || errors.As(err, &hostErr) ||
		errors.As(err, &invalid) || errors.As(err, &recordErr)
}

// RetryAfter parses a Retry-After header: delay-seconds or an HTTP-date
// relative to now. Negative, past or garbage values give false. Large values
// are returned as they are; the caller caps them.
func RetryAfter(header string, now time.Time) (time.Duration, bool) {
	h := strings.TrimSpace(header)
	if h == "" {
		return 0, false
	}
	if strings.Trim(h, "0123456789") == "" {
		n, err := strconv.ParseInt(h, 10, 64)
		if err != nil || n > 1e9 {
			n = 1e9 // all digits, so only overflow: a very long wait
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(h)
	if err != nil || !t.After(now) {
		return 0, false
	}
	return t.Sub(now), true
}
