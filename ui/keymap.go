package ui

import "github.com/charmbracelet/bubbles/key"

// keyMap holds every binding of the TUI in one place, so the footer help and
// the handlers can never disagree. Shortcuts are only consulted when the
// input does not have focus (see update.go).
type keyMap struct {
	NextTab, PrevTab, Jump     key.Binding
	Search, Refresh, Copy      key.Binding
	Help, Quit, ForceQuit      key.Binding
	Up, Down, PageUp, PageDown key.Binding
	Home, End                  key.Binding
	Submit, Cancel             key.Binding
	Recall                     key.Binding
	NextField, ToggleKind      key.Binding
}

func newKeyMap() keyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return keyMap{
		NextTab:    b([]string{"tab", "right", "l"}, "tab/→", "next tab"),
		PrevTab:    b([]string{"shift+tab", "left", "h"}, "⇧tab/←", "previous tab"),
		Jump:       b([]string{"1", "2", "3", "4", "5", "6"}, "1-6", "jump to tab"),
		Search:     b([]string{"/"}, "/", "new search"),
		Refresh:    b([]string{"r"}, "r", "refresh"),
		Copy:       b([]string{"y"}, "y", "copy ID"),
		Help:       b([]string{"?"}, "?", "more keys"),
		Quit:       b([]string{"q"}, "q", "quit"),
		ForceQuit:  b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Up:         b([]string{"up", "k"}, "↑/k", "up"),
		Down:       b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:     b([]string{"pgup"}, "pgup", "page up"),
		PageDown:   b([]string{"pgdown"}, "pgdn", "page down"),
		Home:       b([]string{"home", "g"}, "home/g", "top"),
		End:        b([]string{"end", "G"}, "end/G", "bottom"),
		Submit:     b([]string{"enter"}, "enter", "fetch"),
		Cancel:     b([]string{"esc"}, "esc", "cancel"),
		Recall:     b([]string{"up", "down"}, "↑/↓", "recent IDs"),
		NextField:  b([]string{"tab", "shift+tab"}, "tab", "next field"),
		ToggleKind: b([]string{"ctrl+t"}, "ctrl+t", "token ⇄ client secret"),
	}
}

// helpView adapts the key map to bubbles/help for the current screen, so the
// footer only offers what can be pressed now.
type helpView struct {
	k         keyMap
	state     state
	focus     focus
	canGoBack bool // Esc in the input returns to a customer or an error
}

// ShortHelp is the one-line footer: terse words, so it fits in 80 columns;
// "?" has the full list.
func (h helpView) ShortHelp() []key.Binding {
	k := h.k
	switch {
	case h.state == stateForm:
		return []key.Binding{k.NextField, k.ToggleKind, relabel(k.Submit, "enter", "save"), k.ForceQuit}
	case h.state == stateLoading:
		return []key.Binding{k.Cancel, k.ForceQuit}
	case h.focus == focusInput:
		esc := relabel(k.Cancel, "esc", "clear")
		if h.canGoBack {
			esc = relabel(k.Cancel, "esc", "back")
		}
		return []key.Binding{k.Submit, k.Recall, esc, k.ForceQuit}
	case h.state == stateLoaded:
		// help and quit before refresh and copy: at 60 columns the line is
		// cut, and "?" is the key that shows the rest.
		return []key.Binding{relabel(k.NextTab, "tab", "tabs"), relabel(k.Down, "↑↓", "scroll"),
			relabel(k.Search, "/", "search"), relabel(k.Help, "?", "help"), k.Quit,
			k.Refresh, relabel(k.Copy, "y", "copy")}
	default:
		return []key.Binding{relabel(k.Search, "/", "search"), relabel(k.Refresh, "r", "retry"),
			relabel(k.Help, "?", "help"), k.Quit}
	}
}

// relabel is b with other help text, for the terse footer.
func relabel(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// FullHelp is the "?" overlay, grouped by purpose.
func (h helpView) FullHelp() [][]key.Binding {
	k := h.k
	return [][]key.Binding{
		{k.NextTab, k.PrevTab, k.Jump},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Search, k.Refresh, k.Copy},
		{k.Help, k.Quit, k.ForceQuit},
	}
}
