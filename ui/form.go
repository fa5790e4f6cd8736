package ui

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// envAlternative is offered whenever the keyring cannot be used.
const envAlternative = "or set VIPCX_API_KEY and VIPCX_ACCESS_TOKEN (or VIPCX_CLIENT_SECRET)"

// credForm asks for the API key and then an access token or client secret.
// The secret field echoes bullets only; its value leaves the field once, as
// a secret.Secret handed to Options.Connect.
type credForm struct {
	apiKey, secret textinput.Model
	kind           CredentialKind
	field          int // 0 API key, 1 secret
	busy           bool
	err            string
}

func newCredForm() credForm {
	f := credForm{apiKey: textinput.New(), secret: textinput.New()}
	f.apiKey.Prompt, f.secret.Prompt = "› ", "› "
	f.apiKey.Placeholder = "client ID of the OAuth server-to-server credential"
	f.secret.EchoMode = textinput.EchoPassword
	f.secret.EchoCharacter = '•'
	f.apiKey.Focus()
	return f
}

// static freezes both cursors for deterministic test views.
func (f credForm) static() credForm {
	f.apiKey.Cursor.SetMode(cursor.CursorStatic)
	f.secret.Cursor.SetMode(cursor.CursorStatic)
	return f
}

// update forwards a message to the focused field.
func (f credForm) update(msg tea.Msg) (credForm, tea.Cmd) {
	var cmd tea.Cmd
	if f.field == 0 {
		f.apiKey, cmd = f.apiKey.Update(msg)
	} else {
		f.secret, cmd = f.secret.Update(msg)
	}
	return f, cmd
}

// focusField moves the keyboard to field i.
func (f credForm) focusField(i int) (credForm, tea.Cmd) {
	f.field = i
	if i == 0 {
		f.secret.Blur()
		return f, f.apiKey.Focus()
	}
	f.apiKey.Blur()
	return f, f.secret.Focus()
}

// resize fits the fields into the screen width.
func (f credForm) resize(w int) credForm {
	f.apiKey.Width = max(w-6, 10)
	f.secret.Width = max(w-6, 10)
	return f
}

// openForm shows the credentials form (no fetcher and not demo).
func (m Model) openForm() Model {
	m.form = newCredForm()
	m.form.err = sanitize.Line(m.opts.CredentialsProblem)
	if m.static {
		m.form = m.form.static()
	}
	m.input.Blur()
	m.focus = focusInput
	return m.transition(stateForm).layout()
}

// formKey handles keys on the form: tab moves, ctrl+t switches the secret's
// kind, Enter moves on or submits; everything else is typed into a field.
func (m Model) formKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.form.busy {
		return m, nil
	}
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, m.keys.NextField):
		m.form, cmd = m.form.focusField(1 - m.form.field)
	case key.Matches(msg, m.keys.ToggleKind):
		m.form.kind = 1 - m.form.kind
	case key.Matches(msg, m.keys.Submit) && m.form.field == 0:
		m.form, cmd = m.form.focusField(1)
	case key.Matches(msg, m.keys.Submit):
		return m.submitForm()
	default:
		m.form, cmd = m.form.update(msg)
	}
	return m, cmd
}

// submitForm hands the credentials to Options.Connect in a command with a
// timeout, so a keyring that never answers cannot hang the form.
func (m Model) submitForm() (Model, tea.Cmd) {
	c := Credentials{
		APIKey: strings.TrimSpace(m.form.apiKey.Value()),
		Kind:   m.form.kind,
		Secret: secret.New(strings.TrimSpace(m.form.secret.Value())),
	}
	switch {
	case c.APIKey == "":
		m.form.err = "the API key is required"
		return m, nil
	case c.Secret.IsZero():
		m.form.err = "the " + c.Kind.String() + " is required"
		return m, nil
	case m.opts.Connect == nil:
		m.form.err = "credentials cannot be saved from here"
		return m, nil
	}
	m.form.busy, m.form.err = true, ""
	m.log.Debug("ui credentials submitted", "kind", c.Kind.String(), "api_key", secret.Mask(c.APIKey))
	return m, connectCmd(m.opts.Connect, c)
}

// connectedMsg is the result of Options.Connect.
type connectedMsg struct {
	fetcher Fetcher
	err     error
}

func connectCmd(connect func(context.Context, Credentials) (Fetcher, error), c Credentials) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
		defer cancel()
		f, err := connect(ctx, c)
		return connectedMsg{fetcher: f, err: err}
	}
}

// onConnected leaves the form for the start screen (or the --customer
// fetch) on success, and explains the failure otherwise.
func (m Model) onConnected(msg connectedMsg) (Model, tea.Cmd) {
	m.form.busy = false
	if msg.err != nil || msg.fetcher == nil {
		m.form.err = "could not save the credentials"
		if msg.err != nil {
			m.form.err += ": " + sanitize.Line(msg.err.Error())
		}
		m.log.Warn("ui credentials not saved", "err", m.form.err)
		return m, nil
	}
	m.fetcher = msg.fetcher
	m.form = credForm{}
	m.log.Debug("ui credentials saved")
	if id := m.opts.InitialID; id != "" && api.ValidateCustomerID(id) == nil {
		return m.startFetch(id)
	}
	m = m.focusInput(stateStart)
	m.notice, m.noticeTone = "credentials saved", present.ToneGood
	return m.layout(), m.blink()
}

// formView renders the form. The secret field shows bullets only.
func (m Model) formView() string {
	f, st := m.form, m.st
	var b strings.Builder
	b.WriteString(st.title.Render("No credentials found") + "\n")
	b.WriteString(st.muted.Render("They are saved in the system keyring.") + "\n\n")
	b.WriteString(st.strong.Render("API key") + "\n" + f.apiKey.View() + "\n\n")
	b.WriteString(st.strong.Render(titleCase(f.kind.String())) + st.muted.Render("  (ctrl+t: use "+(1-f.kind).String()+" instead)") + "\n")
	b.WriteString(f.secret.View() + "\n\n")
	switch {
	case f.busy:
		b.WriteString(st.muted.Render("saving…"))
	case f.err != "":
		b.WriteString(st.tone(present.ToneBad, m.wrapped(f.err, 2)))
		if !strings.Contains(f.err, "VIPCX_API_KEY") { // keyring errors name it already
			b.WriteString("\n" + st.muted.Render(m.wrapped(envAlternative, 0)))
		}
	default:
		b.WriteString(st.muted.Render(m.wrapped(envAlternative, 0)))
	}
	return b.String()
}

// wrapped wraps text to the screen, less indent cells for a symbol.
func (m Model) wrapped(text string, indent int) string {
	return strings.Join(wrapTo(text, max(m.width-indent, 10)), "\n")
}

// titleCase capitalises the first letter: "access token" → "Access token".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
