package tagger

import "strings"

// Relative and underspecified dates: the text gives an offset from some
// reference ("yesterday", "last week", "two years ago", "the following
// day") or a date without its year ("on Tuesday"). The tagger only records
// the offset and whether the reference is the document date (deictic) or
// the last date mentioned (anaphoric); package anchor does the arithmetic.
//
// Watch out for: "last year's", which keeps its possessive out of the span;
// "the past" (a vague past) versus "the past two years" (a duration);
// "a year earlier" (anaphoric) versus "a year ago" (deictic).

func relDays(n int) func(m *Match) (Expr, bool) {
	return func(m *Match) (Expr, bool) { return Expr{Rel: Day, Offset: n, Relative: true}, true }
}

// offsetOf reads the direction words of relative expressions.
func offsetOf(w string) (off int, anaphoric bool, ok bool) {
	switch w {
	case "this", "current", "present":
		return 0, false, true
	case "last", "past", "previous", "prior":
		return -1, false, true
	case "next", "coming":
		return 1, false, true
	case "following", "ensuing", "subsequent":
		return 1, true, true
	case "preceding":
		return -1, true, true
	case "same", "that":
		return 0, true, true
	}
	return 0, false, false
}

// sayWords take a clause that "that" opens.
var sayWords = wordSet("said", "says", "say", "saying", "told", "tell", "believe", "believes", "believed", "think",
	"thinks", "thought", "expect", "expects", "expected", "hope", "hopes", "hoped", "noted", "added", "warned",
	"argued", "reported", "announced", "claimed", "predicted", "showed", "shows", "show", "know", "knew", "so")

// notTimeAfterCurrent are the nouns after which "current" names no time.
var notTimeAfterCurrent = wordSet("account", "accounts", "assets", "liabilities", "ratio", "yield", "yields",
	"density", "flow", "flows")

// currentNounBefore and currentNounAfter show "current" as a noun, a flow
// of water, air or charge: "a strong current swept them", "the current
// of the river".
var (
	currentNounBefore = wordSet("a", "an", "strong", "weak", "powerful", "swift", "electric", "electrical",
		"alternating", "direct", "ocean", "rip", "river", "air", "jet")
	currentNounAfter = wordSet("of", "in", "from", "to", "through", "that", "which", "is", "was", "are", "were",
		"and", "or", "at", "on", "by", "for", "with", "flows", "flowed", "swept", "carried", "runs", "ran", "pulled")
)

// adjectiveBefore reports whether the match stands before a word of the
// same sentence (an adjective before its noun), that word not in unless.
func adjectiveBefore(m *Match, unless map[int32]bool) bool {
	t := m.nextToken()
	if t == nil || t.kind != kWord || t.gap == gapPara || unless != nil && unless[t.id] {
		return false
	}
	return true
}

func vagueRef(r Ref) func(m *Match) (Expr, bool) {
	return func(m *Match) (Expr, bool) { return Expr{Ref: r}, true }
}

var relativeRules = []Rule{
	{Name: "rel_earlier_today", Type: Date, Pattern: "earlier|later today", Build: relDays(0),
		Examples: []string{"announced [earlier today] that"}},
	{Name: "rel_today", Type: Date, Pattern: "today", Build: func(m *Match) (Expr, bool) {
		return Expr{Rel: Day, Relative: true}, true
	},
		Examples: []string{"[Today], the board", "said [today]."}},
	{Name: "rel_yesterday", Type: Date, Pattern: "yesterday", Build: relDays(-1),
		Examples: []string{"[Yesterday], the company"}},
	{Name: "rel_tomorrow", Type: Date, Pattern: "tomorrow", Build: relDays(1),
		Examples: []string{"due [tomorrow] at"}},
	{Name: "rel_day_before_yesterday", Type: Date, Pattern: "the day before yesterday", Build: relDays(-2),
		Examples: []string{"left [the day before yesterday]."}},
	{Name: "rel_day_after_tomorrow", Type: Date, Pattern: "the day after tomorrow", Build: relDays(2),
		Examples: []string{"arrives [the day after tomorrow]."}},
	{
		Name: "rel_unit", Type: Date,
		Pattern: "[the] dir=this|last|next|past|coming|previous|current|following|same|that|ensuing|preceding|present|prior|subsequent {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			u := Unit(m.Int("u"))
			w := m.Word("dir")
			off, ana, ok := offsetOf(w)
			if !ok || m.Word("u") != "" && m.Word("u")[len(m.Word("u"))-1] == 's' && u != Weekend {
				return Expr{}, false // plural: "last two years" is another rule
			}
			the := m.m.toks[m.start].id == idThe
			if c := m.slot("u"); c != nil && m.m.toks[c.from].upper && m.m.toks[m.start].upper {
				return Expr{}, false // "This Week", a title
			}
			switch {
			case w == "that" && the:
				return Expr{}, false
			case (w == "same" || w == "following" || w == "previous" || w == "preceding" || w == "prior") && !the && w != "previous":
				if w == "same" || w == "following" {
					return Expr{}, false // "same day delivery", "following year" without "the" is rare
				}
			case (w == "previous" || w == "prior") && the:
				ana = true
			case (w == "past" || w == "last" || w == "next" || w == "coming") && the && u >= Decade:
				// "the past decade", "over the next decade": ten years.
				return Expr{Amount: 1, Unit: u}, true
			}
			if u < Day || u > Year {
				if !(u == Decade || u == Century) {
					return Expr{}, false
				}
			}
			if w == "next" && the {
				ana = true
			}
			return Expr{Rel: u, Offset: off, Relative: true, Anaphoric: ana}, true
		},
		Examples: []string{"on ABC's This Week, and [last week], regulators", "[this year] has been", "better than [last year].", "[the following day].", "[next month] the", "rose in [the past year] as", "[the same day], the", "[that year] he", "[this weekend]"},
	},
	{
		Name: "rel_the_unit", Type: Date,
		Pattern: "the|this|that unit=weekend|week|month|year|quarter|period|day",
		Build: func(m *Match) (Expr, bool) {
			w := m.Word("unit")
			switch w {
			case "weekend":
				return Expr{Rel: Weekend, Relative: true}, true
			case "quarter":
				return Expr{Rel: Quarter, Relative: true, Anaphoric: true}, m.NextWord() != "of" && m.nextPunct() != '-'
			}
			return Expr{}, false
		},
		Examples: []string{"over [the weekend] the", "profit for [the quarter] rose"},
	},
	{
		Name: "rel_latest_quarter", Type: Date,
		Pattern: "the dir=latest|recent|comparable [fiscal] unit=quarter|period",
		Build: func(m *Match) (Expr, bool) {
			if m.Word("dir") == "comparable" {
				return Expr{Rel: Quarter, Relative: true, Anaphoric: true}, true
			}
			// "the latest quarter": the last one completed before the document date.
			return Expr{Rel: Quarter, Offset: -1, Relative: true}, true
		},
		Examples: []string{"results for [the latest quarter] were", "in [the comparable period]"},
	},
	{
		Name: "rel_year_earlier_quarter", Type: Date,
		Pattern: "[the] [comparable|same|corresponding] year-ago|earlier|before [fiscal] unit=quarter|period|year|month",
		Build: func(m *Match) (Expr, bool) {
			switch m.Word("unit") {
			case "quarter", "period":
				return Expr{Rel: Quarter, Offset: -4, Relative: true, Shifted: true, Anaphoric: true}, true
			case "month":
				return Expr{Rel: Month, Offset: -12, Relative: true, Shifted: true, Anaphoric: true}, true
			}
			return Expr{Rel: Year, Offset: -1, Relative: true, Shifted: true}, true
		},
		Examples: []string{"[the year-earlier quarter]", "from [the year-ago period]", "against [the comparable year-ago quarter]"},
	},
	{
		Name: "rel_the_full_year", Type: Date,
		Pattern: "the full|entire year",
		Build: func(m *Match) (Expr, bool) {
			// "a loss of $8.6 billion for the entire year", after "the fourth
			// quarter of 2005": the year just spoken of, as a whole. A span
			// ("it took the whole year") says "whole" and stays a duration.
			return Expr{Rel: Year, Relative: true, Anaphoric: true, Reported: true}, true
		},
		Examples: []string{"a loss for [the full year] of", "for [the entire year]."},
	},
	{
		Name: "rel_year_earlier_nth_quarter", Type: Date,
		Pattern: "[the] [comparable|same|corresponding] year-ago|earlier [fiscal] {ordinal:q} [fiscal] quarter",
		Build: func(m *Match) (Expr, bool) {
			// "the year-ago third quarter": that quarter of the year before.
			q := m.Int("q")
			return Expr{Quarter: q, Rel: Year, Offset: -1, Relative: true}, q >= 1 && q <= 4
		},
		Examples: []string{"up from [the year-ago third quarter].", "in [the year-earlier fourth quarter], it"},
	},
	{
		Name: "rel_same_period_year_ago", Type: Date,
		Pattern: "the [same|comparable|corresponding] unit=quarter|period|month [of] when=a|last|the|one|previous|prior [previous|prior] year [ago|earlier|before]",
		Build: func(m *Match) (Expr, bool) {
			// "the quarter a year ago", "the same month last year": the
			// period just spoken of, a year back.
			switch w := m.Word("when"); {
			case w == "a" || w == "one":
				if n := m.m.toks[m.end-1]; n.kind != kWord || n.id == idYear {
					return Expr{}, false // "a year" needs "ago" or "earlier"
				}
			case w == "the" && m.m.toks[m.end-1].id == idYear:
				return Expr{}, false // "the period of the year"
			}
			if m.Word("unit") == "month" {
				return Expr{Rel: Month, Offset: -12, Relative: true, Anaphoric: true}, true
			}
			return Expr{Rel: Quarter, Offset: -4, Relative: true, Anaphoric: true, Shifted: true}, true
		},
		Examples: []string{"compared with [the quarter a year ago], the", "up from [the same period last year].", "[the same month a year earlier]"},
	},
	{
		Name: "rel_year_earlier_adj", Type: Date,
		Pattern: "year-ago|earlier",
		Build: func(m *Match) (Expr, bool) {
			// "the year-earlier loss": a year before the report, that is the document.
			return Expr{Rel: Year, Offset: -1, Relative: true, Shifted: true}, true
		},
		Examples: []string{"the [year-earlier] figure"},
	},
	{
		Name: "rel_ago", Type: Date,
		Pattern: "{amount:n} {unit:u} ago",
		Build: func(m *Match) (Expr, bool) {
			n := m.Int("n")
			if n%1000 != 0 {
				return Expr{Rel: Unit(m.Int("u")), Offset: 0, Relative: true, Shifted: true, Vague: true}, true
			}
			return Expr{Rel: Unit(m.Int("u")), Offset: -n / 1000, Relative: true, Shifted: true}, true
		},
		Examples: []string{"founded [two years ago],", "[90 days ago]", "[six weeks ago] the"},
	},
	{
		Name: "rel_a_unit_ago", Type: Date,
		Pattern: "a|an|one {unit:u} ago",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Rel: Unit(m.Int("u")), Offset: -1, Relative: true, Shifted: true}, true
		},
		Examples: []string{"than [a year ago].", "[an hour ago]"},
	},
	{
		Name: "rel_units_ago", Type: Date,
		Pattern:  "[a] [many|several|few|some] {units:u} ago",
		Build:    vagueRef(PastRef),
		Examples: []string{"[years ago] the", "[several years ago] it", "[a few years ago] we"},
	},
	{
		Name: "rel_later", Type: Date,
		Pattern: "{amount:n} {unit:u} dir=later|earlier|afterward|afterwards|before|after|hence|previously|prior",
		Build: func(m *Match) (Expr, bool) {
			n := m.Int("n") / 1000
			dir := m.Word("dir")
			if dir == "before" || dir == "after" || dir == "prior" {
				// "two days before the vote": the duration alone, unless the sentence ends.
				if t := m.nextToken(); t != nil && t.kind == kWord && t.gap != gapPara {
					return Expr{}, false
				}
			}
			if dir == "earlier" || dir == "before" || dir == "previously" || dir == "prior" {
				n = -n
			}
			return Expr{Rel: Unit(m.Int("u")), Offset: n, Relative: true, Shifted: true, Anaphoric: dir != "hence"}, true
		},
		Examples: []string{"[two years later], the", "[three days afterward]"},
	},
	{
		Name: "rel_a_unit_later", Type: Date,
		Pattern: "a|an|one {unit:u} dir=later|earlier|afterward|afterwards|before|after|previously",
		Build: func(m *Match) (Expr, bool) {
			dir := m.Word("dir")
			if dir == "before" || dir == "after" {
				if t := m.nextToken(); t != nil && t.kind == kWord && t.gap != gapPara {
					return Expr{}, false
				}
			}
			n := 1
			if dir == "earlier" || dir == "before" || dir == "previously" {
				n = -1
			}
			return Expr{Rel: Unit(m.Int("u")), Offset: n, Relative: true, Shifted: true, Anaphoric: true}, true
		},
		Examples: []string{"from [a year earlier].", "[a week later] the", "profit [a year earlier] was"},
	},
	{
		Name: "rel_from_now", Type: Date,
		Pattern: "{amount:n} {unit:u} from now|today",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Rel: Unit(m.Int("u")), Offset: m.Int("n") / 1000, Relative: true, Shifted: true}, true
		},
		Examples: []string{"[two years from now] we"},
	},
	{
		Name: "rel_a_unit_from_now", Type: Date,
		Pattern: "a|an|one {unit:u} from now|today",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Rel: Unit(m.Int("u")), Offset: 1, Relative: true, Shifted: true}, true
		},
		Examples: []string{"[a year from now] the"},
	},
	{
		Name: "rel_that_same", Type: Date,
		Pattern: "that|the very|same {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			if w := m.Word("u"); strings.HasSuffix(w, "s") || Unit(m.Int("u")) < Day {
				return Expr{}, false
			}
			return Expr{Rel: Unit(m.Int("u")), Relative: true, Anaphoric: true}, true
		},
		Examples: []string{"crossed out [that same day]."},
	},
	{
		Name: "rel_that_month", Type: Date,
		Pattern: "[the] w=that|same {month} [{day}]",
		Build: func(m *Match) (Expr, bool) {
			// "won a title in Palermo that July", "the same March": the
			// month of the year just spoken of, not the document's. After a
			// verb of saying, "that" opens a clause ("said that March sales
			// fell") and the month is left to date_month.
			if m.prevIn(sayWords) {
				return Expr{}, false
			}
			if the := m.m.toks[m.start].id == idThe; the != (m.Word("w") == "same") {
				return Expr{}, false // "the same March", "that March"
			}
			e := Expr{Month: m.Int("month"), Day: m.Int("day"), Anaphoric: true}
			return e, e.Day == 0 || validDay(e.Month, e.Day)
		},
		Examples: []string{"won in Palermo [that July], her first", "in the spring, and [the same June] it"},
	},
	{
		Name: "rel_this_past", Type: Date,
		Pattern: "this past {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			u := Unit(m.Int("u"))
			return Expr{Rel: u, Offset: -1, Relative: true}, u >= Day && u <= Year && !strings.HasSuffix(m.Word("u"), "s")
		},
		Examples: []string{"[this past week] the"},
	},
	{
		Name: "rel_this_past_weekday", Type: Date,
		Pattern: "this past {weekday:wd}",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Weekday: m.Int("wd"), Dir: -1, Relative: true}, true
		},
		Examples: []string{"on [this past Sunday] the"},
	},
	{
		Name: "rel_earlier_this", Type: Date,
		Pattern: "when=earlier|later dir=this|that|last|next {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			off, ana, _ := offsetOf(m.Word("dir"))
			u := Unit(m.Int("u"))
			if strings.HasSuffix(m.Word("u"), "s") || u < Day {
				return Expr{}, false
			}
			return Expr{Rel: u, Offset: off, Relative: true, Anaphoric: ana}, true
		},
		Examples: []string{"[earlier this month] the", "[later this year]", "[later that year] he"},
	},
	{
		Name: "rel_weekday", Type: Date,
		Pattern: "{weekday:wd}",
		Build: func(m *Match) (Expr, bool) {
			// "Sun", "Wed", "Sat" alone are words or names, not days.
			if _, ab := weekdayAbbrev.get(m.m.toks[m.start].id); ab {
				return Expr{}, false
			}
			return Expr{Weekday: m.Int("wd")}, true
		},
		Examples: []string{"said on [Friday] that", "[Tuesday]'s vote"},
	},
	{
		Name: "rel_dir_weekday", Type: Date,
		Pattern: "dir=last|next|this|coming|past {weekday:wd}",
		Build: func(m *Match) (Expr, bool) {
			off, _, _ := offsetOf(m.Word("dir"))
			return Expr{Weekday: m.Int("wd"), Dir: off, Relative: off != 0}, true
		},
		Examples: []string{"[last Friday] the", "[next Tuesday]"},
	},
	{
		Name: "rel_previous_weekday", Type: Date,
		Pattern: "the dir=previous|preceding|following {weekday:wd}",
		Build: func(m *Match) (Expr, bool) {
			// "the previous Friday": the Friday before the date just spoken
			// of, as "the previous day" is the day before it.
			off, _, _ := offsetOf(m.Word("dir"))
			return Expr{Weekday: m.Int("wd"), Dir: off, Relative: true, Anaphoric: true}, true
		},
		Examples: []string{"had risen [the previous Friday].", "resumed [the following Monday]"},
	},
	{
		Name: "rel_weekday_week", Type: Date,
		Pattern: "{weekday:wd} dir=next|last week",
		Build: func(m *Match) (Expr, bool) {
			off, _, _ := offsetOf(m.Word("dir"))
			return Expr{Weekday: m.Int("wd"), Rel: Week, Offset: off, Relative: true}, true
		},
		Examples: []string{"on [Monday next week] the"},
	},
	{
		Name: "rel_dir_month", Type: Date,
		Pattern: "dir=last|next|this|coming|past {month} [{day}]",
		Build: func(m *Match) (Expr, bool) {
			off, _, _ := offsetOf(m.Word("dir"))
			e := Expr{Month: m.Int("month"), Day: m.Int("day"), Dir: off}
			return e, e.Day == 0 || validDay(e.Month, e.Day)
		},
		Examples: []string{"[last February] the", "[this September]", "shot [last Oct. 23] at"},
	},
	// Vague references.
	{Name: "ref_now", Type: Date, Pattern: "now|nowadays|currently|presently", Build: func(m *Match) (Expr, bool) {
		// "now-defunct", "by now" keep; "now that" is still present.
		return Expr{Ref: PresentRef}, true
	}, Examples: []string{"[Now], investors", "is [currently] the"}},
	{Name: "ref_at_present", Type: Date, Pattern: "at present", Build: vagueRef(PresentRef),
		Examples: []string{"[at present] the"}},
	{Name: "ref_time_being", Type: Date, Pattern: "the time being", Build: vagueRef(PresentRef),
		Examples: []string{"for [the time being] the"}},
	{Name: "ref_these_days", Type: Date, Pattern: "these days", Build: vagueRef(PresentRef),
		Examples: []string{"rare [these days] in"}},
	{Name: "ref_recently", Type: Date, Pattern: "recently|lately", Build: vagueRef(PastRef),
		Examples: []string{"[recently] opened"}},
	{Name: "ref_current", Type: Date, Pattern: "[past=then] current", Build: func(m *Match) (Expr, bool) {
		// The adjective before a noun: "current market conditions", "its
		// current wife" (PRESENT_REF, as HeidelTime and TimeBank read it);
		// "then current" is a past present. Not the noun ("the current
		// swept") nor the accounting terms ("current account", "current
		// assets"), which name no time.
		if !adjectiveBefore(m, notTimeAfterCurrent) || m.prevIn(currentNounBefore) || m.nextIn(currentNounAfter) {
			return Expr{}, false
		}
		if m.Has("past") {
			return Expr{Ref: PastRef}, true
		}
		return Expr{Ref: PresentRef}, true
	}, Examples: []string{"reflect [current] realities", "at the [then current] market price", "its [current] position in",
		"the [current] weakness in London"}},
	{Name: "ref_recent", Type: Date, Pattern: "recent", Build: func(m *Match) (Expr, bool) {
		// "the recent sale", "recent declines" (PAST_REF); "the most recent
		// model" ranks things rather than placing them in time.
		if m.PrevWord() == "most" || !adjectiveBefore(m, nil) {
			return Expr{}, false
		}
		return Expr{Ref: PastRef}, true
	}, Examples: []string{"triggered by the [recent] sale of", "concern about [recent] declines"}},
	{Name: "ref_the_past", Type: Date, Pattern: "the past", Build: func(m *Match) (Expr, bool) {
		if t := m.nextToken(); t != nil && t.gap != gapPara && (t.kind == kNum || t.kind == kWord && (t.id == idFew || t.id == idSeveral || unitLex.val(t.id) != 0 || numberWordLex.val(t.id) != 0)) {
			return Expr{}, false
		}
		return Expr{Ref: PastRef}, true
	}, Examples: []string{"in [the past], the"}},
	{Name: "ref_future", Type: Date, Pattern: "the [near|distant|foreseeable|immediate] future", Build: func(m *Match) (Expr, bool) {
		// "the future of the company" is its fate, not a time.
		if m.NextWord() == "of" {
			return Expr{}, false
		}
		return Expr{Ref: FutureRef}, true
	}, Examples: []string{"in [the near future]", "about [the future]."}},
	{Name: "ref_recent_units", Type: Duration, Pattern: "recent {units:u}", Build: func(m *Match) (Expr, bool) {
		// TimeML reads "in recent years" as an unspecified span: PXY.
		return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
	}, Examples: []string{"in [recent years] the"}},
	{Name: "ref_coming_units", Type: Date, Pattern: "[the] coming|next|upcoming {units:u}", Build: func(m *Match) (Expr, bool) {
		if t := m.nextToken(); t != nil && t.kind == kWord && t.id == idAgo {
			return Expr{}, false
		}
		return Expr{Ref: FutureRef}, true
	}, Examples: []string{"in [the coming months] the"}},
	{Name: "ref_term", Type: Date, Pattern: "the near|short|long|medium term", Build: vagueRef(FutureRef),
		Examples: []string{"in [the near term]."}},
}
