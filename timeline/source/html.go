package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/timeline-tool/timeline/internal/htmltext"
)

// minArticleWords is the fewest words an article can have: readability
// returns the menu of a page without an article ("Home About").
const minArticleWords = 10

// readHTML reads a web page: the article text (readability), its title and
// URL, and its publication date.
func readHTML(name string, data []byte) (*Document, error) {
	doc := &Document{Path: name, Format: "html", Extractor: "readability"}
	src := data
	aligned := true
	if kind := binaryKind(data); kind != "" && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, newError(name, ErrBinary, "looks like %s, not a web page; timeline reads %s files", kind, supportedList)
	}
	if !utf8.Valid(data) {
		// A legacy encoding, declared or not; pages that claim UTF-8 but
		// are not get their bad bytes read as Windows-1252.
		e, enc, _ := charset.DetermineEncoding(data, "text/html")
		if enc == "utf-8" {
			text, _, _, _ := decodeText(name, data)
			src, enc = []byte(text), "broken UTF-8"
		} else {
			decoded, err := e.NewDecoder().Bytes(data)
			if err != nil {
				return nil, newError(name, err, "cannot decode the page as %s: %v", enc, err)
			}
			src = decoded
		}
		aligned = false
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s is in %s, not UTF-8; offsets are into the extracted text, not the file.", name, enc))
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, newError(name, err, "cannot parse the HTML: %v", err)
	}
	meta := scanPage(root)
	doc.URL = meta.url
	var pageURL *nurl.URL
	if u, err := nurl.Parse(meta.url); err == nil && u.IsAbs() {
		pageURL = u
	}

	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(root, pageURL)
	if err != nil || article.Node == nil {
		return nil, newError(name, ErrNoText, "no article text found in the page; save the article itself (or its text) instead")
	}
	var sb strings.Builder
	if err := article.RenderText(&sb); err != nil {
		return nil, newError(name, ErrNoText, "no article text found in the page: %v", err)
	}
	doc.Text = sb.String()
	doc.Plain = doc.Text
	if words := strings.Fields(doc.Text); len(words) < minArticleWords {
		return nil, newError(name, ErrNoText, "no article text found in the page; save the article itself (or its text) instead")
	}
	doc.Title = strings.TrimSpace(article.Title())
	if doc.Title == "" {
		doc.Title = meta.title
	}
	if aligned {
		doc.Offsets = align(src, doc.Text)
	} else {
		doc.Offsets = Offsets{mapping: TextOnly}
	}

	// The publication date, strongest source first.
	for _, c := range []struct{ value, from string }{
		{meta.jsonLD, "json-ld"},
		{meta.meta, "html-meta"},
		{readabilityDate(article), "html-meta"},
		{meta.timeElement, "time-element"},
	} {
		if c.value == "" {
			continue
		}
		if d, ok := parseDateOnly(c.value); ok {
			if v, ok := d.value(); ok {
				doc.Published, doc.PublishedFrom = v, c.from
				return doc, nil
			}
		}
	}
	for _, line := range meta.lines {
		if d, _, _, label := datelineOf(line); label == "published-line" {
			if v, ok := d.value(); ok {
				doc.Published, doc.PublishedFrom = v, label
				return doc, nil
			}
		}
	}
	findDateline(doc)
	return doc, nil
}

func readabilityDate(a readability.Article) string {
	t, err := a.PublishedTime()
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// page is what scanPage finds outside the article text.
type page struct {
	title, url  string
	jsonLD      string   // datePublished from JSON-LD
	meta        string   // the first publication date in meta tags
	timeElement string   // the best <time> element's date
	lines       []string // the visible text, line by line, for a "Published: ..." line
}

// metaDateNames are the meta tags (property, name or itemprop) that carry a
// publication date, strongest first.
var metaDateNames = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "datepublished",
	"published_time", "publishdate", "publish_date", "publish-date", "pubdate", "publication_date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
	"dc.date", "dcterms.date", "parsely-pub-date", "citation_publication_date", "citation_date",
	"article.published", "date",
}

// scanPage reads the page's metadata and visible lines before readability
// changes the tree.
func scanPage(root *html.Node) page {
	var p page
	metas := map[string]string{}
	type timeCandidate struct {
		value string
		score int
	}
	var times []timeCandidate
	var text strings.Builder

	var walk func(n *html.Node, skip bool, boost int)
	walk = func(n *html.Node, skip bool, boost int) {
		switch n.Type {
		case html.TextNode:
			if !skip {
				text.WriteString(n.Data)
			}
			return
		case html.ElementNode:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, skip, boost)
			}
			return
		}
		attr := func(k string) string {
			for _, a := range n.Attr {
				if a.Key == k {
					return a.Val
				}
			}
			return ""
		}
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" {
				p.title = strings.TrimSpace(htmltext.Of(n))
			}
			return
		case atom.Meta:
			key := strings.ToLower(attr("property") + attr("name") + attr("itemprop"))
			if v := attr("content"); key != "" && v != "" {
				if _, ok := metas[key]; !ok {
					metas[key] = strings.TrimSpace(v)
				}
			}
			if strings.ToLower(attr("itemprop")) == "datepublished" && attr("datetime") != "" {
				metas["datepublished"] = attr("datetime")
			}
			return
		case atom.Link:
			if strings.EqualFold(attr("rel"), "canonical") && p.url == "" {
				p.url = strings.TrimSpace(attr("href"))
			}
			return
		case atom.Script:
			if strings.EqualFold(attr("type"), "application/ld+json") && p.jsonLD == "" {
				p.jsonLD = jsonLDDate(htmltext.Of(n))
			}
			return
		case atom.Head:
			// Metadata only: no visible text.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, true, boost)
			}
			return
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Nav, atom.Aside, atom.Footer:
			skip = true
		}
		class := strings.ToLower(attr("class") + " " + attr("id"))
		for _, w := range []string{"related", "sidebar", "comment", "recommend", "promo", "widget", "newsletter", "trending", "popular", "more-stories", "footer", "masthead", "site-header"} {
			if strings.Contains(class, w) {
				skip = true
			}
		}
		if n.DataAtom == atom.Article || strings.Contains(class, "article") || strings.Contains(class, "byline") {
			boost = 1 // inside the article: not the page's masthead
		}
		if n.DataAtom == atom.Time && !skip {
			v := attr("datetime")
			if v == "" {
				v = htmltext.Of(n)
			}
			score := boost
			if _, ok := attrValue(n, "pubdate"); ok || strings.EqualFold(attr("itemprop"), "datePublished") {
				score += 4
			}
			parentClass := ""
			if n.Parent != nil {
				for _, a := range n.Parent.Attr {
					if a.Key == "class" || a.Key == "id" {
						parentClass += " " + strings.ToLower(a.Val)
					}
				}
			}
			switch {
			case strings.Contains(class+parentClass, "publish") || strings.Contains(class+parentClass, "posted"):
				score += 2
			case strings.Contains(class+parentClass, "update") || strings.Contains(class+parentClass, "modif"):
				score -= 2
			}
			times = append(times, timeCandidate{strings.TrimSpace(v), score})
		}
		block := isBlock(n.DataAtom)
		if block && !skip {
			text.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, skip, boost)
		}
		if block && !skip {
			text.WriteByte('\n')
		}
	}
	walk(root, false, 0)

	for _, k := range metaDateNames {
		if v := metas[k]; v != "" {
			p.meta = v
			break
		}
	}
	if p.url == "" {
		p.url = metas["og:url"]
	}
	if t := metas["og:title"]; t != "" {
		p.title = t
	}
	best := -100
	for _, t := range times {
		if t.score > best {
			if _, ok := parseDateOnly(t.value); ok {
				best, p.timeElement = t.score, t.value
			}
		}
	}
	for line := range strings.Lines(text.String()) {
		if l := strings.Join(strings.Fields(line), " "); l != "" {
			p.lines = append(p.lines, l)
		}
	}
	return p
}

func attrValue(n *html.Node, k string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val, true
		}
	}
	return "", false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Footer, atom.Section, atom.Article, atom.Main,
		atom.Figure, atom.Figcaption, atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td,
		atom.Th, atom.Dl, atom.Dt, atom.Dd, atom.Address:
		return true
	}
	return false
}

// jsonLDDate returns datePublished (or dateCreated) from a JSON-LD script,
// preferring an Article-like object.
func jsonLDDate(src string) string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return ""
	}
	var best, first string
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			d, _ := v["datePublished"].(string)
			if d == "" {
				d, _ = v["dateCreated"].(string)
			}
			if d != "" {
				typ := fmt.Sprint(v["@type"])
				if best == "" && (strings.Contains(typ, "Article") || strings.Contains(typ, "Posting") || strings.Contains(typ, "Report")) {
					best = d
				}
				if first == "" {
					first = d
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if e, ok := v[k]; ok {
					visit(e)
				}
			}
		}
	}
	visit(v)
	if best != "" {
		return best
	}
	return first
}
