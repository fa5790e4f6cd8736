package ui

import (
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// CrashError is what Run returns when the program panicked: in Init,
// Update, View or a command. By then the panic was recovered and the
// terminal restored through Bubble Tea's normal quit path, so the caller can
// print a short report on a working screen instead of a raw stack over the
// alternate screen.
type CrashError struct {
	// Where names the part of the program that panicked, in words
	// ("while updating the screen", "in a background task").
	Where string
	// Reason is short and safe to print: a Go runtime error's message, or
	// the panic value's type. Other panic values are withheld because they
	// may quote data (a customer's text or, in the worst case, a credential).
	Reason string
	// Stack is the panicking goroutine's stack, for the debug log only.
	Stack []byte
}

// Error is the one-line summary: reason and place, never the stack.
func (e *CrashError) Error() string { return e.Reason + " (" + e.Where + ")" }

// Places a panic can come from, as CrashError.Where shows them.
const (
	whereInit    = "while starting"
	whereUpdate  = "while handling input"
	whereView    = "while drawing the screen"
	whereCommand = "in a background task"
)

// newCrash describes the recovered value r. Runtime errors carry only
// indexes and type names, so their text is kept; anything else is reduced to
// its type.
func newCrash(where string, r any) *CrashError {
	reason := fmt.Sprintf("unexpected panic (%T)", r)
	if re, ok := r.(runtime.Error); ok {
		reason = re.Error()
	}
	return &CrashError{Where: where, Reason: reason, Stack: debug.Stack()}
}

// crashMsg carries a panic recovered in a command back to the event loop,
// where it ends the program like a quit.
type crashMsg struct{ err *CrashError }

// crashBox holds the first crash of a run. guard values are copied by
// Bubble Tea, so they share the box through a pointer.
type crashBox struct {
	mu   sync.Mutex
	err  *CrashError
	quit func() // asks the program to quit from outside the event loop
}

// record keeps the first crash and reports whether c was it.
func (b *crashBox) record(c *CrashError) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return false
	}
	b.err = c
	return true
}

// crash is the recorded crash, or nil.
func (b *crashBox) crash() *CrashError {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

// guard wraps the root model so no panic reaches Bubble Tea: Bubble Tea
// would print its own stack to stdout, and a panic in a command goroutine
// it did not wrap would kill the process with the terminal still raw.
// Once a crash is recorded the inner model is no longer called.
type guard struct {
	inner tea.Model
	box   *crashBox
}

// Init runs the inner Init, turning a panic into a quit.
func (g guard) Init() (cmd tea.Cmd) {
	defer g.catch(whereInit, &cmd)
	return g.wrap(g.inner.Init())
}

// Update routes to the inner model unless a crash ended the program.
func (g guard) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	model = g // kept as it was if the inner Update panics
	if c, ok := msg.(crashMsg); ok {
		g.box.record(c.err)
	}
	if g.box.crash() != nil {
		return g, tea.Quit
	}
	defer g.catch(whereUpdate, &cmd)
	inner, next := g.inner.Update(msg)
	g.inner = inner
	return g, g.wrap(next)
}

// View draws the inner model, or nothing once the program has crashed.
func (g guard) View() (view string) {
	if g.box.crash() != nil {
		return ""
	}
	defer func() {
		if r := recover(); r != nil {
			view = ""
			if g.box.record(newCrash(whereView, r)) && g.box.quit != nil {
				// View runs on the event loop, which cannot receive a
				// message it sends itself: ask from another goroutine.
				go g.box.quit()
			}
		}
	}()
	return g.inner.View()
}

// catch recovers a panic in Init or Update and replaces the command with a
// quit. It must be deferred directly.
func (g guard) catch(where string, cmd *tea.Cmd) {
	if r := recover(); r != nil {
		g.box.record(newCrash(where, r))
		*cmd = tea.Quit
	}
}

// wrap returns cmd made safe: a panic inside it becomes a crashMsg, and the
// commands of a batch or sequence it returns are wrapped in turn (Bubble Tea
// runs those in goroutines of its own).
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{newCrash(whereCommand, r)}
			}
		}()
		return g.wrapMsg(cmd())
	}
}

// cmdType is the element type of tea.BatchMsg and of Bubble Tea's
// unexported sequence message.
var cmdType = reflect.TypeFor[tea.Cmd]()

// wrapMsg wraps the commands inside a batch or sequence message. The
// sequence type is unexported, so any slice of commands is rebuilt through
// reflection with its own type kept (Bubble Tea switches on that type).
func (g guard) wrapMsg(msg tea.Msg) tea.Msg {
	if msg == nil {
		return nil
	}
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(g.wrap(c)))
	}
	return out.Interface()
}
