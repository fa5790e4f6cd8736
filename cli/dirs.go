package cli

import "path/filepath"

// configPath is $XDG_CONFIG_HOME/vipcx/config.toml, or "" when there is no
// home directory to put it in.
func configPath(getenv func(string) (string, bool)) string {
	dir := xdgDir(getenv, "XDG_CONFIG_HOME", ".config")
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "vipcx", "config.toml")
}

// stateDir is $XDG_STATE_HOME/vipcx (history, debug.log), or "".
func stateDir(getenv func(string) (string, bool)) string {
	dir := xdgDir(getenv, "XDG_STATE_HOME", filepath.Join(".local", "state"))
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "vipcx")
}

// xdgDir follows the XDG base-directory spec: the variable if it is an
// absolute path, else the fallback under $HOME. Without either it returns
// "": vipcx then runs without config and state rather than fall back to a
// shared directory such as /tmp, where another user could plant a config
// that sends the credentials to their server.
func xdgDir(getenv func(string) (string, bool), name, fallback string) string {
	if v := env(getenv, name); filepath.IsAbs(v) {
		return v
	}
	if home := env(getenv, "HOME"); filepath.IsAbs(home) {
		return filepath.Join(home, fallback)
	}
	return ""
}

// noHomeNote is printed once on stderr when it matters (--debug, or a
// command that would read or write local files) and there is no home.
const noHomeNote = "note: neither $HOME nor $XDG_CONFIG_HOME/$XDG_STATE_HOME is set: running without config file, history and debug log"

// historyPath is the recent-IDs file in dir, or "" (history in memory only)
// when there is no state directory: never a relative path in the current
// directory.
func historyPath(dir, place string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "history-"+place)
}
