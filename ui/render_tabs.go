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
// all fit, the bar is abbreviated step by step: first the gaps close, then
// other tabs' counts go (so all eight names stay whole at 100 columns, where
// a newcomer learns them), then other tabs' names are shortened, then the
// active one's, then other tabs come down to their number and count, so
// the numbers — the part that is typed — are the last to go. The
// active tab is bracketed as well as highlighted, so it shows under NO_COLOR.
func renderTabs(titles []string, active tabID, st styles, width int) string {
	for _, level := range []tabLevel{tabFull, tabFullTight, tabNamesOthers, tabShortOthers, tabShortAll, tabNumbersOthers} {
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
	tabFull          tabLevel = iota // "3 Contacts (480)", two spaces apart
	tabFullTight                     // the same, one space apart
	tabNamesOthers                   // inactive tabs "3 Contacts", without their count
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
// name shortened, 2 the name dropped, 3 the count dropped.
func tabAbbrev(level tabLevel, active bool) int {
	switch level {
	case tabNamesOthers:
		if !active {
			return 3
		}
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

// abbreviateTab shortens "3 Contacts (480)" to "3 Cont (480)" (how 1),
// "3 (480)" (how 2) or "3 Contacts" (how 3). Titles not shaped
// "N Name ..." are only cut.
func abbreviateTab(title string, how int) string {
	f := strings.Fields(title)
	if how == 0 || len(f) < 2 {
		return title
	}
	rest := f[2:]
	switch how {
	case 1:
		return strings.Join(append([]string{f[0], shortTabName(f[1])}, rest...), " ")
	case 3:
		return f[0] + " " + f[1]
	}
	return strings.Join(append([]string{f[0]}, rest...), " ")
}

// shortTabNames are the abbreviations that do not read as a cut word
// ("Ord", not "Orde"); other names are cut to tabNameCells.
var shortTabNames = map[string]string{"Orders": "Ord"}

func shortTabName(name string) string {
	if s, ok := shortTabNames[name]; ok {
		return s
	}
	return ansi.Truncate(name, tabNameCells, "")
}
