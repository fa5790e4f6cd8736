package ui

import (
	"strings"
	"time"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
)

// Timeline glyphs: time already run, time left, and today. They differ in
// shape, not only colour, so the picture reads under NO_COLOR.
const (
	runGlyph   = "━"
	leftGlyph  = "┄"
	todayGlyph = "◆"
)

// timelineLabel is the width of the "Term"/"3YC" label column.
const timelineLabel = 5

// renderTimeline is the term timeline: the current term (a year up to the
// coterm date) with today marked and the days left, in the tone of its
// urgency (under 30 days bad, under 90 a warning) with the meaning in words;
// and, for a committed three-year commit, its start → end with today
// marked. It is two lines per term; a customer with no coterm date gets one
// line saying so.
func renderTimeline(c *api.Customer, st styles, w int, now time.Time) []string {
	today := dayOf(now)
	end, ok := c.Coterm()
	var lines []string
	if !ok {
		lines = append(lines, clip(padTo("Term", timelineLabel)+st.muted.Render("no coterm date yet (no order placed)"), w))
	} else {
		start := end.AddDate(-1, 0, 0)
		days := int(end.Sub(today).Hours() / 24)
		tone, words := termUrgency(days)
		lines = append(lines, timelineBar("Term", start, end, today, st.toneStyle(tone).Render, st, w),
			clip(strings.Repeat(" ", timelineLabel)+todayGlyph+" today · "+daysLeftWords(days)+" · "+st.tone(tone, words), w))
	}
	if cm := committed3YC(c); cm != nil {
		start, okS := time.Parse(time.DateOnly, cm.StartDate)
		end, okE := time.Parse(time.DateOnly, cm.EndDate)
		if okS == nil && okE == nil && end.After(start) {
			days := int(end.Sub(today).Hours() / 24)
			lines = append(lines, timelineBar("3YC", start, end, today, st.accent.Render, st, w),
				clip(strings.Repeat(" ", timelineLabel)+todayGlyph+" today · "+daysLeftWords(days)+" of the three-year commit", w))
		}
	}
	return lines
}

// timelineBar is "Term  2025-12-04 ━━━━◆┄┄┄ 2026-12-04": the run part
// drawn with paint (the urgency's colour), the rest muted.
func timelineBar(label string, start, end, today time.Time, paint func(...string) string, st styles, w int) string {
	from, to := start.Format(time.DateOnly), end.Format(time.DateOnly)
	barW := w - timelineLabel - len(from) - len(to) - 2
	if barW < 5 {
		return clip(padTo(label, timelineLabel)+from+" → "+to, w)
	}
	run, marked := timelineSplit(start, end, today, barW)
	bar := paint(strings.Repeat(runGlyph, run))
	if marked {
		bar += st.strong.Render(todayGlyph)
	}
	bar += st.muted.Render(strings.Repeat(leftGlyph, barW-run-boolInt(marked)))
	return padTo(label, timelineLabel) + from + " " + bar + " " + to
}

// timelineSplit is how many of width cells lie before today and whether
// today falls inside the term (marked by one cell of its own).
func timelineSplit(start, end, today time.Time, width int) (run int, marked bool) {
	switch {
	case today.Before(start):
		return 0, false
	case !today.Before(end):
		return width, false
	}
	frac := float64(today.Sub(start)) / float64(end.Sub(start))
	return min(int(frac*float64(width-1)), width-1), true
}

// termUrgency is the tone and words of days left in the current term.
func termUrgency(days int) (present.Tone, string) {
	switch {
	case days < 0:
		return present.ToneBad, "the term has ended"
	case days < 30:
		return present.ToneBad, "renews in under 30 days"
	case days < 90:
		return present.ToneWarn, "renews in under 90 days"
	}
	return present.ToneGood, "over 90 days to renewal"
}

// daysLeftWords is "13 days left", "today", or "ended 5 days ago".
func daysLeftWords(days int) string {
	switch {
	case days < 0:
		return "ended " + countWord(-days, "day", "days") + " ago"
	case days == 0:
		return "ends today"
	}
	return countWord(days, "day", "days") + " left"
}

// committed3YC is the customer's three-year commit when it is committed
// (not merely requested or expired), else nil.
func committed3YC(c *api.Customer) *api.Commitment {
	for _, b := range c.Benefits {
		if b.Type == "THREE_YEAR_COMMIT" && b.Commitment != nil && b.Commitment.Status == "COMMITTED" {
			return b.Commitment
		}
	}
	return nil
}

// dayOf is the calendar day of t in its own zone, as a UTC midnight, the
// way dates without a zone (the coterm date) are parsed.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
