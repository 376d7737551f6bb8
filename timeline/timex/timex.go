package timex

import (
	"fmt"
	"strings"
	"time"
)

// Precision is the grain of a date value, finest first.
type Precision int

const (
	PrecisionUnknown Precision = iota
	Time                       // a minute or a second
	Day
	Month
	Season
	Year
	Decade
	Century
	Inferred // an interval a date was placed in, not a date the text gave
)

// The names are a JSON contract (DESIGN §6).
var precisionNames = [...]string{"unknown", "time", "day", "month", "season", "year", "decade", "century", "inferred"}

func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "unknown"
	}
	return precisionNames[p]
}

// MarshalText writes the precision's name.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (p *Precision) UnmarshalText(b []byte) error {
	for i, n := range precisionNames {
		if string(b) == n {
			*p = Precision(i)
			return nil
		}
	}
	return fmt.Errorf("unknown precision %q", b)
}

// Qualifier is EDTF's mark on a date: approximate ("~"), uncertain ("?"), or
// both ("%").
type Qualifier uint8

const (
	Approximate Qualifier = 1 << iota // "~": about that date
	Uncertain                         // "?": perhaps that date
)

// SeasonName is a season, northern hemisphere.
type SeasonName uint8

const (
	Spring SeasonName = iota + 1 // March to May
	Summer                       // June to August
	Autumn                       // September to November
	Winter                       // December to the end of February of the next year
)

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
var seasonNames = [...]string{"", "Spring", "Summer", "Autumn", "Winter"}

func (s SeasonName) String() string {
	if s < Spring || s > Winter {
		return fmt.Sprintf("SeasonName(%d)", int(s))
	}
	return seasonNames[s]
}

// Fields is a set of the fields of a date.
type Fields uint8

const (
	FieldYear  Fields = 1 << iota // also the digits of a decade or century
	FieldMonth                    // also a season
	FieldDay
	FieldHour
	FieldMinute
	FieldSecond
)

var fieldNames = [...]string{"year", "month", "day", "hour", "minute", "second"}

func (f Fields) names() []string {
	var out []string
	for i, n := range fieldNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// String lists the fields, "year|month".
func (f Fields) String() string { return strings.Join(f.names(), "|") }

// Value is a date or an interval between two dates. The zero Value is no
// date. Values are comparable with ==; two values parsed from strings with
// the same canonical form are equal.
type Value struct {
	a, b     point // b only for intervals
	interval bool
	placed   bool // built by Between: precision Inferred
}

// point is one date. prec is PrecisionUnknown for an open end.
type point struct {
	year     int16 // astronomical; a decade's or century's first year
	month    uint8 // 1..12 at precision Month and finer
	season   SeasonName
	day      uint8
	hour     uint8
	minute   uint8
	second   uint8
	seconds  bool // a Time stated to the second
	prec     Precision
	qual     Qualifier
	inferred Fields
}

const minYear, maxYear = -9999, 9999

// Interval is the stretch of time a value covers, [Start, End), in UTC. An
// open end has the zero time and its Open flag set.
type Interval struct {
	Start, End         time.Time
	OpenStart, OpenEnd bool
}

func (p point) open() bool { return p.prec == PrecisionUnknown }

func (p point) start() time.Time {
	y := int(p.year)
	switch p.prec {
	case Time:
		return time.Date(y, time.Month(p.month), int(p.day), int(p.hour), int(p.minute), int(p.second), 0, time.UTC)
	case Day:
		return time.Date(y, time.Month(p.month), int(p.day), 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
	case Season:
		return time.Date(y, time.Month(3*int(p.season)), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
}

// step adds n units of the point's precision to t.
func (p point) step(t time.Time, n int) time.Time {
	switch p.prec {
	case Time:
		if p.seconds {
			return t.Add(time.Duration(n) * time.Second)
		}
		return t.Add(time.Duration(n) * time.Minute)
	case Day:
		return t.AddDate(0, 0, n)
	case Month:
		return t.AddDate(0, n, 0)
	case Season:
		return t.AddDate(0, 3*n, 0)
	case Year:
		return t.AddDate(n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Century:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

func (p point) end() time.Time { return p.step(p.start(), 1) }

// fields are the fields a point has at its precision.
func (p point) fields() Fields {
	switch p.prec {
	case Time:
		f := FieldYear | FieldMonth | FieldDay | FieldHour | FieldMinute
		if p.seconds {
			f |= FieldSecond
		}
		return f
	case Day:
		return FieldYear | FieldMonth | FieldDay
	case Month, Season:
		return FieldYear | FieldMonth
	case Year, Decade, Century:
		return FieldYear
	}
	return 0
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Precision is the value's grain: for an interval, the coarser of its ends
// (the closed one if the other is open); Inferred for a value from Between.
func (v Value) Precision() Precision {
	switch {
	case v.placed:
		return Inferred
	case v.interval:
		return max(v.a.prec, v.b.prec)
	}
	return v.a.prec
}

// IsZero reports whether v is no date.
func (v Value) IsZero() bool { return v == Value{} }

// IsInterval reports whether v was written as an interval (with a "/").
func (v Value) IsInterval() bool { return v.interval }

// Ends returns an interval's two ends, the zero Value for an open end, and
// (v, v) for a single date.
func (v Value) Ends() (start, end Value) {
	if !v.interval {
		return v, v
	}
	if !v.a.open() {
		start = Value{a: v.a}
	}
	if !v.b.open() {
		end = Value{a: v.b}
	}
	return start, end
}

// Interval is the stretch of time v covers, qualifiers ignored.
func (v Value) Interval() Interval {
	if v.IsZero() {
		return Interval{}
	}
	if !v.interval {
		return Interval{Start: v.a.start(), End: v.a.end()}
	}
	var iv Interval
	if v.a.open() {
		iv.OpenStart = true
	} else {
		iv.Start = v.a.start()
	}
	if v.b.open() {
		iv.OpenEnd = true
	} else {
		iv.End = v.b.end()
	}
	return iv
}

// widen moves t by n units of the point's precision, hours for a time: how
// far a qualifier widens DisplayInterval.
func (p point) widen(t time.Time, n int) time.Time {
	if p.prec == Time {
		return t.Add(time.Duration(n) * time.Hour)
	}
	return p.step(t, n)
}

// DisplayInterval is Interval with each approximate or uncertain end
// widened outwards by one unit of its precision (an hour for a time): "c.
// 1965" covers 1964 to 1966, "2024-07-31?" 30 July to 1 August.
func (v Value) DisplayInterval() Interval {
	iv := v.Interval()
	first, last := v.a, v.a
	if v.interval {
		last = v.b
	}
	if !iv.OpenStart && first.qual != 0 {
		iv.Start = first.widen(iv.Start, -1)
	}
	if !iv.OpenEnd && last.qual != 0 {
		iv.End = last.widen(iv.End, 1)
	}
	return iv
}

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// First is the first day v covers, at midnight UTC; the zero time when v
// has an open start or is zero.
func (v Value) First() time.Time {
	iv := v.Interval()
	if iv.OpenStart || v.IsZero() {
		return time.Time{}
	}
	return midnight(iv.Start)
}

// Last is the last day v covers (inclusive), at midnight UTC; the zero time
// when v has an open end or is zero.
func (v Value) Last() time.Time {
	iv := v.Interval()
	if iv.OpenEnd || v.IsZero() {
		return time.Time{}
	}
	return midnight(iv.End.Add(-time.Nanosecond))
}

// Contains reports whether w's interval lies within v's (an open end
// reaching as far as time goes). A zero value contains nothing and is in
// nothing.
func (v Value) Contains(w Value) bool {
	if v.IsZero() || w.IsZero() {
		return false
	}
	iv, iw := v.Interval(), w.Interval()
	if !iv.OpenStart && (iw.OpenStart || iw.Start.Before(iv.Start)) {
		return false
	}
	if !iv.OpenEnd && (iw.OpenEnd || iw.End.After(iv.End)) {
		return false
	}
	return true
}

// Compatible reports whether v and w can be the same date written at
// different precisions: one's interval contains the other's ("2020" and
// "2020-11-27", but not "2020-11" and "2020-SU").
func (v Value) Compatible(w Value) bool { return v.Contains(w) || w.Contains(v) }

// Qualifier is the union of the qualifiers of v's ends.
func (v Value) Qualifier() Qualifier { return v.a.qual | v.b.qual }

// Approximate reports whether v, or one of its ends, is marked "~" or "%".
func (v Value) Approximate() bool { return v.Qualifier()&Approximate != 0 }

// Uncertain reports whether v, or one of its ends, is marked "?" or "%".
func (v Value) Uncertain() bool { return v.Qualifier()&Uncertain != 0 }

// Stated is the set of fields the text gave; for an interval, the union
// over its ends (ask Ends for each).
func (v Value) Stated() Fields {
	return v.a.fields()&^v.a.inferred | v.b.fields()&^v.b.inferred
}

// Inferred is the set of fields filled in from context; for an interval,
// the union over its ends.
func (v Value) Inferred() Fields { return v.a.inferred | v.b.inferred }

// WithInferred returns v with exactly the fields f marked inferred (the
// rest stated), on both ends of an interval. Fields v does not have are
// ignored.
func (v Value) WithInferred(f Fields) Value {
	v.a.inferred = f & v.a.fields()
	v.b.inferred = f & v.b.fields()
	return v
}

// WithQualifier returns v with qualifier q (replacing any), on both closed
// ends of an interval. WithQualifier(0) removes it.
func (v Value) WithQualifier(q Qualifier) Value {
	q &= Approximate | Uncertain
	if !v.a.open() {
		v.a.qual = q
	}
	if v.interval && !v.b.open() {
		v.b.qual = q
	}
	return v
}

// Constructors. Each returns the zero Value when the date does not exist
// (February 30, month 13) or its year is outside -9999..9999. Every field
// is stated; mark inferred ones with WithInferred.

func yearOK(y int) bool { return y >= minYear && y <= maxYear }

// NewDay is the day y-m-d.
func NewDay(y int, m time.Month, d int) Value {
	if !yearOK(y) || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Value{}
	}
	return Value{a: point{prec: Day, year: int16(y), month: uint8(m), day: uint8(d)}}
}

// NewTime is the minute y-m-dThh:mm.
func NewTime(y int, m time.Month, d, hour, min int) Value {
	v := NewDay(y, m, d)
	if v.IsZero() || hour < 0 || hour > 23 || min < 0 || min > 59 {
		return Value{}
	}
	v.a.prec, v.a.hour, v.a.minute = Time, uint8(hour), uint8(min)
	return v
}

// NewTimeSec is the second y-m-dThh:mm:ss.
func NewTimeSec(y int, m time.Month, d, hour, min, sec int) Value {
	v := NewTime(y, m, d, hour, min)
	if v.IsZero() || sec < 0 || sec > 59 {
		return Value{}
	}
	v.a.second, v.a.seconds = uint8(sec), true
	return v
}

// NewMonth is the month y-m.
func NewMonth(y int, m time.Month) Value {
	if !yearOK(y) || m < time.January || m > time.December {
		return Value{}
	}
	return Value{a: point{prec: Month, year: int16(y), month: uint8(m)}}
}

// NewSeason is season s of year y (winter runs into y+1).
func NewSeason(y int, s SeasonName) Value {
	if !yearOK(y) || s < Spring || s > Winter {
		return Value{}
	}
	return Value{a: point{prec: Season, year: int16(y), season: s}}
}

// NewYear is the year y.
func NewYear(y int) Value {
	if !yearOK(y) {
		return Value{}
	}
	return Value{a: point{prec: Year, year: int16(y)}}
}

// NewDecade is the decade that holds year y: NewDecade(1960) and
// NewDecade(1965) are both "196X". Years before 0 give the zero Value.
func NewDecade(y int) Value {
	if y < 0 || y > maxYear {
		return Value{}
	}
	return Value{a: point{prec: Decade, year: int16(y - y%10)}}
}

// NewCentury is the century that holds year y, counted from its year 00:
// NewCentury(1900) and NewCentury(1965) are both "19XX". Years before 0
// give the zero Value.
func NewCentury(y int) Value {
	if y < 0 || y > maxYear {
		return Value{}
	}
	return Value{a: point{prec: Century, year: int16(y - y%100)}}
}

// NewInterval is the interval from a to b; a zero a or b is an open end.
// It is the zero Value if both are zero, if either is itself an interval,
// or if b ends before a starts.
func NewInterval(a, b Value) Value {
	if a.interval || b.interval || (a.IsZero() && b.IsZero()) {
		return Value{}
	}
	if !a.IsZero() && !b.IsZero() && !b.a.end().After(a.a.start()) {
		return Value{}
	}
	return Value{a: a.a, b: b.a, interval: true}
}

// OpenBefore is the interval with an open start that ends with v: "../v",
// shown "until v".
func OpenBefore(v Value) Value { return NewInterval(Value{}, v) }

// OpenAfter is the interval that starts with v and has an open end: "v/..",
// shown "from v".
func OpenAfter(v Value) Value { return NewInterval(v, Value{}) }

// Between is the stretch an event known only to fall after a and before b
// can be placed in (DESIGN §6): the interval a/b with precision Inferred.
// Both must be single dates; otherwise, or if b ends before a starts, it
// is the zero Value. Its string form is the plain interval "a/b".
func Between(a, b Value) Value {
	if a.IsZero() || b.IsZero() {
		return Value{}
	}
	v := NewInterval(a, b)
	if !v.IsZero() {
		v.placed = true
	}
	return v
}

// MarshalText writes v.String(); the zero Value is empty text.
func (v Value) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText parses text with Parse; empty text is the zero Value.
func (v *Value) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*v = Value{}
		return nil
	}
	w, err := Parse(string(b))
	if err != nil {
		return err
	}
	*v = w
	return nil
}
