package tagger

// Negative rules: text that looks like a date and is not. A negative match
// consumes its span, so no other rule can tag inside it.

var negativeRules = []Rule{
	{
		Name: "neg_label_number", Negative: true,
		Pattern:  "label=room|page|flight|route|highway|interstate|no|chapter|section|article|apartment|suite|exit|platform|gate|boeing|airbus|model|verse|psalm|vol|volume|tower|level|channel|cessna|bus|lot .? #? {num}",
		Examples: []string{"in [Room 1960] we", "see [page 31]", "a [Boeing 747] landed", "flew [Flight 1549] to", "[No. 2009] on"},
	},
	{
		Name: "neg_number_quantity", Negative: true,
		Pattern:  "{num} unit=troops|soldiers|people|meters|metres|feet|miles|tons|tonnes|pounds|dollars|euros|shares|votes|points|barrels|cars|acres|hectares|workers|employees|jobs|residents|km|kilometers|kilometres|kg|voters|units|homes|students|members",
		Examples: []string{"sent [2,000 troops] to", "a [1960 meters] climb", "[2009 votes] were"},
	},
	{
		Name: "neg_score", Negative: true,
		Pattern: "{n31:a}-{n31:b}",
		Build: func(m *Match) (Expr, bool) {
			// "won 3-2": small numbers joined by a hyphen after a result verb.
			return Expr{}, m.prevIn(scoreWords)
		},
		Examples: []string{"United won [3-2] at"},
	},
	{
		Name: "neg_may_name", Negative: true,
		Pattern: "{month}",
		Build: func(m *Match) (Expr, bool) {
			// "Theresa May", "Brian May said": a capitalized word before a bare month.
			t := m.before(1)
			if t == nil || t.kind != kWord || !t.upper || m.m.toks[m.start].gap != gapSpace || m.prevIn(datePreps) {
				return Expr{}, false
			}
			if _, ok := monthRisky.get(m.m.toks[m.start].id); !ok {
				return Expr{}, false
			}
			if n := m.nextToken(); n != nil && n.kind == kNum {
				return Expr{}, false
			}
			return Expr{}, true
		},
		Examples: []string{"Prime Minister Theresa [May] said"},
	},
}

var scoreWords = wordSet("won", "lost", "beat", "defeated", "drew", "tied", "led", "trailed", "score", "scored", "victory", "defeat", "win", "loss")

var ageRules = []Rule{
	{
		Name: "neg_age", Negative: true,
		Pattern:  "{amount}-{unit}-old",
		Examples: []string{"the [6-year-old] boy", "a [44-year-old] man"},
	},
	{
		Name: "neg_age_old", Negative: true,
		Pattern:  "{amount} {units} old",
		Examples: []string{"Mr. Smith, [52 years old], said"},
	},
}
