package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

type validateOptions struct {
	f      *Factory
	Config string
}

func newValidateCmd(f *Factory, runF func(*validateOptions) error) *cobra.Command {
	o := &validateOptions{f: f}
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check timeline.yaml and report every problem with file:line:col",
		Long: `Validate reads timeline.yaml and reports every problem it finds, not only
the first: unknown keys (with a suggestion), dates in no accepted form,
missing titles, duplicate ids, unknown groups, links that are not http(s).
It writes nothing. Exit status 1 when there is a problem to fix.`,
		Example: `  timeline validate
  timeline validate -c research/timeline.yaml`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return runValidate(o)
		},
	}
	cmd.Flags().StringVarP(&o.Config, "config", "c", "timeline.yaml", "the curated `FILE`")
	return cmd
}

func runValidate(o *validateOptions) error {
	file, err := loadCurated(o.f, o.Config)
	if err != nil {
		return err
	}
	tl := file.Timeline()
	fmt.Fprintf(o.f.Stdout, "%s: ok (%s, %s, %s)\n", o.Config,
		plural(len(tl.Events), "event"), plural(len(tl.Groups), "group"), plural(len(tl.Eras), "era"))
	return nil
}
