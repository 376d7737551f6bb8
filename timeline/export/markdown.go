package export

import (
	"bufio"
	"io"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Markdown writes t as a chronology: the title as a heading, then a list
// item per dated event in time order: the date as people read it, the title
// in bold, the group, the description and the http(s) sources as links.
// Text is escaped so that nothing in it becomes markup.
func Markdown(w io.Writer, t *timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	if t.Title != "" {
		bw.WriteString("# " + mdEscape(oneLineText(t.Title)) + "\n\n")
	}
	labels := groupLabels(t)
	for _, e := range dated(t) {
		// One list item; its lines end in a backslash, CommonMark's hard
		// line break, so each stays a line.
		head := mdEscape(e.Date.Display()) + " — **" + mdEscape(oneLineText(e.Title)) + "**"
		if g := groupLabel(labels, e.Group); g != "" {
			head += " (" + mdEscape(oneLineText(g)) + ")"
		}
		lines := []string{head}
		for _, l := range strings.Split(strings.ReplaceAll(e.Description, "\r\n", "\n"), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, mdEscape(l))
			}
		}
		if ls := links(&e); len(ls) > 0 {
			var b strings.Builder
			b.WriteString("Sources: ")
			for i, l := range ls {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString("[" + mdEscape(oneLineText(firstNonEmpty(l.Title, l.URL))) + "](" + mdURL(l.URL) + ")")
			}
			lines = append(lines, b.String())
		}
		bw.WriteString("- " + strings.Join(lines, "\\\n  ") + "\n")
	}
	return bw.Flush()
}

// oneLineText joins the lines of s with spaces.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdEscape backslash-escapes the characters that would make s markup
// (CommonMark lets any ASCII punctuation be escaped), and a line start that
// would open a heading, quote, list or thematic break.
func mdEscape(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '#':
			b.WriteByte('\\')
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i > 0 && isDigits(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// mdURL makes a link destination safe inside (...): spaces, parentheses,
// angle brackets and backslashes percent-encoded.
func mdURL(u string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\\", "%5C")
	return r.Replace(u)
}
