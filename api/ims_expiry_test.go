package api

import (
	"errors"
	"testing"
	"time"
)

func TestParseIMSTokenClampsLifetime(t *testing.T) {
	cases := map[string]time.Duration{
		"0":                     minTokenLife,
		"1":                     minTokenLife,
		"86399":                 86399 * time.Second,
		"2592001":               2592001 * time.Millisecond, // over 30 days: milliseconds
		"999999999999999999999": maxTokenLife,               // would overflow time.Duration
		"1e300":                 maxTokenLife,
	}
	for in, want := range cases {
		_, got, err := parseIMSToken([]byte(`{"access_token":"tok","expires_in":` + in + `}`))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if got != want {
			t.Errorf("expires_in %s: lifetime %s, want %s", in, got, want)
		}
	}
}

func TestParseIMSTokenRefusesControlCharacters(t *testing.T) {
	for _, tok := range []string{`a\u0000b`, `a\r\nX-Evil: 1`, `a b`, `tök`, `a\u007f`} {
		_, _, err := parseIMSToken([]byte(`{"access_token":"` + tok + `","expires_in":3600}`))
		if !errors.Is(err, ErrMalformedResponse) {
			t.Errorf("token %s: err = %v, want ErrMalformedResponse", tok, err)
		}
	}
}
