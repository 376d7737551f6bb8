// Package timex is the date value every part of timeline shares.
//
// STUB: this file fixes the API the other packages compile against; the
// full implementation replaces it.
package timex

import (
	"fmt"
	"time"
)

// Precision is the grain of a date value.
type Precision int

const (
	PrecisionUnknown Precision = iota
	Time
	Day
	Month
	Season
	Year
	Decade
	Century
	Inferred // an interval a date was placed in, not a date the text gave
)

var precisionNames = [...]string{"unknown", "time", "day", "month", "season", "year", "decade", "century", "inferred"}

func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "unknown"
	}
	return precisionNames[p]
}

// Value is a parsed date.
type Value struct {
	raw   string
	prec  Precision
	start time.Time
	end   time.Time // exclusive
}

// Parse reads a value in one of the forms of DESIGN §3.
func Parse(s string) (Value, error) {
	for _, f := range []struct {
		layout string
		p      Precision
	}{{"2006-01-02", Day}, {"2006-01", Month}, {"2006", Year}} {
		if t, err := time.Parse(f.layout, s); err == nil {
			v := Value{raw: s, prec: f.p, start: t}
			switch f.p {
			case Day:
				v.end = t.AddDate(0, 0, 1)
			case Month:
				v.end = t.AddDate(0, 1, 0)
			default:
				v.end = t.AddDate(1, 0, 0)
			}
			return v, nil
		}
	}
	return Value{}, fmt.Errorf("timex: %q is not a date", s)
}

func (v Value) String() string       { return v.raw }
func (v Value) Precision() Precision { return v.prec }
func (v Value) IsZero() bool         { return v.raw == "" }

// Interval is the stretch of time a value covers: [Start, End).
type Interval struct {
	Start, End         time.Time
	OpenStart, OpenEnd bool
}

func (v Value) Interval() Interval { return Interval{Start: v.start, End: v.end} }
