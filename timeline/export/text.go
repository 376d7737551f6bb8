package export

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/timeline-tool/timeline/internal/htmltext"
	"github.com/timeline-tool/timeline/internal/weblink"
	"github.com/timeline-tool/timeline/timeline"
)

// link is an http(s) source of an event.
type link struct{ URL, Title string }

// links are the event's http(s) sources, in order, each once: its Link,
// then the URLs of its mentions, titled by the citation's title or outlet.
func links(e *timeline.Event) []link {
	var out []link
	seen := map[string]int{}
	add := func(raw, title string) {
		u, ok := safeURL(raw)
		if !ok {
			return
		}
		if i, ok := seen[u]; ok {
			if out[i].Title == "" {
				out[i].Title = title
			}
			return
		}
		seen[u] = len(out)
		out = append(out, link{URL: u, Title: title})
	}
	for _, m := range e.Mentions {
		add(m.URL, firstNonEmpty(m.Title, m.Outlet))
	}
	if e.Link != "" {
		add(e.Link, "")
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// groupLabels maps group ids to the labels readers see (the id where a
// group has no label).
func groupLabels(t *timeline.Timeline) map[string]string {
	m := map[string]string{}
	for _, g := range t.Groups {
		m[g.ID] = firstNonEmpty(g.Label, g.ID)
	}
	return m
}

func groupLabel(labels map[string]string, id string) string {
	if id == "" {
		return ""
	}
	return firstNonEmpty(labels[id], id)
}

// escapeLines is s escaped for HTML text (not attributes: & < > are
// enough there), its line breaks as <br>.
func escapeLines(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return textEscaper.Replace(s)
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", "<br>")

// textHTML is the body of an event's slide: the description, then its
// sources as links.
func textHTML(e *timeline.Event) string {
	var b strings.Builder
	if d := strings.TrimSpace(e.Description); d != "" {
		b.WriteString("<p>" + escapeLines(d) + "</p>")
	}
	if ls := links(e); len(ls) > 0 {
		b.WriteString(`<p class="sources">Sources: `)
		for i, l := range ls {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(`<a href="` + html.EscapeString(l.URL) + `">` + escapeLines(firstNonEmpty(l.Title, l.URL)) + "</a>")
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// fromHTML takes a slide's HTML apart: the text of its paragraphs (line
// breaks kept, paragraphs separated by a blank line) and its http(s) links.
// A paragraph of class "sources" (as textHTML writes it) gives only links.
func fromHTML(s string) (text string, ls []link) {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s), nil
	}
	body := &xhtml.Node{Type: xhtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := xhtml.ParseFragment(strings.NewReader(s), body)
	if err != nil { // the tokenizer does not fail on strings; keep the text
		return strings.TrimSpace(s), nil
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *xhtml.Node, inSources bool)
	walk = func(n *xhtml.Node, inSources bool) {
		switch n.Type {
		case xhtml.TextNode:
			if !inSources {
				cur.WriteString(n.Data)
			}
			return
		case xhtml.ElementNode:
			switch n.DataAtom {
			case atom.Br:
				if !inSources {
					cur.WriteString("\n")
				}
				return
			case atom.Script, atom.Style:
				return
			case atom.A:
				for _, at := range n.Attr {
					if at.Key == "href" {
						if u, ok := safeURL(at.Val); ok {
							ls = append(ls, link{URL: u, Title: strings.TrimSpace(htmltext.Of(n))})
						}
					}
				}
			case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.Blockquote:
				flush()
				for _, at := range n.Attr {
					if at.Key == "class" && strings.Contains(" "+at.Val+" ", " sources ") {
						inSources = true
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, inSources)
				}
				flush()
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSources)
		}
	}
	for _, n := range nodes {
		walk(n, false)
	}
	flush()
	return strings.Join(paras, "\n\n"), ls
}

// plainHTML is the text of an HTML headline.
func plainHTML(s string) string {
	t, _ := fromHTML(s)
	return t
}

// safeURL is raw trimmed when it passes the project's link rule
// (internal/weblink), the same rule as the page's links.
func safeURL(raw string) (string, bool) {
	s, _, ok := weblink.Parse(raw)
	return s, ok
}
