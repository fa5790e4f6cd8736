package secret

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestSecretNeverFormats(t *testing.T) {
	s := New("hunter2-very-secret")
	outs := []string{
		fmt.Sprint(s), fmt.Sprintf("%v %+v %#v %s %q %x %d", s, s, s, s, s, s, s),
		fmt.Sprintf("%v", struct{ S Secret }{s}), fmt.Sprintf("%#v", []Secret{s}),
	}
	b, err := json.Marshal(map[string]Secret{"k": s})
	if err != nil {
		t.Fatal(err)
	}
	outs = append(outs, string(b))
	for _, o := range outs {
		if strings.Contains(o, "hunter2") {
			t.Fatalf("secret leaked: %q", o)
		}
		if !strings.Contains(o, Redacted) {
			t.Fatalf("want %q in %q", Redacted, o)
		}
	}
	if s.Reveal() != "hunter2-very-secret" || s.IsZero() || s.Len() != 19 {
		t.Fatal("Reveal/IsZero/Len wrong")
	}
}

func TestMask(t *testing.T) {
	cases := map[string]string{
		"3f2a0000000000009c1d": "3f2a…9c1d",
		"short":                "••••",
		"":                     "••••",
	}
	for in, want := range cases {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q, want %q", in, got, want)
		}
	}
}
