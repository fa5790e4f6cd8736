//go:build !unix

package localfile

import (
	"io/fs"
	"os"
)

// Outside Unix there is no O_NOFOLLOW, O_NONBLOCK or uid; the fstat check
// for a regular file and the size caps still apply.
const (
	noFollow = 0
	nonBlock = 0
)

func isLoop(error) bool                    { return false }
func clearNonBlock(*os.File) error         { return nil }
func checkOwner(string, fs.FileInfo) error { return nil }
