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
// Each tab is a value of the tab interface (tab.go), indexed by tabID. To
// add a tab that loads its own data (Subscriptions, Orders): add a tabID
// before tabJSON (the number keys follow the order; extend keys.Jump and
// its "1-6" label), write a type holding its spinner, its data and its
// error description, and put it in its slot in newTabs. Start the request
// in open (the first time the tab is selected; open runs on every
// selection) with a reply message that names the customer ID it was for,
// take the reply (and its spinner's ticks) in update and return changed so
// the screen lays the pane out again; render the spinner, the data or
// renderError's panel in resize. Add the endpoint's method to Fetcher and
// call it through env.fetcher inside the command open returns (never in
// update itself). Static tabs are staticTab.
//
// # The View cache
//
// View runs after every message, so the costly parts (the active pane, the
// footer, the title bar) are drawn on update, each keyed by everything it
// depends on (redraw.go). Whatever a part reads must be in its inputs: the
// test harness compares, after every message, the cached View with a
// freshly drawn one (env.fresh), so a missing input fails a test.
package ui
