package keys

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vipcx/vipcx/sanitize"
)

// Fix is the way around a keyring that cannot be used; every keyring failure
// names it, because the user's next step matters more than the D-Bus detail.
const Fix = "set VIPCX_API_KEY with VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET"

// ErrNotFound means the entry does not exist.
var ErrNotFound = errors.New("not found in the keyring")

// ErrTimeout is wrapped by the error of a keyring call that did not answer in
// time; that error is also an *UnavailableError.
var ErrTimeout = errors.New("the keyring did not answer in time")

// ErrTooLarge is wrapped by the error of a Set whose value exceeds what this
// platform's keyring accepts.
var ErrTooLarge = errors.New("value too large for the keyring")

// maxCause caps a backend's message: D-Bus errors can be long, and the user
// needs the gist and the fix, not a dump.
const maxCause = 200

// UnavailableError means the keyring could not be used: no Secret Service,
// a locked collection, a backend that failed, or no answer in time (then it
// wraps ErrTimeout).
type UnavailableError struct {
	Op    string // "get", "set" or "delete"
	Cause error
}

// Error names the cause and the way forward. The operation (get, set) is
// internal and not shown.
func (e *UnavailableError) Error() string {
	return e.Reason() + "; " + e.Hint(Fix)
}

// Reason is the error without the advice: "the OS keyring is unavailable:
// <cause>", for callers that give their own advice.
func (e *UnavailableError) Reason() string {
	cause := "unknown error"
	if e.Cause != nil {
		cause = sanitize.Line(e.Cause.Error())
		if r := []rune(cause); len(r) > maxCause {
			cause = string(r[:maxCause]) + "…"
		}
	}
	return "the OS keyring is unavailable: " + cause
}

// Hint is the advice for this failure, ending with alt (how to do without
// the keyring; "" for none). "Unlock the keyring" is said only when a
// keyring answered and said it is locked; a missing service gets no such
// advice, since there is nothing to unlock.
func (e *UnavailableError) Hint(alt string) string {
	var first string
	switch {
	case e.Locked():
		first = "unlock the keyring"
	case errors.Is(e, ErrTimeout):
		first = "answer or dismiss the keyring prompt"
	}
	switch {
	case first == "":
		return alt
	case alt == "":
		return first
	}
	return first + ", or " + alt
}

// Locked is true when the Secret Service answered that the collection is
// locked: go-keyring reports a failed or dismissed unlock prompt that way,
// and a locked login keyring with no prompter as "failed to unlock correct
// collection".
func (e *UnavailableError) Locked() bool {
	if e.Cause == nil {
		return false
	}
	msg := strings.ToLower(e.Cause.Error())
	return strings.Contains(msg, "locked") || strings.Contains(msg, "failed to unlock") || strings.Contains(msg, "dismissed") || strings.Contains(msg, "prompt")
}

// Unwrap returns the cause, so errors.Is(err, ErrTimeout) works.
func (e *UnavailableError) Unwrap() error { return e.Cause }

// timeoutError is the cause of an UnavailableError when the backend did not
// answer within the configured time.
type timeoutError struct{ after time.Duration }

func (e *timeoutError) Error() string {
	return fmt.Sprintf("no answer within %s (a keyring prompt may be waiting)", e.after)
}

func (e *timeoutError) Unwrap() error { return ErrTimeout }

// tooLargeError reports the size and the limit, never the value.
type tooLargeError struct {
	size, limit int
	goos        string
}

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("value of %d bytes is too large for the %s keyring (limit %d bytes); "+
		"set it through the environment instead (VIPCX_ACCESS_TOKEN or VIPCX_CLIENT_SECRET)",
		e.size, e.goos, e.limit)
}

func (e *tooLargeError) Unwrap() error { return ErrTooLarge }

// notFoundError names the missing entry (an account name is not secret).
type notFoundError struct{ account string }

func (e *notFoundError) Error() string {
	return fmt.Sprintf("%s: %s", sanitize.Line(e.account), ErrNotFound)
}

func (e *notFoundError) Unwrap() error { return ErrNotFound }
