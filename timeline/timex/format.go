package timex

import (
	"strconv"
	"strings"
	"time"
)

// String is the canonical EDTF form: "2024-07-31", "196X", "2020~/2021",
// "../2020". The zero Value is "".
func (v Value) String() string {
	if v.IsZero() {
		return ""
	}
	b := make([]byte, 0, 24)
	if !v.interval {
		return string(v.a.append(b))
	}
	b = v.a.append(b)
	b = append(b, '/')
	return string(v.b.append(b))
}

func appendDigits(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func (p point) append(b []byte) []byte {
	switch p.prec {
	case PrecisionUnknown:
		return append(b, ".."...)
	case Century:
		b = append(appendDigits(b, int(p.year)/100, 2), "XX"...)
	case Decade:
		b = append(appendDigits(b, int(p.year)/10, 3), 'X')
	default:
		y := int(p.year)
		if y < 0 {
			b = append(b, '-')
			y = -y
		}
		b = appendDigits(b, y, 4)
		switch p.prec {
		case Season:
			b = append(append(b, '-'), seasonCodes[p.season]...)
		case Month, Day, Time:
			b = appendDigits(append(b, '-'), int(p.month), 2)
		}
		if p.prec == Day || p.prec == Time {
			b = appendDigits(append(b, '-'), int(p.day), 2)
		}
		if p.prec == Time {
			b = appendDigits(append(b, 'T'), int(p.hour), 2)
			b = appendDigits(append(b, ':'), int(p.minute), 2)
			if p.seconds {
				b = appendDigits(append(b, ':'), int(p.second), 2)
			}
		}
	}
	switch p.qual {
	case Approximate:
		b = append(b, '~')
	case Uncertain:
		b = append(b, '?')
	case Approximate | Uncertain:
		b = append(b, '%')
	}
	return b
}

// FormatDate writes t's date (in t's location) as an ISO date with an
// astronomical year: "2024-07-31", "-0043-03-15" (15 March 44 BC).
func FormatDate(t time.Time) string {
	y, m, d := t.Date()
	b := make([]byte, 0, 11)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendDigits(b, y, 4)
	b = appendDigits(append(b, '-'), int(m), 2)
	return string(appendDigits(append(b, '-'), d, 2))
}

// yearString writes an astronomical year for people: "2024", "44 BC".
func yearString(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// yearSpan writes the years y1 to y2 for people: "2020–2024", "44–43 BC",
// "1 BC – AD 9".
func yearSpan(y1, y2 int) string {
	switch {
	case y1 > 0:
		return strconv.Itoa(y1) + "–" + strconv.Itoa(y2)
	case y2 <= 0:
		return strconv.Itoa(1-y1) + "–" + yearString(y2)
	}
	return yearString(y1) + " – AD " + strconv.Itoa(y2)
}

func ordinal(n int) string {
	s := strconv.Itoa(n)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

func (p point) clock() string {
	b := appendDigits(nil, int(p.hour), 2)
	b = appendDigits(append(b, ':'), int(p.minute), 2)
	if p.seconds {
		b = appendDigits(append(b, ':'), int(p.second), 2)
	}
	return string(b)
}

// bare is the point for people, without its qualifier.
func (p point) bare() string {
	y := int(p.year)
	switch p.prec {
	case Time:
		return strconv.Itoa(int(p.day)) + " " + time.Month(p.month).String() + " " + yearString(y) + ", " + p.clock()
	case Day:
		return strconv.Itoa(int(p.day)) + " " + time.Month(p.month).String() + " " + yearString(y)
	case Month:
		return time.Month(p.month).String() + " " + yearString(y)
	case Season:
		if p.season == Winter {
			return "Winter " + yearSpan(y, y+1)
		}
		return p.season.String() + " " + yearString(y)
	case Year:
		return yearString(y)
	case Decade:
		if y == 0 {
			return yearSpan(0, 9)
		}
		return strconv.Itoa(y) + "s"
	case Century:
		return ordinal(y/100+1) + " century"
	}
	return ""
}

// display is the point for people: "c. 1965", "2020?", "c. 2020?".
func (p point) display() string {
	s := p.bare()
	if p.qual&Approximate != 0 {
		s = "c. " + s
	}
	if p.qual&Uncertain != 0 {
		s += "?"
	}
	return s
}

// Display writes v for people: "31 July 2024", "July 2024", "Summer 2024",
// "Winter 2024–2025", "1960s", "20th century", "15 March 44 BC",
// "31 July 2024, 02:00", "c. 1965", "2020?"; intervals "27–28 November
// 2020", "2020 – 12 August 2024", "until 2020", "from 2020", and for
// Between "between 31 July 2024 and 12 August 2024". The zero Value is "".
func (v Value) Display() string {
	if !v.interval {
		return v.a.display()
	}
	a, b := v.a, v.b
	switch {
	case v.placed:
		return "between " + a.display() + " and " + b.display()
	case a.open():
		return "until " + b.display()
	case b.open():
		return "from " + a.display()
	case a == b:
		return a.display()
	}
	if a.qual == 0 && b.qual == 0 && a.prec == b.prec {
		if s := compact(a, b); s != "" {
			return s
		}
	}
	return a.display() + " – " + b.display()
}

// compact writes an interval between two unqualified ends of the same
// precision without repeating what they share, or "" when it cannot.
func compact(a, b point) string {
	same := a.year == b.year
	switch a.prec {
	case Time:
		if same && a.month == b.month && a.day == b.day {
			return a.bare() + "–" + b.clock()
		}
	case Day:
		if !same {
			break
		}
		if a.month == b.month {
			return strconv.Itoa(int(a.day)) + "–" + b.bare()
		}
		return strconv.Itoa(int(a.day)) + " " + time.Month(a.month).String() + " – " + b.bare()
	case Month:
		if same {
			return time.Month(a.month).String() + "–" + b.bare()
		}
	case Year:
		return yearSpan(int(a.year), int(b.year))
	case Decade:
		if a.year > 0 {
			return a.bare() + "–" + b.bare()
		}
	case Century:
		return ordinal(int(a.year)/100+1) + "–" + ordinal(int(b.year)/100+1) + " centuries"
	}
	return ""
}

var pointLabels = [...]string{Time: "exact time", Day: "exact day", Month: "month", Season: "season", Year: "year only", Decade: "decade", Century: "century"}
var rangeLabels = [...]string{Time: "times", Day: "days", Month: "months", Season: "seasons", Year: "years", Decade: "decades", Century: "centuries"}

// PrecisionLabel says for people how precise v is: "exact day", "month",
// "year only", "decade, uncertain", "range of years", "open range of days",
// "inferred range", "exact day, year inferred". The zero Value is "".
func (v Value) PrecisionLabel() string {
	if v.IsZero() {
		return ""
	}
	p := v.Precision()
	var s string
	switch {
	case v.placed:
		s = "inferred range"
	case !v.interval:
		s = pointLabels[p]
	case v.a.open() || v.b.open():
		s = "open range of " + rangeLabels[p]
	default:
		s = "range of " + rangeLabels[p]
	}
	switch v.Qualifier() {
	case Approximate:
		s += ", approximate"
	case Uncertain:
		s += ", uncertain"
	case Approximate | Uncertain:
		s += ", approximate and uncertain"
	}
	if names := v.Inferred().names(); len(names) > 0 {
		last := len(names) - 1
		if last > 0 {
			names[last-1] += " and " + names[last]
			names = names[:last]
		}
		s += ", " + strings.Join(names, ", ") + " inferred"
	}
	return s
}
