package render

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/timex"
)

func day(s string) int64 {
	v, err := timex.Parse(s)
	if err != nil {
		panic(err)
	}
	return v.Interval().Start.UnixMilli()
}

// spanOfDate is the span a date string covers, as the chart draws it.
func spanOfDate(s string) span {
	v, err := timex.Parse(s)
	if err != nil {
		panic(err)
	}
	sp, _, _ := spanOf(v)
	return sp
}

func iso(ms int64) string { return timex.FormatDate(time.UnixMilli(ms).UTC()) }

func spansOf(dates ...string) []span {
	out := make([]span, len(dates))
	for i, d := range dates {
		out[i] = spanOfDate(d)
	}
	return out
}

func TestFindBreaks(t *testing.T) {
	cases := []struct {
		name  string
		dates []string
		want  string // breaks as "start..end", space separated
	}{
		{"1960s then 2009-2024", []string{"196X", "2009", "2020-11-27", "2024-07-31", "2024-08-12"}, "1971-01-01..2008-01-01"},
		{"no gap worth cutting", []string{"2001", "2005", "2012", "2018", "2024"}, ""},
		{"overlapping spans leave no gap", []string{"19XX", "1950", "2020"}, ""},
		{"a BC date and the modern era", []string{"-0044-01-01", "1582-10-15", "1752-09-14", "1972-01-01"}, "-0029-01-01..1570-01-01"},
		{"one year with a long pause", []string{"2024-01-03", "2024-01-20", "2024-10-02", "2024-10-30"}, "2024-01-22..2024-10-01"},
		{"two gaps", []string{"1800", "1801", "1900", "1901", "2000"}, "1803-01-01..1899-01-01 1903-01-01..1999-01-01"},
		{"a single event", []string{"2024-07-31"}, ""},
		{"gap under 90 days", []string{"2024-01-01", "2024-03-15"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, b := range findBreaks(spansOf(c.dates...)) {
				got = append(got, iso(b.start)+".."+iso(b.end))
			}
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("breaks of %v\n got %q\nwant %q", c.dates, g, c.want)
			}
		})
	}
}

// TestBreaksKeepEvents: whatever the dates, a break never hides an event
// and its ends are round.
func TestBreaksKeepEvents(t *testing.T) {
	sets := [][]string{
		{"196X", "2009", "2020-11-27", "2024-07-31"},
		{"-0044-01-01", "0800-12-25", "1066-10-14", "2024"},
		{"2024-01-03", "2024-10-30", "2024-11-02T10:00"},
		{"1500", "15XX", "1900", "2000-06", "2001-SU"},
	}
	for _, dates := range sets {
		spans := spansOf(dates...)
		for _, b := range findBreaks(spans) {
			for i, s := range spans {
				if s.start < b.end && b.start < s.end {
					t.Errorf("%v: break %s..%s covers %s", dates, iso(b.start), iso(b.end), dates[i])
				}
			}
			for _, edge := range []int64{b.start, b.end} {
				if d := time.UnixMilli(edge).UTC(); d.Hour() != 0 || d.Minute() != 0 || d.Day() != 1 && b.len() > 400*dayMs {
					t.Errorf("%v: break edge %v is not a round date", dates, d)
				}
			}
		}
	}
}

func TestAxisRange(t *testing.T) {
	cases := []struct {
		dates []string
		want  string
	}{
		{[]string{"196X", "2009", "2024-08-12"}, "1958-01-01..2026-01-01"},
		{[]string{"2024-07-31", "2024-08-12"}, "2024-07-30..2024-08-14"},
		{[]string{"2024-01-03", "2024-10-30"}, "2024-01-02..2024-11-01"},
		{[]string{"-0044-01-01", "1582-10-15", "1972-01-01"}, "-0059-01-01..1980-01-01"},
		{[]string{"1900", "1925", "1950", "1975", "2000"}, "1895-01-01..2005-01-01"},
	}
	for _, c := range cases {
		spans := spansOf(c.dates...)
		r := axisRange(spans, findBreaks(spans))
		if got := iso(r.start) + ".." + iso(r.end); got != c.want {
			t.Errorf("axisRange(%v) = %s, want %s", c.dates, got, c.want)
		}
	}
}

func TestFloorTo(t *testing.T) {
	cases := []struct {
		date string
		u    unit
		want string
	}{
		{"1963-05-17", unit{months: 60}, "1960-01-01"},
		{"1960-01-01", unit{months: 60}, "1960-01-01"},
		{"-0043-03-15", unit{months: 600}, "-0049-01-01"}, // 44 BC down to 50 BC
		{"-0043-03-15", unit{months: 120}, "-0049-01-01"}, // 44 BC down to 50 BC
		{"0010-06-01", unit{months: 600}, "0001-01-01"},   // no year 0: AD 1
		{"0000-06-01", unit{months: 600}, "-0049-01-01"},  // 1 BC down to 50 BC
		{"2024-08-12", unit{months: 3}, "2024-07-01"},
		{"2024-08-12", unit{months: 1}, "2024-08-01"},
		{"2024-08-14", unit{days: 7}, "2024-08-12"}, // a Monday
		{"2024-08-12T14:30", unit{days: 1}, "2024-08-12"},
	}
	for _, c := range cases {
		if got := iso(floorTo(day(c.date), c.u)); got != c.want {
			t.Errorf("floorTo(%s, %+v) = %s, want %s", c.date, c.u, got, c.want)
		}
	}
	for _, c := range []struct {
		date string
		u    unit
		want string
	}{
		{"1963-05-17", unit{months: 60}, "1965-01-01"},
		{"-0043-03-15", unit{months: 600}, "0001-01-01"}, // 44 BC up to the start of AD 1
		{"0001-03-15", unit{months: 600}, "0050-01-01"},
		{"2024-08-12", unit{months: 1}, "2024-09-01"},
		{"2024-08-01", unit{months: 1}, "2024-08-01"},
	} {
		if got := iso(ceilTo(day(c.date), c.u)); got != c.want {
			t.Errorf("ceilTo(%s, %+v) = %s, want %s", c.date, c.u, got, c.want)
		}
	}
	if got := iso(addUnit(day("-0049-01-01"), unit{months: 600}, -1)); got != "-0099-01-01" {
		t.Errorf("50 BC minus 50 years = %s, want 100 BC (-0099)", got)
	}
}

func TestDensest(t *testing.T) {
	sample := []string{"1965-01-01", "2009-06-12", "2020-11-27", "2024-07-31", "2024-08-01", "2024-08-12"}
	cases := []struct {
		name  string
		dates []string
		want  string
		ok    bool
		whole string // the axis end, when the axis runs past the last instant
	}{
		{"the 2024 cluster", sample, "2024-07-31..2024-08-13", true, ""},
		{"one cluster of days on a long axis", []string{"2020-11-27", "2024-07-31", "2024-08-01"}, "2024-07-31..2024-08-02", true, "2026-01-01"},
		{"three days alone on their axis", []string{"2020-11-27", "2024-07-31", "2024-08-01"}, "2024-07-31..2024-08-02", true, ""},
		{"too few", []string{"2024-07-31"}, "", false, ""},
		{"two alone", []string{"2024-07-31", "2024-08-01"}, "", false, ""},
		{"evenly spread", []string{"2000-01-01", "2001-01-01", "2002-01-01", "2003-01-01"}, "", false, ""},
		{"earliest of equal windows", []string{"2000-01-01", "2000-01-02", "2000-01-03", "2010-01-01", "2010-01-02", "2010-01-03"}, "2000-01-01..2000-01-04", true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var at []int64
			for _, d := range c.dates {
				at = append(at, day(d))
			}
			whole := int64(0)
			if len(at) > 0 {
				whole = at[len(at)-1] - at[0]
			}
			if c.whole != "" {
				whole = day(c.whole) - at[0]
			}
			w, ok := densest(at, whole)
			got := ""
			if ok {
				got = iso(w.start) + ".." + iso(w.end)
			}
			if ok != c.ok || got != c.want {
				t.Errorf("densest = %q, %v; want %q, %v", got, ok, c.want, c.ok)
			}
		})
	}
	// k grows with n: with 100 instants, 10 must fit in the window.
	var at []int64
	base := day("2000-01-01")
	for i := range 90 {
		at = append(at, base+int64(i)*30*dayMs)
	}
	for i := range 10 {
		at = append(at, base+int64(2000+i)*dayMs)
	}
	sortInt64(at)
	w, ok := densest(at, at[len(at)-1]-at[0])
	if !ok || iso(w.start) != "2005-06-23" || iso(w.end) != "2005-07-03" {
		t.Errorf("densest of 100 = %s..%s %v, want the ten consecutive days 2005-06-23..2005-07-03", iso(w.start), iso(w.end), ok)
	}
	if p := padWindow(span{day("2024-07-31"), day("2024-08-13")}); iso(p.start) != "2024-07-21" || iso(p.end) != "2024-08-23" {
		t.Errorf("padWindow = %s..%s", iso(p.start), iso(p.end))
	}
}

func sortInt64(a []int64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func TestPackRows(t *testing.T) {
	cases := []struct {
		name  string
		items []string // "P:date" for a point, "B:date" for a bar
		max   int
		want  string
		used  int
	}{
		{"disjoint bars share a row", []string{"B:2001", "B:2003", "B:2005"}, 4, "0 0 0", 1},
		{"adjacent years share a row", []string{"B:2001", "B:2002"}, 4, "0 0", 1},
		{"overlapping spans", []string{"B:196X", "B:1965", "B:1965-05", "B:1968-05"}, 4, "0 1 2 1", 3},
		{"points never push points", []string{"P:2024-07-31", "P:2024-07-31", "P:2024-08-01"}, 4, "0 0 0", 1},
		{"a point inside a bar", []string{"B:2020", "P:2020-11-27", "P:2021-02-01"}, 4, "0 1 0", 2},
		{"a bar over earlier points", []string{"P:2020-01-15", "B:2020-01", "P:2020-01-20"}, 4, "0 1 0", 2},
		{"the cap shares the row freed first", []string{"B:196X", "B:1961", "B:1961-06", "B:1961-07"}, 2, "0 1 1 1", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var spans []span
			var points []bool
			for _, it := range c.items {
				kind, date, _ := strings.Cut(it, ":")
				s := spanOfDate(date)
				if kind == "P" {
					s.end = s.start + dayMs
				}
				spans = append(spans, s)
				points = append(points, kind == "P")
			}
			rows, used := packRows(spans, points, c.max)
			if got := strings.Trim(fmt.Sprint(rows), "[]"); got != c.want || used != c.used {
				t.Errorf("rows %s (%d used), want %s (%d)", got, used, c.want, c.used)
			}
		})
	}
}

func TestShortLabel(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Haniyeh assassinated in Tehran", "Haniyeh assassinated in Tehran"},
		{"Eli Cohen penetrates Syria's leadership and government", "Eli Cohen penetrates Syria's…"},
		{"  spaced\n\tout   title ", "spaced out title"},
		{"Supercalifragilisticexpialidocious-and-then-some-more", "Supercalifragilisticexpialidociou…"},
		{"Post-election protests; intelligence purge follows", "Post-election protests…"},
		{"Jomhouri Eslami demands a “clean-up” of the ministry", "Jomhouri Eslami demands a…"},
		{"Bell\x00 Labs\u0007 quartz", "Bell Labs quartz"},
		{"Überprüfung der Geheimdienste nach dem Anschlag", "Überprüfung der Geheimdienste…"},
		{"", ""},
	}
	for _, c := range cases {
		got := shortLabel(c.in, 34)
		if got != c.want {
			t.Errorf("shortLabel(%q) = %q, want %q", c.in, got, c.want)
		}
		if n := len([]rune(got)); n > 34 {
			t.Errorf("shortLabel(%q) has %d characters, more than %d", c.in, n, 34)
		}
	}
}

func TestMarkOf(t *testing.T) {
	cases := []struct {
		date string
		want mark
	}{
		{"2024-07-31", markPoint},
		{"2024-07-31T02:00", markPoint},
		{"2024-07", markBar},
		{"2024-SU", markBar},
		{"2024", markBar},
		{"2020-11-27/2020-11-28", markBar},
		{"196X", markFaded},
		{"19XX", markFaded},
		{"2024-07-31?", markFaded},
		{"1927~", markFaded},
		{"../2020", markFaded},
	}
	for _, c := range cases {
		v, err := timex.Parse(c.date)
		if err != nil {
			t.Fatal(err)
		}
		if got := markOf(v); got != c.want {
			t.Errorf("markOf(%s) = %d, want %d", c.date, got, c.want)
		}
	}
}
