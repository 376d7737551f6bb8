package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/render"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newServeCmd(f, nil) })
}

type serveOptions struct {
	f      *Factory
	Config string
	Addr   string
	// Poll is how often files are checked for changes.
	Poll time.Duration
	// Ready, when set, receives the address once the server listens (tests).
	Ready chan<- string
}

func newServeCmd(f *Factory, runF func(*serveOptions) error) *cobra.Command {
	o := &serveOptions{f: f, Poll: 250 * time.Millisecond}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Preview the timeline in a browser, rebuilt whenever you save",
		Long: `Serve builds the page in memory and serves it at --addr (loopback by
default). It watches timeline.yaml and the sources it lists, rebuilds when
one changes, and the open page reloads itself. A broken timeline.yaml shows
its file:line:col message in the page instead of stopping the server.
Nothing is written to disk; run timeline build for out/. Ctrl-C stops it.

ECharts is inlined when a copy is found (see timeline build --help),
else loaded from the CDN.`,
		Example: `  timeline serve
  timeline serve --addr 127.0.0.1:9000 -c research/timeline.yaml`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt)
			defer stop()
			return runServe(ctx, o)
		},
	}
	cmd.Flags().StringVarP(&o.Config, "config", "c", "timeline.yaml", "the curated `FILE`")
	cmd.Flags().StringVar(&o.Addr, "addr", "127.0.0.1:8080", "the `HOST:PORT` to listen on")
	return cmd
}

// preview is the state the server shows: the last page built, or the
// problems that kept the last build from happening.
type preview struct {
	mu      sync.Mutex
	page    []byte
	version int
	changed chan struct{} // closed and replaced on each new version
}

func (p *preview) set(page []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.page = page
	p.version++
	close(p.changed)
	p.changed = make(chan struct{})
}

func (p *preview) get() ([]byte, int, <-chan struct{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.page, p.version, p.changed
}

func runServe(ctx context.Context, o *serveOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	f := o.f
	if _, err := os.Stat(f.abs(o.Config)); err != nil {
		_, err := loadCurated(f, o.Config) // the same message build gives
		return err
	}
	js := []byte(nil)
	if found, err := echartsFinder(f, "").Find(ctx); err == nil {
		js = found.JS
	}
	pv := &preview{changed: make(chan struct{})}
	rebuild := func() {
		pv.set(servePage(f, o.Config, js))
	}
	// The files are looked at before the first build: an edit made while
	// it runs, or before the watcher's first look, is then a change.
	wl := &watchList{f: f, config: o.Config}
	seen := stamp(wl.files())
	rebuild()

	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" && r.URL.Path != "/index.html" {
			http.NotFound(w, r)
			return
		}
		page, version, _ := pv.get()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(withReload(page, version))
	})
	// /changes answers when the page is newer than ?v=N: a long poll, so
	// the reload script needs nothing but fetch.
	mux.HandleFunc("/changes", func(w http.ResponseWriter, r *http.Request) {
		_, version, changed := pv.get()
		if fmt.Sprint(version) == r.URL.Query().Get("v") {
			select {
			case <-changed:
			case <-r.Context().Done():
				return
			case <-time.After(25 * time.Second):
			}
		}
		_, version, _ = pv.get()
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, version)
	})

	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %v; pick another with --addr", o.Addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	addr := ln.Addr().String()
	fmt.Fprintf(f.Stderr, "serving %s at http://%s/ (Ctrl-C to stop)\n", o.Config, addr)
	if o.Ready != nil {
		o.Ready <- addr
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go watch(watchCtx, o.Poll, wl.files, seen, func() {
		rebuild()
		fmt.Fprintf(f.Stderr, "rebuilt after a change\n")
	})

	select {
	case <-ctx.Done():
	case err := <-errc:
		return err
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	fmt.Fprintln(f.Stderr, "stopped")
	return nil
}

// servePage builds the page in memory, or a page that shows why it could
// not be built.
func servePage(f *Factory, config string, js []byte) []byte {
	var stderr bytes.Buffer
	g := *f
	g.Stderr = &stderr
	file, err := loadCurated(&g, config)
	if err == nil {
		var tl *timeline.Timeline
		tl, err = mergedTimeline(&g, file, filepath.Dir(f.abs(config)))
		if err == nil {
			assets := "cdn"
			if js != nil {
				assets = "inline"
			}
			var page bytes.Buffer
			theme := firstNonEmpty(file.Output.Theme, "light")
			if err = render.HTML(&page, tl, render.Options{Assets: assets, ECharts: js, Theme: theme}); err == nil {
				return page.Bytes()
			}
		}
	}
	msg := stderr.String()
	if !errors.Is(err, errSilent) {
		msg += err.Error()
	}
	var page bytes.Buffer
	problemPage.Execute(&page, strings.TrimSpace(msg))
	return page.Bytes()
}

var problemPage = template.Must(template.New("problem").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>timeline: fix timeline.yaml</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}pre{background:#fff4f2;border-left:4px solid #b03a2e;padding:1rem;overflow:auto}</style>
</head><body><h1>The timeline could not be built</h1>
<p>Fix the problem below and save; this page reloads by itself.</p>
<pre id="timeline-problem">{{.}}</pre></body></html>
`))

// withReload adds the script that reloads the page when a newer build is
// there. Only the served copy has it; out/timeline.html never does.
func withReload(page []byte, version int) []byte {
	script := fmt.Sprintf(`<script>(function(){var v=%d;function poll(){fetch("/changes?v="+v,{cache:"no-store"}).then(function(r){return r.text()}).then(function(t){if(String(t)!==String(v)){location.reload()}else{poll()}}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>`, version)
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(append([]byte(nil), page...), script...)
	}
	out := make([]byte, 0, len(page)+len(script))
	out = append(out, page[:i]...)
	out = append(out, script...)
	return append(out, page[i:]...)
}

// watchList gives the files to watch: timeline.yaml and every file its
// sources match now. The YAML is parsed again only when it changed; the
// globs are expanded on each look, so a new file in seeds/ is seen.
type watchList struct {
	f      *Factory
	config string
	stamp  string        // of timeline.yaml when file was parsed
	file   *curated.File // nil when it does not parse
}

func (w *watchList) files() []string {
	path := w.f.abs(w.config)
	files := []string{path}
	if st := stamp(files); st != w.stamp {
		w.stamp = st
		w.file, _ = curated.Load(path)
	}
	if w.file == nil {
		return files
	}
	if jobs, err := curatedJobs(w.file, filepath.Dir(path)); err == nil {
		for _, j := range jobs {
			files = append(files, j.path)
		}
	}
	return files
}

// watch calls changed whenever the stamp of the files (their set, sizes,
// times and the newest ones' content) differs from the last look; the
// first look is last, taken by the caller before it built the page.
// Polling needs no dependency and works on every file system, network
// mounts and editors that replace files included.
func watch(ctx context.Context, every time.Duration, files func() []string, last string, changed func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if now := stamp(files()); now != last {
			last = now
			changed()
		}
	}
}

// stamp sums up the files' sizes and times, and the content of the newest
// ones. File times are coarse (a few milliseconds on Linux, two seconds on
// FAT): an edit that keeps the size and lands in the same tick as the last
// write would go unseen. Such a file was written within that tick, so it
// is among the files that share the newest time, and only those are
// hashed: one look reads one file, not the sources.
func stamp(files []string) string {
	sort.Strings(files)
	var b strings.Builder
	var newest []string
	var newestTime time.Time
	for _, p := range files {
		fi, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(&b, "%s:missing;", p)
			continue
		}
		fmt.Fprintf(&b, "%s:%d:%d;", p, fi.Size(), fi.ModTime().UnixNano())
		switch t := fi.ModTime(); {
		case !fi.Mode().IsRegular():
		case len(newest) == 0 || t.After(newestTime):
			newest, newestTime = []string{p}, t
		case t.Equal(newestTime):
			newest = append(newest, p)
		}
	}
	for _, p := range newest {
		if data, err := os.ReadFile(p); err == nil {
			fmt.Fprintf(&b, "%s#%x;", p, sha256.Sum256(data))
		}
	}
	return b.String()
}
