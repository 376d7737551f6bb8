package timex

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// stamp writes a time of an Interval for the tables: a date at midnight,
// a date and clock otherwise, ".." for an open end.
func stamp(t time.Time, open bool) string {
	if open {
		return ".."
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return FormatDate(t)
	}
	return FormatDate(t) + "T" + t.Format("15:04:05")
}

type validCase struct {
	in, canon  string
	prec       Precision
	start, end string // Interval, end exclusive; ".." for open
	display    string
	label      string
}

// validTests are the accepted forms with their canonical string, precision,
// interval, display and precision label.
var validTests = []validCase{
	// days
	{"2024-07-31", "2024-07-31", Day, "2024-07-31", "2024-08-01", "31 July 2024", "exact day"},
	{"2024-01-01", "2024-01-01", Day, "2024-01-01", "2024-01-02", "1 January 2024", "exact day"},
	{"2024-12-31", "2024-12-31", Day, "2024-12-31", "2025-01-01", "31 December 2024", "exact day"},
	{"2024-02-29", "2024-02-29", Day, "2024-02-29", "2024-03-01", "29 February 2024", "exact day"},
	{"2000-02-29", "2000-02-29", Day, "2000-02-29", "2000-03-01", "29 February 2000", "exact day"},
	{"2023-02-28", "2023-02-28", Day, "2023-02-28", "2023-03-01", "28 February 2023", "exact day"},
	{"2024-04-30", "2024-04-30", Day, "2024-04-30", "2024-05-01", "30 April 2024", "exact day"},
	{"9999-12-31", "9999-12-31", Day, "9999-12-31", "10000-01-01", "31 December 9999", "exact day"},
	// times
	{"2024-07-31T02:00", "2024-07-31T02:00", Time, "2024-07-31T02:00:00", "2024-07-31T02:01:00", "31 July 2024, 02:00", "exact time"},
	{"2024-07-31T00:00", "2024-07-31T00:00", Time, "2024-07-31", "2024-07-31T00:01:00", "31 July 2024, 00:00", "exact time"},
	{"2024-07-31T14:05:09", "2024-07-31T14:05:09", Time, "2024-07-31T14:05:09", "2024-07-31T14:05:10", "31 July 2024, 14:05:09", "exact time"},
	{"2024-12-31T23:59:59", "2024-12-31T23:59:59", Time, "2024-12-31T23:59:59", "2025-01-01", "31 December 2024, 23:59:59", "exact time"},
	{"2024-12-31T23:59", "2024-12-31T23:59", Time, "2024-12-31T23:59:00", "2025-01-01", "31 December 2024, 23:59", "exact time"},
	// months
	{"2024-07", "2024-07", Month, "2024-07-01", "2024-08-01", "July 2024", "month"},
	{"2024-02", "2024-02", Month, "2024-02-01", "2024-03-01", "February 2024", "month"},
	{"2024-12", "2024-12", Month, "2024-12-01", "2025-01-01", "December 2024", "month"},
	// seasons
	{"2024-SP", "2024-SP", Season, "2024-03-01", "2024-06-01", "Spring 2024", "season"},
	{"2024-SU", "2024-SU", Season, "2024-06-01", "2024-09-01", "Summer 2024", "season"},
	{"2024-FA", "2024-FA", Season, "2024-09-01", "2024-12-01", "Autumn 2024", "season"},
	{"2024-WI", "2024-WI", Season, "2024-12-01", "2025-03-01", "Winter 2024–2025", "season"},
	{"1999-WI", "1999-WI", Season, "1999-12-01", "2000-03-01", "Winter 1999–2000", "season"},
	{"2024-21", "2024-SP", Season, "2024-03-01", "2024-06-01", "Spring 2024", "season"},
	{"2024-22", "2024-SU", Season, "2024-06-01", "2024-09-01", "Summer 2024", "season"},
	{"2024-23", "2024-FA", Season, "2024-09-01", "2024-12-01", "Autumn 2024", "season"},
	{"2024-24", "2024-WI", Season, "2024-12-01", "2025-03-01", "Winter 2024–2025", "season"},
	// years
	{"2024", "2024", Year, "2024-01-01", "2025-01-01", "2024", "year only"},
	{"1066", "1066", Year, "1066-01-01", "1067-01-01", "1066", "year only"},
	{"0001", "0001", Year, "0001-01-01", "0002-01-01", "1", "year only"},
	{"9999", "9999", Year, "9999-01-01", "10000-01-01", "9999", "year only"},
	// decades
	{"196X", "196X", Decade, "1960-01-01", "1970-01-01", "1960s", "decade"},
	{"196", "196X", Decade, "1960-01-01", "1970-01-01", "1960s", "decade"},
	{"200X", "200X", Decade, "2000-01-01", "2010-01-01", "2000s", "decade"},
	{"000X", "000X", Decade, "0000-01-01", "0010-01-01", "1 BC – AD 9", "decade"},
	// centuries
	{"19XX", "19XX", Century, "1900-01-01", "2000-01-01", "20th century", "century"},
	{"19", "19XX", Century, "1900-01-01", "2000-01-01", "20th century", "century"},
	{"20XX", "20XX", Century, "2000-01-01", "2100-01-01", "21st century", "century"},
	{"00XX", "00XX", Century, "0000-01-01", "0100-01-01", "1st century", "century"},
	{"01XX", "01XX", Century, "0100-01-01", "0200-01-01", "2nd century", "century"},
	{"02XX", "02XX", Century, "0200-01-01", "0300-01-01", "3rd century", "century"},
	{"10XX", "10XX", Century, "1000-01-01", "1100-01-01", "11th century", "century"},
	{"11XX", "11XX", Century, "1100-01-01", "1200-01-01", "12th century", "century"},
	{"12XX", "12XX", Century, "1200-01-01", "1300-01-01", "13th century", "century"},
	// astronomical years
	{"-0043-03-15", "-0043-03-15", Day, "-0043-03-15", "-0043-03-16", "15 March 44 BC", "exact day"},
	{"-0043-03", "-0043-03", Month, "-0043-03-01", "-0043-04-01", "March 44 BC", "month"},
	{"-0043", "-0043", Year, "-0043-01-01", "-0042-01-01", "44 BC", "year only"},
	{"0000", "0000", Year, "0000-01-01", "0001-01-01", "1 BC", "year only"},
	{"-0001", "-0001", Year, "-0001-01-01", "0000-01-01", "2 BC", "year only"},
	{"-9999", "-9999", Year, "-9999-01-01", "-9998-01-01", "10000 BC", "year only"},
	{"0000-02-29", "0000-02-29", Day, "0000-02-29", "0000-03-01", "29 February 1 BC", "exact day"},
	{"-0004-02-29", "-0004-02-29", Day, "-0004-02-29", "-0004-03-01", "29 February 5 BC", "exact day"},
	{"-0400-02-29", "-0400-02-29", Day, "-0400-02-29", "-0400-03-01", "29 February 401 BC", "exact day"},
	{"-0043-WI", "-0043-WI", Season, "-0043-12-01", "-0042-03-01", "Winter 44–43 BC", "season"},
	{"0000-WI", "0000-WI", Season, "0000-12-01", "0001-03-01", "Winter 1 BC – AD 1", "season"},
	{"-0001-01-01T12:30", "-0001-01-01T12:30", Time, "-0001-01-01T12:30:00", "-0001-01-01T12:31:00", "1 January 2 BC, 12:30", "exact time"},
	// qualifiers
	{"2020~", "2020~", Year, "2020-01-01", "2021-01-01", "c. 2020", "year only, approximate"},
	{"2020?", "2020?", Year, "2020-01-01", "2021-01-01", "2020?", "year only, uncertain"},
	{"1965%", "1965%", Year, "1965-01-01", "1966-01-01", "c. 1965?", "year only, approximate and uncertain"},
	{"196X?", "196X?", Decade, "1960-01-01", "1970-01-01", "1960s?", "decade, uncertain"},
	{"196~", "196X~", Decade, "1960-01-01", "1970-01-01", "c. 1960s", "decade, approximate"},
	{"19XX?", "19XX?", Century, "1900-01-01", "2000-01-01", "20th century?", "century, uncertain"},
	{"2024-07-31~", "2024-07-31~", Day, "2024-07-31", "2024-08-01", "c. 31 July 2024", "exact day, approximate"},
	{"2024-07?", "2024-07?", Month, "2024-07-01", "2024-08-01", "July 2024?", "month, uncertain"},
	{"2024-SU%", "2024-SU%", Season, "2024-06-01", "2024-09-01", "c. Summer 2024?", "season, approximate and uncertain"},
	{"2024-07-31T02:00~", "2024-07-31T02:00~", Time, "2024-07-31T02:00:00", "2024-07-31T02:01:00", "c. 31 July 2024, 02:00", "exact time, approximate"},
	{"-0043~", "-0043~", Year, "-0043-01-01", "-0042-01-01", "c. 44 BC", "year only, approximate"},
	// intervals
	{"2020-11-27/2020-11-28", "2020-11-27/2020-11-28", Day, "2020-11-27", "2020-11-29", "27–28 November 2020", "range of days"},
	{"2020-11-27/2020-12-03", "2020-11-27/2020-12-03", Day, "2020-11-27", "2020-12-04", "27 November – 3 December 2020", "range of days"},
	{"2020-12-30/2021-01-02", "2020-12-30/2021-01-02", Day, "2020-12-30", "2021-01-03", "30 December 2020 – 2 January 2021", "range of days"},
	{"2020-11-27/2020-11-27", "2020-11-27/2020-11-27", Day, "2020-11-27", "2020-11-28", "27 November 2020", "range of days"},
	{"-0043-03-15/-0043-03-17", "-0043-03-15/-0043-03-17", Day, "-0043-03-15", "-0043-03-18", "15–17 March 44 BC", "range of days"},
	{"2020-07/2020-08", "2020-07/2020-08", Month, "2020-07-01", "2020-09-01", "July–August 2020", "range of months"},
	{"2020-11/2021-02", "2020-11/2021-02", Month, "2020-11-01", "2021-03-01", "November 2020 – February 2021", "range of months"},
	{"2020/2024", "2020/2024", Year, "2020-01-01", "2025-01-01", "2020–2024", "range of years"},
	{"2005-08-03/2013-08-03", "2005-08-03/2013-08-03", Day, "2005-08-03", "2013-08-04", "3 August 2005 – 3 August 2013", "range of days"},
	{"-0043/-0040", "-0043/-0040", Year, "-0043-01-01", "-0039-01-01", "44–41 BC", "range of years"},
	{"-0043/0014", "-0043/0014", Year, "-0043-01-01", "0015-01-01", "44 BC – AD 14", "range of years"},
	{"196X/197X", "196X/197X", Decade, "1960-01-01", "1980-01-01", "1960s–1970s", "range of decades"},
	{"18XX/19XX", "18XX/19XX", Century, "1800-01-01", "2000-01-01", "19th–20th centuries", "range of centuries"},
	{"2020/2024-08-12", "2020/2024-08-12", Year, "2020-01-01", "2024-08-13", "2020 – 12 August 2024", "range of years"},
	{"2020/2020-05", "2020/2020-05", Year, "2020-01-01", "2020-06-01", "2020 – May 2020", "range of years"},
	{"2024-WI/2025-01", "2024-WI/2025-01", Season, "2024-12-01", "2025-02-01", "Winter 2024–2025 – January 2025", "range of seasons"},
	{"2024-07-31T02:00/2024-07-31T04:30", "2024-07-31T02:00/2024-07-31T04:30", Time, "2024-07-31T02:00:00", "2024-07-31T04:31:00", "31 July 2024, 02:00–04:30", "range of times"},
	{"2024-07-31T23:00/2024-08-01T01:00", "2024-07-31T23:00/2024-08-01T01:00", Time, "2024-07-31T23:00:00", "2024-08-01T01:01:00", "31 July 2024, 23:00 – 1 August 2024, 01:00", "range of times"},
	{"2020~/2021", "2020~/2021", Year, "2020-01-01", "2022-01-01", "c. 2020 – 2021", "range of years, approximate"},
	{"2020/2021?", "2020/2021?", Year, "2020-01-01", "2022-01-01", "2020 – 2021?", "range of years, uncertain"},
	{"2020~/2021?", "2020~/2021?", Year, "2020-01-01", "2022-01-01", "c. 2020 – 2021?", "range of years, approximate and uncertain"},
	// open intervals
	{"../2020", "../2020", Year, "..", "2021-01-01", "until 2020", "open range of years"},
	{"/2020", "../2020", Year, "..", "2021-01-01", "until 2020", "open range of years"},
	{"2020/..", "2020/..", Year, "2020-01-01", "..", "from 2020", "open range of years"},
	{"2020/", "2020/..", Year, "2020-01-01", "..", "from 2020", "open range of years"},
	{"../2024-07-31", "../2024-07-31", Day, "..", "2024-08-01", "until 31 July 2024", "open range of days"},
	{"196X/..", "196X/..", Decade, "1960-01-01", "..", "from 1960s", "open range of decades"},
	{"../2020~", "../2020~", Year, "..", "2021-01-01", "until c. 2020", "open range of years, approximate"},
	{"-0043-03-15/..", "-0043-03-15/..", Day, "-0043-03-15", "..", "from 15 March 44 BC", "open range of days"},
}

func TestParseValid(t *testing.T) {
	for _, tc := range validTests {
		t.Run(tc.in, func(t *testing.T) {
			v, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got := v.String(); got != tc.canon {
				t.Errorf("String() = %q, want %q", got, tc.canon)
			}
			if got := v.Precision(); got != tc.prec {
				t.Errorf("Precision() = %v, want %v", got, tc.prec)
			}
			iv := v.Interval()
			if got := stamp(iv.Start, iv.OpenStart); got != tc.start {
				t.Errorf("Interval().Start = %s, want %s", got, tc.start)
			}
			if got := stamp(iv.End, iv.OpenEnd); got != tc.end {
				t.Errorf("Interval().End = %s, want %s", got, tc.end)
			}
			for _, tm := range []time.Time{iv.Start, iv.End} {
				if tm.Location() != time.UTC {
					t.Errorf("interval time %v is not in UTC", tm)
				}
			}
			if got := v.Display(); got != tc.display {
				t.Errorf("Display() = %q, want %q", got, tc.display)
			}
			if got := v.PrecisionLabel(); got != tc.label {
				t.Errorf("PrecisionLabel() = %q, want %q", got, tc.label)
			}
			if v.IsZero() {
				t.Errorf("IsZero() = true")
			}
			if got, want := v.IsInterval(), strings.Contains(tc.in, "/"); got != want {
				t.Errorf("IsInterval() = %v, want %v", got, want)
			}
			if v.Inferred() != 0 {
				t.Errorf("Inferred() = %v, want none for a parsed value", v.Inferred())
			}
			w, err := Parse(v.String())
			if err != nil {
				t.Fatalf("Parse(String()=%q): %v", v.String(), err)
			}
			if w != v {
				t.Errorf("Parse(%q) = %#v, want %#v", v.String(), w, v)
			}
		})
	}
}

func TestQualifiers(t *testing.T) {
	tests := []struct {
		in                     string
		approximate, uncertain bool
	}{
		{"2020", false, false},
		{"2020~", true, false},
		{"2020?", false, true},
		{"2020%", true, true},
		{"2020~/2021", true, false},
		{"2020/2021?", false, true},
		{"../2021%", true, true},
	}
	for _, tc := range tests {
		v := mustParse(t, tc.in)
		if v.Approximate() != tc.approximate || v.Uncertain() != tc.uncertain {
			t.Errorf("%q: Approximate() = %v, Uncertain() = %v; want %v, %v",
				tc.in, v.Approximate(), v.Uncertain(), tc.approximate, tc.uncertain)
		}
		if v.Interval() != mustParse(t, strings.NewReplacer("~", "", "?", "", "%", "").Replace(tc.in)).Interval() {
			t.Errorf("%q: a qualifier changed Interval()", tc.in)
		}
	}
}

func mustParse(t *testing.T, s string) Value {
	t.Helper()
	v, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return v
}

// invalidTests are rejected forms with the whole error message and the
// offset it points at.
var invalidTests = []struct {
	in     string
	err    string
	offset int
}{
	{"", `empty date`, 0},
	{"2024-13-45", `month 13 out of range in "2024-13-45"`, 5},
	{"2024-13", `month 13 out of range in "2024-13"`, 5},
	{"2024-00", `month 00 out of range in "2024-00"`, 5},
	{"2024-20", `month 20 out of range in "2024-20"`, 5},
	{"2024-25", `month 25 out of range in "2024-25"`, 5},
	{"2024-06-31", `day 31 out of range (June 2024 has 30 days) in "2024-06-31"`, 8},
	{"2024-11-31", `day 31 out of range (November 2024 has 30 days) in "2024-11-31"`, 8},
	{"2024-07-32", `day 32 out of range (July 2024 has 31 days) in "2024-07-32"`, 8},
	{"2024-07-00", `day 00 out of range (July 2024 has 31 days) in "2024-07-00"`, 8},
	{"2023-02-29", `day 29 out of range (February 2023 has 28 days) in "2023-02-29"`, 8},
	{"1900-02-29", `day 29 out of range (February 1900 has 28 days) in "1900-02-29"`, 8},
	{"2024-02-30", `day 30 out of range (February 2024 has 29 days) in "2024-02-30"`, 8},
	{"-0001-02-29", `day 29 out of range (February -0001 has 28 days) in "-0001-02-29"`, 9},
	{"-0100-02-29", `day 29 out of range (February -0100 has 28 days) in "-0100-02-29"`, 9},
	{"2024-7", `month "7" needs 2 digits in "2024-7"`, 5},
	{"2024-007", `month "007" needs 2 digits in "2024-007"`, 5},
	{"2024-07-3", `day "3" needs 2 digits in "2024-07-3"`, 8},
	{"2024-", `expected the month (2 digits) at the end in "2024-"`, 5},
	{"2024-07-", `expected the day (2 digits) at the end in "2024-07-"`, 8},
	{"2024-SX", `unknown season "SX" (SP, SU, FA or WI) in "2024-SX"`, 5},
	{"2024-su", `unknown season "su" (SP, SU, FA or WI) in "2024-su"`, 5},
	{"2024-Summer", `unknown season "Summer" (SP, SU, FA or WI) in "2024-Summer"`, 5},
	{"2024-07-31abc", `unexpected "abc" after the date in "2024-07-31abc"`, 10},
	{"2024-07-31 ", `unexpected " " after the date in "2024-07-31 "`, 10},
	{"2024-SU-01", `unexpected "-01" after the date in "2024-SU-01"`, 7},
	{"196X-05", `unexpected "-05" after the date in "196X-05"`, 4},
	{"196XX", `unexpected "X" after the date in "196XX"`, 4},
	{"2024-07T02:00", `unexpected "T02:00" after the date in "2024-07T02:00"`, 7},
	{"2024-07-31T02:00:00:00", `unexpected ":00" after the date in "2024-07-31T02:00:00:00"`, 19},
	{"2024-07-31 and a very long tail of words", `unexpected " and a very long tai..." after the date in "2024-07-31 and a very long tail of words"`, 10},
	{" 2024", `expected a year (2024), decade (196X) or century (19XX) at " 2024" in " 2024"`, 0},
	{"July 2024", `expected a year (2024), decade (196X) or century (19XX) at "July 2024" in "July 2024"`, 0},
	{"２０２４", `expected a year (2024), decade (196X) or century (19XX) at "２０２４" in "２０２４"`, 0},
	{"X", `expected a year (2024), decade (196X) or century (19XX) at "X" in "X"`, 0},
	{"-", `expected a year (2024), decade (196X) or century (19XX) at "-" in "-"`, 0},
	{"..2020", `expected a year (2024), decade (196X) or century (19XX) at "..2020" in "..2020"`, 0},
	{"...", `expected a year (2024), decade (196X) or century (19XX) at "..." in "..."`, 0},
	{"20245", `year 20245 has more than 4 digits (years run from -9999 to 9999) in "20245"`, 0},
	{"-10000", `year 10000 has more than 4 digits (years run from -9999 to 9999) in "-10000"`, 1},
	{"2024-07-31/123456", `year 123456 has more than 4 digits (years run from -9999 to 9999) in "2024-07-31/123456"`, 11},
	{"2", `a year needs 4 digits (decades are written 196X, centuries 19XX) in "2"`, 0},
	{"-43", `a year before 1 BC needs a sign and 4 digits, as in -0043 (44 BC) in "-43"`, 0},
	{"-043-03-15", `a year before 1 BC needs a sign and 4 digits, as in -0043 (44 BC) in "-043-03-15"`, 0},
	{"-196X", `decades and centuries before year 0 are not supported in "-196X"`, 0},
	{"-0000", `"-0000" is not a year (1 BC is "0000") in "-0000"`, 0},
	{"19X", `a century is written with two X, like 19XX in "19X"`, 0},
	{"2024-07-31T", `expected the hour (2 digits) at the end in "2024-07-31T"`, 11},
	{"2024-07-31T02", `expected ":" and the minutes after the hour, as in "T02:00" in "2024-07-31T02"`, 13},
	{"2024-07-31T2:00", `hour "2" needs 2 digits in "2024-07-31T2:00"`, 11},
	{"2024-07-31T24:00", `hour 24 out of range in "2024-07-31T24:00"`, 11},
	{"2024-07-31T02:60", `minute 60 out of range in "2024-07-31T02:60"`, 14},
	{"2024-07-31T02:00:60", `second 60 out of range in "2024-07-31T02:00:60"`, 17},
	{"2024-07-31T02:00:", `expected the second (2 digits) at the end in "2024-07-31T02:00:"`, 17},
	{"2024-07-31T02:00Z", `time zones are not supported in "2024-07-31T02:00Z"`, 16},
	{"2024-07-31T02:00+02:00", `time zones are not supported in "2024-07-31T02:00+02:00"`, 16},
	{"2024-07-31T02:00-05:00", `time zones are not supported in "2024-07-31T02:00-05:00"`, 16},
	{"2024-07-31T02:00:00.5", `fractions of a second are not supported in "2024-07-31T02:00:00.5"`, 19},
	{"2020~?", `a date takes one qualifier: "~" approximate, "?" uncertain, "%" both in "2020~?"`, 5},
	{"2020~~", `a date takes one qualifier: "~" approximate, "?" uncertain, "%" both in "2020~~"`, 5},
	{"2020?-06", `unexpected "-06" after the date in "2020?-06"`, 5},
	{"~2020", `expected a year (2024), decade (196X) or century (19XX) at "~2020" in "~2020"`, 0},
	// intervals
	{"..", `".." stands only for an open end of an interval, as in "../2020" in ".."`, 0},
	{"../..", `an interval needs a date at one end at least in "../.."`, 0},
	{"/", `an interval needs a date at one end at least in "/"`, 0},
	{"../", `an interval needs a date at one end at least in "../"`, 0},
	{"/..", `an interval needs a date at one end at least in "/.."`, 0},
	{"2021/2020", `interval ends before it starts in "2021/2020"`, 5},
	{"2020-11-28/2020-11-27", `interval ends before it starts in "2020-11-28/2020-11-27"`, 11},
	{"2020/2019-12-31", `interval ends before it starts in "2020/2019-12-31"`, 5},
	{"2024-07-31T04:00/2024-07-31T02:00", `interval ends before it starts in "2024-07-31T04:00/2024-07-31T02:00"`, 17},
	{"0001/-0001", `interval ends before it starts in "0001/-0001"`, 5},
	{"2020/2021/2022", `unexpected "/2022" after the date in "2020/2021/2022"`, 9},
	{"2020//2021", `expected a year (2024), decade (196X) or century (19XX) at "/2021" in "2020//2021"`, 5},
	{"2020-11-27/28", `"28" is not a year: years have 4 digits, and in an interval decades are written 196X and centuries 19XX in "2020-11-27/28"`, 11},
	{"196/197X", `"196" is not a year: years have 4 digits, and in an interval decades are written 196X and centuries 19XX in "196/197X"`, 0},
	{"2020/2021-13", `month 13 out of range in "2020/2021-13"`, 10},
	{"2020 / 2021", `unexpected " " after the date in "2020 / 2021"`, 4},
	{"2024-07-31 «ééééééééééééééééééééééé»", `unexpected " «éééééééé..." after the date in "2024-07-31 «ééééééééééééééééééééééé»"`, 10},
	{"2020/...", `expected a year (2024), decade (196X) or century (19XX) at "..." in "2020/..."`, 5},
}

func TestParseInvalid(t *testing.T) {
	for _, tc := range invalidTests {
		t.Run(tc.in, func(t *testing.T) {
			v, err := Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %q, want error %q", tc.in, v, tc.err)
			}
			if !v.IsZero() {
				t.Errorf("Parse(%q) returned %#v with its error, want the zero Value", tc.in, v)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError", err)
			}
			if got := err.Error(); got != tc.err {
				t.Errorf("error\n got %s\nwant %s", got, tc.err)
			}
			if pe.Offset != tc.offset {
				t.Errorf("Offset = %d, want %d (at %q)", pe.Offset, tc.offset, tc.in[min(pe.Offset, len(tc.in)):])
			}
			if pe.Value != tc.in {
				t.Errorf("Value = %q, want %q", pe.Value, tc.in)
			}
		})
	}
}

func TestLeapDays(t *testing.T) {
	for _, tc := range []struct {
		year string
		leap bool
	}{
		{"2024", true}, {"2023", false}, {"2000", true}, {"1900", false}, {"2100", false}, {"1600", true},
		{"0000", true}, {"-0001", false}, {"-0004", true}, {"-0100", false}, {"-0400", true}, {"-0043", false}, {"-0044", true},
	} {
		_, err := Parse(tc.year + "-02-29")
		if (err == nil) != tc.leap {
			t.Errorf("Parse(%q): err = %v, want leap = %v", tc.year+"-02-29", err, tc.leap)
		}
		feb := mustParse(t, tc.year+"-02")
		days := 28
		if tc.leap {
			days = 29
		}
		if got := int(feb.Interval().End.Sub(feb.Interval().Start).Hours() / 24); got != days {
			t.Errorf("February %s covers %d days, want %d", tc.year, got, days)
		}
	}
}

func TestFirstLast(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2024-07-31", "2024-07-31", "2024-07-31"},
		{"2024-07-31T23:59:59", "2024-07-31", "2024-07-31"},
		{"2024-07", "2024-07-01", "2024-07-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2024-WI", "2024-12-01", "2025-02-28"},
		{"2023-WI", "2023-12-01", "2024-02-29"},
		{"2024", "2024-01-01", "2024-12-31"},
		{"196X", "1960-01-01", "1969-12-31"},
		{"19XX", "1900-01-01", "1999-12-31"},
		{"-0043-03-15", "-0043-03-15", "-0043-03-15"},
		{"0000", "0000-01-01", "0000-12-31"},
		{"2020-11-27/2020-11-28", "2020-11-27", "2020-11-28"},
		{"2020/2024-08-12", "2020-01-01", "2024-08-12"},
		{"9999", "9999-01-01", "9999-12-31"},
		{"../2020", "", "2020-12-31"},
		{"2020/..", "2020-01-01", ""},
	}
	date := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return FormatDate(t)
	}
	for _, tc := range tests {
		v := mustParse(t, tc.in)
		if got := date(v.First()); got != tc.first {
			t.Errorf("%q: First() = %q, want %q", tc.in, got, tc.first)
		}
		if got := date(v.Last()); got != tc.last {
			t.Errorf("%q: Last() = %q, want %q", tc.in, got, tc.last)
		}
	}
	if !(Value{}).First().IsZero() || !(Value{}).Last().IsZero() {
		t.Errorf("zero Value: First/Last not zero")
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC), "2024-07-31"},
		{time.Date(2024, 7, 31, 23, 59, 0, 0, time.UTC), "2024-07-31"},
		{time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC), "-0043-03-15"},
		{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), "0000-01-01"},
		{time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC), "-0001-12-31"},
		{time.Date(5, 1, 2, 0, 0, 0, 0, time.UTC), "0005-01-02"},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "10000-01-01"},
	}
	for _, tc := range tests {
		if got := FormatDate(tc.t); got != tc.want {
			t.Errorf("FormatDate(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}

func TestDisplayInterval(t *testing.T) {
	tests := []struct{ in, start, end string }{
		{"2020", "2020-01-01", "2021-01-01"},
		{"2020~", "2019-01-01", "2022-01-01"},
		{"2020?", "2019-01-01", "2022-01-01"},
		{"2024-07-31%", "2024-07-30", "2024-08-02"},
		{"2024-07~", "2024-06-01", "2024-09-01"},
		{"2024-SU~", "2024-03-01", "2024-12-01"},
		{"196X~", "1950-01-01", "1980-01-01"},
		{"19XX?", "1800-01-01", "2100-01-01"},
		{"2024-07-31T02:00~", "2024-07-31T01:00:00", "2024-07-31T03:01:00"},
		{"2020~/2024", "2019-01-01", "2025-01-01"},
		{"2020/2024-08?", "2020-01-01", "2024-10-01"},
		{"../2020~", "..", "2022-01-01"},
		{"2020~/..", "2019-01-01", ".."},
	}
	for _, tc := range tests {
		iv := mustParse(t, tc.in).DisplayInterval()
		if got := stamp(iv.Start, iv.OpenStart); got != tc.start {
			t.Errorf("%q: DisplayInterval().Start = %s, want %s", tc.in, got, tc.start)
		}
		if got := stamp(iv.End, iv.OpenEnd); got != tc.end {
			t.Errorf("%q: DisplayInterval().End = %s, want %s", tc.in, got, tc.end)
		}
	}
}

func TestContainsCompatible(t *testing.T) {
	tests := []struct {
		v, w                 string
		contains, compatible bool
	}{
		{"2020", "2020-11-27", true, true},
		{"2020-11-27", "2020", false, true},
		{"2020", "2020", true, true},
		{"2020-11", "2020-11-27T02:00", true, true},
		{"2020-SU", "2020-07-04", true, true},
		{"2020-SU", "2020-09", false, false},
		{"2020-11", "2020-SU", false, false},
		{"2020-WI", "2021-02-28", true, true},
		{"196X", "1969-12-31", true, true},
		{"196X", "1970", false, false},
		{"19XX", "196X", true, true},
		{"2020", "2021", false, false},
		{"2020/2022", "2021-06", true, true},
		{"2020/2022", "2022/2023", false, false},
		{"../2020", "1066", true, true},
		{"../2020", "2021", false, false},
		{"2020/..", "9999-12-31", true, true},
		{"2020/..", "../2025", false, false},
		{"2020/..", "2024/..", true, true},
		{"2020~", "2020-05", true, true},
		{"-0043", "-0043-03-15", true, true},
		{"0000", "-0001-12-31", false, false},
	}
	for _, tc := range tests {
		v, w := mustParse(t, tc.v), mustParse(t, tc.w)
		if got := v.Contains(w); got != tc.contains {
			t.Errorf("%q.Contains(%q) = %v, want %v", tc.v, tc.w, got, tc.contains)
		}
		if got := v.Compatible(w); got != tc.compatible {
			t.Errorf("%q.Compatible(%q) = %v, want %v", tc.v, tc.w, got, tc.compatible)
		}
		if v.Compatible(w) != w.Compatible(v) {
			t.Errorf("Compatible is not symmetric for %q and %q", tc.v, tc.w)
		}
	}
	if (Value{}).Contains(mustParse(t, "2020")) || mustParse(t, "../2020").Contains(Value{}) {
		t.Errorf("the zero Value must not contain or be contained")
	}
}

func TestConstructors(t *testing.T) {
	tests := []struct {
		name string
		v    Value
		want string // canonical form; "" for the zero Value
	}{
		{"NewDay", NewDay(2024, time.July, 31), "2024-07-31"},
		{"NewDay leap", NewDay(2024, time.February, 29), "2024-02-29"},
		{"NewDay BCE leap", NewDay(-4, time.February, 29), "-0004-02-29"},
		{"NewDay Feb 29 2023", NewDay(2023, time.February, 29), ""},
		{"NewDay June 31", NewDay(2024, time.June, 31), ""},
		{"NewDay day 0", NewDay(2024, time.June, 0), ""},
		{"NewDay month 13", NewDay(2024, 13, 1), ""},
		{"NewDay year 10000", NewDay(10000, time.January, 1), ""},
		{"NewTime", NewTime(2024, time.July, 31, 2, 0), "2024-07-31T02:00"},
		{"NewTime hour 24", NewTime(2024, time.July, 31, 24, 0), ""},
		{"NewTime minute 60", NewTime(2024, time.July, 31, 2, 60), ""},
		{"NewTimeSec", NewTimeSec(2024, time.July, 31, 2, 0, 5), "2024-07-31T02:00:05"},
		{"NewTimeSec second 60", NewTimeSec(2024, time.July, 31, 2, 0, 60), ""},
		{"NewMonth", NewMonth(2024, time.July), "2024-07"},
		{"NewMonth 0", NewMonth(2024, 0), ""},
		{"NewSeason", NewSeason(2024, Summer), "2024-SU"},
		{"NewSeason winter", NewSeason(2024, Winter), "2024-WI"},
		{"NewSeason 5", NewSeason(2024, 5), ""},
		{"NewYear", NewYear(2024), "2024"},
		{"NewYear BCE", NewYear(-43), "-0043"},
		{"NewYear 0", NewYear(0), "0000"},
		{"NewYear -10000", NewYear(-10000), ""},
		{"NewDecade", NewDecade(1960), "196X"},
		{"NewDecade inside", NewDecade(1969), "196X"},
		{"NewDecade 0", NewDecade(0), "000X"},
		{"NewDecade BCE", NewDecade(-40), ""},
		{"NewCentury", NewCentury(1900), "19XX"},
		{"NewCentury inside", NewCentury(1999), "19XX"},
		{"NewCentury BCE", NewCentury(-100), ""},
		{"NewInterval", NewInterval(NewDay(2020, 11, 27), NewDay(2020, 11, 28)), "2020-11-27/2020-11-28"},
		{"NewInterval mixed", NewInterval(NewYear(2020), NewDay(2024, 8, 12)), "2020/2024-08-12"},
		{"NewInterval backwards", NewInterval(NewYear(2021), NewYear(2020)), ""},
		{"NewInterval of interval", NewInterval(NewInterval(NewYear(2020), NewYear(2021)), NewYear(2022)), ""},
		{"NewInterval of nothing", NewInterval(Value{}, Value{}), ""},
		{"OpenBefore", OpenBefore(NewYear(2020)), "../2020"},
		{"OpenAfter", OpenAfter(NewYear(2020)), "2020/.."},
		{"OpenAfter zero", OpenAfter(Value{}), ""},
		{"WithQualifier", NewYear(1965).WithQualifier(Approximate), "1965~"},
		{"WithQualifier both", NewYear(1965).WithQualifier(Approximate | Uncertain), "1965%"},
		{"WithQualifier replaces", mustParse(t, "1965~").WithQualifier(Uncertain), "1965?"},
		{"WithQualifier clears", mustParse(t, "1965%").WithQualifier(0), "1965"},
		{"WithQualifier interval", mustParse(t, "2020/2021").WithQualifier(Uncertain), "2020?/2021?"},
		{"WithQualifier open", mustParse(t, "../2021").WithQualifier(Approximate), "../2021~"},
		{"Between", Between(NewDay(2024, 7, 31), NewDay(2024, 8, 12)), "2024-07-31/2024-08-12"},
		{"Between open", Between(NewDay(2024, 7, 31), Value{}), ""},
		{"Between backwards", Between(NewDay(2024, 8, 12), NewDay(2024, 7, 31)), ""},
	}
	for _, tc := range tests {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("%s: String() = %q, want %q", tc.name, got, tc.want)
		}
		if tc.want == "" {
			if !tc.v.IsZero() {
				t.Errorf("%s: IsZero() = false, want the zero Value", tc.name)
			}
			continue
		}
		if tc.name == "Between" {
			continue // Precision Inferred does not survive the string form
		}
		if p := mustParse(t, tc.want); p != tc.v {
			t.Errorf("%s = %#v, want what Parse(%q) gives: %#v", tc.name, tc.v, tc.want, p)
		}
	}
}

func TestBetween(t *testing.T) {
	v := Between(NewDay(2024, time.July, 31), NewDay(2024, time.August, 12))
	if v.Precision() != Inferred {
		t.Errorf("Precision() = %v, want inferred", v.Precision())
	}
	if got, want := v.Display(), "between 31 July 2024 and 12 August 2024"; got != want {
		t.Errorf("Display() = %q, want %q", got, want)
	}
	if got, want := v.PrecisionLabel(), "inferred range"; got != want {
		t.Errorf("PrecisionLabel() = %q, want %q", got, want)
	}
	if got, want := v.Interval(), mustParse(t, "2024-07-31/2024-08-12").Interval(); got != want {
		t.Errorf("Interval() = %v, want %v", got, want)
	}
}

func TestStatedInferred(t *testing.T) {
	all := FieldYear | FieldMonth | FieldDay | FieldHour | FieldMinute | FieldSecond
	tests := []struct {
		v               Value
		stated, inferre Fields
		label           string
	}{
		{mustParse(t, "2024-07-31"), FieldYear | FieldMonth | FieldDay, 0, "exact day"},
		{mustParse(t, "2024-07-31T02:00"), FieldYear | FieldMonth | FieldDay | FieldHour | FieldMinute, 0, "exact time"},
		{mustParse(t, "2024-07-31T02:00:05"), all, 0, "exact time"},
		{mustParse(t, "2024-SU"), FieldYear | FieldMonth, 0, "season"},
		{mustParse(t, "196X"), FieldYear, 0, "decade"},
		{NewDay(2024, time.July, 31).WithInferred(FieldYear), FieldMonth | FieldDay, FieldYear, "exact day, year inferred"},
		{NewDay(2024, time.July, 31).WithInferred(FieldYear | FieldMonth), FieldDay, FieldYear | FieldMonth, "exact day, year and month inferred"},
		{NewDay(2024, time.July, 31).WithInferred(all), 0, FieldYear | FieldMonth | FieldDay, "exact day, year, month and day inferred"},
		{NewTime(2024, time.July, 31, 2, 0).WithInferred(FieldYear | FieldMonth | FieldDay), FieldHour | FieldMinute, FieldYear | FieldMonth | FieldDay, "exact time, year, month and day inferred"},
		{NewSeason(2024, Summer).WithInferred(FieldYear).WithQualifier(Uncertain), FieldMonth, FieldYear, "season, uncertain, year inferred"},
		{NewYear(2024).WithInferred(FieldDay), FieldYear, 0, "year only"},
		{NewDay(2024, time.July, 31).WithInferred(FieldYear).WithInferred(0), FieldYear | FieldMonth | FieldDay, 0, "exact day"},
		{NewInterval(NewDay(2024, time.July, 1).WithInferred(FieldYear), NewDay(2024, time.July, 3)), FieldYear | FieldMonth | FieldDay, FieldYear, "range of days, year inferred"},
	}
	for _, tc := range tests {
		if got := tc.v.Stated(); got != tc.stated {
			t.Errorf("%s: Stated() = %v, want %v", tc.v, got, tc.stated)
		}
		if got := tc.v.Inferred(); got != tc.inferre {
			t.Errorf("%s: Inferred() = %v, want %v", tc.v, got, tc.inferre)
		}
		if got := tc.v.PrecisionLabel(); got != tc.label {
			t.Errorf("%s: PrecisionLabel() = %q, want %q", tc.v, got, tc.label)
		}
	}
	// The record of inferred fields does not change the date.
	v := NewDay(2024, time.July, 31)
	if w := v.WithInferred(FieldYear); w.String() != v.String() || w.Interval() != v.Interval() || w == v {
		t.Errorf("WithInferred changed the date or changed nothing: %#v vs %#v", w, v)
	}
}

func TestEnds(t *testing.T) {
	tests := []struct{ in, start, end string }{
		{"2024", "2024", "2024"},
		{"2020~/2021-03", "2020~", "2021-03"},
		{"../2020", "", "2020"},
		{"2020/..", "2020", ""},
	}
	for _, tc := range tests {
		a, b := mustParse(t, tc.in).Ends()
		if a.String() != tc.start || b.String() != tc.end {
			t.Errorf("%q.Ends() = %q, %q; want %q, %q", tc.in, a, b, tc.start, tc.end)
		}
	}
}

func TestZeroValue(t *testing.T) {
	var v Value
	if !v.IsZero() || v.String() != "" || v.Display() != "" || v.PrecisionLabel() != "" ||
		v.Precision() != PrecisionUnknown || v.Interval() != (Interval{}) || v.Stated() != 0 {
		t.Errorf("zero Value misbehaves: %q %q %q %v %v", v.String(), v.Display(), v.PrecisionLabel(), v.Precision(), v.Interval())
	}
}

func TestText(t *testing.T) {
	type event struct {
		Date  Value     `json:"date"`
		Prec  Precision `json:"precision"`
		Maybe Value     `json:"maybe"`
	}
	in := event{Date: mustParse(t, "-0043-03-15~"), Prec: Day}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"date":"-0043-03-15~","precision":"day","maybe":""}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
	var out event
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("json round trip = %#v, want %#v", out, in)
	}
	err = json.Unmarshal([]byte(`{"date":"2024-13"}`), &out)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Msg != "month 13 out of range" {
		t.Errorf("json.Unmarshal of a bad date: err = %v, want a *ParseError about month 13", err)
	}
	if err := json.Unmarshal([]byte(`{"precision":"fortnight"}`), &out); err == nil {
		t.Errorf("json.Unmarshal accepted precision \"fortnight\"")
	}
}

func TestPrecisionNames(t *testing.T) {
	want := []string{"unknown", "time", "day", "month", "season", "year", "decade", "century", "inferred"}
	for i, name := range want {
		p := Precision(i)
		if p.String() != name {
			t.Errorf("Precision(%d).String() = %q, want %q", i, p.String(), name)
		}
		var q Precision
		if err := q.UnmarshalText([]byte(name)); err != nil || q != p {
			t.Errorf("UnmarshalText(%q) = %v, %v", name, q, err)
		}
	}
	if Precision(99).String() != "unknown" || Precision(-1).String() != "unknown" {
		t.Errorf("out-of-range precisions must print unknown")
	}
	// Coarser grains compare greater: the order interval precision relies on.
	order := []Precision{Time, Day, Month, Season, Year, Decade, Century}
	for i := 1; i < len(order); i++ {
		if order[i-1] >= order[i] {
			t.Errorf("%v is not finer than %v", order[i-1], order[i])
		}
	}
}

func TestForms(t *testing.T) {
	// Every form the message shows must parse.
	for _, f := range strings.Split(Forms, `"`)[1:] {
		if f == "" || strings.HasPrefix(f, ",") || strings.HasPrefix(f, " ") {
			continue
		}
		if _, err := Parse(f); err != nil {
			t.Errorf("Forms shows %q, which does not parse: %v", f, err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"2024-07-31", "2024-07", "196X", "2020-11-27/2020-11-28", "-0043-03-15~", "2024-07-31T02:00:05"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	v := mustParseB(b, "2020-11-27~/2020-11-28")
	b.ReportAllocs()
	for b.Loop() {
		_ = v.String()
	}
}

func mustParseB(b *testing.B, s string) Value {
	v, err := Parse(s)
	if err != nil {
		b.Fatal(err)
	}
	return v
}
