package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/events"
	"github.com/timeline-tool/timeline/timeline/source"
)

// sourceJob is one file to extract events from.
type sourceJob struct {
	path  string // to open
	shown string // as the mentions name it (the user's spelling, never made absolute)
	opt   events.Options
}

// extractJobs runs the jobs in parallel (bounded by GOMAXPROCS), drawing a
// progress bar on a terminal, and returns the events of every readable
// file, combined across documents, plus the documents by shown name. Files
// that cannot be read are reported on stderr and counted in failed.
func extractJobs(f *Factory, jobs []sourceJob) (evs []timeline.Event, docs map[string]*source.Document, failed int) {
	results := make([]extracted, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	progress := f.StderrTTY && len(jobs) > 1
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = extractFile(f, jobs[i])
				if progress {
					mu.Lock()
					done++
					drawProgress(f.Stderr, done, len(jobs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if progress {
		fmt.Fprint(f.Stderr, "\r\033[K")
	}
	docs = map[string]*source.Document{}
	for i, r := range results {
		if r.err != nil {
			failed++
			fmt.Fprintf(f.Stderr, "timeline: skipping %s\n", r.err)
			continue
		}
		docs[jobs[i].shown] = r.doc
		evs = append(evs, r.events...)
	}
	evs = events.Combine(evs)
	timeline.AssignIDs(evs)
	timeline.Sort(evs)
	return evs, docs, failed
}

// maxExtractBytes is the most text extract and build read from one source
// (a .txt or .md file's size, the text of a page or a PDF): a bigger one is
// skipped with a warning that says to split it. Extraction itself
// reads a document in windows (events.Window), so its memory stays modest
// below this size; the limit bounds the document held in memory and the
// time one file takes.
var maxExtractBytes int64 = 16 << 20

func extractFile(f *Factory, j sourceJob) (r extracted) {
	defer func() {
		if p := recover(); p != nil {
			r = extracted{err: fmt.Errorf("%s: internal error while extracting events: %v", j.shown, p)}
		}
	}()
	var doc *source.Document
	var err error
	if j.path == "-" {
		in := &countingReader{r: io.LimitReader(f.Stdin, maxExtractBytes+1)}
		doc, err = source.ReadReader("-", in, "")
		if err == nil && in.n > maxExtractBytes {
			return extracted{err: tooBig(j.shown, in.n, true)}
		}
	} else {
		// a text file's size is its text's: refuse it before reading it (a
		// PDF or a page is mostly not text, and is measured once read)
		ext := strings.ToLower(filepath.Ext(j.path))
		if fi, serr := os.Stat(j.path); serr == nil && fi.Mode().IsRegular() && fi.Size() > maxExtractBytes && (ext == ".txt" || ext == ".md") {
			return extracted{err: tooBig(j.shown, fi.Size(), false)}
		}
		doc, err = source.Read(j.path)
	}
	if err != nil {
		return extracted{err: fmt.Errorf("%s: %w", j.shown, unwrapPath(err, j.path))}
	}
	if n := int64(len(doc.Text)); n > maxExtractBytes {
		return extracted{err: tooBig(j.shown, n, false)}
	}
	for _, w := range doc.Warnings { // repairs that worked: the file is read, but say so
		fmt.Fprintf(f.Stderr, "timeline: warning: %s\n", strings.ReplaceAll(w, j.path, j.shown))
	}
	j.opt.Source = j.shown
	return extracted{doc: doc, events: events.Extract(doc, j.opt)}
}

func tooBig(shown string, n int64, stdin bool) error {
	what := fmt.Sprintf("is %s", mb(n))
	if stdin {
		what = "is longer than that"
	}
	return fmt.Errorf("%s: %s, over the %s that extract reads from one source; split it into smaller files (for example `split -C 8m FILE part-`) and list those", shown, what, mb(maxExtractBytes))
}

func mb(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}

// unwrapPath drops the absolute path from a reader's error, which the
// caller prefixes with the name the user wrote.
func unwrapPath(err error, path string) error {
	var se *source.Error
	if errors.As(err, &se) && se.Msg != "" {
		return fmt.Errorf("%s", se.Msg)
	}
	return err
}

// curatedJobs expands the sources of timeline.yaml (globs, relative to the
// file's folder) into extraction jobs. Each document's date is, in order:
// its `published` in timeline.yaml, its own (metadata or dateline), the
// file's reference_date.
func curatedJobs(file *curated.File, base string) ([]sourceJob, error) {
	var jobs []sourceJob
	seen := map[string]bool{}
	for _, s := range file.Sources {
		if s.Path == "" {
			continue
		}
		pattern := s.Path
		if !filepath.IsAbs(pattern) {
			pattern = filepath.Join(base, pattern)
		}
		matches, err := filepath.Glob(pattern)
		if err != nil {
			return nil, fmt.Errorf("%s: source path %q is not a valid pattern: %v", file.Name, s.Path, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("%s: source path %q matches no file; fix the path or remove the source", file.Name, s.Path)
		}
		sort.Strings(matches)
		var expanded []string
		for _, m := range matches {
			if fi, err := os.Stat(m); err == nil && fi.IsDir() {
				inner, err := source.Expand([]string{m})
				if err != nil {
					return nil, err
				}
				expanded = append(expanded, inner...)
				continue
			}
			if source.Supported(m) {
				expanded = append(expanded, m)
			}
		}
		for _, m := range expanded {
			if seen[m] {
				continue
			}
			seen[m] = true
			shown := m
			if r, err := filepath.Rel(base, m); err == nil && !filepath.IsAbs(s.Path) {
				shown = filepath.ToSlash(r)
			}
			opt := events.Options{DCT: s.Published}
			if opt.DCT.IsZero() {
				opt.Fallback = file.ReferenceDate
			}
			jobs = append(jobs, sourceJob{path: m, shown: shown, opt: opt})
		}
	}
	return jobs, nil
}
