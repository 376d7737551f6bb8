package render

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/echarts"
	"golang.org/x/net/html"
)

func fakeECharts(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/fake-echarts.js")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// renderTwice renders the page twice and fails unless both are the same
// bytes: the output must not depend on the clock, maps or chance.
func renderTwice(t *testing.T, tl *timeline.Timeline, o Options) []byte {
	t.Helper()
	return renderTwiceWith(t, HTML, tl, o)
}

// renderer is HTML or Fragment.
type renderer func(io.Writer, *timeline.Timeline, Options) error

func renderTwiceWith(t *testing.T, r renderer, tl *timeline.Timeline, o Options) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := r(&a, tl, o); err != nil {
		t.Fatal(err)
	}
	if err := r(&b, tl, o); err != nil {
		t.Fatal(err)
	}
	if d := firstDiff(a.Bytes(), b.Bytes()); d != "" {
		t.Fatalf("two renders differ at %s", d)
	}
	return a.Bytes()
}

// TestHTMLGolden: the page and the fragment of each fixture, byte for byte
// (go test -update rewrites them), the same on a second render.
func TestHTMLGolden(t *testing.T) {
	for _, form := range []struct {
		ext    string
		render renderer
	}{{".html", HTML}, {".fragment.html", Fragment}} {
		for _, c := range []struct {
			fixture, golden string
			o               Options
		}{
			{"sample", "sample", Options{Assets: "inline", Theme: "light"}},
			{"sample", "sample-cdn-dark", Options{Theme: "dark"}},
			{"hostile", "hostile", Options{Assets: "inline", Theme: "auto"}},
		} {
			golden := c.golden + form.ext + ".golden"
			t.Run(golden, func(t *testing.T) {
				if c.o.Assets == "inline" {
					c.o.ECharts = fakeECharts(t)
				}
				checkGolden(t, golden, renderTwiceWith(t, form.render, loadFixture(t, c.fixture), c.o))
			})
		}
	}
}

func TestJSONGolden(t *testing.T) {
	tl := loadFixture(t, "sample")
	var a, b bytes.Buffer
	if err := JSON(&a, tl); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&b, tl); err != nil {
		t.Fatal(err)
	}
	if d := firstDiff(a.Bytes(), b.Bytes()); d != "" {
		t.Fatalf("two renders differ at %s", d)
	}
	checkGolden(t, "sample.json.golden", a.Bytes())
}

// TestJSONShape checks the contract of DESIGN §6 field by field, on the
// decoded output rather than on bytes.
func TestJSONShape(t *testing.T) {
	tl := loadFixture(t, "sample")
	var buf bytes.Buffer
	if err := JSON(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) || !bytes.HasPrefix(buf.Bytes(), []byte("{\n  \"title\": ")) {
		t.Errorf("want 2-space indent, title first and a trailing newline; got %.40q … %q", buf.String(), buf.String()[buf.Len()-4:])
	}
	var out struct {
		Title  string
		Events []map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Title != tl.Title || len(out.Events) != len(tl.Events) {
		t.Fatalf("title %q, %d events; want %q, %d", out.Title, len(out.Events), tl.Title, len(tl.Events))
	}
	byID := map[string]map[string]any{}
	var order []string
	for _, e := range out.Events {
		byID[e["id"].(string)] = e
		order = append(order, e["id"].(string))
		for _, k := range []string{"id", "date", "start", "end", "precision", "title", "description", "type", "group", "tags", "origin", "entities", "confidence", "mentions"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event %v has no %q", e["id"], k)
			}
		}
		if e["tags"] == nil || e["mentions"] == nil {
			t.Errorf("event %v: tags or mentions is null", e["id"])
		}
		ent := e["entities"].(map[string]any)
		for _, k := range []string{"people", "organizations", "places"} {
			if ent[k] == nil {
				t.Errorf("event %v: entities.%s is null", e["id"], k)
			}
		}
	}
	wantOrder := "julian-calendar gregorian-calendar huygens-pendulum anchor-escapement britain-gregorian harrison-h4 meridian-conference quartz-clock si-second leap-seconds"
	if got := strings.Join(order, " "); got != wantOrder {
		t.Errorf("order\n got %s\nwant %s", got, wantOrder)
	}
	cases := []struct{ id, date, start, end, precision string }{
		{"julian-calendar", "-0044-01-01", "-0044-01-01", "-0044-01-01", "day"},
		{"anchor-escapement", "167X", "1670-01-01", "1679-12-31", "decade"},
		{"quartz-clock", "1927~", "1927-01-01", "1927-12-31", "year"},
		{"si-second", "1967-10", "1967-10-01", "1967-10-31", "month"},
	}
	for _, c := range cases {
		e := byID[c.id]
		got := []any{e["date"], e["start"], e["end"], e["precision"]}
		want := []any{c.date, c.start, c.end, c.precision}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: date/start/end/precision = %v, want %v", c.id, got, want)
				break
			}
		}
	}
	if _, ok := byID["huygens-pendulum"]["status"]; ok {
		t.Errorf("an empty status is written; want it left out")
	}
	if byID["leap-seconds"]["status"] != "candidate" {
		t.Errorf("leap-seconds status = %v, want candidate", byID["leap-seconds"]["status"])
	}
	greg := byID["gregorian-calendar"]["mentions"].([]any)
	first, second := greg[0].(map[string]any), greg[1].(map[string]any)
	if first["start"] != 120.0 || first["end"] != 135.0 || first["text"] != "15 October 1582" {
		t.Errorf("mention with offsets = %v", first)
	}
	if _, ok := second["start"]; ok {
		t.Errorf("a curated mention without offsets has start: %v", second)
	}
	if second["url"] != "https://en.wikipedia.org/wiki/Gregorian_calendar" {
		t.Errorf("curated mention url = %v", second["url"])
	}
}

// tags lists the page's start tags with their attributes, as a browser's
// tokenizer reads them (so text inside <script> is not markup).
func tags(t *testing.T, page string) []html.Token {
	t.Helper()
	var out []html.Token
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			out = append(out, z.Token())
		}
	}
}

// TestHostile renders text written to break out of every context and
// checks that none of it becomes markup or code.
func TestHostile(t *testing.T) {
	tl := loadFixture(t, "hostile")
	for _, c := range []struct {
		name string
		r    renderer
		o    Options
	}{
		{"page inline", HTML, Options{Assets: "inline", ECharts: fakeECharts(t)}},
		{"page cdn", HTML, Options{Assets: "cdn", Theme: "dark"}},
		{"fragment inline", Fragment, Options{Assets: "inline", ECharts: fakeECharts(t)}},
		{"fragment cdn", Fragment, Options{Assets: "cdn", Theme: "auto"}},
	} {
		o := c.o
		o.Assets = c.name // in messages
		page := string(renderTwiceWith(t, c.r, tl, c.o))
		count := map[string]int{}
		for _, tok := range tags(t, page) {
			count[tok.Data]++
			for _, a := range tok.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("%s: <%s %s=%q>: an event handler attribute", o.Assets, tok.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("%s: <%s %s=%q>: not an https or local link", o.Assets, tok.Data, a.Key, a.Val)
				}
			}
		}
		// Ours: ECharts, timeline.js, the start call with the data and the option.
		if count["script"] != 3 || len(scriptTagRE.FindAllString(page, -1)) != 3 {
			t.Errorf("%s: %d script elements, %d \"<script\" in the text; want 3 and 3", o.Assets, count["script"], len(scriptTagRE.FindAllString(page, -1)))
		}
		// The key draws 5 small SVGs; nothing else makes images or bold text.
		if count["img"] != 0 || count["svg"] != 5 || count["b"] != 0 || count["iframe"] != 0 {
			t.Errorf("%s: img %d, svg %d, b %d, iframe %d; want 0, 5, 0, 0", o.Assets, count["img"], count["svg"], count["b"], count["iframe"])
		}
		if i := strings.Index(strings.ToLower(page), "javascript:"); i >= 0 {
			t.Errorf("%s: page contains javascript: at byte %d: %q", o.Assets, i, page[max(0, i-60):min(len(page), i+40)])
		}
		// The only "</script" are the ends of our three elements, and no
		// comment opens inside one.
		if n := strings.Count(strings.ToLower(page), "</script"); n != 3 {
			t.Errorf("%s: %d </script, want 3", o.Assets, n)
		}
		chart := optionOf(t, page)
		for _, bad := range []string{funcMarker, "<", ">", "&"} {
			if strings.Contains(chart, bad) {
				t.Errorf("%s: %q is left in the chart script", o.Assets, bad)
			}
		}
		if strings.Contains(page, "<!--") {
			t.Errorf("%s: the page opens an HTML comment", o.Assets)
		}
		// The group labels reach the option neutralised and escaped.
		for _, want := range []string{"_\u200b_f__alert(8)_\u200b_f__", `Evil \u003cb\u003ecat\u003c/b\u003e\u003c/script\u003e\u003cscript\u003ealert(5)\u003c/script\u003e`} {
			if !strings.Contains(chart, want) {
				t.Errorf("%s: chart script lacks %q", o.Assets, want)
			}
		}
		// Function markers in titles stay data: only in the blob (a JSON
		// string) and the list (text).
		for i := strings.Index(page, funcMarker); i >= 0; {
			line := page[strings.LastIndexByte(page[:i], '\n')+1:]
			line = line[:strings.IndexByte(line, '\n')]
			if !strings.HasPrefix(line, "var TL = ") && !strings.HasPrefix(line, "<li") {
				t.Errorf("%s: %q outside the data: %q", o.Assets, funcMarker, line)
			}
			next := strings.Index(page[i+1:], funcMarker)
			if next < 0 {
				break
			}
			i += 1 + next
		}
		// Links: the safe one is kept (percent-encoded), the others are gone.
		if !strings.Contains(page, `href="https://example.org/?q=%22%3E%3Cscript%3Ealert%287%29%3C/script%3E"`) {
			t.Errorf("%s: the https link is missing from the list", o.Assets)
		}
		if n := strings.Count(page, "link removed"); n != 4 {
			t.Errorf("%s: %d links marked removed, want 4 (javascript:, JaVaScRiPt:, data:, the source's)", o.Assets, n)
		}
		// Colours that are not colours are dropped.
		if strings.Contains(page, "expression(") || strings.Contains(page, "background:url") {
			t.Errorf("%s: a hostile colour reached the page", o.Assets)
		}
	}
}

var scriptTagRE = regexp.MustCompile(`(?i)<script\b`)

// optionOf is the ECharts option of a page or fragment: the body of the
// function given to timelineEmbed.start.
func optionOf(t *testing.T, page string) string {
	t.Helper()
	const start = "\ntimelineEmbed.start(s, TL, function (tl) { return "
	i := strings.Index(page, start)
	if i < 0 {
		t.Fatalf("no %q in the page", start)
	}
	opt := page[i+len(start):]
	end := strings.Index(opt, "; });\n})(document.currentScript);</script>")
	if end < 0 {
		t.Fatalf("the option function is not closed: %.80q", opt)
	}
	return opt[:end]
}

func TestOptions(t *testing.T) {
	tl := loadFixture(t, "sample")
	real := []byte(`/* x */ t.version="` + echarts.Version + `";`)
	for _, c := range []struct {
		name string
		o    Options
		err  string
	}{
		{"default", Options{}, ""},
		{"inline", Options{Assets: "inline", ECharts: real}, ""},
		{"inline without source", Options{Assets: "inline"}, "need the ECharts source"},
		{"inline other version", Options{Assets: "inline", ECharts: []byte(`t.version="5.6.0"`)}, "version 5.6.0, want " + echarts.Version},
		{"inline no version", Options{Assets: "inline", ECharts: []byte(`var x = 1`)}, "no version string"},
		{"bad assets", Options{Assets: "local"}, `unknown assets "local"`},
		{"bad theme", Options{Theme: "blue"}, `unknown theme "blue"`},
	} {
		var buf bytes.Buffer
		err := HTML(&buf, tl, c.o)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.err)
		}
	}
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<meta name="generator" content="timeline (ECharts ` + echarts.Version + `)">`,
		`<script src="` + echarts.CDNURL + `" integrity="` + strings.ReplaceAll(echarts.Integrity, "+", "&#43;") + `" crossorigin="anonymous"></script>`,
		`<div id="timeline-chart" class="tl-chart">`,
		`<html lang="en" data-theme="light">`,
		`useUTC":true`,
		`"breaks":[{`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("default page lacks %q", want)
		}
	}
	// The chart script comes before the long list.
	if strings.Index(page, "timelineEmbed.start(") > strings.Index(page, `<ol class="tl-list"`) {
		t.Errorf("the chart script comes after the list")
	}
}

func TestInlineEscapesScript(t *testing.T) {
	tl := loadFixture(t, "sample")
	src := []byte(`t.version="` + echarts.Version + `"; var s = "</script><!--";`)
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{Assets: "inline", ECharts: src}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `var s = "<\/script><\!--";`) {
		t.Errorf("the inlined source is not escaped for the script element")
	}
}

// TestEmpty: a timeline without events still gives a page with an empty
// chart (ready="0" in a browser) and an empty list.
func TestEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, &timeline.Timeline{Title: "Nothing yet"}, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "All events (0)") || !strings.Contains(buf.String(), `id="timeline-chart"`) {
		t.Errorf("empty page lacks the list heading or the chart")
	}
	buf.Reset()
	if err := JSON(&buf, &timeline.Timeline{}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\n  \"title\": \"\",\n  \"events\": []\n}\n" {
		t.Errorf("empty JSON = %q", got)
	}
}

// TestEventsJSONMatchesTimelineJSON checks that extract's {"events": [...]}
// and out/timeline.json encode an event the same way.
func TestEventsJSONMatchesTimelineJSON(t *testing.T) {
	tl := loadFixture(t, "sample")
	var a, b bytes.Buffer
	if err := JSON(&a, tl); err != nil {
		t.Fatal(err)
	}
	if err := EventsJSON(&b, tl.Events); err != nil {
		t.Fatal(err)
	}
	var full, evs struct{ Events []json.RawMessage }
	if err := json.Unmarshal(a.Bytes(), &full); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b.Bytes(), &evs); err != nil {
		t.Fatal(err)
	}
	if len(full.Events) == 0 || len(full.Events) != len(evs.Events) {
		t.Fatalf("%d events vs %d", len(full.Events), len(evs.Events))
	}
	for i := range full.Events {
		var x, y any
		json.Unmarshal(full.Events[i], &x)
		json.Unmarshal(evs.Events[i], &y)
		if !reflect.DeepEqual(x, y) {
			t.Errorf("event %d differs:\n%s\n%s", i, full.Events[i], evs.Events[i])
		}
	}
}
