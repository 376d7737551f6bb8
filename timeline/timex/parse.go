package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Forms lists the accepted forms for people, for messages such as "a date
// in no accepted form".
const Forms = `"2024-07-31", "2024-07-31T02:00", "2024-07", "2024-SU" (SP, SU, FA, WI), "2024", ` +
	`"196X" (a decade), "19XX" (a century), "-0043-03-15" (44 BC), ` +
	`"2020-11-27/2020-11-28", "../2020", "2020/..", each date optionally ending in ~ (approximate), ? (uncertain) or % (both)`

// ParseError is a string Parse could not read.
type ParseError struct {
	Value  string // the whole text given to Parse
	Offset int    // byte offset in Value where the problem starts
	Msg    string // what is wrong, without the text
}

func (e *ParseError) Error() string {
	if e.Value == "" {
		return e.Msg
	}
	return e.Msg + " in " + strconv.Quote(e.Value)
}

// Parse reads a value in one of the forms of the package documentation.
// Errors are *ParseError.
func Parse(s string) (Value, error) {
	if s == "" {
		return Value{}, &ParseError{Msg: "empty date"}
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		if s == ".." {
			return Value{}, &ParseError{Value: s, Msg: `".." stands only for an open end of an interval, as in "../2020"`}
		}
		p := parser{s: s, end: len(s), short: true}
		a, err := p.point()
		if err != nil {
			return Value{}, err
		}
		return Value{a: a}, nil
	}
	var a, b point
	var err error
	if open := s[:slash]; open != "" && open != ".." {
		p := parser{s: s, end: slash}
		if a, err = p.point(); err != nil {
			return Value{}, err
		}
	}
	if open := s[slash+1:]; open != "" && open != ".." {
		p := parser{s: s, pos: slash + 1, end: len(s)}
		if b, err = p.point(); err != nil {
			return Value{}, err
		}
	}
	switch {
	case a.open() && b.open():
		return Value{}, &ParseError{Value: s, Msg: "an interval needs a date at one end at least"}
	case !a.open() && !b.open() && !b.end().After(a.start()):
		return Value{}, &ParseError{Value: s, Offset: slash + 1, Msg: "interval ends before it starts"}
	}
	return Value{a: a, b: b, interval: true}, nil
}

// parser reads one date from s[pos:end].
type parser struct {
	s        string
	pos, end int
	short    bool // "196" and "19" allowed (not inside intervals)
}

func (p *parser) fail(off int, format string, args ...any) error {
	return &ParseError{Value: p.s, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) peek() byte {
	if p.pos < p.end {
		return p.s[p.pos]
	}
	return 0
}

// rest quotes the unread text of the current date, shortened.
func (p *parser) rest(off int) string {
	r := p.s[off:p.end]
	if r == "" {
		return "the end"
	}
	if len(r) > 24 {
		n := 20
		for n > 0 && !utf8.RuneStart(r[n]) {
			n--
		}
		r = r[:n] + "..."
	}
	return strconv.Quote(r)
}

// digits reads a run of ASCII digits: its value (when it fits) and length.
func (p *parser) digits() (n, count int) {
	for p.pos < p.end && '0' <= p.s[p.pos] && p.s[p.pos] <= '9' {
		if count < 9 {
			n = n*10 + int(p.s[p.pos]-'0')
		}
		count++
		p.pos++
	}
	return n, count
}

// two reads exactly two digits naming field what.
func (p *parser) two(what string) (int, error) {
	at := p.pos
	n, count := p.digits()
	switch {
	case count == 0:
		return 0, p.fail(at, "expected the %s (2 digits) at %s", what, p.rest(at))
	case count != 2:
		return 0, p.fail(at, "%s %q needs 2 digits", what, p.s[at:p.pos])
	}
	return n, nil
}

func (p *parser) point() (point, error) {
	var pt point
	start := p.pos
	neg := p.peek() == '-'
	if neg {
		p.pos++
	}
	at := p.pos
	n, count := p.digits()
	switch {
	case count == 0:
		return pt, p.fail(start, "expected a year (2024), decade (196X) or century (19XX) at %s", p.rest(start))
	case count > 4:
		return pt, p.fail(at, "year %s has more than 4 digits (years run from -9999 to 9999)", p.s[at:p.pos])
	case neg && count < 4:
		if p.peek() == 'X' {
			return pt, p.fail(start, "decades and centuries before year 0 are not supported")
		}
		return pt, p.fail(start, "a year before 1 BC needs a sign and 4 digits, as in -0043 (44 BC)")
	case count == 1:
		return pt, p.fail(at, "a year needs 4 digits (decades are written 196X, centuries 19XX)")
	case count < 4 && !p.short && p.peek() != 'X':
		return pt, p.fail(at, "%q is not a year: years have 4 digits, and in an interval decades are written 196X and centuries 19XX", p.s[at:p.pos])
	case count == 4:
		if neg && n == 0 {
			return pt, p.fail(start, `"-0000" is not a year (1 BC is "0000")`)
		}
		pt.prec, pt.year = Year, int16(n)
		if neg {
			pt.year = -pt.year
		}
		if err := p.month(&pt, p.s[start:p.pos]); err != nil {
			return pt, err
		}
	case count == 3:
		pt.prec, pt.year = Decade, int16(n*10)
		if p.peek() == 'X' {
			p.pos++
		}
	case count == 2:
		pt.prec, pt.year = Century, int16(n*100)
		if p.peek() == 'X' {
			p.pos++
			if p.peek() != 'X' {
				return pt, p.fail(at, "a century is written with two X, like 19XX")
			}
			p.pos++
		}
	}
	switch p.peek() {
	case 'Z', '+':
		if pt.prec == Time {
			return pt, p.fail(p.pos, "time zones are not supported")
		}
	case '.', ',':
		if pt.prec == Time {
			return pt, p.fail(p.pos, "fractions of a second are not supported")
		}
	case '~':
		pt.qual = Approximate
	case '?':
		pt.qual = Uncertain
	case '%':
		pt.qual = Approximate | Uncertain
	}
	if pt.qual != 0 {
		p.pos++
		if c := p.peek(); c == '~' || c == '?' || c == '%' {
			return pt, p.fail(p.pos, `a date takes one qualifier: "~" approximate, "?" uncertain, "%%" both`)
		}
	}
	if p.pos < p.end {
		return pt, p.fail(p.pos, "unexpected %s after the date", p.rest(p.pos))
	}
	return pt, nil
}

// month reads what may follow a year: "-07", "-07-31", "-07-31T02:00",
// "-SU", "-22".
func (p *parser) month(pt *point, year string) error {
	if p.peek() != '-' {
		return nil
	}
	p.pos++
	at := p.pos
	if c := p.peek(); 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' {
		for c := p.peek(); 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'; c = p.peek() {
			p.pos++
		}
		code := p.s[at:p.pos]
		for i, c := range seasonCodes {
			if c != "" && c == code {
				pt.prec, pt.season = Season, SeasonName(i)
				return nil
			}
		}
		return p.fail(at, "unknown season %q (SP, SU, FA or WI)", code)
	}
	m, err := p.two("month")
	if err != nil {
		return err
	}
	switch {
	case 21 <= m && m <= 24:
		pt.prec, pt.season = Season, SeasonName(m-20)
		return nil
	case m < 1 || m > 12:
		return p.fail(at, "month %s out of range", p.s[at:p.pos])
	}
	pt.prec, pt.month = Month, uint8(m)
	if p.peek() != '-' {
		return nil
	}
	p.pos++
	at = p.pos
	d, err := p.two("day")
	if err != nil {
		return err
	}
	if days := daysIn(int(pt.year), time.Month(m)); d < 1 || d > days {
		return p.fail(at, "day %s out of range (%s %s has %d days)", p.s[at:p.pos], time.Month(m), year, days)
	}
	pt.prec, pt.day = Day, uint8(d)
	if p.peek() != 'T' {
		return nil
	}
	p.pos++
	return p.clock(pt)
}

// clock reads "02:00" or "02:00:05" after the "T".
func (p *parser) clock(pt *point) error {
	var vals [3]int
	names := [3]string{"hour", "minute", "second"}
	limits := [3]int{23, 59, 59}
	for i := range vals {
		if i == 2 && p.peek() != ':' {
			break
		}
		if i > 0 {
			if p.peek() != ':' {
				return p.fail(p.pos, `expected ":" and the minutes after the hour, as in "T02:00"`)
			}
			p.pos++
		}
		at := p.pos
		n, err := p.two(names[i])
		if err != nil {
			return err
		}
		if n > limits[i] {
			return p.fail(at, "%s %s out of range", names[i], p.s[at:p.pos])
		}
		vals[i] = n
		if i == 2 {
			pt.seconds = true
		}
	}
	pt.prec = Time
	pt.hour, pt.minute, pt.second = uint8(vals[0]), uint8(vals[1]), uint8(vals[2])
	if p.peek() == '-' {
		return p.fail(p.pos, "time zones are not supported")
	}
	return nil
}
