package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vipcx/vipcx/secret"
)

// imsClient is a client whose tokens come from a fake IMS.
func imsClient(t *testing.T, f *fakeIMS) *harness {
	t.Helper()
	return setup(t, WithTokenSource(newSource(t, f, nil, nil)))
}

// A 403 with 4116 or 4117 re-mints once, as a 401 does; 4115 and 4121
// never do.
func TestForbiddenRemints(t *testing.T) {
	for _, tc := range []struct {
		code   string
		mints  int32
		reqs   int
		wantOK bool
	}{
		{"4116", 2, 2, true},
		{"4117", 2, 2, true},
		{"4115", 1, 1, false},
		{"4121", 1, 1, false},
	} {
		f := newFakeIMS(t)
		h := imsClient(t, f)
		h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, n int) {
			if r.Header.Get("Authorization") == "Bearer tok-1" {
				w.WriteHeader(http.StatusForbidden)
				_, _ = w.Write([]byte(`{"code":"` + tc.code + `","message":"no"}`))
				return
			}
			_, _ = w.Write([]byte(`{"customerId":"` + testID + `"}`))
		})
		_, err := h.client.GetCustomer(context.Background(), testID)
		if (err == nil) != tc.wantOK || f.mints.Load() != tc.mints || len(h.requests()) != tc.reqs {
			t.Errorf("%s: err %v, %d mints, %d requests", tc.code, err, f.mints.Load(), len(h.requests()))
		}
		var e *Error
		if !tc.wantOK && (!errors.As(err, &e) || e.Resource != "customer") {
			t.Errorf("%s: err %v is not a customer *Error", tc.code, err)
		}
	}
}

// A 403 that persists after the re-mint is given up on: one re-mint only.
func TestForbiddenRemintsOnce(t *testing.T) {
	f := newFakeIMS(t)
	h := imsClient(t, f)
	h.handle("/v3/customers/", serve(reply{403, jsonType, `{"code":"4117","message":"expired"}`, nil}))
	if _, err := h.client.GetCustomer(context.Background(), testID); err == nil {
		t.Fatal("no error")
	}
	if f.mints.Load() != 2 || len(h.requests()) != 2 {
		t.Errorf("%d mints, %d requests; want 2 and 2", f.mints.Load(), len(h.requests()))
	}
}

// A server that echoes the credentials back in its error body, in any
// encoding, shows none of them.
func TestErrorRedactsEchoedSecrets(t *testing.T) {
	const tok = "tok+with/odd=chars&more"
	f := newFakeIMS(t)
	f.reply = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"` + tok + `","expires_in":86399}`))
	}
	h := imsClient(t, f)
	h.handle("/v3/customers/", func(w http.ResponseWriter, r *http.Request, _ int) {
		auth := r.Header.Get("Authorization")
		key := r.Header.Get("X-Api-Key")
		jsonTok, _ := json.Marshal(auth)
		body, _ := json.Marshal(map[string]any{
			"code":              "4116" + url.QueryEscape(tok),
			"message":           "bad " + string(jsonTok) + " key " + key,
			"additionalDetails": []string{url.PathEscape(tok), imsSecret, url.QueryEscape(imsSecret)},
			"invalidFields":     []string{"f-" + tok},
		})
		w.Header().Set("X-Request-Id", "id-"+tok)
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write(body)
	})
	var logged strings.Builder
	h.client.log = newTestLogger(&logged)
	_, err := h.client.GetCustomer(context.Background(), testID)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	all := strings.Join(append(append([]string{e.Code, e.Message, e.Summary, e.RequestID, err.Error(), logged.String()},
		e.Details...), e.InvalidFields...), "\n")
	for _, leak := range []string{tok, url.QueryEscape(tok), url.PathEscape(tok), "with/odd", "with%2Fodd", imsSecret, testKey} {
		if strings.Contains(all, leak) {
			t.Errorf("%q leaks in:\n%s", leak, all)
		}
	}
	if !strings.Contains(e.Message, secret.Mask(testKey)) || !strings.Contains(e.Message, secret.Redacted) {
		t.Errorf("message %q: want the key masked and the token redacted", e.Message)
	}
	if len(e.InvalidFields) != 1 {
		t.Errorf("invalid fields %q", e.InvalidFields)
	}
}

func TestInvalidFieldsDecoded(t *testing.T) {
	many := make([]any, 0, 40)
	for range 30 {
		many = append(many, strings.Repeat("x", 300))
	}
	for _, tc := range []struct {
		body string
		want int
	}{
		{`{"code":"1117","message":"bad","invalidFields":["companyProfile.companyName","\u001b[2Jstatus"]}`, 2},
		{`{"code":"1117","invalidFields":[{"field":"limit"},{"name":"offset"},{"x":1}]}`, 2},
		{`{"code":"1117","invalidFields":"sort-by"}`, 1},
		{`{"code":"1117","invalidFields":` + string(mustJSON(many)) + `}`, maxDetails},
	} {
		eb := decodeErrorBody("application/json", []byte(tc.body), nil)
		if len(eb.InvalidFields) != tc.want {
			t.Errorf("%s: %q", tc.body[:40], eb.InvalidFields)
		}
		for _, f := range eb.InvalidFields {
			if strings.ContainsRune(f, 0x1b) || len([]rune(f)) > maxFieldRunes+1 {
				t.Errorf("field %q unsafe or not clipped", f)
			}
		}
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func TestGetCustomerFlagsWrongID(t *testing.T) {
	h := setup(t)
	h.handle("/v3/customers/", serve(reply{200, jsonType, `{"customerId":"9999999999"}`, nil}))
	c, err := h.client.GetCustomer(context.Background(), testID)
	if err != nil || !c.WrongID() {
		t.Fatalf("err %v, WrongID %v", err, c != nil && c.WrongID())
	}
	h2 := setup(t)
	h2.handle("/v3/customers/", serve(reply{200, jsonType, `{"customerId":"` + testID + `"}`, nil}))
	if c, err := h2.client.GetCustomer(context.Background(), testID); err != nil || c.WrongID() {
		t.Fatalf("err %v, the right customer flagged", err)
	}
}

// Errors name the call and the resource.
func TestErrorsNameTheResource(t *testing.T) {
	h := setup(t)
	h.handle("/", serve(reply{404, jsonType, `{"code":"1115","message":"Invalid Reseller"}`, nil}))
	ctx := context.Background()
	calls := map[string]func() error{
		"reseller":      func() error { _, err := h.client.GetReseller(ctx, "1000123456"); return err },
		"customers":     func() error { _, err := h.client.ListCustomers(ctx, "1000123456", CustomerQuery{}, 0); return err },
		"orders":        func() error { _, err := h.client.ListOrders(ctx, testID, OrderQuery{}, 0); return err },
		"subscriptions": func() error { _, err := h.client.ListSubscriptions(ctx, testID); return err },
		"customer":      func() error { _, err := h.client.GetCustomer(ctx, testID); return err },
	}
	for want, f := range calls {
		var e *Error
		if err := f(); !errors.As(err, &e) || e.Resource != want {
			t.Errorf("%s: %v", want, err)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := h.client.ListOrders(cctx, testID, OrderQuery{}, 0); err == nil || !strings.HasPrefix(err.Error(), "list orders:") {
		t.Errorf("cancelled: %v", err)
	}
}

// newTestLogger logs everything, as debug.log would with --debug.
func newTestLogger(w *strings.Builder) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// Waiting is bounded in total: a retry whose wait would pass MaxWait is not
// made, and every wait is announced before it starts.
func TestThrottleWaitBoundedInTotal(t *testing.T) {
	h := setup(t, WithRetryPolicy(RetryPolicy{MaxAttempts: 5, ThrottleWindow: 10 * time.Second, MaxWait: 25 * time.Second}))
	h.client.retry.Sleep = h.sleep
	h.client.jitter = func(n int64) int64 { return n - 1 } // the longest wait: 13 s
	h.handle("/v3/customers/", serve(reply{429, jsonType, `{"code":"4118","message":"Too many requests"}`, nil}))
	var notes []RetryNotice
	ctx := WithRetryNotify(context.Background(), func(n RetryNotice) { notes = append(notes, n) })
	_, err := h.client.GetCustomer(ctx, testID)
	var e *Error
	if !errors.As(err, &e) || e.StatusCode != 429 {
		t.Fatalf("err = %v", err)
	}
	if len(h.sleeps) != 1 || h.sleeps[0] != 13*time.Second || len(h.requests()) != 2 {
		t.Errorf("waits %v over %d requests; want one 13 s wait (a second would pass 25 s)", h.sleeps, len(h.requests()))
	}
	if len(notes) != 1 || notes[0].Status != 429 || notes[0].Code != "4118" || notes[0].Attempt != 2 || notes[0].MaxAttempts != 5 {
		t.Errorf("notices %+v", notes)
	}
}

// TestErrorScrubsBeforeClipping: a token hidden from the raw-body scrub by
// JSON \u escapes, and placed where the message is clipped, must not leave
// its first part behind: decoded strings are scrubbed before the clip.
func TestErrorScrubsBeforeClipping(t *testing.T) {
	var escaped strings.Builder
	for _, r := range testToken {
		fmt.Fprintf(&escaped, `\u%04x`, r)
	}
	filler := strings.Repeat("x", maxMessageRunes-len(testToken)/2)
	body := `{"code":"4116","message":"` + filler + escaped.String() + `",` +
		`"additionalDetails":["` + strings.Repeat("y", maxDetailRunes-6) + escaped.String() + `"],` +
		`"invalidFields":["` + strings.Repeat("z", maxFieldRunes-6) + escaped.String() + `"]}`
	h := setup(t)
	h.handle("/v3/customers/", serve(reply{400, jsonType, body, nil}))
	_, err := h.client.GetCustomer(context.Background(), testID)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	part := testToken[:len(testToken)/2-1] // "tok-SECRE": what a clip through the middle would keep
	for _, s := range append(append([]string{e.Message}, e.Details...), e.InvalidFields...) {
		if strings.Contains(s, part) {
			t.Errorf("part of the token survived: %q", s)
		}
	}
}

// TestBodySummariesAreScrubbed: a body that is summarised rather than
// decoded (a 200 that is not JSON, a gateway's HTML page) is shown in
// part, so it is scrubbed first; an HTML title is scrubbed again once its
// entities are undone, before it is cut to length.
func TestBodySummariesAreScrubbed(t *testing.T) {
	var entities strings.Builder
	for _, r := range testToken {
		fmt.Fprintf(&entities, "&#%d;", r)
	}
	for _, c := range []struct {
		name string
		r    reply
	}{
		{"200 text", reply{200, "text/plain", "echo Bearer " + testToken + " key " + testKey, nil}},
		{"502 text", reply{502, "text/plain", "upstream said: Bearer " + testToken, nil}},
		{"502 HTML title", reply{502, "text/html", "<html><title>" + strings.Repeat("t", 70) + entities.String() + "</title></html>", nil}},
	} {
		h := setup(t, WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
		h.handle("/v3/customers/", serve(c.r))
		_, err := h.client.GetCustomer(context.Background(), testID)
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		for _, leak := range []string{testToken[:len(testToken)/2-1], testKey} {
			if strings.Contains(err.Error(), leak) {
				t.Errorf("%s: %q shows in %q", c.name, leak, err)
			}
		}
	}
}
