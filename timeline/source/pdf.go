package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/net/html"
)

// pdfLine is one line of text on a PDF page, in points. y grows down the
// page and is the line's baseline (or the bottom of its box); size is the
// font size or the height of the line's box.
type pdfLine struct {
	page   int
	x0, x1 float64
	y      float64
	size   float64
	text   string
}

// pdftotext is the path of poppler's pdftotext, or "" when it is not
// installed.
var pdftotext = sync.OnceValue(func() string {
	p, _ := exec.LookPath("pdftotext")
	return p
})

// readPDF reads a PDF's text. path is the file to hand to pdftotext, or ""
// to hand it data on standard input.
func readPDF(name, path string, data []byte) (*Document, error) {
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, newError(name, ErrBinary, "is not a PDF (it does not start with %%PDF-); check the file or its extension")
	}
	doc := &Document{Path: name, Format: "pdf"}
	var lines []pdfLine
	var pages int
	var title string
	var err error
	if tool := pdftotext(); tool != "" {
		lines, pages, title, err = popplerLines(tool, path, data)
		doc.Extractor = "pdftotext"
		if err != nil {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: pdftotext failed (%v); the built-in reader was used instead.", name, err))
		}
	}
	if doc.Extractor == "" || err != nil {
		lines, pages, title, err = goLines(data)
		doc.Extractor = "ledongthuc/pdf"
		if err != nil {
			return nil, newError(name, err, "cannot read the PDF: %v", err)
		}
	}
	text, starts := buildText(lines, pages)
	if strings.TrimSpace(text) == "" {
		return nil, newError(name, ErrNoText, "has no text layer (a scanned PDF?); run OCR on it first, for example `ocrmypdf in.pdf out.pdf`, and read the result")
	}
	doc.Text, doc.Plain = text, text
	doc.Offsets = Offsets{mapping: TextOnly, pages: starts}
	doc.Title = strings.TrimSpace(title)
	if doc.Title == "" {
		doc.Title = titleLine(text)
	}
	findDateline(doc)
	return doc, nil
}

// popplerLines runs pdftotext -bbox-layout and reads its lines of words.
func popplerLines(tool, path string, data []byte) ([]pdfLine, int, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	in := path
	switch {
	case in == "":
		in = "-" // standard input
	case strings.HasPrefix(in, "-"):
		in = "./" + in // not an option
	}
	cmd := exec.CommandContext(ctx, tool, "-bbox-layout", "-enc", "UTF-8", "-q", in, "-")
	if path == "" {
		cmd.Stdin = bytes.NewReader(data)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, 0, "", errors.New(msg)
	}
	return parseBBox(out)
}

// parseBBox reads the XHTML of pdftotext -bbox-layout.
func parseBBox(out []byte) ([]pdfLine, int, string, error) {
	z := html.NewTokenizer(bytes.NewReader(out))
	var lines []pdfLine
	var words []string
	var cur *pdfLine
	page, title := 0, ""
	inWord, inTitle := false, false
	// attrs reads the box of a tag; the tokenizer lower-cases the names.
	attrs := func() (x0, y0, x1, y1 float64) {
		for {
			key, val, more := z.TagAttr()
			f, _ := strconv.ParseFloat(string(val), 64)
			switch string(key) {
			case "xmin":
				x0 = f
			case "ymin":
				y0 = f
			case "xmax":
				x1 = f
			case "ymax":
				y1 = f
			}
			if !more {
				return
			}
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return lines, page, title, nil
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "page":
				page++
			case "line":
				cur = &pdfLine{page: page}
				if hasAttr {
					var y0 float64
					cur.x0, y0, cur.x1, cur.y = attrs()
					cur.size = cur.y - y0
				}
				words = words[:0]
			case "word":
				inWord = true
			case "title":
				inTitle = true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "line":
				if cur != nil {
					cur.text = strings.Join(words, " ")
					lines = append(lines, *cur)
					cur = nil
				}
			case "word":
				inWord = false
			case "title":
				inTitle = false
			}
		case html.TextToken:
			switch {
			case inWord:
				words = append(words, string(z.Text()))
			case inTitle:
				title += string(z.Text())
			}
		}
	}
}

// goLines reads the PDF with github.com/ledongthuc/pdf: every glyph with
// its position, gathered into lines row by row, with two-column pages read
// column by column.
func goLines(data []byte) (lines []pdfLine, pages int, title string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, 0, "", err
	}
	if info := r.Trailer().Key("Info"); !info.IsNull() {
		title = info.Key("Title").Text()
	}
	pages = r.NumPage()
	for i := 1; i <= pages; i++ {
		lines = append(lines, pageLines(r.Page(i), i)...)
	}
	return lines, pages, title, nil
}

// pageLines gathers the glyphs of one page into lines.
func pageLines(p pdf.Page, num int) []pdfLine {
	glyphs := pageGlyphs(p)
	glyphs = slices.DeleteFunc(glyphs, func(g glyph) bool { return g.s == "" || g.s == "\n" || g.s == "\r" })
	if len(glyphs) == 0 {
		return nil
	}
	// Rows: glyphs whose baselines are within a third of the font size.
	slices.SortStableFunc(glyphs, func(a, b glyph) int {
		switch {
		case a.y > b.y:
			return -1
		case a.y < b.y:
			return 1
		}
		return 0
	})
	var rows [][]glyph
	for _, g := range glyphs {
		n := len(rows)
		if n > 0 {
			first := rows[n-1][0]
			if first.y-g.y <= 0.35*max(first.size, g.size, 1) {
				rows[n-1] = append(rows[n-1], g)
				continue
			}
		}
		rows = append(rows, []glyph{g})
	}
	// Segments: a row split where the gap is wider than 1.5 em (a gutter).
	type seg struct {
		line pdfLine
		row  int
	}
	var segs []seg
	for ri, row := range rows {
		slices.SortStableFunc(row, func(a, b glyph) int {
			switch {
			case a.x < b.x:
				return -1
			case a.x > b.x:
				return 1
			}
			return 0
		})
		var sb strings.Builder
		var cur pdfLine
		prevEnd, prevX, prevS := 0.0, -1e9, ""
		flush := func() {
			cur.text = strings.TrimSpace(sb.String())
			if cur.text != "" {
				segs = append(segs, seg{cur, ri})
			}
			sb.Reset()
		}
		for i, g := range row {
			size := max(g.size, 1)
			space := g.s == " " || g.s == "\u00a0"
			if i > 0 && g.s == prevS && g.x-prevX < 0.1*size {
				continue // the same glyph drawn twice (fake bold)
			}
			gap := g.x - prevEnd
			if i > 0 && gap > 1.5*size && !space {
				flush()
			}
			if sb.Len() == 0 {
				if space {
					continue
				}
				cur = pdfLine{page: num, x0: g.x, y: -g.y, size: size}
			} else if gap > 0.2*size && !space && !strings.HasSuffix(sb.String(), " ") {
				sb.WriteByte(' ')
			}
			if !space {
				sb.WriteString(g.s)
				cur.x1 = g.x + g.w
			} else if !strings.HasSuffix(sb.String(), " ") {
				sb.WriteByte(' ')
			}
			prevEnd, prevX, prevS = g.x+g.w, g.x, g.s
			cur.size = max(cur.size, size)
		}
		flush()
	}
	// Two columns: a gutter at the same place on a quarter of the rows.
	gutters := map[int]int{}
	for i := 1; i < len(segs); i++ {
		if segs[i].row == segs[i-1].row {
			mid := (segs[i-1].line.x1 + segs[i].line.x0) / 2
			gutters[int(mid/10)]++
		}
	}
	bestBucket, bestCount := 0, 0
	for b, c := range gutters {
		if c > bestCount || (c == bestCount && b < bestBucket) {
			bestBucket, bestCount = b, c
		}
	}
	lines := make([]pdfLine, 0, len(segs))
	if bestCount >= 3 && 4*bestCount >= len(rows) {
		g := float64(bestBucket)*10 + 5
		var right []pdfLine
		for _, s := range segs {
			if s.line.x0 >= g-10 {
				right = append(right, s.line)
			} else {
				lines = append(lines, s.line)
			}
		}
		return append(lines, right...)
	}
	for _, s := range segs {
		lines = append(lines, s.line)
	}
	return lines
}

var ligatures = strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// buildText rebuilds paragraphs from the lines of a PDF and returns the
// text, one paragraph per line with a blank line between paragraphs, and
// the offset where each page after the first begins.
//
// Ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) are spelled out and page numbers alone on the
// first or last line of a page are dropped. A new paragraph starts after a
// vertical gap over 1.6 times the usual line spacing, at a change of font
// size, at an indented line, after a line that ends a sentence well short
// of the right margin, and before a list item. Lines of a paragraph are
// joined with a space, except after a hyphen at the end of a line before a
// lower-case letter: the hyphen is kept when the document spells the word
// with a hyphen elsewhere ("high-profile") and dropped otherwise
// ("in-vestigation" becomes "investigation"); a soft hyphen is always
// dropped.
func buildText(lines []pdfLine, pages int) (string, []int) {
	for i := range lines {
		lines[i].text = strings.TrimSpace(ligatures.Replace(lines[i].text))
	}
	lines = dropPageNumbers(lines)
	lines = slices.DeleteFunc(lines, func(l pdfLine) bool { return l.text == "" })
	hyphenated := hyphenatedWords(lines)

	var buf []byte
	starts := make([]int, 0, max(pages-1, 0))
	page := 1
	flows := flowStats(lines)
	for i, l := range lines {
		if i > 0 {
			if paragraphBreak(lines, i, flows) {
				buf = append(buf, "\n\n"...)
			} else {
				switch joinOf(lines[i-1].text, l.text, hyphenated) {
				case joinSpace:
					buf = append(buf, ' ')
				case dropHyphen:
					buf = buf[:len(buf)-1]
				case dropSoftHyphen:
					buf = buf[:len(buf)-len("\u00ad")]
				}
			}
		}
		for page < l.page {
			page++
			starts = append(starts, len(buf))
		}
		buf = append(buf, l.text...)
	}
	for page < pages {
		page++
		starts = append(starts, len(buf))
	}
	return string(buf), starts
}

// How two lines of a paragraph are joined.
const (
	joinSpace      = iota // "the" + " " + "next"
	joinGlue              // "high-" + "profile", "Ocasio-" + "Cortez"
	dropHyphen            // "in-" + "vestigation" = "investigation"
	dropSoftHyphen        // a soft hyphen (U+00AD) at the end of the line
)

// joinOf says how to join line next to line prev in the same paragraph.
func joinOf(prev, next string, hyphenated map[string]bool) int {
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case strings.HasSuffix(prev, "\u00ad"):
		return dropSoftHyphen
	case !strings.HasSuffix(prev, "-") || len(prev) < 2 || !isLetterByteBefore(prev):
		return joinSpace
	case unicode.IsLower(r):
		if hyphenated[strings.ToLower(lastWord(prev[:len(prev)-1])+"-"+firstWord(next))] {
			return joinGlue
		}
		return dropHyphen
	case unicode.IsUpper(r):
		return joinGlue
	}
	return joinSpace
}

func isLetterByteBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// hyphenatedWords returns the hyphenated words that occur inside lines (not
// split at a line end), lower-cased.
func hyphenatedWords(lines []pdfLine) map[string]bool {
	words := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l.text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
				words[strings.ToLower(w)] = true
			}
		}
	}
	return words
}

// dropPageNumbers removes lines that are only a page number ("12", "- 12 -",
// "Page 3 of 9") at the top or bottom of a page.
func dropPageNumbers(lines []pdfLine) []pdfLine {
	out := lines[:0:0]
	for i, l := range lines {
		first := i == 0 || lines[i-1].page != l.page
		last := i == len(lines)-1 || lines[i+1].page != l.page
		if (first || last) && isPageNumber(l.text) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func isPageNumber(s string) bool {
	s = strings.ToLower(strings.Trim(s, "-–— "))
	s = strings.TrimPrefix(s, "page ")
	if a, b, ok := strings.Cut(s, " of "); ok {
		return allDigits(a) && allDigits(b)
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		return allDigits(strings.TrimSpace(a)) && allDigits(strings.TrimSpace(b))
	}
	return allDigits(s) && len(s) <= 4
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// flow holds the layout of a run of lines that go down one page: the left
// margin, the right margin and the usual spacing.
type flow struct {
	left, right, gap float64
}

// flowStats returns, for each line, the statistics of its flow. A flow ends
// at a new page or where the next line is above the last (a new column).
func flowStats(lines []pdfLine) []flow {
	out := make([]flow, len(lines))
	for start := 0; start < len(lines); {
		end := start + 1
		for end < len(lines) && lines[end].page == lines[end-1].page && lines[end].y >= lines[end-1].y-1 {
			end++
		}
		f := flow{}
		var x0s, x1s, gaps []float64
		for k := start; k < end; k++ {
			x0s = append(x0s, lines[k].x0)
			x1s = append(x1s, lines[k].x1)
			if k > start {
				if g := lines[k].y - lines[k-1].y; g > 0.5 {
					gaps = append(gaps, g)
				}
			}
		}
		f.left = mode(x0s)
		slices.Sort(x1s)
		f.right = x1s[len(x1s)*9/10]
		if len(gaps) > 0 {
			slices.Sort(gaps)
			f.gap = gaps[len(gaps)/2]
		}
		for k := start; k < end; k++ {
			out[k] = f
		}
		start = end
	}
	return out
}

// mode returns the most common value of xs rounded to a point, the
// smallest on a tie.
func mode(xs []float64) float64 {
	counts := map[int]int{}
	best, bestN := 0, 0
	for _, x := range xs {
		k := int(x + 0.5)
		counts[k]++
		if n := counts[k]; n > bestN || (n == bestN && k < best) {
			best, bestN = k, n
		}
	}
	return float64(best)
}

// paragraphBreak reports whether line i starts a new paragraph.
func paragraphBreak(lines []pdfLine, i int, flows []flow) bool {
	a, b := lines[i-1], lines[i]
	fa, fb := flows[i-1], flows[i]
	size := max(a.size, b.size, 1)
	endsSentence := strings.ContainsAny(lastRune(a.text), ".!?:\"”’)")
	short := a.x1 < fa.right-2.5*size
	if startsListItem(b.text) {
		return true
	}
	sameFlow := a.page == b.page && b.y >= a.y-1
	if !sameFlow {
		// A new page or column continues the paragraph unless the last
		// line ended one.
		return endsSentence && short || b.x0 > fb.left+0.8*size
	}
	if fa.gap > 0 && b.y-a.y > 1.6*fa.gap {
		return true
	}
	if fa.gap == 0 && b.y-a.y > 2*size {
		return true
	}
	if a.size > 0 && b.size > 0 && (b.size > 1.15*a.size || a.size > 1.15*b.size) {
		return true
	}
	if b.x0 > fb.left+0.8*size && a.x0 <= fa.left+0.8*size {
		return true // an indented first line
	}
	if short && endsSentence {
		return true
	}
	// A short line without final punctuation before a capital: a heading.
	r, _ := utf8.DecodeRuneInString(b.text)
	if !endsSentence && a.x1 < fa.left+0.7*(fa.right-fa.left) && unicode.IsUpper(r) && !strings.HasSuffix(a.text, "-") && !strings.HasSuffix(a.text, ",") {
		return true
	}
	return false
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

func startsListItem(s string) bool {
	for _, p := range []string{"• ", "- ", "– ", "* ", "▪ ", "◦ "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}
