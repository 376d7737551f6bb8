package e2e

import (
	"fmt"
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
