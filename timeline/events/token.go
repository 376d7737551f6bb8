package events

import (
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or a punctuation mark of the text.
type token struct {
	start, end int
	text       string // as written
	lower      string
	word       bool // letters (and inner apostrophes, hyphens, periods: "U.S.", "post-election")
	cap        bool // a word starting with an upper-case letter
	sent       int  // index of its sentence
	date       int  // index+1 of the date expression covering it, 0 if none
	ent        int  // index+1 of the entity covering it, 0 if none
	timex      bool // inside a temporal expression, dated or not
}

// tokenize cuts text[from:to] into tokens. A possessive "'s" (or "’s")
// is a token of its own, so "Iran's" is "Iran" + "'s".
func tokenize(text string, from, to, sent int, out []token) []token {
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:to])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// inner hyphen, period, apostrophe or comma in a number, when a letter or digit follows
				if r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == ',' && unicode.IsDigit(r) {
					if j+n2 < to {
						r3, _ := utf8.DecodeRuneInString(text[j+n2 : to])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							if (r2 == '\'' || r2 == '’') && (r3 == 's' || r3 == 'S') && (j+n2+1 == to || !isWordByte(text[j+n2+1])) {
								break // possessive
							}
							if r2 == ',' && !unicode.IsDigit(r3) {
								break
							}
							j += n2
							continue
						}
					}
					// "U.S." keeps its final period when the word is dotted
					if r2 == '.' && dotted(text[start:j]) {
						j += n2
					}
				}
				break
			}
			t := text[start:j]
			out = append(out, token{start: start, end: j, text: t, lower: lowerASCII(t), word: unicode.IsLetter(r), cap: unicode.IsUpper(r), sent: sent})
			i = j
			continue
		}
		if (r == '\'' || r == '’') && i+n < to && (text[i+n] == 's' || text[i+n] == 'S') && (i+n+1 == to || !isWordByte(text[i+n+1])) && len(out) > 0 && out[len(out)-1].end == i {
			out = append(out, token{start: i, end: i + n + 1, text: text[i : i+n+1], lower: "'s", sent: sent})
			i += n + 1
			continue
		}
		out = append(out, token{start: i, end: i + n, text: text[i : i+n], lower: text[i : i+n], sent: sent})
		i += n
	}
	return out
}

// dotted reports whether w is letters separated by periods ("U.S", "p.m").
func dotted(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 1 && c != '.' || k%2 == 0 && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// lowerASCII lower-cases s, with "’" made "'".
func lowerASCII(s string) string {
	ascii := true
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}
