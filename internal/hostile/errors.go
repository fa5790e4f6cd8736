package hostile

import (
	"fmt"
	"net/http"
	"strconv"
)

// HostileHeaderID is a response X-Request-Id made of characters Go's HTTP
// client lets through (it rejects C0 controls in headers): C1 and bidi.
const HostileHeaderID = "req-\u202e\u009b2J-\u2066id\u2069"

// errorScenarios answer with error statuses whose bodies, headers or status
// line carry attacks: the error path prints server text too.
func errorScenarios() []Scenario {
	return []Scenario{
		adobeError("error-escapes", http.StatusNotFound, "1116", ExitNotFound),
		adobeError("error-400-escapes", http.StatusBadRequest, "4119", ExitBadRequest),
		adobeError("error-401-escapes", http.StatusUnauthorized, "4116", ExitCredentials),
		adobeError("error-403-escapes", http.StatusForbidden, "4115", ExitCredentials),
		gatewayError("gateway-escapes", http.StatusBadGateway, "application/json", gatewayBody()),
		gatewayError("gateway-html", http.StatusServiceUnavailable, "text/html", hostileHTML()),
		{ID: "hostile-retry-after", About: "429 with a hostile Retry-After and body", Exit: ExitUpstream,
			handler: func(*Server) http.Handler { return retryAfter() }},
		{ID: "header-escapes", About: "200 whose headers hold ESC and BEL: Go refuses the response", Exit: ExitUpstream,
			handler: func(*Server) http.Handler { return rawResponse("200 OK", "X-Request-Id: a\x1b]0;"+Marker+"\x07b") }},
		{ID: "status-escapes", About: "an undocumented status 599 with a hostile reason phrase", Exit: ExitUpstream,
			handler: func(*Server) http.Handler {
				return rawResponse("599 \x1b]0;"+Marker+"\x07Gone\u009b2J\u202e", "X-Request-Id: "+HostileHeaderID)
			}},
	}
}

// AdobeErrorBody is Adobe's {code, message, additionalDetails} with every
// payload in it.
func AdobeErrorBody(code string) []byte {
	details := make([]any, 0, len(Payloads))
	for _, p := range Payloads {
		details = append(details, "companyProfile."+p.Text+"companyName")
	}
	return Marshal(map[string]any{"code": code + Payloads[0].Text, "message": "Invalid " + Mixed() + " Customer",
		"additionalDetails": details})
}

func adobeError(id string, status int, code string, exit int) Scenario {
	body := AdobeErrorBody(code)
	sc := fixed(id, fmt.Sprintf("%d with Adobe's error body full of payloads, hostile X-Request-Id", status),
		exit, status, "application/json", body)
	inner := sc.handler
	sc.handler = func(s *Server) http.Handler {
		h := inner(s)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Request-Id", HostileHeaderID)
			w.Header().Set("X-Correlation-Id", HostileHeaderID)
			h.ServeHTTP(w, r)
		})
	}
	return sc
}

func gatewayBody() []byte {
	return Marshal(map[string]any{"error_code": "502" + Payloads[3].Text, "error": Mixed(),
		"error_description": "upstream " + Mixed() + " failed"})
}

func gatewayError(id string, status int, ctype string, body []byte) Scenario {
	return fixed(id, fmt.Sprintf("%d (retried) with a hostile %s body", status, ctype),
		ExitUpstream, status, ctype, body)
}

// retryAfter is a 429 whose Retry-After is not a number or a date but text
// with C1 and bidi controls (C0 would make Go refuse the whole response).
func retryAfter() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "\u009b2J\u202e5")
		w.Header().Set("X-Request-Id", HostileHeaderID)
		writeJSON(w, http.StatusTooManyRequests, AdobeErrorBody("4118"))
	})
}

// rawResponse writes a response by hand on the hijacked connection, with a
// status line and a header that net/http would never let a handler write.
func rawResponse(statusLine, header string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		body := AdobeErrorBody("9999")
		_, _ = fmt.Fprintf(buf, "HTTP/1.1 %s\r\n%s\r\nContent-Type: application/json\r\nContent-Length: %s\r\n"+
			"Connection: close\r\n\r\n", statusLine, header, strconv.Itoa(len(body)))
		_, _ = buf.Write(body)
		_ = buf.Flush()
	})
}
