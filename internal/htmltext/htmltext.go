// Package htmltext reads the text of parsed HTML.
package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// Of returns the text inside n, its text nodes joined as they stand.
func Of(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
