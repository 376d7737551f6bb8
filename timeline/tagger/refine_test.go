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
		{"the navigator was born c. 1480 near Porto", "c. 1480", "APPROX", Date},
		{"the map, drawn ca. 1525, shows", "ca. 1525", "APPROX", Date},
		{"the chapel was rebuilt circa 1390 by", "circa 1390", "APPROX", Date},
		{"the post-1959 exodus", "post-1959", "AFTER", Date},
		{"lasted more than four hours", "more than four hours", "MORE_THAN", Duration},
		{"for at least 30 days", "at least 30 days", "EQUAL_OR_MORE", Duration},
		{"up to 180 days in jail", "up to 180 days", "EQUAL_OR_LESS", Duration},
		{"in less than an hour", "less than an hour", "LESS_THAN", Duration},
		{"expected early next year", "early next year", "START", Date},
		{"a vote Wednesday at 10 a.m. in", "Wednesday at 10 a.m.", "", Time},
		{"closed at 4:15 p.m. on July 31 after", "4:15 p.m. on July 31", "", Time},
		{"trading stopped at mid-afternoon yesterday when", "mid-afternoon yesterday", "", Time},
		{"closed over the next two years or so, he said", "the next two years or so", "APPROX", Duration},
		{"Then, a week or so ago, the", "a week or so ago", "APPROX", Date},
		{"after a fall at the start of the day, the", "the start of the day", "START", Date},
		{"More recently, prices", "More recently", "", Date},
		{"rose at the very beginning of the fiscal year", "the very beginning of the fiscal year", "START", Date},
		{"the vote comes later this afternoon in", "later this afternoon", "", Time},
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
		{"The exchange stays closed until Friday.", Future},
		{"Until Friday, nobody had asked him.", Past}, // a sentence opened by "until" looks back
		{"The offer had been scheduled to expire Friday.", Past},
		{"The offer had been due to lapse on Friday.", Past},
		{"Aides said the envoy would fly to Cairo on Thursday.", Future},
		{"Lawyers will try to overturn Wednesday's ruling.", Unknown}, // the ruling is already news
		{"On Tuesday, the union plans to hold a rally.", Future},      // the date opens the sentence: the main verb decides
		{"On Tuesday, the minister said the talks were over.", Past},
		{"On Friday, the council planned to pay the first claims.", Unknown}, // "planned" may be a past verb
		{"On Friday, when the envoy set aside her plans, the ban was lifted.", Unknown},
		{"The airline will almost double its flights between Sydney and Bombay by August.", Future},
		{"The team planned to leave Nairobi on Thursday.", Future},
		{"A memorial service planned for Saturday was canceled.", Unknown},              // a participle, not a plan
		{"The offensive began as previously planned Saturday night.", Past},             // past "began", not "planned"
		{"He and the opposition leader meet separately Monday with the envoy.", Future}, // the news present of a schedule
		{"The trial opens on Tuesday in Leeds.", Future},
		{"Bush let the offensive begin as previously planned Saturday night.", Unknown},                                   // a bare infinitive, far from the date
		{"Its start Monday surprised nobody.", Unknown},                                                                   // a noun
		{"Aides hoped she would bring aid to towns where the August blasts hit hardest.", Unknown},                        // "would" is another clause's
		{"The founder stepped down as chairman in March for health reasons.", Past},                                       // an irregular past form
		{"The dividend would be paid on a date in January to holders.", Future},                                           // "be paid" is a participle
		{"In January, the clinic brought in a new director.", Past},                                                       // a fronted "in" takes the main verb
		{"Forecasters expect the gale to weaken into a squall as it drifts over Wales and Devon on Friday.", Future},      // a strong cue far back
		{"The ferry line will keep its timetable, the port said in a statement issued late on Friday.", Past},             // a comma ends the far search
		{"Exiles will appeal ``by every means they have against the order,'' the ministry predicted on Friday.", Unknown}, // the quote ends the far search
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
