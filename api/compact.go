package api

// compactJSON removes the white space between the tokens of JSON text
// without validating it, and measures how deeply it nests (as nestingDepth
// does) in the same pass. json.Unmarshal validates what it is given, and
// checking twice would double the cost of a large customer. Decoding a
// pretty-printed body costs about twice as much as decoding it compact
// (most of its bytes are indentation), and this loop is several times
// cheaper than json.Compact's scanner.
//
// The result is valid JSON exactly when b is, with the same value: a run of
// white space next to punctuation or a string's quotes can never matter and
// is dropped; between two other bytes (as in `1 2` or `tr ue`, both invalid)
// one space is kept, so no two tokens are glued into one. Strings are copied
// as they are, escapes included.
func compactJSON(b []byte) (out []byte, depth int) {
	out = make([]byte, 0, len(b))
	level := 0
	done := 0 // b[:done] has been dealt with
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			i = stringEnd(b, i)
		case '{', '[':
			level++
			depth = max(depth, level)
		case '}', ']':
			level--
		case ' ', '\t', '\n', '\r':
			out = append(out, b[done:i]...)
			j := i + 1
			for j < len(b) && isJSONSpace(b[j]) {
				j++
			}
			if len(out) > 0 && j < len(b) && !isJSONPunct(out[len(out)-1]) && !isJSONPunct(b[j]) {
				out = append(out, ' ')
			}
			done, i = j, j-1
		}
	}
	return append(out, b[done:]...), depth
}

// stringEnd returns the index of the quote that closes the string opened
// at b[open], or the last index when it is never closed.
func stringEnd(b []byte, open int) int {
	for i := open + 1; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++ // the escaped byte cannot close the string
		case '"':
			return i
		}
	}
	return len(b) - 1
}

// isJSONSpace reports the four white-space bytes JSON allows between tokens.
func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isJSONPunct reports the bytes that end or start a token on their own.
func isJSONPunct(c byte) bool {
	switch c {
	case '{', '}', '[', ']', ',', ':', '"':
		return true
	}
	return false
}
