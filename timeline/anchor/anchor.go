// Package anchor resolves the temporal expressions the tagger found into
// TIMEX3 values, as the TempEval-3 corpora write them, and into the dates
// they name (timex values, which the events carry).
//
// # The reference
//
// Most expressions in running text do not carry their own date: "Friday",
// "last week", "in November", "two years later". They are resolved against
// a reference, and the hard part is choosing it. Two strategies come from
// HeidelTime:
//
//   - News mode. A news story is written on its document date (DCT) and
//     speaks from it: "yesterday" is the day before the DCT, "Friday" the
//     Friday of the DCT's week (the one before it unless the sentence looks
//     ahead: "will vote on Friday"), "in November" the November nearest to
//     the DCT.
//   - Narrative mode. A history or a biography has no present of its own:
//     "in November" is the November after the last date the text mentioned,
//     and "two years later" counts from it.
//
// Whatever the mode, some expressions always count from the last mentioned
// date, because that is what they say: "the following day", "two years
// later", "a year earlier", "that year", "the same day" (anaphoric
// expressions, flagged by the tagger). Deictic ones ("yesterday", "this
// year", "two years ago") count from the DCT in news mode. "The day" (a
// market report's "ended the day at 8,017") is the last day mentioned, even
// if a month or a year came after it; "the full year" is the year just
// spoken of, unless that one lies ahead of the DCT (a target: "by 1992").
//
// Dates before Christ are kept as astronomical years (44 BC is -43, there
// is no year zero), so arithmetic crosses the era: "six years later" after
// 486 BC is 480 BC (BC0480). A month or a holiday counted from a year the
// text named ("in 2022 ... that July", "Easter Monday" in a narrative) is
// the one of that year; "that July" and "the same March" are anaphoric.
//
// A document without a DCT may carry its own date: a full date in its first
// 300 bytes (a dateline under the headline) serves as the DCT (Dateline).
//
// Mode Auto chooses per document (Decide): without a DCT the text is a
// narrative; with one, it is news unless it has no deictic expressions at
// all and three quarters of its explicit years lie more than five years from the DCT
// (a history published today). The choice, and for each expression the
// anchor actually used (DCT, previous date, none), are recorded.
//
// Without a DCT and before any explicit date, a relative expression has
// nothing to count from and keeps an unresolved value ("XXXX-XX-XX",
// "XXXX-WXX-5"): the clock is never read.
//
// # Choosing between candidates
//
// A date without a year ("Nov. 5") is placed at the candidate nearest to
// the reference, leaning toward the tense the tagger saw around it (see
// nearestMonthDay); a weekday goes to the one before the reference, or on
// it, unless the sentence looks ahead. A quarter without a year is the
// reference's, or the year before's if it is still to come and the
// sentence does not look ahead: quarters are reported after they end. In
// a quarterly report, "the quarter", "the year-ago period" and "the 1988
// quarter" are the quarter the report is about: the first one the text
// names that ended by the DCT and not long before it, rather than one named
// in passing ("after a flat second quarter") or a forecast's.
package anchor

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Mode is the anchoring strategy.
type Mode uint8

const (
	Auto Mode = iota
	News
	Narrative
)

func (m Mode) String() string {
	switch m {
	case News:
		return "news"
	case Narrative:
		return "narrative"
	}
	return "auto"
}

// ParseMode reads "auto", "news" or "narrative".
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(s) {
	case "auto", "":
		return Auto, nil
	case "news":
		return News, nil
	case "narrative":
		return Narrative, nil
	}
	return Auto, fmt.Errorf("unknown anchoring mode %q (want auto, news or narrative)", s)
}

// Source says what an expression was resolved against.
type Source uint8

const (
	Absolute Source = iota // the text gave the full value
	DCT                    // the document date
	Previous               // the last date mentioned before it
	None                   // nothing to resolve against: the value keeps X's
)

func (s Source) String() string {
	switch s {
	case DCT:
		return "dct"
	case Previous:
		return "previous"
	case None:
		return "none"
	}
	return "absolute"
}

// Date is a calendar day; the zero Date means "no date".
type Date struct{ Year, Month, Day int }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), int(t.Month()), t.Day()}, nil
}

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Reference is what relative expressions are resolved against.
type Reference struct {
	DCT  Date // the document's creation date; zero if unknown
	Mode Mode
}

// Resolved is a mention with its TIMEX3 value and the date it names.
type Resolved struct {
	tagger.Mention
	Value  string // as the TempEval-3 corpora write it: "2024-07-31", "196", "BC0044", "P3Y"
	Mod    string // TIMEX3's: APPROX, START, MID, END, BEFORE, AFTER...
	Anchor Source
	// Date is the date Value names: a day, a time, a month, a season, a
	// year, a decade or a century, years astronomical (44 BC is -43); a week
	// is the interval of its days (a weekend Saturday to Sunday), a quarter
	// or a half the interval of its months, a part of day ("TMO") its day.
	// Mod APPROX makes it approximate. It is the zero Value when the mention
	// dates nothing: a duration, a set, a vague reference (PAST_REF), a
	// value left with X's, a clock time in UTC (timex has no time zones).
	Date timex.Value
}

// grain of a remembered date.
type grain uint8

const (
	gNone grain = iota
	gDay
	gWeek
	gMonth
	gQuarter
	gYear
)

// point is a date the text mentioned, kept for anaphora.
type point struct {
	t time.Time
	g grain
}

// Resolver resolves the mentions of one document, in text order; it keeps
// the last mentioned date across calls, so a long document can be fed in
// pieces.
type Resolver struct {
	ref     Reference
	mode    Mode
	last    point
	lastQ   point // last quarter mentioned
	firstQ  point // first quarter mentioned
	lastDay point // last day mentioned (a date, a weekday, "yesterday")
	// inQuarter says the report is about a quarter: a quarter was the last
	// period mentioned, with no span of months or years ("the first nine
	// months") after it.
	inQuarter bool
	decided   bool
}

// New returns a Resolver for one document.
func New(ref Reference) *Resolver {
	r := &Resolver{ref: ref, mode: ref.Mode}
	if ref.Mode != Auto {
		r.decided = true
	}
	return r
}

// Mode returns the mode in use (Auto until the first call to Resolve).
func (r *Resolver) Mode() Mode { return r.mode }

// Reference returns the reference in use: the document date may come from
// the text's dateline (see Dateline) once Resolve has run.
func (r *Resolver) Reference() Reference { return Reference{DCT: r.ref.DCT, Mode: r.mode} }

// Decide chooses news or narrative mode for a document from its mentions
// (see the package comment).
func Decide(ms []tagger.Mention, dct Date) Mode {
	if dct.IsZero() {
		return Narrative
	}
	deictic, far, years := 0, 0, 0
	for i := range ms {
		e := &ms[i].Expr
		if e.Relative && !e.Anaphoric || e.Weekday != 0 && ms[i].Type != tagger.Set {
			deictic++
		}
		if e.Year != 0 && !e.BC && ms[i].Type == tagger.Date {
			years++
			if d := e.Year - dct.Year; d > 5 || d < -5 {
				far++
			}
		}
	}
	if deictic == 0 && years >= 3 && far*4 >= years*3 {
		return Narrative
	}
	return News
}

// datelineBytes is how far into a document its own date may stand.
const datelineBytes = 300

// Dateline returns the document's own date when it opens with one (a full
// day date in its first lines: "February 3, 2009" under a headline), or the
// zero Date.
func Dateline(ms []tagger.Mention) Date {
	for i := range ms {
		m := &ms[i]
		if m.Start > datelineBytes {
			break
		}
		e := &m.Expr
		if m.Type == tagger.Date && e.Year != 0 && e.Month != 0 && e.Day != 0 && !e.BC && e.Mod == "" {
			return Date{e.Year, e.Month, e.Day}
		}
	}
	return Date{}
}

// Resolve resolves a document's mentions in one call.
func Resolve(ms []tagger.Mention, ref Reference) []Resolved {
	return New(ref).Resolve(ms)
}

// Resolve resolves mentions that follow those of earlier calls.
func (r *Resolver) Resolve(ms []tagger.Mention) []Resolved {
	if !r.decided {
		if r.ref.DCT.IsZero() {
			r.ref.DCT = Dateline(ms)
		}
		r.mode = Decide(ms, r.ref.DCT)
		r.decided = true
	}
	out := make([]Resolved, len(ms))
	for i := range ms {
		out[i] = r.one(&ms[i])
	}
	return out
}

func dateOf(d Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// base returns the reference for a mention and which one it is.
func (r *Resolver) base(e *tagger.Expr) (point, Source) {
	useLast := e.Anaphoric || r.mode == Narrative
	if e.Reported && r.mode == News && !r.ref.DCT.IsZero() && r.last.t.After(dateOf(r.ref.DCT)) {
		useLast = false // "by 1992 ... for the full year": the year reported on, not the target
	}
	// "ending the day at 8,017", after "gains on Friday ... jobs lost in
	// March": a day spoken of as "the day" is the last day mentioned, not
	// the last month or year.
	if useLast && e.Anaphoric && e.Rel == tagger.Day && !e.Shifted && r.lastDay.g == gDay {
		return r.lastDay, Previous
	}
	if useLast && r.last.g != gNone {
		return r.last, Previous
	}
	if !r.ref.DCT.IsZero() {
		return point{dateOf(r.ref.DCT), gDay}, DCT
	}
	if r.last.g != gNone {
		return r.last, Previous
	}
	return point{}, None
}

func (r *Resolver) remember(t time.Time, g grain) {
	if g == gQuarter {
		r.lastQ = point{t, g}
		if r.firstQ.g == gNone && r.reportable(t) {
			r.firstQ = r.lastQ
		}
		r.inQuarter = true
	}
	if g == gDay {
		r.lastDay = point{t, g}
	}
	r.last = point{t, g}
}

// reportable says whether a quarter starting at t may be the one a report
// is about: one that has ended by the document date, and not long before it
// ("the 1984 third quarter" in a history, "through the third quarter of
// 1990" in a forecast are not). Without a document date any quarter may.
func (r *Resolver) reportable(t time.Time) bool {
	if r.ref.DCT.IsZero() {
		return true
	}
	d := dateOf(r.ref.DCT)
	return !t.AddDate(0, 3, 0).After(d.AddDate(0, 0, 45)) && t.AddDate(1, 3, 0).After(d)
}

// reportQ is the quarter a report is about: the first reportable quarter
// the text mentioned, which the headline and the lead name ("posted a 20%
// gain in third-quarter net income"), not a later aside ("after a flat
// second quarter"); without one, the last quarter mentioned.
func (r *Resolver) reportQ() point {
	if r.firstQ.g != gNone {
		return r.firstQ
	}
	return r.lastQ
}

func (r *Resolver) one(m *tagger.Mention) Resolved {
	e := &m.Expr
	res := Resolved{Mention: *m, Mod: e.Mod}
	switch m.Type {
	case tagger.Duration:
		if e.Unit == tagger.Month || e.Unit == tagger.Year {
			r.inQuarter = false
		}
		res.Value = durationValue(e)
		return res
	case tagger.Set:
		res.Value = setValue(e)
		return res
	}
	if e.Ref != tagger.NoRef {
		res.Value = e.Ref.String()
		return res
	}
	v, src := r.date(m)
	if yearTooLong(v.s) {
		// TIMEX3 years have four digits: "a year earlier" after 9999 BC,
		// "the following week" after Dec. 31, 9999, "100000 BC" have no
		// value it can write.
		v, src = noDate(unresolved(e)), None
	}
	res.Value, res.Date, res.Anchor = v.s, v.d, src
	if res.Mod == "APPROX" {
		res.Date = res.Date.WithQualifier(timex.Approximate)
	}
	return res
}

// yearTooLong reports whether a value's year runs past four digits, or
// below year 0 without its BC.
func yearTooLong(v string) bool {
	v = strings.TrimPrefix(v, "BC")
	n := 0
	for n < len(v) && (v[n] >= '0' && v[n] <= '9' || v[n] == 'X') {
		n++
	}
	return n > 4 || n < len(v) && v[n] == '-' && n == 0
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// yearStr renders an astronomical year as TIMEX3 writes it: "0079",
// and "BC0044" for -43 (there is no year zero).
func yearStr(y int) string {
	if y <= 0 {
		return "BC" + pad(1-y, 4)
	}
	return pad(y, 4)
}

func ymd(t time.Time) string {
	return yearStr(t.Year()) + "-" + pad(int(t.Month()), 2) + "-" + pad(t.Day(), 2)
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return yearStr(y) + "-W" + pad(w, 2)
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// timeSuffix renders the clock or part of day of e ("" for neither).
func timeSuffix(e *tagger.Expr) string {
	switch {
	case e.HasClock && e.UTC:
		return "T" + pad(e.Hour, 2) + ":" + pad(e.Minute, 2) + "Z"
	case e.HasClock:
		return "T" + pad(e.Hour, 2) + ":" + pad(e.Minute, 2)
	case e.PartOfDay != "":
		return "T" + e.PartOfDay
	}
	return ""
}

// date resolves a DATE or TIME mention.
func (r *Resolver) date(m *tagger.Mention) (val, Source) {
	e := &m.Expr
	// Fully stated values first.
	switch {
	case e.Century != 0:
		return centuryVal(e.Century), Absolute
	case e.Decade != 0:
		return decadeVal(e.Decade), Absolute
	case e.BC:
		// Remembered as the astronomical year (44 BC is -43), so that
		// "six years later" counts forward across the era: 486 BC + 6 is 480 BC.
		if e.Month != 0 && e.Day != 0 {
			t := time.Date(1-e.Year, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)
			r.remember(t, gDay)
			return dayVal(t, nil), Absolute
		}
		r.remember(time.Date(1-e.Year, 1, 1, 0, 0, 0, 0, time.UTC), gYear)
		return yearVal(1 - e.Year), Absolute
	}
	if e.Holiday != "" {
		return r.holiday(m)
	}
	year := e.Year
	src := Absolute
	if year == 0 && e.ShortYear != 0 {
		yy := e.ShortYear - 1
		ref := 1950
		if b, s := r.base(e); s != None {
			ref = b.t.Year()
		}
		year = nearestCentury(yy, ref)
	}
	if e.DecadeOnly != 0 {
		d := e.DecadeOnly - 1
		ref, src := 1950, None
		if b, s := r.base(e); s != None {
			ref, src = b.t.Year(), s
		}
		dec := nearestCentury(d*10, ref-5) / 10
		if src == DCT && dec*10 > ref {
			// Seen from today "the '60s" have been, not yet to come: the
			// last such decade that has begun.
			dec -= 10
		}
		if dec < 0 {
			return noDate("XXX"), None // "the '60s" in a story of 38 BC
		}
		return decadeVal(dec), DCT
	}
	if year != 0 {
		switch {
		case e.Month != 0 && e.Day != 0:
			t := time.Date(year, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)
			if e.WeekOf {
				r.remember(t, gWeek)
				return weekVal(t), src
			}
			r.remember(t, gDay)
			return dayVal(t, e), src
		case e.Month != 0:
			r.remember(time.Date(year, time.Month(e.Month), 1, 0, 0, 0, 0, time.UTC), gMonth)
			return monthVal(year, e.Month), src
		case e.Season != "":
			return seasonVal(year, e.Season), src
		case e.Quarter != 0:
			r.remember(time.Date(year, time.Month(e.Quarter*3-2), 1, 0, 0, 0, 0, time.UTC), gQuarter)
			return quarterVal(year, e.Quarter), src
		case e.Half != 0:
			return halfVal(year, e.Half), src
		case e.Week != 0:
			return isoWeekVal(year, e.Week), src
		case e.PeriodOf && r.inQuarter:
			// "the 1988 quarter", "the 1989 period" in a quarterly report.
			q := quarterOf(r.reportQ().t)
			r.remember(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), gYear)
			return quarterVal(year, q), Previous
		}
		r.remember(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), gYear)
		return yearVal(year), src
	}

	b, src := r.base(e)
	if src == None {
		return noDate(unresolved(e)), None
	}
	ref := b.t
	if e.Relative && e.Rel == tagger.Year && (e.Month != 0 || e.Quarter != 0 || e.Half != 0) {
		// "June last year", "this year's third quarter", "the second half of the year"
		y := ref.Year() + e.Offset
		if e.Half != 0 {
			return halfVal(y, e.Half), src
		}
		if e.Quarter != 0 {
			r.remember(time.Date(y, time.Month(e.Quarter*3-2), 1, 0, 0, 0, 0, time.UTC), gQuarter)
			return quarterVal(y, e.Quarter), src
		}
		if e.Day != 0 {
			t := time.Date(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)
			r.remember(t, gDay)
			return dayVal(t, nil), src
		}
		r.remember(time.Date(y, time.Month(e.Month), 1, 0, 0, 0, 0, time.UTC), gMonth)
		return monthVal(y, e.Month), src
	}
	switch {
	case e.Month != 0:
		// A month (and day) without a year.
		var t time.Time
		g := gMonth
		if e.Day != 0 {
			g = gDay
		}
		if e.Dir != 0 {
			t = stepMonth(ref, e.Month, e.Day, e.Dir)
		} else if src == Previous && b.g == gYear {
			// "She returned in 2022 and won in Palermo that July": a month
			// counted from a year the text named is in that year.
			t = time.Date(ref.Year(), time.Month(e.Month), max(e.Day, 1), 0, 0, 0, 0, time.UTC)
		} else {
			t = nearestMonthDay(ref, e.Month, e.Day, g, m.Tense)
		}
		if e.WeekOf {
			r.remember(t, gWeek)
			return weekVal(t), src
		}
		r.remember(t, g)
		if g == gDay {
			return dayVal(t, e), src
		}
		return monthVal(t.Year(), int(t.Month())), src
	case e.Weekday != 0:
		if b.g > gWeek {
			// "Friday" after "in 1851": no week to place it in.
			return noDate(unresolved(e)), None
		}
		t := ref
		if e.Relative && e.Rel == tagger.Week {
			t = ref.AddDate(0, 0, 7*e.Offset)
			t = t.AddDate(0, 0, e.Weekday-isoWeekday(t))
		} else {
			t = weekdayNear(ref, e.Weekday, e.Dir, m.Tense)
		}
		r.remember(t, gDay)
		return dayVal(t, e), src
	case e.Season != "" && !e.Relative:
		return seasonVal(ref.Year(), e.Season), src
	case e.Quarter != 0:
		t := nearestQuarter(ref, e.Quarter, m.Tense)
		r.remember(t, gQuarter)
		return quarterVal(t.Year(), e.Quarter), src
	case e.Half != 0:
		return halfVal(ref.Year(), e.Half), src
	case e.Relative:
		return r.relative(e, b, src)
	case e.HasClock || e.PartOfDay != "":
		// A bare time belongs to the day the text last spoke of.
		if r.last.g == gDay && src == DCT {
			return dayVal(r.last.t, e), Previous
		}
		return dayVal(ref, e), src
	}
	return noDate(unresolved(e)), None
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// relative resolves an offset from the reference.
func (r *Resolver) relative(e *tagger.Expr, b point, src Source) (val, Source) {
	ref := b.t
	if e.Vague {
		if e.Offset < 0 || e.Offset == 0 {
			return noDate("PAST_REF"), src
		}
		return noDate("FUTURE_REF"), src
	}
	n := e.Offset
	if e.Rel <= tagger.Week && b.g > gWeek || e.Rel == tagger.Month && b.g > gMonth {
		// "the following day" after "in 1853": too coarse to count days
		// from; the document date will do if there is one.
		if r.ref.DCT.IsZero() {
			return noDate(unresolved(e)), None
		}
		b, src = point{dateOf(r.ref.DCT), gDay}, DCT
		ref = b.t
	}
	switch e.Rel {
	case tagger.Second, tagger.Minute, tagger.Hour, tagger.Day:
		t := ref
		if e.Rel == tagger.Day {
			t = ref.AddDate(0, 0, n)
		}
		if e.Rel == tagger.Hour && (n <= -24 || n >= 24) {
			t = ref.AddDate(0, 0, n/24)
		}
		r.remember(t, gDay)
		return dayVal(t, e), src
	case tagger.Week:
		t := ref.AddDate(0, 0, 7*n)
		r.remember(t, gWeek)
		return weekVal(t), src
	case tagger.Weekend:
		t := ref.AddDate(0, 0, 7*n)
		// A weekend seen from a Monday to Wednesday is the one just past.
		if n == 0 && isoWeekday(ref) <= 3 && src == DCT {
			t = t.AddDate(0, 0, -7)
		}
		return weekendVal(t), src
	case tagger.Month:
		t := time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		r.remember(t, gMonth)
		return monthVal(t.Year(), int(t.Month())), src
	case tagger.Quarter:
		if e.Anaphoric && n == 0 || e.Anaphoric && n == -4 {
			// "the quarter", "the year-earlier quarter": the quarter the
			// report is about (see reportQ), or the last complete one
			// before the reference.
			q := r.reportQ()
			var t time.Time
			if q.g != gNone {
				t = q.t
			} else {
				t = time.Date(ref.Year(), time.Month((quarterOf(ref)-1)*3+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3, 0)
			}
			t = t.AddDate(0, 3*n, 0)
			if n == 0 {
				r.lastQ = point{t, gQuarter}
				r.inQuarter = true
			}
			return quarterVal(t.Year(), quarterOf(t)), src
		}
		t := time.Date(ref.Year(), time.Month((quarterOf(ref)-1)*3+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3*n, 0)
		r.remember(t, gQuarter)
		return quarterVal(t.Year(), quarterOf(t)), src
	case tagger.Half:
		h := (int(ref.Month())-1)/6 + 1 + n
		y := ref.Year()
		for h < 1 {
			h += 2
			y--
		}
		for h > 2 {
			h -= 2
			y++
		}
		return halfVal(y, h), src
	case tagger.Season:
		return seasonRel(ref, e.Season, n), src
	case tagger.Year:
		y := ref.Year() + n
		if e.Shifted && r.lastQ.g == gQuarter && r.inQuarter && (r.last.g == gQuarter || r.last.t.Year() == r.lastQ.t.Year()) {
			// "a year ago", "a year earlier" in a report about a quarter:
			// the same quarter a year before.
			q := r.lastQ.t
			return quarterVal(q.Year()+n, quarterOf(q)), src
		}
		if e.Anaphoric && e.Shifted && b.g == gDay && n != 0 && (r.lastQ.g == gNone || r.inQuarter) {
			// "a year earlier" after a day: that day a year before.
			return dayVal(ref.AddDate(n, 0, 0), nil), src
		}
		r.remember(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), gYear)
		return yearVal(y), src
	case tagger.Decade:
		if e.Shifted {
			// "a decade ago": the year ten years back, as "ten years ago".
			y := ref.Year() + 10*n
			r.remember(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), gYear)
			return yearVal(y), src
		}
		if d := ref.Year()/10 + n; d >= 0 && d <= 999 {
			return decadeVal(d), src
		}
		// "this decade" in a story of 38 BC (TIMEX3 has no BC decade),
		// "the next decade" after 9999
		return noDate("XXX"), None
	case tagger.Century:
		if c := ref.Year()/100 + n; c >= 0 && c <= 99 {
			return centuryVal(c), src
		}
		return noDate("XX"), None
	}
	return noDate(unresolved(e)), None
}

// unresolved renders what is known of e with X's for the rest.
func unresolved(e *tagger.Expr) string {
	switch {
	case e.Month != 0 && e.Day != 0:
		return "XXXX-" + pad(e.Month, 2) + "-" + pad(e.Day, 2) + timeSuffix(e)
	case e.Month != 0:
		return "XXXX-" + pad(e.Month, 2)
	case e.Weekday != 0:
		return "XXXX-WXX-" + strconv.Itoa(e.Weekday) + timeSuffix(e)
	case e.Season != "":
		return "XXXX-" + e.Season
	case e.Quarter != 0:
		return "XXXX-Q" + strconv.Itoa(e.Quarter)
	case e.Relative:
		switch e.Rel {
		case tagger.Week:
			return "XXXX-WXX"
		case tagger.Month:
			return "XXXX-XX"
		case tagger.Quarter:
			return "XXXX-QX"
		case tagger.Year:
			return "XXXX"
		}
	}
	return "XXXX-XX-XX" + timeSuffix(e)
}
