package source

import "sort"

// Mapping says how offsets in a Document's Text relate to the file.
type Mapping uint8

const (
	// Identity: Text is the file's bytes, so an offset in Text is an offset
	// in the file. Plain text and Markdown in UTF-8.
	Identity Mapping = iota
	// Aligned: each character of Text that was found in the file maps to
	// the bytes it came from; white space the extractor added (between HTML
	// blocks, say) maps to nothing. HTML, and text files that needed
	// repair (a byte-order mark, UTF-16, bytes that were not UTF-8).
	Aligned
	// TextOnly: no offset maps to the file; offsets are into Text. PDF
	// (the file is compressed page descriptions) and HTML in a legacy
	// encoding.
	TextOnly
)

var mappingNames = [...]string{"identity", "aligned", "text-only"}

func (m Mapping) String() string {
	if int(m) < len(mappingNames) {
		return mappingNames[m]
	}
	return "unknown"
}

// Offsets maps byte offsets in a Document's Text to byte offsets in its
// file. The zero value is the identity.
//
// Use FileSpan to turn a span of Text (a date, a quote) into the span of
// the file that the JSON output reports. When it fails (Mapping TextOnly,
// or a span that starts or ends on white space the extractor added), the
// caller reports offsets into Text instead and says so.
type Offsets struct {
	mapping Mapping
	segs    []segment // Aligned: sorted by text offset, not overlapping
	size    int       // length of Text, for Identity bounds
	pages   []int     // PDF: the Text offset where each page after the first begins
}

// segment maps Text[text:text+textLen] to file[file:file+fileLen]. When
// the two lengths are equal the bytes are the same and map one to one;
// otherwise the segment is one character (an HTML entity, a byte read as
// Windows-1252) and maps as a whole.
type segment struct {
	text, file       int32
	textLen, fileLen int32
}

func (s segment) verbatim() bool { return s.textLen == s.fileLen }

// Mapping reports how the offsets map.
func (o Offsets) Mapping() Mapping { return o.mapping }

// File returns the file offset of the byte at Text offset off, and false
// when it has none.
func (o Offsets) File(off int) (int, bool) {
	switch o.mapping {
	case Identity:
		return off, off >= 0 && off <= o.size
	case TextOnly:
		return 0, false
	}
	s, ok := o.find(off)
	if !ok {
		return 0, false
	}
	if s.verbatim() {
		return int(s.file) + off - int(s.text), true
	}
	if off != int(s.text) {
		return 0, false // inside a character
	}
	return int(s.file), true
}

// FileSpan returns the file span of Text[start:end], end exclusive, and
// false when either end has no place in the file.
func (o Offsets) FileSpan(start, end int) (int, int, bool) {
	if start > end {
		return 0, 0, false
	}
	fs, ok := o.File(start)
	if !ok {
		return 0, 0, false
	}
	if start == end || o.mapping == Identity {
		fe, ok := o.File(end)
		return fs, fe, ok
	}
	s, ok := o.find(end - 1)
	if !ok {
		return 0, 0, false
	}
	if s.verbatim() {
		return fs, int(s.file) + end - int(s.text), true
	}
	if end != int(s.text+s.textLen) {
		return 0, 0, false
	}
	return fs, int(s.file + s.fileLen), true
}

// Page returns the page of a PDF that Text offset off is on, counting from
// 1, or 0 when the document has no pages.
func (o Offsets) Page(off int) int {
	if o.pages == nil {
		return 0
	}
	return sort.Search(len(o.pages), func(i int) bool { return o.pages[i] > off }) + 1
}

// Pages returns the number of pages of a PDF, or 0.
func (o Offsets) Pages() int {
	if o.pages == nil {
		return 0
	}
	return len(o.pages) + 1
}

func (o Offsets) find(off int) (segment, bool) {
	i := sort.Search(len(o.segs), func(i int) bool { return int(o.segs[i].text+o.segs[i].textLen) > off })
	if i == len(o.segs) || int(o.segs[i].text) > off {
		return segment{}, false
	}
	return o.segs[i], true
}

// segmentBuilder collects segments in text order, merging neighbours whose
// gap is the same bytes in both.
type segmentBuilder struct {
	text, file []byte // Text and the file, to compare gaps
	segs       []segment
}

// add maps text[t:t+tl] to file[f:f+fl].
func (b *segmentBuilder) add(t, f, tl, fl int) {
	if n := len(b.segs); n > 0 && tl == fl {
		last := &b.segs[n-1]
		te, fe := int(last.text+last.textLen), int(last.file+last.fileLen)
		gap := t - te
		if last.verbatim() && gap >= 0 && gap == f-fe && gap <= 16 &&
			string(b.text[te:t]) == string(b.file[fe:f]) {
			last.textLen += int32(gap + tl)
			last.fileLen += int32(gap + fl)
			return
		}
	}
	b.segs = append(b.segs, segment{text: int32(t), file: int32(f), textLen: int32(tl), fileLen: int32(fl)})
}
