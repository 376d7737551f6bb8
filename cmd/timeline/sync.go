package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/internal/atomicfile"
	"github.com/timeline-tool/timeline/timeline/curated"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newSyncCmd(f, nil) })
}

type syncOptions struct {
	f      *Factory
	Config string
}

func newSyncCmd(f *Factory, runF func(*syncOptions) error) *cobra.Command {
	o := &syncOptions{f: f}
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Add newly extracted events to timeline.yaml as candidates to review",
		Long: `Sync extracts the events of the sources timeline.yaml lists and appends
those it does not have yet to its events list, each marked
"status: candidate" (drawn hollow on the page until you review it): fix
its date or title, give it a group, or set "hide: true"; delete the status
line, or set "status: reviewed", when it is right.

An event is already there when an entry has its id, hides it, or matches
it (match words, or the same date plus a shared person, place or
organisation). Nothing you wrote is touched: comments, key order and every
other line stay byte for byte; a sync with nothing new changes no byte.
The file is replaced atomically, so an interrupted sync loses nothing.`,
		Example: `  timeline sync
  timeline sync -c research/timeline.yaml && git diff research/timeline.yaml`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return runSync(o)
		},
	}
	cmd.Flags().StringVarP(&o.Config, "config", "c", "timeline.yaml", "the curated `FILE`")
	return cmd
}

func runSync(o *syncOptions) error {
	f := o.f
	file, err := loadCurated(f, o.Config)
	if err != nil {
		return err
	}
	if !file.Extract.Enabled {
		return fmt.Errorf("%s: extraction is off (extract: {enabled: false}); nothing to sync", o.Config)
	}
	if len(file.Sources) == 0 {
		return fmt.Errorf("%s: no sources listed; add one under sources: (path: seeds/*.txt) and sync again", o.Config)
	}
	base := filepath.Dir(f.abs(o.Config))
	evs, _, err := extractSources(f, file, base)
	if err != nil {
		return err
	}
	path := f.abs(o.Config)
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", o.Config, err)
	}
	out, added, err := curated.Sync(o.Config, src, evs)
	if err != nil {
		var list curated.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(f.Stderr, e.Pretty(src))
			}
			return errSilent
		}
		return fmt.Errorf("%s: %w; the file was not changed", o.Config, err)
	}
	if added == 0 {
		fmt.Fprintf(f.Stderr, "%s is up to date: each of the %s extracted is already curated, hidden or matched\n", o.Config, plural(len(evs), "event"))
		return nil
	}
	if err := atomicfile.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(f.Stderr, "added %s to %s (status: candidate); review them, then run timeline build\n", plural(added, "candidate"), o.Config)
	return nil
}
