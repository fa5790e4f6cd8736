package api

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/vipcx/vipcx/sanitize"
)

// describeNetwork covers round trips that got no usable response. Each
// failure gets one sentence naming the host and what to suspect; Go's own
// text ("dial tcp 127.0.0.1:9: connect: connection refused") is never
// shown, as it says nothing a person can act on. The surfaces log the
// error itself at debug level. service is who was called ("the API",
// "Adobe IMS"): the title names it, and so does the meaning when Go kept
// no host.
func describeNetwork(err error, service string) (Description, bool) {
	host := failedHost(err, service)
	d := Description{Kind: KindUpstream, Fix: FixCheckNetwork, Title: "Cannot reach " + service}
	var (
		netErr net.Error
		dnsErr *net.DNSError
		opErr  *net.OpError
		urlErr *url.Error
	)
	switch {
	case errors.As(err, &dnsErr): // before timeouts: a resolver that timed out is a DNS problem
		d.Meaning = "The host name " + dnsName(dnsErr, host) + " could not be found: " + dnsReason(dnsErr) + "."
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		d.Fix, d.Title = FixAllowMoreTime, "Timed out"
		d.Meaning = upperFirst(host) + " did not answer within the time allowed."
	case isTLSFailure(err):
		d.Fix, d.Title = FixCheckTLS, "TLS error"
		d.Meaning = "A secure connection to " + host + " could not be set up: " + tlsReason(err) + "."
	case errors.Is(err, syscall.ECONNREFUSED):
		d.Meaning = "The connection was refused by " + host + ": nothing is listening there, or a firewall turned vipcx away."
	case errors.Is(err, syscall.ECONNRESET):
		d.Meaning = "The connection to " + host + " was reset before an answer arrived (a proxy, firewall or the server cut it)."
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		d.Meaning = upperFirst(host) + " cannot be reached from this machine: there is no network route to it."
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		d.Meaning = upperFirst(host) + " closed the connection before answering."
	case errors.As(err, &opErr), errors.As(err, &netErr), errors.As(err, &urlErr):
		d.Meaning = "The connection to " + host + " failed before an answer arrived."
	default:
		return Description{}, false
	}
	return d, true
}

// failedHost names the host:port a failed round trip went to, from the
// request's URL when Go kept it, else the dialed address. The URL's path
// and query are left out: they are the request's, not the place to fix.
// Without either, it is the service.
func failedHost(err error, service string) string {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		if u, perr := url.Parse(urlErr.URL); perr == nil && u.Hostname() != "" {
			return safeHost(net.JoinHostPort(u.Hostname(), portOf(u)))
		}
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Addr != nil {
		return safeHost(opErr.Addr.String())
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.Name != "" {
		return safeHost(dnsErr.Name)
	}
	return service
}

// upperFirst starts a sentence with host: "The API did not answer", while
// a host name is left as it is.
func upperFirst(host string) string {
	if strings.HasPrefix(host, "the ") {
		return "T" + host[1:]
	}
	return host
}

// portOf is u's port, or the scheme's default, so the host is always named
// as host:port: the pair a firewall rule or a listener is checked against.
func portOf(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "http" {
		return "80"
	}
	return "443"
}

func safeHost(h string) string { return clipRunes(sanitize.Line(h), 100) }

// dnsName is the name that failed to resolve, without a port.
func dnsName(e *net.DNSError, host string) string {
	if e.Name != "" {
		return safeHost(e.Name)
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return host
}

// dnsReason tells a name that does not exist from a resolver that did not
// answer: the first is a typo, the second the network.
func dnsReason(e *net.DNSError) string {
	switch {
	case e.IsNotFound:
		return "no such host exists (is it spelled right?)"
	case e.IsTimeout:
		return "the DNS server did not answer in time"
	}
	return "the DNS lookup failed (check the network and DNS settings)"
}

// tlsReason says in words why the handshake failed, for the failures Go
// types; anything else is "the handshake failed".
func tlsReason(err error) string {
	var (
		authErr   x509.UnknownAuthorityError
		hostErr   x509.HostnameError
		invalid   x509.CertificateInvalidError
		recordErr tls.RecordHeaderError
		opErr     *net.OpError
	)
	switch {
	case errors.As(err, &authErr):
		return "its certificate is signed by an authority this machine does not trust"
	case errors.As(err, &hostErr):
		return "its certificate is not valid for that host name or address"
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		return "its certificate has expired or is not valid yet (is the system clock right?)"
	case errors.As(err, &invalid):
		return "its certificate is not valid"
	case errors.As(err, &recordErr):
		return "the server did not answer in TLS (is it a plain http server?)"
	case errors.As(err, &opErr) && opErr.Op == "remote error":
		return "the server refused the handshake (it may not support TLS 1.2 or later)"
	case isTLSVersionFailure(err):
		return "the server offers only a TLS version older than vipcx accepts"
	}
	return "the handshake failed"
}
