package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/api/demo"
	"github.com/vipcx/vipcx/internal/hostile"
	"github.com/vipcx/vipcx/secret"
)

// joinedRaw reads sc's list with the API client, as sent, and prints it
// the way --json did before it was built page by page: the items joined
// into one array, then api.PrettyJSON of that.
func joinedRaw(t *testing.T, base string, sc hostile.ListScenario) []byte {
	t.Helper()
	c, err := api.NewClient(base, api.WithAPIKey(demo.DemoAPIKey),
		api.WithTokenSource(api.StaticToken(secret.New(demo.DemoToken))))
	if err != nil {
		t.Fatal(err)
	}
	var raws []json.RawMessage
	if sc.Kind == hostile.KindCustomers {
		q := api.CustomerQuery{Status: "1000", SortBy: "companyName", OrderBy: "asc"}
		l, err := c.ListCustomers(context.Background(), sc.ID, q, 0)
		if err != nil {
			t.Fatal(err)
		}
		raws = l.Raw
	} else {
		l, err := c.ListOrders(context.Background(), sc.ID, api.OrderQuery{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		raws = l.Raw
	}
	joined := []byte{'['}
	for i, r := range raws {
		if i > 0 {
			joined = append(joined, ',')
		}
		joined = append(joined, r...)
	}
	out, err := api.PrettyJSON(append(joined, ']'))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestListJSONBytesAreJoinedPrettyJSON: `customers --all --json` and
// `orders --all --json` print, byte for byte, what joining the items as
// sent and pretty-printing them printed, for every hostile list that
// succeeds: hostile names and offer IDs, repeated and empty pages, 429s,
// 5,000 items.
func TestListJSONBytesAreJoinedPrettyJSON(t *testing.T) {
	srv := hostile.New(t)
	for _, sc := range hostile.ListScenarios() {
		if sc.Exit != 0 || sc.Kind == hostile.KindSubscriptions {
			continue
		}
		t.Run(sc.ID, func(t *testing.T) {
			t.Parallel()
			out, errOut, code := runEnv(t, apiEnv(srv.URL), listArgs(sc, "--json")...)
			if code != 0 {
				t.Fatalf("exit %d; stderr %.300q", code, errOut)
			}
			if want := joinedRaw(t, srv.URL, sc); !bytes.Equal([]byte(out), want) {
				t.Errorf("--json differs from the joined items pretty-printed:\n got %.300q\nwant %.300q", out, want)
			}
		})
	}
}
