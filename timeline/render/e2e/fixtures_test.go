package e2e

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/render"
	"github.com/timeline-tool/timeline/timeline/timex"
)

func date(tb testing.TB, s string) timex.Value {
	tb.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		tb.Fatalf("fixture date %q: %v", s, err)
	}
	return v
}

// sample is a small, realistic timeline: a decade long ago, then years,
// a month and a cluster of days, an era, two groups, one unreviewed
// candidate. The gap from the 1960s to 2009 is long enough for an axis
// break.
func sample(tb testing.TB) *timeline.Timeline {
	tb.Helper()
	ev := func(id, d, title, group, desc, link string) timeline.Event {
		e := timeline.Event{
			ID: id, Date: date(tb, d), Title: title, Group: group, Description: desc,
			Origin: timeline.OriginCurated, Status: timeline.StatusReviewed, Link: link,
		}
		if link != "" {
			e.Mentions = []timeline.Mention{{URL: link, Quote: "Quoted from the source about " + title + ".", Outlet: "Example Gazette"}}
		}
		return e
	}
	tl := &timeline.Timeline{
		Title: "The Harbour Bridge",
		Groups: []timeline.Group{
			{ID: "works", Label: "Public works"},
			{ID: "press", Label: "Press & reports"},
		},
		Eras: []timeline.Era{{Label: "Construction", Date: date(tb, "2015/2019")}},
		Events: []timeline.Event{
			ev("proposals", "196X", "First crossing proposals", "works",
				"Several plans for a fixed crossing are drawn up and shelved.", "https://example.org/archive/proposals"),
			ev("study", "2009", "Feasibility study published", "works",
				"The study recommends a cable-stayed bridge.", "https://example.org/reports/feasibility"),
			ev("contract", "2015", "Construction contract awarded", "works",
				"A consortium wins the tender.", "https://example.org/news/contract"),
			ev("opening", "2023-05", "Bridge opens to traffic", "press",
				"Opening ceremony and first crossings.", "https://example.org/news/opening"),
			ev("inspection", "2024-07-31", `Inspection finds <em>corrosion</em> & wear`, "press",
				"Inspectors report wear on two cables.", "https://example.org/news/inspection?id=7&lang=en"),
			ev("closures", "2024-08-01", "Lane closures announced", "press",
				"Two lanes close for repairs.", "https://example.org/news/closures"),
			ev("ferry", "2024-08-10", "Ferry service resumes", "press",
				"Extracted from a local report, not yet reviewed.", "https://example.org/news/ferry"),
		},
	}
	tl.Events[6].Origin = timeline.OriginExtracted
	tl.Events[6].Status = timeline.StatusCandidate
	tl.Events[6].Confidence = 0.6
	timeline.Sort(tl.Events)
	return tl
}

// Hostile strings (see rendering notes §6). Each alert has its own number
// so a failure says which field broke out.
const (
	hostileScriptTitle  = `</script><script>alert(1)</script>`
	hostileImgDesc      = `<img src=x onerror=alert(2)>`
	hostileJSLink       = `javascript:alert(3)`
	hostileSVGQuote     = `"><svg onload=alert(4)>`
	hostileGroupScript  = `Evil <b>cat</b></script><script>alert(5)</script>`
	hostileFuncTitle    = `__f__alert(6)__f__`
	hostileURL          = `https://example.org/?q="><script>alert(7)</script>`
	hostileFuncGroup    = `__f__alert(8)__f__`
	hostileImgTitle     = `<img src=x onerror=alert(11)>`
	hostileSVGDesc      = `<svg onload=alert(12)>`
	hostileAnchorQuote  = `<a href="javascript:alert(13)">x</a>`
	hostileMentionJSURL = `javascript:alert(14)`
	hostileDataURL      = `data:text/html,<script>alert(15)</script>`
)

// hostileTexts are the strings that must show literally in the list.
var hostileTexts = []string{
	hostileScriptTitle, hostileImgDesc, hostileSVGQuote, hostileGroupScript, hostileFuncTitle,
	hostileFuncGroup, hostileImgTitle, hostileSVGDesc, hostileAnchorQuote,
}

// hostile is the security fixture: user text in every field that reaches
// the page, written to break out of a script element, an HTML attribute,
// a tooltip's innerHTML, go-echarts' function markers or a link.
func hostile(tb testing.TB) *timeline.Timeline {
	tb.Helper()
	ev := func(id, d, title, group string) timeline.Event {
		return timeline.Event{ID: id, Date: date(tb, d), Title: title, Group: group,
			Origin: timeline.OriginCurated, Status: timeline.StatusReviewed}
	}
	events := []timeline.Event{
		ev("script-title", "2020-01-15", hostileScriptTitle, "g-script"),
		ev("img-desc", "2020-04-15", "Image in the description", "g-script"),
		ev("js-link", "2020-07-15", "A javascript: link", "g-func"),
		ev("svg-quote", "2020-10-15", "An SVG in the quote", "g-func"),
		ev("func-title", "2021-01-15", hostileFuncTitle, "g-func"),
		ev("quote-url", "2021-04-15", "A URL that closes its attribute", "g-plain"),
		ev("tooltip", "2021-07-15", hostileImgTitle, "g-plain"),
		ev("data-link", "2021", "A data: link", "g-plain"),
	}
	events[1].Description = hostileImgDesc
	events[1].Link = "https://example.org/sources/image"
	events[2].Link = hostileJSLink
	events[2].Mentions = []timeline.Mention{{URL: hostileMentionJSURL, Quote: "A quote with a bad link."}}
	events[3].Mentions = []timeline.Mention{{Quote: hostileSVGQuote, URL: "https://example.org/sources/svg", Title: hostileSVGQuote}}
	events[5].Link = hostileURL
	events[5].Mentions = []timeline.Mention{{URL: hostileURL, Quote: "Quoted."}}
	events[6].Description = hostileSVGDesc
	events[6].Mentions = []timeline.Mention{{Quote: hostileAnchorQuote, Outlet: hostileImgTitle}}
	events[7].Link = hostileDataURL
	tl := &timeline.Timeline{
		Title: hostileScriptTitle,
		Groups: []timeline.Group{
			{ID: "g-script", Label: hostileGroupScript},
			{ID: "g-func", Label: hostileFuncGroup},
			{ID: "g-plain", Label: hostileScriptTitle},
		},
		Eras:   []timeline.Era{{Label: hostileImgTitle, Date: date(tb, "2020-06/2020-09")}},
		Events: events,
	}
	timeline.Sort(tl.Events)
	return tl
}

// synthetic makes n events deterministically: 6 groups, 1960 to 2025,
// skewed to recent years, with precisions from day to decade.
func synthetic(tb testing.TB, n int) *timeline.Timeline {
	tb.Helper()
	r := rand.New(rand.NewPCG(1960, uint64(n)))
	groups := []string{"politics", "economy", "science", "culture", "sport", "media"}
	tl := &timeline.Timeline{Title: fmt.Sprintf("%d synthetic events", n)}
	for _, g := range groups {
		tl.Groups = append(tl.Groups, timeline.Group{ID: g, Label: "Group " + g})
	}
	start := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)
	span := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start)
	for i := range n {
		// One minus the product of two uniform numbers leans towards 1:
		// more events in recent years, as in real timelines.
		f := 1 - (1-r.Float64())*(1-r.Float64())
		d := start.Add(time.Duration(f * float64(span))).Truncate(24 * time.Hour)
		var s string
		switch k := r.IntN(100); {
		case k < 65:
			s = d.Format("2006-01-02")
		case k < 80:
			s = d.Format("2006-01")
		case k < 95:
			s = d.Format("2006")
		default:
			s = fmt.Sprintf("%03dX", d.Year()/10)
		}
		g := groups[r.IntN(len(groups))]
		tl.Events = append(tl.Events, timeline.Event{
			ID:          fmt.Sprintf("ev%05d", i),
			Date:        date(tb, s),
			Title:       fmt.Sprintf("Synthetic event %d in %s", i, g),
			Description: fmt.Sprintf("Event %d, dated %s, made up for the benchmark.", i, s),
			Group:       g,
			Origin:      timeline.OriginCurated,
			Status:      timeline.StatusReviewed,
			Link:        fmt.Sprintf("https://example.org/events/%d", i),
			Mentions:    []timeline.Mention{{URL: fmt.Sprintf("https://example.org/events/%d", i), Quote: "A sentence quoted from the source."}},
		})
	}
	timeline.Sort(tl.Events)
	return tl
}

func safeURL(u string) bool {
	_, ok := render.SafeURL(u)
	return ok
}

// defanged is a copy of tl with every user text replaced by plain words
// and every link by a harmless one that passes or fails the same checks.
// Its page must have the same elements as tl's: anything more in tl's was
// made from its text.
func defanged(tl *timeline.Timeline) *timeline.Timeline {
	d := *tl
	d.Title = "Harmless"
	// Equal links stay equal (the page may cite a link once), different
	// ones stay different.
	links := map[string]string{}
	link := func(u string) string {
		if u == "" {
			return ""
		}
		if r, ok := links[u]; ok {
			return r
		}
		r := fmt.Sprintf("https://example.org/safe/%d", len(links))
		if !safeURL(u) {
			r = fmt.Sprintf("mailto:someone%d@example.org", len(links))
		}
		links[u] = r
		return r
	}
	text := func(s, w string) string {
		if s == "" {
			return ""
		}
		return w
	}
	d.Groups = append([]timeline.Group(nil), tl.Groups...)
	for i := range d.Groups {
		d.Groups[i].Label = fmt.Sprintf("Group %d", i+1)
	}
	d.Eras = append([]timeline.Era(nil), tl.Eras...)
	for i := range d.Eras {
		d.Eras[i].Label = text(d.Eras[i].Label, "Era")
	}
	d.Events = append([]timeline.Event(nil), tl.Events...)
	for i := range d.Events {
		e := &d.Events[i]
		e.Title = text(e.Title, "Title of "+e.ID)
		e.Description = text(e.Description, "A plain description.")
		e.Link = link(e.Link)
		e.Mentions = append([]timeline.Mention(nil), e.Mentions...)
		for j := range e.Mentions {
			m := &e.Mentions[j]
			m.Quote = text(m.Quote, "A plain quote.")
			m.Title = text(m.Title, "A plain title")
			m.Outlet = text(m.Outlet, "An outlet")
			m.URL = link(m.URL)
		}
	}
	return &d
}
