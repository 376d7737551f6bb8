package events

import (
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// joinBC joins a day and month without a year to the BC year right after
// it. The tagger reads "March 15, 44 B.C." and "15 March 44 BC" as one
// date, but a day-first date with a dotted era ("15 March 44 B.C.", "the
// 15th of March 44 B.C.E.") as a day of no year and a year; at the start of
// a text, with nothing to place the day in, it stays unresolved (and so
// undated) and the year alone would date the event. Joined, it is
// -0043-03-15.
func joinBC(rs []anchor.Resolved, text string) []anchor.Resolved {
	out := rs[:0]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i+1 < len(rs) && dayOfNoYear(&r) && yearBC(&rs[i+1]) &&
			rs[i+1].Start >= r.End && rs[i+1].Start-r.End <= 2 && strings.Trim(text[r.End:rs[i+1].Start], ", ") == "" {
			n := &rs[i+1]
			r.Value = n.Value + strings.TrimPrefix(r.Value, "XXXX") // "BC0044" + "-03-15"
			r.Date = timex.NewDay(1-n.Expr.Year, time.Month(r.Expr.Month), r.Expr.Day)
			if r.Mod == "APPROX" {
				r.Date = r.Date.WithQualifier(timex.Approximate)
			}
			r.End = n.End
			r.Text = text[r.Start:r.End]
			i++
		}
		out = append(out, r)
	}
	return out
}

// dayOfNoYear: a day and month left without a year ("XXXX-03-15").
func dayOfNoYear(r *anchor.Resolved) bool {
	e := &r.Expr
	return r.Anchor == anchor.None && r.Date.IsZero() && e.Month != 0 && e.Day != 0 && e.Year == 0 &&
		!e.HasClock && e.PartOfDay == ""
}

// yearBC: a year before Christ on its own ("44 B.C.").
func yearBC(r *anchor.Resolved) bool {
	return r.Expr.BC && r.Expr.Month == 0 && !r.Date.IsZero()
}
