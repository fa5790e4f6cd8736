package keys

// Platform limits, checked before Set so the user hears the size and the
// limit instead of a backend's vague failure (or, on macOS, a truncated
// entry).
const (
	// windowsMaxValue is Credential Manager's limit on a credential blob.
	windowsMaxValue = 2560
	// darwinMaxCommand is the longest line go-keyring hands to
	// `security -i`; the value goes on it base64-encoded with a prefix.
	darwinMaxCommand = 4096
	// darwinCommandOverhead is the fixed text of that line around service,
	// account and value: `add-generic-password -U -s '' -a '' -w ''\n`
	// plus go-keyring's "go-keyring-base64:" prefix.
	darwinCommandOverhead = len("add-generic-password -U -s '' -a '' -w ''\n") + len("go-keyring-base64:")
	// otherMaxValue bounds the Secret Service and the in-memory twin. The
	// Secret Service has no hard limit but slows down past about 100 KiB;
	// no real token or secret comes near this.
	otherMaxValue = 64 << 10
)

// maxValueLen is the largest value, in bytes, the keyring of goos accepts
// for this service and account.
func maxValueLen(goos, service, account string) int {
	switch goos {
	case "windows":
		return windowsMaxValue
	case "darwin":
		room := darwinMaxCommand - darwinCommandOverhead - len(service) - len(account)
		// base64 turns every 3 bytes into 4 characters.
		return room / 4 * 3
	}
	return otherMaxValue
}
