package api_test

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/secret"
)

// Credentials of these tests; nothing the client says may contain them.
const (
	hostileKey   = "hostile-key-SECRET-0123456789"
	hostileToken = "hostile-token-SECRET-0123456789"
)

// sleeps records the client's backoff waits instead of sleeping them.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// newClient points a client at srv with a short attempt timeout (only the
// slow scenarios reach it) and a recording sleeper.
func newClient(t *testing.T, srv *hostile.Server, opts ...api.Option) (*api.Client, *sleeps) {
	t.Helper()
	sl := &sleeps{}
	base := []api.Option{
		api.WithAPIKey(hostileKey),
		api.WithTokenSource(api.StaticToken(secret.New(hostileToken))),
		api.WithAttemptTimeout(300 * time.Millisecond),
		api.WithRetryPolicy(api.RetryPolicy{Sleep: sl.sleep}),
		api.WithHTTPClient(srv.Client()),
	}
	c, err := api.NewClient(srv.URL, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c, sl
}

// assertSafe fails when text could drive a terminal or leaks a credential.
func assertSafe(t *testing.T, what string, text []byte) {
	t.Helper()
	if fs := hostile.Scan(text); len(fs) > 0 {
		t.Errorf("%s is not terminal-safe:\n%s", what, hostile.Summary(fs, 5))
	}
	for _, s := range []string{hostileKey, hostileToken, hostile.IMSToken} {
		if strings.Contains(string(text), s) {
			t.Errorf("%s leaks a credential", what)
		}
	}
}

// walkStrings checks every string reachable from v. In a decoded customer
// (strict), the text inside an escape sequence must be gone too; an error
// description may quote such text escaped (`\x1b]0;...`), which is safe.
func walkStrings(t *testing.T, path string, v reflect.Value, strict bool) {
	switch v.Kind() {
	case reflect.String:
		assertSafe(t, path, []byte(v.String()))
		if strict && strings.Contains(v.String(), hostile.Marker) {
			t.Errorf("%s = %q keeps the text of a removed sequence", path, v.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(t, path, v.Elem(), strict)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			for i := range v.Len() {
				walkStrings(t, path+"[]", v.Index(i), strict)
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStrings(t, path+"."+v.Type().Field(i).Name, v.Field(i), strict)
			}
		}
	}
}

// assertDescriptionSafe checks the words `get` and the TUI would print.
func assertDescriptionSafe(t *testing.T, err error) api.Description {
	t.Helper()
	d := api.Describe(err)
	assertSafe(t, "err.Error()", []byte(err.Error()))
	walkStrings(t, "Description", reflect.ValueOf(d), false)
	return d
}

// TestHostileScenarios fetches every scenario through the real client and
// checks the outcome class (`vipcx get`'s exit status, README.md) and that nothing the
// program would print, on success or failure, carries an attack.
func TestHostileScenarios(t *testing.T) {
	plain, tls := hostile.New(t), hostile.NewTLS(t)
	for _, sc := range hostile.Scenarios() {
		t.Run(sc.ID, func(t *testing.T) {
			t.Parallel()
			srv := plain
			if sc.TLSOnly {
				srv = tls
			}
			c, _ := newClient(t, srv)
			cust, err := c.GetCustomer(context.Background(), sc.ID)
			if err != nil {
				d := assertDescriptionSafe(t, err)
				if got := api.KindExit(d.Kind); got != sc.Exit {
					t.Fatalf("exit %d (%s: %s), want %d", got, d.Title, d.Meaning, sc.Exit)
				}
				return
			}
			if sc.Exit != hostile.ExitOK {
				t.Fatalf("succeeded, want exit %d", sc.Exit)
			}
			walkStrings(t, "Customer", reflect.ValueOf(cust).Elem(), true)
			pretty, err := api.PrettyJSON(cust.Raw)
			if err != nil {
				t.Fatalf("PrettyJSON: %v", err)
			}
			assertSafe(t, "PrettyJSON", pretty)
		})
	}
}

func TestDowngradeRedirectRefused(t *testing.T) {
	srv := hostile.NewTLS(t)
	c, _ := newClient(t, srv)
	_, err := c.GetCustomer(context.Background(), "downgrade")
	if !errors.Is(err, api.ErrRedirectRefused) {
		t.Fatalf("err = %v", err)
	}
	if n := srv.Hits("downgrade"); n != 1 {
		t.Errorf("%d requests: a refused redirect must not be retried", n)
	}
	if d := api.Describe(err); d.Title != "Redirect refused" {
		t.Errorf("described as %+v", d)
	}
}

// TestRedirectToOtherHostKeepsCredentialsHome runs on both variants: the
// foreign host must see no request at all, so neither X-Api-Key (which Go
// would copy) nor Authorization (which Go would drop) can reach it.
func TestRedirectToOtherHostKeepsCredentialsHome(t *testing.T) {
	for name, srv := range map[string]*hostile.Server{"http": hostile.New(t), "https": hostile.NewTLS(t)} {
		c, _ := newClient(t, srv)
		_, err := c.GetCustomer(context.Background(), "redirect-other-host")
		if !errors.Is(err, api.ErrRedirectRefused) {
			t.Fatalf("%s: err = %v", name, err)
		}
		for _, h := range srv.Foreign() {
			t.Errorf("%s: foreign host got a request (X-Api-Key %q, Authorization set %v)",
				name, h.Get("X-Api-Key"), h.Get("Authorization") != "")
		}
	}
}

func TestRedirectLoopEnds(t *testing.T) {
	srv := hostile.New(t)
	c, _ := newClient(t, srv)
	_, err := c.GetCustomer(context.Background(), "redirect-loop")
	if !errors.Is(err, api.ErrRedirectRefused) {
		t.Fatalf("err = %v", err)
	}
	if n := srv.Hits("redirect-loop"); n > 10 {
		t.Errorf("followed %d redirects", n)
	}
}

// TestBodyCapCutsEndlessAndBomb: the stream that never ends and the gzip
// bomb stop at the cap (any cap), as ErrResponseTooLarge, not as a timeout
// and not retried.
func TestBodyCapCutsEndlessAndBomb(t *testing.T) {
	for _, limit := range []int64{0, 64 << 10} {
		var opts []api.Option
		if limit > 0 {
			opts = append(opts, api.WithMaxBodyBytes(limit))
		}
		for _, id := range []string{"body-endless", "gzip-bomb"} {
			srv := hostile.New(t)
			c, _ := newClient(t, srv, append(opts, api.WithAttemptTimeout(10*time.Second))...)
			_, err := c.GetCustomer(context.Background(), id)
			if !errors.Is(err, api.ErrResponseTooLarge) {
				t.Fatalf("%s (cap %d): err = %v", id, limit, err)
			}
			if n := srv.Hits(id); n != 1 {
				t.Errorf("%s: %d attempts; an oversized answer is not retried", id, n)
			}
		}
	}
}

// TestStallsAreRetriedThenTimedOut: a server that never answers, or stops
// mid-body, costs exactly MaxAttempts attempts, each cut by the attempt
// timeout, and is described as a timeout.
func TestStallsAreRetriedThenTimedOut(t *testing.T) {
	for _, id := range []string{"slow-headers", "slow-body"} {
		srv := hostile.New(t)
		c, sl := newClient(t, srv, api.WithAttemptTimeout(50*time.Millisecond))
		_, err := c.GetCustomer(context.Background(), id)
		d := api.Describe(err)
		if api.KindExit(d.Kind) != 6 || d.Title != "Timed out" {
			t.Errorf("%s: described as %+v", id, d)
		}
		if n := srv.Hits(id); n != 3 || len(sl.all()) != 2 {
			t.Errorf("%s: %d attempts, %d backoffs; want 3 and 2", id, n, len(sl.all()))
		}
	}
}

// TestHostileRetryAfterIsIgnoredOrCapped: text in Retry-After is ignored
// (jittered backoff, bounded by the policy), and an absurd number of seconds
// is capped at 10 s.
func TestHostileRetryAfterIsIgnoredOrCapped(t *testing.T) {
	srv := hostile.New(t)
	srv.Handle("huge-retry-after", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "99999999999999999999")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	for id, ceiling := range map[string]time.Duration{"hostile-retry-after": 10 * time.Second, "huge-retry-after": 10 * time.Second} {
		c, sl := newClient(t, srv)
		_, err := c.GetCustomer(context.Background(), id)
		assertDescriptionSafe(t, err)
		waits := sl.all()
		if len(waits) != 2 {
			t.Fatalf("%s: %d backoffs, want 2", id, len(waits))
		}
		for _, d := range waits {
			if d < 0 || d > ceiling {
				t.Errorf("%s: waited %v", id, d)
			}
		}
	}
}

// TestAPIDownMidSession: the first attempt gets a 503, then the API goes
// away; the retry meets a closed port and the user reads "Cannot reach".
func TestAPIDownMidSession(t *testing.T) {
	base, attempts := hostile.DownAfterFirst(t)
	c, err := api.NewClient(base, api.WithAPIKey(hostileKey),
		api.WithTokenSource(api.StaticToken(secret.New(hostileToken))),
		api.WithRetryPolicy(api.RetryPolicy{Sleep: (&sleeps{}).sleep}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetCustomer(context.Background(), hostile.CustomerID)
	d := assertDescriptionSafe(t, err)
	if d.Title != "Cannot reach the API" || api.KindExit(d.Kind) != 6 {
		t.Fatalf("described as %+v", d)
	}
	if n := attempts(); n != 1 {
		t.Errorf("the API answered %d times, want 1", n)
	}
}

// TestIMSFaults mints tokens from hostile IMS answers: every failure is
// explained safely, none lets a credential through, and a network or IMS
// failure is exit 6 while a rejected secret is exit 3.
func TestIMSFaults(t *testing.T) {
	srv := hostile.New(t)
	cases := map[string]int{
		hostile.IMSHTML: 6, hostile.IMSGarbage: 6, hostile.IMSEscapes: 3, hostile.IMSSlow: 6, hostile.IMSEndless: 6,
	}
	for name, exit := range cases {
		ts, err := api.NewIMSTokenSource(api.IMSConfig{URL: srv.IMSURL(name), ClientID: hostileKey,
			ClientSecret: secret.New(hostileToken), HTTPClient: &http.Client{Timeout: 300 * time.Millisecond}})
		if err != nil {
			t.Fatal(err)
		}
		c, _ := newClient(t, srv, api.WithTokenSource(ts))
		_, err = c.GetCustomer(context.Background(), "baseline")
		d := assertDescriptionSafe(t, err)
		if api.KindExit(d.Kind) != exit {
			t.Errorf("IMS %s: exit %d (%s: %s), want %d", name, api.KindExit(d.Kind), d.Title, d.Meaning, exit)
		}
		if srv.Hits("baseline") != 0 {
			t.Fatalf("IMS %s: the API was called without a token", name)
		}
	}
}
