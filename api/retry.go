package api

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// maxRetryAfter caps how long a server's Retry-After may make a user wait.
const maxRetryAfter = 10 * time.Second

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
func echoedIDs(h http.Header, sent requestIDs, scrub *secret.Scrubber) requestIDs {
	pick := func(name, fallback string) string {
		if v := clipRunes(sanitize.Line(scrub.Scrub(h.Get(name))), 100); v != "" {
			return v
		}
		return fallback
	}
	return requestIDs{request: pick("X-Request-Id", sent.request), correlation: pick("X-Correlation-Id", sent.correlation)}
}

// backoff is the wait before retry number attempt: the server's Retry-After
// (already capped) if it gave one; for a bare 429 the throttling window
// plus up to 30% jitter, so the retry lands in the next window and
// concurrent callers do not return together; else full jitter below a
// doubling cap.
func (c *Client) backoff(attempt int, out outcome) time.Duration {
	switch {
	case out.hasWait:
		return out.wait
	case out.status == http.StatusTooManyRequests:
		w := c.retry.ThrottleWindow
		return w + time.Duration(c.jitter(int64(w)*3/10+1))
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
		errors.As(err, &invalid) || errors.As(err, &recordErr) || isTLSVersionFailure(err)
}

// isTLSVersionFailure reports a handshake that failed on the protocol
// version: the peer answered with a TLS alert (Go reports it as a
// "remote error"), or offered a version below the client's minimum. Go
// types neither error, so the second is recognised by its text.
func isTLSVersionFailure(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "remote error" {
		return true
	}
	return strings.Contains(err.Error(), "tls: server selected unsupported protocol version")
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
