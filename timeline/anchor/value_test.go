package anchor

import (
	"testing"

	"github.com/timeline-tool/timeline/timeline/tagger"
)

// TestValueConstructors: each constructor writes the TIMEX3 value and the
// date it names, including forms the corpora rarely reach (ISO weeks by
// number, weeks and quarters before Christ, decades TIMEX3 cannot write).
func TestValueConstructors(t *testing.T) {
	for _, tc := range []struct {
		got        val
		value, day string
	}{
		{dayVal(day(2024, 7, 31), nil), "2024-07-31", "2024-07-31"},
		{dayVal(day(2024, 7, 31), &tagger.Expr{HasClock: true, Hour: 2, Minute: 5}), "2024-07-31T02:05", "2024-07-31T02:05"},
		{dayVal(day(2024, 7, 31), &tagger.Expr{HasClock: true, Hour: 2, UTC: true}), "2024-07-31T02:00Z", "2024-07-31"},
		{dayVal(day(2024, 7, 31), &tagger.Expr{PartOfDay: "EV"}), "2024-07-31TEV", "2024-07-31"},
		{dayVal(day(-43, 3, 15), nil), "BC0044-03-15", "-0043-03-15"},
		{weekVal(day(2024, 7, 31)), "2024-W31", "2024-07-29/2024-08-04"},
		{weekVal(day(2021, 1, 2)), "2020-W53", "2020-12-28/2021-01-03"},
		{weekVal(day(-43, 3, 15)), "BC0044-W11", "-0043-03-11/-0043-03-17"},
		{weekendVal(day(2024, 7, 31)), "2024-W31-WE", "2024-08-03/2024-08-04"},
		{isoWeekVal(2024, 31), "2024-W31", "2024-07-29/2024-08-04"},
		{isoWeekVal(2025, 1), "2025-W01", "2024-12-30/2025-01-05"},
		{isoWeekVal(2024, 54), "2024-W54", ""},
		{monthVal(2024, 7), "2024-07", "2024-07"},
		{monthVal(0, 7), "BC0001-07", "0000-07"},
		{seasonVal(2023, "WI"), "2023-WI", "2023-WI"},
		{seasonVal(-43, "SU"), "BC0044-SU", "-0043-SU"},
		{quarterVal(2013, 1), "2013-Q1", "2013-01/2013-03"},
		{quarterVal(-43, 4), "BC0044-Q4", "-0043-10/-0043-12"},
		{halfVal(2013, 2), "2013-H2", "2013-07/2013-12"},
		{yearVal(-43), "BC0044", "-0043"},
		{yearVal(10000), "10000", ""},
		{decadeVal(196), "196", "196X"},
		{decadeVal(-4), "0-4", ""}, // "this decade" in 43 BC: TIMEX3 has no such decade
		{centuryVal(19), "19", "19XX"},
		{centuryVal(0), "00", "00XX"},
		{noDate("XXXX-WXX-5"), "XXXX-WXX-5", ""},
	} {
		if tc.got.s != tc.value || tc.got.d.String() != tc.day {
			t.Errorf("got %s dated %q, want %s dated %q", tc.got.s, tc.got.d, tc.value, tc.day)
		}
	}
}
