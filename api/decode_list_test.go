package api

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// rawMessages is how a page's items were split before splitArray: decoded
// into []json.RawMessage.
func rawMessages(t *testing.T, arr []byte) []json.RawMessage {
	t.Helper()
	var items []json.RawMessage
	if err := json.Unmarshal(arr, &items); err != nil {
		t.Fatal(err)
	}
	return items
}

func sameItems(a, b []json.RawMessage) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// TestSplitArrayIsRawMessages: the structural split gives the same items,
// byte for byte, as decoding the array into json.RawMessage did, with
// brackets, commas and quotes inside strings, odd white space and nesting.
func TestSplitArrayIsRawMessages(t *testing.T) {
	for _, arr := range []string{
		`[]`, ` [ ] `, `[1]`, `[ 1 , "a" ,null,true , -2.5e3 ]`,
		`[{"a":"],[{\"}"},{"b":[1,[2,{}]]} ,{ } ]`,
		"[\n\t{\"k\":\"\\\\\"}\r\n,\n[\"\\\"]\"]\n]",
		"[\"\xff\xe2\x80\xae\",{\"x\\u0022\":[]}]",
	} {
		got, want := splitArray([]byte(arr)), rawMessages(t, []byte(arr))
		if !sameItems(got, want) {
			t.Errorf("%q: split %q, want %q", arr, got, want)
		}
	}
}

func FuzzSplitArray(f *testing.F) {
	f.Add([]byte(`[{"a":"],"},1, [2] ,"x"]`))
	f.Fuzz(func(t *testing.T, arr []byte) {
		var want []json.RawMessage
		if json.Unmarshal(arr, &want) != nil {
			return
		}
		if got := splitArray(bytes.TrimSpace(arr)); !sameItems(got, want) {
			t.Fatalf("%q: split %q, want %q", arr, got, want)
		}
	})
}

// TestDecodePageKeepsItemBytes: a page's Raw holds each item exactly as
// sent, and an item that is not an object, or an array that is not one,
// fails as before.
func TestDecodePageKeepsItemBytes(t *testing.T) {
	body := []byte("{\"totalCount\":2, \"items\" : [ {\"orderId\":\"1\",\"s\":\"\\u001b\xc2\x9b\"} ,\n{\"orderId\" : \"2\"}\n] }")
	p, err := decodePage[Order](body)
	if err != nil {
		t.Fatal(err)
	}
	want := []json.RawMessage{json.RawMessage("{\"orderId\":\"1\",\"s\":\"\\u001b\xc2\x9b\"}"), json.RawMessage(`{"orderId" : "2"}`)}
	if !sameItems(p.Raw, want) || len(p.Items) != 2 || p.Items[1].OrderID != "2" {
		t.Errorf("raw %q, items %+v", p.Raw, p.Items)
	}
	for body, msg := range map[string]string{
		`{"items":[{"orderId":"1"},2]}`: "item 2",
		`{"items":{"orderId":"1"}}`:     "not an array",
		`{"items":"x"}`:                 "not an array",
	} {
		if _, err := decodePage[Order]([]byte(body)); err == nil || !bytes.Contains([]byte(err.Error()), []byte(msg)) {
			t.Errorf("%s: err %v, want one saying %q", body, err, msg)
		}
	}
}

// samePage reports whether two decodes of one body agree: the same page,
// or the same error.
func samePage[T any](t *testing.T, body []byte) {
	t.Helper()
	got, gotErr := decodePage[T](body)
	want, wantErr := decodeEach[T](bytes.TrimSpace(body))
	if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("%q: error %v, item by item %v", body, gotErr, wantErr)
	}
	if gotErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: page %+v, item by item %+v", body, got, want)
	}
}

var pageSeeds = []string{
	`{"totalCount":2,"items":[{"orderId":"1","lineItems":[{"quantity":"3"}]},{"orderId":"2","status":7}]}`,
	`{"totalCount":"5","accounts":[{"customerId":"a","creationDate":"2024-07-17T03:47:35"}],"customers":null,"links":{"self":{"uri":"/x"}}}`,
	`{"Items":[{"orderId":"1"}],"items":[{"orderId":"2"}]}`,
	`{"items":[{"orderId":"1"}],"items":[{"orderId":"2"}]}`,
	`{"accounts":[],"items":[{"orderId":"2"}]}`,
	`{"items":[{"orderId":"1"},null]}`,
	`{"items":[{"lineItems":[{"quantity":1.5}]}]}`,
	`{"totalCount":1e999,"items":[{"orderId":"1"}]}`,
	`{"items":[{"orderId":"1"}],"links":[1,2,3,4,5,6,7]}`,
	`{"x":[[[]]],"items":[]}`,
	`{"items":[{"orderId":"\u001b[31m\u202e"}]`,
}

// TestDecodeWholeIsDecodeEach: the one-pass decode gives the same page or
// the same error as the item-by-item decode, and a plain page takes it.
func TestDecodeWholeIsDecodeEach(t *testing.T) {
	for _, s := range pageSeeds {
		samePage[Order](t, []byte(s))
		samePage[CustomerAccount](t, []byte(s))
	}
	if _, ok := decodeWhole[Order]([]byte(pageSeeds[0])); !ok {
		t.Error("a plain page should decode in one pass")
	}
}

func FuzzDecodeWholeIsDecodeEach(f *testing.F) {
	for _, s := range pageSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if t := bytes.TrimSpace(body); len(t) == 0 || t[0] != '{' || nestingDepth(t) > maxNesting {
			return
		}
		samePage[Order](t, body)
		samePage[CustomerAccount](t, body)
	})
}
