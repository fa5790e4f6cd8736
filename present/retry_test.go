package present

import (
	"testing"
	"time"

	"github.com/vipcx/vipcx/api"
)

func TestRetryWaitNamesTheReasonTheAttemptAndTheWait(t *testing.T) {
	for _, c := range []struct {
		n    api.RetryNotice
		want string
	}{
		{api.RetryNotice{Status: 429, Attempt: 2, MaxAttempts: 3, Wait: 5200 * time.Millisecond},
			"429 rate limited — retry 2 of 3 in 6 s"},
		{api.RetryNotice{Status: 503, Attempt: 3, MaxAttempts: 3, Wait: 900 * time.Millisecond},
			"503 server error — retry 3 of 3 in 1 s"},
		{api.RetryNotice{Status: 0, Attempt: 2, MaxAttempts: 3, Wait: 2 * time.Second},
			"no response — retry 2 of 3 in 2 s"},
		{api.RetryNotice{Status: 408, Attempt: 2, MaxAttempts: 4, Wait: 0},
			"HTTP 408 — retry 2 of 4 in 1 s"},
	} {
		if got := RetryWait(c.n); got != c.want {
			t.Errorf("RetryWait(%+v) = %q, want %q", c.n, got, c.want)
		}
	}
}
