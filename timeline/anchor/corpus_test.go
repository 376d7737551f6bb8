package anchor_test

import (
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

// The reference date of the corpus, as in Duckling: Tuesday 12 February
// 2013, news mode.
var ref = anchor.Reference{DCT: anchor.Date{Year: 2013, Month: 2, Day: 12}, Mode: anchor.News}

// corpus: one value, then the phrasings that must produce exactly it. Each
// phrasing is a whole sentence with the expression in [brackets].
var corpus = []struct {
	typ, value string
	texts      []string
}{
	{"DATE", "2024-07-31", []string{"The deal was signed on [July 31, 2024] in Doha.", "It happened on [31 July 2024].", "Filed [2024-07-31].", "Filed [07/31/2024].", "On [Wednesday, July 31, 2024], talks resumed.", "Stamped [31/07/2024]."}},
	{"DATE", "2024-08-12", []string{"Published [Aug. 12, 2024].", "Published [Aug 12, 2024] online.", "Published [August 12th, 2024]."}},
	{"DATE", "2024-08-01", []string{"The ruling came [Aug.1, 2024], after a delay."}},
	{"DATE", "2024-07", []string{"Sales in [July 2024] rose.", "Sales in [July of 2024] rose."}},
	{"DATE", "196", []string{"The firm was founded in [the 1960s].", "Music of [the 1960's] returned.", "A [1960s] song."}},
	{"DATE", "2009", []string{"Protests broke out in [2009] after the vote.", "The [2009] post-election protests spread."}},
	{"DATE", "2020", []string{"Elections were held in [2020].", "Growth slowed in [fiscal 2020]."}},
	{"DATE", "18", []string{"Letters from [the 19th century] survive.", "A [nineteenth-century] house.", "The town grew in [the 1800s]."}},
	{"DATE", "200", []string{"Prices rose in [the 2000s]."}},
	{"DATE", "1480", []string{"The navigator was born [c. 1480] near Porto.", "The map was drawn [ca. 1480].", "The chapel was rebuilt [circa 1480]."}},
	{"DATE", "BC0287", []string{"The temple dates from [c. 287 BC]."}},
	{"DATE", "2024-SU", []string{"They met in [the summer of 2024].", "Prices rose in [summer 2024]."}},
	{"DATE", "2012-Q3", []string{"Profit fell from [the year-ago third quarter].", "Sales beat [the year-earlier third quarter]."}},
	{"DATE", "2024-H2", []string{"Sales rose in [the second half of 2024].", "Sales rose in [the last half of 2024].", "Sales rose in [the latter half of 2024]."}},
	{"DATE", "2024-W13", []string{"Sales rebounded in [the last week of March 2024].", "Sales rebounded in [the week of March 28, 2024]."}},
	{"DATE", "2013-W01", []string{"Sales rebounded in [the first week of January]."}},
	{"DATE", "2024-Q3", []string{"Revenue grew in [Q3 2024].", "Revenue grew in [the third quarter of 2024]."}},
	{"DATE", "BC0044", []string{"Caesar died in [44 BC].", "Caesar died in [44 B.C.]"}},
	{"DATE", "BC0044-03-15", []string{"Caesar died on [March 15, 44 BC].", "Caesar died on [15 March 44 BC].", "Caesar died on [March 15, 44 B.C.]", "Caesar died on [the 15th of March 44 BC].", "Caesar died on [the 15 March, 44 BCE]."}},
	{"DATE", "196", []string{"Rents soared in [the '60s].", "Music of [the sixties] returned.", "Rents soared in [the 60s]."}},
	{"DATE", "201", []string{"Rents soared in [the '10s]."}},
	{"DATE", "2013-02-11", []string{"The minister resigned [yesterday].", "The minister resigned on [Monday]."}},
	{"DATE", "2013-02-12", []string{"Talks resume [today].", "Talks resumed on [Tuesday]."}},
	{"DATE", "2013-02-13", []string{"Talks resume [tomorrow].", "Talks will resume on [Wednesday].", "The exchange stays shut until [Wednesday].", "The envoy said he would fly to Cairo on [Wednesday].", "On [Wednesday], the union plans to hold a rally.", "On [Wednesday] the union's full board of directors will vote on the bid."}},
	{"DATE", "2013-02-18", []string{"He and the opposition leader meet separately [Monday] with the envoy.", "The trial opens [Monday] in Leeds."}},
	{"DATE", "2013-02-15", []string{"Forecasters expect the gale to weaken into a squall as it drifts over Wales and Devon on [Friday].", "Fans expect the club to name a new coach on [Friday].", "The two sides will meet for a third time in the cup on [Friday]."}},
	{"DATE", "2013-H2", []string{"Sales should pick up in [the second half of the year]."}},
	{"DATE", "2013-02-08", []string{"The vote was held [last Friday].", "The vote was held on [Friday].", "The offer had been scheduled to lapse on [Friday].", "Until [Friday], nobody had asked him.", "Lawyers will appeal [Friday]'s ruling.", "On [Friday], when the envoy set aside her plans, the ban was lifted."}},
	{"DATE", "2013-W06", []string{"The general chose the date [a week or so ago].", "[Last week], the regulator opened an inquiry.", "The inquiry opened [last week]."}},
	{"DATE", "2013-W07", []string{"Talks continue [this week]."}},
	{"DATE", "2013-01", []string{"Prices fell [last month]."}},
	{"DATE", "2013", []string{"Profit rose [this year].", "Profit rose [earlier this year]."}},
	{"DATE", "2012", []string{"Profit rose [last year].", "Profit rose [a year ago]."}},
	{"DATE", "2011", []string{"The mine closed [two years ago]."}},
	{"DATE", "2013-02-03", []string{"The strike began [nine days ago]."}},
	{"DATE", "2012-11", []string{"The law passed in [November]."}},
	{"DATE", "PRESENT_REF", []string{"Investors are [now] waiting.", "It is [currently] closed.", "The [current] slump in London worried traders.", "He will travel with his [current] wife.", "Prices reflect [current] market conditions."}},
	{"DATE", "PAST_REF", []string{"The plant [recently] reopened.", "It was different in [the past].", "The offer followed the [recent] sale of the unit.", "Investors fretted about [recent] declines in prices.", "Holders may buy shares at the [then current] price."}},
	{"DATE", "FUTURE_REF", []string{"Prices may rise in [the future].", "Prices may rise in [the near future]."}},
	{"DURATION", "P3Y", []string{"The project took [three years].", "The project took [3 years]."}},
	{"DURATION", "P2W", []string{"The strike lasted [two weeks]."}},
	{"DURATION", "P10Y", []string{"It took [a decade]."}},
	{"DURATION", "PXY", []string{"For [years], nobody came.", "It lasted [several years]."}},
	{"DURATION", "P9M", []string{"Profit rose in [the first nine months]."}},
	{"DURATION", "P3Q", []string{"Sales fell over [the next three quarters].", "Sales fell for [three consecutive quarters]."}},
	{"DURATION", "PXQ", []string{"Sales fell for [several quarters]."}},
	{"DURATION", "P2Y6M", []string{"The war lasted [2 1/2 years].", "The war lasted [two and a half years].", "It took [2.5 years]."}},
	{"DURATION", "PT5H30M", []string{"The flight took [5 1/2 hours]."}},
	{"DURATION", "P2Y", []string{"It lasted [a couple of years].", "It lasted [two years]."}},
	{"DURATION", "PXY", []string{"Prices rose in [recent years].", "The crew grew close over [the years].", "Styles changed through [the years]."}},
	{"SET", "XXXX-WXX-2TNI", []string{"Flights leave on [Tuesday nights]."}},
	{"SET", "XXXX-07", []string{"The fair is held [each July]."}},
	{"SET", "XXXX-WXX-WE", []string{"He returns [every weekend]."}},
	{"DURATION", "P10Y", []string{"It could save $2 billion over [the next decade].", "Prices doubled over [the past decade]."}},
	{"TIME", "2013-02-12T12:00", []string{"The talks resumed at [midday]."}},
	{"SET", "XXXX-WXX-1", []string{"The board meets [every Monday].", "Shops close on [Mondays]."}},
	{"SET", "P1Y", []string{"The fee is paid [annually].", "They meet [every year]."}},
	{"SET", "P1D", []string{"Auditors report [daily].", "Crowds gather [daily] outside the embassy.", "The ferry sails [daily] to the island.", "The agency gives the [daily] tally of arrests."}},
	{"TIME", "2013-02-12T02:00", []string{"The blast came at [2 a.m. local time].", "The blast came at [2 a.m.]"}},
	{"TIME", "2013-02-12T14:30", []string{"The blast came at [2:30 p.m. local time].", "The blast came at [14:30]."}},
	{"TIME", "2013-02-12TMO", []string{"The minister spoke [this morning]."}},
	{"TIME", "2013-02-12TAF", []string{"The vote comes [later this afternoon].", "The minister spoke [earlier this afternoon]."}},
	{"TIME", "2013-02-11TNI", []string{"The fire started [last night]."}},
	{"TIME", "2013-02-11TAF", []string{"Trading stopped at [mid-afternoon yesterday].", "Trading stopped [yesterday afternoon]."}},
	{"DATE", "2012-11-22", []string{"Shops opened on [Thanksgiving Day]."}},
	{"DATE", "2012-12-25", []string{"Shops closed on [Christmas]."}},
	{"DATE", "2012-12-25", []string{"Shops closed on [Christmas Day]."}},
	{"DATE", "2012-04-09", []string{"The derby was played on [Easter Monday]."}},
	{"DATE", "2012-04-06", []string{"The banks closed on [Good Friday]."}},
	{"DATE", "2013-01-01", []string{"The new law took effect on [New Year's Day]."}},
}

func TestCorpus(t *testing.T) {
	for _, c := range corpus {
		for _, text := range c.texts {
			i, j := strings.IndexByte(text, '['), strings.IndexByte(text, ']')
			src := text[:i] + text[i+1:j] + text[j+1:]
			want := text[i+1 : j]
			rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
			if len(rs) != 1 {
				t.Errorf("%q: got %d expressions %v, want 1 (%q)", src, len(rs), texts(rs), want)
				continue
			}
			r := rs[0]
			if r.Text != want || r.Start != i || r.Value != c.value || r.Type.String() != c.typ {
				t.Errorf("%q: got %q at %d %s %s (rule %s), want %q at %d %s %s", src, r.Text, r.Start, r.Type, r.Value, r.Rule, want, i, c.typ, c.value)
			}
		}
	}
}

// negatives must produce no expression at all.
var negatives = []string{
	"The army sent 2,000 troops to the border.",
	"The painting sold for $2009 at auction.",
	"Meet me in Room 1960 after lunch.",
	"See page 31 of the report.",
	"A Boeing 747 landed in the rain.",
	"United won 3-2 at home.",
	"The climbers reached 2,400 meters.",
	"The tower is 1960 meters tall.",
	"Prime Minister Theresa May said the talks would go on.",
	"Shares may fall further, analysts said.",
	"The crowd began to march toward the square.",
	"Sales grew 2.5% to 1,998 units.",
	"Shares rose to $1.45 from $1.37.",
	"Call 555-2009 for details.",
	"The 6-year-old boy was found safe.",
	"Sun Microsystems and Intel shares fell.",
	"They march through the streets.",
	"Version 2.0 ships with 2048 MB of memory.",
	"The conservative daily Kayhan Varzesh called the deal a betrayal.",
	"In an editorial, the state-run daily said the talks had failed.",
	"The interview ran in the Party daily, which is read by officials.",
	"A report in the business weekly Wirtschaftsblatt named the buyer.",
	"The firm will shut 412, or about a quarter, of its stores.",
	"Funds hold more than a quarter of the market.",
	"The suspect, a man in his 30s, fled on foot.",
	"She moved to Paris in her late twenties.",
	"Talks on the future of the mine broke down.",
	"The striker scored early in the second half and the visitors never recovered.",
	"The second half of the film drags.",
	"The current account deficit widened.",
	"A strong current swept the swimmers out to sea.",
	"The firm cut its current liabilities by half.",
	"Its most recent phone sold well.",
	"The news was recent.",
}

func TestNegativeCorpus(t *testing.T) {
	for _, src := range negatives {
		if ms := tagger.Tag([]byte(src)); len(ms) != 0 {
			var got []string
			for _, m := range ms {
				got = append(got, m.Text+" ("+m.Rule+")")
			}
			t.Errorf("%q: want nothing, got %v", src, got)
		}
	}
}

func texts(rs []anchor.Resolved) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Text+"="+r.Value)
	}
	return out
}

func TestNarrativeAndNoReference(t *testing.T) {
	src := []byte("The valley was quiet for a long while, and nobody wrote about it at all. The fort was built in 1851. Two years later it burned, and the following day the garrison left. On Friday a storm came.")
	rs := anchor.Resolve(tagger.Tag(src), anchor.Reference{})
	want := []string{"1851=1851", "Two years later=1853", "the following day=XXXX-XX-XX", "Friday=XXXX-WXX-5"}
	if got := texts(rs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("no DCT: got %v, want %v", got, want)
	}
	src = []byte("Nothing happened yesterday, or last week.")
	for _, r := range anchor.Resolve(tagger.Tag(src), anchor.Reference{}) {
		if r.Anchor != anchor.None || !strings.HasPrefix(r.Value, "XXXX") {
			t.Errorf("%q without any reference: got %s anchored to %s, want XXXX... and none", r.Text, r.Value, r.Anchor)
		}
	}
	src = []byte("On July 31, 2024, the board met. The following day, shares fell.")
	rs = anchor.Resolve(tagger.Tag(src), ref)
	if len(rs) != 2 || rs[1].Value != "2024-08-01" || rs[1].Anchor != anchor.Previous {
		t.Errorf("anaphora in news mode: got %+v", rs)
	}
}

// Years before Christ are counted across: 486 BC + 6 years is 480 BC, and
// "that September" is the September of the year just named; "that July"
// after "in 2009" is July 2009, not the document's July.
func TestAnaphoraKeepsTheEraAndTheYear(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"The revolt broke out in 486 BC. Six years later the king crossed the strait. That September his fleet was sunk.",
			"486 BC=BC0486|Six years later=BC0480|That September=BC0480-09"},
		{"The colony was founded in 12 BC and abandoned twenty years later.", "12 BC=BC0012|twenty years later=0009"},
		{"She turned professional in 2009 and won her first title that July.", "2009=2009|that July=2009-07"},
		{"The club moved grounds in 1998, and the same March it lost its manager.", "1998=1998|the same March=1998-03"},
	} {
		for _, ref := range []anchor.Reference{ref, {}} {
			rs := anchor.Resolve(tagger.Tag([]byte(tc.src)), ref)
			if got := strings.Join(texts(rs), "|"); got != tc.want {
				t.Errorf("%q (DCT %v):\n got %s\nwant %s", tc.src, ref.DCT, got, tc.want)
			}
		}
	}
	// After a verb of saying, "that" opens a clause: the month is not anaphoric.
	rs := anchor.Resolve(tagger.Tag([]byte("In 2009 the bank said that November had been its best month.")), ref)
	if len(rs) != 2 || rs[1].Text != "November" {
		t.Errorf("said that November: got %v, want the month alone", texts(rs))
	}
}

// "the full year" is the year just spoken of, whatever the document date.
func TestWholeYearIsTheYearSpokenOf(t *testing.T) {
	for _, src := range []string{
		"The firm lost $2 billion in the fourth quarter of 2011 and $5 billion for the full year.",
		"Sales fell 3% in 2011, and 9% over the entire year at the Ohio plant.",
	} {
		rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
		if len(rs) != 2 || rs[1].Value != "2011" || rs[1].Type.String() != "DATE" || rs[1].Anchor != anchor.Previous {
			t.Errorf("%q: got %v, want the second expression DATE 2011 from the previous date", src, texts(rs))
		}
	}
	// A target ahead of the document is not the year reported on.
	rs := anchor.Resolve(tagger.Tag([]byte("By 2015 it aims to double sales; it forecast a rise for the full year.")), ref)
	if len(rs) != 2 || rs[1].Value != "2013" || rs[1].Anchor != anchor.DCT {
		t.Errorf("after a target year: got %v, want the full year=2013 from the DCT", texts(rs))
	}
	rs = anchor.Resolve(tagger.Tag([]byte("The strike lasted a full year.")), ref)
	if len(rs) != 1 || rs[0].Value != "P1Y" {
		t.Errorf("a full year: got %v, want P1Y", texts(rs))
	}
}

// Market reports speak of "the week" of the day they report on.
func TestTheWeekOfTheReport(t *testing.T) {
	for _, src := range []string{
		"The index closed at 412 on Friday. For the week, it fell 3%.",
		"Volume rose on Friday, the week's busiest session.",
	} {
		rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
		if len(rs) != 2 || rs[1].Text != "the week" || rs[1].Value != "2013-W06" || rs[1].Anchor != anchor.Previous {
			t.Errorf("%q: got %v, want the week=2013-W06 from Friday", src, texts(rs))
		}
	}
}

// "the previous Friday" counts from the date just spoken of.
func TestPreviousWeekday(t *testing.T) {
	src := "Shares fell on Monday, Feb. 4, after a rally the previous Friday, and rose the following Tuesday."
	rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
	want := []string{"Monday, Feb. 4=2013-02-04", "the previous Friday=2013-02-01", "the following Tuesday=2013-02-05"}
	if got := texts(rs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// "the day" is the last day spoken of, even after a month or a year.
func TestTheDayIsTheLastDay(t *testing.T) {
	src := "Stocks rose on Friday, though the economy lost jobs in January, the most since 1983. The index ended the day at 8,017."
	rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
	if n := len(rs); n == 0 || rs[n-1].Text != "the day" || rs[n-1].Value != "2013-02-08" {
		t.Errorf("got %v, want the day=2013-02-08 (Friday)", texts(rs))
	}
}

func TestDecide(t *testing.T) {
	hist := tagger.Tag([]byte("Born in 1802, he moved in 1830 and died in 1871. In 1840 he married."))
	if m := anchor.Decide(hist, anchor.Date{Year: 2024, Month: 1, Day: 1}); m != anchor.Narrative {
		t.Errorf("a history: got %v, want narrative", m)
	}
	news := tagger.Tag([]byte("The minister said on Tuesday that the 1990 law would change in 2024."))
	if m := anchor.Decide(news, anchor.Date{Year: 2024, Month: 1, Day: 1}); m != anchor.News {
		t.Errorf("a news story: got %v, want news", m)
	}
	if m := anchor.Decide(news, anchor.Date{}); m != anchor.Narrative {
		t.Errorf("no DCT: got %v, want narrative", m)
	}
}

func TestDateline(t *testing.T) {
	src := []byte("Car sales fall sharply\nMarch 4, 2010\nSales fell 30% in February, and rose last week.\n")
	rs := anchor.Resolve(tagger.Tag(src), anchor.Reference{})
	want := []string{"March 4, 2010=2010-03-04", "February=2010-02", "last week=2010-W08"}
	if got := texts(rs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v, want %v", got, want)
	}
	if rs[1].Anchor != anchor.DCT {
		t.Errorf("February: anchor %v, want the dateline as DCT", rs[1].Anchor)
	}
}

// A quarterly report is about the first quarter it names: later "the
// quarter", "the year-ago period" and "the 2012 period" are that quarter
// (of the year they state), not a quarter mentioned in passing, nor a
// forecast's; after "the first nine months", "the 2011 period" is a year.
func TestTheReportsQuarter(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"The mill posted a gain in fourth-quarter profit. After a flat third quarter, prices rose. Charges in the year-earlier period hurt. In the 2012 period, taxes fell.",
			"fourth-quarter=2012-Q4|third quarter=2012-Q3|the year-earlier period=2011-Q4|the 2012 period=2012-Q4"},
		{"The grocer earned $3 million in the fourth quarter. Analysts expect losses through the third quarter of 2014. In the year-ago period, it earned $5 million.",
			"the fourth quarter=2012-Q4|the third quarter of 2014=2014-Q3|the year-ago period=2011-Q4"},
		{"The chain earned $9 million in its third quarter, against $7 million in the 2011 quarter. In the first nine months, it earned $20 million, against $18 million in the 2011 period.",
			"third quarter=2012-Q3|the 2011 quarter=2011-Q3|the first nine months=P9M|the 2011 period=2011"},
		// A comparison with "a year earlier" is about the span just named:
		// the quarter, or the nine months (a year, not a quarter).
		{"Net rose in the third quarter from $2 million a year earlier. For the nine months, net was $9 million, up from $7 million a year earlier. In the quarter, sales rose.",
			"the third quarter=2012-Q3|a year earlier=2011-Q3|the nine months=P9M|a year earlier=2011|the quarter=2012-Q3"},
		{"Net rose in the third quarter. On Friday, the chain said that through the first nine months it earned $9 million, against $7 million a year earlier.",
			"the third quarter=2012-Q3|Friday=2013-02-08|the first nine months=P9M|a year earlier=2012"},
	} {
		rs := anchor.Resolve(tagger.Tag([]byte(tc.src)), ref)
		if got := strings.Join(texts(rs), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// A decade written without its century is one that has begun by the
// document date: in 2024 "the '60s" are the 1960s (nearer would be the
// 2060s), "the '20s" the current decade.
func TestShortDecadeLooksBack(t *testing.T) {
	ref := anchor.Reference{DCT: anchor.Date{Year: 2024, Month: 8, Day: 12}, Mode: anchor.News}
	for src, want := range map[string]string{
		"Rents soared in the '60s.": "196",
		"Rents soared in the '20s.": "202",
		"Rents soared in the '30s.": "193",
		"Jazz of the twenties.":     "202",
		"Jazz of the seventies.":    "197",
	} {
		rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
		if len(rs) != 1 || rs[0].Value != want {
			t.Errorf("%q: got %v, want one value %s", src, rs, want)
		}
	}
}

// "October of next year" is two expressions, as TimeML writes it, and the
// month is the one of that year.
func TestMonthOfRelativeYear(t *testing.T) {
	for src, want := range map[string]string{
		"Contracts lapse after October of next year.": "October=2014-10|next year=2014",
		"Sales fell in June of last year.":            "June=2012-06|last year=2012",
		"Sales rose in March of this year.":           "March=2013-03|this year=2013",
		"Sales fell in June of that year.":            "June=2012-06|that year=2012", // anaphoric: no year to take here
	} {
		rs := anchor.Resolve(tagger.Tag([]byte(src)), ref)
		if got := strings.Join(texts(rs), "|"); got != want {
			t.Errorf("%q: got %s, want %s", src, got, want)
		}
	}
}
