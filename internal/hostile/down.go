package hostile

import (
	"bufio"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
)

// DownAfterFirst is an API that answers one request with 503 and dies: it
// closes its listener before it answers, so a client's retry is certain to
// meet a closed port ("the API went down mid-session"). It returns the base
// URL and a count of the requests it answered.
func DownAfterFirst(t testing.TB) (base string, answered func() int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int32
	done := make(chan struct{})
	go func() {
		defer close(done)
		conn, err := ln.Accept()
		_ = ln.Close()
		if err != nil {
			return
		}
		defer conn.Close()
		if _, err := http.ReadRequest(bufio.NewReader(conn)); err != nil {
			return
		}
		n.Add(1)
		_, _ = conn.Write([]byte("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
	}()
	t.Cleanup(func() { _ = ln.Close(); <-done })
	return "http://" + ln.Addr().String(), func() int { return int(n.Load()) }
}
