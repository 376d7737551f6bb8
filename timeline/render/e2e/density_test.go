package e2e

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
)

// The density view (timeline.js): over 400 events in the window, each
// lane counts its events per bucket of time instead of drawing them.
const denseLimit = 400

// bucket is a data item of the density view, as the chart's option holds
// it: [start, end, lane, bucket id, events within, -1, broader share,
// broader events].
type bucket struct {
	Series, Index int
	Name          string // the series' name: the group's label
	Start, End    float64
	Fine, Over    int
	Share         float64
}

type densityState struct {
	Mode, Bucket     string // data-timeline-mode, data-timeline-bucket
	Ready, Labels    int
	Note             string
	NoteShown        bool
	Window           [2]float64 // the x axis' extent
	Buckets          []bucket
	Events, Unknowns int // other items of the event series: events, and neither kind
}

const densityProbe = `(() => {
  const el = document.getElementById("timeline-chart"), c = timelineChart, note = document.querySelector(".tl-density");
  const out = {mode: el.getAttribute("data-timeline-mode") || "", bucket: el.getAttribute("data-timeline-bucket") || "",
    ready: +el.getAttribute("data-timeline-ready"), labels: +el.getAttribute("data-timeline-labels"),
    note: note ? note.textContent : "", noteShown: !!note && !note.hidden && note.getBoundingClientRect().height > 0,
    window: c.getModel().getComponent("xAxis", 0).axis.scale.getExtent(), buckets: [], events: 0, unknowns: 0};
  c.getOption().series.forEach((s, si) => (s.data || []).forEach((v, di) => {
    if (!Array.isArray(v) || v.length === 4) return;
    if (v.length === 8 && v[5] === -1) out.buckets.push({series: si, index: di, name: s.name, start: v[0], end: v[1], fine: v[4], share: v[6], over: v[7]});
    else if (v.length === 6 && v[5] >= 0) out.events++;
    else out.unknowns++;
  }));
  return out;
})()`

func density(p *browser.Page) densityState {
	var s densityState
	p.MustEval(densityProbe, &s)
	return s
}

// waitMode waits until the chart shows mode and returns its state.
func waitMode(t *testing.T, p *browser.Page, mode string) densityState {
	t.Helper()
	var s densityState
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if s = density(p); s.Mode == mode {
			return s
		}
		if time.Now().After(deadline) {
			p.Fatalf("the chart shows %q (bucket %q, ready %d), want %q", s.Mode, s.Bucket, s.Ready, mode)
		}
	}
}

// clickBar clicks the bar of a bucket with the real mouse, near its foot
// (bars rise from the bottom of their lane), the tooltip hidden first.
func clickBar(t *testing.T, p *browser.Page, b bucket) {
	t.Helper()
	var at []float64
	p.MustEval(fmt.Sprintf(`(() => { const dom = timelineChart.getDom(); dom.scrollIntoView({block: "center"});
  const el = timelineChart.getModel().getSeriesByIndex(%d).getData().getItemGraphicEl(%d);
  if (!el) return [];
  const r = el.getBoundingRect(), d = dom.getBoundingClientRect(), p = el.transformCoordToGlobal(r.x + r.width / 2, r.y + r.height - 2);
  return [d.left + p[0], d.top + p[1]]; })()`, b.Series, b.Index), &at)
	if len(at) != 2 {
		p.Fatalf("bucket %+v has no bar drawn", b)
	}
	hideTip(t, p)
	if err := p.Click(at[0], at[1]); err != nil {
		p.Fatalf("%v", err)
	}
}

// waitWindow waits until the chart shows [from, to] (to a second).
func waitWindow(t *testing.T, p *browser.Page, from, to float64) densityState {
	t.Helper()
	var s densityState
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if s = density(p); math.Abs(s.Window[0]-from) < 1000 && math.Abs(s.Window[1]-to) < 1000 {
			return s
		}
		if time.Now().After(deadline) {
			p.Fatalf("the chart shows %s to %s, want %s to %s", time.UnixMilli(int64(s.Window[0])).UTC(), time.UnixMilli(int64(s.Window[1])).UTC(),
				time.UnixMilli(int64(from)).UTC(), time.UnixMilli(int64(to)).UTC())
		}
	}
}

func zoomTo(p *browser.Page, from, to float64) {
	p.MustEval(fmt.Sprintf(`timelineChart.dispatchAction({type: "dataZoom", startValue: %v, endValue: %v})`, from, to), nil)
}

// interval is where the page draws an event (the widened interval of a
// qualified date), in ms.
func interval(e timeline.Event) (float64, float64) {
	iv := e.Date.DisplayInterval()
	return ms(iv.Start), ms(iv.End)
}

// overlapping counts the events of the groups kept that overlap [from, to).
func overlapping(tl *timeline.Timeline, from, to float64, keep func(timeline.Event) bool) int {
	n := 0
	for _, e := range tl.Events {
		if s, end := interval(e); s < to && end > from && (keep == nil || keep(e)) {
			n++
		}
	}
	return n
}

// yearCount is what a lane's bucket of one year should hold.
type yearCount struct {
	Fine, Over int
	Share      float64
	Titles     []string // of the events within, in list order
}

// yearDensity counts, independently of the page, each group's events per
// calendar year: an event within one year counts there, a longer one adds
// to every year it overlaps the share of its span that falls in it.
func yearDensity(tl *timeline.Timeline) map[string]map[int]*yearCount {
	out := map[string]map[int]*yearCount{}
	at := func(g string, y int) *yearCount {
		if out[g] == nil {
			out[g] = map[int]*yearCount{}
		}
		if out[g][y] == nil {
			out[g][y] = &yearCount{}
		}
		return out[g][y]
	}
	yearMs := func(y int) float64 { return ms(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)) }
	for _, e := range tl.Events {
		s, end := interval(e)
		y0 := time.UnixMilli(int64(s)).UTC().Year()
		if end <= yearMs(y0+1) {
			c := at(e.Group, y0)
			c.Fine++
			c.Titles = append(c.Titles, e.Title)
			continue
		}
		for y := y0; yearMs(y) < end; y++ {
			c := at(e.Group, y)
			c.Over++
			c.Share += (math.Min(end, yearMs(y+1)) - math.Max(s, yearMs(y))) / (end - s)
		}
	}
	return out
}

// commas writes n as the page does: 10,000.
func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// TestDensityOverview opens 10,000 events: the first view counts them per
// year in every lane (the counts checked against the events themselves),
// a bar's tooltip tells its year, count and first titles (all events are
// curated alike, so the most telling are the earliest), a click on a
// bar zooms to its year, and a small window draws the events themselves.
func TestDensityOverview(t *testing.T) {
	tl := synthetic(t, 10000)
	p := open(t, tl, "light")
	clean(t, p, "after load")
	s := density(p)
	if s.Mode != "density" || s.Bucket != "year" || s.Labels != 0 || s.Events != 0 || s.Unknowns != 0 {
		p.Fatalf("first view: mode %q, bucket %q, %d labels, %d event items, %d others; want yearly density, no labels, buckets only",
			s.Mode, s.Bucket, s.Labels, s.Events, s.Unknowns)
	}
	if !s.NoteShown || !strings.Contains(s.Note, "10,000 events in view are counted per year") {
		p.Errorf("the density note is shown=%v: %q", s.NoteShown, s.Note)
	}

	// Every bucket is a calendar year; 50 to 150 of them; their counts are
	// those of the events.
	label := map[string]string{}
	for _, g := range tl.Groups {
		label[g.Label] = g.ID
	}
	want := yearDensity(tl)
	years := map[int]bool{}
	total := 0.0
	seen := map[string]int{}
	for _, b := range s.Buckets {
		start, end := time.UnixMilli(int64(b.Start)).UTC(), time.UnixMilli(int64(b.End)).UTC()
		if start.YearDay() != 1 || start.Hour() != 0 || end != start.AddDate(1, 0, 0) {
			p.Fatalf("bucket %+v covers %s to %s, not a calendar year", b, start, end)
		}
		years[start.Year()] = true
		total += float64(b.Fine) + b.Share
		g := label[b.Name]
		w := want[g][start.Year()]
		if w == nil {
			p.Fatalf("bucket %+v: group %q has no event in %d", b, g, start.Year())
		}
		if b.Fine != w.Fine || b.Over != w.Over || math.Abs(b.Share-w.Share) > 0.0051 {
			p.Errorf("%s %d: %d events within, %d broader counted as %.2f; want %d, %d, %.3f",
				g, start.Year(), b.Fine, b.Over, b.Share, w.Fine, w.Over, w.Share)
		}
		seen[g]++
	}
	for g, ys := range want {
		if seen[g] != len(ys) {
			p.Errorf("group %s: %d buckets drawn, want %d (one per year with events)", g, seen[g], len(ys))
		}
	}
	if len(years) < 50 || len(years) > 150 {
		p.Errorf("%d yearly buckets, want 50 to 150", len(years))
	}
	if math.Abs(total-10000) > 1 {
		p.Errorf("the buckets count %.2f events in all, want 10,000", total)
	}

	// Pixels: bars drawn, heavier where the events are (they lean to
	// recent years): the right third of the plot has far more ink than
	// the left third.
	shot, err := p.ElementScreenshot(chartSel)
	if err != nil {
		p.Fatalf("%v", err)
	}
	st, err := ink(shot)
	if err != nil {
		t.Fatal(err)
	}
	var grid [4]float64 // the plot within the chart element, in CSS pixels
	p.MustEval(`(() => { const r = timelineChart.getModel().getComponent("grid", 0).coordinateSystem.getRect();
  const a = document.getElementById("timeline-chart").getBoundingClientRect(), b = timelineChart.getDom().getBoundingClientRect();
  return [b.left - a.left + r.x, b.top - a.top + r.y, r.width, r.height]; })()`, &grid)
	third := grid[2] / 3
	left, err := colourIn(shot, grid[0], grid[1], grid[0]+third, grid[1]+grid[3])
	if err != nil {
		t.Fatal(err)
	}
	right, err := colourIn(shot, grid[0]+2*third, grid[1], grid[0]+grid[2], grid[1]+grid[3])
	if err != nil {
		t.Fatal(err)
	}
	if st.Ink < 0.05 || st.Colours < 50 || right < 2*left || right < 0.1 {
		p.Errorf("density view pixels: %v; %.1f%% coloured in the left third of the plot, %.1f%% in the right: want bars, heavier on the right",
			st, 100*left, 100*right)
	}
	t.Logf("density view: %v; plot coloured left %.1f%%, right %.1f%%", st, 100*left, 100*right)

	// The tooltip of the fullest bucket.
	top := s.Buckets[0]
	for _, b := range s.Buckets {
		if b.Fine > top.Fine {
			top = b
		}
	}
	y := time.UnixMilli(int64(top.Start)).UTC().Year()
	w := want[label[top.Name]][y]
	tt := showTip(t, p, mark{Anchor: fmt.Sprintf("bucket %s %d", top.Name, y), Series: top.Series, Index: top.Index},
		fmt.Sprintf("%s events dated within this year", commas(w.Fine)))
	for _, text := range append([]string{top.Name, strconv.Itoa(y), fmt.Sprintf("+ %d events with broader dates", w.Over),
		fmt.Sprintf("and %d more", w.Fine-5)}, w.Titles[:5]...) {
		if !strings.Contains(tt.Text, text) {
			p.Errorf("tooltip of %s %d lacks %q: %q", top.Name, y, text, tt.Text)
		}
	}
	if len(tt.Bad) > 0 || len(tt.Links) > 0 {
		p.Errorf("tooltip of a bucket has elements %q and links %q", tt.Bad, tt.Links)
	}

	// A click on that bar zooms to its year, which still holds too many
	// events: counted per 3 days.
	clickBar(t, p, top)
	from, to := top.Start, top.End
	s = waitWindow(t, p, from, to)
	if n := overlapping(tl, from, to, nil); s.Mode != "density" || s.Bucket != "3 days" || s.Ready != n {
		p.Fatalf("after clicking the bar of %d: mode %q, bucket %q, ready %d; want density per 3 days of %d", y, s.Mode, s.Bucket, s.Ready, n)
	}

	// A fortnight holds fewer than 400 events: they are drawn one by one,
	// with labels, where the axis puts them.
	from = ms(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	to = ms(time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC))
	n := overlapping(tl, from, to, nil)
	if n > denseLimit || n < 100 {
		t.Fatalf("%d events in the fortnight: not a test of the way back to events", n)
	}
	zoomTo(p, from, to)
	s = waitMode(t, p, "events")
	if s.Ready != n || s.Labels == 0 || s.NoteShown || s.Bucket != "" || len(s.Buckets) != 0 || s.Events != len(tl.Events) {
		p.Fatalf("zoomed to a fortnight: ready %d, %d labels, note shown %v, bucket %q, %d buckets, %d events; want %d drawn, labels, no note, all events",
			s.Ready, s.Labels, s.NoteShown, s.Bucket, len(s.Buckets), s.Events, n)
	}
	var drawn []mark
	cs := chart(p)
	for _, m := range cs.Marks {
		if m.Drawn {
			drawn = append(drawn, m)
			if m.Start >= to || m.End <= from {
				p.Errorf("%s (%v to %v) drawn outside the window", m.Anchor, m.Start, m.End)
			}
		}
	}
	if len(drawn) != n {
		p.Errorf("%d marks drawn, want %d", len(drawn), n)
	}
	checkPlacement(t, p, chartState{Marks: drawn, Grid: cs.Grid})

	// And back out: buckets again; and the toolbox's "Show all" from a
	// fortnight, too.
	zoomTo(p, ms(time.Date(1955, 1, 1, 0, 0, 0, 0, time.UTC)), ms(time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC)))
	if s = waitMode(t, p, "density"); s.Ready != 10000 || s.Bucket != "year" {
		p.Errorf("zoomed out again: ready %d, bucket %q; want 10000, year", s.Ready, s.Bucket)
	}
	zoomTo(p, from, to)
	waitMode(t, p, "events")
	p.MustEval(`timelineChart.dispatchAction({type: "restore"})`, nil)
	if s = waitMode(t, p, "density"); s.Ready != 10000 || s.Bucket != "year" || s.Events != 0 || !s.NoteShown {
		p.Errorf("after Show all: ready %d, bucket %q, %d event items, note shown %v; want the first view's buckets", s.Ready, s.Bucket, s.Events, s.NoteShown)
	}
	clean(t, p, "after zooming")
}

// TestDensityFollowsSearchAndLegend: the search and hidden groups change
// the number of events in the window, and so what the chart shows.
func TestDensityFollowsSearchAndLegend(t *testing.T) {
	const n = 3000
	tl := synthetic(t, n)
	p := open(t, tl, "light")

	// One group of six: still over the limit, so counted, in its lane only.
	q := "science"
	want := searchMatches(tl, q)
	if len(want) <= denseLimit {
		t.Fatalf("%q matches %d events: not a test", q, len(want))
	}
	typeInto(t, p, ".tl-q", q)
	waitSearch(t, p, q, want, len(tl.Events))
	s := density(p)
	total, lanes := 0.0, map[string]bool{}
	for _, b := range s.Buckets {
		total += float64(b.Fine) + b.Share
		lanes[b.Name] = true
	}
	if s.Mode != "density" || math.Abs(total-float64(len(want))) > 1 || len(lanes) != 1 || !lanes["Group science"] {
		p.Errorf("search %q: mode %q, buckets count %.2f events in lanes %v; want density of %d in Group science", q, s.Mode, total, lanes, len(want))
	}

	// Fewer matches than the limit: the events themselves, all drawn.
	q = "science 2024"
	want = searchMatches(tl, q)
	if len(want) > denseLimit || len(want) < 20 {
		t.Fatalf("%q matches %d events: not a test", q, len(want))
	}
	typeInto(t, p, ".tl-q", " 2024")
	waitSearch(t, p, q, want, len(tl.Events))
	if s = density(p); s.Mode != "events" || s.Events != len(want) || s.Labels == 0 {
		p.Errorf("search %q: mode %q, %d events given to the chart, %d labels; want the %d matches drawn", q, s.Mode, s.Events, s.Labels, len(want))
	}
	typeInto(t, p, ".tl-q", kb.Escape)
	waitSearch(t, p, "", searchMatches(tl, ""), len(tl.Events))
	if s = density(p); s.Mode != "density" || s.Ready != n {
		p.Errorf("search cleared: mode %q, ready %d; want density of %d", s.Mode, s.Ready, n)
	}

	// Five groups hidden through the legend: the last one alone fills the
	// first view, but not the last two years.
	keep := tl.Groups[2]
	for _, g := range tl.Groups {
		if g.ID != keep.ID {
			p.MustEval(fmt.Sprintf(`timelineChart.dispatchAction({type: "legendUnSelect", name: %q})`, g.Label), nil)
		}
	}
	inKept := func(e timeline.Event) bool { return e.Group == keep.ID }
	if s = density(p); s.Mode != "density" || s.Ready != overlapping(tl, -1e15, 1e15, inKept) {
		p.Errorf("one group shown: mode %q, ready %d; want density of its %d events", s.Mode, s.Ready, overlapping(tl, -1e15, 1e15, inKept))
	}
	from, to := ms(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)), ms(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if all, one := overlapping(tl, from, to, nil), overlapping(tl, from, to, inKept); all <= denseLimit || one > denseLimit {
		t.Fatalf("2024-2025 holds %d events, %d of the group kept: not a test", all, one)
	}
	zoomTo(p, from, to)
	if s = waitMode(t, p, "events"); s.Ready != overlapping(tl, from, to, inKept) {
		p.Errorf("one group shown, 2024-2025: ready %d, want its %d events", s.Ready, overlapping(tl, from, to, inKept))
	}
	p.MustEval(`timelineChart.dispatchAction({type: "legendAllSelect"})`, nil)
	if s = waitMode(t, p, "density"); s.Ready != overlapping(tl, from, to, nil) || s.Bucket != "week" {
		p.Errorf("every group shown, 2024-2025: ready %d, bucket %q; want %d per week", s.Ready, s.Bucket, overlapping(tl, from, to, nil))
	}
	clean(t, p, "after searching and hiding groups")
}

// TestDensityThreshold: a timeline that fits (the sample's 7 events, or
// 400) draws its events, never buckets, and shows no density note; one
// more event than that starts as buckets.
func TestDensityThreshold(t *testing.T) {
	for _, n := range []int{7, denseLimit, denseLimit + 1} {
		tl := sample(t)
		if n != len(tl.Events) {
			tl = synthetic(t, n)
		}
		p := open(t, tl, "light")
		s := density(p)
		if n > denseLimit {
			if s.Mode != "density" || len(s.Buckets) == 0 || s.Events != 0 || !s.NoteShown || s.Labels != 0 {
				p.Errorf("%d events: mode %q, %d buckets, %d events, note shown %v, %d labels; want buckets only",
					n, s.Mode, len(s.Buckets), s.Events, s.NoteShown, s.Labels)
			}
		} else if s.Mode != "events" || s.Bucket != "" || len(s.Buckets) != 0 || s.Events != len(tl.Events) || s.NoteShown || s.Labels == 0 {
			p.Errorf("%d events: mode %q, bucket %q, %d buckets, %d events, note shown %v, %d labels; want events only",
				n, s.Mode, s.Bucket, len(s.Buckets), s.Events, s.NoteShown, s.Labels)
		}
		clean(t, p, fmt.Sprintf("%d events", n))
	}
}

// TestDensityTooltipIsInert: the tooltip of a bucket lists titles, and
// hostile ones show as text: no element, handler or dialog comes of them,
// and a click on the bar zooms without opening anything.
func TestDensityTooltipIsInert(t *testing.T) {
	crowd := func(tl *timeline.Timeline) *timeline.Timeline {
		out := *tl
		out.Events = slices.Clone(tl.Events)
		// Title k of the hostile texts on the 5th of month k+1, so that
		// each title is first in its buckets.
		for i := range denseLimit {
			k := i % len(hostileTexts)
			out.Events = append(out.Events, timeline.Event{
				ID: fmt.Sprintf("crowd%03d", i), Date: date(t, fmt.Sprintf("2021-%02d-05", k+1)), Title: hostileTexts[k],
				Group: tl.Groups[i/len(hostileTexts)%len(tl.Groups)].ID, Origin: timeline.OriginCurated, Status: timeline.StatusReviewed,
				Link: hostileJSLink,
			})
		}
		timeline.Sort(out.Events)
		return &out
	}
	tl := crowd(hostile(t))
	twin := open(t, defanged(tl), "light")
	p := open(t, tl, "light")
	s, ts := density(p), density(twin)
	if s.Mode != "density" || ts.Mode != "density" || len(s.Buckets) != len(ts.Buckets) || len(s.Buckets) == 0 {
		p.Fatalf("hostile crowd: mode %q with %d buckets, twin %q with %d; want the same density views", s.Mode, len(s.Buckets), ts.Mode, len(ts.Buckets))
	}
	var listed []string // hostile titles the tooltips listed
	for i, b := range s.Buckets {
		m := mark{Anchor: fmt.Sprintf("bucket %d", i), Series: b.Series, Index: b.Index}
		tt := showTip(t, p, m, fmt.Sprintf("%d event", b.Fine))
		tw := showTip(t, twin, mark{Anchor: m.Anchor, Series: ts.Buckets[i].Series, Index: ts.Buckets[i].Index}, fmt.Sprintf("%d event", b.Fine))
		if d := diffTags(tt.Tags, tw.Tags); len(d) > 0 || len(tt.Bad) > 0 || len(tt.Links) > 0 {
			p.Fatalf("%s: the tooltip holds elements made from the text: %q %q, links %q\n%s", m.Anchor, d, tt.Bad, tt.Links, tt.HTML)
		}
		if !strings.Contains(tt.Text, hostileGroupScript) && !strings.Contains(tt.Text, hostileFuncGroup) && !strings.Contains(tt.Text, hostileScriptTitle) {
			p.Errorf("%s: the tooltip does not name its group as text: %q", m.Anchor, tt.Text)
		}
		for _, h := range hostileTexts {
			if strings.Contains(tt.Text, h) {
				listed = append(listed, h)
			}
		}
	}
	for _, h := range []string{hostileImgTitle, hostileSVGDesc, hostileAnchorQuote, hostileFuncTitle} {
		if !slices.Contains(listed, h) {
			p.Errorf("no bucket tooltip listed the title %q as text", h)
		}
	}
	// A click on the fullest bar zooms in; nothing opens.
	top := s.Buckets[0]
	for _, b := range s.Buckets {
		if b.Fine > top.Fine {
			top = b
		}
	}
	clickBar(t, p, top)
	waitWindow(t, p, top.Start, top.End)
	time.Sleep(100 * time.Millisecond) // let late window.open records arrive
	if o := p.Opened(); len(o) > 0 {
		p.Errorf("a click on a bar opened %+v", o)
	}
	c, want := takeCensus(p), takeCensus(twin)
	if d := diffTags(c.Tags, want.Tags); len(d) > 0 || len(c.Handlers) > 0 || len(c.BadLinks) > 0 {
		p.Fatalf("the hostile text made elements, handlers or links: %q %q %q", d, c.Handlers, c.BadLinks)
	}
	clean(t, p, "after the bucket tooltips")
	clean(t, twin, "the harmless twin")
}

// TestDensityInFragments: two copies of a dense fragment on one page keep
// their own views: zooming one into a few events leaves the other counted.
func TestDensityInFragments(t *testing.T) {
	tl := synthetic(t, 1000)
	p := openHost(t, fragment(t, tl), 2)
	waitCharts(t, p, []int{1000, 1000}, 20*time.Second)
	const modes = `[...document.querySelectorAll(".tl-embed .tl-chart")].map((c) => c.getAttribute("data-timeline-mode") + " " + c.getAttribute("data-timeline-ready") + " " + !c.parentNode.querySelector(".tl-density").hidden)`
	var got []string
	p.MustEval(modes, &got)
	if !slices.Equal(got, []string{"density 1000 true", "density 1000 true"}) {
		p.Fatalf("two fragments of 1,000 events: %q, want both in the density view", got)
	}
	from, to := ms(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)), ms(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	n := overlapping(tl, from, to, nil)
	p.MustEval(fmt.Sprintf(`echarts.getInstanceByDom(document.querySelectorAll(".tl-embed .tl-canvas")[1]).dispatchAction({type: "dataZoom", startValue: %v, endValue: %v})`, from, to), nil)
	waitCharts(t, p, []int{1000, n}, 5*time.Second)
	p.MustEval(modes, &got)
	if want := []string{"density 1000 true", fmt.Sprintf("events %d false", n)}; !slices.Equal(got, want) {
		p.Errorf("after zooming the second fragment: %q, want %q", got, want)
	}
	clean(t, p, "after zooming one fragment")
}

// TestBucketRules checks the density view's bucket units and labels,
// the page's own functions (timelineEmbed.buckets), against dates worked
// out by hand, and that every window from two days to 10,000 years gets
// 50 to 150 buckets.
func TestBucketRules(t *testing.T) {
	p := open(t, sample(t), "light")
	// The finest unit that gives at most 150 buckets: a window of 60
	// days has 120 of 12 hours (240 of 6 hours would be too many).
	units := []struct {
		days float64
		want string
	}{
		{0.5, "hour"}, {3, "hour"}, {10, "2 hours"}, {20, "6 hours"}, {60, "12 hours"}, {150, "day"}, {200, "2 days"},
		{400, "3 days"}, {730, "week"}, {1095, "half-month"}, {7 * 365, "month"}, {13 * 365, "quarter"}, {40 * 365, "half-year"},
		{66 * 365, "half-year"}, {80 * 365, "year"}, {200 * 365, "2 years"}, {600 * 365, "5 years"}, {1000 * 365, "decade"},
		{2500 * 365, "20 years"}, {6000 * 365, "50 years"}, {9000 * 365, "century"},
	}
	for _, c := range units {
		var got string
		p.MustEval(fmt.Sprintf(`(() => { const b = timelineEmbed.buckets; return b.name(b.unit(%v * 864e5)); })()`, c.days), &got)
		if got != c.want {
			t.Errorf("a window of %v days: buckets of a %s, want %s", c.days, got, c.want)
		}
	}

	utc := func(y int, m time.Month, d, h int) float64 { return ms(time.Date(y, m, d, h, 0, 0, 0, time.UTC)) }
	cases := []struct {
		at          float64
		kind        string
		step        int
		start, next float64
		label       string
	}{
		{utc(2024, 8, 5, 7), "h", 6, utc(2024, 8, 5, 6), utc(2024, 8, 5, 12), "06:00–12:00, 5 Aug 2024"},
		{utc(2024, 8, 5, 13), "h", 12, utc(2024, 8, 5, 12), utc(2024, 8, 6, 0), "12:00–24:00, 5 Aug 2024"},
		{utc(2024, 8, 5, 23), "d", 1, utc(2024, 8, 5, 0), utc(2024, 8, 6, 0), "5 Aug 2024"},
		{utc(2024, 8, 7, 0), "d", 3, utc(2024, 8, 6, 0), utc(2024, 8, 9, 0), "6–8 Aug 2024"}, // 3-day buckets count from 1 Jan 1970
		{utc(2024, 8, 7, 0), "w", 7, utc(2024, 8, 5, 0), utc(2024, 8, 12, 0), "5–11 Aug 2024"},
		{utc(2024, 7, 31, 0), "w", 7, utc(2024, 7, 29, 0), utc(2024, 8, 5, 0), "29 Jul – 4 Aug 2024"},
		{utc(2025, 1, 1, 0), "w", 7, utc(2024, 12, 30, 0), utc(2025, 1, 6, 0), "30 Dec 2024 – 5 Jan 2025"},
		{utc(2024, 2, 20, 0), "hm", 1, utc(2024, 2, 16, 0), utc(2024, 3, 1, 0), "16–29 Feb 2024"},
		{utc(2024, 12, 3, 0), "hm", 1, utc(2024, 12, 1, 0), utc(2024, 12, 16, 0), "1–15 Dec 2024"},
		{utc(2024, 8, 31, 0), "m", 1, utc(2024, 8, 1, 0), utc(2024, 9, 1, 0), "Aug 2024"},
		{utc(2024, 8, 7, 0), "m", 3, utc(2024, 7, 1, 0), utc(2024, 10, 1, 0), "Jul–Sep 2024"},
		{utc(2024, 11, 7, 0), "m", 6, utc(2024, 7, 1, 0), utc(2025, 1, 1, 0), "Jul–Dec 2024"},
		{utc(2024, 12, 31, 23), "y", 1, utc(2024, 1, 1, 0), utc(2025, 1, 1, 0), "2024"},
		{utc(1967, 6, 1, 0), "y", 10, utc(1960, 1, 1, 0), utc(1970, 1, 1, 0), "1960–1969"},
		{utc(1967, 6, 1, 0), "y", 100, utc(1900, 1, 1, 0), utc(2000, 1, 1, 0), "1900–1999"},
		{utc(50, 6, 1, 0), "y", 1, utc(50, 1, 1, 0), utc(51, 1, 1, 0), "50"},
		{utc(-43, 3, 15, 0), "y", 1, utc(-43, 1, 1, 0), utc(-42, 1, 1, 0), "44 BC"},
	}
	for _, c := range cases {
		var got struct {
			Start, Next float64
			Label       string
		}
		p.MustEval(fmt.Sprintf(`(() => { const b = timelineEmbed.buckets, u = [%q, %d], s = b.of(%v, u);
  return {start: s, next: b.after(s, u), label: b.label(s, u)}; })()`, c.kind, c.step, c.at), &got)
		when := time.UnixMilli(int64(c.at)).UTC().Format(time.RFC3339)
		if got.Start != c.start || got.Next != c.next || got.Label != c.label {
			t.Errorf("%s in buckets [%s %d]: %s to %s, %q; want %s to %s, %q", when, c.kind, c.step,
				time.UnixMilli(int64(got.Start)).UTC(), time.UnixMilli(int64(got.Next)).UTC(), got.Label,
				time.UnixMilli(int64(c.start)).UTC(), time.UnixMilli(int64(c.next)).UTC(), c.label)
		}
	}

	// Real windows from 50 hours (50 buckets of the finest unit) up,
	// walked bucket by bucket: 50 to 150 buckets (and one more for a
	// window that starts inside one), each following the last.
	var bad []string
	p.MustEval(`(() => {
  const b = timelineEmbed.buckets, bad = [], from = Date.UTC(2001, 4, 17, 5);
  for (let span = 50 * 36e5; span < 1e4 * 365.25 * 864e5; span *= 1.07) {
    const u = b.unit(span);
    let n = 0, prev = -Infinity;
    for (let s = b.of(from, u); s < from + span; s = b.after(s, u)) {
      if (s <= prev || b.of(s, u) !== s) { bad.push("unit " + u + " steps badly at " + new Date(s).toISOString()); break; }
      prev = s; n++;
    }
    if (n < 50 || n > 151) bad.push(Math.round(span / 864e5) + " days: " + n + " buckets of " + b.name(u));
  }
  return bad;
})()`, &bad)
	if len(bad) > 0 {
		t.Errorf("bucket counts out of bounds:\n  %s", strings.Join(bad, "\n  "))
	}
	clean(t, p, "after the bucket rules")
}
