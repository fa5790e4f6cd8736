package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// StdIO is the real process's IO: standard streams, the environment, and
// masked reading from the controlling terminal.
func StdIO() IO {
	return IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		Getenv:      os.LookupEnv,
		Interactive: term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd()),
		ReadSecret:  readMasked,
	}
}

// readMasked prompts on stderr and reads a line from the terminal without
// echo, so nothing typed lands on the screen or in scrollback.
// A signal while the prompt is up ends vipcx (see OnSignal), so the
// terminal's echo is restored first.
func readMasked(prompt string) (string, error) {
	fmt.Fprint(os.Stderr, prompt)
	if st, err := term.GetState(os.Stdin.Fd()); err == nil {
		setRestore(func() { _ = term.Restore(os.Stdin.Fd(), st); fmt.Fprintln(os.Stderr) })
		defer setRestore(nil)
	}
	b, err := term.ReadPassword(os.Stdin.Fd())
	fmt.Fprintln(os.Stderr)
	return strings.TrimSpace(string(b)), err
}
