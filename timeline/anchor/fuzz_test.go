package anchor_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

// timex3Value is the shape of every value Resolve may give: a date or
// time (possibly with X's, BC, a week, a season, a quarter, a half, a part
// of day), a duration, a set's period, or a vague reference.
var timex3Value = regexp.MustCompile(`^(` +
	`(BC)?[0-9X]{1,4}(-([0-9X]{2}|W[0-9X]{1,2}|Q[1-4X]|H[12]|SP|SU|FA|WI)(-([0-9X]{2}|WE|[1-7]))?)?(T([0-9]{2}(:[0-9]{2})?Z?|MO|AF|EV|NI|DT))?` +
	`|P(T?[0-9X.]+[YMWDHSQLCE]|T?[0-9X.]+[YMWDHS]([0-9X.]+[MDHS])*|[0-9X]+WE)+` +
	`|PAST_REF|PRESENT_REF|FUTURE_REF)$`)

var fuzzSeeds = []string{
	"Caesar died on the 15th of March 44 BC; six years later, in 38 BC, the '60s began.",
	"The 9999th day after Dec. 31, 9999 and 99999 BC, a year earlier, the following week.",
	"On Friday night, two years ago, in the quarter ended Sept. 30, 1989, a year earlier.",
	"In 0001 AD, the day before, 3 p.m. on Tuesday, late 1990s, mid-July, Easter 2024.",
	"annually, every Monday, the past three summers, for centuries, since the 1st century",
	"In 38 BC this decade began; last century, next decade, the '60s and last summer followed.",
	"In 44 BC, in '57, last summer, the following week, the next decade, at 16:08 GMT.",
}

// FuzzResolve: whatever the tagger finds in any text resolves, in news
// mode with a document date, in narrative mode and without any date,
// to a well-formed TIMEX3 value and a Date that names the same time,
// without a panic, the same way twice.
func FuzzResolve(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	refs := []anchor.Reference{
		{DCT: anchor.Date{Year: 2024, Month: 8, Day: 12}, Mode: anchor.News},
		{DCT: anchor.Date{Year: 1, Month: 1, Day: 1}, Mode: anchor.Auto},
		{DCT: anchor.Date{Year: 9999, Month: 12, Day: 31}, Mode: anchor.News},
		{Mode: anchor.Narrative},
		{},
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := tagger.Tag([]byte(s))
		for _, ref := range refs {
			rs := anchor.Resolve(ms, ref)
			again := anchor.Resolve(ms, ref)
			if len(rs) != len(ms) || len(again) != len(rs) {
				t.Fatalf("%d mentions gave %d and %d resolutions", len(ms), len(rs), len(again))
			}
			for i := range rs {
				v := rs[i].Value
				if !timex3Value.MatchString(v) && !strings.HasPrefix(v, "XXXX") {
					t.Errorf("ref %+v: %q (%s) resolved to malformed value %q", ref, rs[i].Text, rs[i].Rule, v)
				}
				if msg := agrees(&rs[i]); msg != "" {
					t.Errorf("ref %+v: %q (%s) resolved to %s: %s", ref, rs[i].Text, rs[i].Rule, v, msg)
				}
				if again[i].Value != v || again[i].Date != rs[i].Date {
					t.Fatalf("ref %+v: %q resolved to %q, then %q", ref, rs[i].Text, v, again[i].Value)
				}
			}
		}
	})
}
