package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/internal/atomicfile"
)

// The starter project: a timeline.yaml whose comments explain every field,
// and one short source, so that `timeline build` works at once.
//
//go:embed starter
var starter embed.FS

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newInitCmd(f, nil) })
}

type initOptions struct {
	f   *Factory
	Dir string
}

func newInitCmd(f *Factory, runF func(*initOptions) error) *cobra.Command {
	o := &initOptions{f: f}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Start a project: a commented timeline.yaml and an example source",
		Long: `Init writes a starter project into DIR (default: this folder): a
timeline.yaml whose comments explain every field, and seeds/example.txt, a
short source to extract events from. It never overwrites a file: if
timeline.yaml or seeds/example.txt exists, it stops and says so.`,
		Example: `  timeline init
  timeline init research && cd research && timeline build`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Dir = "."
			if len(args) == 1 {
				o.Dir = args[0]
			}
			if runF != nil {
				return runF(o)
			}
			return runInit(o)
		},
	}
	return cmd
}

func runInit(o *initOptions) error {
	f := o.f
	dir := f.abs(o.Dir)
	var files []string
	err := fs.WalkDir(starter, "starter", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, p := range files {
		dst := filepath.Join(dir, filepath.FromSlash(p[len("starter/"):]))
		if _, err := os.Stat(dst); err == nil {
			return fmt.Errorf("%s already exists; init writes a new project and never overwrites a file (choose another folder: timeline init DIR)", f.rel(dst))
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	for _, p := range files {
		b, err := starter.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p[len("starter/"):]))
		if err := atomicfile.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(f.Stderr, "wrote %s\n", f.rel(dst))
	}
	next := "timeline build"
	if o.Dir != "." {
		next = "cd " + o.Dir + " && timeline build"
	}
	fmt.Fprintf(f.Stderr, "next: %s, then open out/timeline.html\n", next)
	return nil
}
