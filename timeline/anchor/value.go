package anchor

// A resolved date is written twice from the same numbers: as the TIMEX3
// value of the TempEval-3 corpora (what `timeline timex` prints and the
// scorer reads) and as the timex.Value an event carries. Each constructor
// below builds both, so the two cannot drift apart and nothing downstream
// has to read the TIMEX3 string back.

import (
	"strconv"
	"time"

	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// val is a resolved value: its TIMEX3 string and the date it names, zero
// when it names none (a value with X's, a vague reference).
type val struct {
	s string
	d timex.Value
}

// noDate is a value that dates nothing: "XXXX-WXX-5", "PAST_REF".
func noDate(s string) val { return val{s: s} }

func dayOf(t time.Time) timex.Value { return timex.NewDay(t.Year(), t.Month(), t.Day()) }

// closed is the interval a to b, or the zero Value if either end is zero
// (timex.NewInterval would make that an open end).
func closed(a, b timex.Value) timex.Value {
	if a.IsZero() || b.IsZero() {
		return timex.Value{}
	}
	return timex.NewInterval(a, b)
}

// dayVal is the day t, "2024-07-31". With e, it carries e's clock time
// ("2024-07-31T14:00") or part of day ("2024-07-31TMO", dated as the whole
// day). A time given in UTC ("T16:08Z") dates its day only: timex values
// carry no time zone, and the other clock times of a text are local ones,
// so "10:35 a.m. (0735 GMT)" as two minutes would be two different times.
func dayVal(t time.Time, e *tagger.Expr) val {
	v := val{s: ymd(t), d: dayOf(t)}
	if e == nil {
		return v
	}
	v.s += timeSuffix(e)
	switch {
	case e.HasClock && e.UTC:
		// the day, as for a part of day
	case e.HasClock:
		v.d = timex.NewTime(t.Year(), t.Month(), t.Day(), e.Hour, e.Minute)
	}
	return v
}

// mondayOf is the Monday of t's ISO week.
func mondayOf(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }

// weekVal is the ISO week that holds t, "2024-W31": its days, Monday to Sunday.
func weekVal(t time.Time) val {
	mon := mondayOf(t)
	v := val{isoWeek(t), closed(dayOf(mon), dayOf(mon.AddDate(0, 0, 6)))}
	if v.d.IsZero() {
		v.s = "XXXX-WXX" // the last week of 9999 runs into year 10000
	}
	return v
}

// weekendVal is the weekend of t's ISO week, "2024-W31-WE": Saturday and Sunday.
func weekendVal(t time.Time) val {
	mon := mondayOf(t)
	v := val{isoWeek(t) + "-WE", closed(dayOf(mon.AddDate(0, 0, 5)), dayOf(mon.AddDate(0, 0, 6)))}
	if v.d.IsZero() {
		v.s = "XXXX-WXX-WE"
	}
	return v
}

// isoWeekVal is week w of ISO year y, "2024-W31" ("the 31st week of 2024").
func isoWeekVal(y, w int) val {
	v := val{s: yearStr(y) + "-W" + pad(w, 2)}
	if w >= 1 && w <= 53 {
		// Week 1 holds January 4th.
		v.d = weekVal(time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 7*(w-1))).d
	}
	return v
}

func monthVal(y, m int) val {
	return val{yearStr(y) + "-" + pad(m, 2), timex.NewMonth(y, time.Month(m))}
}

// seasonVal is season code (SP, SU, FA, WI) of year y, "2024-SU"; winter
// runs from December of y.
func seasonVal(y int, code string) val {
	v := val{s: yearStr(y) + "-" + code}
	if i, ok := seasonIndex[code]; ok {
		v.d = timex.NewSeason(y, timex.SeasonName(i+1))
	}
	return v
}

// quarterVal is quarter q of year y, "2013-Q1": its three months.
func quarterVal(y, q int) val {
	return val{yearStr(y) + "-Q" + strconv.Itoa(q), closed(timex.NewMonth(y, time.Month(3*q-2)), timex.NewMonth(y, time.Month(3*q)))}
}

// halfVal is half h of year y, "2013-H2": its six months.
func halfVal(y, h int) val {
	return val{yearStr(y) + "-H" + strconv.Itoa(h), closed(timex.NewMonth(y, time.Month(6*h-5)), timex.NewMonth(y, time.Month(6*h)))}
}

// yearVal is the astronomical year y, "2024" or "BC0044" for -43.
func yearVal(y int) val { return val{yearStr(y), timex.NewYear(y)} }

// decadeVal is the decade whose first three digits are n, "196": 1960 to
// 1969. TIMEX3 has no decades before Christ; nor does timex.
func decadeVal(n int) val {
	v := val{s: pad(n, 3)}
	if n >= 0 && n <= 999 {
		v.d = timex.NewDecade(10 * n)
	}
	return v
}

// centuryVal is the century whose first two digits are n, "19": 1900 to 1999.
func centuryVal(n int) val {
	v := val{s: pad(n, 2)}
	if n >= 0 && n <= 99 {
		v.d = timex.NewCentury(100 * n)
	}
	return v
}
