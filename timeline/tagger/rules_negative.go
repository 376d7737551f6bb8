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
	{
		Name: "neg_press_noun", Negative: true,
		Pattern: "how=daily|weekly|monthly",
		Build: func(m *Match) (Expr, bool) {
			return Expr{}, pressNoun(m)
		},
		Examples: []string{"the conservative [daily] Jomhouri Eslami said", "the Communist Party [daily] Granma",
			"the news [weekly] Der Spiegel", "the [daily] said on its front page", "in an interview with the [daily],"},
	},
}

// pressNouns are the adverbs of frequency that also name a periodical:
// "the conservative daily Jomhouri Eslami", "the news weekly Der Spiegel".
var pressNouns = wordSet("daily", "weekly", "monthly")

// reportVerbs follow a newspaper that is the subject: "the daily said".
var reportVerbs = wordSet("said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes",
	"published", "publishes", "added", "claimed", "claims", "cited", "cites", "noted", "notes", "carried", "printed", "ran")

var determiners = wordSet("the", "a", "an", "this", "that", "its", "their", "his", "her", "another")

// pressNoun reports whether "daily" (or "weekly", "monthly") at the match
// is a noun, a newspaper, rather than an adverb or adjective of frequency.
// It is one when a name follows it ("daily Granma": a capitalized word
// that is not a weekday or month), when a reporting verb follows it ("the
// daily said"), or when it ends a noun phrase opened by a determiner or a
// name ("published in the daily.", "the Communist Party daily,").
func pressNoun(m *Match) bool {
	n := m.after(1)
	if n == nil || n.gap == gapPara {
		return false
	}
	if n.kind == kWord {
		if m.nextIn(reportVerbs) {
			return true
		}
		if !n.upper || weekdayLex.contains(n.id) || monthLex.contains(n.id) {
			return false
		}
		return true
	}
	if n.kind != kPunct || n.punct != ',' && n.punct != '.' && n.punct != ';' && n.punct != ')' {
		return false
	}
	p := m.before(1)
	if p == nil || p.kind != kWord || m.m.toks[m.start].gap == gapPara {
		return false
	}
	if determiners[p.id] {
		return true
	}
	// "the Communist Party daily,": a name before it, not at a sentence start.
	q := m.before(2)
	return p.upper && q != nil && !(q.kind == kPunct && (q.punct == '.' || q.punct == '!' || q.punct == '?'))
}

var scoreWords = wordSet("won", "lost", "beat", "defeated", "drew", "tied", "led", "trailed", "score", "scored", "victory", "defeat", "win", "loss")

var ageRules = []Rule{
	{
		// "a man in his 30s", "her late twenties": an age, not a decade.
		Name: "neg_age_decade", Negative: true,
		Pattern:  "his|her|their|my|your|our [early|mid|late] {sdecade}",
		Examples: []string{"when he was in [his 30s], she", "a woman in [her late twenties]"},
	},
	{
		Name: "neg_age_decade_mid", Negative: true,
		Pattern:  "his|her|their|my|your|our mid-{sdecade}",
		Examples: []string{"players in [their mid-20s]"},
	},
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
