package source

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline/sentence"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// date is a calendar date read from a dateline or metadata; month and day
// are 0 when not given.
type date struct{ year, month, day int }

// value returns d as a timex value, false if d is not a real date.
func (d date) value() (timex.Value, bool) {
	if d.year < 1 || d.year > 9999 || d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31 || (d.month == 0 && d.day != 0) {
		return timex.Value{}, false
	}
	s := fmt.Sprintf("%04d", d.year)
	if d.month > 0 {
		s += fmt.Sprintf("-%02d", d.month)
	}
	if d.day > 0 {
		if t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC); t.Day() != d.day {
			return timex.Value{}, false // 31 June
		}
		s += fmt.Sprintf("-%02d", d.day)
	}
	v, err := timex.Parse(s)
	return v, err == nil
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// scanDate reads a full calendar date at the start of s and returns it and
// the number of bytes read. It reads
//
//	Aug. 12, 2024   Aug.12, 2024   August 12 2024   Monday, August 12th, 2024
//	12 August 2024  12th of Aug. 2024               Mon, 12 Aug 2024
//	2024-08-12      2024/08/12     13/08/2024 (only when the day is over 12)
//
// and, when month is true, a month and year: "August 2024".
func scanDate(s string, month bool) (date, int, bool) {
	p := 0
	// A weekday, with an optional period and comma.
	if w, n := word(s); weekdayNames[strings.ToLower(w)] {
		q := n
		if q < len(s) && s[q] == '.' {
			q++
		}
		if q < len(s) && s[q] == ',' {
			q++
		}
		if q < len(s) && s[q] == ' ' {
			p = skipSpaces(s, q)
		}
	}
	rest := s[p:]
	if d, n, ok := scanNumericDate(rest); ok {
		return d, p + n, true
	}
	// Month first.
	if m, n := monthAt(rest); m > 0 {
		q := skipSpaces(rest, n)
		if day, dn := dayAt(rest[q:]); dn > 0 {
			r := q + dn
			if r < len(rest) && rest[r] == ',' {
				r++
			}
			r = skipSpaces(rest, r)
			if y, yn := yearAt(rest[r:]); yn > 0 {
				return date{y, m, day}, p + r + yn, true
			}
		}
		if month && q > n {
			if y, yn := yearAt(rest[q:]); yn > 0 {
				return date{y, m, 0}, p + q + yn, true
			}
		}
		return date{}, 0, false
	}
	// Day first.
	if day, dn := dayAt(rest); dn > 0 {
		q := skipSpaces(rest, dn)
		if strings.HasPrefix(strings.ToLower(rest[q:]), "of ") {
			q = skipSpaces(rest, q+3)
		}
		if m, mn := monthAt(rest[q:]); m > 0 && q > dn {
			r := q + mn
			if r < len(rest) && rest[r] == ',' {
				r++
			}
			r = skipSpaces(rest, r)
			if y, yn := yearAt(rest[r:]); yn > 0 && r > q+mn {
				return date{y, m, day}, p + r + yn, true
			}
		}
	}
	return date{}, 0, false
}

// scanNumericDate reads 2024-08-12, 2024/08/12, or d/m/yyyy and m/d/yyyy
// when one of the first two numbers is over 12.
func scanNumericDate(s string) (date, int, bool) {
	a, an := digits(s)
	if an == 0 || an >= len(s) {
		return date{}, 0, false
	}
	sep := s[an]
	if sep != '-' && sep != '/' && sep != '.' {
		return date{}, 0, false
	}
	b, bn := digits(s[an+1:])
	if bn == 0 || bn > 2 || an+1+bn >= len(s) || s[an+1+bn] != sep {
		return date{}, 0, false
	}
	c, cn := digits(s[an+2+bn:])
	n := an + 2 + bn + cn
	if cn == 0 || (n < len(s) && isDigit(s[n])) {
		return date{}, 0, false
	}
	switch {
	case an == 4 && cn <= 2 && sep != '.':
		return date{a, b, c}, n, true
	case an <= 2 && cn == 4 && a > 12 && b <= 12:
		return date{c, b, a}, n, true
	case an <= 2 && cn == 4 && b > 12 && a <= 12 && sep == '/':
		return date{c, a, b}, n, true
	}
	return date{}, 0, false
}

// parseDateOnly reads a string that is a date, such as a metadata value:
// an ISO timestamp ("2024-08-12T10:00:00+03:00"; the date as written, in
// its own time zone), "Mon, 12 Aug 2024 10:00:00 GMT", "August 12, 2024",
// or a year and month ("2024-08", "August 2024"). What follows the date
// must be a time, a zone, or nothing.
func parseDateOnly(s string) (date, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 7 && s[4] == '-' {
		if y, yn := digits(s[:4]); yn == 4 {
			if m, mn := digits(s[5:]); mn == 2 {
				return date{y, m, 0}, true
			}
		}
	}
	d, n, ok := scanDate(s, true)
	if !ok {
		return date{}, false
	}
	rest := strings.TrimLeft(s[n:], " ,|·-")
	if rest == "" || rest[0] == 'T' || isDigit(rest[0]) || strings.HasPrefix(strings.ToLower(rest), "at ") {
		return d, true
	}
	return date{}, false
}

func word(s string) (string, int) {
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	return s[:n], n
}

// monthAt reads a month name or abbreviation (with an optional period) at
// the start of s.
func monthAt(s string) (int, int) {
	w, n := word(s)
	m := monthNames[strings.ToLower(w)]
	if m == 0 {
		return 0, 0
	}
	if n < len(s) && s[n] == '.' {
		if fullMonth(w) {
			return m, n // "May." and "August." end a sentence
		}
		n++
	}
	return m, n
}

// fullMonth reports whether w is a month's whole name.
func fullMonth(w string) bool {
	m := monthNames[strings.ToLower(w)]
	return m > 0 && len(w) == len(time.Month(m).String())
}

// dayAt reads a day of the month, 1 to 31, with an optional ordinal suffix.
func dayAt(s string) (int, int) {
	d, n := digits(s)
	if n == 0 || n > 2 || d < 1 || d > 31 {
		return 0, 0
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(strings.ToLower(s[n:]), suf) {
			n += 2
			break
		}
	}
	if n < len(s) && (isDigit(s[n]) || isLetter(s[n])) {
		return 0, 0
	}
	return d, n
}

// yearAt reads a four-digit year not followed by another digit.
func yearAt(s string) (int, int) {
	y, n := digits(s)
	if n != 4 {
		return 0, 0
	}
	return y, n
}

func digits(s string) (int, int) {
	v, n := 0, 0
	for n < len(s) && isDigit(s[n]) && n < 9 {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// findDatelineIn looks for the publication date in the first lines of
// text and returns it, its label and its place. See findDateline.
func findDatelineIn(text string) (timex.Value, string, Range, bool) {
	const maxLines, maxBytes = 15, 4000
	pos, n := 0, 0
	for pos < len(text) && n < maxLines && pos < maxBytes {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		lead := len(line) - len(strings.TrimLeft(line, " \t\u00a0"))
		line = strings.TrimRight(line[lead:], " \t\r\u00a0")
		if line != "" {
			n++
			if d, at, size, label := datelineOf(line); size > 0 {
				if v, ok := d.value(); ok {
					start := pos + lead + at
					return v, label, Range{start, start + size}, true
				}
			}
		}
		pos = end + 1
	}
	// The weakest: a full date in a photo caption near the top.
	limit := min(len(text), maxBytes)
	for limit < len(text) && text[limit] != '\n' {
		limit++
	}
	head := text[:limit]
	for _, s := range sentence.Split(head) {
		if s.Kind != sentence.Caption {
			continue
		}
		u := head[s.Start:s.End]
		for i := 0; i < len(u); i++ {
			if i > 0 && u[i-1] != ' ' {
				continue
			}
			if d, size, ok := scanDate(u[i:], false); ok {
				if v, ok := d.value(); ok {
					return v, "caption", Range{s.Start + i, s.Start + i + size}, true
				}
			}
		}
	}
	return timex.Value{}, "", Range{}, false
}

// findDateline sets doc's publication date from a dateline in its first
// lines, when it has one.
func findDateline(doc *Document) {
	if v, label, r, ok := findDatelineIn(doc.Plain); ok {
		doc.Published, doc.PublishedFrom, doc.Dateline = v, label, r
	}
}

var publishedWords = []string{"first published", "originally published", "published", "posted",
	"publication date", "date published", "date", "dated"}

// datelineOf reads the publication date in one trimmed line: a published
// line ("Published: 12 August 2024", "By Jane Doe | Posted Aug. 12, 2024"),
// a news dateline ("TEHRAN, Aug. 12, 2024 —", "PASSAU, Germany, June 4,
// 2013 (Reuters) -"), a byline with a date ("By Jane Doe, Aug. 12, 2024")
// or a line that holds only a date ("Monday, 12 August 2024, 10:30").
// It returns the date, its offset and size in the line, and a label.
func datelineOf(line string) (date, int, int, string) {
	lower := strings.ToLower(line)
	// Published lines.
	if len(line) <= 160 {
		for _, w := range publishedWords {
			i := strings.Index(lower, w)
			if i < 0 || !afterSeparator(line, i) || (i+len(w) < len(line) && isLetter(line[i+len(w)])) {
				continue
			}
			p := i + len(w)
			for p < len(line) && (line[p] == ' ' || line[p] == ':' || line[p] == '-') {
				p++
			}
			for _, filler := range []string{"on ", "at "} {
				if strings.HasPrefix(lower[p:], filler) {
					p += len(filler)
				}
			}
			if d, n, ok := scanDate(line[p:], true); ok {
				return d, p, n, "published-line"
			}
		}
	}
	// A news dateline: capitals, then the date, then a dash.
	if caps := capsPrefix(line); caps > 0 {
		p := caps
		for range 3 {
			for p < len(line) && (line[p] == ',' || line[p] == ' ') {
				p++
			}
			if d, n, ok := scanDate(line[p:], false); ok {
				q := skipSpaces(line, p+n)
				if q < len(line) && (line[q] == '(' || line[q] == '/') {
					closer := byte(')')
					if line[q] == '/' {
						closer = '/'
					}
					if c := strings.IndexByte(line[q+1:], closer); c >= 0 {
						q = skipSpaces(line, q+c+2)
					}
				}
				if q == len(line) || strings.HasPrefix(line[q:], "-") || strings.HasPrefix(line[q:], "—") ||
					strings.HasPrefix(line[q:], "–") || strings.HasPrefix(line[q:], ":") {
					return d, p, n, "dateline"
				}
				break
			}
			// Skip a region: "Germany", "Calif.", "D.C.".
			q := p
			for q < len(line) && line[q] != ',' && q-p < 30 {
				q++
			}
			if q == p || q == len(line) || !isUpper(line[p]) {
				break
			}
			p = q
		}
	}
	// A byline with a date.
	if len(line) <= 160 && strings.HasPrefix(line, "By ") {
		for i := 3; i < len(line); i++ {
			if line[i-1] != ' ' {
				continue
			}
			if d, n, ok := scanDate(line[i:], false); ok {
				return d, i, n, "dateline"
			}
		}
	}
	// A line that is a date.
	if len(line) <= 80 {
		if d, n, ok := scanDate(line, true); ok {
			rest := strings.TrimLeft(line[n:], " ,|·•-–—")
			if rest == "" || isDigit(rest[0]) || strings.HasPrefix(strings.ToLower(rest), "at ") {
				return d, 0, n, "dateline"
			}
		}
	}
	return date{}, 0, 0, ""
}

// afterSeparator reports whether line[i] starts the line or follows a
// separator such as "|", "•" or "-", with at most 60 bytes before it.
func afterSeparator(line string, i int) bool {
	if i == 0 {
		return true
	}
	if i > 60 {
		return false
	}
	before := strings.TrimRight(line[:i], " ")
	for _, sep := range []string{"|", "•", "·", "-", "–", "—", ",", "/"} {
		if strings.HasSuffix(before, sep) {
			return true
		}
	}
	return false
}

// capsPrefix returns the length of the upper-case place name that starts a
// news dateline ("WASHINGTON", "NEW YORK", "GAZA CITY"), or 0.
func capsPrefix(line string) int {
	n, letters := 0, 0
scan:
	for ; n < len(line); n++ {
		c := line[n]
		switch {
		case isUpper(c):
			letters++
		case (c == '.' || c == '\'' || c == '-') && n > 0:
		case c == ' ' && n+2 < len(line) && isUpper(line[n+1]) && isUpper(line[n+2]):
		default:
			break scan
		}
	}
	if letters < 3 || n > 40 {
		return 0
	}
	if n < len(line) && (isLetter(line[n]) || isDigit(line[n])) {
		return 0 // "NASA's", "Tehran"
	}
	return n
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
