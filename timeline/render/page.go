package render

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/echarts"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Options choose how the page loads ECharts and which colours it uses.
type Options struct {
	// Assets is "cdn" (the default: the pinned file from the public CDN,
	// checked by its integrity hash) or "inline" (ECharts inside the page,
	// which then opens offline).
	Assets string
	// ECharts is the source of echarts.min.js, required for inline assets.
	// It must be the pinned version (echarts.Version).
	ECharts []byte
	// Theme is "light" (the default), "dark", or "auto", which follows the
	// reader's system setting (prefers-color-scheme).
	Theme string
}

var (
	//go:embed assets/page.html.tmpl
	pageTemplate string
	//go:embed assets/fragment.html.tmpl
	fragmentTemplate string
	//go:embed assets/parts.html.tmpl
	partsTemplate string
	//go:embed assets/page.css
	pageCSS string
	//go:embed assets/timeline.js
	pageJSSource string
	pageJS       = compactJS(pageJSSource)
)

var (
	pageTmpl     = template.Must(template.Must(template.New("page").Parse(pageTemplate)).Parse(partsTemplate))
	fragmentTmpl = template.Must(template.Must(template.New("fragment").Parse(fragmentTemplate)).Parse(partsTemplate))
)

// versionRE finds the version string ECharts' build writes into its bundle.
var versionRE = regexp.MustCompile(`version\s*[=:]\s*["'](\d+\.\d+\.\d+)["']`)

// HTML writes the timeline as one HTML page: a header, zoom presets and a
// key, the interactive chart, then every event as a plain list and the
// sources cited. The same timeline always gives the same bytes.
func HTML(w io.Writer, t *timeline.Timeline, o Options) error {
	d, err := pageFor(t, o, false)
	if err != nil {
		return err
	}
	return execute(w, pageTmpl, d, "page")
}

func execute(w io.Writer, tmpl *template.Template, d *pageData, what string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := tmpl.Execute(bw, d); err != nil {
		return fmt.Errorf("render: writing the %s: %w", what, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("render: writing the %s: %w", what, err)
	}
	return nil
}

// pageData is what the page template shows.
type pageData struct {
	Page        bool   // a whole page, not a fragment: fixed ids
	Scope       string // the fragment container's own class (its lane colours)
	Theme       string
	ColorScheme string
	Generator   string
	Title       string
	Summary     string
	CSS         template.CSS
	LaneCSS     template.CSS
	Views       []viewData
	HasHollow   bool
	HasEras     bool
	Height      int
	CDN         string
	Integrity   string
	Inline      template.JS
	Blob        blob
	JS          template.JS
	Option      template.JS // the ECharts option, an expression over tl
	Events      []listEvent
	Sources     []citation
}

type viewData struct {
	Index int
	Label string
}

// blob is the data timeline.js reads. Events are known by their index in
// time order, which is also their place in the list: the canvas needs only
// their short labels here, and the tooltip and the click read the rest
// (text, date, link) from the list item, so the page never carries an
// event's text twice.
type blob struct {
	Lanes  [][3]any    `json:"lanes"` // label, colour, rows
	Events []string    `json:"ev"`    // short labels
	Eras   [][2]string `json:"eras"`  // label, colour ("" for the theme's)
	Axis   [2]int64    `json:"axis"`
	Breaks [][2]int64  `json:"breaks"`
	Views  [][2]int64  `json:"views"`
	Grid   [2]int      `json:"grid"` // left and right margins of the plot
}

type listEvent struct {
	Anchor      string
	Datetime    string
	Date        string
	Precision   string
	Lane        int
	Group       string
	Title       string
	Badge       string
	Description string
	Tags        []string
	Mentions    []listMention
	NoLink      bool // the event has no link of its own, though its citations have
}

type listMention struct {
	Quote string
	Cite  citation
}

// citation is a source as the list cites it.
type citation struct {
	Title, Path, Outlet, Author, Date, Accessed string
	File                                        string // the source's path, in the list of sources
	URL, Host                                   string
	Rejected                                    bool // a link was given and refused by SafeURL
	Event                                       bool // the link is the event's own and not the item's first
}

// Rest is the citation's text after its title: ", outlet, author, date
// (accessed date)".
func (c citation) Rest() string {
	var parts []string
	for _, p := range []string{c.Outlet, c.Author, c.Date} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, ", ")
	if s != "" && (c.Title != "" || c.Path != "") {
		s = ", " + s
	}
	if c.Accessed != "" {
		s += " (accessed " + c.Accessed + ")"
	}
	return s
}

// HasText reports whether the citation has text before its link.
func (c citation) HasText() bool { return c.Title != "" || c.Path != "" || c.Rest() != "" }

func (c citation) Empty() bool {
	return c.Title == "" && c.Path == "" && c.Outlet == "" && c.Author == "" && c.Date == "" && c.URL == "" && !c.Rejected
}

func pageFor(t *timeline.Timeline, o Options, fragment bool) (*pageData, error) {
	d := &pageData{Page: !fragment, Generator: "timeline (ECharts " + echarts.Version + ")", CSS: template.CSS(pageCSS), JS: template.JS(escapeScriptBody(pageJS))}
	switch o.Theme {
	case "", "light":
		d.Theme, d.ColorScheme = "light", "light"
	case "dark":
		d.Theme, d.ColorScheme = "dark", "dark"
	case "auto":
		d.Theme, d.ColorScheme = "auto", "light dark"
	default:
		return nil, fmt.Errorf("render: unknown theme %q (want light, dark or auto)", o.Theme)
	}
	switch o.Assets {
	case "", "cdn":
		d.CDN, d.Integrity = echarts.CDNURL, echarts.Integrity
	case "inline":
		if len(o.ECharts) == 0 {
			return nil, fmt.Errorf("render: inline assets need the ECharts source")
		}
		src := string(o.ECharts)
		v := versionRE.FindStringSubmatch(src)
		if v == nil {
			return nil, fmt.Errorf("render: the ECharts source has no version string (want %s)", echarts.Version)
		}
		if v[1] != echarts.Version {
			return nil, fmt.Errorf("render: the ECharts source is version %s, want %s", v[1], echarts.Version)
		}
		d.Inline = template.JS(escapeScriptBody(src))
	default:
		return nil, fmt.Errorf("render: unknown assets %q (want cdn or inline)", o.Assets)
	}

	m := newModel(t)
	d.Title = t.Title
	if d.Title == "" {
		d.Title = "Timeline"
	}
	d.Summary = summary(m)
	d.Height = m.height
	d.HasEras = len(m.eras) > 0

	var lc strings.Builder
	d.Blob.Lanes = make([][3]any, len(m.lanes))
	for i, l := range m.lanes {
		fmt.Fprintf(&lc, ".g%d{--c:%s}", i, l.color)                      // colours passed safeColor
		d.Blob.Lanes[len(m.lanes)-1-i] = [3]any{l.label, l.color, l.rows} // by y category, bottom up
	}
	d.LaneCSS = template.CSS(lc.String())
	if fragment {
		d.CSS = template.CSS(fragmentCSS)
		scope, lanes := scopeLanes(lc.String())
		d.Scope, d.LaneCSS = scope, template.CSS(lanes)
	}
	for _, e := range m.eras {
		d.Blob.Eras = append(d.Blob.Eras, [2]string{e.label, e.color})
	}
	d.Blob.Events = make([]string, len(m.events))
	for i := range m.events {
		d.Blob.Events[i] = m.items[i].label
		d.HasHollow = d.HasHollow || m.placed[i] && m.items[i].hollow
	}
	d.Blob.Axis = [2]int64{m.axis.start, m.axis.end}
	d.Blob.Breaks = [][2]int64{}
	for _, b := range m.breaks {
		d.Blob.Breaks = append(d.Blob.Breaks, [2]int64{b.start, b.end})
	}
	for i, v := range m.views {
		d.Blob.Views = append(d.Blob.Views, [2]int64{v.at.start, v.at.end})
		d.Views = append(d.Views, viewData{Index: i, Label: v.label})
	}
	d.Blob.Grid = [2]int{m.gridL, 36}

	option, err := chartOption(m)
	if err != nil {
		return nil, err
	}
	d.Option = template.JS(option)

	sources := map[string]*timeline.Source{}
	for i := range t.Sources {
		if s := &t.Sources[i]; sources[s.Path] == nil {
			sources[s.Path] = s
		}
	}
	d.Events = make([]listEvent, len(m.events))
	for i := range m.events {
		d.Events[i] = listItem(m, i, sources)
	}
	for i := range t.Sources {
		d.Sources = append(d.Sources, sourceCitation(&t.Sources[i]))
	}
	return d, nil
}

func listItem(m *model, i int, sources map[string]*timeline.Source) listEvent {
	e := &m.events[i]
	le := listEvent{
		Anchor:      m.anchors[i],
		Datetime:    datetimeAttr(e.Date),
		Date:        e.Date.Display(),
		Precision:   e.Date.PrecisionLabel(),
		Lane:        m.items[i].lane,
		Title:       e.Title,
		Description: e.Description,
		Tags:        e.Tags,
	}
	if le.Date == "" {
		le.Date = "undated"
	}
	if l := m.lanes[le.Lane]; l.group != "" || len(m.lanes) > 1 {
		le.Group = l.label
	}
	switch {
	case e.Status == timeline.StatusCandidate:
		le.Badge = "candidate"
	case hollowOf(e):
		le.Badge = "unreviewed"
	}
	for _, mn := range e.Mentions {
		c := citation{Title: mn.Title, Outlet: mn.Outlet, Author: mn.Author, Date: mn.Date}
		link := mn.URL
		if s := sources[mn.Source]; s != nil && mn.Source != "" {
			c = fillFrom(c, s)
			if link == "" {
				link = s.URL
			}
		}
		if c.Title == "" {
			c.Path = mn.Source
		}
		c.URL, c.Host, c.Rejected = linkFields(link)
		le.Mentions = append(le.Mentions, listMention{Quote: mn.Quote, Cite: c})
	}
	// The chart's click and the tooltip use the event's own link (e.Link),
	// read from its list item: the item's first link unless another is
	// marked as the event's, or none when the item says so. An own link
	// that no citation has gets a line of its own. An event without a link
	// of its own opens its first http(s) citation; one whose own link was
	// rejected opens nothing (not some other link the user did not choose).
	own, ok := SafeURL(e.Link)
	first, found := true, false
	for k := range le.Mentions {
		c := &le.Mentions[k].Cite
		if c.URL == "" {
			continue
		}
		if ok && c.URL == own {
			c.Event, found = !first, true
			break
		}
		first = false
	}
	switch {
	case ok && !found:
		le.Mentions = append(le.Mentions, listMention{Cite: citation{URL: own, Host: hostOf(own), Event: !first}})
	case !ok && !first && e.Link != "":
		le.NoLink = true
	}
	if !ok && e.Link != "" && len(e.Mentions) == 0 {
		le.Mentions = append(le.Mentions, listMention{Cite: citation{Rejected: true}})
	}
	return le
}

func fillFrom(c citation, s *timeline.Source) citation {
	if c.Title == "" {
		c.Title = s.Title
	}
	if c.Outlet == "" {
		c.Outlet = s.Outlet
	}
	if c.Author == "" {
		c.Author = s.Author
	}
	if c.Date == "" {
		c.Date = s.Published.Display()
	}
	return c
}

func linkFields(raw string) (u, host string, rejected bool) {
	if raw == "" {
		return "", "", false
	}
	if u, ok := SafeURL(raw); ok {
		return u, hostOf(u), false
	}
	return "", "", true
}

func sourceCitation(s *timeline.Source) citation {
	c := citation{Title: s.Title, Outlet: s.Outlet, Author: s.Author, Date: s.Published.Display(), Accessed: s.Accessed.Display(), Path: s.Path}
	if s.Title != "" {
		c.File = s.Path
	}
	c.URL, c.Host, c.Rejected = linkFields(s.URL)
	return c
}

// datetimeAttr is a machine-readable form of a date for <time datetime>,
// where HTML has one: an exact minute, day, month or year of the common
// era. Other dates (ranges, decades, qualified or BC dates) get none.
func datetimeAttr(v timex.Value) string {
	if v.IsZero() || v.IsInterval() || v.Qualifier() != 0 {
		return ""
	}
	switch v.Precision() {
	case timex.Time, timex.Day, timex.Month, timex.Year:
		if y := v.Interval().Start.Year(); y >= 1 && y <= 9999 {
			return v.String()
		}
	}
	return ""
}

// summary is the line under the title: "7 events · 1960s to 12 August
// 2024 · 3 groups".
func summary(m *model) string {
	parts := []string{plural(len(m.events), "event", "events")}
	if r := rangeText(m.events); r != "" {
		parts = append(parts, r)
	}
	groups := 0
	for _, l := range m.lanes {
		if l.group != "" {
			groups++
		}
	}
	if groups > 0 {
		parts = append(parts, plural(groups, "group", "groups"))
	}
	if len(m.eras) > 0 {
		parts = append(parts, plural(len(m.eras), "era", "eras"))
	}
	return strings.Join(parts, " · ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
