package main

import (
	"fmt"
	"os"
	"path/filepath"

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
It writes nothing. Exit status 1 when there is a problem to fix.

With extraction on, it also reads the sources and warns about what has gone
stale: a hide, override or match word that matches no extracted event any
more, a date that disagrees with the text, a candidate whose source
sentence changed.`,
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
	f := o.f
	file, err := loadCurated(f, o.Config)
	if err != nil {
		return err
	}
	tl := file.Timeline()
	// Against the sources: hides, overrides and match words that match
	// nothing any more, dates that disagree, candidates whose sentence
	// changed. These are warnings: the file is valid, but stale.
	stale := 0
	if file.Extract.Enabled {
		evs, texts, err := extractSources(f, file, filepath.Dir(f.abs(o.Config)))
		if err != nil {
			return err
		}
		src, _ := os.ReadFile(f.abs(o.Config))
		for _, e := range file.CheckAgainst(evs, texts) {
			fmt.Fprintln(f.Stderr, "warning: "+e.Pretty(src))
			stale++
		}
	}
	fmt.Fprintf(f.Stdout, "%s: ok (%s, %s, %s", o.Config,
		plural(len(tl.Events), "event"), plural(len(tl.Groups), "group"), plural(len(tl.Eras), "era"))
	if stale > 0 {
		fmt.Fprintf(f.Stdout, "; %s against the sources", plural(stale, "warning"))
	}
	fmt.Fprintln(f.Stdout, ")")
	return nil
}
