package present

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/vipcx/vipcx/api"
)

// RetryWait words a wait before a retry, for the TUI's loading screen and
// `get`'s stderr alike: "429 rate limited — retry 2 of 3 in 5 s". The
// reason comes first because it is what the user can act on (a 429 means
// the API key's shared quota is spent; no response means the network).
func RetryWait(n api.RetryNotice) string {
	return fmt.Sprintf("%s — retry %d of %d in %s", retryReason(n), n.Attempt, n.MaxAttempts, Seconds(n.Wait))
}

// retryReason says why the last attempt failed, in a few words.
func retryReason(n api.RetryNotice) string {
	switch {
	case n.Status == 0:
		return "no response"
	case n.Status == 429:
		return "429 rate limited"
	case n.Status >= 500:
		return strconv.Itoa(n.Status) + " server error"
	}
	return "HTTP " + strconv.Itoa(n.Status)
}

// Seconds words a duration in whole seconds, rounded up so a wait is never
// announced shorter than it is: "5 s", and "1 s" for anything shorter.
func Seconds(d time.Duration) string {
	s := max(int64(math.Ceil(d.Seconds())), 1)
	return strconv.FormatInt(s, 10) + " s"
}
