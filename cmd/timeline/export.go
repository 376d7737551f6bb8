package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/internal/atomicfile"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/export"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newExportCmd(f, nil) })
}

// exportFormats are the values of --format, in the order help lists them.
var exportFormats = []string{"timelinejs", "csv", "ics", "markdown"}

type exportOptions struct {
	f      *Factory
	Config string // -c
	Format string // --format
	Output string // -o; empty for standard output
}

func newExportCmd(f *Factory, runF func(*exportOptions) error) *cobra.Command {
	o := &exportOptions{f: f}
	cmd := &cobra.Command{
		Use:   "export --format timelinejs|csv|ics|markdown [-o FILE]",
		Short: "Write the merged timeline as TimelineJS JSON, CSV, iCalendar or Markdown",
		Long: `Export writes the events build would put in out/timeline.json (the sources
extracted and merged with timeline.yaml) in another tool's format:

  timelinejs  TimelineJS 3 JSON (timeline.knightlab.com); BC years as TimelineJS
              writes them (-44 is 44 BC), decades and seasons as ranges
  csv         the TimelineJS Google spreadsheet template (one row per event);
              cells a spreadsheet would run as formulas start with '
  ics         an iCalendar file; events before AD 1, decades, centuries and
              open ranges are left out (and named on standard error)
  markdown    a chronology: date, title in bold, description, source links

Without -o the result goes to standard output. timeline import reads the
first two back.`,
		Example: `  timeline export --format timelinejs -o out/timelinejs.json
  timeline export --format csv > timeline.csv
  timeline export --format ics -o out/timeline.ics
  timeline export --format markdown -c research/timeline.yaml`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if o.Format == "" {
				return usageErrorf("--format is required: one of %s", strings.Join(exportFormats, ", "))
			}
			o.Format = strings.ToLower(o.Format)
			ok := false
			for _, x := range exportFormats {
				ok = ok || x == o.Format
			}
			if !ok {
				return usageErrorf("--format must be one of %s, not %q", strings.Join(exportFormats, ", "), o.Format)
			}
			if runF != nil {
				return runF(o)
			}
			return runExport(o)
		},
	}
	cmd.Flags().StringVarP(&o.Config, "config", "c", "timeline.yaml", "the curated `FILE`")
	cmd.Flags().StringVar(&o.Format, "format", "", "output format: timelinejs, csv, ics or markdown")
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runExport(o *exportOptions) error {
	f := o.f
	file, err := loadCurated(f, o.Config)
	if err != nil {
		return err
	}
	tl, err := mergedTimeline(f, file, filepath.Dir(f.abs(o.Config)))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	n, err := writeExport(f, &buf, tl, o.Format)
	if err != nil {
		return err
	}
	if o.Output == "" || o.Output == "-" {
		_, err := io.Copy(f.Stdout, &buf)
		return err
	}
	path := f.abs(o.Output)
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(f.Stderr, "wrote %s (%s, %s)\n", f.rel(path), plural(n, "event"), o.Format)
	return nil
}

// writeExport writes tl in format and returns how many events it holds.
func writeExport(f *Factory, w io.Writer, tl *timeline.Timeline, format string) (int, error) {
	n := 0
	for _, e := range tl.Events {
		if !e.Date.IsZero() {
			n++
		}
	}
	switch format {
	case "timelinejs":
		return n, export.TimelineJS(w, tl)
	case "csv":
		return n, export.CSV(w, tl)
	case "markdown":
		return n, export.Markdown(w, tl)
	}
	skipped, err := export.ICS(w, tl, f.Now())
	if len(skipped) > 0 {
		fmt.Fprintf(f.Stderr, "timeline: note: the calendar leaves out %s it cannot hold:\n", plural(len(skipped), "event"))
		for _, s := range skipped {
			fmt.Fprintf(f.Stderr, "  %s\n", s)
		}
	}
	return n - len(skipped), err
}
