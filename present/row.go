package present

import (
	"time"

	"github.com/vipcx/vipcx/api"
)

// Row is one line of a list: its cells in the order of the list's headers,
// and the tone of its status cell, so a surface that colours (the TUI) and
// one that does not (the command line) show the same words.
type Row struct {
	Cells []string
	// StatusCol is the index of the status cell in Cells.
	StatusCol int
	Tone      Tone
}

// Rows is a Table of rows under headers, ready to render on the command
// line; the TUI colours Row.Cells[Row.StatusCol] by Row.Tone itself.
func Rows(headers []string, rows []Row) Table {
	t := Table{Headers: headers, Rows: make([][]string, len(rows))}
	for i, r := range rows {
		t.Rows[i] = r.Cells
	}
	return t
}

// DaysLeft is a calendar date (yyyy-MM-dd) with the days until it counted
// in the user's own day, toned by urgency: "2026-09-01 (in 12 days)" is
// neutral, within 30 days or today a warning, past bad. Text that is not a
// date is shown as sent, None when empty.
func DaysLeft(date string, now time.Time) (string, Tone) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return OrNone(date), ToneNeutral
	}
	y, m, d := now.Date()
	days := int(t.Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days < 0:
		return date + " (" + Count(-days, "day", "days") + " ago)", ToneBad
	case days == 0:
		return date + " (today)", ToneWarn
	case days <= 30:
		return date + " (in " + Count(days, "day", "days") + ")", ToneWarn
	}
	return date + " (in " + Count(days, "day", "days") + ")", ToneNeutral
}

// statusRow builds a Row whose status cell is at col, from fact f.
func statusRow(cells []string, col int, f Fact) Row {
	cells[col] = f.Value
	return Row{Cells: cells, StatusCol: col, Tone: f.Tone}
}

// quantity is a licence count, grouped.
func quantity(n api.FlexInt) string { return Number(int(n)) }
