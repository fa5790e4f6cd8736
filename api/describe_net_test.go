package api

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"syscall"
	"testing"
)

// goText is what Go's network errors say and people should not have to read.
var goText = []string{"dial tcp", "connect:", "Get \"", "lookup ", "x509:", "tls:", "context deadline", "EOF", "read tcp", "i/o timeout"}

// TestDescribeNetworkNamesHostInPlainWords checks every network failure is
// one human sentence naming host:port (the request's path left out) and
// carrying none of Go's own error text, which only the debug log shows.
func TestDescribeNetworkNamesHostInPlainWords(t *testing.T) {
	dial := func(e error) error {
		return &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}, Err: os.NewSyscallError("connect", e)}
	}
	get := func(raw string, e error) error {
		return fmt.Errorf("get customer: %w (gave up after 3 attempts)", &url.Error{Op: "Get", URL: raw + "/v3/customers/1234567890", Err: e})
	}
	cases := []struct {
		name, host, mention string
		err                 error
	}{
		{"refused", "127.0.0.1:9", "connection was refused by 127.0.0.1:9", get("http://127.0.0.1:9", dial(syscall.ECONNREFUSED))},
		{"reset", "partners.adobe.io:443", "was reset", get("https://partners.adobe.io", &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET})},
		{"unreachable", "10.0.0.1:8443", "no network route", get("https://10.0.0.1:8443", dial(syscall.EHOSTUNREACH))},
		{"dns", "nonexistent.invalid", "no such host exists", get("https://nonexistent.invalid",
			&net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "nonexistent.invalid", Server: "10.0.0.53:53", IsNotFound: true}})},
		{"dns timeout", "slow.example", "did not answer in time", get("https://slow.example",
			&net.DNSError{Err: "i/o timeout", Name: "slow.example", IsTimeout: true})},
		{"timeout", "partners.adobe.io:443", "did not answer within the time allowed", get("https://partners.adobe.io", context.DeadlineExceeded)},
		{"tls unknown CA", "partners.adobe.io:443", "authority this machine does not trust",
			get("https://partners.adobe.io", &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}})},
		{"tls wrong name", "10.255.255.1:443", "not valid for that host name",
			get("https://10.255.255.1", &tls.CertificateVerificationError{Err: x509.HostnameError{Host: "10.255.255.1", Certificate: &x509.Certificate{}}})},
		{"tls expired", "partners.adobe.io:443", "system clock",
			get("https://partners.adobe.io", x509.CertificateInvalidError{Reason: x509.Expired})},
		{"tls plain http", "127.0.0.1:8080", "plain http server", get("https://127.0.0.1:8080", tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"})},
		{"eof", "partners.adobe.io:443", "closed the connection", get("https://partners.adobe.io", io.EOF)},
		{"other", "[::1]:7000", "failed before an answer", get("http://[::1]:7000", &net.OpError{Op: "write", Net: "tcp", Err: errors.New("broken pipe")})},
		{"token refused", "127.0.0.1:9", "access token failed: the connection was refused", &tokenError{get("http://127.0.0.1:9", dial(syscall.ECONNREFUSED))}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Describe(tc.err)
			if _, minting := tc.err.(*tokenError); d.IMS != minting || minting && d.Title != "Cannot reach Adobe IMS" {
				t.Errorf("IMS = %v, title %q for %v", d.IMS, d.Title, tc.err)
			}
			if d.Kind != KindUpstream || !strings.Contains(d.Meaning, tc.host) || !strings.Contains(d.Meaning, tc.mention) {
				t.Fatalf("Describe(%v) = %q, want %q and %q", tc.err, d.Meaning, tc.host, tc.mention)
			}
			for _, bad := range append(goText, "/v3/customers", "gave up") {
				if strings.Contains(d.Meaning, bad) {
					t.Errorf("%q shows Go's text %q", d.Meaning, bad)
				}
			}
		})
	}
}
