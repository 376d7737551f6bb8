package tagger

import "strconv"

// Type is the TIMEX3 type of a mention.
type Type uint8

const (
	Date Type = iota + 1
	Time
	Duration
	Set
)

func (t Type) String() string {
	switch t {
	case Date:
		return "DATE"
	case Time:
		return "TIME"
	case Duration:
		return "DURATION"
	case Set:
		return "SET"
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// Unit is a calendar unit: the grain of a relative expression or the unit of
// a duration.
type Unit uint8

const (
	NoUnit Unit = iota
	Second
	Minute
	Hour
	Day
	Weekend
	Week
	Month
	Quarter
	Half
	Season
	Year
	Decade
	Century
	Millennium
)

var unitNames = [...]string{"none", "second", "minute", "hour", "day", "weekend", "week", "month", "quarter", "half", "season", "year", "decade", "century", "millennium"}

func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// Ref is one of TIMEX3's vague references.
type Ref uint8

const (
	NoRef Ref = iota
	PresentRef
	PastRef
	FutureRef
)

func (r Ref) String() string {
	switch r {
	case PresentRef:
		return "PRESENT_REF"
	case PastRef:
		return "PAST_REF"
	case FutureRef:
		return "FUTURE_REF"
	}
	return ""
}

// Tense is the time the sentence around a mention speaks of, as far as cheap
// cues tell ("will", "next", "expected to"); the anchor uses it to choose
// between last Friday and next Friday.
type Tense uint8

const (
	Unknown Tense = iota
	Past
	Future
)

func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Future:
		return "future"
	}
	return "unknown"
}

// Expr holds what the text states about a time, with nothing resolved: no
// field is filled from a reference date. Zero means "not stated" for every
// field; which combination is set says what kind of expression it is.
type Expr struct {
	// Absolute fields.
	Year       int  // a full year; with BC set, the year before Christ (44 for 44 BC)
	BC         bool // Year is before Christ
	ShortYear  int  // a two-digit year ('98) to be completed from the reference, +1 (so '00 is 1)
	Decade     int  // the first three digits of a decade (196 for the 1960s)
	DecadeOnly int  // a decade without its century ('60s → 6), +1 so that '00s is 1
	Century    int  // the TIMEX3 century: 19 for the 20th century
	Month      int  // 1-12
	Day        int  // 1-31
	Season     string
	Quarter    int  // 1-4
	Half       int  // 1-2
	Week       int  // ISO week number
	Weekday    int  // 1 (Monday) - 7 (Sunday)
	WeekOf     bool // the week that holds the date ("the week of March 6")
	Hour       int  // 0-23, with HasClock
	Minute     int
	HasClock   bool
	UTC        bool   // the clock time was given in UTC/GMT ("16:08 UTC")
	PartOfDay  string // MO, AF, EV, NI, DT
	Holiday    string // "christmas", "thanksgiving", "election"...: a day whose date depends on the year

	// Relative: Offset units from the reference ("last year": Year, -1;
	// "this week": Week, 0; "two days ago": Day, -2). Anaphoric says the
	// reference is the last date the text mentioned, not the document date
	// ("the following day", "two years later").
	Rel       Unit
	Offset    int
	Relative  bool
	Anaphoric bool
	// Reported marks a period a report covers ("for the full year"): the
	// last date spoken of, unless that one lies ahead of the document (a
	// target such as "by 1992"), when the document's own period is meant.
	Reported bool
	// PeriodOf marks a year that names the period a report is about, not
	// the whole year: "the 1988 quarter" after "third-quarter earnings" is
	// 1988-Q3, and "the 1989 period" after "the year-earlier period" (a
	// quarter) is 1989-Q3; after "the first nine months" it is the year.
	PeriodOf bool
	// Shifted marks an amount of units away from the reference ("a year
	// ago", "two days later") as against a named calendar unit ("last
	// year"): it keeps the grain of its reference.
	Shifted bool
	// Dir is the direction of an underspecified date ("last Friday": -1,
	// "next Friday": +1, "Friday": 0, decided by the anchor).
	Dir int

	Ref Ref

	// Duration and set: Amount of Unit (Amount 0 with Vague: "years" → PXY).
	Amount float64
	Vague  bool
	Unit   Unit

	Mod string // TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE
}

// Span is a half-open range of byte offsets into the source.
type Span struct{ Start, End int }

// Mention is one temporal expression found in the text.
type Mention struct {
	Span
	Text  string
	Rule  string // the name of the rule that matched
	Type  Type
	Expr  Expr
	Tense Tense
}
