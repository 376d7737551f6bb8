package source

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// align maps the article text that readability extracted back to the bytes
// of the page it came from.
//
// Readability keeps the words of the page's text nodes and changes only the
// white space between them, so the text is, apart from white space, a
// sequence of stretches of the page's decoded text. align decodes every
// text node of the page (outside script, style and the head), drops white
// space on both sides, and matches the text against the page stretch by
// stretch: it looks for the next 16 bytes of the text from where the last
// stretch ended (then from the start, as readability may move a byline),
// extends the match as far as the bytes agree, and records which file
// bytes each character came from. A character that is not found (text
// readability wrote itself) maps to nothing. An entity ("&amp;", "&#8217;")
// maps as a whole to the character it stands for.
func align(page []byte, text string) Offsets {
	src := pageText(page)
	var t []byte   // text without white space
	var tOff []int // offset in text of each byte of t
	for i, r := range text {
		if isSpaceRune(r) {
			continue
		}
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		t = append(t, text[i:i+n]...)
		for k := range n {
			tOff = append(tOff, i+k)
		}
	}
	b := segmentBuilder{text: []byte(text), file: page}
	s := string(src.chars)
	j, misses := 0, 0
	for i := 0; i < len(t) && misses < 2000; {
		key := string(t[i:min(i+16, len(t))])
		p := strings.Index(s[j:], key)
		if p >= 0 {
			p += j
		} else if p = strings.Index(s, key); p < 0 {
			// Not in the page: skip to the next character.
			misses++
			i++
			for i < len(t) && !utf8.RuneStart(t[i]) {
				i++
			}
			continue
		}
		n := 0
		for i+n < len(t) && p+n < len(s) && t[i+n] == s[p+n] {
			n++
		}
		// Record the stretch character by character.
		for k := 0; k < n; {
			size := 1
			for k+size < n && !utf8.RuneStart(t[i+k+size]) {
				size++
			}
			fs, fe := src.start[p+k], src.end[p+k]
			ts := tOff[i+k]
			if fe-fs == size && bytes.Equal(page[fs:fe], t[i+k:i+k+size]) {
				b.add(ts, fs, size, size)
			} else if k == 0 || src.start[p+k-1] != fs {
				b.add(ts, fs, size, fe-fs)
			}
			k += size
		}
		i += n
		j = p + n
	}
	return Offsets{mapping: Aligned, segs: b.segs}
}

// decodedPage is the page's visible text without white space: chars, and
// for each byte of chars the file span of the character it belongs to.
type decodedPage struct {
	chars      []byte
	start, end []int
}

// pageText decodes the text nodes of page, outside script, style,
// template and head elements.
func pageText(page []byte) decodedPage {
	var d decodedPage
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	off := 0
	skip := 0 // depth inside elements whose text is not shown
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case xhtml.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "template", "title", "textarea", "noscript":
				skip++
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "template", "title", "textarea", "noscript":
				if skip > 0 {
					skip--
				}
			}
		case xhtml.TextToken:
			if skip == 0 {
				d.decode(raw, off)
			}
		}
		off += len(raw)
	}
	return d
}

// decode adds the characters of a raw text token at file offset off.
func (d *decodedPage) decode(raw []byte, off int) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if e := entityEnd(raw, i); e > 0 {
				dec := html.UnescapeString(string(raw[i:e]))
				if dec != string(raw[i:e]) {
					for _, r := range dec {
						if !isSpaceRune(r) {
							d.add(string(r), off+i, off+e)
						}
					}
					i = e
					continue
				}
			}
		}
		r, n := utf8.DecodeRune(raw[i:])
		if !isSpaceRune(r) {
			d.add(string(raw[i:i+n]), off+i, off+i+n)
		}
		i += n
	}
}

func (d *decodedPage) add(c string, start, end int) {
	d.chars = append(d.chars, c...)
	for range len(c) {
		d.start = append(d.start, start)
		d.end = append(d.end, end)
	}
}

// entityEnd returns the end of the character reference at raw[i] ("&amp;",
// "&#8217;", "&#x2019;"), which must end with ";", or -1.
func entityEnd(raw []byte, i int) int {
	for j := i + 1; j < len(raw) && j-i < 40; j++ {
		c := raw[j]
		switch {
		case c == ';':
			if j > i+1 {
				return j + 1
			}
			return -1
		case c == '#' && j == i+1:
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return -1
		}
	}
	return -1
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}
