package cli

import (
	"errors"
	"fmt"
)

// Exit codes of the contract's table. Describe's Kind maps API errors onto
// them; the rest come from the command line itself.
const (
	exitOK       = 0
	exitInternal = 1
	exitUsage    = 2
)

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
