package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/snapshot"
	"github.com/timeline-tool/timeline/timeline/source"
)

// needSnapshotTools returns the ECharts file for --echarts, skipping the
// test where Chromium or ECharts is missing, except under CI, where that
// is a failure.
func needSnapshotTools(t *testing.T) string {
	t.Helper()
	if _, err := snapshot.Find(os.Getenv); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	js, err := filepath.Abs(filepath.Join("..", "..", "node_modules", "echarts", "dist", "echarts.min.js"))
	if err == nil {
		_, err = os.Stat(js)
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("ECharts not installed (npm ci): %v", err)
		}
		t.Skip("ECharts not installed; run npm ci")
	}
	return js
}

func TestBuildPNGAndPDF(t *testing.T) {
	js := needSnapshotTools(t)
	f, _, stderr := project(t)
	f.Getenv = os.Getenv // to find Chromium as a user would
	if code := run(t, f, "build", "--echarts", js, "--png", "out/timeline.png", "--pdf", "out/timeline.pdf"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if strings.Contains(stderr.String(), "had no room") {
		t.Errorf("some sample labels were not drawn in the PNG:\n%s", stderr)
	}
	img, err := png.Decode(bytes.NewReader(read(t, filepath.Join(f.Dir, "out", "timeline.png"))))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() < 2400 {
		t.Errorf("PNG is %d px wide, want at least 2400", b.Dx())
	}
	// Not blank: many pixels differ from the background.
	bg := img.At(b.Min.X+1, b.Min.Y+1)
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if img.At(x, y) != bg {
				ink++
			}
		}
	}
	if ink < 2000 {
		t.Errorf("PNG looks blank: %d sampled pixels differ from the background", ink)
	}

	doc, err := source.Read(filepath.Join(f.Dir, "out", "timeline.pdf"))
	if err != nil {
		t.Fatalf("reading the PDF back: %v", err)
	}
	text := strings.Join(strings.Fields(doc.Text), " ")
	file, err := curated.Load(filepath.Join(f.Dir, "timeline.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range file.Timeline().Events {
		if !strings.Contains(text, e.Title) {
			t.Errorf("the PDF's text lacks the title %q", e.Title)
		}
	}
}

func TestSnapshotNeedsChromium(t *testing.T) {
	f, _, stderr := project(t)
	f.Getenv = func(k string) string {
		if k == "TIMELINE_CHROMIUM" {
			return "/nonexistent/chromium"
		}
		return ""
	}
	htmlPath := filepath.Join(f.Dir, "out", "timeline.html")
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	before := read(t, htmlPath)
	stderr.Reset()
	if code := run(t, f, "build", "--png", "out/x.png"); code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "TIMELINE_CHROMIUM") {
		t.Errorf("stderr: %s", stderr)
	}
	if !bytes.Equal(before, read(t, htmlPath)) {
		t.Error("a failed --png build changed the page")
	}
	if _, err := os.Stat(filepath.Join(f.Dir, "out", "x.png")); err == nil {
		t.Error("a PNG was written although the build failed")
	}
}

// A timeline too big for labels is drawn as the density view: the PNG
// says so instead of counting every label as missing.
func TestBuildPNGDensity(t *testing.T) {
	js := needSnapshotTools(t)
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("title: Many events\nevents:\n")
	for i := range 600 {
		fmt.Fprintf(&b, "  - {id: e%d, date: \"%d-%02d-%02d\", title: Event %d}\n", i, 1990+i%30, 1+i%12, 1+i%28, i)
	}
	os.WriteFile(filepath.Join(dir, "timeline.yaml"), []byte(b.String()), 0o644)
	f, _, stderr := projectFactory(dir)
	f.Getenv = os.Getenv
	if code := run(t, f, "build", "--echarts", js, "--png", "out/timeline.png"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "the PNG shows the density view: 600 events") || strings.Contains(stderr.String(), "had no room") {
		t.Errorf("want the density note and no missing-label count:\n%s", stderr)
	}
}
