package render

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/echarts"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fragmentNodes parses a fragment as a host page's <body> would hold it.
func fragmentNodes(t *testing.T, frag []byte) []*html.Node {
	t.Helper()
	nodes, err := html.ParseFragment(bytes.NewReader(frag), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	return nodes
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// TestFragmentIsOneContainer checks what lets a fragment be pasted twice:
// one element, no fixed ids, scripts that find their container.
func TestFragmentIsOneContainer(t *testing.T) {
	tl := loadFixture(t, "sample")
	for _, o := range []Options{{Assets: "inline", ECharts: fakeECharts(t)}, {Assets: "cdn"}} {
		var buf bytes.Buffer
		if err := Fragment(&buf, tl, o); err != nil {
			t.Fatal(err)
		}
		var root *html.Node
		for _, n := range fragmentNodes(t, buf.Bytes()) {
			switch {
			case n.Type == html.TextNode && strings.TrimSpace(n.Data) == "":
			case n.Type == html.ElementNode && root == nil:
				root = n
			default:
				t.Fatalf("%s: the fragment has more than one top-level node: %v %q", o.Assets, n.Type, n.Data)
			}
		}
		if class, _ := attr(root, "class"); root.Data != "div" || !strings.HasPrefix(class, embedClass+" tl-c") {
			t.Fatalf("%s: the fragment is a <%s class=%q>, want <div class=\"%s tl-c…\">", o.Assets, root.Data, class, embedClass)
		}
		var scripts []string
		items, styles := 0, 0
		walk(root, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			if id, ok := attr(n, "id"); ok {
				if n.Data != "li" || !strings.HasPrefix(id, "event-") {
					t.Errorf("%s: <%s id=%q>: a fixed id, which a second copy would repeat", o.Assets, n.Data, id)
				}
				items++
			}
			for _, k := range []string{"for", "aria-labelledby", "aria-describedby"} {
				if v, ok := attr(n, k); ok {
					t.Errorf("%s: <%s %s=%q> refers to an id", o.Assets, n.Data, k, v)
				}
			}
			switch n.Data {
			case "script":
				src, _ := attr(n, "src")
				if integrity, _ := attr(n, "integrity"); src != "" && (src != echarts.CDNURL || integrity != echarts.Integrity) {
					t.Errorf("%s: <script src=%q integrity=%q>, want the pinned ECharts with its hash", o.Assets, src, integrity)
				}
				scripts = append(scripts, src+text(n))
			case "style":
				styles++
			}
		})
		if items != len(tl.Events) {
			t.Errorf("%s: %d list anchors, want %d", o.Assets, items, len(tl.Events))
		}
		if len(scripts) != 3 || styles != 1 {
			t.Fatalf("%s: %d scripts and %d styles, want 3 (ECharts, timeline.js, start) and 1", o.Assets, len(scripts), styles)
		}
		if o.Assets == "inline" && !strings.HasPrefix(scripts[0], "if (!window.echarts) (function (define, exports, module) {") {
			t.Errorf("inline: ECharts is not guarded against a second copy: %.80q", scripts[0])
		}
		if !strings.HasPrefix(scripts[1], "\n(function () {\n\"use strict\";\nif (window.timelineEmbed) {\nreturn;") {
			t.Errorf("%s: the second script is not timeline.js guarded by window.timelineEmbed: %.80q", o.Assets, scripts[1])
		}
		start := scripts[2]
		if !strings.HasPrefix(start, "(function (s) {\nvar TL = ") || !strings.HasSuffix(start, "})(document.currentScript);") {
			t.Errorf("%s: the start script does not pass document.currentScript in its own scope: %.60q … %.60q", o.Assets, start, start[max(0, len(start)-60):])
		}
		for _, bad := range []string{"getElementById", "#timeline", "window."} {
			if strings.Contains(start, bad) {
				t.Errorf("%s: the start script uses %q", o.Assets, bad)
			}
		}
	}
	// The page keeps its ids and the fragment's noscript rule is scoped.
	var page, frag bytes.Buffer
	if err := HTML(&page, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Fragment(&frag, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<div id="timeline-chart" class="tl-chart"><div id="timeline" class="tl-canvas"`, `<ol class="tl-list" id="tl-list">`, `<h1>`} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, want := range []string{`<noscript><style>.tl-embed .js-only{display:none!important}</style></noscript>`, `<div class="tl-chart"><div class="tl-canvas"`, `<h2 class="tl-title">`} {
		if !strings.Contains(frag.String(), want) {
			t.Errorf("the fragment lacks %q", want)
		}
	}
	if strings.Contains(frag.String(), "<h1") || strings.Contains(frag.String(), "<main") || strings.Contains(frag.String(), "<body") {
		t.Errorf("the fragment has an <h1>, <main> or <body>, which belong to the host page")
	}
}

var (
	cssCommentRE = regexp.MustCompile(`(?s)/\*.*?\*/`)
	styleRE      = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
)

// selectors lists the selectors of a stylesheet, read roughly: the text
// before each "{" back to the previous "{", "}" or ";", at-rules left out.
func selectors(css string) []string {
	css = cssCommentRE.ReplaceAllString(css, "")
	var out []string
	last := 0
	for i := 0; i < len(css); i++ {
		switch css[i] {
		case '}', ';':
			last = i + 1
		case '{':
			head := strings.TrimSpace(css[last:i])
			last = i + 1
			if strings.HasPrefix(head, "@") {
				continue
			}
			for _, s := range strings.Split(head, ",") {
				out = append(out, strings.TrimSpace(s))
			}
		}
	}
	return out
}

// scopedSel is a selector that starts with the container class and
// nothing after it that could reach outside it.
var scopedSel = regexp.MustCompile(`^\.tl-embed(?:$|[ .\[:>])`)

var globalSel = regexp.MustCompile(`(?i)(^|[\s>+~,(])(html|body|:root)\b`)

func TestFragmentCSSScoped(t *testing.T) {
	for _, fixture := range []string{"sample", "hostile"} {
		var buf bytes.Buffer
		if err := Fragment(&buf, loadFixture(t, fixture), Options{Theme: "auto"}); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range styleRE.FindAllStringSubmatch(buf.String(), -1) {
			for _, sel := range selectors(m[1]) {
				n++
				if !scopedSel.MatchString(sel) || globalSel.MatchString(sel) {
					t.Errorf("%s: selector %q is not scoped under .%s", fixture, sel, embedClass)
				}
			}
		}
		// page.css has about ninety selectors, plus the lanes.
		if n < 80 {
			t.Errorf("%s: only %d selectors found in the fragment's styles", fixture, n)
		}
	}
	// The check itself catches the selectors a careless edit would add.
	for _, bad := range []string{"body { margin: 0 }", "a { color: red }", ".x .tl-embed a { }", ":root { --bg: #fff }", ".tl-embedded { }", ".tl-embed, h1 { }"} {
		ok := true
		for _, sel := range selectors(bad) {
			ok = ok && scopedSel.MatchString(sel) && !globalSel.MatchString(sel)
		}
		if ok {
			t.Errorf("the scope check passes %q", bad)
		}
	}
}

func TestScopeCSS(t *testing.T) {
	for _, c := range []struct{ in, want, err string }{
		{`a { color: red; }`, ".s a { color: red; }\n", ""},
		{`* { box-sizing: border-box; }`, ".s, .s * { box-sizing: border-box; }\n", ""},
		{`:root { --bg: #fff; }`, ".s { --bg: #fff; }\n", ""},
		{`html[data-theme="dark"] { --bg: #000; }`, ".s[data-theme=\"dark\"] { --bg: #000; }\n", ""},
		{`html { background: var(--bg); } body { margin: 0; }`, ".s { background: var(--bg); }\n.s { margin: 0; }\n", ""},
		{`h1, .tl-title { margin: 0; }`, ".s h1, .s .tl-title { margin: 0; }\n", ""},
		{`.tl-list > li:target { background: var(--chip); }`, ".s .tl-list > li:target { background: var(--chip); }\n", ""},
		{"/* note */ .a { x: 1 }", ".s .a { x: 1 }\n", ""},
		{`a[href^="http"]::after { content: " <" attr(href) ">"; }`, ".s a[href^=\"http\"]::after { content: \" <\" attr(href) \">\"; }\n", ""},
		{"@media print {\n  html { background: #fff; }\n  .x { display: none; }\n}", "@media print {\n.s { background: #fff; }\n.s .x { display: none; }\n}\n", ""},
		{"@media (prefers-color-scheme: dark) { html[data-theme=\"auto\"] { --bg: #000; } }", "@media (prefers-color-scheme: dark) {\n.s[data-theme=\"auto\"] { --bg: #000; }\n}\n", ""},
		{`htmlx { a: b }`, ".s htmlx { a: b }\n", ""},
		{`@font-face { font-family: x; }`, "", "unsupported at-rule"},
		{`.a { color: red;`, "", "not closed"},
		{`.a { b: c } }`, "", "unbalanced"},
		{`@media print { .a { b: c }`, "", "unclosed @media"},
		{`.a`, "", "no {"},
	} {
		got, err := scopeCSS(c.in, ".s")
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("scopeCSS(%q): error %v, want one saying %q", c.in, err, c.err)
		case c.err == "" && err != nil:
			t.Errorf("scopeCSS(%q): %v", c.in, err)
		case c.err == "" && got != c.want:
			t.Errorf("scopeCSS(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestScopeLanes(t *testing.T) {
	a, cssA := scopeLanes(".g0{--c:#0072b2}.g1{--c:#d55e00}")
	b, _ := scopeLanes(".g0{--c:#0072b2}.g1{--c:#009e73}")
	a2, _ := scopeLanes(".g0{--c:#0072b2}.g1{--c:#d55e00}")
	if a == b || a != a2 || !regexp.MustCompile(`^tl-c[0-9a-f]{8}$`).MatchString(a) {
		t.Errorf("lane classes %q, %q, %q: want tl-c and 8 hex digits, equal for equal colours only", a, b, a2)
	}
	if want := ".tl-embed." + a + " .g0{--c:#0072b2}.tl-embed." + a + " .g1{--c:#d55e00}"; cssA != want {
		t.Errorf("scoped lanes\n got %q\nwant %q", cssA, want)
	}
	if c, css := scopeLanes(""); c != "" || css != "" {
		t.Errorf("no lanes: %q %q", c, css)
	}
}

// TestFragmentSearchable: the search box is in the fragment and the page,
// labelled, hidden without JavaScript (it is in .js-only controls), and
// the list carries the tags it searches.
func TestFragmentSearchable(t *testing.T) {
	tl := loadFixture(t, "sample")
	for _, r := range []struct {
		name string
		f    renderer
	}{{"page", HTML}, {"fragment", Fragment}} {
		var buf bytes.Buffer
		if err := r.f(&buf, tl, Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		ctl := out[strings.Index(out, `<div class="tl-controls js-only">`):]
		ctl = ctl[:strings.Index(ctl, "<figure")]
		if !strings.Contains(ctl, `<label>Search events <input type="search" class="tl-q"`) || !strings.Contains(ctl, `<output class="tl-count" aria-live="polite">`) {
			t.Errorf("%s: the controls lack a labelled search box and its count: %q", r.name, ctl)
		}
		for _, e := range tl.Events {
			if len(e.Tags) == 0 {
				continue
			}
			want := "<p class=t>" + html.EscapeString(strings.Join(e.Tags, ", ")) + "</p>"
			if !strings.Contains(out, want) {
				t.Errorf("%s: event %s: the list lacks its tags %q", r.name, e.ID, want)
			}
		}
	}
}

func TestFragmentOptions(t *testing.T) {
	tl := loadFixture(t, "sample")
	for _, o := range []Options{{Assets: "inline"}, {Assets: "local"}, {Theme: "blue"}} {
		if err := Fragment(io.Discard, tl, o); err == nil {
			t.Errorf("Fragment with %+v: no error", o)
		}
	}
	var buf bytes.Buffer
	if err := Fragment(&buf, &timeline.Timeline{}, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "All events (0)") {
		t.Errorf("an empty timeline's fragment lacks its empty list")
	}
}
