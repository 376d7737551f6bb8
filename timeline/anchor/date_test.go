package anchor_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// timex3Span reads a TIMEX3 date value the way the TempEval-3 guidelines
// define it, independently of the package: the stretch [start, end) it
// names and the precision a timex.Value of it has (a week is an interval
// of days, a quarter one of months). ok is false for a value that names no
// date: X's, a duration, a vague reference, a malformed value. A clock
// time in UTC names its day (timex has no time zones).
func timex3Span(v string) (start, end time.Time, prec timex.Precision, ok bool) {
	if strings.HasPrefix(v, "P") || strings.ContainsAny(v, "X_") {
		return
	}
	if i := strings.IndexByte(v, 'T'); i > 0 && strings.HasSuffix(v, "Z") {
		v = v[:i] // "2013-02-12T16:08Z": the day
	}
	bc := strings.HasPrefix(v, "BC")
	v = strings.TrimPrefix(v, "BC")
	n := 0
	for n < len(v) && v[n] >= '0' && v[n] <= '9' {
		n++
	}
	num, _ := strconv.Atoi(v[:n])
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch {
	case n == 3 && !bc && n == len(v):
		return date(num*10, 1, 1), date(num*10+10, 1, 1), timex.Decade, true
	case n == 2 && !bc && n == len(v):
		return date(num*100, 1, 1), date(num*100+100, 1, 1), timex.Century, true
	case n != 4:
		return
	}
	y := num
	if bc {
		y = 1 - num // 44 BC is -43: there is no year zero
	}
	rest := v[4:]
	if rest == "" {
		return date(y, 1, 1), date(y+1, 1, 1), timex.Year, true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return
	}
	rest = rest[1:]
	switch {
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]
		return date(y, m, 1), date(y, m+3, 1), timex.Season, true
	case rest[0] == 'Q' || rest[0] == 'H':
		k, err := strconv.Atoi(rest[1:])
		months := map[byte]int{'Q': 3, 'H': 6}[rest[0]]
		if err != nil || k < 1 || k*months > 12 {
			return
		}
		return date(y, (k-1)*months+1, 1), date(y, k*months+1, 1), timex.Month, true
	case rest[0] == 'W':
		w, err := strconv.Atoi(strings.TrimSuffix(rest[1:], "-WE"))
		if err != nil {
			return
		}
		// The Monday whose ISO week is (y, w), found by walking, not by formula.
		d := date(y, 1, 1).AddDate(0, 0, -7)
		for yy, ww := d.ISOWeek(); yy != y || ww != w || d.Weekday() != time.Monday; yy, ww = d.ISOWeek() {
			if d = d.AddDate(0, 0, 1); d.Year() > y+1 {
				return
			}
		}
		if strings.HasSuffix(rest, "-WE") {
			return d.AddDate(0, 0, 5), d.AddDate(0, 0, 7), timex.Day, true
		}
		return d, d.AddDate(0, 0, 7), timex.Day, true
	}
	m, err := strconv.Atoi(rest[:2])
	if err != nil || m < 1 || m > 12 {
		return
	}
	if len(rest) == 2 {
		return date(y, m, 1), date(y, m+1, 1), timex.Month, true
	}
	if len(rest) < 5 || rest[2] != '-' {
		return
	}
	d, err := strconv.Atoi(rest[3:5])
	if err != nil || date(y, m, d).Month() != time.Month(m) {
		return
	}
	day := date(y, m, d)
	switch clock := rest[5:]; {
	case clock == "":
		return day, day.AddDate(0, 0, 1), timex.Day, true
	case len(clock) == 3 && clock[0] == 'T' && clock[1] >= 'A' && clock[1] <= 'Z':
		return day, day.AddDate(0, 0, 1), timex.Day, true // part of day: the day
	case len(clock) == 6 && clock[0] == 'T' && clock[3] == ':':
		h, err1 := strconv.Atoi(clock[1:3])
		mi, err2 := strconv.Atoi(clock[4:6])
		if err1 != nil || err2 != nil || h > 23 || mi > 59 {
			return
		}
		t := day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		return t, t.Add(time.Minute), timex.Time, true
	}
	return
}

// agrees reports how r.Date differs from what r.Value says ("" if it does not).
func agrees(r *anchor.Resolved) string {
	start, end, prec, ok := timex3Span(r.Value)
	if r.Type == tagger.Duration || r.Type == tagger.Set {
		ok = false
	}
	switch {
	case !ok && !r.Date.IsZero():
		return "dates nothing, but Date is " + r.Date.String()
	case !ok:
		return ""
	case r.Date.IsZero():
		return "Date is zero"
	}
	iv := r.Date.Interval()
	switch {
	case iv.OpenStart || iv.OpenEnd || !iv.Start.Equal(start) || !iv.End.Equal(end):
		const layout = "2006-01-02T15:04"
		return "Date " + r.Date.String() + " covers " + iv.Start.Format(layout) + " to " + iv.End.Format(layout) +
			", the value " + start.Format(layout) + " to " + end.Format(layout)
	case r.Date.Precision() != prec:
		return "Date " + r.Date.String() + " has precision " + r.Date.Precision().String() + ", want " + prec.String()
	case r.Date.Approximate() != (r.Mod == "APPROX"):
		return "Date " + r.Date.String() + " with mod " + strconv.Quote(r.Mod)
	}
	return ""
}

func checkAgree(t *testing.T, where string, rs []anchor.Resolved) int {
	t.Helper()
	dated := 0
	for i := range rs {
		if msg := agrees(&rs[i]); msg != "" {
			t.Errorf("%s: %q (%s) resolved to %s: %s", where, rs[i].Text, rs[i].Rule, rs[i].Value, msg)
		}
		if !rs[i].Date.IsZero() {
			dated++
		}
	}
	return dated
}

// TestDateAgreesWithValue: for every mention of the corpus above, the
// testdata and the events package's articles (news, histories with BC
// dates), resolved with a document date, in narrative mode and with no
// reference at all, the typed Date names exactly the stretch of time the
// TIMEX3 value does, so the two cannot drift apart.
func TestDateAgreesWithValue(t *testing.T) {
	var texts []string
	for _, c := range corpus {
		for _, s := range c.texts {
			texts = append(texts, strings.NewReplacer("[", "", "]", "").Replace(s))
		}
	}
	for _, pat := range []string{"testdata/*.txt", "../events/testdata/*.txt", "../events/testdata/eval/*.txt"} {
		files, _ := filepath.Glob(pat)
		if len(files) == 0 {
			t.Fatalf("no %s", pat)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, fuzzSeeds...)
	refs := []anchor.Reference{ref, {DCT: anchor.Date{Year: 2025, Month: 2, Day: 17}}, {Mode: anchor.Narrative}, {}}
	total, dated := 0, 0
	for _, s := range texts {
		ms := tagger.Tag([]byte(s))
		for _, r := range refs {
			rs := anchor.Resolve(ms, r)
			total += len(rs)
			dated += checkAgree(t, strings.TrimSpace(s[:min(len(s), 40)]), rs)
		}
	}
	if total < 1000 || dated*2 < total {
		t.Errorf("%d mentions, %d dated: want over a thousand, most of them dated", total, dated)
	}
}

// TestDates: the typed date of each kind of value.
func TestDates(t *testing.T) {
	for _, tc := range []struct{ text, value, date string }{
		{"It happened on [July 31, 2024].", "2024-07-31", "2024-07-31"},
		{"The blast came at [2:30 p.m.]", "2013-02-12T14:30", "2013-02-12T14:30"},
		{"The minister spoke [this morning].", "2013-02-12TMO", "2013-02-12"},
		{"The index closed at [16:08 UTC].", "2013-02-12T16:08Z", "2013-02-12"},
		{"Sales in [July 2024] rose.", "2024-07", "2024-07"},
		{"They met in [the summer of 2024].", "2024-SU", "2024-SU"},
		{"They met in [the winter of 2023].", "2023-WI", "2023-WI"},
		{"Elections were held in [2020].", "2020", "2020"},
		{"The firm was founded in [the 1960s].", "196", "196X"},
		{"Rents soared in [the '60s].", "196", "196X"},
		{"Letters from [the 19th century] survive.", "18", "18XX"},
		{"Caesar died in [44 BC].", "BC0044", "-0043"},
		{"Caesar died on [March 15, 44 BC].", "BC0044-03-15", "-0043-03-15"},
		{"The temple dates from [c. 287 BC].", "BC0287", "-0286~"},
		{"The navigator was born [c. 1480] near Porto.", "1480", "1480~"},
		{"The inquiry opened [last week].", "2013-W06", "2013-02-04/2013-02-10"},
		{"Sales rebounded in [the week of March 28, 2024].", "2024-W13", "2024-03-25/2024-03-31"},
		{"Sales rebounded in [the first week of January].", "2013-W01", "2012-12-31/2013-01-06"},
		{"He stayed home [this weekend].", "2013-W06-WE", "2013-02-09/2013-02-10"},
		{"Revenue grew in [Q3 2024].", "2024-Q3", "2024-07/2024-09"},
		{"Profit fell from [the year-ago third quarter].", "2012-Q3", "2012-07/2012-09"},
		{"Sales rose in [the second half of 2024].", "2024-H2", "2024-07/2024-12"},
		{"Sales should pick up in [the second half of the year].", "2013-H2", "2013-07/2013-12"},
		{"Shops closed on [Christmas].", "2012-12-25", "2012-12-25"},
		{"The project took [three years].", "P3Y", ""},
		{"The board meets [every Monday].", "XXXX-WXX-1", ""},
		{"The plant [recently] reopened.", "PAST_REF", ""},
		{"Investors are [now] waiting.", "PRESENT_REF", ""},
	} {
		i, j := strings.IndexByte(tc.text, '['), strings.IndexByte(tc.text, ']')
		src := tc.text[:i] + tc.text[i+1:j] + tc.text[j+1:]
		rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
		if len(rs) != 1 || rs[0].Text != tc.text[i+1:j] {
			t.Errorf("%q: got %v, want one expression %q", src, texts(rs), tc.text[i+1:j])
			continue
		}
		if got := rs[0].Date.String(); rs[0].Value != tc.value || got != tc.date {
			t.Errorf("%q: got %s dated %q, want %s dated %q", src, rs[0].Value, got, tc.value, tc.date)
		}
	}
}
