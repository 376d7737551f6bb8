package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/events"
	"github.com/timeline-tool/timeline/timeline/render"
	"github.com/timeline-tool/timeline/timeline/source"
	"github.com/timeline-tool/timeline/timeline/timex"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newExtractCmd(f, nil) })
}

type extractOptions struct {
	f      *Factory
	Paths  []string
	DCT    string // --dct YYYY-MM-DD
	Format string // table, json or yaml
}

func newExtractCmd(f *Factory, runF func(*extractOptions) error) *cobra.Command {
	o := &extractOptions{f: f}
	cmd := &cobra.Command{
		Use:   "extract [--dct DATE] [--format table|json|yaml] PATH...",
		Short: "List the candidate events of your sources, writing nothing",
		Long: `Extract reads sources (.txt, .md, .html, .pdf; a folder stands for the
supported files in it, - for standard input) and prints the dated events
it finds: a date, a title, a type, the people, organisations and places
involved, and each mention with its quote and byte offsets.

Mentions of one event, in one document or several, are merged. An event
the text dates only through another ("the subsequent assassination")
gets the interval it can fall in, from that event's date to the document
date, with precision "inferred".

Relative dates count from --dct, else from each document's own date (its
metadata or dateline), else from the last date the text mentioned.

A file that cannot be read (binary, empty, a page with no article, a
scanned PDF without text, more than 16 MB of text) is skipped with a
warning that names it; the others are still read.

--format json prints {"events": [...]} as out/timeline.json writes events;
--format yaml prints entries to paste under "events:" in timeline.yaml.`,
		Example: `  timeline extract seeds/
  timeline extract --dct 2024-08-12 --format json article.txt
  timeline extract --format yaml notes/*.md >> candidates.yaml
  curl -s https://example.org/a.html | timeline extract -`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("extract needs at least one PATH (a file, a folder, or - for standard input)\nRun 'timeline extract --help' for usage.")
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			if o.DCT != "" {
				if _, err := anchor.ParseDate(o.DCT); err != nil {
					return usageErrorf("--dct: %v", err)
				}
			}
			switch o.Format {
			case "table", "json", "yaml":
			default:
				return usageErrorf("--format: unknown format %q (want table, json or yaml)", o.Format)
			}
			if runF != nil {
				return runF(o)
			}
			return runExtract(o)
		},
	}
	cmd.Flags().StringVar(&o.DCT, "dct", "", "the documents' date (YYYY-MM-DD): relative dates count from it, inferred intervals end at it")
	cmd.Flags().StringVar(&o.Format, "format", "table", "output: table, json (as out/timeline.json) or yaml (entries for timeline.yaml)")
	return cmd
}

// extracted is the outcome of one document.
type extracted struct {
	doc    *source.Document
	events []timeline.Event
	err    error
}

func runExtract(o *extractOptions) error {
	paths := make([]string, len(o.Paths))
	for i, p := range o.Paths {
		paths[i] = p
		if p != "-" && !filepath.IsAbs(p) && o.f.Dir != "" {
			paths[i] = filepath.Join(o.f.Dir, p)
		}
	}
	files, err := source.Expand(paths)
	if err != nil {
		return errors.New(strings.ReplaceAll(err.Error(), o.f.Dir+string(filepath.Separator), ""))
	}
	shown := make([]string, len(files)) // as the user would write them
	for i, p := range files {
		shown[i] = p
		if p != "-" && o.f.Dir != "" {
			shown[i] = o.f.rel(p)
		}
	}
	var opt events.Options
	if o.DCT != "" {
		d, _ := anchor.ParseDate(o.DCT)
		opt.DCT = timex.NewDay(d.Year, time.Month(d.Month), d.Day)
	}

	jobs := make([]sourceJob, len(files))
	for i := range files {
		jobs[i] = sourceJob{path: files[i], shown: shown[i], opt: opt}
	}
	all, docs, failed := extractJobs(o.f, jobs)
	if failed == len(files) {
		return fmt.Errorf("no source could be read (%d skipped)", failed)
	}

	w := bufio.NewWriter(o.f.Stdout)
	switch o.Format {
	case "json":
		err = render.EventsJSON(w, all)
	case "yaml":
		err = writeEventsYAML(w, all, docs)
	default:
		err = writeEventsTable(w, all, docs)
		if len(all) == 0 {
			fmt.Fprintf(o.f.Stderr, "no dated events found in %d file(s)\n", len(files)-failed)
		}
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

func drawProgress(w io.Writer, done, total int) {
	const width = 30
	n := done * width / total
	fmt.Fprintf(w, "\r[%s%s] %d/%d files", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total)
}

// writeEventsYAML prints entries ready to paste under "events:" in
// timeline.yaml, each a candidate with its quotes as sources, written by
// curated.FormatEntry as `timeline sync` writes them; a comment after each
// quote says where it is (file:line).
func writeEventsYAML(w io.Writer, evs []timeline.Event, docs map[string]*source.Document) error {
	if len(evs) == 0 {
		_, err := io.WriteString(w, "# no dated events found\n")
		return err
	}
	layout := curated.Layout{SubIndent: 2}
	for i := range evs {
		e := &evs[i]
		entry := curated.Event{ID: e.ID, Status: timeline.StatusCandidate, Date: e.Date, Title: e.Title, Description: e.Description, Type: e.Type}
		var notes []string
		for _, mt := range e.Mentions {
			// The path lets validate tell when the sentence changes, as
			// for the candidates sync writes.
			c := curated.Citation{URL: mt.URL, Title: mt.Title, Quote: mt.Quote}
			if mt.Source != "-" && mt.Quote != "" {
				c.Path = mt.Source
			}
			if c.URL == "" && c.Title == "" && c.Quote == "" {
				continue
			}
			entry.Sources = append(entry.Sources, c)
			notes = append(notes, where(mt, docs))
		}
		if _, err := io.WriteString(w, curated.FormatEntry(&entry, layout, notes...)); err != nil {
			return err
		}
	}
	return nil
}

// where is "path:line" of a mention, or its path.
func where(m timeline.Mention, docs map[string]*source.Document) string {
	if d := docs[m.Source]; d != nil && m.HasOffsets {
		if l := lineOf(d, m.Start); l > 0 {
			return m.Source + ":" + strconv.Itoa(l)
		}
	}
	return m.Source
}

// lineOf is the line of a file offset: counted in the file for text and
// Markdown (whose Text is the file), in the rebuilt text otherwise.
func lineOf(d *source.Document, off int) int {
	text := d.Text
	if d.Offsets.Mapping() != source.Identity {
		if d.Path != "-" {
			if b, err := os.ReadFile(d.Path); err == nil && off <= len(b) {
				return bytes.Count(b[:off], []byte("\n")) + 1
			}
		}
		return 0
	}
	if off > len(text) {
		return 0
	}
	return strings.Count(text[:off], "\n") + 1
}

func writeEventsTable(w io.Writer, evs []timeline.Event, docs map[string]*source.Document) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPRECISION\tTITLE\tTYPE\tCONF\tMENTIONS\tSOURCE")
	for i := range evs {
		e := &evs[i]
		src := ""
		if len(e.Mentions) > 0 {
			src = where(e.Mentions[0], docs)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f\t%d\t%s\n", e.Date, e.Date.Precision(), e.Title, e.Type, e.Confidence, len(e.Mentions), src)
	}
	return tw.Flush()
}
