package render

import (
	"cmp"
	"slices"

	"github.com/timeline-tool/timeline/timeline"
)

// How the density view's tooltip chooses the events it names.
//
// A bar of the density view may count thousands of events; its tooltip
// names five. The first five by date would mostly be whatever the
// extractor found early in the bucket, so the tooltip names the five that
// tell the most: events a person put in timeline.yaml (curated, or merged
// with what the extractor found) before curated ones still marked
// candidate, and both before events only the extractor found; within each
// of those, higher confidence first; then the earlier date. The chart's
// data carries each event's place in that order as a rank class (the
// number above the style bits of its style value, see styleRankShift):
// the dense rank of its tier and confidence among the events drawn, so
// that the common case, one tier at one confidence, costs no byte. The
// date needs no room: events are numbered in time order, and the tooltip
// breaks ties by that number.

// tierOf is an event's tier in the tooltip's order: 0 for a curated or
// merged event, 1 for one still marked candidate, 2 for an event only the
// extractor found.
func tierOf(e *timeline.Event) int {
	switch {
	case e.Origin == timeline.OriginExtracted:
		return 2
	case e.Status == timeline.StatusCandidate:
		return 1
	}
	return 0
}

// rankClasses gives each placed event its rank class: 0 for the most
// telling tier and confidence among the placed events, 1 for the next
// (tier, confidence) pair that occurs, and so on. Events that are not
// placed get 0; they are not drawn.
func rankClasses(events []timeline.Event, placed []bool) []int {
	type key struct {
		tier int
		conf float64
	}
	compare := func(a, b key) int { return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(b.conf, a.conf)) }
	var keys []key
	for i := range events {
		if placed[i] {
			keys = append(keys, key{tierOf(&events[i]), events[i].Confidence})
		}
	}
	slices.SortFunc(keys, compare)
	keys = slices.CompactFunc(keys, func(a, b key) bool { return compare(a, b) == 0 })
	out := make([]int, len(events))
	for i := range events {
		if placed[i] {
			out[i], _ = slices.BinarySearchFunc(keys, key{tierOf(&events[i]), events[i].Confidence}, compare)
		}
	}
	return out
}
