package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/internal/browser"
)

// timelineJSDir finds the @knight-lab/timelinejs package: $TIMELINE_TIMELINEJS,
// else node_modules at the module root. The test skips without it (it is
// not among the pinned assets yet).
func timelineJSDir(t *testing.T) string {
	t.Helper()
	dirs := []string{os.Getenv("TIMELINE_TIMELINEJS"), filepath.Join("..", "..", "node_modules", "@knight-lab", "timelinejs")}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "dist", "js", "timeline.js")); err == nil {
			abs, _ := filepath.Abs(d)
			return abs
		}
	}
	browser.Unavailable(t, "TimelineJS is not installed: run `npm ci` at the module root (package.json pins @knight-lab/timelinejs 3.9.11), or set TIMELINE_TIMELINEJS to its folder")
	return ""
}

// TestTimelineJSLoads loads the TimelineJS export of each input into
// TimelineJS 3 in headless Chromium: no exception or console error, a
// marker per event and an era band per era, the events in our order, and
// the BC event at TimelineJS's year -44, which TimelineJS itself (with
// our display date removed) shows as 44 BCE.
func TestTimelineJSLoads(t *testing.T) {
	dist := filepath.Join(timelineJSDir(t), "dist")
	chromium := browser.Require(t)
	sess, err := browser.StartPath(context.Background(), chromium)
	if err != nil {
		browser.Unavailable(t, "no browser: %v", err)
	}
	defer sess.Close()
	css, err1 := browser.FileURL(filepath.Join(dist, "css", "timeline.css"))
	js, err2 := browser.FileURL(filepath.Join(dist, "js", "timeline.js"))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	for _, name := range []string{"sample", "fixture"} {
		t.Run(name, func(t *testing.T) {
			tl, _ := load(t, inputs[name])
			var data bytes.Buffer
			if err := TimelineJS(&data, tl); err != nil {
				t.Fatal(err)
			}
			// The JSON goes into a script; </script> cannot occur in it
			// (text is HTML-escaped) but "<" is escaped anyway.
			inline := strings.ReplaceAll(data.String(), "<", `\u003c`)
			page := `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="` + css + `"><script src="` + js + `"></script></head>
<body><div id="tl" style="width:1200px;height:650px"></div><script>
try {
  window.tlObj = new TL.Timeline("tl", ` + inline + `, {hash_bookmark: false});
  window.tlObj.on("loaded", function () { document.body.setAttribute("data-loaded", "1"); });
} catch (e) { document.body.setAttribute("data-error", String(e)); }
</script></body></html>`
			path := filepath.Join(t.TempDir(), "index.html")
			if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			u, _ := browser.FileURL(path)
			p := sess.Open(t, u)
			attr, val, err := p.WaitAttr("body", 20*time.Second, "data-loaded", "data-error")
			if err != nil || attr == "data-error" {
				p.Fatalf("TimelineJS did not load: %s=%q %v", attr, val, err)
			}
			for _, e := range p.Exceptions() {
				p.Errorf("exception: %s", e)
			}
			for _, m := range p.Messages("error") {
				p.Errorf("console error: %+v", m)
			}
			var got struct {
				Markers, Eras int
				Message       string
				IDs           []string
				Years         map[string]int
				TLDisplay     map[string]string
			}
			p.MustEval(`(() => {
  const evs = window.tlObj.config.events;
  const years = {}, shown = {};
  for (const e of evs) {
    years[e.unique_id] = e.start_date.getFullYear();
    const bare = Object.assign({}, e.start_date.data);
    delete bare.display_date;
    shown[e.unique_id] = e.start_date.getDisplayDate.call({data: bare});
  }
  const msg = document.querySelector(".tl-message-full");
  return {
    markers: document.querySelectorAll(".tl-timemarker").length,
    eras: document.querySelectorAll(".tl-timeera").length,
    message: msg ? msg.textContent : "",
    ids: evs.map(e => e.unique_id),
    years: years,
    tlDisplay: shown,
  };
})()`, &got)
			want := dated(tl)
			if got.Markers != len(want) || got.Eras != len(tl.Eras) {
				p.Errorf("%d markers and %d eras, want %d and %d", got.Markers, got.Eras, len(want), len(tl.Eras))
			}
			if got.Message != "" {
				p.Errorf("TimelineJS shows a message: %q", got.Message)
			}
			// TimelineJS cannot draw an open start ("../1999"): it places the
			// event at its closed end, where our order does not.
			var ids []string
			open := map[string]bool{}
			for _, e := range want {
				if e.Date.Interval().OpenStart {
					open[e.ID] = true
					continue
				}
				ids = append(ids, e.ID)
			}
			got.IDs = slices.DeleteFunc(got.IDs, func(id string) bool { return open[id] })
			if strings.Join(got.IDs, " ") != strings.Join(ids, " ") {
				p.Errorf("TimelineJS orders the events %v, we %v", got.IDs, ids)
			}
			if name == "fixture" {
				if y := got.Years["caesar-assassinated"]; y != -44 {
					p.Errorf("Caesar's year in TimelineJS: %d, want -44", y)
				}
				if d := got.TLDisplay["caesar-assassinated"]; !strings.Contains(d, "44") || !strings.Contains(d, "BCE") || strings.Contains(d, "45") {
					p.Errorf("TimelineJS shows Caesar's date as %q, want 44 BCE", d)
				}
				if d := got.TLDisplay["year-one-bc"]; !strings.Contains(d, "1") || !strings.Contains(d, "BCE") {
					p.Errorf("TimelineJS shows the year 1 BC as %q", d)
				}
				b, _ := json.Marshal(got.TLDisplay)
				t.Logf("TimelineJS's own display dates: %s", b)
			}
		})
	}
}
