package e2e

import (
	"fmt"
	"image/color"
	"math"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
	"github.com/timeline-tool/timeline/timeline/render"
)

func ms(t time.Time) float64 { return float64(t.UnixMilli()) }

// sameURL reports whether two URLs are the same but for percent-encoding
// (html/template writes "(" in an href as "%28").
func sameURL(a, b string) bool {
	ua, errA := url.PathUnescape(a)
	ub, errB := url.PathUnescape(b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ua == ub
}

// longestGap is the longest stretch no event covers.
func longestGap(events []timeline.Event) (from, to time.Time) {
	ivs := make([]timeline.Event, len(events))
	copy(ivs, events)
	timeline.Sort(ivs)
	var reach time.Time
	for i, e := range ivs {
		iv := e.Date.Interval()
		if i > 0 && iv.Start.Sub(reach) > to.Sub(from) {
			from, to = reach, iv.Start
		}
		if iv.End.After(reach) {
			reach = iv.End
		}
	}
	return from, to
}

func TestSampleDraws(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")
	clean(t, p, "after load")

	// The option holds one series per group, in order, with that group's
	// events, and the era series.
	var series []struct {
		Name string
		Type string
		N    int
	}
	p.MustEval(`timelineChart.getOption().series.map((s) => ({name: s.name, type: s.type, n: (s.data || []).length}))`, &series)
	perGroup := map[string]int{}
	for _, e := range tl.Events {
		perGroup[e.Group]++
	}
	if len(series) != len(tl.Groups)+1 {
		p.Fatalf("series = %+v, want one per group (%d) and the eras", series, len(tl.Groups))
	}
	for i, g := range tl.Groups {
		if s := series[i]; s.Name != g.Label || s.Type != "custom" || s.N != perGroup[g.ID] {
			p.Errorf("series %d = %+v, want custom series %q with %d items", i, s, g.Label, perGroup[g.ID])
		}
	}
	if s := series[len(series)-1]; s.N != len(tl.Eras) {
		p.Errorf("last series = %+v, want the %d era(s)", s, len(tl.Eras))
	}

	// The long gap is cut by an axis break: ECharts lists its two ends
	// among the ticks, and the axis gives the break a few pixels only.
	// (ECharts without the AxisBreak feature ignores breaks silently.)
	gapFrom, gapTo := longestGap(tl.Events)
	var axis struct {
		Ticks  [][2]any
		Extent [2]float64
		Width  float64
	}
	p.MustEval(`(() => {
  const ax = timelineChart.getModel().getComponent("xAxis", 0).axis;
  return {ticks: ax.scale.getTicks().filter((t) => t.break).map((t) => [t.value, t.break.type]),
    extent: ax.scale.getExtent(), width: timelineChart.getModel().getComponent("grid", 0).coordinateSystem.getRect().width};
})()`, &axis)
	if len(axis.Ticks) != 2 || axis.Ticks[0][1] != "vmin" || axis.Ticks[1][1] != "vmax" {
		p.Fatalf("break ticks = %v, want one break (vmin, vmax) in the gap %s to %s", axis.Ticks, gapFrom, gapTo)
	}
	bFrom, bTo := axis.Ticks[0][0].(float64), axis.Ticks[1][0].(float64)
	if bFrom < ms(gapFrom) || bTo > ms(gapTo) || bTo-bFrom < (ms(gapTo)-ms(gapFrom))/2 {
		p.Errorf("break %s to %s does not cut most of the gap %s to %s",
			time.UnixMilli(int64(bFrom)).UTC(), time.UnixMilli(int64(bTo)).UTC(), gapFrom, gapTo)
	}
	var px []float64
	p.MustEval(fmt.Sprintf(`[timelineChart.convertToPixel({xAxisIndex: 0}, %v), timelineChart.convertToPixel({xAxisIndex: 0}, %v)]`, bFrom, bTo), &px)
	share := (bTo - bFrom) / (axis.Extent[1] - axis.Extent[0])
	if len(px) != 2 || px[1]-px[0] > 0.1*axis.Width {
		p.Errorf("the break covers %.0f%% of the time but %v px of %.0f: it was not drawn as a break", 100*share, px, axis.Width)
	}

	// Every event has its mark where the axis says.
	s := chart(p)
	if len(s.Marks) != len(tl.Events) {
		p.Fatalf("%d chart items, want %d", len(s.Marks), len(tl.Events))
	}
	checkPlacement(t, p, s)
	for _, e := range tl.Events {
		m := s.find(p, "event-"+e.ID)
		if iv := e.Date.Interval(); m.Start != ms(iv.Start) || m.End != ms(iv.End) {
			p.Errorf("%s (%s): chart item covers %s to %s, want %s to %s", e.ID, e.Date,
				time.UnixMilli(int64(m.Start)).UTC(), time.UnixMilli(int64(m.End)).UTC(), iv.Start, iv.End)
		}
		wantKind := "rect"
		if e.Date.Interval().End.Sub(e.Date.Interval().Start) <= 24*time.Hour {
			wantKind = "circle"
		}
		if m.Kind != wantKind {
			p.Errorf("%s (%s): drawn as %q, want %q", e.ID, e.Date, m.Kind, wantKind)
		}
	}

	// The chart is drawn: plenty of ink in many colours, not a blank box.
	shot, err := p.ElementScreenshot(chartSel)
	if err != nil {
		p.Fatalf("%v", err)
	}
	st, err := ink(shot)
	if err != nil {
		t.Fatal(err)
	}
	if st.Width < 800 || st.Height < 200 || st.Ink < 0.03 || st.Colours < 50 {
		p.Fatalf("the chart looks blank: %v", st)
	}
	t.Logf("chart screenshot: %v", st)
	clean(t, p, "after probing")
}

func TestTooltipShowsEscapedTitleAndDate(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")
	s := chart(p)
	for _, id := range []string{"inspection", "proposals", "ferry"} {
		e := eventByID(t, tl, id)
		tt := showTip(t, p, s.find(p, "event-"+id), e.Title)
		if !strings.Contains(tt.Text, e.Date.Display()) {
			p.Errorf("%s: tooltip %q lacks the date %q", id, tt.Text, e.Date.Display())
		}
		if len(tt.Bad) > 0 {
			p.Errorf("%s: tooltip holds elements made from the text: %q", id, tt.Bad)
		}
		want, _ := render.SafeURL(e.Link)
		if len(tt.Links) != 1 || !sameURL(tt.Links[0], want) {
			p.Errorf("%s: tooltip links %q, want [%q]", id, tt.Links, want)
		}
	}
	// The title with markup in it shows as text: the tags are in the text
	// and escaped in the HTML.
	e := eventByID(t, tl, "inspection")
	tt := showTip(t, p, s.find(p, "event-inspection"), e.Title)
	if esc := "&lt;em&gt;corrosion&lt;/em&gt; &amp; wear"; !strings.Contains(tt.HTML, esc) {
		p.Errorf("tooltip HTML %q lacks the escaped title part %q", tt.HTML, esc)
	}
	clean(t, p, "after the tooltips")
}

func eventByID(t *testing.T, tl *timeline.Timeline, id string) timeline.Event {
	t.Helper()
	for _, e := range tl.Events {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("fixture has no event %q", id)
	return timeline.Event{}
}

func TestClickOpensSource(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")
	opened := 0
	clickOpens := func(s chartState, id string) {
		t.Helper()
		m := s.find(p, "event-"+id)
		if !m.Drawn || !m.InsideWindow {
			p.Fatalf("%s: not drawn in the current view: %+v", id, m)
		}
		if got := click(t, p, m); got != m.Anchor {
			p.Fatalf("clicked %s at (%.0f, %.0f); the chart reported a click on %q", m.Anchor, m.X, m.Y, got)
		}
		// The real pointer over the mark brought up its tooltip, beside
		// the pointer and not under it.
		e := eventByID(t, tl, id)
		waitTip(t, p, m, e.Title)
		var under string
		p.MustEval(fmt.Sprintf(`document.elementFromPoint(%v, %v).tagName`, m.X, m.Y), &under)
		if under != "CANVAS" {
			p.Fatalf("%s: after hovering, a %s covers the mark: a second click would miss it", id, under)
		}
		opened++
		o := waitOpened(p, opened)
		want, _ := render.SafeURL(eventByID(t, tl, id).Link)
		wantCall := browser.OpenCall{URL: want, Target: "_blank", Features: "noopener,noreferrer"}
		if len(o) != opened || !sameURL(o[opened-1].URL, want) || o[opened-1].Target != wantCall.Target || o[opened-1].Features != wantCall.Features {
			p.Fatalf("after clicking %s: window.open calls %+v, want the last to be %+v", id, o, wantCall)
		}
	}
	// A bar in the first view.
	clickOpens(chart(p), "study")

	// Dots in the 2024 cluster, after zooming in: in the first view they
	// overlap. The page offers the zoom as a preset button when it finds a
	// dense period; otherwise the test zooms with the API.
	if x, y, err := p.ElementCenter(`.tl-views button[data-view="1"]`); err == nil {
		if err := p.Click(x, y); err != nil {
			p.Fatalf("%v", err)
		}
		var pressed string
		p.MustEval(`document.querySelector('.tl-views button[data-view="1"]').getAttribute("aria-pressed")`, &pressed)
		if pressed != "true" {
			p.Fatalf("the zoom preset button is not pressed after a click (aria-pressed=%q)", pressed)
		}
	} else {
		t.Logf("no zoom preset on the sample page (%v); zooming with dispatchAction", err)
		from := ms(time.Date(2024, 7, 20, 0, 0, 0, 0, time.UTC))
		to := ms(time.Date(2024, 8, 20, 0, 0, 0, 0, time.UTC))
		p.MustEval(fmt.Sprintf(`timelineChart.dispatchAction({type: "dataZoom", startValue: %v, endValue: %v})`, from, to), nil)
	}
	if n := waitReady(t, p, 5*time.Second); n != 3 {
		p.Fatalf("zoomed to the 2024 cluster, %s=%d, want its 3 events", readyAttr, n)
	}
	s := chart(p)
	a, b := s.find(p, "event-inspection"), s.find(p, "event-closures")
	if math.Abs(a.X-b.X) < 12 {
		p.Fatalf("after zooming to the cluster, 31 July and 1 August are %.1f px apart", math.Abs(a.X-b.X))
	}
	clickOpens(s, "closures")
	clickOpens(s, "inspection")
	clean(t, p, "after the clicks")
}

func TestHostileFixtureIsInert(t *testing.T) {
	tl := hostile(t)
	// The same timeline with harmless text: its page has exactly the
	// elements the hostile page may have.
	twin := open(t, defanged(tl), "light")
	want := takeCensus(twin)

	p := open(t, tl, "light")
	check := func(when string) {
		t.Helper()
		c := takeCensus(p)
		if d := diffTags(c.Tags, want.Tags); len(d) > 0 || len(c.Handlers) > 0 || len(c.BadLinks) > 0 {
			p.Fatalf("%s: the hostile text made elements, handlers or links:\n  elements: %q\n  handlers: %q\n  links: %q",
				when, d, c.Handlers, c.BadLinks)
		}
		if c.ListItems != len(tl.Events) {
			p.Fatalf("%s: %d list items, want %d", when, c.ListItems, len(tl.Events))
		}
		clean(t, p, when)
	}
	check("after load")

	// Every text shows literally in its event's list item.
	var items map[string]string
	p.MustEval(`Object.fromEntries([...document.querySelectorAll("li[id^='event-']")].map((li) => [li.id, li.textContent]))`, &items)
	for _, e := range tl.Events {
		text, ok := items["event-"+e.ID]
		if !ok {
			p.Fatalf("no list item event-%s", e.ID)
		}
		want := []string{e.Title, e.Description}
		for _, g := range tl.Groups {
			if g.ID == e.Group {
				want = append(want, g.Label)
			}
		}
		for _, m := range e.Mentions {
			want = append(want, m.Quote, m.Outlet, m.Title)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				p.Errorf("list item event-%s does not show %q as text; it shows %q", e.ID, w, text)
			}
		}
	}
	var body string
	p.MustEval(`document.body.textContent`, &body)
	for _, h := range hostileTexts {
		if !strings.Contains(body, h) {
			p.Errorf("the page text lacks %q", h)
		}
	}

	// Hover (showTip) and click every event. Each tooltip shows the title
	// as text and has the same elements as the harmless twin's.
	s, ts := chart(p), chart(twin)
	if len(s.Marks) != len(tl.Events) {
		p.Fatalf("%d chart items, want %d", len(s.Marks), len(tl.Events))
	}
	checkPlacement(t, p, s)
	for _, m := range s.Marks {
		id := strings.TrimPrefix(m.Anchor, "event-")
		e := eventByID(t, tl, id)
		tt := showTip(t, p, m, e.Title)
		twinTip := showTip(t, twin, ts.find(twin, m.Anchor), "Title of "+id)
		if d := diffTags(tt.Tags, twinTip.Tags); len(d) > 0 || len(tt.Bad) > 0 {
			p.Fatalf("%s: the tooltip holds elements made from the text: %q %q\n%s", m.Anchor, d, tt.Bad, tt.HTML)
		}
		for _, l := range tt.Links {
			if !strings.HasPrefix(l, "https://") {
				p.Fatalf("%s: tooltip links to %q", m.Anchor, l)
			}
		}
		if got := click(t, p, m); got != m.Anchor {
			p.Fatalf("clicked %s at (%.0f, %.0f); the chart reported a click on %q", m.Anchor, m.X, m.Y, got)
		}
		check("after hovering and clicking " + m.Anchor)
	}
	time.Sleep(100 * time.Millisecond) // let late window.open records arrive
	var urls []string
	for _, o := range p.Opened() {
		if !strings.HasPrefix(o.URL, "https://") && !strings.HasPrefix(o.URL, "http://") {
			p.Fatalf("window.open(%q): not an http(s) URL", o.URL)
		}
		urls = append(urls, o.URL)
	}
	// Only the http(s) links open, the hostile one with its quotes and
	// brackets percent-encoded; javascript: and data: links open nothing.
	safe, _ := render.SafeURL(hostileURL)
	wantURLs := []string{"https://example.org/sources/image", "https://example.org/sources/svg", safe}
	slices.Sort(urls)
	slices.Sort(wantURLs)
	if !slices.EqualFunc(urls, wantURLs, sameURL) {
		p.Fatalf("window.open URLs = %q, want %q", urls, wantURLs)
	}
	check("at the end")
	clean(t, twin, "the harmless twin")
}

func TestListWithoutJavaScript(t *testing.T) {
	tl := sample(t)
	u := pageURL(t, tl, "light")
	p := sess(t).NewPage(t)
	if err := p.DisableScripts(); err != nil {
		p.Fatalf("%v", err)
	}
	if err := p.Navigate(u); err != nil {
		p.Fatalf("%v", err)
	}
	var got struct {
		Ready   bool
		Figure  string // display of the chart's figure
		Items   []struct{ ID, Text string }
		Visible int
	}
	p.MustEval(`(() => {
  const fig = document.getElementById("timeline-chart").closest("figure") || document.getElementById("timeline-chart");
  const items = [...document.querySelectorAll("ol.tl-list > li")];
  return {
    ready: document.getElementById("timeline-chart").hasAttribute("data-timeline-ready"),
    figure: getComputedStyle(fig).display,
    items: items.map((li) => ({id: li.id, text: li.innerText})),
    visible: items.filter((li) => li.getBoundingClientRect().height > 0 && getComputedStyle(li).visibility === "visible").length,
  };
})()`, &got)
	if got.Ready {
		p.Fatalf("the chart says it is ready with scripts disabled: scripts were not disabled")
	}
	if got.Figure != "none" {
		p.Errorf("without JavaScript the empty chart box is shown (display %q)", got.Figure)
	}
	if len(got.Items) != len(tl.Events) || got.Visible != len(tl.Events) {
		p.Fatalf("without JavaScript: %d list items, %d visible; want %d", len(got.Items), got.Visible, len(tl.Events))
	}
	for _, e := range tl.Events {
		var text string
		for _, it := range got.Items {
			if it.ID == "event-"+e.ID {
				text = it.Text
			}
		}
		for _, w := range []string{e.Title, e.Date.Display(), e.Description} {
			if !strings.Contains(text, w) {
				p.Errorf("without JavaScript, event-%s reads %q: %q is missing", e.ID, text, w)
			}
		}
	}
	// Every source link is there, and the text reads as prose: no part
	// left empty between punctuation.
	var broken []string
	for _, e := range tl.Events {
		want, _ := render.SafeURL(e.Link)
		var hrefs []string
		p.MustEval(fmt.Sprintf(`[...document.getElementById(%q).querySelectorAll("a[href]")].map((a) => a.getAttribute("href"))`, "event-"+e.ID), &hrefs)
		if !slices.ContainsFunc(hrefs, func(h string) bool { return sameURL(h, want) }) {
			p.Errorf("without JavaScript, event-%s has no link to its source %s (links: %q)", e.ID, want, hrefs)
		}
		for _, it := range got.Items {
			if it.ID != "event-"+e.ID {
				continue
			}
			for _, line := range strings.Split(it.Text, "\n") {
				if strings.Contains(line, ": ,") || strings.Contains(line, ", ,") || strings.Contains(line, "( ") || strings.HasSuffix(strings.TrimSpace(line), ",") {
					broken = append(broken, line)
				}
			}
		}
	}
	if len(broken) > 0 {
		t.Errorf("%d lines of the list have an empty part, such as %q (here: a mention with an outlet but no title or path)",
			len(broken), broken[0])
	}
	shot, err := p.Screenshot()
	if err != nil {
		p.Fatalf("%v", err)
	}
	if st, err := ink(shot); err != nil || st.Ink < 0.01 {
		p.Fatalf("the page without JavaScript looks blank: %v %v", st, err)
	}
	if pr := p.Problems(); len(pr) > 0 {
		p.Fatalf("without JavaScript: %q", pr)
	}
}

// luminance is the relative brightness of a colour, 0 for black, 1 for
// white (sRGB weights, without gamma).
func luminance(c color.RGBA) float64 {
	return (0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)) / 255
}

func TestDarkThemeDraws(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "dark")
	clean(t, p, "after load")
	checkPlacement(t, p, chart(p))
	shot, err := p.Screenshot()
	if err != nil {
		p.Fatalf("%v", err)
	}
	st, err := ink(shot)
	if err != nil {
		t.Fatal(err)
	}
	bg := st.Background
	if lum := luminance(bg); lum > 0.3 {
		p.Errorf("dark theme: the page background is #%02x%02x%02x (luminance %.2f)", bg.R, bg.G, bg.B, lum)
	}
	chartShot, err := p.ElementScreenshot(chartSel)
	if err != nil {
		p.Fatalf("%v", err)
	}
	cs, err := ink(chartShot)
	if err != nil {
		t.Fatal(err)
	}
	if cs.Ink < 0.03 || cs.Colours < 50 || luminance(cs.Background) > 0.3 {
		p.Errorf("dark theme: the chart looks blank or light: %v", cs)
	}
	t.Logf("dark page: %v; chart: %v", st, cs)
}
