package e2e

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
	"github.com/timeline-tool/timeline/timeline/render"
)

// press sends real key events (Input.dispatchKeyEvent: key down, char,
// key up) to whatever has the focus in the page.
func press(t *testing.T, p *browser.Page, keys ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.Context(), 10*time.Second)
	defer cancel()
	for _, k := range keys {
		if err := chromedp.Run(ctx, chromedp.KeyEvent(k)); err != nil {
			p.Fatalf("pressing %q: %v", k, err)
		}
	}
}

// lit is an item the chart shows highlighted: its focus ring is on.
type lit struct {
	Series, Index int
	Anchor        string  // an event's list item id; "" for a bar
	Start, End    float64 // a bar's span
}

// kbdState is what the keyboard user has: where the focus is, how it
// shows, what the live region says, what the chart highlights and shows.
type kbdState struct {
	Active       bool   // the chart element has the focus
	FocusVisible bool   // and shows it (:focus-visible)
	Outline      string // its computed outline style and width
	Live         string // the live region's text
	LiveKids     int    // elements inside the live region
	Lit          []lit
	Window       [2]float64
	Mode         string
}

const kbdProbe = `(() => {` + pageJS + `
  const el = document.getElementById("timeline-chart"), live = document.querySelector(".tl-live"), c = timelineChart, out = [];
  c.getOption().series.forEach((s, si) => {
    const d = c.getModel().getSeriesByIndex(si).getData();
    d.each((i) => {
      const g = d.getItemGraphicEl(i);
      let on = false; // whether its focus ring (silent, unfilled) shows
      if (g && g.traverse) g.traverse((k) => { on = on || (k.silent && k.style.fill === "none" && k.style.opacity === 1); });
      if (!on) return;
      const v = s.data[d.getRawIndex(i)];
      out.push(v.length === 8 ? {series: si, index: d.getRawIndex(i), start: v[0], end: v[1]} : {series: si, index: d.getRawIndex(i), anchor: anchorOf(v[3])});
    });
  });
  const cs = getComputedStyle(el);
  return {active: document.activeElement === el, focusVisible: el.matches(":focus-visible"), outline: cs.outlineStyle + " " + cs.outlineWidth,
    live: live.textContent, liveKids: live.children.length, lit: out,
    window: c.getModel().getComponent("xAxis", 0).axis.scale.getExtent(), mode: el.getAttribute("data-timeline-mode")};
})()`

func kbd(p *browser.Page) kbdState {
	var s kbdState
	p.MustEval(kbdProbe, &s)
	return s
}

// key presses k and waits until the live region says each of want; it
// returns the state then.
func key(t *testing.T, p *browser.Page, k string, want ...string) kbdState {
	t.Helper()
	press(t, p, k)
	return hear(t, p, k, want...)
}

// hear waits, after the key k, until the live region says each of want;
// it returns the state then.
func hear(t *testing.T, p *browser.Page, k string, want ...string) kbdState {
	t.Helper()
	var s kbdState
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(15 * time.Millisecond) {
		s = kbd(p)
		ok := s.Active
		for _, w := range want {
			ok = ok && strings.Contains(s.Live, w)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			p.Fatalf("after %q: focus on the chart %v, live region %q; want it to say %q", k, s.Active, s.Live, want)
		}
	}
}

// tabToChart focuses the search box and presses Tab: the chart is the
// next stop.
func tabToChart(t *testing.T, p *browser.Page) kbdState {
	t.Helper()
	p.MustEval(`document.querySelector(".tl-q").focus()`, nil)
	press(t, p, kb.Tab)
	s := kbd(p)
	if !s.Active || !s.FocusVisible || !strings.HasPrefix(s.Outline, "solid ") || s.Outline == "solid 0px" {
		p.Fatalf("Tab from the search box: chart focused %v, focus visible %v, outline %q; want a focused chart with a visible outline", s.Active, s.FocusVisible, s.Outline)
	}
	return s
}

// said is what the live region must say of event e: its date and
// precision as the list writes them, and its title.
func said(e timeline.Event) string {
	return e.Date.Display() + " (" + e.Date.PrecisionLabel() + "): " + e.Title
}

// waitLit waits until the chart highlights one item, the one want
// accepts, or none when want is nil (ECharts applies a highlight when it
// next draws), and returns the state then.
func waitLit(t *testing.T, p *browser.Page, what string, want func(lit) bool) kbdState {
	t.Helper()
	var s kbdState
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(15 * time.Millisecond) {
		s = kbd(p)
		if want == nil && len(s.Lit) == 0 || want != nil && len(s.Lit) == 1 && want(s.Lit[0]) {
			return s
		}
		if time.Now().After(deadline) {
			p.Fatalf("the chart highlights %+v, want %s", s.Lit, what)
		}
	}
}

// litEvent waits until the chart highlights the event e and nothing else.
func litEvent(t *testing.T, p *browser.Page, e timeline.Event) kbdState {
	t.Helper()
	return waitLit(t, p, "only event-"+e.ID, func(l lit) bool { return l.Anchor == "event-"+e.ID })
}

// inWindow lists the events overlapping [from, to] that keep says are
// shown, in time order (the list's order).
func inWindow(tl *timeline.Timeline, from, to float64, keep func(timeline.Event) bool) []timeline.Event {
	var out []timeline.Event
	for _, e := range tl.Events {
		if s, end := interval(e); s < to && end > from && (keep == nil || keep(e)) {
			out = append(out, e)
		}
	}
	return out
}

// nearest is the event of group g nearest to e in time (by the middles of
// their intervals), the earlier on a tie.
func nearest(events []timeline.Event, g string, e timeline.Event) timeline.Event {
	mid := func(x timeline.Event) float64 { s, end := interval(x); return (s + end) / 2 }
	var best *timeline.Event
	for i := range events {
		if events[i].Group == g && (best == nil || math.Abs(mid(events[i])-mid(e)) < math.Abs(mid(*best)-mid(e))) {
			best = &events[i]
		}
	}
	return *best
}

// TestKeyboardSample walks the sample with the keyboard: Tab reaches the
// chart, which is named and described; Right goes through the events in
// time order, Up and Down between groups, Home and End to the ends; Enter
// opens the focused event's link and nothing else; + and - (and the page
// keys) zoom around the focused event, and stepping stays in the window;
// hidden groups and events the search left out are skipped.
func TestKeyboardSample(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")

	var names struct {
		Role, Tab, Label, Described, Caption, Note string
	}
	p.MustEval(`(() => { const el = document.getElementById("timeline-chart"), ids = (el.getAttribute("aria-describedby") || "").split(" ");
  const text = (id) => { const e = document.getElementById(id); return e ? e.tagName.toLowerCase() + ": " + e.textContent : "missing " + id; };
  return {role: el.getAttribute("role"), tab: el.getAttribute("tabindex"), label: el.getAttribute("aria-label"), described: ids.join(" "),
    caption: text(ids[0]), note: ids.length > 1 ? text(ids[1]) : ""}; })()`, &names)
	if names.Role != "application" || names.Tab != "0" || !strings.HasPrefix(names.Label, "Timeline chart of 7 events in 2 groups: Public works, Press & reports.") {
		p.Fatalf("chart element: role %q, tabindex %q, aria-label %q; want a focusable application named after its events and groups", names.Role, names.Tab, names.Label)
	}
	if !strings.HasPrefix(names.Caption, "figcaption: ") || !strings.Contains(names.Caption, "Left and Right step through the events") || !strings.HasPrefix(names.Note, "p: ") {
		p.Fatalf("aria-describedby=%q: %q and %q; want the caption with the keys, and the density note", names.Described, names.Caption, names.Note)
	}

	s := tabToChart(t, p)
	if len(s.Lit) != 0 || s.Live != "" {
		p.Fatalf("on focus the chart highlights %+v and says %q; want nothing yet", s.Lit, s.Live)
	}
	// Right: every event in time order, each announced and highlighted.
	for i, e := range tl.Events {
		s = key(t, p, kb.ArrowRight, said(e), fmt.Sprintf("Event %d of %d in view.", i+1, len(tl.Events)))
		litEvent(t, p, e)
		waitTip(t, p, mark{Anchor: "event-" + e.ID}, e.Title)
		if s.LiveKids != 0 {
			p.Fatalf("the live region holds %d elements", s.LiveKids)
		}
	}
	key(t, p, kb.ArrowRight, "No later event.")
	key(t, p, kb.ArrowLeft, said(tl.Events[5]))

	// Up and Down: the nearest event of the next group with one.
	cur := tl.Events[5] // closures, a press event
	up := nearest(tl.Events, "works", cur)
	key(t, p, kb.ArrowUp, said(up), "Public works.")
	litEvent(t, p, up)
	key(t, p, kb.ArrowUp, "No group above has anything in view.")
	down := nearest(tl.Events, "press", up)
	key(t, p, kb.ArrowDown, said(down), "Press & reports.")
	litEvent(t, p, down)
	key(t, p, kb.Home, said(tl.Events[0]))
	last := tl.Events[len(tl.Events)-1]
	key(t, p, kb.End, said(last))
	litEvent(t, p, last)

	// Enter opens the focused event's link, once.
	key(t, p, kb.ArrowLeft, said(tl.Events[5]))
	press(t, p, kb.Enter)
	o := waitOpened(p, 1)
	want, _ := render.SafeURL(tl.Events[5].Link)
	time.Sleep(100 * time.Millisecond) // let a late second call arrive
	if o = p.Opened(); len(o) != 1 || !sameURL(o[0].URL, want) || o[0].Target != "_blank" || o[0].Features != "noopener,noreferrer" {
		p.Fatalf("Enter on %s: window.open calls %+v, want one of %s in a new tab, noopener", tl.Events[5].ID, o, want)
	}

	// Zoom in around the focused event: the window narrows and keeps it,
	// the live region counts what it shows, and steps stay inside.
	focus := tl.Events[4] // the inspection, 31 July 2024
	key(t, p, kb.ArrowLeft, said(focus))
	before := kbd(p).Window
	for i, k := range []string{"+", kb.PageUp, "+", "+", "+"} {
		s = key(t, p, k, "Showing ")
		from, to := s.Window[0], s.Window[1]
		shown := inWindow(tl, from, to, nil)
		fs, fe := interval(focus)
		if to-from >= before[1]-before[0] || fs >= to || fe <= from {
			p.Fatalf("zoom %d (%q): window %v after %v; want a narrower one holding %s", i+1, k, s.Window, before, focus.ID)
		}
		if !strings.Contains(s.Live, fmt.Sprintf(": %s in view.", plural(len(shown), "event"))) {
			p.Fatalf("zoom %d: the live region says %q; want %d events in view", i+1, s.Live, len(shown))
		}
		litEvent(t, p, focus)
		before = s.Window
	}
	shown := inWindow(tl, before[0], before[1], nil)
	if len(shown) == len(tl.Events) {
		p.Fatalf("zoomed in five times, the window %v still holds every event", before)
	}
	key(t, p, kb.Home, said(shown[0]), fmt.Sprintf("Event 1 of %d in view.", len(shown)))
	key(t, p, kb.End, said(shown[len(shown)-1]))
	// Right past the window moves it on to the next event (TestKeyboardPan).
	if i := slices.IndexFunc(tl.Events, func(e timeline.Event) bool { return e.ID == shown[len(shown)-1].ID }); i+1 < len(tl.Events) {
		s = key(t, p, kb.ArrowRight, said(tl.Events[i+1]), "Showing ")
		litEvent(t, p, tl.Events[i+1])
	} else {
		key(t, p, kb.ArrowRight, "No later event.")
	}
	for range 20 {
		if s = key(t, p, "-", "."); strings.Contains(s.Live, "everything already") {
			break
		}
	}
	if !strings.Contains(s.Live, "The chart shows everything already.") {
		p.Fatalf("zooming out, the live region says %q", s.Live)
	}
	key(t, p, kb.PageDown, "The chart shows everything already.")

	// A hidden group is skipped.
	p.MustEval(`timelineChart.dispatchAction({type: "legendUnSelect", name: "Press & reports"})`, nil)
	works := inWindow(tl, s.Window[0], s.Window[1], func(e timeline.Event) bool { return e.Group == "works" })
	key(t, p, kb.Home, said(works[0]), fmt.Sprintf("Event 1 of %d in view.", len(works)))
	for i, e := range works[1:] {
		key(t, p, kb.ArrowRight, said(e), fmt.Sprintf("Event %d of %d", i+2, len(works)))
	}
	key(t, p, kb.ArrowRight, "No later event.")
	key(t, p, kb.ArrowDown, "No group below has anything in view.")
	p.MustEval(`timelineChart.dispatchAction({type: "legendSelect", name: "Press & reports"})`, nil)

	// So are the events the search leaves out.
	const q = "cross"
	match := searchMatches(tl, q)
	typeInto(t, p, ".tl-q", q)
	waitSearch(t, p, q, match, len(tl.Events))
	if len(match) < 2 || len(match) == len(tl.Events) {
		t.Fatalf("%q matches %q: not a test of the search", q, match)
	}
	press(t, p, kb.Tab)
	for i, id := range match {
		e := eventByID(t, tl, strings.TrimPrefix(id, "event-"))
		k := kb.ArrowRight
		if i == 0 {
			k = kb.Home
		}
		key(t, p, k, said(e), fmt.Sprintf("Event %d of %d in view.", i+1, len(match)))
		litEvent(t, p, e)
	}
	key(t, p, kb.ArrowRight, "No later event.")

	// Escape lets go of the event and its tooltip.
	press(t, p, kb.Escape)
	if s = waitLit(t, p, "nothing after Escape", nil); s.Live != "" {
		p.Fatalf("after Escape the live region says %q", s.Live)
	}
	if len(p.Opened()) != 1 {
		p.Fatalf("window.open calls %+v, want only the one Enter made", p.Opened())
	}
	clean(t, p, "after the keyboard walk")
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return commas(n) + " " + one + "s"
}

// TestKeyboardHostile steps through the hostile fixture: each title is
// announced as text, literally, Enter opens only the http(s) links, and
// no element, handler or dialog comes of it.
func TestKeyboardHostile(t *testing.T) {
	tl := hostile(t)
	p := open(t, tl, "light")
	before := takeCensus(p)
	tabToChart(t, p)
	for i, e := range tl.Events {
		s := key(t, p, kb.ArrowRight, e.Title, fmt.Sprintf("Event %d of %d in view.", i+1, len(tl.Events)))
		if s.LiveKids != 0 {
			p.Fatalf("%s: the live region holds %d elements: %q", e.ID, s.LiveKids, s.Live)
		}
		litEvent(t, p, e)
		press(t, p, kb.Enter)
	}
	time.Sleep(100 * time.Millisecond) // let late window.open records arrive
	var urls []string
	for _, o := range p.Opened() {
		urls = append(urls, o.URL)
	}
	safe, _ := render.SafeURL(hostileURL)
	wantURLs := []string{"https://example.org/sources/image", "https://example.org/sources/svg", safe}
	slices.Sort(urls)
	slices.Sort(wantURLs)
	if !slices.EqualFunc(urls, wantURLs, sameURL) {
		p.Fatalf("Enter on every event opened %q, want %q", urls, wantURLs)
	}
	after := takeCensus(p)
	if d := diffTags(after.Tags, before.Tags); len(d) > 0 || len(after.Handlers) > 0 || len(after.BadLinks) > 0 {
		p.Fatalf("the keyboard walk made elements, handlers or links: %q %q %q", d, after.Handlers, after.BadLinks)
	}
	clean(t, p, "after the keyboard walk")
}

// mixed is tl with the origins a real timeline has: a tenth curated and
// reviewed, a tenth curated candidates, the rest only extracted, at
// confidences from 0.5 to 0.95.
func mixed(tl *timeline.Timeline) *timeline.Timeline {
	out := *tl
	out.Events = slices.Clone(tl.Events)
	for i := range out.Events {
		e := &out.Events[i]
		switch i % 10 {
		case 0:
			e.Confidence = 1
		case 1:
			e.Status, e.Confidence = timeline.StatusCandidate, 1
		default:
			e.Origin, e.Status, e.Confidence = timeline.OriginExtracted, "", 0.5+float64(i%10)/20
		}
	}
	return &out
}

// tier is an event's place in the density tooltip's order: curated before
// candidates before extracted events.
func tier(e timeline.Event) int {
	switch {
	case e.Origin == timeline.OriginExtracted:
		return 2
	case e.Status == timeline.StatusCandidate:
		return 1
	}
	return 0
}

// tellingTitles are the titles of the events of group g dated within
// [from, to), most telling first: by tier, then higher confidence, then
// time order.
func tellingTitles(tl *timeline.Timeline, g string, from, to float64) []timeline.Event {
	var in []timeline.Event
	for _, e := range tl.Events { // in time order
		if s, end := interval(e); e.Group == g && s >= from && end <= to {
			in = append(in, e)
		}
	}
	slices.SortStableFunc(in, func(a, b timeline.Event) int {
		return cmp.Or(cmp.Compare(tier(a), tier(b)), cmp.Compare(b.Confidence, a.Confidence))
	})
	return in
}

// TestKeyboardDensity opens 10,000 events of mixed origins: a bar's
// tooltip names its most telling events; the keyboard steps through the
// bars of a group and between groups, Enter zooms into a bar, + zooms in
// until the events are drawn, and Right then goes through them in time
// order.
func TestKeyboardDensity(t *testing.T) {
	tl := mixed(synthetic(t, 10000))
	p := open(t, tl, "light")
	d := density(p)
	if d.Mode != "density" || d.Bucket != "year" {
		p.Fatalf("first view: mode %q, bucket %q; want yearly density", d.Mode, d.Bucket)
	}
	group := map[string]string{}
	for _, g := range tl.Groups {
		group[g.Label] = g.ID
	}

	// The tooltip's five: curated, then candidates, then extracted by
	// confidence, each by date. One bar where all five are curated, one
	// where the order goes through every tier.
	full, spread := d.Buckets[0], bucket{}
	for _, b := range d.Buckets {
		if b.Fine > full.Fine {
			full = b
		}
		if top := tellingTitles(tl, group[b.Name], b.Start, b.End); spread.Name == "" && len(top) >= 8 && tier(top[0]) == 0 && tier(top[4]) == 2 && top[3].Confidence != top[4].Confidence {
			spread = b
		}
	}
	if spread.Name == "" {
		t.Fatal("no bar whose five most telling events span the three tiers: the fixture does not test the order")
	}
	for _, b := range []bucket{full, spread} {
		top := tellingTitles(tl, group[b.Name], b.Start, b.End)
		tt := showTip(t, p, mark{Anchor: fmt.Sprintf("bar %s %v", b.Name, b.Start), Series: b.Series, Index: b.Index}, fmt.Sprintf("and %d more", len(top)-5))
		at := -1
		for _, e := range top[:5] {
			i := strings.Index(tt.Text, e.Title)
			if i <= at {
				p.Fatalf("bar %s %s: the tooltip does not list %q after the events before it; want, in order, %q:\n%s",
					b.Name, time.UnixMilli(int64(b.Start)).UTC().Format("2006"), e.Title, titles(top[:5]), tt.Text)
			}
			at = i
		}
		if strings.Contains(tt.Text, top[5].Title+" ") || strings.HasSuffix(tt.Text, top[5].Title) {
			p.Fatalf("bar %s: the tooltip lists a sixth event, %q", b.Name, top[5].Title)
		}
	}
	hideTip(t, p)

	// The keyboard on the bars: Right starts at the top group's first,
	// End goes to its last, Down to the nearest of the next group.
	tabToChart(t, p)
	var lane0, lane1 []bucket
	for _, b := range d.Buckets {
		switch b.Series {
		case 0:
			lane0 = append(lane0, b)
		case 1:
			lane1 = append(lane1, b)
		}
	}
	year := func(b bucket) string { return time.UnixMilli(int64(b.Start)).UTC().Format("2006") }
	barSaid := func(b bucket) string {
		return fmt.Sprintf("%s, %s: %s dated within", b.Name, year(b), plural(b.Fine, "event"))
	}
	litBar := func(b bucket) {
		t.Helper()
		waitLit(t, p, "the bar of "+b.Name+" "+year(b), func(l lit) bool { return l.Series == b.Series && l.Start == b.Start })
	}
	key(t, p, kb.ArrowRight, barSaid(lane0[0]), fmt.Sprintf("Bar 1 of %d in this group.", len(lane0)))
	litBar(lane0[0])
	key(t, p, kb.ArrowRight, barSaid(lane0[1]), "Bar 2 of")
	litBar(lane0[1])
	end := lane0[len(lane0)-1]
	key(t, p, kb.End, barSaid(end))
	litBar(end)
	key(t, p, kb.ArrowRight, "No later bar in this group.")
	near := lane1[0]
	for _, b := range lane1 {
		if math.Abs(b.Start-end.Start) < math.Abs(near.Start-end.Start) {
			near = b
		}
	}
	key(t, p, kb.ArrowDown, barSaid(near))
	litBar(near)
	key(t, p, kb.ArrowUp, barSaid(end))

	// Enter zooms into a bar, as a click does: to the year with the most
	// events, which still holds too many to draw.
	at := len(lane0) - 1
	for i, b := range lane0 {
		if overlapping(tl, b.Start, b.End, nil) > overlapping(tl, lane0[at].Start, lane0[at].End, nil) {
			at = i
		}
	}
	for i := len(lane0) - 2; i >= at; i-- {
		key(t, p, kb.ArrowLeft, barSaid(lane0[i]))
	}
	end = lane0[at]
	if n := overlapping(tl, end.Start, end.End, nil); n <= denseLimit {
		t.Fatalf("the fullest year holds %d events: not a test of zooming from bars to bars", n)
	}
	press(t, p, kb.Enter)
	waitWindow(t, p, end.Start, end.End)
	k := waitMode(t, p, "density")
	if n := overlapping(tl, end.Start, end.End, nil); k.Ready != n {
		p.Fatalf("after Enter on %s: %d events counted, want %d", year(end), k.Ready, n)
	}
	key(t, p, kb.ArrowRight, "Bar 1 of", "dated within")
	st := waitLit(t, p, "a bar", func(l lit) bool { return l.Anchor == "" && l.End > end.Start && l.Start < end.End })

	// + zooms in around the focused bar until the events are drawn; Right
	// then steps through them in time order.
	for i := 0; ; i++ {
		st = key(t, p, "+", "Showing ")
		if st.Mode == "events" {
			break
		}
		if i == 10 {
			p.Fatalf("ten presses of + and the chart still counts in bars: %q", st.Live)
		}
	}
	shown := inWindow(tl, st.Window[0], st.Window[1], nil)
	if len(shown) < 6 || len(shown) > denseLimit || !strings.Contains(st.Live, fmt.Sprintf(": %s in view.", plural(len(shown), "event"))) {
		p.Fatalf("zoomed in to %v: the live region says %q; want the %d events there (6 to %d)", st.Window, st.Live, len(shown), denseLimit)
	}
	key(t, p, kb.Home, said(shown[0]), fmt.Sprintf("Event 1 of %d in view.", len(shown)))
	litEvent(t, p, shown[0])
	for i, e := range shown[1:6] {
		key(t, p, kb.ArrowRight, said(e), fmt.Sprintf("Event %d of %d in view.", i+2, len(shown)))
		litEvent(t, p, e)
	}
	press(t, p, kb.Enter)
	o := waitOpened(p, 1)
	if want, _ := render.SafeURL(shown[5].Link); len(o) != 1 || !sameURL(o[0].URL, want) {
		p.Fatalf("Enter on %s: window.open calls %+v, want one of %s", shown[5].ID, o, want)
	}
	clean(t, p, "after the keyboard walk")
}

func titles(events []timeline.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Title)
	}
	return out
}

// pressCtrl sends key k with Ctrl held.
func pressCtrl(t *testing.T, p *browser.Page, k string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.Context(), 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.KeyEvent(k, chromedp.KeyModifiers(input.ModifierCtrl))); err != nil {
		p.Fatalf("pressing Ctrl+%q: %v", k, err)
	}
}

// pressSpace presses Space as a keyboard does in Chromium: one key down
// that carries the text " " (a keydown, then the keypress that Chromium
// drops when the keydown's default was prevented), and the key up.
func pressSpace(t *testing.T, p *browser.Page) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.Context(), 10*time.Second)
	defer cancel()
	down := input.DispatchKeyEvent(input.KeyDown).WithKey(" ").WithCode("Space").WithText(" ").WithUnmodifiedText(" ").
		WithWindowsVirtualKeyCode(32).WithNativeVirtualKeyCode(32)
	up := input.DispatchKeyEvent(input.KeyUp).WithKey(" ").WithCode("Space").WithWindowsVirtualKeyCode(32).WithNativeVirtualKeyCode(32)
	if err := chromedp.Run(ctx, down, up); err != nil {
		p.Fatalf("pressing Space: %v", err)
	}
}

// breaksOf reads the axis breaks, [start, end] in ms, from the chart's option.
func breaksOf(p *browser.Page) [][2]float64 {
	var out [][2]float64
	p.MustEval(`(timelineChart.getOption().xAxis[0].breaks || []).map((b) => [+b.start, +b.end])`, &out)
	return out
}

// shownTime is the time from a to b that the axis shows: b - a, axis
// breaks left out.
func shownTime(a, b float64, brk [][2]float64) float64 {
	s := b - a
	for _, k := range brk {
		s -= max(0, min(b, k[1])-max(a, k[0]))
	}
	return s
}

// panCheck checks a window the keyboard moved to, from one as wide
// (breaks left out): it keeps the width and stays inside the axis, and
// the time at (an item's start going right, its end going left) stands a
// tenth of the width in from the edge it came in by, unless the window
// stopped at that end of the axis. It says whether the window spans a
// break.
func panCheck(t *testing.T, p *browser.Page, what string, before, after, axis [2]float64, at float64, dir int, brk [][2]float64) bool {
	t.Helper()
	width := shownTime(before[0], before[1], brk)
	tol := width / 1000
	if got := shownTime(after[0], after[1], brk); math.Abs(got-width) > tol {
		p.Fatalf("%s: the window %v shows %.0f ms, want the %.0f ms of %v", what, after, got, width, before)
	}
	if after[0] < axis[0]-tol || after[1] > axis[1]+tol {
		p.Fatalf("%s: the window %v leaves the axis %v", what, after, axis)
	}
	in := shownTime(after[0], at, brk)
	atEnd := after[1] > axis[1]-tol
	if dir < 0 {
		in, atEnd = shownTime(at, after[1], brk), after[0] < axis[0]+tol
	}
	if !atEnd && math.Abs(in-width/10) > tol {
		p.Fatalf("%s: %s stands %.3f of the window in from its edge, want 0.1", what, time.UnixMilli(int64(at)).UTC(), in/width)
	}
	return shownTime(after[0], after[1], nil) > shownTime(after[0], after[1], brk)+tol
}

// scrollState says where the page is scrolled and whether it can
// scroll further down (so that a Space the chart let through would move
// it).
type scrollState struct {
	Y    float64
	Room bool
}

func scrolled(p *browser.Page) scrollState {
	var s scrollState
	p.MustEval(`({y: window.scrollY, room: document.documentElement.scrollHeight > window.scrollY + window.innerHeight + 100})`, &s)
	return s
}

// TestKeyboardPan walks the sample from a window of six years: past the
// window's last event Right moves it on, as wide, to the next event and
// focuses it; past the first, Left moves it back, over the axis break;
// Ctrl+End and Ctrl+Home reach the last and first events of all; Space
// does what Enter does and never scrolls the page.
func TestKeyboardPan(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")
	axis := kbd(p).Window
	brk := breaksOf(p)
	if len(brk) == 0 {
		t.Fatal("the sample has no axis break: not a test of moving over one")
	}
	at := func(e timeline.Event, dir int) float64 {
		s, end := interval(e)
		if dir < 0 {
			return end
		}
		return s
	}
	from := ms(time.Date(2014, 7, 1, 0, 0, 0, 0, time.UTC))
	zoomTo(p, from, ms(time.Date(2020, 7, 1, 0, 0, 0, 0, time.UTC)))
	waitWindow(t, p, from, ms(time.Date(2020, 7, 1, 0, 0, 0, 0, time.UTC)))
	tabToChart(t, p)

	// Space with nothing focused: a hint, and the page stays put.
	sc := scrolled(p)
	if !sc.Room {
		p.Fatalf("the page cannot scroll down from %v: not a test of Space", sc.Y)
	}
	pressSpace(t, p)
	hear(t, p, "Space", "Nothing is focused")
	time.Sleep(300 * time.Millisecond) // a scroll would be smooth, and take time
	if now := scrolled(p); now.Y != sc.Y {
		p.Fatalf("Space on the chart scrolled the page from %v to %v", sc.Y, now.Y)
	}

	s := key(t, p, kb.ArrowRight, said(tl.Events[2]), "Event 1 of 1 in view.")
	i := 2 // the contract, the one event of 2014-2020
	moves, spans := 0, false
	// step presses k, which goes to the next event that way: in the
	// window, the window stays; past it, the window moves (panCheck).
	step := func(k string, dir int) {
		t.Helper()
		before, next := s.Window, tl.Events[i+dir]
		past := dir > 0 && before[1] <= at(next, 1) || dir < 0 && before[0] >= at(next, -1)
		s = key(t, p, k, said(next))
		s = litEvent(t, p, next)
		shown := inWindow(tl, s.Window[0], s.Window[1], nil)
		n := slices.IndexFunc(shown, func(e timeline.Event) bool { return e.ID == next.ID })
		if !strings.Contains(s.Live, fmt.Sprintf("Event %d of %d in view.", n+1, len(shown))) {
			p.Fatalf("%q to %s: the live region says %q; want it %d of the %d events in %v", k, next.ID, s.Live, n+1, len(shown), s.Window)
		}
		switch {
		case past && !strings.Contains(s.Live, "Showing "):
			p.Fatalf("%q moved the window from %v to %v and says %q; want it to say what it shows", k, before, s.Window, s.Live)
		case past:
			moves++
			spans = panCheck(t, p, k+" to "+next.ID, before, s.Window, axis, at(next, dir), dir, brk) || spans
		case s.Window != before:
			p.Fatalf("%q to %s, in view, moved the window from %v to %v", k, next.ID, before, s.Window)
		}
		i += dir
	}
	// Right to the last event, the window moving on past each last one
	// in view; Left back to the first, over the break.
	for i < len(tl.Events)-1 {
		step(kb.ArrowRight, 1)
	}
	right := moves
	key(t, p, kb.ArrowRight, "No later event.")
	for i > 0 {
		step(kb.ArrowLeft, -1)
	}
	key(t, p, kb.ArrowLeft, "No earlier event.")
	if right == 0 || moves == right || !spans {
		p.Fatalf("the window moved %d times going right, %d going left, spanning the break %v: not a test of moving it", right, moves-right, spans)
	}

	// Ctrl+End and Ctrl+Home: the ends of the timeline, as wide.
	before := kbd(p).Window
	pressCtrl(t, p, kb.End)
	s = waitLit(t, p, "the last event", func(l lit) bool { return l.Anchor == "event-"+tl.Events[len(tl.Events)-1].ID })
	panCheck(t, p, "Ctrl+End", before, s.Window, axis, at(tl.Events[len(tl.Events)-1], -1), -1, brk)
	if !strings.Contains(s.Live, said(tl.Events[len(tl.Events)-1])) {
		p.Fatalf("Ctrl+End: the live region says %q", s.Live)
	}
	pressCtrl(t, p, kb.Home)
	s = litEvent(t, p, tl.Events[0])
	panCheck(t, p, "Ctrl+Home", before, s.Window, axis, at(tl.Events[0], 1), 1, brk)
	if !strings.Contains(s.Live, said(tl.Events[0])) {
		p.Fatalf("Ctrl+Home: the live region says %q", s.Live)
	}

	// Space opens the focused event's link, as Enter does, and the page
	// does not scroll.
	sc = scrolled(p)
	pressSpace(t, p)
	o := waitOpened(p, 1)
	want, _ := render.SafeURL(tl.Events[0].Link)
	if len(o) != 1 || !sameURL(o[0].URL, want) || o[0].Target != "_blank" || o[0].Features != "noopener,noreferrer" {
		p.Fatalf("Space on %s: window.open calls %+v, want one of %s in a new tab, noopener", tl.Events[0].ID, o, want)
	}
	press(t, p, kb.Enter)
	if o = waitOpened(p, 2); len(o) != 2 || o[1] != o[0] {
		p.Fatalf("Space then Enter on %s: window.open calls %+v, want the same call twice", tl.Events[0].ID, o)
	}
	time.Sleep(300 * time.Millisecond)
	if now := scrolled(p); now.Y != sc.Y || !sc.Room {
		p.Fatalf("Space on the chart: the page scrolled from %v to %v (room below: %v)", sc.Y, now.Y, sc.Room)
	}
	clean(t, p, "after moving the window by keyboard")
}

// nextBar is, for the bars of group g, where the bar next to [from, to)
// lies (dir 1: later, -1: earlier): the nearest time past it at which an
// event of g lies, or false if none does.
func nextBar(tl *timeline.Timeline, g string, from, to float64, dir int) (float64, bool) {
	best, ok := 0.0, false
	for _, e := range tl.Events {
		s, end := interval(e)
		if e.Group != g {
			continue
		}
		if dir > 0 && end > to && (!ok || max(s, to) < best) {
			best, ok = max(s, to), true
		}
		if dir < 0 && s < from && (!ok || min(end, from) > best) {
			best, ok = min(end, from), true
		}
	}
	return best, ok
}

// month is the calendar month holding the time t (ms, UTC), as ms.
func month(t float64) (float64, float64) {
	d := time.UnixMilli(int64(t)).UTC()
	m := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	return ms(m), ms(m.AddDate(0, 1, 0))
}

// TestKeyboardDensityPan opens 10,000 events in a window of ten years,
// counted per month: past a group's last bar in view, Right moves the
// window on, as wide, to the group's next bar; past its first, Left moves
// it back; Ctrl+End reaches the group's last bar of all.
func TestKeyboardDensityPan(t *testing.T) {
	tl := synthetic(t, 10000)
	p := open(t, tl, "light")
	axis := kbd(p).Window
	from, to := ms(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), ms(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC))
	zoomTo(p, from, to)
	waitWindow(t, p, from, to)
	if d := waitMode(t, p, "density"); d.Bucket != "month" {
		p.Fatalf("2000 to 2010: bucket %q, want month", d.Bucket)
	}
	brk := breaksOf(p)
	var name, g string
	p.MustEval(`timelineChart.getOption().series[0].name`, &name)
	for _, gr := range tl.Groups {
		if gr.Label == name {
			g = gr.ID
		}
	}
	// barSays is what the live region says of the month of group g at t:
	// its span and the events dated within it.
	barSays := func(t0 float64) (float64, string) {
		s, e := month(t0)
		n := 0
		for _, ev := range tl.Events {
			if a, b := interval(ev); ev.Group == g && a >= s && b <= e {
				n++
			}
		}
		return s, fmt.Sprintf("%s, %s: %s dated within", name, time.UnixMilli(int64(s)).UTC().Format("Jan 2006"), plural(n, "event"))
	}
	litAt := func(start float64) kbdState {
		t.Helper()
		return waitLit(t, p, fmt.Sprintf("the bar of %s at %s", name, time.UnixMilli(int64(start)).UTC()), func(l lit) bool { return l.Series == 0 && l.Start == start })
	}
	// barOf is the bar (month) that holds what nextBar found going dir.
	barOf := func(t0 float64, dir int) (float64, float64) {
		if dir < 0 {
			t0-- // the time is where the bar ends
		}
		return month(t0)
	}
	// edgeBar is the first (dir 1) or last bar of the group in the window
	// w: the first or last whose middle is in it (a sliver at an edge is
	// not drawn).
	edgeBar := func(w [2]float64, dir int) (float64, float64) {
		edge := w[(1-dir)/2]
		t0, _ := nextBar(tl, g, edge, edge, dir)
		a, b := barOf(t0, dir)
		if mid := (a + b) / 2; mid <= w[0] || mid >= w[1] {
			t0, _ = nextBar(tl, g, a, b, dir)
			a, b = barOf(t0, dir)
		}
		return a, b
	}
	tabToChart(t, p)
	key(t, p, kb.ArrowRight, name+", ", "Bar 1 of")
	s := key(t, p, kb.End, name+", ")
	before := s.Window
	curStart, curEnd := edgeBar(before, -1)
	litAt(curStart)

	// Right past the last bar in view.
	next, ok := nextBar(tl, g, curStart, curEnd, 1)
	if a, b := barOf(next, 1); !ok || (a+b)/2 < before[1] {
		p.Fatalf("the last bar of %s in %v ends at %v; its next bar, at %v, is not past the window", name, before, curEnd, next)
	}
	start, says := barSays(next)
	s = key(t, p, kb.ArrowRight, says, "Showing ")
	s = litAt(start)
	panCheck(t, p, "Right to the bar of "+says, before, s.Window, axis, next, 1, brk)
	if s.Mode != "density" {
		p.Fatalf("after Right the chart shows %q", s.Mode)
	}

	// Left past the first bar in view.
	s = key(t, p, kb.Home, name+", ", "Bar 1 of")
	before = s.Window
	curStart, curEnd = edgeBar(before, 1)
	litAt(curStart)
	prev, ok := nextBar(tl, g, curStart, curEnd, -1)
	if a, b := barOf(prev, -1); !ok || (a+b)/2 > before[0] {
		p.Fatalf("the first bar of %s in %v starts at %v; the bar before, at %v, is not before the window", name, before, curStart, prev)
	}
	start, says = barSays(prev - 1)
	key(t, p, kb.ArrowLeft, says, "Showing ")
	s = litAt(start)
	panCheck(t, p, "Left to the bar of "+says, before, s.Window, axis, prev, -1, brk)

	// Ctrl+End: the group's last bar of all, at the end of the axis.
	before = s.Window
	last, _ := nextBar(tl, g, axis[1], axis[1], -1)
	start, says = barSays(last - 1)
	pressCtrl(t, p, kb.End)
	s = litAt(start)
	panCheck(t, p, "Ctrl+End", before, s.Window, axis, last, -1, brk)
	if !strings.Contains(s.Live, says) {
		p.Fatalf("Ctrl+End: the live region says %q, want %q", s.Live, says)
	}
	clean(t, p, "after moving the window by keyboard")
}
