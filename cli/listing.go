package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// defaultRows is how many rows a list prints without --limit or --all: a
// screenful, not a whole book.
const defaultRows = 50

// pageFlags are the paging and date flags the list commands share.
type pageFlags struct {
	limit        int
	all, asJSON  bool
	since, until string
	// limitSet says whether --limit was given: its zero value is also
	// "not given", and --limit 0 must be refused, not read as the default.
	limitSet func() bool
}

func (p *pageFlags) register(cmd *cobra.Command, noun string) {
	f := cmd.Flags()
	f.IntVar(&p.limit, "limit", 0, fmt.Sprintf("print at most N %s (default %d)", noun, defaultRows))
	p.limitSet = func() bool { return f.Changed("limit") }
	f.BoolVar(&p.all, "all", false, "read every page")
	f.StringVar(&p.since, "since", "", "only "+noun+" created on or after DATE (YYYY-MM-DD)")
	f.StringVar(&p.until, "until", "", "only "+noun+" created on or before DATE (YYYY-MM-DD)")
	f.BoolVar(&p.asJSON, "json", false, "print one JSON array of the "+noun+" as the API sent them")
}

// max is how many items to read: 0 for all.
func (p *pageFlags) max() (int, error) {
	given := p.limit != 0 || (p.limitSet != nil && p.limitSet())
	switch {
	case p.all && given:
		return 0, usageError("--all and --limit contradict each other: use one")
	case p.all:
		return 0, nil
	case given && p.limit < 1:
		return 0, usageError("--limit must be 1 or more, got %d", p.limit)
	case given:
		return p.limit, nil
	}
	return defaultRows, nil
}

// dates parses --since and --until; an unparsable or reversed range is a
// usage error, before anything is sent.
func (p *pageFlags) dates() (since, until time.Time, err error) {
	if since, err = parseDate("--since", p.since); err != nil {
		return
	}
	if until, err = parseDate("--until", p.until); err != nil {
		return
	}
	if !since.IsZero() && !until.IsZero() && until.Before(since) {
		err = usageError("--until %s is before --since %s", p.until, p.since)
	}
	return
}

func parseDate(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, usageError("%s %q: use a date such as 2025-01-31 (YYYY-MM-DD)", flag, s)
	}
	return t, nil
}

// jsonList is --json's output of one list, indented and escaped page by
// page while the list is read (api.WithListItems), so only the last page's
// share is left when the list is complete. Nothing is written until then:
// a list that fails prints nothing on stdout.
type jsonList struct{ arr api.JSONArray }

// watchJSON returns, when on, a jsonList and ctx under which the list read
// fills it; else nil (write then builds the array from the list) and ctx.
func watchJSON(ctx context.Context, on bool) (*jsonList, context.Context) {
	if !on {
		return nil, ctx
	}
	j := &jsonList{}
	return j, api.WithListItems(ctx, j.arr.Add)
}

// write prints the list as one JSON array, each item exactly as the API
// sent it, pretty-printed and with control characters escaped as `get
// --json` does. raws is the list as read; the array built on the way is
// used when it holds the same items, which it does unless the list was
// read more than once.
func (j *jsonList) write(w io.Writer, raws []json.RawMessage) error {
	if j == nil || j.arr.Len() != len(raws) {
		return writeJSONArray(w, raws)
	}
	_, err := w.Write(j.arr.Bytes())
	return err
}

// writeJSONArray prints the items as one JSON array, as jsonList.write
// does, for a list assembled after it was read (several merged).
func writeJSONArray(w io.Writer, raws []json.RawMessage) error {
	_, err := w.Write(api.PrettyJSONArray(raws))
	return err
}

// writeRows prints a list as a table aligned by terminal cells; an empty
// list prints nothing (stderr says there was none), not a lone header.
func writeRows(w io.Writer, headers []string, rows []present.Row) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := present.Rows(headers, rows).WriteTo(w)
	return err
}

// countLine says on stderr how much of the list was printed: "Showing 50
// of 987 customers (active) — --all for every page", or that the server's
// list ended before its own count, so a short list is never taken for all.
func countLine(shown, total int, short bool, noun, filter string) string {
	if filter != "" {
		filter = " (" + filter + ")"
	}
	switch {
	case short:
		return fmt.Sprintf("Showing %s%s: the server counted %s but its list ended there",
			present.Count(shown, singular(noun), noun), filter, present.Number(total))
	case shown == 0:
		return "No " + noun + filter
	case shown < total:
		return fmt.Sprintf("Showing %s of %s %s%s — --all for every page",
			present.Number(shown), present.Number(total), noun, filter)
	}
	return present.Count(shown, singular(noun), noun) + filter
}

// singular is noun without its plural s.
func singular(noun string) string {
	if n := len(noun); n > 1 && noun[n-1] == 's' {
		return noun[:n-1]
	}
	return noun
}
