// Package e2e opens pages made by render.HTML in headless Chromium, from
// disk and with the network blocked, and checks what the reader gets: the
// chart drawn, tooltips, clicks, the hostile fixture inert, the list
// without JavaScript. It holds tests only.
//
// The browser is started once for the package (TestMain); each test uses a
// fresh tab. Without Chromium or without the ECharts file the tests skip,
// and fail when the CI environment variable is set.
package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
	"github.com/timeline-tool/timeline/timeline/render"
)

var (
	session  *browser.Session
	startErr error
)

func TestMain(m *testing.M) {
	// Benchmarks and tests share the browser; a run that selects neither
	// (go test -run XXX) still starts it, which costs about half a second.
	if _, err := browser.Find(); err != nil {
		startErr = err
	} else {
		session, startErr = browser.Start(context.Background())
	}
	code := m.Run()
	if err := session.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

func sess(tb testing.TB) *browser.Session {
	tb.Helper()
	if session == nil {
		browser.Unavailable(tb, "e2e: no browser: %v", startErr)
	}
	return session
}

// The ECharts build the pages inline, read once.
var (
	echartsOnce sync.Once
	echartsJS   []byte
	echartsErr  error
)

// moduleRoot walks up from the working directory to the go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// echartsPath is TIMELINE_ECHARTS when set, else the npm package's file at
// the module root.
func echartsPath() (string, error) {
	if p := os.Getenv("TIMELINE_ECHARTS"); p != "" {
		return p, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "node_modules", "echarts", "dist", "echarts.min.js"), nil
}

func echarts(tb testing.TB) []byte {
	tb.Helper()
	echartsOnce.Do(func() {
		var p string
		if p, echartsErr = echartsPath(); echartsErr == nil {
			echartsJS, echartsErr = os.ReadFile(p)
		}
	})
	if echartsErr != nil {
		browser.Unavailable(tb, "e2e: the ECharts file is missing (run `npm ci` at the module root, or set TIMELINE_ECHARTS): %v", echartsErr)
	}
	return echartsJS
}

// build renders tl to a file in a temporary directory and returns its path
// and size.
func build(tb testing.TB, tl *timeline.Timeline, theme string) (string, int) {
	tb.Helper()
	js := echarts(tb)
	var buf bytes.Buffer
	if err := render.HTML(&buf, tl, render.Options{Assets: "inline", ECharts: js, Theme: theme}); err != nil {
		tb.Fatalf("render.HTML(%q, theme %q): %v", tl.Title, theme, err)
	}
	path := filepath.Join(tb.TempDir(), "timeline.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, buf.Len()
}

// Page contract: the chart container and the attributes the page sets on it.
const (
	chartSel  = "#timeline-chart"
	readyAttr = "data-timeline-ready"
	errorAttr = "data-timeline-error"
	chartJS   = "window.timelineChart"
)

// waitReady waits for the page to say it has drawn, and returns how many
// items it drew. It fails the test if the page reports an error or never
// gets there.
func waitReady(tb testing.TB, p *browser.Page, timeout time.Duration) int {
	tb.Helper()
	name, value, err := p.WaitAttr(chartSel, timeout, readyAttr, errorAttr)
	if err != nil {
		p.Fatalf("the chart never became ready: %v", err)
	}
	if name == errorAttr {
		p.Fatalf("the page set %s=%q", errorAttr, value)
	}
	n, err := strconv.Atoi(value)
	if err != nil {
		p.Fatalf("%s=%q is not a number", readyAttr, value)
	}
	return n
}

// pageURL builds tl and returns the file: URL of the page.
func pageURL(tb testing.TB, tl *timeline.Timeline, theme string) string {
	tb.Helper()
	path, _ := build(tb, tl, theme)
	u, err := browser.FileURL(path)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// open builds tl, opens it from disk and waits for the chart.
func open(t testing.TB, tl *timeline.Timeline, theme string) *browser.Page {
	t.Helper()
	p := sess(t).Open(t, pageURL(t, tl, theme))
	if n := waitReady(t, p, time.Minute); n != len(tl.Events) {
		p.Fatalf("%s=%d, want %d (one per event)", readyAttr, n, len(tl.Events))
	}
	return p
}

// clean fails the test if the page did anything a good page never does.
func clean(t *testing.T, p *browser.Page, when string) {
	t.Helper()
	if pr := p.Problems(); len(pr) > 0 {
		p.Fatalf("%s: the page misbehaved:\n  %s", when, joinLines(pr))
	}
}

func joinLines(s []string) string {
	var b bytes.Buffer
	for i, l := range s {
		if i > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString(l)
	}
	return b.String()
}
