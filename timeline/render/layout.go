package render

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Times on the chart are milliseconds since 1970 UTC, as ECharts wants them.
const (
	dayMs  = int64(24 * time.Hour / time.Millisecond)
	yearMs = dayMs * 36524 / 100 // a mean Gregorian year, for sizing only
)

// span is a stretch of chart time: [start, end) in milliseconds.
type span struct{ start, end int64 }

func (s span) len() int64 { return s.end - s.start }

// mark says how an event is drawn.
type mark int

const (
	markPoint mark = iota // a dot: a day or a minute
	markBar               // a solid bar: a month, a season, a year, a stated range
	markFaded             // a faded, dashed bar: a decade, a century, an inferred range, a qualified date
)

// Bits of the style number the chart reads (value[5] of a data item): the
// mark (0 to 2), hollow, and above them the event's rank class (see
// rankClasses).
const (
	styleHollow    = 4 // unreviewed: drawn as an outline
	styleRankShift = 3 // the rank class is style >> 3
)

// item is one event placed on the chart.
type item struct {
	at     span // where it is drawn
	lane   int
	row    int
	mark   mark
	hollow bool
	rank   int    // rank class in the density view's tooltip (rankClasses)
	label  string // short text drawn next to the mark
}

func ms(t time.Time) int64 { return t.UnixMilli() }

// markOf picks the drawing of a date: points only for values that cover a
// day or less and say exactly when; spans otherwise.
func markOf(v timex.Value) mark {
	iv := v.Interval()
	switch {
	case iv.OpenStart || iv.OpenEnd, v.Approximate(), v.Uncertain():
		return markFaded
	}
	switch v.Precision() {
	case timex.Decade, timex.Century, timex.Inferred:
		return markFaded
	}
	if iv.End.Sub(iv.Start) <= 24*time.Hour {
		return markPoint
	}
	return markBar
}

// hollowOf reports whether an event still waits for a person's review.
func hollowOf(e *timeline.Event) bool {
	if e.Status == timeline.StatusCandidate {
		return true
	}
	return e.Origin == timeline.OriginExtracted && e.Status != timeline.StatusReviewed
}

// spanOf is the stretch an event is drawn over, with open ends still open
// (reported by the two booleans); qualified dates use the widened interval.
func spanOf(v timex.Value) (s span, openStart, openEnd bool) {
	iv := v.DisplayInterval()
	if !iv.OpenStart {
		s.start = ms(iv.Start)
	}
	if !iv.OpenEnd {
		s.end = ms(iv.End)
	}
	return s, iv.OpenStart, iv.OpenEnd
}

// packRows gives each item of one lane a row so that spans in a lane do not
// cover each other. Items come in time order. A bar takes the first row
// where nothing it would cover is drawn; a point takes the first row where
// no bar covers it, since points on the same day are no more readable on
// separate rows. When all maxRows rows are taken, the row that frees up
// first is shared. It returns the rows and how many rows were used.
func packRows(items []span, points []bool, maxRows int) ([]int, int) {
	rows := make([]int, len(items))
	barEnd := make([]int64, 0, maxRows)   // end of the last bar in each row
	pointEnd := make([]int64, 0, maxRows) // end of the last point in each row
	used := 0
	for i, it := range items {
		r := -1
		for k := range barEnd {
			if barEnd[k] <= it.start && (points[i] || pointEnd[k] <= it.start) {
				r = k
				break
			}
		}
		if r < 0 && len(barEnd) < maxRows {
			barEnd = append(barEnd, math.MinInt64)
			pointEnd = append(pointEnd, math.MinInt64)
			r = len(barEnd) - 1
		}
		if r < 0 {
			r = 0
			for k := range barEnd {
				if max(barEnd[k], pointEnd[k]) < max(barEnd[r], pointEnd[r]) {
					r = k
				}
			}
		}
		if points[i] {
			pointEnd[r] = max(pointEnd[r], it.end)
		} else {
			barEnd[r] = max(barEnd[r], it.end)
		}
		rows[i] = r
		used = max(used, r+1)
	}
	return rows, used
}

// A calendar unit that breaks and axis ends snap to.
type unit struct {
	months int // a whole number of months, or 0 for days
	days   int
}

func (u unit) approx() int64 {
	if u.months > 0 {
		return int64(u.months) * yearMs / 12
	}
	return int64(u.days) * dayMs
}

var snapUnits = []unit{
	{days: 1}, {days: 7}, {months: 1}, {months: 3}, {months: 12}, {months: 60},
	{months: 120}, {months: 600}, {months: 1200}, {months: 6000}, {months: 12000},
}

// floorTo rounds t down to a boundary of u: midnight (a Monday for
// weeks), the first of a month whose number of months since year 0 is a
// multiple of u.months, or for units of several years the first of a year
// that is a multiple of them as people count years (1955, 1960, 50 BC).
func floorTo(t int64, u unit) int64 {
	d := time.UnixMilli(t).UTC()
	if u.months == 0 {
		m := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if u.days == 7 { // weeks begin on Monday
			m = m.AddDate(0, 0, -((int(m.Weekday()) + 6) % 7))
		}
		return m.UnixMilli()
	}
	if step := u.years(); step > 1 {
		return yearStart(astroYear(floorDiv(histYear(d.Year()), step) * step))
	}
	n := d.Year()*12 + int(d.Month()) - 1
	n = floorDiv(n, u.months) * u.months
	return time.Date(floorDiv(n, 12), time.Month(n-floorDiv(n, 12)*12+1), 1, 0, 0, 0, 0, time.UTC).UnixMilli()
}

// ceilTo rounds t up to a boundary of u.
func ceilTo(t int64, u unit) int64 {
	f := floorTo(t, u)
	if f == t {
		return t
	}
	return addUnit(f, u, 1)
}

// addUnit moves t, a boundary of u, by n units.
func addUnit(t int64, u unit, n int) int64 {
	d := time.UnixMilli(t).UTC()
	if step := u.years(); step > 1 {
		h := histYear(d.Year())
		if d.Year() == 1 {
			h = 0 // the boundary between 1 BC and AD 1
		}
		return yearStart(astroYear(h + n*step))
	}
	if u.months == 0 {
		return d.AddDate(0, 0, n*u.days).UnixMilli()
	}
	return d.AddDate(0, n*u.months, 0).UnixMilli()
}

// years is the unit's length in whole years, or 0.
func (u unit) years() int {
	if u.months > 0 && u.months%12 == 0 {
		return u.months / 12
	}
	return 0
}

// Years as people write them have no year 0: 1 BC is followed by AD 1.
// histYear numbers astronomical years that way (1 BC is -1), and
// astroYear maps a multiple of a step back, 0 standing for the start of
// AD 1. Steps of years are rounded in this numbering, so that ticks and
// breaks fall on 50 BC and AD 50 rather than on 51 BC.
func histYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

func astroYear(h int) int {
	switch {
	case h < 0:
		return h + 1
	case h == 0:
		return 1
	}
	return h
}

func yearStart(y int) int64 { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli() }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// largestUnit is the largest snap unit no longer than limit (at least a day).
func largestUnit(limit int64) unit {
	u := snapUnits[0]
	for _, c := range snapUnits {
		if c.approx() <= limit {
			u = c
		}
	}
	return u
}

// extent is the stretch covered by the items' spans: the earliest start and
// the latest end.
func extent(spans []span) span {
	if len(spans) == 0 {
		return span{}
	}
	e := spans[0]
	for _, s := range spans[1:] {
		e.start = min(e.start, s.start)
		e.end = max(e.end, s.end)
	}
	return e
}

// findBreaks finds the long empty stretches between events, where the axis
// is cut (ECharts 6 axis breaks). A stretch is cut when it is at least a
// quarter of the whole extent and at least 90 days. The cut keeps a margin
// of one unit on each side so the events next to it keep their room, and
// both of its ends fall on round dates of that unit, because ECharts
// labels the ends of a break. The unit is about a
// fiftieth of the whole timeline: years for a timeline of decades, decades
// for one of two millennia, days for a single year.
func findBreaks(spans []span) []span {
	if len(spans) < 2 {
		return nil
	}
	sorted := append([]span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].start < sorted[j].start })
	whole := extent(sorted)
	var out []span
	reach := sorted[0].end
	for _, s := range sorted[1:] {
		if gap := s.start - reach; gap > 0 && gap*4 >= whole.len() && gap >= 90*dayMs {
			u := largestUnit(whole.len() / 50)
			b := span{addUnit(ceilTo(reach, u), u, 1), addUnit(floorTo(s.start, u), u, -1)}
			if b.len()*2 >= gap {
				out = append(out, b)
			}
		}
		reach = max(reach, s.end)
	}
	return out
}

// niceYears are the tick steps of a year axis.
var niceYears = []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000}

// axisRange is the axis' minimum and maximum: the events' extent with a
// small margin, widened to round dates (a multiple of a nice number of
// years for long timelines, months or days for short ones) so that the
// first and last ticks are round too. Breaks do not count towards the
// length that picks the rounding.
func axisRange(spans []span, breaks []span) span {
	e := extent(spans)
	if len(spans) == 0 {
		return e
	}
	visible := e.len()
	for _, b := range breaks {
		visible -= b.len()
	}
	visible = max(visible, dayMs)
	pad := visible / 100
	var u unit
	switch {
	case visible >= 3*yearMs:
		step := niceYears[len(niceYears)-1]
		for _, y := range niceYears {
			if int64(y)*yearMs*25 >= visible {
				step = y
				break
			}
		}
		u = unit{months: 12 * step}
	case visible >= 120*dayMs:
		u = unit{months: 1}
	default:
		u = unit{days: 1}
	}
	return span{floorTo(e.start-pad, u), ceilTo(e.end+pad, u)}
}

// densest is the shortest window that holds k of the given instants
// (sorted), k = max(3, n/10), or 2 when there are fewer than six: the
// place where most happens, for the "densest period" preset. It reports
// false when there are fewer than 2 instants, or when the window is not
// at least three times denser than an even spread over whole, the visible length of the axis (a timeline
// whose only dated points sit in one cluster still wants the preset).
func densest(at []int64, whole int64) (span, bool) {
	n := len(at)
	k := max(3, n/10)
	if n < 2*k {
		k = max(2, n/2)
	}
	if n < k || n < 2 {
		return span{}, false
	}
	best := span{at[0], at[k-1]}
	for i := 1; i+k-1 < n; i++ {
		if w := at[i+k-1] - at[i]; w < best.len() {
			best = span{at[i], at[i+k-1]}
		}
	}
	// Evenly spread, k instants would take (k-1)/(n-1) of the axis; the
	// window must be at least three times denser than that.
	if best.len()*3*int64(n-1) > whole*int64(k-1) {
		return span{}, false
	}
	best.end += dayMs // the last instant's day is part of the window
	return best, true
}

// padWindow widens a window by half its width on each side, and by at
// least ten days.
func padWindow(w span) span {
	pad := max(w.len()/2, 10*dayMs)
	return span{w.start - pad, w.end + pad}
}

// labelLimit is how many characters of a title are drawn next to its mark.
const labelLimit = 42

// shortLabel shortens a title for the chart: spaces collapsed, control
// characters dropped, and at most limit characters, cut at a word boundary
// when one is near and ended with an ellipsis. The full title is in the
// tooltip and the list.
func shortLabel(s string, limit int) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || r == utf8.RuneError:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	clean := b.String()
	runes := []rune(clean)
	if len(runes) <= limit {
		return clean
	}
	cut := limit - 1 // room for the ellipsis
	if i := lastSpace(runes[:cut+1]); i >= cut*2/3 {
		cut = i
	}
	head := strings.TrimRightFunc(string(runes[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != '"' && r != '”' && r != '’'
	})
	return head + "…"
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}
