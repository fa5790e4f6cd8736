package api

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

func TestLoggerRedactsCredentials(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := setup(t, WithLogger(logger))
	h.handle("/v3/customers/", serve(
		reply{503, "text/plain", "body-must-not-be-logged", map[string]string{"X-Request-Id": "srv-1"}},
		reply{404, jsonType, `{"code":"1116","message":"Invalid Customer"}`, nil}))
	_, _ = h.client.GetCustomer(context.Background(), testID)

	out := buf.String()
	assertNoSecret(t, out)
	if strings.Contains(out, "body-must-not-be-logged") {
		t.Fatalf("body logged: %s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want one per attempt:\n%s", len(lines), out)
	}
	reqs := h.requests()
	for i, line := range lines {
		var rec struct {
			Method, Path, RequestID, CorrelationID string
			Attempt, Status                        int
			Headers                                map[string]string
		}
		dec := json.NewDecoder(strings.NewReader(strings.NewReplacer(`"request_id"`, `"RequestID"`, `"correlation_id"`, `"CorrelationID"`).Replace(line)))
		if err := dec.Decode(&rec); err != nil {
			t.Fatal(err)
		}
		if rec.Method != "GET" || rec.Path != "/v3/customers/"+testID || rec.Attempt != i+1 || rec.Status != []int{503, 404}[i] {
			t.Errorf("record %d: %+v", i, rec)
		}
		if rec.RequestID != reqs[i].Header.Get("X-Request-Id") || rec.CorrelationID != reqs[i].Header.Get("X-Correlation-Id") {
			t.Errorf("record %d IDs %q %q", i, rec.RequestID, rec.CorrelationID)
		}
		if rec.Headers["Authorization"] != "[REDACTED]" || rec.Headers["X-Api-Key"] != "[REDACTED]" || rec.Headers["Accept"] != "application/json" {
			t.Errorf("record %d headers %v", i, rec.Headers)
		}
	}
}

func TestNoLoggerNoOutput(t *testing.T) {
	h := setup(t)
	h.handle("/v3/customers/", serve(reply{http.StatusNotFound, "", "", nil}))
	_, _ = h.client.GetCustomer(context.Background(), testID) // must not panic with a nil logger
}
