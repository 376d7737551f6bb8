package tagger

import "strings"

// Durations ("three years", "a decade", "the first nine months", "10-hour")
// and sets ("every Monday", "daily", "twice a year"). A duration says how
// long, not when: it needs no anchor.
//
// Watch out for: ages and sizes ("a 30-year-old man" is a duration by
// TimeML's rules, "a 30-year bond" too, "30 years old" as well); "a year
// ago", which is a date (rules_relative.go wins by being longer); bare
// plural units ("for years"), tagged only after a preposition.

func duration(m *Match) (Expr, bool) {
	// "a year-earlier loss", "two year-old": the unit belongs to a compound.
	if m.nextPunct() == '-' {
		return Expr{}, false
	}
	u := Unit(m.Int("u"))
	// "a quarter of the shares", "789, or about a quarter, of its dealers",
	// "three-quarters": a fraction.
	if plural := strings.HasSuffix(m.Word("u"), "s"); u == Quarter && (!plural && fractionOf(m) || plural && m.m.toks[m.slot("u").from].gap == gapNone) {
		return Expr{}, false
	}
	amt := m.Int("n")
	if !m.Has("n") {
		amt = 1000
	}
	if int(m.Int("u")) < 0 { // fortnight
		u, amt = Week, amt*2
	}
	if amt <= 0 {
		return Expr{}, false
	}
	return Expr{Amount: float64(amt) / 1000, Unit: u}, true
}

// fractionOf reports whether "of" follows the match, directly or after a
// comma that closes an apposition ("or about a quarter, of its dealers").
func fractionOf(m *Match) bool {
	if m.NextWord() == "of" {
		return true
	}
	if m.nextPunct() != ',' {
		return false
	}
	t := m.after(2)
	return t != nil && t.kind == kWord && t.id == idOf && t.gap != gapPara
}

// Words before "a year" that make it a rate: "$5 million a year", "24 hours a day".
var rateWords = wordSet("million", "billion", "thousand", "trillion", "percent", "cents", "dollars", "hours", "days",
	"times", "weeks", "months", "shares", "units", "barrels", "tons")

// stretchPreps before "the years" make it a stretch of time.
var stretchPreps = wordSet("over", "through", "throughout", "across")

var forPreps = wordSet("for", "within", "over", "in", "after", "lasting", "took", "spent", "take", "takes", "last", "lasted", "than", "of")

var durationRules = []Rule{
	{
		Name: "dur_amount_unit", Type: Duration,
		Pattern:  "{amount:n} [straight|consecutive|successive|trading|business|working|calendar|full|more|additional] {unit:u}",
		Build:    duration,
		Examples: []string{"expected to last [three months].", "[90 days] of", "for [1.5 years]", "[twenty-five years] of", "[one and a half years]", "after [six straight days] of", "[two more weeks]"},
	},
	{
		Name: "dur_amount_unit_adj", Type: Duration,
		Pattern:  "{amount:n}-{unit:u}",
		Build:    duration,
		Examples: []string{"a [10-hour] shift", "the [30-year] bond", "a [two-year] plan"},
	},
	{
		Name: "dur_unit_long", Type: Duration,
		Pattern: "[{amount:n}-] {unit:u}-long",
		Build: func(m *Match) (Expr, bool) {
			if strings.HasSuffix(m.Word("u"), "s") && !m.Has("n") {
				return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true // "decades-long"
			}
			amt := 1.0
			if m.Has("n") {
				amt = float64(m.Int("n")) / 1000
			}
			return Expr{Amount: amt, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"a [decades-long] dispute", "a [day-long] strike", "a [two-week-long] trial"},
	},
	{
		Name: "dur_a_unit", Type: Duration,
		Pattern: "a|an|one {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			// "a day" after a count is a frequency ("twice a day"): rules_set;
			// after an amount it is a rate ("$5 million a year").
			if w := m.PrevWord(); w == "once" || w == "twice" || w == "times" || w == "per" || m.prevIn(rateWords) {
				return Expr{}, false
			}
			if t := m.before(1); t != nil && (t.kind == kNum || t.kind == kPunct && t.punct == '%') {
				return Expr{}, false
			}
			// "a second group": the ordinal.
			if Unit(m.Int("u")) == Second {
				if n := m.nextToken(); n != nil && n.kind == kWord && n.id != idAgo && n.id != idLater && n.id != idEarlier {
					return Expr{}, false
				}
			}
			return duration(m)
		},
		Examples: []string{"more than [a decade].", "for [an hour] the", "within [a week]", "profit in [a quarter] that"},
	},
	{
		Name: "dur_a_unit_and_a_half", Type: Duration,
		Pattern: "a|an|one {unit:u} and a half",
		Build: func(m *Match) (Expr, bool) {
			e, ok := duration(m)
			e.Amount = 1.5
			return e, ok
		},
		Examples: []string{"[a year and a half]"},
	},
	{
		Name: "dur_another_unit", Type: Duration,
		Pattern: "[an] another|additional|extra {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			if strings.HasSuffix(m.Word("u"), "s") {
				return Expr{}, false
			}
			return duration(m)
		},
		Examples: []string{"extended for [an additional year] with", "for [another week]"},
	},
	{
		Name: "dur_units_ahead", Type: Duration,
		Pattern: "the {units:u} ahead",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"in [the weeks ahead]."},
	},
	{
		Name: "dur_half_unit", Type: Duration,
		Pattern: "half a|an {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			e, ok := duration(m)
			e.Amount = 0.5
			return e, ok
		},
		Examples: []string{"[half an hour]"},
	},
	{
		Name: "dur_vague_units", Type: Duration,
		Pattern: "[art=a] how=few|several|many|some|couple|number [of] {units:u}",
		Build: func(m *Match) (Expr, bool) {
			if m.Word("how") == "some" && m.NextWord() == "ago" {
				return Expr{}, false
			}
			if m.Word("how") == "number" && !m.Has("art") {
				return Expr{}, false
			}
			if m.Word("how") == "couple" {
				return Expr{Amount: 2, Unit: Unit(m.Int("u"))}, true
			}
			return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"for [several years] the", "[a few days]", "[many months]"},
	},
	{
		Name: "dur_bare_units", Type: Duration,
		Pattern: "{units:u}",
		Build: func(m *Match) (Expr, bool) {
			if !m.prevIn(forPreps) {
				return Expr{}, false
			}
			if w := m.NextWord(); w == "ago" || w == "old" || w == "later" || w == "earlier" {
				return Expr{}, false
			}
			return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"For [years], the", "took [months] to"},
	},
	{
		Name: "dur_over_the_units", Type: Duration,
		Pattern: "the {units:u}",
		Build: func(m *Match) (Expr, bool) {
			// "over the years", "through the decades": an unmeasured stretch.
			// "over the years of war" names particular years: not this rule.
			if !m.prevIn(stretchPreps) || m.NextWord() == "of" || m.NextWord() == "since" {
				return Expr{}, false
			}
			return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"their work over [the years] paid off", "prices swung through [the decades]."},
	},
	{
		Name: "dur_the_first_n", Type: Duration,
		Pattern: "the [first|past|last|next|latest|previous|final|coming|initial] {amount:n} [straight|consecutive|successive|trading|business|working|calendar|full] {units:u}",
		Build: func(m *Match) (Expr, bool) {
			return duration(m)
		},
		Examples: []string{"in [the first nine months] of", "[the past two months]", "during [the nine months]"},
	},
	{
		Name: "dur_the_past_few", Type: Duration,
		Pattern: "[the] past|last|next|coming|previous|first few|several|many {units:u}",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Vague: true, Unit: Unit(m.Int("u"))}, true
		},
		Examples: []string{"over [the past few years] the", "in [the next several months]"},
	},
	{
		Name: "dur_the_year_ended", Type: Duration,
		Pattern: "the unit=year|quarter|month|week",
		Build: func(m *Match) (Expr, bool) {
			if w := m.NextWord(); w != "ended" && w != "ending" {
				return Expr{}, false
			}
			return Expr{Amount: 1, Unit: Unit(unitLex.val(m.m.toks[m.slot("unit").from].id))}, true
		},
		Examples: []string{"for [the year] ended June 30"},
	},
	{
		Name: "dur_whole_unit", Type: Duration,
		Pattern:  "[the|a] whole|entire|full {unit:u}",
		Build:    duration,
		Examples: []string{"for [a full year] the", "waited [the whole day]"},
	},
}

// Sets: regular recurrences.
var setRules = []Rule{
	{
		Name: "set_every_unit", Type: Set,
		Pattern: "every|each|per {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			return duration(m)
		},
		Examples: []string{"meets [every year] in", "[each month]", "$5 [per year]"},
	},
	{
		Name: "set_every_n_units", Type: Set,
		Pattern:  "every {amount:n} {units:u}",
		Build:    duration,
		Examples: []string{"[every two weeks]"},
	},
	{
		Name: "set_every_other", Type: Set,
		Pattern: "every other {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			e, ok := duration(m)
			e.Amount = 2
			return e, ok
		},
		Examples: []string{"[every other day]"},
	},
	{
		Name: "set_every_weekday", Type: Set,
		Pattern:  "every|each {weekday:wd}",
		Build:    func(m *Match) (Expr, bool) { return Expr{Weekday: m.Int("wd")}, true },
		Examples: []string{"held [every Tuesday], and"},
	},
	{
		Name: "set_weekdays", Type: Set,
		Pattern: "{weekdays:wd}",
		Build: func(m *Match) (Expr, bool) {
			return Expr{Weekday: m.Int("wd")}, m.m.toks[m.start].upper
		},
		Examples: []string{"open on [Sundays]."},
	},
	{
		Name: "set_weekday_pods", Type: Set,
		Pattern: "{weekday:wd} pod=mornings|afternoons|evenings|nights",
		Build: func(m *Match) (Expr, bool) {
			codes := map[string]string{"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}
			return Expr{Weekday: m.Int("wd"), PartOfDay: codes[m.Word("pod")]}, true
		},
		Examples: []string{"flights on [Tuesday nights] from"},
	},
	{
		Name: "set_every_month", Type: Set,
		Pattern:  "every|each {month}",
		Build:    func(m *Match) (Expr, bool) { return Expr{Month: m.Int("month")}, true },
		Examples: []string{"held [each July] in"},
	},
	{
		Name: "set_every_pod", Type: Set,
		Pattern:  "every|each {pod}",
		Build:    func(m *Match) (Expr, bool) { return Expr{PartOfDay: partOfDayCodes[m.Int("pod")]}, true },
		Examples: []string{"[every morning]"},
	},
	{
		Name: "set_adverb", Type: Set,
		Pattern: "how=daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|biannually|semiannually",
		Build: func(m *Match) (Expr, bool) {
			// TimeML tags the adjective too: "daily flights", "weekly address".
			switch m.Word("how") {
			case "daily", "nightly":
				return Expr{Amount: 1, Unit: Day}, true
			case "weekly":
				return Expr{Amount: 1, Unit: Week}, true
			case "biweekly":
				return Expr{Amount: 2, Unit: Week}, true
			case "monthly":
				return Expr{Amount: 1, Unit: Month}, true
			case "quarterly":
				return Expr{Amount: 1, Unit: Quarter}, true
			case "yearly", "annually":
				return Expr{Amount: 1, Unit: Year}, true
			case "biannually", "semiannually":
				return Expr{Amount: 6, Unit: Month}, true
			case "hourly":
				return Expr{Amount: 1, Unit: Hour}, true
			}
			return Expr{}, false
		},
		Examples: []string{"the auditors report [daily].", "paid [annually]"},
	},
	{
		Name: "set_times_a_unit", Type: Set,
		Pattern: "[how=once|twice|thrice] a|an {unit:u}",
		Build: func(m *Match) (Expr, bool) {
			if !m.Has("how") {
				w := m.PrevWord()
				if w != "times" && w != "once" && w != "twice" {
					return Expr{}, false
				}
			}
			return duration(m)
		},
		Examples: []string{"meets [twice a year]"},
	},
}
