package anchor

// Calendar arithmetic and the rendering of TIMEX3 values.

import (
	"math"
	"strconv"
	"time"

	"github.com/timeline-tool/timeline/timeline/tagger"
)

// nearestCentury completes a two-digit year to the one nearest ref.
func nearestCentury(yy, ref int) int {
	best := 0
	for c := ref/100 - 1; c <= ref/100+1; c++ {
		y := c*100 + yy
		if best == 0 || abs(y-ref) < abs(best-ref) {
			best = y
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nearestMonthDay places a month (and day) in the year that brings it
// nearest to ref, leaning toward the tense: a past candidate in a sentence
// that looks ahead counts a year farther ("will take effect Jan. 1", said
// in March, is next January), a future one in a past sentence 180 days
// farther (a report may quote a date still to come: "was extended to Nov.
// 16"), and without a tense a future one 90 days farther (the best
// setting on the development corpora, where months without a year are 88%
// right with plain nearest and 92% so).
func nearestMonthDay(ref time.Time, month, day int, g grain, tense tagger.Tense) time.Time {
	if day == 0 {
		day = 1
	}
	var best time.Time
	bestD := 1 << 30
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		var d int
		if g == gMonth {
			d = abs((y*12 + month) - (ref.Year()*12 + int(ref.Month())))
			d *= 30
		} else {
			d = int(t.Sub(ref).Hours() / 24)
			d = abs(d)
		}
		// News looks back more often than ahead; a tense cue settles it.
		switch {
		case sameMonth(t, ref, g):
		case tense == tagger.Future && t.Before(ref):
			d += 365
		case tense == tagger.Past && t.After(ref):
			d += 180
		case tense == tagger.Unknown && t.After(ref):
			d += 90
		}
		if d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

func sameMonth(a, b time.Time, g grain) bool {
	return g == gMonth && a.Year() == b.Year() && a.Month() == b.Month()
}

// stepMonth finds the previous (dir < 0) or next (dir > 0) month of that name.
func stepMonth(ref time.Time, month, day, dir int) time.Time {
	if day == 0 {
		day = 1
	}
	y := ref.Year()
	if dir < 0 && month >= int(ref.Month()) {
		y--
	}
	if dir > 0 && month <= int(ref.Month()) {
		y++
	}
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// weekdayNear finds the weekday around ref: before it (or on it) for the
// past, after it for the future.
func weekdayNear(ref time.Time, wd, dir int, tense tagger.Tense) time.Time {
	cur := isoWeekday(ref)
	switch {
	case dir < 0:
		d := cur - wd
		if d <= 0 {
			d += 7
		}
		return ref.AddDate(0, 0, -d)
	case dir > 0:
		d := wd - cur
		if d <= 0 {
			d += 7
		}
		return ref.AddDate(0, 0, d)
	case tense == tagger.Future:
		d := wd - cur
		if d < 0 {
			d += 7
		}
		return ref.AddDate(0, 0, d)
	}
	d := cur - wd
	if d < 0 {
		d += 7
	}
	return ref.AddDate(0, 0, -d)
}

// nearestQuarter places a quarter in the reference's year, or the year
// before if it is still to come and the sentence does not look ahead:
// quarters are reported after they end.
func nearestQuarter(ref time.Time, q int, tense tagger.Tense) time.Time {
	y := ref.Year()
	if q > quarterOf(ref) && tense != tagger.Future {
		y--
	}
	return time.Date(y, time.Month(q*3-2), 1, 0, 0, 0, 0, time.UTC)
}

var seasonIndex = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}

func seasonOf(t time.Time) (int, int) {
	m := int(t.Month())
	switch {
	case m >= 3 && m <= 5:
		return t.Year(), 0
	case m >= 6 && m <= 8:
		return t.Year(), 1
	case m >= 9 && m <= 11:
		return t.Year(), 2
	case m == 12:
		return t.Year(), 3
	}
	return t.Year() - 1, 3
}

// seasonRel finds "last summer" (n = -1), "this summer" (0), "next summer" (1).
func seasonRel(ref time.Time, season string, n int) val {
	s := seasonIndex[season]
	y, cur := seasonOf(ref)
	switch {
	case n < 0:
		if s >= cur {
			y--
		}
	case n > 0:
		if s <= cur {
			y++
		}
	}
	return seasonVal(y, season)
}

var unitCodes = map[tagger.Unit]string{
	tagger.Second: "S", tagger.Minute: "M", tagger.Hour: "H", tagger.Day: "D", tagger.Week: "W",
	tagger.Weekend: "WE", tagger.Month: "M", tagger.Quarter: "Q", tagger.Year: "Y",
}

// durationValue renders P3Y, PT2H, P10Y (a decade), PXY (years).
func durationValue(e *tagger.Expr) string {
	u, amt := e.Unit, e.Amount
	switch u {
	case tagger.Decade:
		u, amt = tagger.Year, amt*10
	case tagger.Century:
		u, amt = tagger.Year, amt*100
	case tagger.Millennium:
		u, amt = tagger.Year, amt*1000
	case tagger.Half:
		u, amt = tagger.Month, amt*6
	case tagger.Season:
		u, amt = tagger.Month, amt*3
	case tagger.Weekend:
		u, amt = tagger.Day, amt*2
	}
	// Quarters stay quarters (P2Q, PXQ), as TimeML and the news corpora
	// write them; a fraction of one goes to months below.
	code := unitCodes[u]
	if code == "" {
		return "PX"
	}
	clock := u == tagger.Hour || u == tagger.Minute || u == tagger.Second
	p := "P"
	if clock {
		p = "PT"
	}
	if e.Vague {
		return p + "X" + code
	}
	whole, frac := math.Modf(amt)
	if frac != 0 {
		// "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the next unit.
		if small, n, ok := smallerUnit(u, frac); ok {
			s := p
			if whole > 0 {
				s += strconv.FormatFloat(whole, 'f', -1, 64) + code
			}
			if u == tagger.Day {
				s += "T"
			}
			return s + strconv.Itoa(n) + small
		}
	}
	return p + strconv.FormatFloat(amt, 'f', -1, 64) + code
}

// smallerUnit expresses a fraction of u in the next smaller unit, when it
// comes out whole: half a year is 6 months, half an hour 30 minutes.
func smallerUnit(u tagger.Unit, frac float64) (string, int, bool) {
	var n float64
	var code string
	switch u {
	case tagger.Year:
		n, code = frac*12, "M"
	case tagger.Quarter:
		n, code = frac*3, "M"
	case tagger.Month:
		n, code = frac*30, "D"
	case tagger.Week:
		n, code = frac*7, "D"
	case tagger.Day:
		n, code = frac*24, "H"
	case tagger.Hour:
		n, code = frac*60, "M"
	case tagger.Minute:
		n, code = frac*60, "S"
	default:
		return "", 0, false
	}
	if n != math.Trunc(n) {
		return "", 0, false
	}
	return code, int(n), true
}

// setValue renders a set: XXXX-WXX-2 (every Tuesday), P1D (daily).
func setValue(e *tagger.Expr) string {
	switch {
	case e.Weekday != 0:
		return "XXXX-WXX-" + strconv.Itoa(e.Weekday) + timeSuffix(e)
	case e.PartOfDay != "":
		return "XXXX-XX-XXT" + e.PartOfDay
	case e.Month != 0:
		return "XXXX-" + pad(e.Month, 2)
	case e.Unit == tagger.Weekend:
		return "XXXX-WXX-WE"
	case e.Unit != tagger.NoUnit:
		return durationValue(e)
	}
	return "XXXX-XX-XX"
}

// holidayDate returns the date of a named holiday in year y (ok false for
// one it does not know).
func holidayDate(name string, y int) (time.Time, bool) {
	d := func(m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	// nth weekday of a month (n = -1: the last)
	nth := func(m time.Month, wd time.Weekday, n int) time.Time {
		if n < 0 {
			t := d(m+1, 1).AddDate(0, 0, -1)
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, -1)
			}
			return t
		}
		t := d(m, 1)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(n-1))
	}
	switch name {
	case "christmas":
		return d(12, 25), true
	case "christmas eve":
		return d(12, 24), true
	case "halloween":
		return d(10, 31), true
	case "valentine":
		return d(2, 14), true
	case "independence":
		return d(7, 4), true
	case "veterans":
		return d(11, 11), true
	case "boxing":
		return d(12, 26), true
	case "thanksgiving":
		return nth(11, time.Thursday, 4), true
	case "labor", "labour":
		return nth(9, time.Monday, 1), true
	case "memorial":
		return nth(5, time.Monday, -1), true
	case "columbus":
		return nth(10, time.Monday, 2), true
	case "election":
		// the Tuesday after the first Monday of November
		return nth(11, time.Monday, 1).AddDate(0, 0, 1), true
	case "easter":
		return easter(y), true
	case "easter monday":
		return easter(y).AddDate(0, 0, 1), true
	case "good friday":
		return easter(y).AddDate(0, 0, -2), true
	}
	return time.Time{}, false
}

// easter computes Western Easter Sunday (the anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func (r *Resolver) holiday(m *tagger.Mention) (val, Source) {
	e := &m.Expr
	if e.Year != 0 {
		if t, ok := holidayDate(e.Holiday, e.Year); ok {
			r.remember(t, gDay)
			return dayVal(t, nil), Absolute
		}
		return yearVal(e.Year), Absolute
	}
	b, src := r.base(e)
	if src == None {
		return noDate("XXXX-XX-XX"), None
	}
	ref := b.t
	if src == Previous && b.g == gYear {
		// "At Easter that year", "on Good Friday" after "in 1998": the
		// holiday of the year the text named.
		if t, ok := holidayDate(e.Holiday, ref.Year()); ok {
			r.remember(t, gDay)
			return dayVal(t, nil), src
		}
	}
	var best time.Time
	bestD := 1 << 30
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t, ok := holidayDate(e.Holiday, y)
		if !ok {
			return noDate("XXXX-XX-XX"), None
		}
		days := int(t.Sub(ref).Hours() / 24)
		dist := abs(days)
		switch {
		case e.Dir == 2 && y != ref.Year(), e.Dir < 0 && days >= 0, e.Dir == 1 && days <= 0:
			continue
		case e.Dir == 0 && m.Tense == tagger.Future && days < 0, e.Dir == 0 && m.Tense == tagger.Past && days > 0:
			dist += 366 // the tense settles it: "was played on Easter Monday" is the last one
		case e.Dir == 0 && m.Tense == tagger.Unknown && days > 0:
			dist += 120
		}
		if dist < bestD {
			best, bestD = t, dist
		}
	}
	r.remember(best, gDay)
	return dayVal(best, nil), src
}
