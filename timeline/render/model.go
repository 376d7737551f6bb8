package render

import (
	"regexp"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// model is everything the page shows, computed once from the timeline.
type model struct {
	t       *timeline.Timeline
	events  []timeline.Event // in time order
	items   []item           // parallel to events
	placed  []bool           // whether events[i] has a date and so a mark
	anchors []string         // the list item id of each event
	lanes   []lane
	eras    []era
	axis    span
	breaks  []span
	views   []view
	height  int // of the chart, in pixels
	gridL   int // left margin of the plot (lane labels), in pixels
	gridTop int
	maxRows int
}

type lane struct {
	group string // the group id; "" for events without one
	label string
	color string
	rows  int
}

type era struct {
	at    span
	label string
	color string
}

// view is a zoom preset.
type view struct {
	label string
	at    span
}

// Okabe–Ito colours (without black and yellow, which do not read on both
// themes), then a few more distinct ones for larger timelines.
var palette = []string{"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d31", "#7b68ee", "#b5446e", "#2f8f83"}

const otherColor = "#7f8790"

var colorRE = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// safeColor returns c if it is a #rgb or #rrggbb colour, else fallback.
func safeColor(c, fallback string) string {
	if colorRE.MatchString(c) {
		return c
	}
	return fallback
}

// maxRowsPerLane caps row packing: beyond it, overlapping spans share rows.
const maxRowsPerLane = 4

func newModel(t *timeline.Timeline) *model {
	m := &model{t: t, events: sortedEvents(t)}
	n := len(m.events)
	m.items = make([]item, n)
	m.placed = make([]bool, n)
	m.anchors = make([]string, n)

	// Lanes: the declared groups that have events, in the order declared,
	// then undeclared group ids in name order, then "Other".
	used := map[string]int{}
	for i := range m.events {
		used[m.events[i].Group]++
	}
	laneOf := map[string]int{}
	addLane := func(id, label, color string) {
		laneOf[id] = len(m.lanes)
		m.lanes = append(m.lanes, lane{group: id, label: label, color: color})
	}
	for _, g := range t.Groups {
		if _, dup := laneOf[g.ID]; dup || used[g.ID] == 0 || g.ID == "" {
			continue
		}
		label := g.Label
		if label == "" {
			label = g.ID
		}
		addLane(g.ID, label, safeColor(g.Color, palette[len(m.lanes)%len(palette)]))
	}
	var extra []string
	for id := range used {
		if _, ok := laneOf[id]; !ok && id != "" {
			extra = append(extra, id)
		}
	}
	sort.Strings(extra)
	for _, id := range extra {
		addLane(id, id, palette[len(m.lanes)%len(palette)])
	}
	if used[""] > 0 {
		label := "Other"
		for _, l := range m.lanes {
			if l.label == label {
				label = "Other events"
			}
		}
		addLane("", label, otherColor)
	}

	// Anchors, links, and marks of the events.
	seen := map[string]bool{}
	var closed []span // the spans with both ends known, for the extent
	for i := range m.events {
		e := &m.events[i]
		a := "event-" + e.ID
		if e.ID == "" {
			a = "event-" + strconv.Itoa(i+1)
		}
		for k := 2; seen[a]; k++ {
			a = "event-" + e.ID + "-" + strconv.Itoa(k)
		}
		seen[a] = true
		m.anchors[i] = a
		if e.Date.IsZero() {
			continue
		}
		s, openStart, openEnd := spanOf(e.Date)
		m.placed[i] = true
		it := &m.items[i]
		it.lane = laneOf[e.Group]
		it.mark = markOf(e.Date)
		it.hollow = hollowOf(e)
		it.label = shortLabel(e.Title, labelLimit)
		it.at = s
		switch {
		case openStart:
			closed = append(closed, span{s.end - dayMs, s.end})
		case openEnd:
			closed = append(closed, span{s.start, s.start + dayMs})
		default:
			closed = append(closed, s)
		}
	}

	for i, r := range rankClasses(m.events, m.placed) {
		m.items[i].rank = r
	}

	m.breaks = findBreaks(closed)
	m.axis = axisRange(closed, m.breaks)
	if len(closed) == 0 {
		y := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		m.axis = span{ms(y), ms(y.AddDate(10, 0, 0))}
	}
	for i := range m.events {
		if !m.placed[i] {
			continue
		}
		iv := m.events[i].Date.Interval()
		if iv.OpenStart {
			m.items[i].at.start = m.axis.start
		}
		if iv.OpenEnd {
			m.items[i].at.end = m.axis.end
		}
	}

	// Rows inside each lane.
	for l := range m.lanes {
		var idx []int
		for i := range m.events {
			if m.placed[i] && m.items[i].lane == l {
				idx = append(idx, i)
			}
		}
		spans := make([]span, len(idx))
		points := make([]bool, len(idx))
		for k, i := range idx {
			spans[k] = m.items[i].at
			points[k] = m.items[i].mark == markPoint
			if points[k] && spans[k].len() < dayMs {
				spans[k].end = spans[k].start + dayMs
			}
		}
		rows, usedRows := packRows(spans, points, maxRowsPerLane)
		for k, i := range idx {
			m.items[i].row = rows[k]
		}
		m.lanes[l].rows = max(usedRows, 1)
		m.maxRows = max(m.maxRows, m.lanes[l].rows)
	}

	for _, e := range t.Eras {
		if e.Date.IsZero() {
			continue
		}
		s, openStart, openEnd := spanOf(e.Date)
		if openStart {
			s.start = m.axis.start
		}
		if openEnd {
			s.end = m.axis.end
		}
		s.start, s.end = max(s.start, m.axis.start), min(s.end, m.axis.end)
		if s.end <= s.start {
			continue
		}
		m.eras = append(m.eras, era{at: s, label: e.Label, color: safeColor(e.Color, "")})
	}

	m.views = []view{{label: "All events", at: m.axis}}
	visible := m.axis.len()
	for _, b := range m.breaks {
		visible -= b.len()
	}
	if w, ok := densest(m.instants(), visible); ok {
		p := padWindow(w)
		p.start, p.end = max(p.start, m.axis.start), min(p.end, m.axis.end)
		for _, b := range m.breaks { // a window does not begin or end in a cut
			if p.start > b.start && p.start < b.end {
				p.start = b.end
			}
			if p.end > b.start && p.end < b.end {
				p.end = b.start
			}
		}
		m.views = append(m.views, view{label: "Densest period (" + periodLabel(w) + ")", at: p})
	}

	m.layout()
	return m
}

// instants are the moments the densest-period preset looks at: the dates
// drawn as points, or every start when fewer than three are points.
func (m *model) instants() []int64 {
	var pts, all []int64
	for i := range m.items {
		if !m.placed[i] {
			continue
		}
		all = append(all, m.items[i].at.start)
		if m.items[i].mark == markPoint {
			pts = append(pts, m.items[i].at.start)
		}
	}
	if len(pts) < 3 {
		pts = all
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i] < pts[j] })
	return pts
}

// layout sizes the chart: lane labels set the left margin, lanes and rows
// the height.
func (m *model) layout() {
	longest := 0
	for _, l := range m.lanes {
		longest = max(longest, utf8.RuneCountInString(l.label))
	}
	m.gridL = min(max(7*longest+28, 80), 210)
	m.gridTop = 48
	if len(m.eras) > 0 {
		m.gridTop += 20
	}
	// Lanes share about 480 pixels (118 each for up to three), plus room
	// for extra rows; the chart stops growing at 700 pixels unless lanes
	// would get thinner than 62.
	lanes := max(len(m.lanes), 1)
	laneH := 118
	if lanes > 3 {
		laneH = max(62, 480/lanes)
	}
	laneH += 8 * (max(m.maxRows, 1) - 1)
	fixed := m.gridTop + gridBottom
	m.height = max(min(fixed+lanes*laneH, max(700, fixed+lanes*62)), 320)
}

// gridBottom leaves room under the plot for the axis labels and the slider.
const gridBottom = 84

// periodLabel names a window for a preset button: "Jul – Aug 2024",
// "21 Jul – 3 Aug 2024", "2009–2012".
func periodLabel(w span) string {
	a := time.UnixMilli(w.start).UTC()
	b := time.UnixMilli(w.end - 1).UTC()
	switch {
	case w.len() >= 2*yearMs:
		return yearText(a.Year()) + "–" + yearText(b.Year())
	case w.len() < 45*dayMs:
		if a.Year() == b.Year() {
			return strconv.Itoa(a.Day()) + " " + a.Format("Jan") + " – " + strconv.Itoa(b.Day()) + " " + b.Format("Jan") + " " + yearText(b.Year())
		}
		return dayText(a) + " – " + dayText(b)
	case a.Year() == b.Year() && a.Month() == b.Month():
		return a.Format("Jan") + " " + yearText(a.Year())
	case a.Year() == b.Year():
		return a.Format("Jan") + " – " + b.Format("Jan") + " " + yearText(a.Year())
	}
	return a.Format("Jan") + " " + yearText(a.Year()) + " – " + b.Format("Jan") + " " + yearText(b.Year())
}

func dayText(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + t.Format("Jan") + " " + yearText(t.Year())
}

// yearText writes an astronomical year for people: 2024, 44 BC.
func yearText(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// span of a value for the summary line.
func rangeText(events []timeline.Event) string {
	var first, last timex.Value
	for i := range events {
		if events[i].Date.IsZero() {
			continue
		}
		if first.IsZero() {
			first = events[i].Date
		}
		if last.IsZero() || events[i].Date.Interval().End.After(last.Interval().End) {
			last = events[i].Date
		}
	}
	switch {
	case first.IsZero():
		return ""
	case first == last:
		return first.Display()
	}
	return first.Display() + " to " + last.Display()
}
