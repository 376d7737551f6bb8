package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// readText reads a plain-text or Markdown file.
func readText(name, format string, data []byte) (*Document, error) {
	text, offsets, warnings, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Path: name, Format: format, Text: text, Plain: text, Offsets: offsets, Warnings: warnings, Extractor: "text"}
	if format == "md" {
		doc.Extractor = "markdown"
		readMarkdown(doc)
	}
	if strings.TrimSpace(doc.Plain) == "" {
		return nil, newError(name, ErrEmpty, "is empty (no text to read)")
	}
	if doc.Title == "" {
		doc.Title = titleLine(doc.Plain)
	}
	if doc.Published.IsZero() {
		findDateline(doc)
	}
	return doc, nil
}

// decodeText returns the text of data as UTF-8 and how its offsets map to
// data. UTF-8 is taken as it is (Identity). A byte-order mark is dropped,
// UTF-16 is decoded, and bytes that are not UTF-8 are read as
// Windows-1252 (the usual culprit: Latin-1 text); these give Aligned
// offsets and a warning. Data with NUL bytes, or that starts like a known
// binary format, is refused.
func decodeText(name string, data []byte) (string, Offsets, []string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text, off := decodeUTF16(data, false)
		return text, off, []string{name + " is UTF-16 (little-endian); it was read as such, and offsets count its bytes."}, nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, off := decodeUTF16(data, true)
		return text, off, []string{name + " is UTF-16 (big-endian); it was read as such, and offsets count its bytes."}, nil
	}
	if kind := binaryKind(data); kind != "" {
		return "", Offsets{}, nil, newError(name, ErrBinary, "looks like %s, not text; timeline reads %s files", kind, supportedList)
	}
	start := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	if utf8.Valid(data[start:]) {
		text := string(data[start:])
		if start == 0 {
			return text, Offsets{mapping: Identity, size: len(text)}, nil, nil
		}
		b := segmentBuilder{}
		b.segs = []segment{{text: 0, file: 3, textLen: int32(len(text)), fileLen: int32(len(text))}}
		return text, Offsets{mapping: Aligned, segs: b.segs}, nil, nil
	}
	// Repair: keep valid UTF-8, read other bytes as Windows-1252.
	var sb strings.Builder
	sb.Grow(len(data) + len(data)/8)
	b := segmentBuilder{file: data}
	bad, firstBad := 0, -1
	for i := start; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if firstBad < 0 {
				firstBad = i
			}
			bad++
			r = charmap.Windows1252.DecodeByte(data[i])
			t := sb.Len()
			sb.WriteRune(r)
			b.segs = append(b.segs, segment{text: int32(t), file: int32(i), textLen: int32(sb.Len() - t), fileLen: 1})
			i++
			continue
		}
		// A run of valid UTF-8.
		j := i + size
		for j < len(data) {
			r, s := utf8.DecodeRune(data[j:])
			if r == utf8.RuneError && s <= 1 {
				break
			}
			j += s
		}
		t := sb.Len()
		sb.Write(data[i:j])
		b.segs = append(b.segs, segment{text: int32(t), file: int32(i), textLen: int32(j - i), fileLen: int32(j - i)})
		i = j
	}
	warning := fmt.Sprintf("%s is not valid UTF-8 (%d bad bytes, the first at byte %d); they were read as Windows-1252. Save the file as UTF-8 to silence this.", name, bad, firstBad)
	return sb.String(), Offsets{mapping: Aligned, segs: b.segs}, []string{warning}, nil
}

// decodeUTF16 decodes data after its byte-order mark. Offsets map each
// character to its two or four bytes.
func decodeUTF16(data []byte, bigEndian bool) (string, Offsets) {
	var sb strings.Builder
	var segs []segment
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	for i := 2; i+1 < len(data); {
		u := unit(i)
		r, n := rune(u), 2
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if i+3 < len(data) {
				if r2 := utf16.DecodeRune(rune(u), rune(unit(i+2))); r2 != utf8.RuneError {
					r, n = r2, 4
				}
			}
		}
		t := sb.Len()
		sb.WriteRune(r)
		segs = append(segs, segment{text: int32(t), file: int32(i), textLen: int32(sb.Len() - t), fileLen: int32(n)})
		i += n
	}
	return sb.String(), Offsets{mapping: Aligned, segs: segs}
}

// binaryKind names the kind of binary data, or returns "" for text.
func binaryKind(data []byte) string {
	magic := []struct{ prefix, kind string }{
		{"%PDF-", "a PDF (rename it to .pdf)"},
		{"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub?)"},
		{"\x89PNG", "a PNG image"},
		{"\xff\xd8\xff", "a JPEG image"},
		{"GIF8", "a GIF image"},
		{"\x1f\x8b", "a gzip archive"},
		{"\xd0\xcf\x11\xe0", "an old Microsoft Office file"},
		{"{\\rtf", "an RTF document"},
		{"\x7fELF", "a program"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := data[:min(len(data), 8192)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Sprintf("a binary file (a NUL byte at offset %d)", i)
	}
	return ""
}

// titleLine returns the first line of text when it reads as a title: short,
// not ending a sentence, followed by a line break.
func titleLine(text string) string {
	text = strings.TrimLeft(text, " \t\r\n\u00a0")
	line, _, found := strings.Cut(text, "\n")
	if !found {
		return ""
	}
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 || len(strings.Fields(line)) > 20 {
		return ""
	}
	switch line[len(line)-1] {
	case '.', ',', ';', ':':
		return ""
	}
	return line
}
