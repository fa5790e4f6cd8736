package ui

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// envAlternative is offered whenever the keyring cannot be used.
const envAlternative = "or set VIPCX_API_KEY and VIPCX_ACCESS_TOKEN (or VIPCX_CLIENT_SECRET)"

// formField is a field of the credentials form.
type formField int

const (
	fieldAPIKey formField = iota
	fieldSecret
)

// next is the other field: tab cycles between the two.
func (f formField) next() formField {
	if f == fieldAPIKey {
		return fieldSecret
	}
	return fieldAPIKey
}

// formScreen asks for the API key and then an access token or client
// secret. The secret field echoes bullets only; its value leaves the field
// once, as a secret.Secret inside the actConnect action.
type formScreen struct {
	apiKey, secret textinput.Model
	kind           CredentialKind
	field          formField
	busy           bool
	err            string
	keyringProblem string // why the keyring could not be read, said before asking
	sessionOnly    bool   // use the credentials without saving them
}

// newFormScreen opens the form (no fetcher and not demo), saying from the
// start why stored credentials could not be read, if that is known.
func newFormScreen(e *env) formScreen {
	f := formScreen{apiKey: textinput.New(), secret: textinput.New()}
	f.apiKey.Prompt, f.secret.Prompt = "› ", "› "
	f.apiKey.Placeholder = "client ID of the OAuth server-to-server credential"
	f.secret.EchoMode = textinput.EchoPassword
	f.secret.EchoCharacter = '•'
	if e.reverseCursor {
		f.apiKey.Cursor.Style, f.secret.Cursor.Style = reverseStyle(), reverseStyle()
	}
	f.apiKey.Focus()
	// With no usable keyring, saving would fail after the user typed a
	// secret: say so first, and default to this session only.
	f.keyringProblem = sanitize.Line(e.opts.CredentialsProblem)
	f.sessionOnly = f.keyringProblem != ""
	return f.layout(e).(formScreen)
}

func (f formScreen) state() state { return stateForm }
func (f formScreen) typing() bool { return true }

// freeze stops both cursors blinking for deterministic test views.
func (f formScreen) freeze(spinner.Model) screen {
	f.apiKey.Cursor.SetMode(cursor.CursorStatic)
	f.secret.Cursor.SetMode(cursor.CursorStatic)
	return f
}

// layout fits the fields into the screen width.
func (f formScreen) layout(e *env) screen {
	f.apiKey.Width = max(e.width-6, 10)
	f.secret.Width = max(e.width-6, 10)
	return f
}

func (f formScreen) step(e *env, msg tea.Msg) (screen, tea.Cmd, []action) {
	return f.update(e, msg)
}

// update handles keys on the form: tab moves, ctrl+t switches the secret's
// kind, Enter moves on or submits; everything else is typed into a field.
func (f formScreen) update(e *env, msg tea.Msg) (formScreen, tea.Cmd, []action) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		f, cmd := f.forward(msg)
		return f, cmd, nil
	}
	if f.busy {
		return f, nil, nil
	}
	var cmd tea.Cmd
	switch {
	case key.Matches(k, e.keys.NextField):
		f, cmd = f.focusField(f.field.next())
	case key.Matches(k, e.keys.ToggleKind):
		f = f.toggleKind()
	case key.Matches(k, e.keys.ToggleSave):
		f.sessionOnly = !f.sessionOnly
	case key.Matches(k, e.keys.Submit) && f.field == fieldAPIKey:
		f, cmd = f.focusField(fieldSecret)
	case key.Matches(k, e.keys.Submit):
		return f.submit(e)
	default:
		f, cmd = f.forward(k)
	}
	return f, cmd, nil
}

// toggleKind switches between access token and client secret, but only
// while the secret field is empty: switching under typed text would turn
// a pasted token into a "client secret" without a word.
func (f formScreen) toggleKind() formScreen {
	if f.secret.Value() != "" {
		f.err = "clear the " + f.kind.String() + " field first to enter a " + f.kind.other().String() + " instead"
		return f
	}
	f.kind = f.kind.other()
	f.err = ""
	return f
}

// forward hands a message to the focused field.
func (f formScreen) forward(msg tea.Msg) (formScreen, tea.Cmd) {
	var cmd tea.Cmd
	if f.field == fieldAPIKey {
		f.apiKey, cmd = f.apiKey.Update(msg)
	} else {
		f.secret, cmd = f.secret.Update(msg)
	}
	return f, cmd
}

// focusField moves the keyboard to field i.
func (f formScreen) focusField(i formField) (formScreen, tea.Cmd) {
	f.field = i
	if i == fieldAPIKey {
		f.secret.Blur()
		return f, f.apiKey.Focus()
	}
	f.apiKey.Blur()
	return f, f.secret.Focus()
}

// submit asks the root to hand the credentials to Options.Connect (in a
// command with a timeout, so a keyring that never answers cannot hang the
// form).
func (f formScreen) submit(e *env) (formScreen, tea.Cmd, []action) {
	c := Login{
		APIKey:      strings.TrimSpace(f.apiKey.Value()),
		Kind:        f.kind,
		Secret:      secret.New(strings.TrimSpace(f.secret.Value())),
		SessionOnly: f.sessionOnly,
	}
	switch {
	case c.APIKey == "":
		f.err = "the API key is required"
		return f, nil, nil
	case c.Secret.IsZero():
		f.err = "the " + c.Kind.String() + " is required"
		return f, nil, nil
	case e.opts.Connect == nil:
		f.err = "credentials cannot be saved from here"
		return f, nil, nil
	}
	f.busy, f.err = true, ""
	e.log.Debug("ui credentials submitted", "kind", c.Kind.String(), "api_key", secret.Mask(c.APIKey))
	return f, nil, []action{{kind: actConnect, creds: c}}
}

// failed is the form after Options.Connect failed, saying why.
func (f formScreen) failed(err error) formScreen {
	f.busy = false
	f.err = "could not save the credentials"
	if err != nil {
		f.err += ": " + sanitize.Line(err.Error())
	}
	return f
}

// connectedMsg is the result of Options.Connect.
type connectedMsg struct {
	fetcher Fetcher
	err     error
}

func connectCmd(connect func(context.Context, Login) (Fetcher, error), c Login) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
		defer cancel()
		f, err := connect(ctx, c)
		return connectedMsg{fetcher: f, err: err}
	}
}

// view renders the form. The secret field shows bullets only.
func (f formScreen) view(e *env) string {
	st := e.st
	var b strings.Builder
	b.WriteString(st.title.Render("No credentials found") + "\n")
	if f.keyringProblem != "" {
		b.WriteString(st.tone(present.ToneWarn, wrapped(e, f.keyringProblem, 2)) + "\n")
	}
	b.WriteString(st.muted.Render(wrapped(e, f.storageLine(), 0)) + "\n\n")
	b.WriteString(st.strong.Render("API key") + "\n" + f.apiKey.View() + "\n\n")
	b.WriteString(st.strong.Render(titleCase(f.kind.String())) + st.muted.Render("  (ctrl+t: use "+f.kind.other().String()+" instead)") + "\n")
	b.WriteString(f.secret.View() + "\n\n")
	switch {
	case f.busy && f.sessionOnly:
		b.WriteString(st.muted.Render("connecting…"))
	case f.busy:
		b.WriteString(st.muted.Render("saving…"))
	case f.err != "":
		b.WriteString(st.tone(present.ToneBad, wrapped(e, f.err, 2)))
		if !strings.Contains(f.err, "VIPCX_API_KEY") { // keyring errors name it already
			b.WriteString("\n" + st.muted.Render(wrapped(e, envAlternative, 0)))
		}
	case !strings.Contains(f.keyringProblem, "VIPCX_API_KEY"): // said above already
		b.WriteString(st.muted.Render(wrapped(e, envAlternative, 0)))
	}
	return b.String()
}

// storageLine says where the credentials will go, and how to change it.
func (f formScreen) storageLine() string {
	if f.sessionOnly {
		return "They will be used for this session only, not saved (ctrl+s: save to the keyring)."
	}
	return "They will be saved in the system keyring (ctrl+s: this session only)."
}

// wrapped wraps text to the screen, less indent cells for a symbol.
func wrapped(e *env, text string, indent int) string {
	return strings.Join(wrapTo(text, max(e.width-indent, 10)), "\n")
}

// titleCase capitalises the first letter: "access token" → "Access token".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (f formScreen) shortHelp(e *env) []key.Binding {
	k := e.keys
	submit := relabel(k.Submit, "enter", "save")
	if f.sessionOnly {
		submit = relabel(k.Submit, "enter", "connect")
	}
	// terse, to fit 60 columns: the form's own lines explain ctrl+t and ctrl+s
	return []key.Binding{relabel(k.NextField, "tab", "field"), relabel(k.ToggleKind, "ctrl+t", "kind"), submit, k.ForceQuit}
}

func (f formScreen) fullHelp(e *env) [][]key.Binding {
	k := e.keys
	return [][]key.Binding{{k.NextField, k.ToggleKind, k.ToggleSave}, {f.shortHelp(e)[2], k.ForceQuit}}
}

// helpVariant: the footer's Enter reads "save" or "connect".
func (f formScreen) helpVariant() int {
	if f.sessionOnly {
		return 1
	}
	return 0
}
