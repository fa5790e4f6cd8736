package secret

import (
	"encoding/json"
	"fmt"
	"log/slog"
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

// TestSecretInUnexportedFieldNeverFormats covers what fmt and slog do with a
// struct that holds a Secret in an unexported field: they cannot call its
// methods there and print the field by reflection instead.
func TestSecretInUnexportedFieldNeverFormats(t *testing.T) {
	type holder struct {
		name string
		key  Secret
	}
	h := holder{name: "client", key: New("hunter2-very-secret")}
	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("x", "h", h, "p", &h)
	for _, o := range []string{
		fmt.Sprintf("%v %+v %#v", h, h, h),
		fmt.Sprintf("%v %+v %#v", &h, &h, &h),
		fmt.Sprint([]holder{h}), logged.String(),
	} {
		if strings.Contains(o, "hunter2") {
			t.Fatalf("secret leaked: %q", o)
		}
	}
}

func TestZeroAndEmpty(t *testing.T) {
	for _, s := range []Secret{{}, New("")} {
		if !s.IsZero() || s.Reveal() != "" || s.Len() != 0 || s != (Secret{}) {
			t.Fatalf("empty secret %v: IsZero %v, Len %d", s, s.IsZero(), s.Len())
		}
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
