// Package sentence splits a text into sentences, headlines, captions and
// list items, and reports each as a span of byte offsets into the text.
//
// The splitter is a set of rules, not a trained model, and works in two
// passes.
//
// # Blocks
//
// The first pass cuts the text into lines and lines into blocks. A blank
// line always ends a block. Whether a single newline does depends on the
// shape of the text: when the median line is longer than [lineModeMin]
// bytes, the text was written one paragraph per line (web copy, word
// processors) and every newline ends a block; otherwise the text is
// hard-wrapped (e-mail, PDF, plain text at 72 columns) and a newline is
// just a space. The median is weighted by length (the length of the line
// that holds the middle byte of the text), so that many short headings and
// list items do not hide the paragraphs. A line that starts with a list marker ("- ", "* ", "+ ",
// "• ", "– ", or one to three digits and ". " or ") ") always starts a new
// block, and every unit in it is a [ListItem] whose span starts after the
// marker.
//
// # Headlines
//
// A line is a [Headline] when it has no final punctuation (. ! ? : ; , or a
// dash, ignoring closing quotes and brackets), holds no sentence break,
// is not a photo credit or a byline, does not start with a lower-case
// letter, starts a block or follows a line that ends a sentence (or a
// headline), and either
//   - stands alone in its block with at most 25 words (a title, a section
//     heading, a subtitle), or
//   - has at most 15 words and is followed by a byline or a credit, or
//   - has at most 15 words, is shorter than 70 % of the median line and the
//     next line starts with a capital, a digit or a quote. The median rule
//     keeps the last, short line of a hard-wrapped paragraph from being taken
//     for a heading.
//
// # Sentences
//
// Inside a block a sentence ends at ".", "!", "?" or "…" (or a run of them),
// followed by any closing quotes and brackets, then white space, then a
// capital letter, a digit or an opening quote or bracket. A lower-case word
// after the period never starts a sentence. A period does not end a sentence
// after:
//   - a title or a fixed abbreviation: Dr. Mr. Gen. Gov. Sen. Rep. St. est.
//     approx. incl. pp. vs. et al. ... (the list is [abbreviations]);
//   - a month or weekday abbreviation (Aug. Sept. Wed.) or "No." before a
//     digit;
//   - a single capital letter (an initial: "George W. Bush"), unless the next
//     word is a sentence starter ("The", "It", "He", ... see [starters]);
//   - a dotted acronym (U.S. U.N. E.U. p.m., letters and periods only, so
//     not "16764.09") or a company suffix (Inc. Corp. Ltd.), unless the next
//     word is a sentence starter, or a capitalised word that is not an
//     institution word ("President", "Council", "Army" ...) and is followed
//     by a lower-case word: "imposed by the U.S. Iran denied" breaks, "the
//     U.S. Congress passed" and "the U.N. Security Council" do not, nor
//     does a bracket ("EADS N.V. (EADS) won").
//
// "Aug.1, 2024" never breaks: a period only ends a sentence before white
// space, which also keeps "3.5" and "e.g." inside their sentence.
//
// # Captions
//
// A block whose last unit is a photo credit — "(AFP Photo)", "(Reuters)",
// "Photo: ...", "... /Getty Images" — is a caption: every unit in it, the
// credit included, is a [Caption]. A credit, a byline ("By Jane Doe |
// Aug. 12, 2024") or a publication line ("Published: 13 August 2024") at
// the start of a block is a Caption on its own. A date in a caption dates
// a photo or the document, not an event.
//
// Spans are trimmed of white space, never empty, sorted and never overlap.
// The splitter runs at well over 100 MB/s and allocates only the result,
// the line records and their lengths.
package sentence

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a span is.
type Kind uint8

const (
	Sentence Kind = iota // a sentence of running text
	Headline             // a title, heading or subtitle: a line without final punctuation
	Caption              // a photo caption, a credit such as "(AFP Photo)", a byline or a "Published:" line
	ListItem             // a sentence of a list item, after the marker
)

var kindNames = [...]string{"sentence", "headline", "caption", "list-item"}

// String returns "sentence", "headline", "caption" or "list-item".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Span is one unit of the text: text[Start:End], with no white space at
// either end.
type Span struct {
	Start, End int
	Kind       Kind
}

// lineModeMin is the median line length, in bytes, above which every
// newline ends a block (see the package comment).
const lineModeMin = 160

// Split returns the sentences, headlines, captions and list items of text,
// in order.
func Split(text string) []Span {
	return Append(nil, text)
}

// Append is [Split] appending to dst.
func Append(dst []Span, text string) []Span {
	s := splitter{text: text, out: dst}
	s.lines()
	s.blocks()
	return s.out
}

// line is one line of the text, [ts, te) trimmed of white space (ts == te
// for a blank line).
type line struct{ ts, te int }

func (l line) blank() bool { return l.ts == l.te }

type splitter struct {
	text     string
	out      []Span
	ls       []line
	median   int
	lineMode bool
}

// lines records every line and computes the weighted median length of the
// non-blank ones.
func (s *splitter) lines() {
	t := s.text
	n := strings.Count(t, "\n") + 1
	s.ls = make([]line, 0, n)
	lengths := make([]int, 0, n)
	for pos := 0; pos <= len(t); {
		end := strings.IndexByte(t[pos:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += pos
		}
		ts, te := trim(t, pos, end)
		s.ls = append(s.ls, line{ts: ts, te: te})
		if te > ts {
			lengths = append(lengths, te-ts)
		}
		pos = end + 1
	}
	s.median = weightedMedian(lengths)
	s.lineMode = s.median > lineModeMin
}

// weightedMedian returns the length of the line that holds the middle byte
// of the text when lines are sorted by length: the length of a typical
// paragraph line, however many short headings and list items there are.
// It sorts lengths.
func weightedMedian(lengths []int) int {
	if len(lengths) == 0 {
		return 0
	}
	slices.Sort(lengths)
	total := 0
	for _, n := range lengths {
		total += n
	}
	sum := 0
	for _, n := range lengths {
		sum += n
		if 2*sum >= total {
			return n
		}
	}
	return lengths[len(lengths)-1]
}

// blocks groups lines into blocks and splits each.
func (s *splitter) blocks() {
	i := 0
	for i < len(s.ls) {
		if s.ls[i].blank() {
			i++
			continue
		}
		j := i + 1
		if !s.lineMode {
			for j < len(s.ls) && !s.ls[j].blank() && markerEnd(s.text, s.ls[j]) < 0 {
				j++
			}
		}
		s.block(i, j)
		i = j
	}
}

// block splits lines [i, j), a block, into units.
func (s *splitter) block(i, j int) {
	first := len(s.out)
	kind := Sentence
	start := s.ls[i].ts
	if m := markerEnd(s.text, s.ls[i]); m >= 0 {
		kind = ListItem
		start = m
	}
	// Headlines and bylines: lines of their own, outside list items, at
	// the block start, after a line that ends a sentence, or after another
	// headline or byline.
	segStart := start
	if kind == Sentence {
		for k := i; k < j; k++ {
			l := s.ls[k]
			if k > i && segStart != l.ts && !endsSentence(s.text[s.ls[k-1].ts:s.ls[k-1].te]) {
				continue
			}
			unit := Caption
			if !s.creditLine(l) {
				if !s.isHeadline(k, i, j) {
					continue
				}
				unit = Headline
			}
			if l.ts > segStart {
				s.sentences(segStart, s.ls[k-1].te, Sentence)
			}
			s.out = append(s.out, Span{Start: l.ts, End: l.te, Kind: unit})
			segStart = l.te
			if k+1 < j {
				segStart = s.ls[k+1].ts
			}
		}
	}
	if segStart < s.ls[j-1].te {
		s.sentences(segStart, s.ls[j-1].te, kind)
	}
	s.markCaption(first)
}

// creditLine reports whether line l is a byline, or a credit that is one
// unit ("(AFP Photo)", "Photo: Jane Doe").
func (s *splitter) creditLine(l line) bool {
	u := s.text[l.ts:l.te]
	if isByline(u) {
		return true
	}
	if !isCredit(u) {
		return false
	}
	end, _ := s.nextBreak(l.ts, l.te)
	return end < 0
}

// isHeadline reports whether line k of block [i, j) is a headline.
func (s *splitter) isHeadline(k, i, j int) bool {
	l := s.ls[k]
	t := s.text[l.ts:l.te]
	if endsWithPunct(t) || startsLower(t) || isCredit(t) || isByline(t) {
		return false
	}
	if end, _ := s.nextBreak(l.ts, l.te); end >= 0 {
		return false // two sentences, the last without a period
	}
	alone := i+1 == j
	limit := 15
	if alone {
		limit = 25
	}
	if countWords(t, limit+1) > limit {
		return false
	}
	if alone {
		return true
	}
	if k+1 == j {
		// The last line of a block: a heading would stand alone.
		return false
	}
	if s.creditLine(s.ls[k+1]) {
		return true // a title over its byline or credit
	}
	if 10*(l.te-l.ts) >= 7*s.median {
		return false
	}
	return startsSentence(s.text, s.ls[k+1].ts)
}

// sentences splits text[from:to] into sentences of the given kind.
func (s *splitter) sentences(from, to int, kind Kind) {
	start := from
	for {
		end, next := s.nextBreak(start, to)
		if end < 0 {
			break
		}
		s.emit(start, end, kind)
		start = next
	}
	s.emit(start, to, kind)
}

// nextBreak finds the first sentence break in text[start:to], for a
// sentence that begins at start. It returns the end of that sentence (after
// its closing quotes) and the start of the next, or -1, -1.
func (s *splitter) nextBreak(start, to int) (end, next int) {
	t := s.text
	for i := start; i < to; i++ {
		c := t[i]
		var j int // end of the terminator run
		switch {
		case c == '.' || c == '!' || c == '?':
			j = i + 1
		case c == 0xE2 && strings.HasPrefix(t[i:to], "…"):
			j = i + len("…")
		default:
			continue
		}
		for j < to {
			if b := t[j]; b == '.' || b == '!' || b == '?' {
				j++
			} else if strings.HasPrefix(t[j:to], "…") {
				j += len("…")
			} else {
				break
			}
		}
		k := skipClosers(t, j, to)
		if k >= to || !isSpace(t[k]) {
			i = k - 1
			continue
		}
		n := k
		for n < to && isSpace(t[n]) {
			n++
		}
		if n >= to || !startsSentence(t, n) {
			i = n - 1
			continue
		}
		if c == '.' && j == i+1 && s.abbreviation(start, i, n, to) {
			i = n - 1
			continue
		}
		return k, n
	}
	return -1, -1
}

func (s *splitter) emit(from, to int, kind Kind) {
	from, to = trim(s.text, from, to)
	if from < to {
		s.out = append(s.out, Span{Start: from, End: to, Kind: kind})
	}
}

// abbreviation reports whether the period at dot, with the next word at
// next, ends an abbreviation rather than the sentence that began at start.
func (s *splitter) abbreviation(start, dot, next, to int) bool {
	t := s.text
	w := dot
	for w > start && !isSpace(t[w-1]) && !isOpener(t[w-1]) {
		w--
	}
	word := t[w:dot]
	if word == "" {
		return false
	}
	if strings.IndexByte(word, '.') >= 0 && lettersAndDots(word) {
		// A dotted acronym or "e.g", "i.e", "a.m".
		if word == "e.g" || word == "i.e" || word == "E.g" || word == "I.e" {
			return true
		}
		return !acronymBreaks(t, next, to)
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return !isStarter(nextWord(t, next, to))
	}
	switch abbreviations[word] {
	case always:
		return true
	case beforeDigit:
		return t[next] >= '0' && t[next] <= '9'
	case dated:
		if t[next] >= '0' && t[next] <= '9' {
			return true
		}
		return !isStarter(nextWord(t, next, to))
	case suffix:
		return !acronymBreaks(t, next, to)
	}
	return false
}

// acronymBreaks decides for a dotted acronym or a company suffix followed by
// a capitalised word at next: see the package comment.
func acronymBreaks(t string, next, to int) bool {
	if c := t[next]; c >= '0' && c <= '9' {
		return false
	}
	w2 := nextWord(t, next, to)
	if isStarter(w2) {
		return true
	}
	if w2 == "" {
		// A bracket is a parenthesis ("EADS N.V. (EADS) won"), a quote
		// starts a sentence.
		return t[next] != '(' && t[next] != '['
	}
	head := w2
	if h := strings.IndexByte(head, '-'); h > 0 {
		head = head[:h]
	}
	if institutions[head] {
		return false
	}
	// The word after w2.
	p := next + len(w2)
	for p < to && (isSpace(t[p]) || t[p] == ',') {
		if t[p] == ',' {
			return true
		}
		p++
	}
	if p >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[p:to])
	return !unicode.IsUpper(r)
}

// lettersAndDots reports whether w is made of ASCII letters and periods
// only: "U.S", "Ph.D", not "16764.09".
func lettersAndDots(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '.' && !isASCIILetter(c) {
			return false
		}
	}
	return true
}

// nextWord returns the word of letters, digits, apostrophes and hyphens at
// t[i:to].
func nextWord(t string, i, to int) string {
	j := i
	for j < to {
		c := t[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-' {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(t[j:to])
		if !unicode.IsLetter(r) && r != '’' {
			break
		}
		j += size
	}
	return t[i:j]
}

// markCaption marks the spans of a block, from first on, as captions:
// all of them when the last is a photo credit ("... Aug. 12, 2024. (AFP
// Photo)"), or the first alone when it is a credit, a byline or a
// "Published: ..." line.
func (s *splitter) markCaption(first int) {
	spans := s.out[first:]
	if len(spans) == 0 {
		return
	}
	if last := spans[len(spans)-1]; isCredit(s.text[last.Start:last.End]) {
		for i := range spans {
			if spans[i].Kind != Headline {
				spans[i].Kind = Caption
			}
		}
		return
	}
	for i := range spans {
		if u := s.text[spans[i].Start:spans[i].End]; isCredit(u) || isByline(u) {
			spans[i].Kind = Caption
		}
		if spans[i].Kind != Headline {
			break // only the first unit of running text
		}
	}
}

// isByline reports whether u is a byline or a publication line: "By Jane
// Doe | Aug. 12, 2024", "Published: 13 August 2024", "Updated 10:30 GMT".
// It is short and does not end with a period.
func isByline(u string) bool {
	if len(u) > 100 || strings.HasSuffix(u, ".") || countWords(u, 14) > 13 {
		return false
	}
	if len(u) > 3 && strings.HasPrefix(u, "By ") && u[3] >= 'A' && u[3] <= 'Z' {
		return true
	}
	for _, p := range bylinePrefixes {
		if len(u) > len(p) && strings.EqualFold(u[:len(p)], p) && (u[len(p)] == ' ' || u[len(p)] == ':') {
			return true
		}
	}
	return false
}

var bylinePrefixes = []string{"published", "first published", "posted", "updated", "last updated", "last modified"}

// isCredit reports whether u is a photo credit: "(AFP Photo)", "(Reuters)",
// "Photo: ...", "Photo by ...", "... /Getty Images".
func isCredit(u string) bool {
	if len(u) > 120 {
		return false
	}
	if strings.HasPrefix(u, "(") && strings.HasSuffix(u, ")") {
		inner := u[1 : len(u)-1]
		if len(inner) > 60 {
			return false
		}
		for _, w := range creditWords {
			if containsWordFold(inner, w) {
				return true
			}
		}
		return false
	}
	for _, p := range creditPrefixes {
		if len(u) >= len(p) && strings.EqualFold(u[:len(p)], p) {
			return true
		}
	}
	for _, p := range creditSuffixes {
		if len(u) >= len(p) && strings.EqualFold(u[len(u)-len(p):], p) {
			return true
		}
	}
	return false
}

var creditWords = []string{"photo", "photos", "photograph", "image", "images", "picture", "credit",
	"afp", "reuters", "ap", "getty", "epa", "xinhua", "anadolu", "file"}

var creditPrefixes = []string{"photo:", "photo by ", "photos:", "photograph:", "photograph by ",
	"image:", "picture:", "credit:", "photo credit", "pictured:", "file photo"}

var creditSuffixes = []string{"getty images", "/afp", "/reuters", "/ap", "/epa"}

// containsWordFold reports whether the ASCII word w occurs in s, in any
// case, between non-letters.
func containsWordFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (i > 0 && isASCIILetter(s[i-1])) || !strings.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		if i+len(w) == len(s) || !isASCIILetter(s[i+len(w)]) {
			return true
		}
	}
	return false
}

// markerEnd returns the offset just after the list marker (and its space)
// that starts line l, or -1.
func markerEnd(t string, l line) int {
	p := l.ts
	if p >= l.te {
		return -1
	}
	switch c := t[p]; {
	case c == '-' || c == '*' || c == '+':
		p++
	case c >= '0' && c <= '9':
		q := p
		for q < l.te && q-p < 4 && t[q] >= '0' && t[q] <= '9' {
			q++
		}
		if q-p > 3 || q >= l.te || (t[q] != '.' && t[q] != ')') {
			return -1
		}
		p = q + 1
	case strings.HasPrefix(t[p:l.te], "•"):
		p += len("•")
	case strings.HasPrefix(t[p:l.te], "–"):
		p += len("–")
	default:
		return -1
	}
	if p >= l.te || (t[p] != ' ' && t[p] != '\t') {
		return -1
	}
	for p < l.te && isSpace(t[p]) {
		p++
	}
	return p
}

// endsSentence reports whether the line u ends with sentence punctuation
// (after closing quotes and brackets).
func endsSentence(u string) bool {
	u = trimClosers(u)
	if u == "" {
		return true
	}
	switch u[len(u)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(u, "…")
}

// endsWithPunct reports whether u ends with any punctuation that a
// headline would not end with.
func endsWithPunct(u string) bool {
	u = trimClosers(u)
	if u == "" {
		return true
	}
	switch u[len(u)-1] {
	case '.', '!', '?', ':', ';', ',', '-':
		return true
	}
	return strings.HasSuffix(u, "…") || strings.HasSuffix(u, "—") || strings.HasSuffix(u, "–")
}

func trimClosers(u string) string {
	for u != "" {
		switch {
		case strings.HasSuffix(u, "\"") || strings.HasSuffix(u, "'") || strings.HasSuffix(u, ")") || strings.HasSuffix(u, "]"):
			u = u[:len(u)-1]
		case strings.HasSuffix(u, "”") || strings.HasSuffix(u, "’"):
			u = u[:len(u)-len("”")]
		case strings.HasSuffix(u, "»"):
			u = u[:len(u)-len("»")]
		default:
			return u
		}
	}
	return u
}

// skipClosers returns the offset after the closing quotes and brackets at
// t[i:to].
func skipClosers(t string, i, to int) int {
	for i < to {
		switch c := t[i]; {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			i++
		case strings.HasPrefix(t[i:to], "”") || strings.HasPrefix(t[i:to], "’"):
			i += len("”")
		case strings.HasPrefix(t[i:to], "»"):
			i += len("»")
		default:
			return i
		}
	}
	return i
}

// startsSentence reports whether a sentence can start at t[i]: a capital, a
// digit, or an opening quote or bracket.
func startsSentence(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	c := t[i]
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '`'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsUpper(r) || unicode.IsTitle(r) || r == '“' || r == '‘' || r == '«' || unicode.Is(unicode.Lo, r)
}

func startsLower(u string) bool {
	r, _ := utf8.DecodeRuneInString(u)
	return unicode.IsLower(r)
}

func isOpener(c byte) bool {
	return c == '(' || c == '[' || c == '"' || c == '\''
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// trim narrows [from, to) to exclude white space, including no-break spaces.
func trim(t string, from, to int) (int, int) {
	for from < to {
		if isSpace(t[from]) {
			from++
		} else if strings.HasPrefix(t[from:to], "\u00a0") {
			from += 2
		} else {
			break
		}
	}
	for to > from {
		if isSpace(t[to-1]) {
			to--
		} else if strings.HasSuffix(t[from:to], "\u00a0") {
			to -= 2
		} else {
			break
		}
	}
	return from, to
}

// countWords counts the space-separated words of u, stopping at max.
func countWords(u string, max int) int {
	n := 0
	in := false
	for i := 0; i < len(u); i++ {
		if isSpace(u[i]) {
			in = false
		} else if !in {
			in = true
			n++
			if n >= max {
				return n
			}
		}
	}
	return n
}
