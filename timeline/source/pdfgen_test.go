package source

import (
	"bytes"
	"fmt"
	"strings"
)

// A hand-written PDF for tests: Courier (600 units a glyph, so a line's
// width is known), with the ligatures ﬁ and ﬂ as glyphs of their own
// (codes 128 and 129, named /fi and /fl), each line placed with Td.

// pdfText is one line to draw: x and y in points from the bottom left.
type pdfText struct {
	x, y, size float64
	s          string
}

// makePDF writes a PDF with one page per element of pages, and a title in
// its document information.
func makePDF(title string, pages [][]pdfText) []byte {
	var objs []string
	add := func(s string) int {
		objs = append(objs, s)
		return len(objs)
	}
	catalog := add("") // filled in below
	pagesObj := add("")
	widths := strings.TrimSpace(strings.Repeat("600 ", 129-32+1))
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 129 /Widths [" + widths +
		"] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /fi /fl] >> >>")
	info := add("<< /Title (" + pdfString(title) + ") /Producer (timeline tests) >>")
	var kids []string
	for _, lines := range pages {
		var c bytes.Buffer
		for _, l := range lines {
			fmt.Fprintf(&c, "BT /F1 %g Tf %g %g Td (%s) Tj ET\n", l.size, l.x, l.y, pdfString(l.s))
		}
		content := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
		page := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, font, content))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, info, xref)
	return out.Bytes()
}

// pdfString escapes s for a PDF literal string, writing ﬁ and ﬂ as codes
// 128 and 129.
func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case 'ﬁ':
			b.WriteString(`\200`)
		case 'ﬂ':
			b.WriteString(`\201`)
		default:
			if r > 126 {
				panic(fmt.Sprintf("pdfString: %q is not in the test font", r))
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// handmadePages is the content of testdata/handmade.pdf: a title, a
// published line, two indented paragraphs (a ligature, a word hyphenated
// at a line end, "high-profile" written whole once and split once), a
// heading, a page number on each page, and a paragraph on page 2.
func handmadePages() [][]pdfText {
	body := func(y float64, x float64, s string) pdfText { return pdfText{x: x, y: y, size: 10, s: s} }
	return [][]pdfText{{
		{x: 72, y: 720, size: 14, s: "Report on the Harbour Wall"},
		body(696, 72, "Published 3 March 2021"),
		body(672, 90, "The ﬁrst survey of the harbour wall was made on 3 March"),
		body(660, 72, "2021, after a long and unusually difficult public in-"),
		body(648, 72, "vestigation into the storm damage of the previous winter."),
		body(636, 90, "Engineers raised the wall by 80 cm, a high-profile project"),
		body(624, 72, "that cost 4.2 million pounds and made the harbour a high-"),
		body(612, 72, "profile target for critics of the council, who called the"),
		body(600, 72, "work ﬂawed."),
		{x: 72, y: 576, size: 12, s: "Costs"},
		body(552, 90, "The council paid for the work from its reserves, and the"),
		body(540, 72, "state repaid half of it in 2020."),
		body(40, 300, "1"),
	}, {
		body(760, 290, "- 2 -"),
		body(720, 90, "A second survey on 14 Feb. 2022 found no damage after the"),
		body(708, 72, "storm that had flooded the fish market two years before."),
	}}
}

// makeCIDPDF writes a one-page PDF in the way word processors do: a
// composite (Type0) font with two-byte codes, widths in /W, and a
// ToUnicode CMap to read the codes back. Every glyph is 500 units wide and
// the space 250. A "|" in a line splits it into chunks, each placed with
// its own Td exactly where the last one ended (as a kerning or a font
// change would), which must not read as a space.
func makeCIDPDF(lines []pdfText) []byte {
	codes := map[rune]int{' ': 3}
	var order []rune
	for _, l := range lines {
		for _, r := range l.s {
			if _, ok := codes[r]; !ok && r != '|' {
				codes[r] = 0x100 + len(order)
				order = append(order, r)
			}
		}
	}
	width := func(r rune) float64 {
		if r == ' ' {
			return 250
		}
		return 500
	}
	var c bytes.Buffer
	for _, l := range lines {
		x := l.x
		for _, chunk := range strings.Split(l.s, "|") {
			var hex strings.Builder
			for _, r := range chunk {
				fmt.Fprintf(&hex, "%04X", codes[r])
			}
			fmt.Fprintf(&c, "BT /F1 %g Tf %g %g Td <%s> Tj ET\n", l.size, x, l.y, hex.String())
			for _, r := range chunk {
				x += width(r) / 1000 * l.size
			}
		}
	}
	var cmap bytes.Buffer
	cmap.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	fmt.Fprintf(&cmap, "%d beginbfchar\n<0003> <0020>\n", len(order)+1)
	var w strings.Builder
	for _, r := range order {
		fmt.Fprintf(&cmap, "<%04X> <%04X>\n", codes[r], r)
		w.WriteString("500 ")
	}
	cmap.WriteString("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()),
		"<< /Type /Font /Subtype /Type0 /BaseFont /TestSans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
		fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W [3 [250] 256 [%s]] >>", strings.TrimSpace(w.String())),
		"<< /Type /FontDescriptor /FontName /TestSans /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", cmap.Len(), cmap.String()),
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return out.Bytes()
}
