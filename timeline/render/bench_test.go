package render

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

var synthWords = strings.Fields(`ministry agents report council election protest treaty border
	summit sanctions envoy archive court ruling strike network officials commission inquiry
	reform budget minister parliament embassy uprising accord veto convoy leak raid vote`)

// synthetic builds n events in 6 groups between 1960 and 2025, more of
// them in recent years, with days, months, years, decades and qualified
// dates mixed, from a fixed seed: the same n gives the same timeline.
// Each has the text of a typical extracted event: a title of 7 words, a
// description of 12, a quoted sentence of 16 and a source link.
func synthetic(n int) *timeline.Timeline {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	tl := &timeline.Timeline{Title: fmt.Sprintf("Synthetic timeline of %d events", n)}
	for g := range 6 {
		tl.Groups = append(tl.Groups, timeline.Group{ID: fmt.Sprintf("g%d", g), Label: fmt.Sprintf("Group %d", g+1)})
	}
	tl.Eras = []timeline.Era{{Label: "First era", Date: mustParse("1975/1989")}, {Label: "Second era", Date: mustParse("2008-03/2016-11")}}
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = synthWords[r.IntN(len(synthWords))]
		}
		return strings.Join(w, " ")
	}
	for i := range n {
		// Skewed to recent years: the square root pulls samples to the end.
		f := 1 - r.Float64()*r.Float64()
		day := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(f*65*365.25))
		var date string
		switch p := r.IntN(20); {
		case p < 12:
			date = day.Format("2006-01-02")
		case p < 15:
			date = day.Format("2006-01")
		case p < 18:
			date = day.Format("2006")
		case p < 19:
			date = day.Format("2006")[:3] + "X"
		default:
			date = day.Format("2006-01-02") + "?"
		}
		e := timeline.Event{
			ID:          fmt.Sprintf("e%05d", i),
			Date:        mustParse(date),
			Title:       capital(words(7)),
			Description: words(12) + ".",
			Group:       fmt.Sprintf("g%d", r.IntN(6)),
			Origin:      timeline.OriginCurated,
			Confidence:  0.9,
			Mentions: []timeline.Mention{{
				URL:   fmt.Sprintf("https://example.org/news/%d/%s", i, strings.ReplaceAll(words(3), " ", "-")),
				Quote: words(16) + ".",
			}},
		}
		e.Link = e.Mentions[0].URL // as the merge sets it: the first http(s) source
		if r.IntN(5) == 0 {
			e.Origin, e.Status = timeline.OriginExtracted, ""
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func mustParse(s string) timex.Value {
	v, err := timex.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func benchHTML(b *testing.B, n int) {
	tl := synthetic(n)
	var size int
	b.ReportAllocs()
	for b.Loop() {
		var cw countWriter
		if err := HTML(&cw, tl, Options{}); err != nil {
			b.Fatal(err)
		}
		size = cw.n
	}
	b.ReportMetric(float64(size), "bytes")
}

func BenchmarkHTML1000(b *testing.B)  { benchHTML(b, 1000) }
func BenchmarkHTML10000(b *testing.B) { benchHTML(b, 10000) }

func BenchmarkJSON10000(b *testing.B) {
	tl := synthetic(10000)
	for b.Loop() {
		if err := JSON(io.Discard, tl); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargeTimeline: 10,000 events give a page under 6 MB (ECharts not
// counted), with every event in the list and the chart, in lanes of at
// most four rows.
func TestLargeTimeline(t *testing.T) {
	if testing.Short() {
		t.Skip("large timeline")
	}
	tl := synthetic(10000)
	var cw countWriter
	if err := HTML(&cw, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if cw.n > 6_000_000 {
		t.Errorf("page of 10,000 events is %d bytes, over 6 MB", cw.n)
	}
	t.Logf("page of 10,000 events: %d bytes", cw.n)
	m := newModel(tl)
	placed := 0
	for i := range m.placed {
		if m.placed[i] {
			placed++
		}
	}
	if placed != 10000 || len(m.lanes) != 6 {
		t.Errorf("%d events placed in %d lanes, want 10000 in 6", placed, len(m.lanes))
	}
	for _, l := range m.lanes {
		if l.rows < 1 || l.rows > maxRowsPerLane {
			t.Errorf("lane %q has %d rows", l.label, l.rows)
		}
	}
	if len(m.views) != 2 {
		t.Errorf("no densest-period preset for 10,000 events")
	}
}
