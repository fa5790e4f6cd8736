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

// commit is the one set at link time, else the VCS revision Go recorded.
func (a *app) commit() string {
	if a.build.Commit != "" {
		return a.build.Commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				return s.Value
			}
		}
	}
	return "unknown"
}
