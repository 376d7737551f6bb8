package anchor

import (
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/tagger"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestHolidayDates(t *testing.T) {
	for _, tc := range []struct {
		name string
		year int
		want string
	}{
		{"easter", 2024, "2024-03-31"}, {"easter", 2025, "2025-04-20"}, {"easter", 2000, "2000-04-23"}, {"easter", 1998, "1998-04-12"},
		{"easter monday", 2024, "2024-04-01"}, {"easter monday", 2025, "2025-04-21"}, {"good friday", 2024, "2024-03-29"}, {"good friday", 1998, "1998-04-10"},
		{"thanksgiving", 2024, "2024-11-28"}, {"thanksgiving", 1998, "1998-11-26"},
		{"election", 2024, "2024-11-05"}, {"election", 2020, "2020-11-03"},
		{"memorial", 2024, "2024-05-27"}, {"labor", 2024, "2024-09-02"}, {"columbus", 2024, "2024-10-14"},
		{"christmas", 2024, "2024-12-25"}, {"christmas eve", 2024, "2024-12-24"},
	} {
		got, ok := holidayDate(tc.name, tc.year)
		if !ok || ymd(got) != tc.want {
			t.Errorf("%s %d: got %s (%v), want %s", tc.name, tc.year, ymd(got), ok, tc.want)
		}
	}
	if _, ok := holidayDate("groundhog", 2024); ok {
		t.Error("an unknown holiday should not resolve")
	}
}

func TestWeekdayNear(t *testing.T) {
	ref := day(2013, 2, 12) // a Tuesday
	for _, tc := range []struct {
		wd, dir int
		tense   tagger.Tense
		want    string
	}{
		{2, 0, tagger.Unknown, "2013-02-12"}, // the same day
		{1, 0, tagger.Past, "2013-02-11"},
		{3, 0, tagger.Unknown, "2013-02-06"}, // last Wednesday
		{3, 0, tagger.Future, "2013-02-13"},
		{2, 0, tagger.Future, "2013-02-12"},
		{5, -1, tagger.Future, "2013-02-08"}, // "last Friday" whatever the tense
		{2, -1, tagger.Unknown, "2013-02-05"},
		{2, 1, tagger.Unknown, "2013-02-19"}, // "next Tuesday"
	} {
		if got := ymd(weekdayNear(ref, tc.wd, tc.dir, tc.tense)); got != tc.want {
			t.Errorf("weekday %d dir %d tense %v: got %s, want %s", tc.wd, tc.dir, tc.tense, got, tc.want)
		}
	}
}

func TestNearestMonthDay(t *testing.T) {
	ref := day(1989, 11, 2)
	for _, tc := range []struct {
		month, d int
		tense    tagger.Tense
		want     string
	}{
		{10, 30, tagger.Unknown, "1989-10-30"},
		{11, 6, tagger.Unknown, "1989-11-06"}, // a few days ahead
		{3, 31, tagger.Unknown, "1989-03-31"}, // past-leaning without a tense
		{3, 31, tagger.Future, "1990-03-31"},
		{1, 15, tagger.Future, "1990-01-15"},
		{2, 15, tagger.Past, "1989-02-15"},
		{2, 15, tagger.Unknown, "1990-02-15"},
		{9, 1, tagger.Future, "1990-09-01"},  // "will take effect Sept. 1", said in November: next year's
		{10, 1, tagger.Future, "1990-10-01"}, // however near the past candidate
	} {
		if got := ymd(nearestMonthDay(ref, tc.month, tc.d, gDay, tc.tense)); got != tc.want {
			t.Errorf("%d-%d tense %v: got %s, want %s", tc.month, tc.d, tc.tense, got, tc.want)
		}
	}
}

func TestSeasonRel(t *testing.T) {
	for _, tc := range []struct {
		ref    time.Time
		season string
		n      int
		want   string
	}{
		{day(1998, 2, 10), "SU", -1, "1997-SU"},
		{day(1998, 10, 10), "SU", -1, "1998-SU"},
		{day(1998, 10, 10), "SP", 1, "1999-SP"},
		{day(1998, 4, 10), "SU", 0, "1998-SU"},
	} {
		if got := seasonRel(tc.ref, tc.season, tc.n).s; got != tc.want {
			t.Errorf("%s %s %d: got %s, want %s", ymd(tc.ref), tc.season, tc.n, got, tc.want)
		}
	}
}

func TestDurationValue(t *testing.T) {
	for _, tc := range []struct {
		e    tagger.Expr
		want string
	}{
		{tagger.Expr{Amount: 3, Unit: tagger.Year}, "P3Y"},
		{tagger.Expr{Amount: 1, Unit: tagger.Decade}, "P10Y"},
		{tagger.Expr{Amount: 2, Unit: tagger.Century}, "P200Y"},
		{tagger.Expr{Amount: 2.5, Unit: tagger.Year}, "P2Y6M"},
		{tagger.Expr{Amount: 0.5, Unit: tagger.Hour}, "PT30M"},
		{tagger.Expr{Amount: 5.5, Unit: tagger.Hour}, "PT5H30M"},
		{tagger.Expr{Amount: 1.5, Unit: tagger.Day}, "P1DT12H"},
		{tagger.Expr{Amount: 3, Unit: tagger.Quarter}, "P3Q"},
		{tagger.Expr{Amount: 1.5, Unit: tagger.Quarter}, "P1.5Q"}, // 4.5 months: no whole smaller unit
		{tagger.Expr{Vague: true, Unit: tagger.Quarter}, "PXQ"},
		{tagger.Expr{Amount: 90, Unit: tagger.Minute}, "PT90M"},
		{tagger.Expr{Vague: true, Unit: tagger.Year}, "PXY"},
		{tagger.Expr{Vague: true, Unit: tagger.Hour}, "PTXH"},
		{tagger.Expr{Amount: 1, Unit: tagger.Weekend}, "P2D"},
	} {
		if got := durationValue(&tc.e); got != tc.want {
			t.Errorf("%v %v: got %s, want %s", tc.e.Amount, tc.e.Unit, got, tc.want)
		}
	}
}

func TestNearestCentury(t *testing.T) {
	for _, tc := range []struct{ yy, ref, want int }{{98, 2001, 1998}, {5, 1998, 2005}, {60, 2024, 2060}, {60, 1990, 1960}} {
		if got := nearestCentury(tc.yy, tc.ref); got != tc.want {
			t.Errorf("'%02d from %d: got %d, want %d", tc.yy, tc.ref, got, tc.want)
		}
	}
}
