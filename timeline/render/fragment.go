package render

import (
	"fmt"
	"hash/fnv"
	"io"
	"regexp"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// embedClass is the class of a fragment's container element. Every rule of
// the fragment's stylesheet starts with it, and its scripts find their
// chart, controls and list inside it.
const embedClass = "tl-embed"

// Fragment writes the timeline as an HTML fragment to paste into another
// page (a CMS, the HTML of a report): one <div class="tl-embed"> holding
// the header, the controls, the chart, the list of events and the sources.
//
// The fragment keeps to itself, so that the same fragment pasted twice
// into one page draws twice:
//   - its styles are the page's, every selector scoped under .tl-embed (no
//     rule for body, html or bare elements), and its lane colours under a
//     class of its own, derived from the colours;
//   - its elements have no fixed ids: the script finds its container from
//     itself (document.currentScript), and draws and filters only in it.
//     The list items keep their anchors (id="event-…", for links into the
//     host page); when a second copy would repeat them, its script adds
//     "-2" (the copy's number) to its own;
//   - its only global name is window.timelineEmbed, defined once; ECharts
//     is loaded once when inline (a second copy skips it) and fetched from
//     the browser's cache when from the CDN.
//
// Each container's chart element (.tl-chart) gets data-timeline-ready="N"
// when drawn, as the page's does. The host page must run the fragment's
// scripts as parsed HTML: scripts inserted with innerHTML do not run.
func Fragment(w io.Writer, t *timeline.Timeline, o Options) error {
	d, err := pageFor(t, o, true)
	if err != nil {
		return err
	}
	return execute(w, fragmentTmpl, d, "fragment")
}

// fragmentCSS is the page's stylesheet scoped under the container class.
var fragmentCSS = mustScopeCSS(pageCSS, "."+embedClass)

func mustScopeCSS(css, scope string) string {
	s, err := scopeCSS(css, scope)
	if err != nil {
		panic(err)
	}
	return s
}

var cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)

// scopeCSS rewrites a stylesheet of our own so that every rule applies
// only inside scope: the document's selectors (:root, html, body) become
// scope itself, "*" becomes scope and its descendants, and every other
// selector becomes a descendant of scope. It knows plain rules and
// @media blocks, which is all page.css uses, and refuses anything else.
func scopeCSS(css, scope string) (string, error) {
	var b strings.Builder
	rest := cssComment.ReplaceAllString(css, "")
	depth := 0
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			break
		}
		if rest[0] == '}' {
			if depth == 0 {
				return "", fmt.Errorf("render: scoping CSS: unbalanced }: %.60q", rest)
			}
			depth--
			b.WriteString("}\n")
			rest = rest[1:]
			continue
		}
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			return "", fmt.Errorf("render: scoping CSS: no { after %.60q", rest)
		}
		head := strings.TrimSpace(rest[:open])
		if strings.HasPrefix(head, "@") {
			if !strings.HasPrefix(head, "@media ") {
				return "", fmt.Errorf("render: scoping CSS: unsupported at-rule %q", head)
			}
			b.WriteString(head + " {\n")
			depth++
			rest = rest[open+1:]
			continue
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 || strings.ContainsRune(rest[open+1:open+end], '{') {
			return "", fmt.Errorf("render: scoping CSS: the rule %q is not closed", head)
		}
		body := rest[open+1 : open+end]
		var sels []string
		for _, sel := range strings.Split(head, ",") {
			sels = append(sels, scopeSelector(strings.TrimSpace(sel), scope)...)
		}
		b.WriteString(strings.Join(sels, ", ") + " {" + strings.TrimRight(body, " \n") + " }\n")
		rest = rest[open+end+1:]
	}
	if depth != 0 {
		return "", fmt.Errorf("render: scoping CSS: %d unclosed @media", depth)
	}
	return b.String(), nil
}

func scopeSelector(sel, scope string) []string {
	if sel == "*" {
		return []string{scope, scope + " *"}
	}
	for _, root := range []string{":root", "html", "body"} {
		if rest, ok := strings.CutPrefix(sel, root); ok && (rest == "" || strings.ContainsRune(" [.:>#", rune(rest[0]))) {
			return []string{scope + rest}
		}
	}
	return []string{scope + " " + sel}
}

// scopeLanes puts the lane colour rules (".g0{--c:#0072b2}...") under a
// class named after them, so that two different fragments in one page
// keep their own colours, and two copies of one share theirs.
func scopeLanes(rules string) (class, css string) {
	if rules == "" {
		return "", ""
	}
	h := fnv.New32a()
	h.Write([]byte(rules))
	class = fmt.Sprintf("tl-c%08x", h.Sum32())
	var b strings.Builder
	for _, r := range strings.SplitAfter(rules, "}") {
		if r != "" {
			b.WriteString("." + embedClass + "." + class + " " + r)
		}
	}
	return class, b.String()
}
