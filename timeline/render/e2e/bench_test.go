package e2e

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/internal/browser"
)

// BenchmarkChromiumReady measures a reader's wait: from navigating to a
// page on disk to the chart saying it has drawn (data-timeline-ready), in
// a tab of an already running browser. It also reports the page's size,
// the time render.HTML took, when the load event came (as the harness saw
// it) and when DOMContentLoaded ended (the page's own clock): the list is
// parsed by then.
//
//	go test -run XXX -bench ChromiumReady -benchtime 3x ./timeline/render/e2e/
func BenchmarkChromiumReady(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			s := sess(b)
			tl := synthetic(b, n)
			start := time.Now()
			path, size := build(b, tl, "light")
			renderTime := time.Since(start)
			u, err := browser.FileURL(path)
			if err != nil {
				b.Fatal(err)
			}
			var load time.Duration
			var dcl float64
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				p := s.NewPage(b)
				b.StartTimer()
				t0 := time.Now()
				if err := p.Navigate(u); err != nil {
					p.Fatalf("%v", err)
				}
				load += time.Since(t0)
				got := waitReady(b, p, time.Minute)
				b.StopTimer()
				if got != n {
					p.Fatalf("%s=%d, want %d", readyAttr, got, n)
				}
				if pr := p.Problems(); len(pr) > 0 {
					p.Fatalf("the page misbehaved: %q", pr)
				}
				var nav struct{ DCL, Load float64 }
				p.MustEval(`(() => { const n = performance.getEntriesByType("navigation")[0]; return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()`, &nav)
				dcl += nav.DCL
				p.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(size)/1e6, "page-MB")
			b.ReportMetric(float64(renderTime.Milliseconds()), "render-ms")
			b.ReportMetric(float64(load.Milliseconds())/float64(b.N), "load-ms/op")
			b.ReportMetric(dcl/float64(b.N), "dcl-ms/op")
		})
	}
}

// BenchmarkSearch measures the search box on a large page: from setting a
// query (the input event, without the box's typing delay) to the chart
// and the list showing its matches, then from clearing it to all events
// drawn again.
//
//	go test -run XXX -bench Search -benchtime 3x ./timeline/render/e2e/
func BenchmarkSearch(b *testing.B) {
	const n = 10000
	p := open(b, synthetic(b, n), "light")
	// "in science" matches the events of one group of six.
	const run = `(async (q) => {
  const box = document.querySelector(".tl-q"), chart = document.getElementById("timeline-chart");
  const t0 = performance.now();
  box.value = q;
  box.dispatchEvent(new Event("input"));
  box.dispatchEvent(new KeyboardEvent("keydown", {key: q ? "Enter" : "Escape"}));
  const want = q ? String([...document.querySelectorAll("ol.tl-list > li")].filter((li) => li.querySelector("h3").textContent.toLowerCase().includes(q)).length) : "%d";
  while (chart.getAttribute("data-timeline-ready") !== want || document.querySelector(".tl-count").textContent.indexOf(want + " of") !== 0) {
    await new Promise((r) => setTimeout(r, 5));
    if (performance.now() - t0 > 20000) throw new Error("no result: ready " + chart.getAttribute("data-timeline-ready") + ", want " + want);
  }
  return performance.now() - t0;
})`
	var filter, clear float64
	b.ResetTimer()
	for range b.N {
		var ms float64
		p.MustEval(fmt.Sprintf(run+`(%q)`, n, "in science"), &ms)
		filter += ms
		p.MustEval(fmt.Sprintf(run+`(%q)`, n, ""), &ms)
		clear += ms
	}
	b.ReportMetric(filter/float64(b.N), "filter-ms/op")
	b.ReportMetric(clear/float64(b.N), "clear-ms/op")
}

// BenchmarkZoomSteps measures zooming on a large page, as a reader drags
// the slider: 24 steps from the whole axis down to a fortnight (the
// density view's buckets finer at each step, then the events themselves)
// and back. Each step is a dataZoom action and the next frame drawn; the
// metrics are the mean and the slowest step.
//
//	go test -run XXX -bench ZoomSteps -benchtime 3x ./timeline/render/e2e/
func BenchmarkZoomSteps(b *testing.B) {
	const n = 10000
	p := open(b, synthetic(b, n), "light")
	const run = `(async () => {
  const c = timelineChart, ax = c.getModel().getComponent("xAxis", 0).axis.scale.getExtent(), end = Date.UTC(2024, 2, 15);
  const from = ax[0], to = ax[1], steps = 12, times = [], modes = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const windows = [];
  for (let i = 1; i <= steps; i++) { const f = Math.pow(14 * 864e5 / (to - from), i / steps); windows.push([end - f * (end - from), end + f * (to - end)]); }
  for (const w of windows.slice(0, -1).reverse()) windows.push(w);
  windows.push([from, to]);
  for (const w of windows) {
    const t0 = performance.now();
    c.dispatchAction({type: "dataZoom", startValue: w[0], endValue: w[1]});
    await frame();
    times.push(performance.now() - t0);
    modes.push(document.getElementById("timeline-chart").getAttribute("data-timeline-mode"));
  }
  return {mean: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times), modes: modes};
})()`
	var mean, slowest float64
	b.ResetTimer()
	for range b.N {
		var r struct {
			Mean, Max float64
			Modes     []string
		}
		p.MustEval(run, &r)
		if !slices.Contains(r.Modes, "events") || r.Modes[len(r.Modes)-1] != "density" {
			p.Fatalf("zoom steps went through %q: want events at the fortnight and density at the end", r.Modes)
		}
		mean += r.Mean
		slowest = max(slowest, r.Max)
	}
	b.ReportMetric(mean/float64(b.N), "step-ms")
	b.ReportMetric(slowest, "slowest-step-ms")
}
