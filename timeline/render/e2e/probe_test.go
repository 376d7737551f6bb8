package e2e

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/internal/browser"
)

// mark is where an event's mark was drawn, read from the chart: from the
// graphic element ECharts made for the data item, and, as a check on it,
// where the axis (convertToPixel, the public API) puts the start and end
// of its interval. Coordinates are viewport pixels.
type mark struct {
	Anchor       string  // the event's list item id
	Series       int     // series index (one series per lane)
	Index        int     // data index in the series
	Start, End   float64 // interval, ms since 1970
	Drawn        bool    // the item has a graphic element
	Kind         string  // "circle" or "rect"
	X, Y         float64 // centre of the mark
	FromX, ToX   float64 // where the axis puts Start and End (items in the window only)
	LaneY        float64 // the lane's centre line (items in the window only)
	InsideWindow bool    // the item is in the zoom window
}

type chartState struct {
	Marks []mark
	Grid  struct{ X, Y, Width, Height float64 }
}

// pageJS holds the helpers the probes share. anchorOf maps an event index
// of the chart data (the fourth value of an item) to its list item's id,
// as the page itself does for tooltips and clicks: the list holds the
// events in chart order. tooltipEl finds ECharts' tooltip element, the
// child of the chart's element that holds no canvas.
const pageJS = `
  let listed = null; // the list items, found once per probe
  const anchorOf = (i) => { listed = listed || document.querySelectorAll("li[id^='event-']"); const li = listed[i]; return li ? li.id : "?"; };
  const tooltipEl = () => {
    if (!window.timelineChart) return null;
    const kids = [...timelineChart.getDom().children].filter((e) => e.tagName !== "CANVAS" && !e.querySelector("canvas"));
    return kids.length ? kids[kids.length - 1] : null;
  };
  const tags = (root) => {
    const h = {};
    for (const e of root.querySelectorAll("*")) h[e.tagName.toLowerCase()] = (h[e.tagName.toLowerCase()] || 0) + 1;
    return h;
  };
`

// markProbe lists the marks of every event series (those with six
// values: start, end, lane, event index, row, style). The chart's
// container is scrolled into view first so the coordinates are clickable.
const markProbe = `(() => {` + pageJS + `
  const c = window.timelineChart, dom = c.getDom();
  dom.scrollIntoView({block: "center"});
  const r = dom.getBoundingClientRect();
  const g = c.getModel().getComponent("grid", 0).coordinateSystem.getRect();
  const out = [];
  c.getOption().series.forEach((s, si) => {
    const data = c.getModel().getSeriesByIndex(si).getData();
    (s.data || []).forEach((d, di) => {
      const v = Array.isArray(d) ? d : d.value;
      if (!v || v.length < 6) return;
      const m = {anchor: anchorOf(v[3]), series: si, index: di, start: v[0], end: v[1], drawn: false};
      const inside = data.indexOfRawIndex(di);
      m.insideWindow = inside >= 0;
      if (!m.insideWindow) { out.push(m); return; } // not drawn; spares 10,000 conversions on a large page
      const from = c.convertToPixel({seriesIndex: si}, [v[0], v[2]]);
      const to = c.convertToPixel({seriesIndex: si}, [v[1], v[2]]);
      m.fromX = r.left + from[0];
      m.toX = r.left + to[0];
      m.laneY = r.top + from[1];
      const el = inside >= 0 ? data.getItemGraphicEl(inside) : null;
      const shape = el && el.childAt ? el.childAt(0) : null;
      if (shape && shape.shape) {
        const sh = shape.shape;
        const local = sh.cx !== undefined ? [sh.cx, sh.cy] : [sh.x + sh.width / 2, sh.y + sh.height / 2];
        const p = shape.transformCoordToGlobal(local[0], local[1]);
        m.drawn = true;
        m.kind = shape.type;
        m.x = r.left + p[0];
        m.y = r.top + p[1];
      }
      out.push(m);
    });
  });
  return {marks: out, grid: {x: r.left + g.x, y: r.top + g.y, width: g.width, height: g.height}};
})()`

func chart(p *browser.Page) chartState {
	var s chartState
	p.MustEval(markProbe, &s)
	return s
}

func (s chartState) find(p *browser.Page, anchor string) mark {
	for _, m := range s.Marks {
		if m.Anchor == anchor {
			return m
		}
	}
	p.Fatalf("no chart item for %s among %d", anchor, len(s.Marks))
	return mark{}
}

// checkPlacement fails unless every mark was drawn inside the plot, at the
// time the axis gives for its interval (a dot may sit anywhere in its day,
// a bar is at least 10 px wide), near its lane's centre line.
func checkPlacement(t *testing.T, p *browser.Page, s chartState) {
	t.Helper()
	g := s.Grid
	for _, m := range s.Marks {
		if !m.Drawn {
			p.Errorf("%s: no mark drawn", m.Anchor)
			continue
		}
		if m.X < g.X-1 || m.X > g.X+g.Width+1 || m.Y < g.Y || m.Y > g.Y+g.Height {
			p.Errorf("%s: mark at (%.0f, %.0f), outside the plot %+v", m.Anchor, m.X, m.Y, g)
		}
		if lo, hi := math.Min(m.FromX, m.ToX)-6, math.Max(m.FromX, m.ToX)+6; m.X < lo || m.X > hi {
			p.Errorf("%s: mark centre x=%.1f, but the axis puts its interval at %.1f..%.1f", m.Anchor, m.X, m.FromX, m.ToX)
		}
		if math.Abs(m.Y-m.LaneY) > 40 {
			p.Errorf("%s: mark at y=%.0f, %.0f px from its lane's centre %.0f", m.Anchor, m.Y, m.Y-m.LaneY, m.LaneY)
		}
	}
}

// tooltip is the state of the ECharts tooltip element.
type tooltip struct {
	Found   bool
	Visible bool
	Text    string
	HTML    string
	Bad     []string       // elements that must never appear in a tooltip
	Links   []string       // href of every link
	Tags    map[string]int // how many elements of each kind
}

const tooltipProbe = `(() => {` + pageJS + `
  const t = tooltipEl();
  if (!t) return {found: false};
  const cs = getComputedStyle(t);
  const bad = [...t.querySelectorAll("img,svg,script,iframe,object,embed,style,form,input,a[href^='javascript' i],[onerror],[onload],[onclick]")]
    .map((e) => e.outerHTML.slice(0, 80));
  return {found: true, visible: cs.display !== "none" && cs.visibility !== "hidden" && cs.opacity !== "0" && t.getBoundingClientRect().height > 0,
    text: t.textContent, html: t.innerHTML, bad: bad, links: [...t.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")), tags: tags(t)};
})()`

// showTip opens the tooltip of m with the API (as the keyboard and tests
// do) and waits until it shows want, which must be a part of its text.
func showTip(t *testing.T, p *browser.Page, m mark, want string) tooltip {
	t.Helper()
	p.MustEval(fmt.Sprintf(`timelineChart.dispatchAction({type: "hideTip"}); timelineChart.dispatchAction({type: "showTip", seriesIndex: %d, dataIndex: %d})`, m.Series, m.Index), nil)
	return waitTip(t, p, m, want)
}

// waitTip waits until the tooltip is visible and shows want.
func waitTip(t *testing.T, p *browser.Page, m mark, want string) tooltip {
	t.Helper()
	var tt tooltip
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		p.MustEval(tooltipProbe, &tt)
		if tt.Visible && strings.Contains(tt.Text, want) {
			return tt
		}
		if time.Now().After(deadline) {
			p.Fatalf("%s: tooltip never showed %q; tooltip found %v, visible %v, text %q, elements made from text %q",
				m.Anchor, want, tt.Found, tt.Visible, tt.Text, tt.Bad)
		}
	}
}

// clickProbe records which event each chart click reached, so a test knows
// its click hit the mark it aimed at.
const clickProbe = `(() => {` + pageJS + `
  if (!window.__e2eClicks) {
    window.__e2eClicks = [];
    timelineChart.on("click", (p) => window.__e2eClicks.push(p && p.value ? anchorOf(p.value[3]) : "?"));
  }
  return true;
})()`

// hideTip hides the tooltip and parks the mouse in the page's corner, out
// of the chart. The tooltip is enterable (its link can be clicked), so
// while it is shown it takes the clicks on the marks it covers.
func hideTip(t *testing.T, p *browser.Page) {
	t.Helper()
	if err := p.MouseMove(1, 1); err != nil {
		p.Fatalf("%v", err)
	}
	p.MustEval(`timelineChart.dispatchAction({type: "hideTip"})`, nil)
	var tt tooltip
	for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		p.MustEval(tooltipProbe, &tt)
		if !tt.Visible {
			return
		}
		if time.Now().After(deadline) {
			p.Fatalf("the tooltip stays visible after hideTip: %q", tt.Text)
		}
	}
}

// click clicks m's mark with the real mouse, the tooltip hidden first, and
// returns the anchor of the event ECharts reported as clicked ("" for
// none).
func click(t *testing.T, p *browser.Page, m mark) string {
	t.Helper()
	p.MustEval(clickProbe, nil)
	hideTip(t, p)
	var before int
	p.MustEval(`window.__e2eClicks.length`, &before)
	if err := p.Click(m.X, m.Y); err != nil {
		p.Fatalf("%s: %v", m.Anchor, err)
	}
	var got []string
	p.MustEval(`window.__e2eClicks`, &got)
	if len(got) == before {
		return ""
	}
	return got[len(got)-1]
}

// waitOpened waits until at least n window.open calls were recorded.
func waitOpened(p *browser.Page, n int) []browser.OpenCall {
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if o := p.Opened(); len(o) >= n {
			return o
		}
	}
	return p.Opened()
}

// census describes what text could inject into a page: how many elements
// of each kind it has outside the tooltip, the elements with an inline
// event handler, and every link or source address that is not http(s) or
// a fragment.
type census struct {
	Tags      map[string]int
	Handlers  []string
	BadLinks  []string
	ListItems int
}

const censusProbe = `(() => {` + pageJS + `
  const tip = tooltipEl();
  const all = [...document.querySelectorAll("*")].filter((e) => (!tip || !tip.contains(e)) && !e.closest(".tl-tooltip"));
  const h = {};
  for (const e of all) h[e.tagName.toLowerCase()] = (h[e.tagName.toLowerCase()] || 0) + 1;
  const short = (e) => e.outerHTML.slice(0, 100);
  return {
    tags: h,
    handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map(short),
    badLinks: all.flatMap((e) => ["href", "src", "action", "formaction", "xlink:href"]
      .filter((n) => e.hasAttribute(n))
      .map((n) => e.getAttribute(n))
      .filter((v) => !/^(https?:\/\/|#)/i.test(v.trim()))),
    listItems: document.querySelectorAll("li[id^='event-']").length,
  };
})()`

func takeCensus(p *browser.Page) census {
	var c census
	p.MustEval(censusProbe, &c)
	return c
}

// diffTags lists the element kinds whose counts differ.
func diffTags(got, want map[string]int) []string {
	var out []string
	for k, n := range got {
		if want[k] != n {
			out = append(out, fmt.Sprintf("<%s> %d, want %d", k, n, want[k]))
		}
	}
	for k, n := range want {
		if _, ok := got[k]; !ok {
			out = append(out, fmt.Sprintf("<%s> 0, want %d", k, n))
		}
	}
	sort.Strings(out)
	return out
}
