package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
	"github.com/timeline-tool/timeline/timeline/render"
)

// fragment renders tl as a fragment with ECharts inline.
func fragment(tb testing.TB, tl *timeline.Timeline) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := render.Fragment(&buf, tl, render.Options{Assets: "inline", ECharts: echarts(tb), Theme: "light"}); err != nil {
		tb.Fatalf("render.Fragment(%q): %v", tl.Title, err)
	}
	return buf.Bytes()
}

// hostPage is a page of someone else's: its own styles, with rules for
// body, bare elements and the page's chart id (a trap: the fragment must
// not rely on them), a decoy .tl-chart of its own, text, and the fragment
// pasted once per copy. The first script records the window's names.
func hostPage(frag []byte, copies int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Annual report</title>
<style>
body { margin: 40px; background: #fdf6e3; color: #222222; font: 17px/2 Georgia, serif; }
h1 { color: #b58900; font-size: 40px; }
h2, h3 { color: #268bd2; }
p { margin: 0 0 30px; }
li { list-style: square; }
#timeline-chart, #timeline { display: none; }
.host-note { border: 3px solid #859900; padding: 5px; }
</style>
</head>
<body>
<script>window.__hostNames = Object.keys(window);</script>
<h1 id="host-title">Annual report</h1>
<p id="host-intro" class="host-note">The host's own text, before the timeline.</p>
<div id="host-decoy" class="tl-chart">The host's own element of class tl-chart.</div>
`)
	for i := range copies {
		b.Write(frag)
		fmt.Fprintf(&b, "<p id=\"host-after-%d\">Text after copy %d.</p>\n<ul id=\"host-list-%d\"><li>host item</li></ul>\n", i+1, i+1, i+1)
	}
	b.WriteString("<footer id=\"host-footer\"><h2>Host footer</h2></footer>\n</body>\n</html>\n")
	return b.String()
}

// openHost writes a host page with copies of frag and opens it from disk.
func openHost(t *testing.T, frag []byte, copies int) *browser.Page {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("host-%d.html", copies))
	if err := os.WriteFile(path, []byte(hostPage(frag, copies)), 0o644); err != nil {
		t.Fatal(err)
	}
	u, err := browser.FileURL(path)
	if err != nil {
		t.Fatal(err)
	}
	return sess(t).Open(t, u)
}

// chartStates are the ready (or error) attributes of every fragment's
// chart, in document order.
type chartStates []struct{ Ready, Error string }

const statesJS = `[...document.querySelectorAll(".tl-embed .tl-chart")].map((c) => ({
  ready: c.getAttribute("data-timeline-ready") || "", error: c.getAttribute("data-timeline-error") || ""}))`

// waitCharts waits until every fragment's chart has a ready attribute
// equal to want[i], and fails on an error attribute or after timeout.
func waitCharts(t *testing.T, p *browser.Page, want []int, timeout time.Duration) {
	t.Helper()
	var s chartStates
	for deadline := time.Now().Add(timeout); ; time.Sleep(20 * time.Millisecond) {
		p.MustEval(statesJS, &s)
		done := len(s) == len(want)
		for i := range s {
			if s[i].Error != "" {
				p.Fatalf("chart %d set %s=%q", i+1, errorAttr, s[i].Error)
			}
			done = done && s[i].Ready == fmt.Sprint(want[i])
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			p.Fatalf("charts %+v, want ready %v", s, want)
		}
	}
}

// hostStyle is what the host's own elements look like.
const hostStyleJS = `(() => {
  const pick = (sel, props) => { const e = document.querySelector(sel); const cs = getComputedStyle(e);
    return sel + ": " + props.map((p) => p + "=" + cs.getPropertyValue(p)).join(" ") + " attrs=" +
      [...e.attributes].map((a) => a.name + "=" + a.value).join(",") +
      (e.tagName === "BODY" || e.tagName === "HTML" ? "" : " text=" + e.textContent.trim()); };
  return [
    pick("body", ["margin-top", "margin-left", "background-color", "color", "font-family", "font-size", "line-height", "box-sizing"]),
    pick("#host-title", ["color", "font-size", "font-family", "margin-top"]),
    pick("#host-intro", ["color", "border-top-width", "padding-top", "margin-bottom", "box-sizing"]),
    pick("#host-decoy", ["display", "color"]),
    pick("#host-footer h2", ["color", "font-size"]),
    pick("html", ["background-color", "color", "color-scheme"]),
  ];
})()`

// TestFragmentTwiceInHost pastes one fragment file twice into a host page
// and checks that both draw, on their own, without touching the host.
func TestFragmentTwiceInHost(t *testing.T) {
	tl := sample(t)
	frag := fragment(t, tl)

	alone := openHost(t, frag, 0)
	var want []string
	alone.MustEval(hostStyleJS, &want)

	p := openHost(t, frag, 2)
	waitCharts(t, p, []int{len(tl.Events), len(tl.Events)}, 20*time.Second)
	clean(t, p, "after load")
	if r := p.Requests(); len(r) > 0 {
		p.Fatalf("the host page made requests: %+v", r)
	}

	// Two charts, each its own ECharts instance in its own container, and
	// each drew ink on its canvas.
	var inst []struct {
		ID     string
		Series int
		Inked  int
	}
	p.MustEval(`[...document.querySelectorAll(".tl-embed")].map((c) => {
  const ch = echarts.getInstanceByDom(c.querySelector(".tl-canvas"));
  const cv = c.querySelector(".tl-canvas canvas");
  const d = cv.getContext("2d").getImageData(0, 0, cv.width, cv.height).data;
  let inked = 0;
  for (let i = 3; i < d.length; i += 16) if (d[i] > 0) inked++;
  return {id: ch ? ch.id : "", series: ch ? ch.getOption().series.length : 0, inked: inked};
})`, &inst)
	if len(inst) != 2 || inst[0].ID == "" || inst[0].ID == inst[1].ID {
		p.Fatalf("chart instances %+v, want two distinct ones", inst)
	}
	for i, c := range inst {
		if c.Series != len(tl.Groups)+1 || c.Inked < 2000 {
			p.Errorf("chart %d: %d series, %d inked pixels; want %d series and a drawn chart", i+1, c.Series, c.Inked, len(tl.Groups)+1)
		}
	}

	// The host is as it was, its decoy untouched.
	var got []string
	p.MustEval(hostStyleJS, &got)
	if !slices.Equal(got, want) {
		p.Errorf("the fragments changed the host's elements:\n got %q\nwant %q", got, want)
	}

	// The host's rules for bare headings do not recolour the fragment's.
	var colours []string
	p.MustEval(`[...document.querySelectorAll(".tl-embed")].flatMap((c) => [c, c.querySelector(".tl-title"), c.querySelector(".tl-events h2"), c.querySelector(".tl-list h3")].map((e) => getComputedStyle(e).color))`, &colours)
	if len(colours) != 8 || slices.ContainsFunc(colours, func(c string) bool { return c != colours[0] }) || colours[0] == "rgb(38, 139, 210)" {
		p.Errorf("container, title, list heading and item heading colours %q: want the fragment's text colour throughout", colours)
	}

	// Ids are unique: the second copy numbered its anchors; the first
	// keeps the ones links point to.
	var ids struct {
		Dup    []string
		First  []string
		Second []string
	}
	p.MustEval(`(() => {
  const all = [...document.querySelectorAll("[id]")].map((e) => e.id);
  const c = [...document.querySelectorAll(".tl-embed")].map((e) => [...e.querySelectorAll("li[id]")].map((x) => x.id));
  return {dup: all.filter((id, i) => all.indexOf(id) !== i), first: c[0], second: c[1]};
})()`, &ids)
	if len(ids.Dup) > 0 {
		p.Errorf("ids repeated in the host page: %q", ids.Dup)
	}
	for i, e := range tl.Events {
		if i >= len(ids.First) || i >= len(ids.Second) || ids.First[i] != "event-"+e.ID || ids.Second[i] != "event-"+e.ID+"-2" {
			p.Fatalf("anchors of the copies: %q and %q; want event-ID and event-ID-2", ids.First, ids.Second)
		}
	}

	// Each chart is described by its own caption and density note: the
	// ids timeline.js gave them are in the chart's own container.
	var described []bool
	p.MustEval(`[...document.querySelectorAll(".tl-embed")].map((c) => {
  const ids = (c.querySelector(".tl-chart").getAttribute("aria-describedby") || "").split(" ");
  return ids.length === 2 && ids.every((id) => { const e = document.getElementById(id); return !!e && c.contains(e); });
})`, &described)
	if len(described) != 2 || !described[0] || !described[1] {
		p.Errorf("aria-describedby of the two charts points into their own containers: %v, want [true true]", described)
	}

	// Globals: ECharts' own and timelineEmbed, nothing else (the page's
	// window.timelineChart is not for fragments).
	var names []string
	p.MustEval(`Object.keys(window).filter((k) => !window.__hostNames.includes(k) && !k.startsWith("__"))`, &names)
	slices.Sort(names)
	if !slices.Equal(names, []string{"echarts", "timelineEmbed"}) {
		p.Errorf("new global names %q, want [echarts timelineEmbed]", names)
	}

	// Each copy has its own tooltip, showing its own events.
	var tips []string
	p.MustEval(`(async () => {
  const out = [];
  for (const c of document.querySelectorAll(".tl-embed")) {
    const ch = echarts.getInstanceByDom(c.querySelector(".tl-canvas"));
    ch.dispatchAction({type: "showTip", seriesIndex: 1, dataIndex: 0});
    await new Promise((r) => setTimeout(r, 100));
    const tip = [...ch.getDom().children].filter((e) => !e.querySelector("canvas")).pop();
    out.push(tip ? tip.textContent : "");
    ch.dispatchAction({type: "hideTip"});
  }
  return out;
})()`, &tips)
	first := eventByID(t, tl, "opening")
	if len(tips) != 2 || !strings.Contains(tips[0], first.Title) || !strings.Contains(tips[1], first.Title) {
		p.Errorf("tooltips %q, want both to show %q", tips, first.Title)
	}

	// Searching in the second copy filters it alone.
	typeInto(t, p, ".tl-embed ~ .tl-embed .tl-q", "ferry")
	waitCharts(t, p, []int{len(tl.Events), 1}, 5*time.Second)
	clean(t, p, "at the end")
}

// TestFragmentHostileIsInert pastes the hostile fixture's fragment twice
// and compares the page with the harmless twin's: no element, handler or
// link made from the text, no dialog, every text shown literally, and
// tooltips without markup from the text.
func TestFragmentHostileIsInert(t *testing.T) {
	tl := hostile(t)
	twin := openHost(t, fragment(t, defanged(tl)), 2)
	waitCharts(t, twin, []int{len(tl.Events), len(tl.Events)}, 20*time.Second)
	want := takeCensus(twin)

	p := openHost(t, fragment(t, tl), 2)
	waitCharts(t, p, []int{len(tl.Events), len(tl.Events)}, 20*time.Second)
	check := func(when string) {
		t.Helper()
		c := takeCensus(p)
		if d := diffTags(c.Tags, want.Tags); len(d) > 0 || len(c.Handlers) > 0 || len(c.BadLinks) > 0 {
			p.Fatalf("%s: the hostile text made elements, handlers or links:\n  elements: %q\n  handlers: %q\n  links: %q",
				when, d, c.Handlers, c.BadLinks)
		}
		if c.ListItems != 2*len(tl.Events) {
			p.Fatalf("%s: %d list items, want %d", when, c.ListItems, 2*len(tl.Events))
		}
		clean(t, p, when)
	}
	check("after load")

	var texts []string
	p.MustEval(`[...document.querySelectorAll(".tl-embed")].map((c) => c.textContent)`, &texts)
	for i, text := range texts {
		for _, h := range hostileTexts {
			if !strings.Contains(text, h) {
				p.Errorf("copy %d does not show %q as text", i+1, h)
			}
		}
	}

	// Every mark's tooltip, in both copies.
	var tips []struct {
		Text string
		Bad  []string
	}
	p.MustEval(`(async () => {
  const out = [];
  for (const c of document.querySelectorAll(".tl-embed")) {
    const ch = echarts.getInstanceByDom(c.querySelector(".tl-canvas"));
    const series = ch.getOption().series;
    for (let si = 0; si < series.length; si++) {
      for (let di = 0; di < (series[si].data || []).length; di++) {
        if (series[si].data[di].length < 6) continue;
        ch.dispatchAction({type: "showTip", seriesIndex: si, dataIndex: di});
        await new Promise((r) => setTimeout(r, 60));
        const tip = [...ch.getDom().children].filter((e) => !e.querySelector("canvas")).pop();
        const bad = tip ? [...tip.querySelectorAll("img,svg,script,iframe,object,embed,style,form,input,b,a[href^='javascript' i],[onerror],[onload],[onclick]")].map((e) => e.outerHTML.slice(0, 80)) : [];
        out.push({text: tip ? tip.textContent : "", bad: bad});
        ch.dispatchAction({type: "hideTip"});
      }
    }
  }
  return out;
})()`, &tips)
	if len(tips) != 2*len(tl.Events) {
		p.Fatalf("%d tooltips shown, want %d", len(tips), 2*len(tl.Events))
	}
	for _, tt := range tips {
		if len(tt.Bad) > 0 || tt.Text == "" {
			p.Errorf("tooltip %q holds elements made from the text: %q", tt.Text, tt.Bad)
		}
	}
	check("after the tooltips")
	if o := p.Opened(); len(o) > 0 {
		p.Errorf("window.open was called: %+v", o)
	}
}
