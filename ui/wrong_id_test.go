package ui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/secret"
)

// A server that answers with another customer than the one asked for is
// never shown silently: the header says which was asked and which came.
func TestHeaderWarnsWhenTheServerAnswersWithAnotherCustomer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(fairmontJSON)) // customer 9876543210, whatever was asked
	}))
	defer srv.Close()
	c, err := api.NewClient(srv.URL, api.WithAPIKey("k"), api.WithTokenSource(api.StaticToken(secret.New("tok"))))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{60, 100} {
		h := newHarness(t, Options{Fetcher: c, Demo: true}, w, 24)
		h.typeText("1111111111")
		h.press("enter")
		v := flatView(h.m.View())
		if h.m.screen() != stateLoaded || !strings.Contains(v, "Wrong customer: asked for 1111111111, got 9876543210") {
			t.Errorf("at %d columns: state %v, view:\n%s", w, h.m.screen(), h.m.View())
		}
		h = newHarness(t, Options{Fetcher: c, Demo: true}, w, 24)
		h.typeText("9876543210")
		h.press("enter")
		if v := h.m.View(); strings.Contains(v, "Wrong customer") {
			t.Errorf("at %d columns the right customer is flagged:\n%s", w, v)
		}
	}
}
