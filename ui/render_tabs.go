package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// tabNameCells is how many cells of a tab's name survive abbreviation:
// "Comp", "Cont", "Disc" still read as their tabs next to the number key.
const tabNameCells = 4

// renderTabs draws the tab bar on one line. Titles come in as "1 Company"
// or "3 Contacts (480)": number key, name, optional count. When they do not
// all fit, the bar is abbreviated step by step (other tabs' names first, then
// the active one's, then other tabs down to their number) so the numbers and
// counts — the parts that are typed and scanned — are the last to go. The
// active tab is bracketed as well as highlighted, so it shows under NO_COLOR.
func renderTabs(titles []string, active tabID, st styles, width int) string {
	for _, level := range []tabLevel{tabFull, tabShortOthers, tabShortAll, tabNumbersOthers} {
		line := tabLine(titles, active, st, level)
		if cellWidth(line) <= width {
			return line
		}
	}
	return clip(tabLine(titles, active, st, tabNumbersOthers), width)
}

// tabLevel is how far titles are abbreviated.
type tabLevel int

const (
	tabFull          tabLevel = iota // "3 Contacts (480)"
	tabShortOthers                   // inactive tabs "3 Cont (480)"
	tabShortAll                      // every tab "3 Cont (480)"
	tabNumbersOthers                 // inactive tabs "3 (480)", the active one short
)

// tabLine renders the bar at one abbreviation level. Full titles are two
// spaces apart; abbreviated ones one, since they are short already.
func tabLine(titles []string, active tabID, st styles, level tabLevel) string {
	gap := " "
	if level == tabFull {
		gap = "  "
	}
	var b strings.Builder
	for i, t := range titles {
		if i > 0 {
			b.WriteString(gap)
		}
		text := abbreviateTab(t, tabAbbrev(level, tabID(i) == active))
		if tabID(i) == active {
			b.WriteString(st.tabActive.Render("[" + text + "]"))
		} else {
			b.WriteString(st.tabInactive.Render(text))
		}
	}
	return b.String()
}

// tabAbbrev is how much of one title survives at a level: 0 whole, 1 the
// name cut to tabNameCells, 2 the name dropped.
func tabAbbrev(level tabLevel, active bool) int {
	switch level {
	case tabShortOthers:
		if !active {
			return 1
		}
	case tabShortAll:
		return 1
	case tabNumbersOthers:
		if active {
			return 1
		}
		return 2
	}
	return 0
}

// abbreviateTab shortens "3 Contacts (480)" to "3 Cont (480)" (how 1) or
// "3 (480)" (how 2). Titles not shaped "N Name ..." are only cut.
func abbreviateTab(title string, how int) string {
	f := strings.Fields(title)
	if how == 0 || len(f) < 2 {
		return title
	}
	rest := f[2:]
	if how == 1 {
		return strings.Join(append([]string{f[0], ansi.Truncate(f[1], tabNameCells, "")}, rest...), " ")
	}
	return strings.Join(append([]string{f[0]}, rest...), " ")
}
