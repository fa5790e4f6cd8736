package cli

import (
	"errors"
	"fmt"

	"github.com/vipcx/vipcx/api"
)

// Exit codes of the README's table. API failures map onto them by their
// kind; the rest come from the command line itself.
const (
	exitOK       = 0
	exitInternal = 1
	exitUsage    = 2
)

// exitFor is the process exit status for a kind of API failure. It lives
// here, not in api, because exit codes are the command line's promise.
func exitFor(k api.Kind) int {
	switch k {
	case api.KindInvalidInput:
		return exitUsage
	case api.KindCredentials:
		return 3
	case api.KindNotFound:
		return 4
	case api.KindBadRequest:
		return 5
	case api.KindUpstream:
		return 6
	case api.KindCanceled:
		return 130
	}
	return exitInternal
}

// exitError carries the process exit code and the lines already written
// about it, so Execute prints nothing twice.
type exitError struct {
	code    int
	err     error
	printed bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError is an invalid flag, argument or setting: exit 2, nothing sent.
func usageError(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// exitCode is the process exit status for err.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitInternal
}
