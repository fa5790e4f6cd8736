package api

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

// sprintAll formats v under every common verb, for leak checks.
func sprintAll(v any) string {
	return fmt.Sprintf("%v %+v %#v %s %q %x %d", v, v, v, v, v, v, v)
}

func TestCrossHostRedirectRefused(t *testing.T) {
	var otherHits atomic.Int32
	var leakedKey atomic.Value
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherHits.Add(1)
		leakedKey.Store(r.Header.Get("X-Api-Key"))
	}))
	defer other.Close()
	target := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) + "/v3/customers/" + testID

	for _, withOwnClient := range []bool{false, true} {
		var opts []Option
		if withOwnClient { // a caller's permissive policy must not switch ours off
			opts = append(opts, WithHTTPClient(&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return nil }}))
		}
		h := setup(t, opts...)
		h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
			http.Redirect(w, r, target, http.StatusFound)
		})
		_, err := h.client.GetCustomer(context.Background(), testID)
		if !errors.Is(err, ErrRedirectRefused) {
			t.Fatalf("own client %v: err = %v", withOwnClient, err)
		}
		if otherHits.Load() != 0 || leakedKey.Load() != nil {
			t.Fatalf("the other host got a request (X-Api-Key %v)", leakedKey.Load())
		}
		if len(h.requests()) != 1 {
			t.Errorf("a refused redirect was retried")
		}
		if d := Describe(err); d.Title != "Redirect refused" || KindExit(d.Kind) != 6 {
			t.Errorf("described as %+v", d)
		}
		assertNoSecret(t, err.Error())
	}
}

func TestSameHostRedirectFollowedWithCallerPolicy(t *testing.T) {
	var callerPolicyRuns atomic.Int32
	h := setup(t, WithHTTPClient(&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		callerPolicyRuns.Add(1)
		return nil
	}}))
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		http.Redirect(w, r, "/moved/"+testID, http.StatusMovedPermanently)
	})
	h.handle("/moved/", serve(reply{200, jsonType, `{"customerId":"` + testID + `"}`, nil}))
	if _, err := h.client.GetCustomer(context.Background(), testID); err != nil {
		t.Fatal(err)
	}
	if callerPolicyRuns.Load() != 1 {
		t.Errorf("caller's CheckRedirect ran %d times, want 1", callerPolicyRuns.Load())
	}
	if reqs := h.requests(); len(reqs) != 2 || reqs[1].Header.Get("X-Api-Key") != testKey {
		t.Errorf("same-host redirect not followed with the key")
	}
}

func TestRedirectPolicy(t *testing.T) {
	req := func(raw string) *http.Request {
		u, _ := url.Parse(raw)
		return &http.Request{URL: u}
	}
	start := req("https://partners.adobe.io/v3/customers/1234")
	policy := redirectPolicy(nil)
	cases := []struct {
		to   string
		via  int
		want bool // refused
	}{
		{"https://partners.adobe.io/other", 1, false},
		{"https://PARTNERS.adobe.io/other", 1, false},
		{"http://partners.adobe.io/other", 1, true},
		{"https://evil.example/v3", 1, true},
		{"https://partners.adobe.io:8443/v3", 1, true},
		{"https://partners.adobe.io/loop", 5, true},
	}
	for _, tc := range cases {
		via := make([]*http.Request, tc.via)
		for i := range via {
			via[i] = start
		}
		err := policy(req(tc.to), via)
		if refused := errors.Is(err, ErrRedirectRefused); refused != tc.want {
			t.Errorf("redirect to %s after %d: err = %v", tc.to, tc.via, err)
		}
	}
}

func TestGzipBombIsTooLarge(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write([]byte(`{"customerId":"` + testID + `","pad":"`))
	_, _ = zw.Write(bytes.Repeat([]byte("A"), 8<<20))
	_, _ = zw.Write([]byte(`"}`))
	_ = zw.Close()
	if buf.Len() > 64<<10 {
		t.Fatalf("bomb is %d bytes compressed; the test wants a small one", buf.Len())
	}
	h := setup(t) // default 4 MiB cap
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		w.Header().Set("Content-Type", jsonType)
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(buf.Bytes())
	})
	_, err := h.client.GetCustomer(context.Background(), testID)
	if !errors.Is(err, ErrResponseTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if d := Describe(err); d.Title != "Response too large" || d.RequestID == "" {
		t.Errorf("described as %+v", d)
	}
}

func TestDefaultHTTPClientHasTimeouts(t *testing.T) {
	c, err := NewClient("https://partners.adobe.io", WithAttemptTimeout(7e9))
	if err != nil {
		t.Fatal(err)
	}
	tr, ok := c.http.Transport.(*http.Transport)
	if !ok || tr.TLSHandshakeTimeout != 1e10 || tr.ResponseHeaderTimeout != 7e9 || c.http.CheckRedirect == nil {
		t.Fatalf("transport %+v", tr)
	}
	if c.userAgent != DefaultUserAgent || c.maxBody != DefaultMaxBodyBytes || c.retry.MaxAttempts != 3 {
		t.Errorf("defaults: %q %d %d", c.userAgent, c.maxBody, c.retry.MaxAttempts)
	}
}

func TestWithHTTPClientIsNotModified(t *testing.T) {
	own := &http.Client{}
	if _, err := NewClient("https://partners.adobe.io", WithHTTPClient(own)); err != nil {
		t.Fatal(err)
	}
	if own.CheckRedirect != nil {
		t.Fatal("NewClient changed the caller's http.Client")
	}
}
