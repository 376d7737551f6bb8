package tagger

import "unicode/utf8"

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters (ASCII, or any non-space, non-punctuation rune)
	kNum                    // a run of ASCII digits
	kPunct                  // one punctuation character
)

// Gaps: what separates a token from the one before it.
const (
	gapNone  uint8 = iota // adjacent
	gapSpace              // spaces or tabs
	gapLine               // white space with one line break
	gapPara               // a blank line: expressions never cross it
)

// token is one word, number or punctuation mark of the source. It holds
// offsets, not strings, so tokenizing allocates nothing.
type token struct {
	start, end int
	kind       uint8
	gap        uint8
	upper      bool  // the first letter is upper case
	punct      byte  // for kPunct: the ASCII character ('-' also for en and em dashes, '\'' for curly quotes)
	id         int32 // for kWord: the word's id in the vocabulary (0 = unknown)
	num        int   // for kNum: the value (digits ≤ 9)
	ndig       int   // for kNum: number of digits
}

const maxWordLen = 24

// tokenize appends the tokens of src to toks and returns it.
func tokenize(src []byte, toks []token) []token {
	toks, _ = tokenizeFrom(src, 0, toks, -1)
	return toks
}

// tokenizeFrom appends the tokens of src from offset pos (just after a
// token, or 0) until toks holds max tokens (max < 0: no limit), and returns
// the offset where it stopped.
func tokenizeFrom(src []byte, pos int, toks []token, max int) ([]token, int) {
	gap := gapNone
	nl := 0
	var lower [maxWordLen]byte
	for i := pos; i < len(src); {
		if max >= 0 && len(toks) >= max {
			return toks, i
		}
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			if gap == gapNone {
				gap = gapSpace
			}
			i++
			continue
		case c == '\n':
			nl++
			if nl >= 2 {
				gap = gapPara
			} else {
				gap = gapLine
			}
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(src[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kNum, gap: gap, num: v, ndig: j - i})
			i = j
		case isLetter(c):
			j := i
			n := 0
			for j < len(src) && isLetter(src[j]) {
				if n < maxWordLen {
					lower[n] = src[j] | 0x20
				}
				n++
				j++
			}
			// A word may go on with non-ASCII letters ("café"): keep it one unknown token.
			unknown := false
			for j < len(src) && src[j] >= 0x80 {
				r, w := utf8.DecodeRune(src[j:])
				if isSpaceRune(r) || punctRune(r) != 0 {
					break
				}
				unknown = true
				j += w
				for j < len(src) && (isLetter(src[j]) || src[j] >= 0x80) {
					if src[j] >= 0x80 {
						r, w := utf8.DecodeRune(src[j:])
						if isSpaceRune(r) || punctRune(r) != 0 {
							break
						}
						j += w
						continue
					}
					j++
				}
			}
			var id int32
			if !unknown && n <= maxWordLen {
				id = vocab[string(lower[:n])]
			}
			toks = append(toks, token{start: i, end: j, kind: kWord, gap: gap, upper: c < 'a', id: id})
			i = j
		case c < 0x80:
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, gap: gap, punct: c})
			i++
		default:
			r, w := utf8.DecodeRune(src[i:])
			if isSpaceRune(r) {
				if gap == gapNone {
					gap = gapSpace
				}
				i += w
				continue
			}
			if p := punctRune(r); p != 0 {
				toks = append(toks, token{start: i, end: i + w, kind: kPunct, gap: gap, punct: p})
				i += w
				break
			}
			// Some other letter or symbol (or a byte of invalid UTF-8): an unknown word.
			j := i + w
			for j < len(src) && (isLetter(src[j]) || src[j] >= 0x80) {
				if src[j] >= 0x80 {
					r, w := utf8.DecodeRune(src[j:])
					if isSpaceRune(r) || punctRune(r) != 0 {
						break
					}
					j += w
					continue
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kWord, gap: gap})
			i = j
		}
		gap = gapNone
		nl = 0
	}
	return toks, len(src)
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// punctRune maps the non-ASCII punctuation that matters in dates to ASCII.
func punctRune(r rune) byte {
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
		return '-'
	case 0x2018, 0x2019, 0x02BC:
		return '\''
	case 0x201C, 0x201D:
		return '"'
	case 0x2026:
		return '.'
	}
	return 0
}
