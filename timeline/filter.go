package timeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// Only keeps the events that at least one selector picks: a group id, a
// tag, or a date or interval in any form timex reads ("2024", "2020/2024",
// "2024-07/.."), which picks the events whose interval overlaps it. Groups
// left without events are dropped, eras that overlap no kept event too.
// A selector that is no group, no tag and no date is an error that lists
// the groups and tags there are.
func Only(t *Timeline, selectors []string) (*Timeline, error) {
	if len(selectors) == 0 {
		return t, nil
	}
	groups, tags := map[string]bool{}, map[string]bool{}
	for _, g := range t.Groups {
		groups[g.ID] = true
	}
	for _, e := range t.Events {
		for _, tag := range e.Tags {
			tags[tag] = true
		}
	}
	type pick func(Event) bool
	var picks []pick
	for _, sel := range selectors {
		sel := strings.TrimSpace(sel)
		switch {
		case groups[sel]:
			picks = append(picks, func(e Event) bool { return e.Group == sel })
		case tags[sel]:
			picks = append(picks, func(e Event) bool { return slices.Contains(e.Tags, sel) })
		default:
			v, err := timex.Parse(sel)
			if err != nil {
				return nil, fmt.Errorf("--only %q is no group (%s), no tag (%s) and no date (%v)",
					sel, keys(groups), keys(tags), err)
			}
			picks = append(picks, func(e Event) bool { return overlaps(e.Date, v) })
		}
	}
	out := *t
	out.Events = nil
	used := map[string]bool{}
	for _, e := range t.Events {
		for _, p := range picks {
			if p(e) {
				out.Events = append(out.Events, e)
				used[e.Group] = true
				break
			}
		}
	}
	out.Groups = nil
	for _, g := range t.Groups {
		if used[g.ID] {
			out.Groups = append(out.Groups, g)
		}
	}
	out.Eras = nil
	for _, era := range t.Eras {
		for _, e := range out.Events {
			if overlaps(e.Date, era.Date) {
				out.Eras = append(out.Eras, era)
				break
			}
		}
	}
	return &out, nil
}

// overlaps says whether the intervals of a and b share a moment; open ends
// reach forever.
func overlaps(a, b timex.Value) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	x, y := a.Interval(), b.Interval()
	startsBeforeYEnds := x.OpenStart || y.OpenEnd || x.Start.Before(y.End)
	endsAfterYStarts := x.OpenEnd || y.OpenStart || x.End.After(y.Start)
	return startsBeforeYEnds && endsAfterYStarts
}

func keys(m map[string]bool) string {
	if len(m) == 0 {
		return "none"
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return strings.Join(ks, ", ")
}
