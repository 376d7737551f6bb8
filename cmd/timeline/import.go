package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline/export"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newImportCmd(f, nil) })
}

type importOptions struct {
	f    *Factory
	File string
}

func newImportCmd(f *Factory, runF func(*importOptions) error) *cobra.Command {
	o := &importOptions{f: f}
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Print a TimelineJS timeline (JSON or spreadsheet CSV) as timeline.yaml entries",
		Long: `Import reads a TimelineJS 3 JSON file, or the TimelineJS Google spreadsheet
template saved as CSV, and prints its title, groups, eras and events as
timeline.yaml text: paste the sections into your timeline.yaml, or save the
whole as a new one. FILE may be - for standard input. Nothing is written.

Years: TimelineJS writes 44 BC as -44; timeline.yaml writes it -0043
(astronomical years). Import converts; a year 0 is an error. Decades, seasons,
approximate and open dates come back as written when the display date says
so ("1960s", "Summer 2024", "c. 1965", "from 2020"), as timeline export
writes them. Groups get ids made from their labels.`,
		Example: `  timeline import timeline.json
  timeline import sheet.csv >> imported.yaml
  timeline export --format timelinejs | timeline import -`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.File = args[0]
			if runF != nil {
				return runF(o)
			}
			return runImport(o)
		},
	}
	return cmd
}

func runImport(o *importOptions) error {
	f := o.f
	var data []byte
	var err error
	name := o.File
	if o.File == "-" {
		name = "standard input"
		data, err = io.ReadAll(f.Stdin)
	} else {
		data, err = os.ReadFile(f.abs(o.File))
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: no such file", o.File)
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	tl, err := export.Read(name, data)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := export.YAML(&buf, tl, name); err != nil {
		return err
	}
	_, err = f.Stdout.Write(buf.Bytes())
	return err
}
