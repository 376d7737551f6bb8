package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestTierOf(t *testing.T) {
	for _, c := range []struct {
		origin, status string
		want           int
	}{
		{timeline.OriginCurated, "", 0},
		{timeline.OriginCurated, timeline.StatusReviewed, 0},
		{timeline.OriginMerged, timeline.StatusReviewed, 0},
		{"", "", 0}, // an event made by hand, as tests and the API make them
		{timeline.OriginCurated, timeline.StatusCandidate, 1},
		{timeline.OriginMerged, timeline.StatusCandidate, 1},
		{timeline.OriginExtracted, "", 2},
		{timeline.OriginExtracted, timeline.StatusCandidate, 2},
		{timeline.OriginExtracted, timeline.StatusReviewed, 2},
	} {
		e := timeline.Event{Origin: c.origin, Status: c.status}
		if got := tierOf(&e); got != c.want {
			t.Errorf("tierOf(origin %q, status %q) = %d, want %d", c.origin, c.status, got, c.want)
		}
	}
}

func TestRankClasses(t *testing.T) {
	ev := func(origin, status string, conf float64) timeline.Event {
		return timeline.Event{Origin: origin, Status: status, Confidence: conf}
	}
	const (
		cur = timeline.OriginCurated
		mrg = timeline.OriginMerged
		ext = timeline.OriginExtracted
		cnd = timeline.StatusCandidate
	)
	for _, c := range []struct {
		name   string
		events []timeline.Event
		placed []bool // nil: all
		want   []int
	}{
		{"one kind costs nothing", []timeline.Event{ev(cur, "", 1), ev(mrg, "", 1), ev(cur, "", 1)}, nil, []int{0, 0, 0}},
		{"one confidence of extracted events only", []timeline.Event{ev(ext, "", 0.7), ev(ext, "", 0.7)}, nil, []int{0, 0}},
		{"curated before candidates before extracted",
			[]timeline.Event{ev(ext, "", 1), ev(cur, cnd, 1), ev(cur, "", 1), ev(ext, "", 1)}, nil, []int{2, 1, 0, 2}},
		{"higher confidence first within a tier",
			[]timeline.Event{ev(ext, "", 0.55), ev(ext, "", 0.9), ev(ext, "", 0.7), ev(ext, "", 0.9)}, nil, []int{2, 0, 1, 0}},
		{"the tier wins over confidence",
			[]timeline.Event{ev(ext, "", 0.99), ev(cur, "", 0.2), ev(cur, cnd, 0.5)}, nil, []int{2, 0, 1}},
		{"classes are dense: only pairs that occur count",
			[]timeline.Event{ev(cur, "", 1), ev(ext, "", 0.8), ev(ext, "", 0.6)}, nil, []int{0, 1, 2}},
		{"events without a mark are left out",
			[]timeline.Event{ev(ext, "", 0.9), ev(cur, "", 1), ev(ext, "", 0.8)}, []bool{true, false, true}, []int{0, 0, 1}},
	} {
		placed := c.placed
		if placed == nil {
			placed = make([]bool, len(c.events))
			for i := range placed {
				placed[i] = true
			}
		}
		if got := rankClasses(c.events, placed); !slices.Equal(got, c.want) {
			t.Errorf("%s: rankClasses = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestStyleCarriesRank: the style value of each event's data item holds
// its mark and hollow bits below its rank class, as timeline.js reads them.
func TestStyleCarriesRank(t *testing.T) {
	tl := loadFixture(t, "sample")
	m := newModel(tl)
	lit, err := chartOption(m)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for i, it := range m.items {
		if !m.placed[i] {
			continue
		}
		style := int(it.mark) | it.rank<<styleRankShift
		if it.hollow {
			style |= styleHollow
		}
		item := fmt.Sprintf("[%d,%d,%d,%d,%d,%d]", it.at.start, it.at.end, len(m.lanes)-1-it.lane, i, it.row, style)
		if !strings.Contains(lit, item) {
			t.Errorf("event %d (%s): no data item %s in the option", i, m.events[i].Title, item)
		}
		seen[it.rank] = true
	}
	if len(seen) < 2 {
		t.Errorf("the sample's events all have rank class %v: the fixture does not test the rank bits", seen)
	}
}
