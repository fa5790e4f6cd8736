package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(a.io.Out, a.versionText())
			return err
		},
	}
}

// version is the one set at link time, else the module version `go install
// ...@vX` recorded, else "dev".
func (a *app) version() string {
	if a.build.Version != "" && a.build.Version != "dev" {
		return a.build.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// commit is the one set at link time, else the VCS revision Go recorded
// when building from a clone, marked "(modified)" when the tree had
// uncommitted changes. Builds with -buildvcs=false record none: "unknown".
func (a *app) commit() string {
	if a.build.Commit != "" {
		return a.build.Commit
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	return vcsCommit(bi.Settings)
}

// vcsCommit reads vcs.revision and vcs.modified from the build settings.
func vcsCommit(settings []debug.BuildSetting) string {
	rev, modified := "", false
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	switch {
	case rev == "":
		return "unknown"
	case modified:
		return rev + " (modified)"
	}
	return rev
}
