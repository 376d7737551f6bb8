package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/internal/atomicfile"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/echarts"
	"github.com/timeline-tool/timeline/timeline/render"
	"github.com/timeline-tool/timeline/timeline/snapshot"
)

type buildOptions struct {
	f        *Factory
	Config   string // -c
	Assets   string // --assets; empty means what timeline.yaml says (default cdn)
	ECharts  string // --echarts FILE
	Theme    string // --theme; empty means what timeline.yaml says
	Only     []string
	Fragment string // --fragment FILE
	PNG      string // --png FILE
	PDF      string // --pdf FILE
}

func newBuildCmd(f *Factory, runF func(*buildOptions) error) *cobra.Command {
	o := &buildOptions{f: f}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Render timeline.yaml into out/timeline.html and out/timeline.json",
		Long: `Build reads timeline.yaml, checks it, and writes the interactive page and
the JSON of every event. Output paths come from the file's "output" section
(default out/timeline.html and out/timeline.json, beside timeline.yaml).

A failed build writes nothing: the previous output stays as it was.

Assets: the default page loads ECharts ` + echarts.Version + ` from a CDN, pinned with
an integrity hash. --assets inline puts ECharts into the page, so the single
file opens offline; it is taken from --echarts FILE, $TIMELINE_ECHARTS,
./node_modules/echarts/dist/echarts.min.js, or the user cache, and is
otherwise downloaded once into the cache (SHA-256 checked).`,
		Example: `  timeline build
  timeline build -c research/timeline.yaml
  timeline build --assets inline                 # one file that opens offline
  timeline build --assets inline --echarts ~/echarts.min.js
  timeline build --only operations --only 2020/2024   # a subset for one report
  timeline build --png out/timeline.png --pdf out/timeline.pdf   # for Word and PDF reports
  timeline build --assets inline --fragment out/timeline-fragment.html   # to paste into a CMS`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if o.Assets != "" && o.Assets != "cdn" && o.Assets != "inline" {
				return usageErrorf("--assets must be cdn or inline, not %q", o.Assets)
			}
			if o.Theme != "" && o.Theme != "light" && o.Theme != "dark" && o.Theme != "auto" {
				return usageErrorf("--theme must be light, dark or auto, not %q", o.Theme)
			}
			if o.ECharts != "" && o.Assets == "" {
				o.Assets = "inline"
			}
			if runF != nil {
				return runF(o)
			}
			return runBuild(c.Context(), o)
		},
	}
	cmd.Flags().StringVarP(&o.Config, "config", "c", "timeline.yaml", "the curated `FILE`")
	cmd.Flags().StringVar(&o.Assets, "assets", "", "how the page gets ECharts: `cdn` or inline (default: output.assets in timeline.yaml, else cdn)")
	cmd.Flags().StringVar(&o.ECharts, "echarts", "", "use this echarts.min.js `FILE` for --assets inline")
	cmd.Flags().StringVar(&o.Fragment, "fragment", "", "also write an HTML fragment `FILE` to paste into another page (scoped styles; paste it more than once if you like)")
	cmd.Flags().StringVar(&o.PNG, "png", "", "also write the chart as a PNG `FILE` at print resolution (needs Chromium)")
	cmd.Flags().StringVar(&o.PDF, "pdf", "", "also write the page as a PDF `FILE`: the chart, then the list (needs Chromium)")
	cmd.Flags().StringArrayVar(&o.Only, "only", nil, "keep only the events of this group id, tag, or date range (`GROUP|TAG|DATE/DATE`); repeat for more")
	cmd.Flags().StringVar(&o.Theme, "theme", "", "page theme: light, dark or auto (default: output.theme in timeline.yaml, else light)")
	return cmd
}

func runBuild(ctx context.Context, o *buildOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	f := o.f
	file, err := loadCurated(f, o.Config)
	if err != nil {
		return err
	}
	base := filepath.Dir(f.abs(o.Config))
	tl, err := mergedTimeline(f, file, base)
	if err != nil {
		return err
	}
	if tl, err = timeline.Only(tl, o.Only); err != nil {
		return usageError{err}
	}

	assets := firstNonEmpty(o.Assets, file.Output.Assets, "cdn")
	ropts := render.Options{Assets: assets, Theme: firstNonEmpty(o.Theme, file.Output.Theme, "light")}
	if assets == "inline" {
		found, err := echartsFinder(f, o.ECharts).Find(ctx)
		if err != nil {
			return err
		}
		if found.Warning != "" {
			fmt.Fprintf(f.Stderr, "timeline: warning: %s\n", found.Warning)
		}
		ropts.ECharts = found.JS
	}

	var page, data bytes.Buffer
	if err := render.HTML(&page, tl, ropts); err != nil {
		return fmt.Errorf("rendering the page: %w", err)
	}
	if err := render.JSON(&data, tl); err != nil {
		return fmt.Errorf("rendering the JSON: %w", err)
	}
	shots, err := snapshots(ctx, f, o, tl, ropts)
	if err != nil {
		return err
	}
	if o.Fragment != "" {
		var frag bytes.Buffer
		if err := render.Fragment(&frag, tl, ropts); err != nil {
			return fmt.Errorf("rendering the fragment: %w", err)
		}
		shots = append(shots, shot{o.Fragment, frag.Bytes()})
	}
	htmlPath := resolveOut(base, firstNonEmpty(file.Output.HTML, "out/timeline.html"))
	jsonPath := resolveOut(base, firstNonEmpty(file.Output.JSON, "out/timeline.json"))
	// Both outputs are rendered before either is written, so a failure
	// above leaves the previous files as they were.
	if err := atomicfile.WriteFile(htmlPath, page.Bytes(), 0o644); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(jsonPath, data.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(f.Stderr, "wrote %s (%s, %s) and %s\n", f.rel(htmlPath), plural(len(tl.Events), "event"), size(page.Len()), f.rel(jsonPath))
	for _, sh := range shots {
		if err := atomicfile.WriteFile(f.abs(sh.path), sh.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(f.Stderr, "wrote %s (%s)\n", sh.path, size(len(sh.data)))
	}
	return nil
}

type shot struct {
	path string
	data []byte
}

// snapshots renders the PNG and PDF asked for, before anything is written,
// so that a failure leaves every previous output in place. Chromium opens
// a copy of the page with ECharts inlined, offline.
func snapshots(ctx context.Context, f *Factory, o *buildOptions, tl *timeline.Timeline, ropts render.Options) ([]shot, error) {
	if o.PNG == "" && o.PDF == "" {
		return nil, nil
	}
	chromium, err := snapshot.Find(f.Getenv)
	if err != nil {
		return nil, err
	}
	if ropts.Assets != "inline" {
		found, err := echartsFinder(f, o.ECharts).Find(ctx)
		if err != nil {
			return nil, fmt.Errorf("--png and --pdf draw the page offline: %w", err)
		}
		ropts.Assets, ropts.ECharts = "inline", found.JS
	}
	var page bytes.Buffer
	if err := render.HTML(&page, tl, ropts); err != nil {
		return nil, fmt.Errorf("rendering the page: %w", err)
	}
	dir, err := os.MkdirTemp("", "timeline-build-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "timeline.html")
	if err := os.WriteFile(tmp, page.Bytes(), 0o600); err != nil {
		return nil, err
	}
	sopts := snapshot.Options{Chromium: chromium}
	var shots []shot
	if o.PNG != "" {
		png, drawn, err := snapshot.PNG(ctx, tmp, sopts)
		if err != nil {
			return nil, fmt.Errorf("--png: %w", err)
		}
		if drawn.Density {
			fmt.Fprintf(f.Stderr, "timeline: note: the PNG shows the density view: %d events counted per period in each group; narrow it with --only to see each event\n", drawn.Events)
		} else if drawn.Labels < drawn.Events {
			fmt.Fprintf(f.Stderr, "timeline: note: %d of %d labels had no room in the PNG; their events are drawn, and the page's list has them all\n", drawn.Events-drawn.Labels, drawn.Events)
		}
		shots = append(shots, shot{o.PNG, png})
	}
	if o.PDF != "" {
		pdf, err := snapshot.PDF(ctx, tmp, sopts)
		if err != nil {
			return nil, fmt.Errorf("--pdf: %w", err)
		}
		shots = append(shots, shot{o.PDF, pdf})
	}
	return shots, nil
}

// mergedTimeline extracts the events of the sources timeline.yaml lists
// (unless extract.enabled is false) and merges them with the curated
// entries, printing the merge's warnings on stderr.
func mergedTimeline(f *Factory, file *curated.File, base string) (*timeline.Timeline, error) {
	extracted, texts, err := extractSources(f, file, base)
	if err != nil {
		return nil, err
	}
	tl, warns := timeline.Merge(file.Curated(), extracted, texts)
	unused := 0
	for _, w := range warns {
		if w.Kind == timeline.Unused {
			unused++
			continue
		}
		fmt.Fprintf(f.Stderr, "timeline: warning: %s\n", w)
	}
	if unused > 0 {
		fmt.Fprintf(f.Stderr, "timeline: %s in %s match nothing in the sources; run timeline validate to see them\n", plural(unused, "entry"), file.Name)
	}
	return tl, nil
}

// extractSources runs extraction over the sources of timeline.yaml and
// returns the events, with a reader of the files by the name mentions use:
// only messages need the bytes (for line and column), so a file is read a
// second time only when a message points into it.
func extractSources(f *Factory, file *curated.File, base string) ([]timeline.Event, timeline.Texts, error) {
	if !file.Extract.Enabled {
		return nil, nil, nil
	}
	jobs, err := curatedJobs(file, base)
	if err != nil || len(jobs) == 0 {
		return nil, nil, err
	}
	evs, _, failed := extractJobs(f, jobs)
	if failed == len(jobs) {
		return nil, nil, fmt.Errorf("%s: no source could be read (%d skipped); fix the sources or set extract: {enabled: false}", file.Name, failed)
	}
	paths := map[string]string{}
	for _, j := range jobs {
		paths[j.shown] = j.path
	}
	read := map[string][]byte{}
	texts := func(name string) ([]byte, bool) {
		if b, ok := read[name]; ok {
			return b, b != nil
		}
		p, ok := paths[name]
		if !ok {
			return nil, false
		}
		b, err := os.ReadFile(p)
		if err != nil {
			b = nil
		}
		read[name] = b
		return b, b != nil
	}
	return evs, texts, nil
}

// loadCurated reads and checks the curated file, printing every problem
// with its position; the returned error is then errSilent.
func loadCurated(f *Factory, path string) (*curated.File, error) {
	abs := f.abs(path)
	src, err := os.ReadFile(abs)
	if errors.Is(err, fs.ErrNotExist) {
		if path == "timeline.yaml" {
			return nil, fmt.Errorf("no timeline.yaml in %s; run `timeline init` to start a project here, or pass -c FILE", f.Dir)
		}
		return nil, fmt.Errorf("%s: no such file; check the path given to -c", path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	file, err := curated.Parse(path, src)
	if err != nil {
		var list curated.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(f.Stderr, e.Pretty(src))
			}
			fmt.Fprintf(f.Stderr, "%s in %s; nothing was written\n", plural(len(list), "problem"), path)
			return nil, errSilent
		}
		return nil, err
	}
	return file, nil
}

func echartsFinder(f *Factory, file string) echarts.Finder {
	fd := echarts.Finder{File: file, Env: f.Getenv("TIMELINE_ECHARTS"), Dir: f.Dir, Download: f.Fetch}
	if fd.File != "" {
		fd.File = f.abs(fd.File)
	}
	if f.CacheDir != nil {
		if dir, err := f.CacheDir(); err == nil {
			fd.CacheDir = filepath.Join(dir, "timeline")
		}
	}
	return fd
}

func resolveOut(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
