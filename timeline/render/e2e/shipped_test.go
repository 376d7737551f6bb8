package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/curated"
)

// TestShippedSampleDraws opens the page of the repository's own
// timeline.yaml, as `timeline build --assets inline` makes it, and checks
// that all six curated events are drawn and listed, offline, cleanly.
func TestShippedSampleDraws(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	f, err := curated.Load(filepath.Join(root, "timeline.yaml"))
	if err != nil {
		t.Fatalf("the shipped timeline.yaml does not load: %v", err)
	}
	tl := f.Timeline()
	if len(tl.Events) != 6 {
		t.Fatalf("the sample has %d events, want 6", len(tl.Events))
	}
	p := open(t, tl, "light")
	clean(t, p, "after drawing the shipped sample")
	var listed []string
	p.MustEval(`[...document.querySelectorAll('li[id^="event-"]')].map(li => li.id)`, &listed)
	var want []string
	for _, e := range tl.Events {
		want = append(want, "event-"+e.ID)
	}
	if strings.Join(listed, " ") != strings.Join(want, " ") {
		t.Errorf("list items %v, want %v", listed, want)
	}
	// Both zoom presets exist: all events, and the 2024 cluster.
	var presets []string
	p.MustEval(`[...document.querySelectorAll('[data-view]')].map(b => b.textContent)`, &presets)
	if len(presets) != 2 || !strings.Contains(presets[1], "2024") {
		t.Errorf("zoom presets %q, want All events and a densest period in 2024", presets)
	}
}
