package tagger

// Explicit dates: the text states the day, the month, the year or the
// decade itself; at most the year is left for the anchor to find.
//
// Watch out for: "May" and "March" as words (capitalized only, and a bare
// May needs a preposition before it); numbers that are not years ("2,000
// troops", "$2009", "Room 1960", see rules_negative.go); numeric dates
// whose order is ambiguous (07/04/2024), decided by Options.DayFirst.

var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDay(month, day int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn[month]
}

// strongPreps make the word after them a time: "in fall", "until May".
var strongPreps = wordSet("in", "since", "until", "till", "by", "during", "through", "throughout", "early", "late", "mid",
	"last", "next", "this", "each", "every", "before", "after")

// prepositions after which a bare month or season is a date ("in May").
var datePreps = wordSet("in", "since", "until", "till", "by", "of", "during", "through", "from", "to", "before",
	"after", "between", "last", "next", "this", "early", "late", "mid", "each", "every", "throughout", "that",
	"on", "and", "or", "for", "around", "about", "into", "past", "coming", "end", "beginning", "start", "middle", "as")

func dayDate(m *Match) (Expr, bool) {
	e := Expr{Year: m.Int("year"), Month: m.Int("month"), Day: m.Int("day")}
	if c := m.slot("wd"); c != nil {
		e.Weekday = m.Int("wd")
		// "closed until Friday\nSeptember 18, 2008": a headline's last word
		// and a dateline are two expressions.
		if t := &m.m.toks[c.to]; t.gap == gapLine || t.kind == kPunct && m.m.toks[c.to+1].gap == gapLine {
			return e, false
		}
	}
	if !validDay(e.Month, e.Day) {
		return e, false
	}
	if m.Has("yy") {
		e.ShortYear = m.Int("yy") + 1
	}
	return e, true
}

var dateRules = []Rule{
	{
		Name: "date_month_day_year", Type: Date,
		Pattern:  "[{weekday:wd} ,?] {month} {day} ,? {year}",
		Build:    dayDate,
		Examples: []string{"signed on [July 31, 2024] in Doha", "on [Aug. 12, 2024]", "published [Aug.1, 2024] online", "[Friday, Oct. 5, 1990] was", "[Sept 3rd 1998]"},
	},
	{
		Name: "date_month_day_shortyear", Type: Date,
		Pattern:  "{month} {day} ,? {yy}",
		Build:    dayDate,
		Examples: []string{"on [March 3, '98] at"},
	},
	{
		Name: "date_day_month_year", Type: Date,
		Pattern:  "[{weekday:wd} ,?] [the] {day} [of] {month} ,? {year4:year}",
		Build:    dayDate,
		Examples: []string{"moved on [12 September 2023] to", "on [the 4th of July, 1776]", "[Monday 3 June 2024]"},
	},
	{
		Name: "date_month_day", Type: Date,
		Pattern: "[{weekday:wd} ,?] {month} {day}",
		Build: func(m *Match) (Expr, bool) {
			// "in May 2 people" is rare; "June 30 shares" rarer: the day must not run into a number.
			if t := m.nextToken(); t != nil && t.kind == kNum && t.gap != gapPara {
				return Expr{}, false
			}
			return dayDate(m)
		},
		Examples: []string{"due on [Sept. 2] and", "[Jan. 24] session", "on [Wednesday, March 5], the", "[July 4th] parade"},
	},
	{
		Name: "date_day_month", Type: Date,
		Pattern:  "[{weekday:wd} ,?] [the] {day} [of] {month}",
		Build:    dayDate,
		Examples: []string{"on [31 July] the", "since [the 4th of July] we", "by [1 May] this"},
	},
	{
		Name: "date_iso", Type: Date,
		Pattern:  "{yyyy:year}-{mm:month}-{dd:day}",
		Build:    dayDate,
		Examples: []string{"dated [2024-06-15], also"},
	},
	{
		Name: "date_numeric", Type: Date,
		Pattern: "{n31:a}/{n31:b}/{yyyy:year}",
		Build: func(m *Match) (Expr, bool) {
			return numericDate(m, m.Int("a"), m.Int("b"), m.Int("year"))
		},
		Examples: []string{"filed [07/31/2024] with", "on [31/07/2024]."},
	},
	{
		Name: "date_numeric_short", Type: Date,
		Pattern: "{n31:a}/{n31:b}/{y2:yy}",
		Build: func(m *Match) (Expr, bool) {
			return numericDate(m, m.Int("a"), m.Int("b"), -1-m.Int("yy"))
		},
		Examples: []string{"on [3/4/98] the"},
	},
	{
		Name: "date_numeric_dots", Type: Date,
		Pattern:  "{n31:day}.{n12:month}.{yyyy:year}",
		Build:    dayDate,
		Examples: []string{"am [31.07.2024] in"},
	},
	{
		Name: "date_month_year", Type: Date,
		Pattern:  "{month} [of] ,? {year}",
		Build:    func(m *Match) (Expr, bool) { return Expr{Year: m.Int("year"), Month: m.Int("month")}, true },
		Examples: []string{"joined in [March 2015], she", "in [July of 2024]", "[Dec. 1998] figures"},
	},
	{
		Name: "date_shortyear", Type: Date,
		Pattern: "{yy}",
		Build: func(m *Match) (Expr, bool) {
			// "since '82": only after a preposition.
			return Expr{ShortYear: m.Int("yy") + 1}, m.prevIn(strongPreps) || m.prevIn(datePreps)
		},
		Examples: []string{"lowest since ['82] on"},
	},
	{
		Name: "date_month_shortyear", Type: Date,
		Pattern:  "{month} {yy}",
		Build:    func(m *Match) (Expr, bool) { return Expr{ShortYear: m.Int("yy") + 1, Month: m.Int("month")}, true },
		Examples: []string{"in [June '98] the"},
	},
	{
		Name: "date_month", Type: Date,
		Pattern: "{month}",
		Build: func(m *Match) (Expr, bool) {
			t := &m.m.toks[m.start]
			if _, risky := monthRisky.get(t.id); risky || m.end-m.start > 1 {
				// "May", "March" and bare abbreviations need a preposition: "in May".
				if !m.prevIn(datePreps) {
					return Expr{}, false
				}
			}
			// "August Wilson", "Jan Kavan": a bare month followed by a name is a name.
			if n := m.nextToken(); n != nil && n.kind == kWord && n.upper && n.gap == gapSpace && !m.prevIn(strongPreps) {
				return Expr{}, false
			}
			if _, ab := monthAbbrev.get(t.id); ab && m.end-m.start == 1 && !m.prevIn(strongPreps) {
				return Expr{}, false // "Jan", "Dec" without a period
			}
			e := Expr{Month: m.Int("month")}
			// "after October of next year": the month is that year's; the
			// year stays an expression of its own, as TimeML writes it.
			if m.NextWord() == "of" && m.wordAt(m.after(3)) == "year" {
				if off, anaphoric, ok := offsetOf(m.wordAt(m.after(2))); ok && !anaphoric {
					e.Rel, e.Offset, e.Relative = Year, off, true
				}
			}
			return e, true
		},
		Examples: []string{"due in [September].", "sales in [November] rose", "[December] was", "until [May] when", "leases.\n\nIn [March], the firm",
			"after [October] of next year"},
	},
	{
		Name: "date_year", Type: Date,
		Pattern:  "{year4:year}",
		Build:    bareYear,
		Examples: []string{"listed in [2009] and", "the [2009] post-election protests", "since [1998],", "In [1998] the", "the Russell 2000 Index fell in [2008].", "at WWDC [2005] the", "was born c. [1480] in", "published ca. [1525], it"},
	},
	{
		Name: "date_year_bc", Type: Date,
		Pattern:  "{num:year} bc|bce",
		Build:    yearBC,
		Examples: []string{"in [44 BC] Caesar", "c. [287 BCE] the"},
	},
	{
		Name: "date_day_month_year_bc", Type: Date,
		Pattern:  "[the] {day} [of] {month} ,? {num:year} bc|bce",
		Build:    dayBC,
		Examples: []string{"killed on [15 March 44 BC] in", "died on [the 15th of March 44 BC].", "on [the 15 March, 44 BCE] the"},
	},
	{
		Name: "date_month_day_year_bc", Type: Date,
		Pattern:  "{month} {day} ,? {num:year} bc|bce",
		Build:    dayBC,
		Examples: []string{"assassinated on [March 15, 44 BC]. The", "by [Aug. 2, 216 BCE] the"},
	},
	{
		Name: "date_month_day_year_bc_dots", Type: Date,
		Pattern:  "{month} {day} ,? {num:year} b.c.[e.]",
		Build:    dayBC,
		Examples: []string{"assassinated on [March 15, 44 B.C.] in"},
	},
	{
		Name: "date_day_month_year_bc_dots", Type: Date,
		Pattern:  "[the] {day} [of] {month} ,? {num:year} b.c.[e.]",
		Build:    dayBC,
		Examples: []string{"killed on [15 March 44 B.C.] in", "on [the 15th of March, 44 B.C.E.], Caesar"},
	},
	{
		Name: "date_year_bc_dots", Type: Date,
		Pattern:  "{num:year} b.c.[e.]",
		Build:    yearBC,
		Examples: []string{"about [287 B.C.] the"},
	},
	{
		Name: "date_year_ad", Type: Date,
		Pattern:  "ad {num:year}",
		Build:    yearAD,
		Examples: []string{"in [AD 79] the"},
	},
	{
		Name: "date_year_ad_dots", Type: Date,
		Pattern:  "a.d.? {num:year}",
		Build:    yearAD,
		Examples: []string{"in [A.D. 79] the"},
	},
	{
		Name: "date_year_ce", Type: Date,
		Pattern:  "{num:year} ad|ce",
		Build:    yearAD,
		Examples: []string{"in [79 AD] Vesuvius", "by [800 CE] the"},
	},
	{
		Name: "date_decade", Type: Date,
		Pattern: "[the] {decade}",
		Build: func(m *Match) (Expr, bool) {
			d := m.Int("decade")
			if d%10 == 0 && d < 200 {
				// "the 1800s" is the nineteenth century; "the 2000s" stays a decade.
				return Expr{Century: d / 10}, true
			}
			return Expr{Decade: d}, true
		},
		Examples: []string{"founded in [the 1960s], listed", "[1990's] boom", "a [1980s] hit", "in [the 1800s] the"},
	},
	{
		Name: "date_decade_short", Type: Date,
		Pattern:  "[the] {sdecade}",
		Build:    func(m *Match) (Expr, bool) { return Expr{DecadeOnly: m.Int("sdecade") + 1}, true },
		Examples: []string{"music of [the '60s] and", "in [the sixties]"},
	},
	{
		Name: "date_century", Type: Date,
		Pattern: "[the] {ordinal:n} -? century",
		Build: func(m *Match) (Expr, bool) {
			n := m.Int("n")
			return Expr{Century: n - 1}, n >= 1 && n <= 21
		},
		Examples: []string{"archives from [the 19th century].", "a [nineteenth-century] house", "[the twenty-first century]"},
	},
	{
		Name: "date_season_year", Type: Date,
		Pattern: "[the] {season} [of] {year}",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Year: m.Int("year"), Season: seasonCodes[m.Int("season")]}, true
		},
		Examples: []string{"In [the summer of 2022] the", "[spring 1998] sales", "in [the winter of nineteen ninety-four]."},
	},
	{
		Name: "date_season_rel", Type: Date,
		Pattern: "[the] dir=this|last|next|past|coming|following|previous|the {season}",
		Build: func(m *Match) (Expr, bool) {
			e := Expr{Season: seasonCodes[m.Int("season")], Rel: Season, Relative: true}
			switch m.Word("dir") {
			case "last", "past":
				e.Offset = -1
			case "next", "coming":
				e.Offset = 1
			case "following":
				e.Offset, e.Anaphoric = 1, true
			case "previous":
				e.Offset, e.Anaphoric = -1, true
			case "the":
				e.Dir = 0
				e.Relative = false
			}
			return e, true
		},
		Examples: []string{"hired [this summer] and", "[last fall] the", "in [the spring] we", "[the following spring] it"},
	},
	{
		Name: "date_season", Type: Date,
		Pattern: "{season}",
		Build: func(m *Match) (Expr, bool) {
			// "to fall apart", "spring up": only after a preposition of time.
			if !m.prevIn(strongPreps) || m.NextWord() == "of" {
				return Expr{}, false
			}
			return Expr{Season: seasonCodes[m.Int("season")]}, true
		},
		Examples: []string{"until [spring], when"},
	},
	{
		Name: "date_quarter", Type: Date,
		Pattern: "[the] [fiscal|calendar] {ordinal:q} [fiscal|calendar] quarter|qtr [[of|in] [fiscal|calendar] {year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			return Expr{Quarter: q, Year: m.Int("year")}, q >= 1 && q <= 4
		},
		Examples: []string{"rose in [the second quarter].", "[the fiscal first quarter]", "[the third quarter of 1989]"},
	},
	{
		Name: "date_year_quarter", Type: Date,
		Pattern: "[the] {year4:year} [fiscal] {ordinal:q} [fiscal] -? quarter",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			return Expr{Quarter: q, Year: m.Int("year")}, q >= 1 && q <= 4
		},
		Examples: []string{"in [the 1988 third quarter], the"},
	},
	{
		Name: "date_quarter_of_rel_year", Type: Date,
		Pattern: "[the] {ordinal:q} [fiscal] quarter of|in dir=this|last|next|the|that [fiscal] year",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			off, ana, _ := offsetOf(m.Word("dir"))
			if w := m.Word("dir"); w == "the" || w == "that" {
				off, ana = 0, true
			}
			return Expr{Quarter: q, Rel: Year, Offset: off, Relative: true, Anaphoric: ana}, q >= 1 && q <= 4
		},
		Examples: []string{"in [the third quarter of this year] the", "[the first quarter of last year]"},
	},
	{
		Name: "date_final_quarter", Type: Date,
		Pattern:  "the final|closing|fourth [fiscal] quarter [[of|in] {year4:year}]",
		Build:    func(m *Match) (Expr, bool) { return Expr{Quarter: 4, Year: m.Int("year")}, true },
		Examples: []string{"in [the final quarter of 2009] the"},
	},
	{
		// The adjective leaves its article out: "the [third-quarter] loss".
		Name: "date_quarter_adj", Type: Date,
		Pattern: "[fiscal] {ordinal:q}-quarter",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			return Expr{Quarter: q}, q >= 1 && q <= 4
		},
		Examples: []string{"the [third-quarter] profit", "its [fiscal second-quarter] results"},
	},
	{
		Name: "date_quarter_rel_year", Type: Date,
		Pattern: "[the] dir=this|last|next year 's {ordinal:q} [fiscal] -? quarter",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			off, _, _ := offsetOf(m.Word("dir"))
			return Expr{Quarter: q, Rel: Year, Offset: off, Relative: true}, q >= 1 && q <= 4
		},
		Examples: []string{"sales for [this year's third quarter] were"},
	},
	{
		Name: "date_month_rel_year", Type: Date,
		Pattern: "{month} [{day}] dir=this|last|next year",
		Build: func(m *Match) (Expr, bool) {
			off, _, _ := offsetOf(m.Word("dir"))
			e := Expr{Month: m.Int("month"), Day: m.Int("day"), Rel: Year, Offset: off, Relative: true}
			return e, e.Day == 0 || validDay(e.Month, e.Day)
		},
		Examples: []string{"in [June last year] the", "[January this year]"},
	},
	{
		Name: "date_the_year_period", Type: Date,
		Pattern: "the {year4:year} unit=period|quarter|season",
		Build: func(m *Match) (Expr, bool) {
			// The quarter or period is the one the report is about: the
			// anchor takes its number from the report's quarter, and keeps
			// the year alone after "the first nine months".
			return Expr{Year: m.Int("year"), PeriodOf: m.Word("unit") != "season"}, true
		},
		Examples: []string{"from [the 1988 period] the", "revenue in [the 1988 quarter]."},
	},
	{
		Name: "date_quarter_q", Type: Date,
		Pattern: "q{n12:q} [{year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			return Expr{Quarter: q, Year: m.Int("year")}, q >= 1 && q <= 4 && m.m.toks[m.start].upper
		},
		Examples: []string{"in [Q3 2024] the"},
	},
	{
		Name: "date_quarter_year_first", Type: Date,
		Pattern: "{year4:year} q{n12:q}",
		Build: func(m *Match) (Expr, bool) {
			q := m.Int("q")
			return Expr{Quarter: q, Year: m.Int("year")}, q >= 1 && q <= 4
		},
		Examples: []string{"the [2024 Q3] figures"},
	},
	{
		Name: "date_half", Type: Date,
		Pattern: "[the] {ordinal:h} -? half [[of] {year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			h := m.Int("h")
			e := Expr{Half: h, Year: m.Int("year")}
			if e.Year == 0 && !hasHyphen(m) {
				// "early in the second half" of a match or a film is no
				// date; the hyphenated adjective of a report is
				// ("second-half earnings"), and so is "the second half of
				// the year" (date_half_rel_year).
				return Expr{}, false
			}
			return e, h >= 1 && h <= 2
		},
		Examples: []string{"in [the first half of 2024],", "[second-half] earnings"},
	},
	{
		Name: "date_half_rel_year", Type: Date,
		Pattern: "the {ordinal:h} half of dir=the|this|last|next|that year",
		Build: func(m *Match) (Expr, bool) {
			// "the second half of the year": the year just spoken of, or
			// the document's.
			h := m.Int("h")
			off, ana, _ := offsetOf(m.Word("dir"))
			return Expr{Half: h, Rel: Year, Offset: off, Relative: true, Anaphoric: ana}, h >= 1 && h <= 2
		},
		Examples: []string{"sales rose in [the second half of the year].", "in [the first half of next year] the"},
	},
	{
		Name: "date_last_half", Type: Date,
		Pattern: "the last|latter half of {year4:year}",
		Build: func(m *Match) (Expr, bool) {
			// "the last half of 1989": the second.
			return Expr{Half: 2, Year: m.Int("year")}, true
		},
		Examples: []string{"sales in [the last half of 1989] fell", "in [the latter half of 2010]"},
	},
	{
		Name: "date_fiscal_year", Type: Date,
		Pattern:  "[the] fiscal|fy|financial [year] {year4:year}",
		Build:    func(m *Match) (Expr, bool) { return Expr{Year: m.Int("year")}, true },
		Examples: []string{"in [fiscal 2024] the", "for [fiscal year 1990]"},
	},
	{
		Name: "date_year_fiscal", Type: Date,
		Pattern:  "[the] {year4:year} fiscal|financial|calendar|model year",
		Build:    func(m *Match) (Expr, bool) { return Expr{Year: m.Int("year")}, true },
		Examples: []string{"in [the 1990 fiscal year] the"},
	},
	{
		Name: "date_week_of", Type: Date,
		Pattern: "the week of {month} {day} [,? {year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			e, ok := dayDate(m)
			e.WeekOf = true
			return e, ok
		},
		Examples: []string{"during [the week of March 6] the"},
	},
	{
		Name: "date_nth_week_of_month", Type: Date,
		Pattern: "the which=first|second|third|fourth|last|final week of {month} [,? {year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			// "the last week of March": the week that holds a day in the
			// middle of those seven (the 28th for a 31-day month).
			month := m.Int("month")
			length := [...]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
			day := length - 3
			switch m.Word("which") {
			case "first":
				day = 4
			case "second":
				day = 11
			case "third":
				day = 18
			case "fourth":
				day = 25
			}
			return Expr{Month: month, Day: day, Year: m.Int("year"), WeekOf: true}, true
		},
		Examples: []string{"sales rebounded in [the last week of March].", "by [the first week of June, 2024]"},
	},
	{
		Name: "date_spoken_year", Type: Date,
		Pattern: "c=nineteen|twenty {num:yy}",
		Build: func(m *Match) (Expr, bool) {
			yy := m.Int("yy")
			c := 19
			if m.Word("c") == "twenty" {
				c = 20
			}
			t := &m.m.toks[m.slot("yy").from]
			return Expr{Year: c*100 + yy}, t.kind == kWord && yy >= 10 && yy <= 99
		},
		Examples: []string{"since [nineteen ninety-six] the", "in [nineteen seventy-nine]"},
	},
	{
		Name: "date_two_thousand", Type: Date,
		Pattern: "[the year] two thousand [[and] {num:yy}]",
		Build: func(m *Match) (Expr, bool) {
			yy := m.Int("yy")
			return Expr{Year: 2000 + yy}, yy < 100
		},
		Examples: []string{"by [the year two thousand] the", "in [two thousand and four]"},
	},
	{
		Name: "date_holiday", Type: Date,
		Pattern:  "[dir=last|this|next] name=christmas|thanksgiving|easter|halloween|hanukkah|passover|ramadan [kind=day|eve|sunday|monday] [{year4:year}]",
		Build:    holiday,
		Examples: []string{"before [Christmas] the", "[last Thanksgiving] we", "on [Christmas Eve 1998]", "[Thanksgiving Day]", "beat them on [Easter Monday], had", "on [Easter Sunday 2019]"},
	},
	{
		Name: "date_good_friday", Type: Date,
		Pattern: "good friday [{year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			// Capitals make it the holiday: "a good Friday for sellers" is not.
			ok := m.m.toks[m.start].upper && m.m.toks[m.start+1].upper
			return Expr{Holiday: "good friday", Year: m.Int("year")}, ok
		},
		Examples: []string{"closed on [Good Friday] and", "the [Good Friday 1998] agreement"},
	},
	{
		Name: "date_holiday_day", Type: Date,
		Pattern:  "name=independence|labor|labour|memorial|veterans|election|inauguration|valentine|boxing|columbus ['s] day [{year4:year}]",
		Build:    holiday,
		Examples: []string{"on [Election Day] the", "[Valentine's Day]"},
	},
	{
		Name: "date_new_year", Type: Date,
		Pattern: "new year ['s] kind=day|eve [{year4:year}]",
		Build: func(m *Match) (Expr, bool) {
			if m.Word("kind") == "eve" {
				return Expr{Month: 12, Day: 31, Year: m.Int("year")}, m.m.toks[m.start].upper
			}
			return Expr{Month: 1, Day: 1, Year: m.Int("year")}, m.m.toks[m.start].upper
		},
		Examples: []string{"on [New Year's Day] the", "[New Year's Eve]"},
	},
	{
		Name: "date_year_end", Type: Date,
		Pattern: "year -? end",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Rel: Year, Relative: true, Mod: "END"}, true
		},
		Examples: []string{"by [year-end] the", "before [year end]"},
	},
	{
		Name: "date_years_end", Type: Date,
		Pattern: "year's end",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Rel: Year, Relative: true, Mod: "END"}, true
		},
		Examples: []string{"before [year's end]"},
	},
	{
		Name: "date_part_of_unit", Type: Date,
		Pattern: "[the] part=end|beginning|start|middle|close of the|this unit=year|month|week|quarter|decade|century",
		Build: func(m *Match) (Expr, bool) {
			u := Unit(unitLex.val(m.m.toks[m.slot("unit").from].id))
			e := Expr{Rel: u, Relative: true}
			switch m.Word("part") {
			case "end", "close":
				e.Mod = "END"
			case "beginning", "start":
				e.Mod = "START"
			case "middle":
				e.Mod = "MID"
			default:
				e.Mod = "END"
			}
			return e, true
		},
		Examples: []string{"by [the end of the year] the", "[the beginning of this month]"},
	},
	{
		Name: "date_fiscal_rel", Type: Date,
		Pattern: "the [dir=current|latest|previous|last|next|new|prior|coming|past] fiscal|financial|calendar|model year",
		Build: func(m *Match) (Expr, bool) {
			off := 0
			switch m.Word("dir") {
			case "previous", "last", "prior", "past":
				off = -1
			case "next", "coming":
				off = 1
			}
			return Expr{Rel: Year, Offset: off, Relative: true}, true
		},
		Examples: []string{"in [the current fiscal year] the", "[the fiscal year]"},
	},
	{
		Name: "date_for_the_unit", Type: Date,
		Pattern: "the unit=year|day|week",
		Build: func(m *Match) (Expr, bool) {
			// "for the year", "on the day": the current one. "the year ended
			// June 30" is a duration: rules_duration.go. "The week's most
			// active session": a market report's own week.
			weekOf := m.Word("unit") == "week" && m.nextPunct() == '\'' && isWord(m.after(2), idS)
			if !m.prevIn(theDayPreps) && !weekOf {
				return Expr{}, false
			}
			if w := m.NextWord(); w == "ended" || w == "ending" || w == "before" || w == "after" || w == "that" || w == "when" || w == "of" {
				return Expr{}, false
			}
			if m.nextPunct() == '\'' && !weekOf || m.nextPunct() == '-' {
				return Expr{}, false
			}
			u := Year
			switch m.Word("unit") {
			case "day":
				u = Day
			case "week":
				u = Week
			}
			return Expr{Rel: u, Relative: true, Anaphoric: u == Day || u == Week}, true
		},
		Examples: []string{"earned $5 million for [the year], up", "fell 3% on [the day].", "For [the week], the index fell", "[the week]'s busiest session"},
	},
	{
		Name: "date_the_year", Type: Date,
		Pattern:  "[the] year {year4:year}",
		Build:    func(m *Match) (Expr, bool) { return Expr{Year: m.Int("year")}, true },
		Examples: []string{"by [the year 2000] all"},
	},
}

// numericDate reads a/b/year with the ambiguity policy: month first unless
// the first number cannot be a month or Options.DayFirst says so. year < 0
// is a two-digit year (-1-yy).
func numericDate(m *Match, a, b, year int) (Expr, bool) {
	month, day := a, b
	if a > 12 || (m.dayFirst() && b <= 12) {
		month, day = b, a
	}
	e := Expr{Month: month, Day: day}
	if year < 0 {
		e.ShortYear = -year
	} else {
		e.Year = year
	}
	return e, validDay(month, day)
}

// Words before a number that make it a label, not a year.
var labelWords = wordSet("room", "rooms", "page", "pages", "p", "pp", "flight", "route", "highway", "interstate", "no", "nos",
	"number", "chapter", "section", "article", "apartment", "suite", "box", "exit", "platform", "gate", "bus", "channel",
	"model", "boeing", "airbus", "tu", "il", "mig", "rule", "resolution", "verse", "psalm", "vol", "volume", "issue",
	"item", "code", "extension", "ext", "tel", "phone", "fax", "zip", "account", "lot", "block", "district", "precinct",
	"ward", "lane", "street", "avenue", "road", "st", "ave", "rd", "dow", "nasdaq", "index", "unit", "units", "cessna",
	"tower", "level", "floor", "ward", "grade", "type", "class", "series", "version", "v", "release", "windows",
	"figure", "fig", "table", "at", "to", "of", "about", "around", "nearly", "almost", "some", "approximately", "roughly",
	"over", "under", "than", "just", "only", "least", "most", "up", "down", "by", "from", "hit", "reached", "closed", "fell",
	"rose", "gained", "lost", "dropped", "jumped", "climbed", "slipped", "eased", "added", "shed", "cost", "costs", "paid",
	"pay", "priced", "worth", "total", "totaled", "totalled", "estimated", "killing", "killed", "and")

// Years are fine after these words even though labelWords holds them.
var yearPreps = wordSet("in", "since", "of", "by", "from", "to", "until", "till", "through", "during", "before", "after",
	"early", "late", "mid", "around", "about", "circa", "between", "and", "or", "the", "fiscal", "year", "spring",
	"summer", "fall", "autumn", "winter", "at", "for", "as", "than", "over", "until", "throughout")

// Words after a number that make it a quantity, not a year.
var quantityWords = wordSet("troops", "soldiers", "people", "persons", "men", "women", "children", "students", "workers",
	"employees", "jobs", "residents", "refugees", "deaths", "dead", "casualties", "cases", "votes", "voters", "members",
	"meters", "metres", "m", "feet", "ft", "foot", "km", "kilometers", "kilometres", "miles", "mile", "yards", "inches",
	"tons", "tonnes", "pounds", "lbs", "kg", "kilograms", "grams", "ounces", "gallons", "liters", "litres", "barrels",
	"acres", "hectares", "dollars", "euros", "yen", "pesos", "rupees", "francs", "marks", "pounds", "shares", "points",
	"cars", "vehicles", "units", "homes", "houses", "buildings", "planes", "aircraft", "ships", "tanks", "guns", "rifles",
	"rounds", "missiles", "rockets", "bombs", "companies", "firms", "stores", "branches", "sites", "words", "pages",
	"copies", "times", "calories", "degrees", "percent", "pct", "cents", "patients", "beds", "seats", "delegates",
	"hostages", "prisoners", "police", "officers", "agents", "fighters", "militants", "rebels", "civilians", "villagers",
	"protesters", "demonstrators", "signatures", "pupils", "teachers", "doctors", "nurses", "staff", "ads", "mw", "kw",
	"megawatts", "watts", "volts", "bytes", "gb", "mb", "hp", "horsepower", "mph", "rpm", "kph", "sq", "square", "cubic",
	"million", "billion", "thousand", "trillion", "hundred", "bn", "mln", "lb", "oz", "cc", "mm", "cm", "inch",
	"metric", "short", "long", "troy")

func bareYear(m *Match) (Expr, bool) {
	y := m.Int("year")
	p := m.prevPunct()
	if p == '-' {
		// "mid-1990", "pre-1990" keep the year; "3-1990" does not.
		if t := m.before(2); t == nil || t.kind != kWord || m.m.toks[m.start-1].gap != gapNone {
			return Expr{}, false
		}
	} else if p != 0 && p != '(' && p != '"' && p != '\'' && p != ',' && p != ';' && p != '[' {
		return Expr{}, false // "$2009", "#1960", "3/1990", "No.1960"
	}
	if t := m.before(1); t != nil && t.kind == kWord && m.m.toks[m.start].gap == gapNone {
		return Expr{}, false // "US$2009", "A380"
	}
	if p := m.nextPunct(); p == '%' || p == '-' && !isNextWordAfterHyphen(m) {
		return Expr{}, false
	}
	if p := m.nextPunct(); p == '/' || p == ':' {
		return Expr{}, false
	}
	if t := m.nextToken(); t != nil && t.gap == gapNone && t.kind == kWord {
		return Expr{}, false // "1998s", "2000m"
	}
	if m.nextIn(quantityWords) {
		return Expr{}, false
	}
	// "the Russell 2000 Index", "Windows 2000 Server": inside a name (a
	// capitalized word the rules do not know on each side, not at the start
	// of a sentence). "WWDC 2005" alone keeps its year.
	if t, n := m.before(1), m.nextToken(); t != nil && t.kind == kWord && t.upper && t.id == 0 && m.m.toks[m.start].gap == gapSpace &&
		n != nil && n.kind == kWord && n.upper && n.gap == gapSpace {
		if p := m.before(2); p != nil && !(p.kind == kPunct && (p.punct == '.' || p.punct == '"' || p.punct == '\'' || p.punct == '(' || p.punct == ':')) && p.gap != gapPara {
			return Expr{}, false
		}
	}
	if m.prevIn(labelWords) && !m.prevIn(yearPreps) {
		return Expr{}, false
	}
	// Far from today, a bare four-digit number is rarely a year unless a
	// preposition says so.
	if (y < 1600 || y > 2100) && !m.prevIn(yearPreps) && !afterCirca(m) {
		return Expr{}, false
	}
	return Expr{Year: y}, true
}

// hasHyphen reports whether the match holds a hyphen ("second-half").
func hasHyphen(m *Match) bool {
	for i := m.start; i < m.end; i++ {
		if t := &m.m.toks[i]; t.kind == kPunct && t.punct == '-' {
			return true
		}
	}
	return false
}

// afterCirca reports whether the match follows "c." or "ca.", the
// abbreviations of circa: "born c. 1480" is a year however far back.
// The refiner takes the abbreviation into the span, as it takes "around".
func afterCirca(m *Match) bool {
	p, w := m.before(1), m.before(2)
	return p != nil && w != nil && p.kind == kPunct && p.punct == '.' && p.gap == gapNone &&
		w.kind == kWord && (w.id == idC || w.id == idCa) && m.m.toks[m.start].gap == gapSpace
}

// "2009-era", "1998-99" keep the year; "2000-3000 troops" does not.
func isNextWordAfterHyphen(m *Match) bool {
	t := m.after(2)
	if t == nil || t.gap != gapNone {
		return false
	}
	if t.kind == kWord {
		return true
	}
	return t.kind == kNum && (t.ndig == 2 || t.ndig == 4 && t.num > m.Int("year") && t.num-m.Int("year") < 50)
}

func yearBC(m *Match) (Expr, bool) {
	y := m.Int("year")
	if !eraUpper(m) {
		return Expr{}, false
	}
	return Expr{Year: y, BC: true}, y > 0 && y < 100000
}

// dayBC is a full date before Christ: "March 15, 44 BC".
func dayBC(m *Match) (Expr, bool) {
	e, ok := yearBC(m)
	e.Month, e.Day = m.Int("month"), m.Int("day")
	return e, ok && validDay(e.Month, e.Day)
}

// eraUpper reports whether the letters of the era ("BC", "A.D.") are
// capitals. The era stands right after the year ("44 BC") or right before
// it ("AD 79"); the words of a date before the year ("the 15th of March
// 44 BC") are not the era.
func eraUpper(m *Match) bool {
	c := m.slot("year")
	from, to := m.start, m.end
	if c != nil {
		if c.to < m.end {
			from = c.to // the era follows the year
		} else {
			to = c.from // the era precedes it
		}
	}
	for i := from; i < to; i++ {
		if t := &m.m.toks[i]; t.kind == kWord && !t.upper {
			return false
		}
	}
	return true
}

// yearAD wants the era in capitals: "ad" and "ce" are words too.
func yearAD(m *Match) (Expr, bool) {
	y := m.Int("year")
	if !eraUpper(m) {
		return Expr{}, false
	}
	return Expr{Year: y}, y > 0 && y < 3000
}

// Words before "the day" or "the year" that make it the current one: "for
// the day", "ended the day", "later in the year".
var theDayPreps = wordSet("for", "on", "of", "during", "in", "end", "ending", "ended", "ends", "finish", "finished",
	"finishing", "start", "started", "starting", "open", "opened", "close", "closed", "closing", "throughout")

// Holidays are stored by name; the anchor computes their date in a year.
func holiday(m *Match) (Expr, bool) {
	if !m.m.toks[m.slot("name").from].upper {
		return Expr{}, false
	}
	name := m.Word("name")
	switch k := m.Word("kind"); {
	case k == "eve":
		name += " eve"
	case k == "monday" && name == "easter":
		name += " monday" // the day after Easter Sunday
	case k == "monday", k == "sunday" && name != "easter":
		return Expr{}, false
	}
	e := Expr{Holiday: name, Year: m.Int("year")}
	if m.Has("dir") {
		off, _, _ := offsetOf(m.Word("dir"))
		e.Dir = off
		if off == 0 {
			e.Dir = 2 // "this Christmas": the one of the reference's year
		}
	}
	return e, true
}
