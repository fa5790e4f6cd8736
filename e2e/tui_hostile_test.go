package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/internal/hostile"
)

// markedCustomer is the full example customer with a marked payload around
// every string (in turn) and one contact per payload, so each attack lands
// in fields of every tab and in the contacts table.
func markedCustomer() []byte {
	i := 0
	c := hostile.MapStrings(hostile.Customer(), func(_, s string) string {
		p := markedPayloads[i%len(markedPayloads)]
		i++
		return "Z" + p.attack + p.marker + s
	}).(map[string]any)
	contacts := make([]any, len(markedPayloads))
	for i, p := range markedPayloads {
		contacts[i] = map[string]any{"firstName": "Z" + p.attack + p.marker, "lastName": "Doe",
			"email": fmt.Sprintf("c%d@x.example", i), "phoneNumber": "555"}
	}
	c["companyProfile"].(map[string]any)["contacts"] = contacts
	return hostile.Marshal(c)
}

// markedError is Adobe's error body with every marked payload in the message.
func markedError() []byte {
	var msg strings.Builder
	for _, p := range markedPayloads {
		msg.WriteString("Z" + p.attack + p.marker + " ")
	}
	return hostile.Marshal(map[string]any{"code": "1116", "message": msg.String()})
}

// serveMarked adds the marked scenarios to srv.
func serveMarked(srv *hostile.Server) {
	for id, reply := range map[string]struct {
		status int
		body   []byte
	}{"marked": {http.StatusOK, markedCustomer()}, "marked-error": {http.StatusNotFound, markedError()}} {
		srv.Handle(id, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(reply.status)
			_, _ = w.Write(reply.body)
		}))
	}
}

// tuiCase is one hostile answer the TUI fetches: loaded customers are
// walked through all eight tabs; errors must show their panel (want).
type tuiCase struct {
	id     string
	want   string // error panel text; "" for a customer
	marked bool   // every marker must be shown, sanitized
}

var tuiCases = []tuiCase{
	{id: "marked", marked: true},
	{id: "esc-every-field"},
	{id: "long-strings"},
	{id: "contacts-5000"},
	{id: "c1-raw-bytes"},
	{id: "dup-keys"},
	{id: "marked-error", want: "404 Not Found", marked: true},
	{id: "error-escapes", want: "404 Not Found"},
	{id: "error-400-escapes", want: "400 Bad Request"},
	{id: "error-401-escapes", want: "401 Unauthorized"},
	{id: "error-403-escapes", want: "403 Forbidden"},
	{id: "gateway-escapes", want: "502 Bad Gateway"},
	{id: "gateway-html", want: "503 Service Unavailable"},
	{id: "status-escapes", want: "599"},
	{id: "header-escapes", want: "Cannot reach the API"},
}

// TestTUIHostileBytes fetches every hostile answer in the real TUI and
// checks every byte the program wrote to its terminal, not only what tmux
// shows: an escape sequence the screen swallowed (a title, a clipboard
// write, a link) is visible only there.
func TestTUIHostileBytes(t *testing.T) {
	srv := hostile.New(t)
	serveMarked(srv)
	for _, tc := range tuiCases {
		t.Run(tc.id, func(t *testing.T) {
			t.Parallel()
			r := startRecorded(t, hostileEnv(t, srv.URL), "--theme", "dark")
			r.fetch(tc.id)
			if tc.want != "" {
				r.waitText(tc.want)
			} else {
				r.walkTabs()
			}
			r.quitAndCheck(tc.marked)
		})
	}
}

// TestTUIDemoEscapesBytes is the same check on the demo's hostile customer.
func TestTUIDemoEscapesBytes(t *testing.T) {
	r := startRecorded(t, baseEnv(t), "--demo", "--theme", "dark")
	r.fetch("demo-escapes")
	r.walkTabs()
	_, stream := r.quitAndCheck(false)
	if strings.Contains(string(stream), "\rOverwritten") || !strings.Contains(string(stream), "RenoOverwritten") {
		t.Error("the city's carriage return reached the terminal, or the address tab never showed it")
	}
}

// fetch types id on the start screen and submits it.
func (r *recorded) fetch(id string) {
	r.t.Helper()
	r.waitText("Customer ID")
	r.typeText(id)
	r.keys("Enter")
}

// walkTabs visits every tab of a loaded customer, scrolling to the end of
// each, so every field reaches the terminal at least once.
func (r *recorded) walkTabs() {
	r.t.Helper()
	r.waitText("[1 ")
	for i := 1; i <= 8; i++ {
		r.keys(fmt.Sprint(i))
		r.waitText(fmt.Sprintf("[%d ", i))
		r.keys("End")
	}
	r.keys("1")
	r.waitText("[1 ")
}

// quitAndCheck quits with q and checks the exit status, the restored
// terminal, every recorded byte, and what tmux kept: the window title and
// the paste buffers an OSC 0 or OSC 52 would have changed.
func (r *recorded) quitAndCheck(marked bool) (string, []byte) {
	r.t.Helper()
	r.keys("q")
	rc, stream := r.finish()
	if rc != "0" {
		r.t.Errorf("exit status %s, want 0", rc)
	}
	r.assertRestored(stream)
	if fs := streamFindings(stream, markers()); len(fs) > 0 {
		r.t.Errorf("%d findings in the bytes written to the terminal:\n%s", len(fs), summary(fs, 12))
	}
	if marked {
		for _, p := range markedPayloads {
			if shown := "Z" + p.kept + p.marker; !strings.Contains(string(stream), shown) {
				r.t.Errorf("%s never shown as sanitized text %s: the checks above proved nothing for it", p.name, shown)
			}
		}
	}
	if title := r.format("#{pane_title}"); strings.Contains(title, "PWNED") || strings.Contains(strings.ToLower(title), "pwned") {
		r.t.Errorf("the window title was changed to %q", title)
	}
	if bufs := strings.TrimSpace(r.run("list-buffers")); bufs != "" {
		r.t.Errorf("something wrote the clipboard (OSC 52): %q", bufs)
	}
	return rc, stream
}
