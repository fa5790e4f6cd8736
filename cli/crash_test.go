package cli

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/vipcx/vipcx/ui"
)

func TestReportCrashIsShortAndExitsOne(t *testing.T) {
	var stderr bytes.Buffer
	a := &app{io: IO{Err: &stderr}}
	crash := &ui.CrashError{Where: "in a background task", Reason: "unexpected panic (string)", Stack: []byte("goroutine 1 [running]:\nmain.main()")}
	err := a.reportCrash(fmt.Errorf("tui: %w", crash))
	want := "vipcx crashed: unexpected panic (string) (in a background task); please report it with the steps that led here\n"
	if stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	var ee *exitError
	if exitCode(err) != exitInternal || !errors.As(err, &ee) || !ee.printed {
		t.Errorf("err = %v (code %d); want exit 1, already printed", err, exitCode(err))
	}
	other := errors.New("plain failure")
	if got := a.reportCrash(other); got != other || stderr.Len() != len(want) {
		t.Errorf("a non-crash error must pass through untouched: %v", got)
	}
	if a.reportCrash(nil) != nil {
		t.Error("nil must stay nil")
	}
}
