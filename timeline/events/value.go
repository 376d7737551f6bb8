package events

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// dateValue turns a resolved TIMEX3 value into the date an event can carry:
// "196" is the decade 196X, "19" the century, "2024-W31" the days of that
// week, "2013-Q1" its three months, "2024-07-31TMO" the day. Durations,
// sets, vague references (PRESENT_REF, PAST_REF) and values left with X's
// date no event, and give false.
func dateValue(r *anchor.Resolved) (timex.Value, bool) {
	if r.Type != tagger.Date && r.Type != tagger.Time {
		return timex.Value{}, false
	}
	v := r.Value
	if v == "" || strings.HasSuffix(v, "_REF") || strings.HasPrefix(v, "P") {
		return timex.Value{}, false
	}
	var out timex.Value
	if strings.HasPrefix(v, "BC") {
		// TIMEX3 "BC0044" is 44 BC, astronomical year -43 (no year zero)
		n, err := strconv.Atoi(v[2:min(len(v), 6)])
		if err != nil || n <= 0 {
			return timex.Value{}, false
		}
		v = fmt.Sprintf("-%04d", n-1) + v[min(len(v), 6):]
	}
	switch {
	case strings.Contains(v, "-W"):
		out = weekValue(v)
	case strings.Contains(v, "-Q") || strings.Contains(v, "-H"):
		out = partValue(v)
	default:
		if i := strings.IndexByte(v, 'T'); i > 0 && i+1 < len(v) && (v[i+1] < '0' || v[i+1] > '9') {
			v = v[:i] // part of day: "2024-07-31TMO"
		}
		if strings.ContainsRune(v, 'X') && len(v) > 4 {
			return timex.Value{}, false // "2024-XX-15", "XXXX-XX-XX"
		}
		var err error
		if out, err = timex.Parse(v); err != nil {
			return timex.Value{}, false
		}
	}
	if out.IsZero() {
		return out, false
	}
	if r.Mod == "APPROX" {
		out = out.WithQualifier(timex.Approximate)
	}
	return out, true
}

// weekValue reads "2024-W31" (and "2024-W31-WE") as the interval of its days.
func weekValue(v string) timex.Value {
	parts := strings.Split(v, "-")
	if len(parts) < 2 || len(parts[1]) < 2 {
		return timex.Value{}
	}
	y, err1 := strconv.Atoi(parts[0])
	w, err2 := strconv.Atoi(parts[1][1:])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return timex.Value{}
	}
	// ISO week 1 holds January 4th.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
	first, last := mon, mon.AddDate(0, 0, 6)
	if len(parts) > 2 && parts[2] == "WE" {
		first = mon.AddDate(0, 0, 5)
	} else if len(parts) > 2 {
		if d, err := strconv.Atoi(parts[2]); err == nil && d >= 1 && d <= 7 {
			t := mon.AddDate(0, 0, d-1)
			return timex.NewDay(t.Year(), t.Month(), t.Day())
		}
	}
	return timex.NewInterval(timex.NewDay(first.Year(), first.Month(), first.Day()), timex.NewDay(last.Year(), last.Month(), last.Day()))
}

// partValue reads "2013-Q1" and "2013-H2" as intervals of months.
func partValue(v string) timex.Value {
	y, err := strconv.Atoi(v[:min(4, len(v))])
	if err != nil || len(v) < 7 {
		return timex.Value{}
	}
	n := int(v[6] - '0')
	switch v[5] {
	case 'Q':
		if n >= 1 && n <= 4 {
			return timex.NewInterval(timex.NewMonth(y, time.Month(3*n-2)), timex.NewMonth(y, time.Month(3*n)))
		}
	case 'H':
		if n >= 1 && n <= 2 {
			return timex.NewInterval(timex.NewMonth(y, time.Month(6*n-5)), timex.NewMonth(y, time.Month(6*n)))
		}
	}
	return timex.Value{}
}

// joinBC joins a month and day without a year to the BC year right after
// it: "March 15, 44 BC" comes from the tagger as "XXXX-03-15" and "BC0044".
func joinBC(rs []anchor.Resolved, text string) []anchor.Resolved {
	out := rs[:0]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i+1 < len(rs) && strings.HasPrefix(r.Value, "XXXX-") && len(r.Value) == 10 && strings.HasPrefix(rs[i+1].Value, "BC") &&
			len(rs[i+1].Value) == 6 && rs[i+1].Start >= r.End && rs[i+1].Start-r.End <= 2 && strings.Trim(text[r.End:rs[i+1].Start], ", ") == "" {
			n := rs[i+1]
			r.Value = n.Value + r.Value[4:]
			r.End = n.End
			r.Text = text[r.Start:r.End]
			i++
		}
		out = append(out, r)
	}
	return out
}
