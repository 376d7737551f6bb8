package tagger

import "testing"

func TestRefiners(t *testing.T) {
	for _, tc := range []struct {
		src, text, mod string
		typ            Type
	}{
		{"sales in early 2020 were", "early 2020", "START", Date},
		{"by late 2019 the", "late 2019", "END", Date},
		{"since mid-July we", "mid-July", "MID", Date},
		{"in the early 1990s profits", "the early 1990s", "START", Date},
		{"at the end of 1990 the", "the end of 1990", "END", Date},
		{"founded around 1965 by", "around 1965", "APPROX", Date},
		{"built c. 287 BC and", "c. 287 BC", "APPROX", Date},
		{"the post-1959 exodus", "post-1959", "AFTER", Date},
		{"lasted more than four hours", "more than four hours", "MORE_THAN", Duration},
		{"for at least 30 days", "at least 30 days", "EQUAL_OR_MORE", Duration},
		{"up to 180 days in jail", "up to 180 days", "EQUAL_OR_LESS", Duration},
		{"in less than an hour", "less than an hour", "LESS_THAN", Duration},
		{"expected early next year", "early next year", "START", Date},
		{"a vote Wednesday at 10 a.m. in", "Wednesday at 10 a.m.", "", Time},
		{"closed at 4:15 p.m. on July 31 after", "4:15 p.m. on July 31", "", Time},
	} {
		ms := Tag([]byte(tc.src))
		if len(ms) != 1 {
			t.Errorf("%q: got %d mentions %+v, want 1", tc.src, len(ms), ms)
			continue
		}
		if m := ms[0]; m.Text != tc.text || m.Expr.Mod != tc.mod || m.Type != tc.typ {
			t.Errorf("%q: got %q mod %q type %v, want %q mod %q type %v", tc.src, m.Text, m.Expr.Mod, m.Type, tc.text, tc.mod, tc.typ)
		}
	}
}

func TestTense(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want Tense
	}{
		{"The board will vote on Friday.", Future},
		{"The board said on Friday that it agreed.", Past},
		{"Friday was cold.", Unknown}, // after the mention only look-ahead words count
		{"They said on Friday that it agreed.", Past},
		{"The vote on Friday.", Unknown},
	} {
		ms := Tag([]byte(tc.src))
		if len(ms) != 1 || ms[0].Tense != tc.want {
			t.Errorf("%q: got %+v, want one mention with tense %v", tc.src, ms, tc.want)
		}
	}
}

func TestDayFirstPolicy(t *testing.T) {
	src := []byte("Signed 04/07/2024 and filed 25/12/2024.")
	for _, tc := range []struct {
		opts       Options
		month, day int
	}{{Options{}, 4, 7}, {Options{DayFirst: true}, 7, 4}} {
		ms := New(tc.opts).Tag(src)
		if len(ms) != 2 || ms[0].Expr.Month != tc.month || ms[0].Expr.Day != tc.day || ms[1].Expr.Month != 12 || ms[1].Expr.Day != 25 {
			t.Errorf("%+v: got %+v", tc.opts, ms)
		}
	}
}
