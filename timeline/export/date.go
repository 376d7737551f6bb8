package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// parts is a date as TimelineJS splits it, with a TimelineJS year (no year
// zero: -44 is 44 BC). A field below the precision is unset (nil).
type parts struct {
	Year                 int
	Month, Day           *int
	Hour, Minute, Second *int
}

func intp(n int) *int { return &n }

// tjsYear is the TimelineJS year of astronomical year y.
func tjsYear(y int) int {
	if y < 1 {
		return y - 1
	}
	return y
}

// astroYear is the astronomical year of TimelineJS year y; y must not be 0.
func astroYear(y int) int {
	if y < 0 {
		return y + 1
	}
	return y
}

// partsOf splits a single (non-interval) value into TimelineJS fields: its
// first moment, or with last its last month (season) or year (decade,
// century).
func partsOf(v timex.Value, last bool) parts {
	first := v.Interval().Start
	end := v.Last()
	var p parts
	switch v.Precision() {
	case timex.Time:
		p.Year = tjsYear(first.Year())
		p.Month, p.Day = intp(int(first.Month())), intp(first.Day())
		p.Hour, p.Minute = intp(first.Hour()), intp(first.Minute())
		if strings.Count(v.WithQualifier(0).String(), ":") == 2 {
			p.Second = intp(first.Second())
		}
	case timex.Day:
		p.Year = tjsYear(first.Year())
		p.Month, p.Day = intp(int(first.Month())), intp(first.Day())
	case timex.Month:
		p.Year, p.Month = tjsYear(first.Year()), intp(int(first.Month()))
	case timex.Season:
		t := first
		if last {
			t = end
		}
		p.Year, p.Month = tjsYear(t.Year()), intp(int(t.Month()))
	default: // year, decade, century
		t := first
		if last {
			t = end
		}
		p.Year = tjsYear(t.Year())
	}
	return p
}

// span is how a value is given to TimelineJS: a start, an optional end, and
// the display date.
type span struct {
	Start   parts
	End     *parts
	Display string
	// Open reports an open end that the fields cannot show.
	Open bool
}

// spanOf maps a value to TimelineJS fields (see the package documentation).
// lastDay, when not zero, closes an open end (eras need both ends).
func spanOf(v timex.Value, lastDay time.Time) span {
	s := span{Display: v.Display()}
	a, b := v.Ends()
	switch {
	case v.IsInterval() && a.IsZero(): // ../b
		s.Start, s.Open = partsOf(b, false), true
	case v.IsInterval() && b.IsZero(): // a/..
		s.Start, s.Open = partsOf(a, false), true
		if !lastDay.IsZero() && !lastDay.Before(a.First()) {
			e := parts{Year: tjsYear(lastDay.Year()), Month: intp(int(lastDay.Month())), Day: intp(lastDay.Day())}
			s.End = &e
		}
	case v.IsInterval():
		s.Start = partsOf(a, false)
		e := partsOf(b, true)
		s.End = &e
	default:
		s.Start = partsOf(v, false)
		switch v.Precision() {
		case timex.Season, timex.Decade, timex.Century:
			e := partsOf(v, true)
			s.End = &e
		}
	}
	return s
}

// edtf writes TimelineJS fields as one of our values' string forms.
func (p parts) edtf() (string, error) {
	if p.Year == 0 {
		return "", fmt.Errorf("year 0 does not exist in TimelineJS's numbering (write -1 for 1 BC, 1 for AD 1)")
	}
	y := astroYear(p.Year)
	var b strings.Builder
	if y < 0 {
		b.WriteByte('-')
		y = -y
	}
	if y > 9999 {
		return "", fmt.Errorf("year %d has more than four digits", p.Year)
	}
	fmt.Fprintf(&b, "%04d", y)
	if p.Month == nil {
		if p.Day != nil || p.Hour != nil {
			return "", fmt.Errorf("a day or time without a month")
		}
		return b.String(), nil
	}
	fmt.Fprintf(&b, "-%02d", *p.Month)
	if p.Day == nil {
		if p.Hour != nil {
			return "", fmt.Errorf("a time without a day")
		}
		return b.String(), nil
	}
	fmt.Fprintf(&b, "-%02d", *p.Day)
	if p.Hour == nil {
		return b.String(), nil
	}
	min := 0
	if p.Minute != nil {
		min = *p.Minute
	}
	fmt.Fprintf(&b, "T%02d:%02d", *p.Hour, min)
	if p.Second != nil {
		fmt.Fprintf(&b, ":%02d", *p.Second)
	}
	return b.String(), nil
}

// valueOf reads TimelineJS fields back into a value: the plain date or
// interval the fields give, unless display names a decade, century,
// season, qualified or open value that covers the same time.
func valueOf(start parts, end *parts, display string) (timex.Value, error) {
	s, err := start.edtf()
	if err != nil {
		return timex.Value{}, fmt.Errorf("start: %w", err)
	}
	a, err := timex.Parse(s)
	if err != nil {
		return timex.Value{}, fmt.Errorf("start: %w", err)
	}
	plain := a
	var b timex.Value
	if end != nil {
		e, err := end.edtf()
		if err != nil {
			return timex.Value{}, fmt.Errorf("end: %w", err)
		}
		if b, err = timex.Parse(e); err != nil {
			return timex.Value{}, fmt.Errorf("end: %w", err)
		}
		if a != b {
			plain = timex.NewInterval(a, b)
			if plain.IsZero() {
				return timex.Value{}, fmt.Errorf("the end %s comes before the start %s", b, a)
			}
		}
	}
	display = strings.TrimSpace(display)
	if display == "" {
		return plain, nil
	}
	iv := plain.Interval()
	var same []timex.Value // values covering exactly what the fields say
	same = append(same, plain)
	y := a.First().Year()
	if a.Precision() == timex.Year && (end == nil || b.Precision() == timex.Year) {
		same = append(same, timex.NewDecade(y), timex.NewCentury(y))
	}
	if a.Precision() == timex.Month {
		for s := timex.Spring; s <= timex.Winter; s++ {
			same = append(same, timex.NewSeason(y, s))
		}
	}
	if end != nil && a != b {
		same = append(same, timex.Between(a, b))
	}
	if end != nil && a != b {
		for _, q1 := range quals {
			for _, q2 := range quals {
				same = append(same, timex.NewInterval(a.WithQualifier(q1), b.WithQualifier(q2)))
			}
		}
	}
	var cands []timex.Value
	for _, c := range same {
		if c.IsZero() || c.Interval() != iv {
			continue
		}
		cands = append(cands, c)
		for _, q := range quals[1:] {
			cands = append(cands, c.WithQualifier(q))
		}
	}
	// Open values: only the closed end is in the fields (an era's other
	// end is the timeline's last day).
	cands = append(cands, timex.OpenAfter(a), timex.OpenBefore(a))
	if end != nil {
		cands = append(cands, timex.OpenBefore(b))
	}
	for _, c := range cands {
		if !c.IsZero() && c.Display() == display {
			return c, nil
		}
	}
	return plain, nil
}

// atoiField reads a number TimelineJS may give as a number or a string;
// "" is unset.
func atoiField(name, s string) (*int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(s, "+"))
	if err != nil {
		return nil, fmt.Errorf("%s %q is not a whole number", name, s)
	}
	return &n, nil
}

var quals = []timex.Qualifier{0, timex.Approximate, timex.Uncertain, timex.Approximate | timex.Uncertain}
