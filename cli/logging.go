package cli

import (
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/vipcx/vipcx/internal/localfile"
	"github.com/vipcx/vipcx/sanitize"
	"github.com/vipcx/vipcx/secret"
)

// openDebugLog opens $XDG_STATE_HOME/vipcx/debug.log for appending, mode 0600
// (tightened if the file already existed), and returns a debug-level logger.
// localfile refuses a symlink, a FIFO or a file or directory another user
// controls, so the log cannot be redirected into someone's shell start-up
// file or hang vipcx.
// Secrets cannot reach it: they travel as secret.Secret, which logs as
// [REDACTED], and redactAttr drops header values by name as a second guard.
func openDebugLog(dir string) (*slog.Logger, func(), error) {
	f, err := localfile.OpenAppend(filepath.Join(dir, "debug.log"))
	if err != nil {
		return nil, nil, err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return nil, nil, err
	}
	h := slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: redactAttr})
	return slog.New(h), func() { _ = f.Close() }, nil
}

// sensitiveKeys are attribute names whose values never reach the log.
var sensitiveKeys = map[string]bool{
	"authorization": true, "x-api-key": true, "api_key": true, "token": true,
	"access_token": true, "client_secret": true, "secret": true, "password": true,
}

// redactAttr replaces sensitive values and sanitizes every string so a log
// viewed with cat or tail cannot drive the terminal.
func redactAttr(_ []string, a slog.Attr) slog.Attr {
	if sensitiveKeys[strings.ToLower(a.Key)] {
		return slog.String(a.Key, secret.Redacted)
	}
	if a.Value.Kind() == slog.KindString {
		return slog.String(a.Key, sanitize.Line(a.Value.String()))
	}
	return a
}
