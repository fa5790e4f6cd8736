// Package secret holds credentials in a type that refuses to print itself,
// so an API token or client secret cannot leak through a log line, an error
// string or a %v in a debug print. Only Reveal returns the value, and the only
// callers that should use it put the value in an HTTP header or the keyring.
package secret

import "fmt"

// Redacted is what every formatting of a Secret prints.
const Redacted = "[REDACTED]"

// Secret is a credential value. The zero value is an empty secret.
//
// The value sits behind a pointer because fmt and slog cannot call String
// or Format on a struct field that is not exported: they print such a field
// by reflection, and a string field would appear in full (a Client or token
// source printed with %+v would show its API key and client secret). A
// pointer prints as an address.
type Secret struct{ v *string }

// New wraps v.
func New(v string) Secret {
	if v == "" {
		return Secret{}
	}
	return Secret{v: &v}
}

// Reveal returns the value. Call it only where the value must leave the
// process: an Authorization header, a form field to IMS, the keyring.
func (s Secret) Reveal() string {
	if s.v == nil {
		return ""
	}
	return *s.v
}

// IsZero reports whether the secret is empty.
func (s Secret) IsZero() bool { return s.v == nil }

// Len is the length in bytes, for size checks that must not see the value.
func (s Secret) Len() int { return len(s.Reveal()) }

// String implements fmt.Stringer.
func (s Secret) String() string { return Redacted }

// GoString implements fmt.GoStringer, so %#v is redacted too.
func (s Secret) GoString() string { return Redacted }

// Format implements fmt.Formatter: every verb prints Redacted.
func (s Secret) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(Redacted)) }

// MarshalText keeps a Secret out of JSON, TOML and similar encodings.
func (s Secret) MarshalText() ([]byte, error) { return []byte(Redacted), nil }

// Mask shows the first and last four characters of a value that is
// identifying but not secret (an API key), as in "3f2a…9c1d". Short values are
// masked completely.
func Mask(v string) string {
	r := []rune(v)
	if len(r) < 12 {
		return "••••"
	}
	return string(r[:4]) + "…" + string(r[len(r)-4:])
}
