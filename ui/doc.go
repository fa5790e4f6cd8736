// Package ui is the vipcx terminal user interface: a Bubble Tea program that
// asks for a customer ID, fetches the customer through a Fetcher and shows it
// in tabbed panes. The cli package wires it through Options and Run;
// everything else is unexported so the screens can change without touching
// the caller.
//
// # Screens and the back stack
//
// Model is the root. It holds a stack of screens (start, loading, customer,
// error, credentials form, help), shows the last one, and routes messages:
// a resize to every screen (layout), a key to the shown one (step), any
// other message (spinner ticks, cursor blinks, a tab's reply) to every
// screen, and the replies it owns (fetches, history, credentials) to
// itself. Esc pops the stack; the screen at the bottom is never popped:
// the reseller's customer list when a reseller is known (list*.go), else
// the start screen. A screen never navigates or fetches by itself: its update returns
// actions (action, actionKind) that the root carries out, since only the
// root holds the stack, the fetcher and the fetch in flight.
//
// To add a screen (say, a reseller's customer list):
//
//  1. Write a type with the Bubbles component shape, update(e *env, msg)
//     returning its own type, a command and actions, and view(e *env);
//     group all its fields in it.
//  2. Implement the screen interface (screen.go) on it; step only boxes
//     update. Pre-render in layout whatever depends on the width, so view
//     only joins strings.
//  3. Add its state constant (model.go) and have the root push it from an
//     action (update.go, Model.do). Its own requests are commands whose
//     reply message type is its own; route them to it in Model.route, or
//     let broadcast deliver them.
//
// # Tabs of the customer screen
//
// Each tab is a value of the tab interface (tab.go), indexed by tabID; the
// number keys follow the order (keys.Jump, "1-8"). Static tabs are
// staticTab. The Subscriptions and Orders tabs load their own data
// (tab_load.go): customerScreen.loadTabs starts both requests as one batch
// as soon as the customer has loaded (and again on refresh), each reply
// names the customer and the fetch seq it was for, and a tab drops any
// other. Each keeps its own spinner, which shows any wait before a retry
// (tabNoticeMsg, tagged like the replies), and its own error panel, so a
// failure there never hides the customer. Their commands call env.fetcher (tabFetcher),
// never update itself. Because they hold thousands of rows they are
// drawnTabs (tab_lines.go): they draw only the lines on screen from rows
// formatted once per load, and a version (ver) keys the pane cache. The
// pictures (picture_*.go) are pure functions of the data and the width.
//
// # The View cache
//
// View runs after every message, so the costly parts (the active pane, the
// footer, the title bar) are drawn on update, each keyed by everything it
// depends on (redraw.go). On the customer screen the whole frame is also
// fitted on update (view.go, refitFrame and fitFrame: the parts stacked
// and cut to the terminal, a row already fitted taken from the last
// frame), so View only checks that the parts are the ones the frame was
// fitted from. Whatever a part reads must be in its inputs: the test
// harness compares, after every message, the cached View with a freshly
// drawn and fitted one (env.fresh), so a missing input fails a test.
package ui
