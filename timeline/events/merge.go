package events

import (
	"math"
	"slices"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Combine merges the events that are one: same kind of event (type, or a
// shared event word in the titles), dates that are compatible (one holds
// the other), and a shared person — or, when neither names a person, a
// shared organisation or place. The merged event lists every mention, keeps
// the finest date and the title of its best mention, and the union of the
// names. Order: by first mention, as given.
func Combine(evs []timeline.Event) []timeline.Event {
	var out []timeline.Event
	var spans []daySpan
	// Only events whose days overlap can be one: events of one day are
	// indexed by that day, other narrow events (a year or less) by the year
	// they start in, wide ones checked always.
	byDay := map[int64][]int{}
	byYear := map[int64][]int{}
	var wide []int
	var srcs []string              // the one source of each event's mentions, "" for several
	cache := map[string][]string{} // the stems of titles
	for _, e := range evs {
		sp := spanOf(e.Date)
		esrc := oneSource(&e)
		// the first event (lowest index) that is one with e
		best := -1
		consider := func(list []int) {
			for _, i := range list {
				if best >= 0 && i >= best {
					return // lists are in index order
				}
				if !spans[i].nests(sp) || !same(&out[i], &e, srcs[i] != "" && srcs[i] == esrc, cache) {
					continue
				}
				best = i
				return
			}
		}
		if sp.narrow() {
			for d := sp.lo; d <= sp.hi; d++ {
				consider(byDay[d])
			}
			y := sp.lo / 366
			consider(byYear[y-1])
			consider(byYear[y])
			consider(byYear[y+1])
			consider(wide)
		} else {
			for i := range out {
				if best < 0 && spans[i].nests(sp) && same(&out[i], &e, srcs[i] != "" && srcs[i] == esrc, cache) {
					best = i
				}
			}
		}
		merged := best >= 0
		if merged {
			absorb(&out[best], &e)
			spans[best] = spanOf(out[best].Date)
			if srcs[best] != esrc {
				srcs[best] = ""
			}
		}
		if !merged {
			out = append(out, e)
			spans = append(spans, sp)
			srcs = append(srcs, esrc)
			if sp.hi-sp.lo <= 1 { // a day (or a time in it)
				byDay[sp.lo] = append(byDay[sp.lo], len(out)-1)
			} else if sp.narrow() {
				byYear[sp.lo/366] = append(byYear[sp.lo/366], len(out)-1)
			} else {
				wide = append(wide, len(out)-1)
			}
		}
	}
	return out
}

// daySpan is the days a date covers, as day numbers.
type daySpan struct{ lo, hi int64 }

// nests: one span holds the other, as the dates of compatible events do
// (the test that costs nothing before Compatible, which costs much).
func (s daySpan) nests(t daySpan) bool {
	return s.lo <= t.lo && t.hi <= s.hi || t.lo <= s.lo && s.hi <= t.hi
}

func (s daySpan) narrow() bool { return s.hi-s.lo <= 366 }

func spanOf(v timex.Value) daySpan {
	iv := v.Interval()
	s := daySpan{lo: math.MinInt64 / 2, hi: math.MaxInt64 / 2}
	if !iv.OpenStart {
		s.lo = iv.Start.Unix() / 86400
	}
	if !iv.OpenEnd {
		s.hi = iv.End.Unix() / 86400
	}
	return s
}

// same reports whether a and b are one event; oneDoc: all their mentions
// come from one document.
func same(a, b *timeline.Event, oneDoc bool, cache map[string][]string) bool {
	if a.Type == "caption" || b.Type == "caption" {
		return false
	}
	if a.Title != b.Title && !anyName(&a.Entities, &b.Entities) {
		return false // every rule below needs a shared name
	}
	if !a.Date.Compatible(b.Date) {
		return false
	}
	typeKind := a.Type == b.Type && !broadType(a.Type) || related(a.Type, b.Type)
	kind := func() bool { return typeKind || sharesStem(a.Title, b.Title, cache) } // the stems cost most: last
	people := overlap(a.Entities.People, b.Entities.People)
	// organisations and places: the same name may be typed either way
	// ("the dam at Kariba", "the Kariba dam"; a newspaper taken for a person)
	names := anyName(&a.Entities, &b.Entities)
	if !oneDoc && a.Date == b.Date && a.Date.Precision() != timex.Inferred {
		// two documents telling of one date: a shared person or organisation
		// is enough, whatever words they use ("penetrated", "worked his way")
		ao, bo := a.Entities.Organizations, b.Entities.Organizations
		if people || overlap(ao, bo) || overlap(ao, b.Entities.People) || overlap(a.Entities.People, bo) {
			return true
		}
	}
	if !oneDoc && a.Date == b.Date && a.Date.Precision() == timex.Day && overlap(a.Entities.Places, b.Entities.Places) &&
		(a.Type == "event" || b.Type == "event" || kind()) {
		// two documents, one day, one place, and nothing to tell the
		// events apart ("the Fish River dam gave way", "the dam on Fish
		// River failed")
		return true
	}
	if !kind() {
		return false
	}
	if len(a.Entities.People) > 0 && len(b.Entities.People) > 0 {
		return people || overlap(a.Entities.Organizations, b.Entities.Organizations)
	}
	if len(a.Entities.People) > 0 || len(b.Entities.People) > 0 {
		// one names a person, the other does not: a shared organisation, or an exact title match
		return a.Title == b.Title || overlap(a.Entities.Organizations, b.Entities.Organizations)
	}
	return names
}

// anyName: the events share a name of any kind.
func anyName(a, b *timeline.Entities) bool {
	for _, x := range [][]string{a.People, a.Organizations, a.Places} {
		for _, y := range [][]string{b.People, b.Organizations, b.Places} {
			if overlap(x, y) {
				return true
			}
		}
	}
	return false
}

// oneSource is the document all of e's mentions come from, or "".
func oneSource(e *timeline.Event) string {
	if len(e.Mentions) == 0 {
		return ""
	}
	src := e.Mentions[0].Source
	for _, m := range e.Mentions[1:] {
		if m.Source != src {
			return ""
		}
	}
	return src
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || endsWithWord(x, y) || endsWithWord(y, x) {
				return true
			}
		}
	}
	return false
}

// endsWithWord: s ends with " "+w ("Ismail Haniyeh", "Haniyeh").
func endsWithWord(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}

// sharesStem: the titles hold an event word of the same stem.
func sharesStem(a, b string, cache map[string][]string) bool {
	st := func(t string) []string {
		s, ok := cache[t]
		if !ok {
			s = stems(t)
			cache[t] = s
		}
		return s
	}
	sa := st(a)
	for _, s := range st(b) {
		if slices.Contains(sa, s) {
			return true
		}
	}
	return false
}

func stems(t string) []string {
	var out []string
	for w := range strings.FieldsSeq(strings.ToLower(t)) {
		if e := lookup(strings.Trim(w, ".,'")); e != nil && !light[w] {
			out = append(out, e.stem)
		}
	}
	return out
}

// absorb merges b into a.
func absorb(a, b *timeline.Event) {
	better := rank(b) > rank(a)
	if better {
		a.Title, a.Type, a.Description = b.Title, b.Type, b.Description
		a.ID = timeline.ExtractedID(*a)
	}
	if finer(b.Date, a.Date) {
		a.Date = b.Date
		a.ID = timeline.ExtractedID(*a)
	}
	a.Entities.People = union(a.Entities.People, b.Entities.People)
	a.Entities.Organizations = union(a.Entities.Organizations, b.Entities.Organizations)
	a.Entities.Places = union(a.Entities.Places, b.Entities.Places)
	if b.Confidence > a.Confidence {
		a.Confidence = b.Confidence
	}
	if a.Confidence < 0.95 && len(b.Mentions) > 0 {
		a.Confidence = min(0.95, a.Confidence+0.03)
	}
	a.Mentions = append(a.Mentions, b.Mentions...) // each mention is made once: no duplicates
}

// rank orders titles: a stated, fine date and a high confidence first.
func rank(e *timeline.Event) float64 {
	r := e.Confidence
	if e.Date.Precision() == timex.Inferred {
		r -= 0.2
	}
	r -= float64(e.Date.Precision()) * 0.01
	if e.Date.IsInterval() {
		r -= 0.05
	}
	n := len(strings.Fields(e.Title))
	switch {
	case n < 3:
		r -= 0.3
	case n <= 8:
		r += 0.01 * float64(n)
	}
	for _, p := range e.Entities.Places {
		if strings.Contains(e.Title, p) {
			r += 0.05
			break
		}
	}
	return r
}

// finer: v says more than w about when.
func finer(v, w timex.Value) bool {
	pv, pw := v.Precision(), w.Precision()
	if pv == timex.Inferred || v.IsInterval() && !w.IsInterval() && pw != timex.Inferred {
		return false
	}
	if pw == timex.Inferred || w.IsInterval() && !v.IsInterval() {
		return true
	}
	return pv < pw
}

func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}
