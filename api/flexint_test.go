package api

import (
	"errors"
	"testing"
)

func TestFlexIntNumbers(t *testing.T) {
	ok := map[string]int{`5`: 5, `"7"`: 7, `1.5e3`: 1500, `"12.0"`: 12, `-3`: -3, `null`: 0, `"abc"`: 0, `""`: 0, `{}`: 0}
	for in, want := range ok {
		var f FlexInt
		if err := f.UnmarshalJSON([]byte(in)); err != nil || int(f) != want {
			t.Errorf("%s: got %d, %v; want %d", in, f, err, want)
		}
	}
	for _, in := range []string{`1e999`, `1.5`, `12345678901234567890`, `"1e400"`, `-1e300`} {
		var f FlexInt
		var ne *NumberError
		if err := f.UnmarshalJSON([]byte(in)); !errors.As(err, &ne) || f != 0 {
			t.Errorf("%s: got %d, %v; want a NumberError", in, f, err)
		}
	}
}

func TestDecodeCustomerRejectsHugeCount(t *testing.T) {
	body := `{"customerId":"1005512199","benefits":[{"type":"THREE_YEAR_COMMIT","commitment":{"minimumQuantities":[{"offerType":"LICENSE","quantity":1e999}]}}]}`
	if _, err := DecodeCustomer([]byte(body)); !errors.Is(err, ErrMalformedResponse) {
		t.Fatalf("err = %v, want ErrMalformedResponse", err)
	}
}
