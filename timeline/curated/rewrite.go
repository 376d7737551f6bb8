package curated

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// maxCitations is how many of a candidate's mentions it records.
const maxCitations = 3

// AddCandidates is Sync for a file named "timeline.yaml" in errors.
func AddCandidates(src []byte, cands []timeline.Event) (out []byte, added int, err error) {
	return Sync("timeline.yaml", src, cands)
}

// Sync adds to the timeline.yaml in src, named name in errors, the
// extracted events of cands it does not have yet, as entries for the user
// to review: the id, "status: candidate", the date, title, description,
// type, and the file and sentence of up to three mentions (sources:
// [{path, quote}]), so that CheckAgainst can tell when that sentence
// changes. Each entry is written by FormatEntry (or FormatFlowEntry in a
// flow list), as `timeline extract` and `timeline import` write theirs.
//
// An event is new when timeline.Merge leaves it extracted: no entry has its
// id, it is not hidden, no curated event matches it, and its confidence is
// not below extract.min_confidence. The new entries go at the end of the
// events list, in time order, written like the entries already there
// (indentation, blank lines between entries, block or flow style, line
// breaks); "events: []" or an empty "events:" becomes a block list, and a
// file without "events:" gets one at its end.
//
// Sync does not re-marshal the file: it inserts text, and every byte of src
// outside the insertion is kept, except an empty value ("[]", "~") written
// after "events:", which is removed. The result is parsed again before it
// is returned: it must read as the same file plus the new entries, or Sync
// fails and returns src. With nothing new it returns src itself and 0; run
// on its own output with the same candidates it adds nothing. A file with
// problems (see Parse) is not changed: the error is Parse's.
func Sync(name string, src []byte, cands []timeline.Event) (out []byte, added int, err error) {
	body := trimBOM(src)
	bom := src[:len(src)-len(body)]
	f, err := Parse(name, body)
	if err != nil {
		return src, 0, err
	}
	entries := f.newEntries(cands)
	if len(entries) == 0 {
		return src, 0, nil
	}
	plans, err := f.plan(entries)
	if err != nil {
		return src, 0, err
	}
	var lastErr error
	for _, p := range plans {
		res := p.apply(body)
		if err := f.verify(res, entries); err != nil {
			lastErr = err
			continue
		}
		return append(slices.Clip(bom), res...), len(entries), nil
	}
	return src, 0, fmt.Errorf("%s: adding %d candidates would change what the file says (%v); the file was left as it is", name, len(entries), lastErr)
}

// newEntries is the candidates of cands the file does not have, in time
// order, ready to write.
func (f *File) newEntries(cands []timeline.Event) []Event {
	evs := make([]timeline.Event, 0, len(cands))
	for _, e := range cands {
		if e.Date.IsZero() {
			continue // nowhere to put it
		}
		if e.ID != "" && checkID(e.ID) != "" {
			e.ID = timeline.Slug(e.ID)
		}
		e.Origin = timeline.OriginExtracted
		evs = append(evs, e)
	}
	tl, _ := timeline.Merge(f.Curated(), evs, nil)
	taken := map[string]bool{}
	for _, e := range f.Events {
		taken[e.ID] = true
	}
	var out []Event
	for _, e := range tl.Events {
		if e.Origin != timeline.OriginExtracted || taken[e.ID] {
			continue
		}
		taken[e.ID] = true
		c := Event{
			ID:          e.ID,
			Status:      timeline.StatusCandidate,
			Date:        e.Date,
			Title:       clean(e.Title),
			Description: clean(e.Description),
			Type:        clean(e.Type),
		}
		if strings.TrimSpace(c.Title) == "" {
			c.Title = candidateTitle(e)
		}
		for _, m := range e.Mentions {
			ct := Citation{Path: clean(m.Source), Quote: clean(m.Quote)}
			if m.URL != "" {
				if problem, _ := checkURL(m.URL); problem == "" {
					ct.URL = m.URL
				}
			}
			if ct.Path == "" && ct.Quote == "" && ct.URL == "" {
				continue
			}
			if slices.ContainsFunc(c.Sources, func(o Citation) bool { return o.Path == ct.Path && o.Quote == ct.Quote }) {
				continue
			}
			if c.Sources = append(c.Sources, ct); len(c.Sources) == maxCitations {
				break
			}
		}
		out = append(out, c)
	}
	return out
}

// candidateTitle is a title for an event the extractor left without one:
// its type, or the start of its quote, or its id.
func candidateTitle(e timeline.Event) string {
	if t := strings.TrimSpace(clean(e.Type)); t != "" {
		return t
	}
	for _, m := range e.Mentions {
		if q := strings.Join(strings.Fields(clean(m.Quote)), " "); q != "" {
			return cut(q)
		}
	}
	return e.ID
}

// clean makes s writable in YAML: valid UTF-8.
func clean(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// edit replaces src[off:off+del] with ins.
type edit struct {
	off, del int
	ins      string
}

// plan is a set of edits that do not overlap.
type plan []edit

func (p plan) apply(src []byte) []byte {
	p = slices.Clone(p)
	slices.SortStableFunc(p, func(a, b edit) int { return a.off - b.off })
	var b bytes.Buffer
	at := 0
	for _, e := range p {
		b.Write(src[at:e.off])
		b.WriteString(e.ins)
		at = e.off + e.del
	}
	b.Write(src[at:])
	return b.Bytes()
}

// style is how the file writes list entries.
type style struct {
	Layout
	blank bool // a blank line between entries
}

func newStyle(nl string, dash, subRel int) style {
	return style{Layout: Layout{Newline: nl, Indent: dash, Gap: " ", SubIndent: subRel, SubGap: " "}}
}

// text is the rewriting state: the file, its lines and its style.
type text struct {
	f      *File
	src    []byte
	starts []int
}

// plan finds where the entries go and how to write them. It returns the
// places to try, best first: parsing the result again tells which is right
// (a block scalar kept with "|+" owns the blank lines after it).
func (f *File) plan(entries []Event) ([]plan, error) {
	t := &text{f: f, src: f.Data, starts: lineStarts(f.Data)}
	var root *yaml.Node
	if f.Doc != nil && len(f.Doc.Content) > 0 {
		root = f.Doc.Content[0]
	}
	if root == nil || root.Kind == yaml.ScalarNode && root.Tag == "!!null" && root.Value == "" {
		return t.appendKey(nil, entries)
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: the file is not a mapping of keys; add the events by hand", f.Name)
	}
	var key, val *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Kind == yaml.ScalarNode && k.Value == "events" {
			key, val = k, root.Content[i+1]
		}
	}
	if key == nil {
		if root.Style&yaml.FlowStyle != 0 {
			return t.flowRoot(root, entries)
		}
		return t.appendKey(root, entries)
	}
	if val.Kind == yaml.AliasNode {
		return nil, fmt.Errorf("%s: events is an alias (*%s); add the events by hand where it is defined", f.Position(val), val.Value)
	}
	if val.Anchor != "" {
		return nil, fmt.Errorf("%s: events has an anchor (&%s) used elsewhere; add the events by hand", f.Position(val), val.Anchor)
	}
	switch {
	case isNull(val):
		return t.emptyValue(key, val, entries)
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle != 0:
		return t.flowList(key, val, entries)
	case val.Kind == yaml.SequenceNode:
		return t.blockList(key, val, entries)
	}
	return nil, fmt.Errorf("%s: events is not a list", f.Position(val))
}

// offset is the byte offset of 1-based line and character column col.
func (t *text) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(t.starts) {
		return len(t.src)
	}
	off := t.starts[line-1]
	for range col - 1 {
		if off >= len(t.src) {
			break
		}
		_, n := utf8.DecodeRune(t.src[off:])
		off += n
	}
	return off
}

// lineEnd is the offset just after line's break (or the end of the file),
// and the break itself.
func (t *text) lineEnd(line int) (int, string) {
	if line < len(t.starts) {
		end := t.starts[line]
		start := trimBreak(t.src, t.starts[line-1], end)
		return end, string(t.src[start:end])
	}
	return len(t.src), ""
}

// line is the text of 1-based line n without its break.
func (t *text) line(n int) []byte {
	s := t.starts[n-1]
	end := len(t.src)
	if n < len(t.starts) {
		end = trimBreak(t.src, s, t.starts[n])
	}
	return t.src[s:end]
}

// newline is the file's line break: the first one in it, else "\n". A
// break of NEL, LS or PS is written as "\n".
func (t *text) newline() string {
	if len(t.starts) > 1 {
		_, br := t.lineEnd(1)
		if br == "\r\n" || br == "\r" {
			return br
		}
	}
	return "\n"
}

// indentOf is the number of leading spaces and tabs of a line, and whether
// the line is blank, a comment, or content.
func indentOf(line []byte) (n int, kind byte) {
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	switch {
	case n == len(line):
		return n, ' '
	case line[n] == '#':
		return n, '#'
	}
	return n, 'x'
}

// defaultStyle is the style of the file's other block lists (sources,
// groups, eras) relative to their keys, placed under a key at column
// keyCol; two spaces and "- " when there is none.
func (t *text) defaultStyle(keyCol int) style {
	s := newStyle(t.newline(), keyCol+2, 2)
	if t.f.Doc == nil || len(t.f.Doc.Content) == 0 || t.f.Doc.Content[0].Kind != yaml.MappingNode {
		return s
	}
	root := t.f.Doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if v.Kind != yaml.SequenceNode || v.Style&yaml.FlowStyle != 0 || len(v.Content) == 0 || v.Line <= k.Line {
			continue
		}
		rel := v.Column - k.Column
		s.Indent = keyCol + rel
		s.SubIndent = rel
		if g, ok := t.gapOf(v, v.Content[0]); ok {
			s.Gap, s.SubGap = g, g
		}
		break
	}
	return s
}

// gapOf is the text between the "-" of a block list seq and its entry
// item, a mapping, when the two are on one line and only spaces are
// between them.
func (t *text) gapOf(seq, item *yaml.Node) (string, bool) {
	if item.Kind != yaml.MappingNode || item.Anchor != "" || item.Tag != "!!map" {
		return "", false
	}
	dash := t.offset(item.Line, 1)
	line := t.line(item.Line)
	d, _ := indentOf(line)
	if d >= len(line) || line[d] != '-' || d != seq.Column-1 {
		return "", false
	}
	dash += d
	key := t.offset(item.Line, item.Column)
	if key <= dash+1 {
		return "", false
	}
	gap := string(t.src[dash+1 : key])
	if strings.Trim(gap, " ") != "" {
		return "", false
	}
	return gap, true
}

// blockList plans entries appended to a block list of events.
func (t *text) blockList(key, seq *yaml.Node, entries []Event) ([]plan, error) {
	s := newStyle(t.newline(), seq.Column-1, max(seq.Column-key.Column, 0))
	if g, ok := t.gapOf(seq, seq.Content[0]); ok {
		s.Gap, s.SubGap = g, g
	}
	t.nestedStyle(seq, &s)
	last := seq.Content[len(seq.Content)-1]
	s.Flow = last.Kind == yaml.MappingNode && last.Style&yaml.FlowStyle != 0
	// A blank line between entries when the last two are apart.
	if n := len(seq.Content); n >= 2 {
		prevEnd := maxLine(seq.Content[n-2])
		for l := prevEnd + 1; l < seq.Content[n-1].Line; l++ {
			if _, kind := indentOf(t.line(l)); kind == ' ' {
				s.blank = true
			}
		}
	}

	// The last entry ends at the last line that is indented deeper than
	// the "-" (or a comment at the "-", unless the list is not indented
	// under its key), at or after the last line a node of it starts on.
	end := maxLine(last)
	lastContent := end
	for l := end + 1; l <= len(t.starts); l++ {
		line := t.line(l)
		n, kind := indentOf(line)
		if kind == ' ' {
			continue
		}
		if n > s.Indent || kind == '#' && n == s.Indent && s.Indent > key.Column-1 {
			lastContent = l
			continue
		}
		break
	}
	places := []int{lastContent}
	if l := t.lastBlank(lastContent); l != lastContent {
		places = append(places, l)
	}
	var plans []plan
	for _, at := range places {
		off, br := t.lineEnd(at)
		var b strings.Builder
		if br == "" {
			b.WriteString(s.Newline)
		}
		for i, c := range entries {
			if s.blank {
				b.WriteString(s.Newline)
			}
			writeBlock(&b, c, s, i == len(entries)-1 && br == "")
		}
		plans = append(plans, plan{{off: off, ins: b.String()}})
	}
	return plans, nil
}

// lastBlank is the last of the blank lines after line l (l itself when
// none follow).
func (t *text) lastBlank(l int) int {
	for l+1 <= len(t.starts) {
		if _, kind := indentOf(t.line(l + 1)); kind != ' ' || l+1 == len(t.starts) && len(t.line(l+1)) == 0 {
			break
		}
		l++
	}
	return l
}

// nestedStyle takes the style of nested lists from the "sources" or "tags"
// of an existing entry, when one is written as a block list.
func (t *text) nestedStyle(seq *yaml.Node, s *style) {
	for _, item := range seq.Content {
		if item.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			if v.Kind != yaml.SequenceNode || v.Style&yaml.FlowStyle != 0 || len(v.Content) == 0 || v.Line <= k.Line {
				continue
			}
			s.SubIndent = max(v.Column-k.Column, 0)
			if g, ok := t.gapOf(v, v.Content[0]); ok {
				s.SubGap = g
			}
			return
		}
	}
}

// maxLine is the last line a node of the tree at n starts on.
func maxLine(n *yaml.Node) int {
	l := n.Line
	for _, c := range n.Content {
		l = max(l, maxLine(c))
	}
	return l
}

// emptyValue plans "events:" with no value, "~" or "[]": the value is
// removed and the entries written as a block list under the key.
func (t *text) emptyValue(key, val *yaml.Node, entries []Event) ([]plan, error) {
	s := t.defaultStyle(key.Column - 1)
	var p plan
	after := key.Line
	if val.Value != "" {
		start := t.offset(val.Line, val.Column)
		end := start + len(val.Value)
		if val.Style != 0 || end > len(t.src) || string(t.src[start:end]) != val.Value {
			return nil, fmt.Errorf("%s: cannot tell where the value of events is; add the events by hand", t.f.Position(val))
		}
		p = append(p, t.removeToken(start, end, val.Line))
		after = val.Line
	}
	return []plan{append(p, t.blockAfter(after, s, entries))}, nil
}

// removeToken removes src[start:end], a value on line, with the blanks
// before it; the whole line when nothing else is on it.
func (t *text) removeToken(start, end, line int) edit {
	ls := t.starts[line-1]
	for start > ls && (t.src[start-1] == ' ' || t.src[start-1] == '\t') {
		start--
	}
	if start == ls {
		rest := t.line(line)[end-ls:]
		if strings.TrimSpace(string(rest)) == "" {
			le, _ := t.lineEnd(line)
			return edit{off: ls, del: le - ls}
		}
	}
	return edit{off: start, del: end - start}
}

// blockAfter inserts the entries as a block list after line.
func (t *text) blockAfter(line int, s style, entries []Event) edit {
	off, br := t.lineEnd(line)
	var b strings.Builder
	if br == "" {
		b.WriteString(s.Newline)
	}
	for i, c := range entries {
		writeBlock(&b, c, s, i == len(entries)-1 && br == "")
	}
	return edit{off: off, ins: b.String()}
}

// appendKey plans a new "events:" key at the end of the root mapping (or
// of a file with no content), before a "..." that ends the document.
func (t *text) appendKey(root *yaml.Node, entries []Event) ([]plan, error) {
	col := 0
	if root != nil {
		col = root.Column - 1
	}
	s := newStyle(t.newline(), col+2, 2)
	if root != nil {
		s = t.defaultStyle(col)
	}
	last := len(t.starts)
	if last > 1 && len(t.line(last)) == 0 {
		last-- // the empty line after the final break
	}
	from := 1
	if root != nil {
		from = maxLine(root)
	}
	for l := from; l <= last; l++ {
		line := t.line(l)
		if marker(line, "...") {
			last = l - 1
			break
		}
		if marker(line, "---") && l > from {
			return nil, fmt.Errorf("%s:%d: a second document starts here; add the events by hand", t.f.Name, l)
		}
	}
	var b strings.Builder
	off, br := 0, ""
	if last >= 1 {
		off, br = t.lineEnd(last)
	}
	if br == "" && off > 0 {
		b.WriteString(s.Newline)
	}
	if root != nil && t.blankBeforeKeys(root) {
		b.WriteString(s.Newline)
	}
	b.WriteString(strings.Repeat(" ", col))
	b.WriteString("events:")
	b.WriteString(s.Newline)
	for i, c := range entries {
		writeBlock(&b, c, s, i == len(entries)-1 && br == "" && off > 0)
	}
	return []plan{{{off: off, ins: b.String()}}}, nil
}

// marker reports whether line is the document marker m ("---" or "..."),
// alone or followed by a blank.
func marker(line []byte, m string) bool {
	return bytes.HasPrefix(line, []byte(m)) && (len(line) == 3 || line[3] == ' ' || line[3] == '\t')
}

// blankBeforeKeys reports whether the file puts a blank line before its
// top-level keys (before one of them, the first aside).
func (t *text) blankBeforeKeys(root *yaml.Node) bool {
	for i := 2; i < len(root.Content); i += 2 {
		l := root.Content[i].Line
		for l > 1 {
			l--
			n, kind := indentOf(t.line(l))
			if kind == ' ' {
				return true
			}
			if kind != '#' || n > 0 {
				break
			}
		}
	}
	return false
}

// flowList plans entries appended to a flow list "events: [...]", or an
// empty one on one line made a block list.
func (t *text) flowList(key, seq *yaml.Node, entries []Event) ([]plan, error) {
	open := t.offset(seq.Line, seq.Column)
	closeAt, err := t.closing(open)
	if err != nil {
		return nil, err
	}
	n := len(seq.Content)
	if n == 0 && !bytes.ContainsAny(t.src[open:closeAt], "\r\n\u0085\u2028\u2029#") {
		s := t.defaultStyle(key.Column - 1)
		return []plan{{t.removeToken(open, closeAt+1, seq.Line), t.blockAfter(seq.Line, s, entries)}}, nil
	}
	// After the last character before "]" that is not blank or in a
	// comment; on a line of its own when the entries there are.
	at := t.lastToken(open+1, closeAt)
	space := " "
	if n > 0 {
		if last := seq.Content[n-1]; last.Line > seq.Line {
			ind, _ := indentOf(t.line(last.Line))
			space = t.newline() + string(t.line(last.Line)[:ind])
		}
	}
	comma := n > 0 && t.src[at-1] == ','
	if comma && strings.HasPrefix(space, t.newline()) {
		// "{...}, # a note": the note stays with its entry.
		end := at
		for end < closeAt && t.src[end] != '\n' && t.src[end] != '\r' {
			end++
		}
		if rest := strings.TrimSpace(string(t.src[at:end])); end < closeAt && (rest == "" || rest[0] == '#') {
			at = end
		}
	}
	var b strings.Builder
	for i, c := range entries {
		switch {
		case i == 0 && n == 0:
		case i == 0 && comma:
			b.WriteString(space)
		default:
			b.WriteString("," + space)
		}
		b.WriteString(FormatFlowEntry(&c))
	}
	return []plan{{{off: at, ins: b.String()}}}, nil
}

// flowRoot plans ", events: [...]" added to a file written as one flow
// mapping "{...}".
func (t *text) flowRoot(root *yaml.Node, entries []Event) ([]plan, error) {
	open := t.offset(root.Line, root.Column)
	closeAt, err := t.closing(open)
	if err != nil {
		return nil, err
	}
	at := t.lastToken(open+1, closeAt)
	var b strings.Builder
	if len(root.Content) > 0 && t.src[at-1] != ',' {
		b.WriteString(", ")
	} else if len(root.Content) > 0 {
		b.WriteString(" ")
	}
	b.WriteString("events: [")
	for i, c := range entries {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(FormatFlowEntry(&c))
	}
	b.WriteString("]")
	return []plan{{{off: at, ins: b.String()}}}, nil
}

// lastToken is the offset just after the last character in src[from:to]
// that is not blank, a line break, or in a comment; from when there is
// none.
func (t *text) lastToken(from, to int) int {
	at := from
	for i := from; i < to; {
		c := t.src[i]
		switch {
		case c == '#' && (i == 0 || isBlankByte(t.src[i-1])):
			for i < to && t.src[i] != '\n' && t.src[i] != '\r' {
				i++
			}
			continue
		case c == '"' || c == '\'':
			j := skipQuoted(t.src, i)
			at = j
			i = j
			continue
		case !isBlankByte(c):
			at = i + 1
		}
		i++
	}
	return at
}

func isBlankByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// closing is the offset of the bracket that closes the flow collection
// opened at src[open] ("[" or "{"), skipping quoted text and comments.
func (t *text) closing(open int) (int, error) {
	src := t.src
	if open >= len(src) || src[open] != '[' && src[open] != '{' {
		return 0, fmt.Errorf("%s: cannot find the bracket that opens the list; add the events by hand", t.f.Name)
	}
	depth := 0
	start := true // at the start of a value: a quote opens quoted text
	for i := open; i < len(src); {
		c := src[i]
		switch {
		case c == '[' || c == '{':
			depth++
			start = true
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i, nil
			}
			start = false
		case c == ',' || c == ':' || c == '?':
			start = true
		case c == '#' && (i == 0 || isBlankByte(src[i-1])):
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
			continue
		case (c == '"' || c == '\'') && start:
			i = skipQuoted(src, i)
			start = false
			continue
		case isBlankByte(c):
		default:
			start = false
		}
		i++
	}
	return 0, fmt.Errorf("%s: the list of events is not closed; add the events by hand", t.f.Name)
}

// skipQuoted returns the offset after the quoted scalar starting at
// src[i].
func skipQuoted(src []byte, i int) int {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch {
		case q == '"' && src[j] == '\\':
			j++
		case src[j] == q && q == '\'' && j+1 < len(src) && src[j+1] == '\'':
			j++
		case src[j] == q:
			return j + 1
		}
	}
	return len(src)
}

// verify parses res and checks it reads as the file f plus the entries.
func (f *File) verify(res []byte, entries []Event) error {
	g, err := Parse(f.Name, res)
	if err != nil {
		var list ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			return list[0]
		}
		return err
	}
	if len(g.Events) != len(f.Events)+len(entries) {
		return fmt.Errorf("%d events instead of %d", len(g.Events), len(f.Events)+len(entries))
	}
	if a, b := summary(f, len(f.Events)), summary(g, len(f.Events)); !reflect.DeepEqual(a, b) {
		return errors.New("the entries already there read differently")
	}
	for i, c := range entries {
		got, want := entryValues(g.Events[len(f.Events)+i]), entryValues(c)
		if !reflect.DeepEqual(got, want) {
			return fmt.Errorf("candidate %s reads back as %+v", strconv.Quote(c.ID), got)
		}
	}
	return nil
}

// writeBlock writes entry c as a block list entry in style s, its last
// line without a break when noFinalBreak.
func writeBlock(b *strings.Builder, c Event, s style, noFinalBreak bool) {
	text := FormatEntry(&c, s.Layout)
	if noFinalBreak {
		text = strings.TrimSuffix(text, s.newline())
	}
	b.WriteString(text)
}

// entryValues is e without its yaml nodes, its date as Parse reads it
// back: what a written entry must read back as.
func entryValues(e Event) Event {
	e.Node = nil
	e.override = false
	if !e.Date.IsZero() {
		if d, err := timex.Parse(e.Date.String()); err == nil {
			e.Date = d
		}
	}
	e.Sources = slices.Clone(e.Sources)
	for i := range e.Sources {
		c := &e.Sources[i]
		c.Node = nil
		if !c.Date.IsZero() {
			if d, err := timex.Parse(c.Date.String()); err == nil {
				c.Date = d
			}
		}
	}
	return e
}

// summary is what f says, without the yaml nodes, with its first n events.
func summary(f *File, n int) any {
	type file struct {
		Title, Ref string
		Sources    []Source
		Extract    Extract
		Groups     []Group
		Eras       []Era
		Events     []Event
		Output     Output
	}
	s := file{Title: f.Title, Ref: f.ReferenceDate.String(), Extract: f.Extract, Output: f.Output}
	s.Extract.Node, s.Output.Node = nil, nil
	for _, x := range f.Sources {
		x.Node = nil
		s.Sources = append(s.Sources, x)
	}
	for _, x := range f.Groups {
		x.Node = nil
		s.Groups = append(s.Groups, x)
	}
	for _, x := range f.Eras {
		x.Node = nil
		s.Eras = append(s.Eras, x)
	}
	for _, x := range f.Events[:n] {
		x.Node = nil
		x.Sources = slices.Clone(x.Sources)
		for i := range x.Sources {
			x.Sources[i].Node = nil
		}
		s.Events = append(s.Events, x)
	}
	return s
}
