package cli

import (
	"bytes"
	"strings"
	"testing"
)

// readVisible takes one line and nothing after it (the masked prompts read
// the terminal next), and refuses an answer too long to be an API key
// rather than storing a cut one.
func TestReadVisibleTakesOneLineAndRefusesAnOverlongOne(t *testing.T) {
	in := strings.NewReader("  3f2a9c1d  \nnext line\n")
	var errOut bytes.Buffer
	a := &app{io: IO{In: in, Err: &errOut}}
	got, err := a.readVisible("API key (client ID): ")
	if err != nil || got != "3f2a9c1d" || in.Len() != len("next line\n") || errOut.String() != "API key (client ID): " {
		t.Fatalf("got %q, %v; %d bytes left; prompt %q", got, err, in.Len(), errOut.String())
	}
	a.io.In = strings.NewReader(strings.Repeat("k", maxStdinSecret+1) + "\n")
	if got, err := a.readVisible("API key (client ID): "); err == nil {
		t.Fatalf("an overlong answer was accepted (%d bytes)", len(got))
	}
}
