package source

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// readMarkdown fills doc.Plain, and the title, URL and date from YAML front
// matter, for a Markdown document whose Text is set.
func readMarkdown(doc *Document) {
	text := doc.Text
	plain := []byte(text)
	body := 0
	if fm, end, ok := frontMatter(text); ok {
		blank(plain, 0, end)
		body = end
		readFrontMatter(doc, fm)
	}
	blankMarkdown(plain, body)
	doc.Plain = string(plain)
	if doc.Title == "" {
		doc.Title = firstHeading(text[body:])
	}
}

// frontMatter returns the YAML between a first line "---" and the next
// line "---" or "...", and the offset after the closing line.
func frontMatter(text string) (string, int, bool) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return "", 0, false
	}
	pos := len(first) + 1
	for rest != "" {
		line, after, found := strings.Cut(rest, "\n")
		if l := strings.TrimRight(line, " \t\r"); l == "---" || l == "..." {
			end := pos + len(line)
			if found {
				end++
			}
			return text[len(first)+1 : pos], end, true
		}
		pos += len(line) + 1
		rest = after
		if !found {
			break
		}
	}
	return "", 0, false
}

// readFrontMatter takes title, url and date from front matter. A date that
// cannot be read becomes a warning.
func readFrontMatter(doc *Document, fm string) {
	var m map[string]any
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: the front matter is not valid YAML (%v); it was skipped.", doc.Path, err))
		return
	}
	if s, ok := m["title"].(string); ok {
		doc.Title = strings.TrimSpace(s)
	}
	for _, k := range []string{"url", "canonical_url", "canonicalURL", "link", "source"} {
		if s, ok := m[k].(string); ok && strings.Contains(s, "://") {
			doc.URL = strings.TrimSpace(s)
			break
		}
	}
	for _, k := range []string{"published", "date", "publishDate", "publish_date", "pubDate", "published_at", "created"} {
		v, ok := m[k]
		if !ok {
			continue
		}
		var d date
		switch v := v.(type) {
		case time.Time:
			d = date{year: v.Year(), month: int(v.Month()), day: v.Day()}
		case string:
			if d, ok = parseDateOnly(v); !ok {
				doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: front matter %s: %q is not a date timeline can read; write it as 2024-08-12.", doc.Path, k, v))
				continue
			}
		case int:
			d = date{year: v}
		default:
			continue
		}
		if val, ok := d.value(); ok {
			doc.Published, doc.PublishedFrom = val, "front-matter"
			return
		}
	}
}

// firstHeading returns the text of the first ATX heading of level 1.
func firstHeading(text string) string {
	inFence := false
	for line := range strings.Lines(text) {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			inFence = !inFence
			continue
		}
		if !inFence && strings.HasPrefix(l, "# ") {
			plain := []byte(l)
			blankMarkdown(plain, 0)
			return strings.Join(strings.Fields(string(plain)), " ")
		}
	}
	return ""
}

// blank replaces b[i:j] with spaces, keeping newlines.
func blank(b []byte, i, j int) {
	for k := i; k < j && k < len(b); k++ {
		if b[k] != '\n' && b[k] != '\r' {
			b[k] = ' '
		}
	}
}

// blankMarkdown replaces Markdown syntax in b[from:] with spaces, keeping
// every other byte where it is. It is line based and forgiving: what it
// does not recognise stays as written. Blanked: code fences and their
// contents, HTML comments and tags, heading marks, setext underlines,
// thematic breaks, blockquote marks, table pipes and rules, reference
// definitions, images, link targets and brackets, emphasis and strike
// marks, code-span backticks, footnote references, and backslashes of
// escapes and hard breaks. List markers stay: the sentence splitter reads
// them.
func blankMarkdown(b []byte, from int) {
	fence := "" // the fence that opened a code block, or ""
	inComment := false
	for pos := from; pos < len(b); {
		end := pos
		for end < len(b) && b[end] != '\n' {
			end++
		}
		line := string(b[pos:end])
		trimmed := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case inComment:
			if i := strings.Index(line, "-->"); i >= 0 {
				blank(b, pos, pos+i+3)
				inComment = false
				inlineMarkdown(b, pos+i+3, end)
			} else {
				blank(b, pos, end)
			}
		case fence != "":
			blank(b, pos, end)
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]) == "" {
				fence = ""
			}
		case indent < 4 && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			fence = trimmed[:3]
			blank(b, pos, end)
		case trimmed == "":
		case indent < 4 && isRule(trimmed):
			blank(b, pos, end) // a thematic break, or a setext underline
		case indent < 4 && trimmed[0] == '[' && isReferenceDefinition(trimmed):
			blank(b, pos, end)
		default:
			p := pos + indent
			// Blockquote marks, possibly nested.
			for p < end && b[p] == '>' {
				b[p] = ' '
				p++
				for p < end && b[p] == ' ' {
					p++
				}
			}
			// Heading marks.
			if q := p; q < end && b[q] == '#' {
				for q < end && b[q] == '#' {
					q++
				}
				if q-p <= 6 && (q == end || b[q] == ' ' || b[q] == '\t') {
					blank(b, p, q)
					// A closing sequence of #.
					e := end
					for e > q && (b[e-1] == ' ' || b[e-1] == '\t' || b[e-1] == '\r') {
						e--
					}
					c := e
					for c > q && b[c-1] == '#' {
						c--
					}
					if c < e && (c == q || b[c-1] == ' ') {
						blank(b, c, e)
					}
					p = q
				}
			}
			// Table rows.
			if strings.HasPrefix(strings.TrimLeft(string(b[p:end]), " "), "|") {
				for k := p; k < end; k++ {
					if b[k] == '|' {
						b[k] = ' '
					}
				}
			}
			if i := strings.Index(string(b[p:end]), "<!--"); i >= 0 && !strings.Contains(string(b[p+i:end]), "-->") {
				inlineMarkdown(b, p, p+i)
				blank(b, p+i, end)
				inComment = true
			} else {
				inlineMarkdown(b, p, end)
			}
		}
		pos = end + 1
	}
}

// isRule reports whether a trimmed line is a thematic break ("---",
// "* * *", "___") or a setext underline ("===", "---") or a table rule
// ("|---|:--:|").
func isRule(l string) bool {
	if strings.Trim(l, "=") == "" {
		return true
	}
	for _, c := range "-*_" {
		n := strings.Count(l, string(c))
		if n >= 3 && strings.Trim(l, string(c)+" ") == "" {
			return true
		}
	}
	if strings.Contains(l, "-") && strings.Trim(l, "|-: ") == "" && (strings.Contains(l, "|") || strings.Contains(l, ":")) {
		return true
	}
	return false
}

// isReferenceDefinition reports whether a trimmed line is "[label]: url".
func isReferenceDefinition(l string) bool {
	i := strings.Index(l, "]:")
	return i > 1 && !strings.Contains(l[:i], "](")
}

// inlineMarkdown blanks inline syntax in b[i:j].
func inlineMarkdown(b []byte, i, j int) {
	for k := i; k < j; k++ {
		switch c := b[k]; c {
		case '\\':
			if k+1 == j || (k+1 < j && b[k+1] == '\r') {
				b[k] = ' ' // a hard line break
			} else if k+1 < j && isASCIIPunct(b[k+1]) {
				b[k] = ' '
				k++ // keep the escaped character
			}
		case '`':
			n := run(b, k, j, '`')
			closeAt := indexRun(b, k+n, j, '`', n)
			if closeAt < 0 {
				k += n - 1
				continue
			}
			blank(b, k, k+n)
			blank(b, closeAt, closeAt+n)
			k = closeAt + n - 1
		case '!':
			if k+1 < j && b[k+1] == '[' {
				if e := linkEnd(b, k+1, j); e > 0 {
					blank(b, k, e) // an image: nothing to read
					k = e - 1
				}
			}
		case '[':
			if k+1 < j && b[k+1] == '^' {
				if c := indexByte(b, k, j, ']'); c > 0 {
					blank(b, k, c+1) // a footnote reference
					k = c
				}
				continue
			}
			close := matchBracket(b, k, j)
			if close < 0 {
				continue
			}
			e := linkEnd(b, k, j)
			if e < 0 {
				continue // plain brackets: "[Applause]"
			}
			b[k] = ' '
			blank(b, close, e)
			inlineMarkdown(b, k+1, close)
			k = e - 1
		case '<':
			if e := tagEnd(b, k, j); e > 0 {
				blank(b, k, e)
				k = e - 1
			}
		case '*', '_', '~':
			n := run(b, k, j, c)
			if c == '~' && n < 2 {
				continue
			}
			var before, after byte = ' ', ' '
			if k > i {
				before = b[k-1]
			}
			if k+n < j {
				after = b[k+n]
			}
			left := !isSpaceByte(after) && (isSpaceByte(before) || isASCIIPunct(before) || c == '*')
			right := !isSpaceByte(before) && (isSpaceByte(after) || isASCIIPunct(after) || c == '*')
			if c == '_' && isWordByte(before) && isWordByte(after) {
				left, right = false, false // snake_case
			}
			if left || right {
				blank(b, k, k+n)
			}
			k += n - 1
		}
	}
}

// linkEnd returns the end of the link that starts with "[" at b[k]:
// "[text](target)" or "[text][ref]", or -1.
func linkEnd(b []byte, k, j int) int {
	close := matchBracket(b, k, j)
	if close < 0 || close+1 >= j {
		return -1
	}
	switch b[close+1] {
	case '(':
		depth := 0
		for m := close + 1; m < j; m++ {
			switch b[m] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return m + 1
				}
			}
		}
	case '[':
		if c := indexByte(b, close+1, j, ']'); c > 0 {
			return c + 1
		}
	}
	return -1
}

// matchBracket returns the index of the "]" that closes the "[" at b[k].
func matchBracket(b []byte, k, j int) int {
	depth := 0
	for m := k; m < j; m++ {
		switch b[m] {
		case '\\':
			m++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return m
			}
		}
	}
	return -1
}

// tagEnd returns the end of an HTML tag or autolink at b[k] ("<br>",
// "</em>", "<https://...>"), or -1.
func tagEnd(b []byte, k, j int) int {
	if k+1 >= j {
		return -1
	}
	c := b[k+1]
	if !(c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return -1
	}
	for m := k + 1; m < j; m++ {
		switch b[m] {
		case '>':
			return m + 1
		case '<', '\n':
			return -1
		}
	}
	return -1
}

func run(b []byte, k, j int, c byte) int {
	n := 0
	for k+n < j && b[k+n] == c {
		n++
	}
	return n
}

// indexRun returns the start of the next run of exactly n bytes c in
// b[k:j], or -1.
func indexRun(b []byte, k, j int, c byte, n int) int {
	for m := k; m < j; m++ {
		if b[m] == c {
			r := run(b, m, j, c)
			if r == n {
				return m
			}
			m += r - 1
		}
	}
	return -1
}

func indexByte(b []byte, k, j int, c byte) int {
	for m := k; m < j; m++ {
		if b[m] == c {
			return m
		}
	}
	return -1
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
