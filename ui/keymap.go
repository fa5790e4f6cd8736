package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
)

// keyMap holds every binding of the TUI in one place, so the footer help and
// the handlers can never disagree. Shortcuts are only consulted when the
// input does not have focus (see update.go).
type keyMap struct {
	NextTab, PrevTab, Jump     key.Binding
	Search, Refresh, Copy      key.Binding
	CopyEmail                  key.Binding
	Help, Quit, ForceQuit      key.Binding
	Up, Down, PageUp, PageDown key.Binding
	Home, End                  key.Binding
	Submit, Cancel             key.Binding
	Recall                     key.Binding
	NextField, ToggleKind      key.Binding
	ToggleSave                 key.Binding
	Status, Sort, ClearLine    key.Binding // the customer list
	ByID                       key.Binding // the customer list: the ID prompt
}

func newKeyMap() keyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return keyMap{
		NextTab:    b([]string{"tab", "right", "l"}, "tab/→", "next tab"),
		PrevTab:    b([]string{"shift+tab", "left", "h"}, "⇧tab/←", "previous tab"),
		Jump:       b([]string{"1", "2", "3", "4", "5", "6", "7", "8"}, "1-8", "jump to tab"),
		Search:     b([]string{"/"}, "/", "new search"),
		Refresh:    b([]string{"r"}, "r", "refresh"),
		Copy:       b([]string{"y"}, "y", "copy ID"),
		CopyEmail:  b([]string{"e"}, "e", "copy contact's email"),
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
		ToggleSave: b([]string{"ctrl+s"}, "ctrl+s", "keyring ⇄ this session only"),
		Status:     b([]string{"s"}, "s", "status"),
		Sort:       b([]string{"o"}, "o", "sort"),
		ClearLine:  b([]string{"ctrl+u"}, "ctrl+u", "clear"),
		ByID:       b([]string{"i"}, "i", "open by ID"),
	}
}

// relabel is b with other help text, for the terse footer.
func relabel(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// newHelp is the footer and "?" renderer. It is styled from the theme, not
// with Bubbles' defaults (grey on grey, about 2:1 on a dark background).
func newHelp(st styles) help.Model {
	h := help.New()
	h.Styles.ShortKey, h.Styles.FullKey = st.strong, st.strong
	h.Styles.ShortDesc, h.Styles.FullDesc = st.muted, st.muted
	h.Styles.ShortSeparator, h.Styles.FullSeparator = st.muted, st.muted
	h.Styles.Ellipsis = st.muted
	return h
}
