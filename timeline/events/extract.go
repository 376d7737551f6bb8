package events

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/sentence"
	"github.com/timeline-tool/timeline/timeline/source"
	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Options tune Extract.
type Options struct {
	// DCT is the document date relative expressions count from and inferred
	// intervals end at. Zero means the document's own (Published), and with
	// none, relative dates anchor to the last explicit date.
	DCT timex.Value
	// Fallback is the date used when neither DCT nor the document gives
	// one (timeline.yaml's reference_date).
	Fallback timex.Value
	// Source names the document in mentions; "" means the document's Path.
	Source string
}

// dated is one date expression of the text that may date an event.
type dated struct {
	start, end  int // in the text
	first, last int // tokens
	value       timex.Value
	sent        int
}

// cand is an event being built: one mention, before merging.
type cand struct {
	date       timex.Value
	sent       int
	head       int    // token of the event word, -1 for none
	typ        string // the type of the lexicon's table: what finding undated mentions compares
	kind       string // the type the event is given (classify)
	rule       int    // the typeRules index that gave kind, -1 for none
	stem       string
	title      string
	people     []string
	orgs       []string
	places     []string
	conf       float64
	mentions   []timeline.Mention
	inferred   bool
	caption    bool
	dateStated bool // the text gives the date of this mention
}

// doc is the state of one extraction.
type doc struct {
	d         *source.Document
	text      string // Plain: what is tokenised
	quoteText string // Text: what quotes are cut from
	base      int    // offset of text in the document (see Window)
	name      string
	spans     []sentence.Span
	toks      []token
	sentStart []int // first token of each sentence; len(spans)+1 entries
	headline  []bool
	ents      []entity
	dates     []dated
	dct       timex.Value
	used      map[int]bool // head tokens already taken
	lastHead  int          // head of the last date, -1 for none
	cands     []*cand
	heads     []*word // isHead of each token, filled as asked: nil not yet, noHead none
}

// Window is the most text Extract reads at once. A longer document is cut
// into windows at paragraph breaks (else line breaks, else sentence ends)
// and each is read on its own, with offsets kept exact, so that memory
// stays proportional to the window, not to the document. Events are merged
// across windows as across documents; an undated mention ("the attack")
// finds its event only in its own window.
var Window = 1 << 20

// Extract finds the dated events of a document. Events are in text order,
// with the mentions of one event inside the document merged.
func Extract(d *source.Document, opt Options) []timeline.Event {
	text, quoteText := d.Plain, d.Text
	if text == "" || len(text) != len(quoteText) {
		text = d.Text
	}
	name := opt.Source
	if name == "" {
		name = d.Path
	}
	dct := opt.DCT
	if dct.IsZero() {
		dct = d.Published
	}
	if dct.IsZero() {
		dct = opt.Fallback
	}
	if len(text) <= Window {
		return extractWindow(d, text, quoteText, 0, name, dct)
	}
	var evs []timeline.Event
	for lo := 0; lo < len(text); {
		hi := windowEnd(text, lo, Window)
		evs = append(evs, extractWindow(d, text[lo:hi], quoteText[lo:hi], lo, name, dct)...)
		lo = hi
	}
	return Combine(evs)
}

// windowEnd is where the window that starts at lo ends: the last paragraph
// break before lo+size, else the last line break, else the last sentence
// end (". "), else a rune boundary.
func windowEnd(text string, lo, size int) int {
	hi := lo + size
	if hi >= len(text) {
		return len(text)
	}
	w := text[lo:hi]
	for _, sep := range []string{"\n\n", "\n", ". "} {
		if i := strings.LastIndex(w, sep); i > size/2 {
			return lo + i + len(sep)
		}
	}
	for hi > lo+1 && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

func extractWindow(d *source.Document, text, quoteText string, base int, name string, dct timex.Value) []timeline.Event {
	x := &doc{d: d, text: text, quoteText: quoteText, base: base, name: name, dct: dct, used: map[int]bool{}, lastHead: -1}
	x.prepare()
	x.datedEvents()
	x.anaphora()
	return x.merged()
}

func (x *doc) prepare() {
	x.spans = sentence.Split(x.text)
	x.toks = make([]token, 0, len(x.text)/5+16) // about one token in five bytes of English
	x.sentStart = make([]int, 0, len(x.spans)+1)
	x.headline = make([]bool, len(x.spans))
	for i, s := range x.spans {
		x.sentStart = append(x.sentStart, len(x.toks))
		x.toks = tokenize(x.text, s.Start, s.End, i, x.toks)
		x.headline[i] = s.Kind == sentence.Headline
	}
	x.sentStart = append(x.sentStart, len(x.toks))

	var ref anchor.Reference
	if !x.dct.IsZero() && x.dct.Precision() <= timex.Day && !x.dct.IsInterval() {
		t := x.dct.First()
		ref.DCT = anchor.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	ms := tagger.Tag([]byte(x.text))
	rs := anchor.Resolve(ms, ref)
	for i := range rs {
		r := &rs[i]
		if r.Start < 0 || r.End > len(x.text) || r.Start >= r.End {
			continue
		}
		for k := x.tokenAt(r.Start); k < len(x.toks) && x.toks[k].start < r.End; k++ {
			x.toks[k].timex = true // never part of a name
		}
		v := r.Date // zero for durations, sets, vague references, values with X's
		if v.IsZero() || subDay(r.Text) || wordlessPart(r.Text) {
			continue
		}
		if dl := x.d.Dateline; dl.End > dl.Start && x.base+r.Start < dl.End && x.base+r.End > dl.Start {
			continue // the document's own date dates no event
		}
		dt := dated{start: r.Start, end: r.End, value: v, first: -1, last: -1}
		k := x.tokenAt(r.Start)
		for ; k < len(x.toks) && x.toks[k].start < r.End; k++ {
			if x.toks[k].end <= r.Start {
				continue
			}
			if dt.first < 0 {
				dt.first = k
			}
			dt.last = k
			x.toks[k].date = len(x.dates) + 1
		}
		if dt.first < 0 {
			continue
		}
		dt.sent = x.toks[dt.first].sent
		if a, _ := x.bounds(dt.sent); dt.first > a && x.toks[dt.first-1].lower == "since" {
			continue // "the first loss since 1992": a point of reference, not an event
		}
		x.dates = append(x.dates, dt)
	}
	x.ents = findEntities(x.toks, x.sentStart, x.headline)
	x.heads = make([]*word, len(x.toks))
}

// subDay: a relative expression counted in minutes, hours or seconds ("ten
// minutes later", "hours after the blast") dates a detail of the event just
// told, on its day, not an event of its own.
func subDay(text string) bool {
	unit, rel := false, false
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "minute", "minutes", "hour", "hours", "second", "seconds":
			unit = true
		case "later", "after", "earlier", "before", "ago", "afterwards":
			rel = true
		}
	}
	return unit && rel
}

// wordlessPart: "the second half" without a year is more often a half of
// a match or of a story than of the document's year. ("The fourth
// quarter" is kept: in the news it is the business quarter.)
func wordlessPart(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "half") && !strings.ContainsAny(l, "0123456789") && !strings.Contains(l, "year")
}

// tokenAt is the first token that ends after off.
func (x *doc) tokenAt(off int) int {
	k, _ := slices.BinarySearchFunc(x.toks, off, func(t token, off int) int {
		if t.end <= off {
			return -1
		}
		return 1
	})
	return k
}

// sentence bounds in tokens.
func (x *doc) bounds(s int) (int, int) { return x.sentStart[s], x.sentStart[s+1] }

func (x *doc) datedEvents() {
	for di := range x.dates {
		dt := &x.dates[di]
		if x.spans[dt.sent].Kind == sentence.Caption {
			x.captionEvent(dt)
			continue
		}
		h := x.pickHead(dt)
		if di > 0 && x.coordinated(&x.dates[di-1], dt) && x.lastHead >= 0 {
			// "lost the finals of 1974 and 1978", "surgery in 2017 and 2018,
			// and again in 2021": one event word, several events
			h = x.lastHead
		}
		x.lastHead = h
		if h < 0 {
			continue
		}
		c := x.build(h, dt.value)
		c.dateStated = true
		c.mentions = []timeline.Mention{x.mention(dt.start, dt.end, dt.sent)}
		if x.headline[dt.sent] {
			c.conf -= 0.1
		}
		x.cands = append(x.cands, c)
		x.used[h] = true
		x.tied(dt.sent, c)
	}
}

// coordinated: two dates joined by "and", "or" or a comma.
func (x *doc) coordinated(a, b *dated) bool {
	if a.sent != b.sent || a.last >= b.first {
		return false
	}
	for j := a.last + 1; j < b.first; j++ {
		if l := x.toks[j].lower; l != "and" && l != "or" && l != "," && l != "in" && l != "again" && l != "also" && l != "then" {
			return false
		}
	}
	return true
}

// captionEvent is the low-confidence event of a date in a photo caption or a
// byline: it dates a picture, not what the article tells.
func (x *doc) captionEvent(dt *dated) {
	c := &cand{date: dt.value, sent: dt.sent, head: -1, typ: "caption", conf: 0.2, caption: true, dateStated: true}
	a, b := x.bounds(dt.sent)
	for k := a; k < b; k++ {
		if e := x.toks[k].ent; e != 0 && x.ents[e-1].first == k {
			c.addEntity(&x.ents[e-1])
		}
	}
	c.title = "Photo caption"
	if len(c.places) > 0 {
		c.title = "Photo caption: " + c.places[0]
	}
	c.mentions = []timeline.Mention{x.mention(dt.start, dt.end, dt.sent)}
	x.cands = append(x.cands, c)
}

// isHead reports whether token k can name an event.
func (x *doc) isHead(k int) *word {
	if k >= len(x.heads) {
		return x.head(k)
	}
	switch w := x.heads[k]; w {
	case noHead:
		return nil
	case nil:
		w = x.head(k)
		if w == nil {
			x.heads[k] = noHead
		} else {
			x.heads[k] = w
		}
		return w
	default:
		return w
	}
}

// noHead marks a token isHead has found no event word.
var noHead = &word{}

// head is isHead, not remembered: it depends only on the tokens, their
// names and dates, all known once the text is prepared.
func (x *doc) head(k int) *word {
	t := &x.toks[k]
	next := ""
	if k+1 < len(x.toks) && x.toks[k+1].sent == t.sent {
		next = x.toks[k+1].lower
	}
	if phrasalFirst[t.lower] {
		pair := t.lower + " " + next
		if w := phrasal[pair]; w != nil {
			return w // "came ashore", "gave way", "took office"
		}
		if phrasalPair[pair] && k+2 < len(x.toks) && x.toks[k+2].sent == t.sent {
			if w := phrasal[pair+" "+x.toks[k+2].lower]; w != nil {
				return w // "came to power"
			}
		}
	}
	if !t.word || t.ent != 0 || t.date != 0 || len(t.lower) < 3 || light[t.lower] {
		return nil
	}
	if goFirst[t.lower] && goPreps[t.lower+" "+next] && k+2 < len(x.toks) && x.toks[k+2].sent == t.sent && x.isHead(k+2) != nil {
		return nil // "the union goes on strike": the noun is the event
	}
	prev := ""
	if a, _ := x.bounds(t.sent); k > a {
		prev = x.toks[k-1].lower
	}
	if phrasalFirst[prev] && phrasal[prev+" "+t.lower] != nil {
		return nil // "made landfall": the verb names it
	}
	if next == "'s" || t.lower == "place" && (prev == "took" || prev == "take" || prev == "takes" || prev == "taken" || prev == "taking") {
		return nil // "the storm's eye": a possessor; "took place": its subject is the event
	}
	if t.cap && k != x.sentStart[t.sent] {
		return nil
	}
	w := lookup(t.lower)
	if w == nil {
		return x.unknownVerb(k)
	}
	if w.class == "STATE" || w.class == "I_STATE" || w.class == "ASPECTUAL" {
		// "began to" passes the event on; "a degree she began in 2019" does not
		aspectual := w.class == "ASPECTUAL" && !w.noun && next != "to" && !strings.HasSuffix(next, "ing")
		if w.typ == "" && !aspectual {
			return nil
		}
	}
	return w
}

// unknownVerb gives a past-tense verb the corpora lack ("lambasted") a
// weak entry, so that a sentence with a date and such a verb is not lost.
func (x *doc) unknownVerb(k int) *word {
	t := &x.toks[k]
	if len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") || t.cap || strings.ContainsAny(t.lower, "-'") {
		return nil
	}
	a, b := x.bounds(t.sent)
	if len(t.lower) == 5 && !(k+1 < b && particles[x.toks[k+1].lower]) {
		return nil // a short word in -ed is a verb with its particle only: "wiped out"
	}
	if k == a {
		return nil
	}
	p := x.toks[k-1].lower
	if determiners[p] || preps[p] || p == "and" || p == "or" || p == "," || x.toks[k-1].date != 0 {
		return nil // an adjective: "the disputed vote", "well-armed and trained"
	}
	if k+1 < len(x.toks) && x.toks[k+1].sent == t.sent && x.toks[k+1].word && !x.toks[k+1].cap && !determiners[x.toks[k+1].lower] && !preps[x.toks[k+1].lower] && !particles[x.toks[k+1].lower] && lookup(x.toks[k+1].lower) == nil {
		return nil // "disputed presidential election": a modifier before a noun; but "splashed down"
	}
	base := strings.TrimSuffix(t.lower, "ed")
	for _, f := range []string{base + "ing", base + "s", base + "es", base, base + "e", base[:len(base)-1] + "ing"} {
		if w := lookup(f); w != nil && !w.noun {
			return &word{stem: w.stem, lemma: w.lemma, class: w.class, participle: t.lower, count: w.count, typ: w.typ}
		}
	}
	return &word{stem: base, class: "", participle: t.lower, count: 0}
}

var classWeight = map[string]float64{"OCCURRENCE": 1, "I_ACTION": 0.7, "REPORTING": 0.35, "PERCEPTION": 0.3, "ASPECTUAL": 0.3, "STATE": 0.25, "I_STATE": 0.2, "": 0.6}

// pickHead chooses the event word a date dates: a head right after the date
// ("the 2009 election"), else the best-scored head of the sentence, scored
// by the word's class and type, its distance from the date, and the clause
// boundaries between them.
func (x *doc) pickHead(dt *dated) int {
	a, b := x.bounds(dt.sent)
	initial := true // the date opens the sentence: "In 2020 ...", "On Aug. 1, 2024, ..."
	for k := a; k < dt.first; k++ {
		if x.toks[k].word && !x.isPrep(k) && !determiners[x.toks[k].lower] || !x.toks[k].word && x.toks[k].lower != "(" {
			initial = false
		}
	}
	prepBefore := dt.first > a && x.isPrep(dt.first-1) && !initial
	pred := x.datedSubject(dt)         // the predicate after a date that ends its event noun's phrase
	inLo, inHi := x.insertedClause(dt) // ", which opened in 1977,": the clause the date is in
	best, bestScore := -1, 0.0
	for k := a; k < b; k++ {
		if x.used[k] {
			continue
		}
		w := x.isHead(k)
		if w == nil {
			continue
		}
		noun := x.isNoun(k, w)
		s := classWeight[w.class]
		if k+1 < b && particles[x.toks[k+1].lower] && s < classWeight["OCCURRENCE"] {
			s = classWeight["OCCURRENCE"] // "touched down", "called off": a verb with its particle happens
		}
		if w.typ != "" {
			s += 0.6
		}
		s += math.Min(math.Log1p(float64(w.count))/12, 0.3)
		lo, hi := k, dt.first
		if k > dt.last {
			lo, hi = dt.last, k
		}
		dist, bounds := 0, 0
		after := k > dt.last
		intro := initial && after && x.introComma(dt) // still inside "In its Aug.1, 2024 edition,"
		for j := lo + 1; j < hi; j++ {
			t := &x.toks[j]
			if t.date != 0 {
				continue
			}
			dist++
			if intro && t.lower == "," {
				intro = false
				continue
			}
			if initial && after && (t.lower == "(" || t.lower == ")") {
				continue
			}
			switch t.lower {
			case ",", ";", "—", "–", "(", ")", ":", "who", "which", "whose", "but", "while", "although", "because":
				bounds++
				if after && !initial {
					s *= 0.6 // a date closes the clause before it: "... in the 1960s, and it demanded"
				}
			case "and":
				if after && !initial {
					s *= 0.6
					if j == k-1 && !noun {
						s *= 0.6 // "graduated in 1998 and joined the firm": a verb of a clause of its own
					}
				}
			case "that":
				if after {
					s *= 0.5 // "on Sept. 14, from two black holes that merged"
				}
			}
		}
		s /= 1 + float64(dist)*0.12
		s *= math.Pow(0.55, float64(min(bounds, 3)))
		premod := after && noun && x.premodified(dt, k)
		if premod && !(initial && k+1 < b && x.toks[k+1].lower == ",") {
			s *= 4
		}
		if intro && x.commaAfter(k) {
			s *= 0.2 // a head of the introductory phrase itself
		}
		if after && !premod && prepBefore {
			s *= 0.7
		}
		if after && x.whenClause(dt, k) {
			// "an improvement from 2008, when the company posted a loss";
			// but "an earthquake in 1934, when people died" keeps the earthquake,
			// and without the comma the clause says when the verb before
			// happened ("he died in June 1785 when his balloon caught fire")
			if x.typedBefore(dt) || x.toks[dt.last+1].lower != "," {
				s *= 1.5
			} else {
				s *= 8
			}
		}
		if after && x.afterCue(k) {
			s *= 0.15 // "in 2020 and the subsequent assassination": not dated by 2020
		}
		if initial && k > dt.last && !noun {
			s *= 1.6
		}
		// Only penalties follow: a head that cannot win is not examined further.
		if s <= max(bestScore, 0.15) {
			continue
		}
		if !noun && x.toks[k].lower[len(x.toks[k].lower)-1] == 'g' && strings.HasSuffix(x.toks[k].lower, "ing") && !x.auxBefore(k) {
			s *= 0.5 // a participle that modifies ("letting spies")
		}
		if !noun && k > a && x.toks[k-1].lower == "to" {
			s *= 0.5 // an infinitive: "failing to prevent"
		}
		if pred >= 0 && k >= pred {
			s *= 0.3 // "the collapse of the bridge on Aug. 14, 2018 killed 43 people": the collapse is dated
		}
		if inLo >= 0 && (k < inLo || k > inHi) {
			s *= 0.3 // "The museum, which opened in 1977, was closed": the date is the clause's
		}
		if noun && x.backgroundNoun(k) {
			s *= 0.3 // "more than five centuries after the battle", "during the war": a point of reference
		}
		if noun && x.predicative(k) {
			s *= 0.3 // "came ashore as a Category 3 storm": what something was, not what happened
		}
		if x.modal(k) {
			s *= 0.1 // "a win would give them a home final": a hypothesis
		}
		if s <= bestScore {
			continue
		}
		if noun && x.governed(k) >= 0 {
			s *= 0.35 // "held a hearing on the crash", "thrashed Brazil in the semifinal": the governor is the event
		}
		if noun && w.typ == "" && x.subjectOfVerb(k) {
			s *= 0.5 // "the Huygens probe touched down": the verb tells what happened
		}
		if !noun && (w.class == "REPORTING" || w.typ == "publication") && x.typedObject(k) {
			s *= 0.3 // "the government announced a purge": the purge is the event
		}
		if !noun && x.reducedRelative(k) {
			s *= 0.4 // "a Persian army sent by King Darius I landed": the participle modifies
		}
		if s > bestScore {
			best, bestScore = k, s
		}
	}
	if bestScore < 0.15 {
		return -1
	}
	return best
}

// backgroundNoun: the noun k is in a phrase of "after", "before", "since",
// "during" or "until" (through determiners and modifiers).
func (x *doc) backgroundNoun(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-4; j-- {
		t := &x.toks[j]
		switch t.lower {
		case "after", "before", "since", "during", "until", "following", "amid":
			return true
		}
		if !t.word || x.isPrep(j) || t.date != 0 {
			return false
		}
	}
	return false
}

// governedPreps join a noun to the event word before it: "a hearing on the
// crash", "the inquiry into the fire", "thrashed Brazil in the semifinal".
var governedPreps = map[string]bool{"on": true, "into": true, "of": true, "over": true, "about": true, "for": true,
	"against": true, "in": true, "at": true, "with": true, "without": true, "to": true}

// governed is the event word that the noun k is a phrase of, or -1: an event
// noun or a verb before the preposition that opens k's phrase, through the
// verb's object ("thrashed Brazil 7-1 in the semifinal"), within the
// clause. Such a noun is what the event is about or where it happened, not
// the event: "the Senate held a hearing on the crash" is the hearing. A
// reporting or stative verb governs nothing ("said in a statement").
func (x *doc) governed(k int) int {
	a, _ := x.bounds(x.toks[k].sent)
	j := k - 1
	for j >= a && j >= k-4 && (determiners[x.toks[j].lower] && x.toks[j].lower != "of" || x.toks[j].word && !x.isPrep(j) && x.toks[j].ent == 0 && x.modifier(j) || isNumber(x.toks[j].lower) && x.toks[j].date == 0) {
		j--
	}
	if j <= a || !governedPreps[x.toks[j].lower] || x.toks[j].date != 0 {
		return -1
	}
	for m := j - 1; m >= a && m >= j-7; m-- {
		t := &x.toks[m]
		if t.date != 0 || t.timex || clauseEnd(t.lower) || subordinators[t.lower] {
			return -1
		}
		w := x.isHead(m)
		if w == nil {
			if !t.word && !isNumber(t.lower) {
				return -1
			}
			continue
		}
		if x.isNoun(m, w) || w.noun && m > a && x.toks[m-1].lower == "to" { // "sentenced to death for the murder"
			if x.backgroundNoun(m) || x.predicative(m) {
				return -1
			}
			return m
		}
		if w.class == "REPORTING" || w.class == "STATE" || w.class == "I_STATE" || w.class == "PERCEPTION" || x.reducedRelative(m) {
			return -1
		}
		if m == j-1 && (verbPreps[x.toks[j].lower] || x.toks[j].lower == "to") && (lookup(x.toks[k].lower).typ != "") == (x.toks[j].lower != "to") {
			// "died in the attack", "injured in a crash", "returned to the
			// top flight": the noun is the event, told with its verb; but
			// "sentenced to death" is the sentence
			return -1
		}
		return m
	}
	return -1
}

// modifier: the word at j may stand in a noun phrase before its noun: no
// event word, or an event noun that modifies ("a trade deal", "a peace
// treaty").
func (x *doc) modifier(j int) bool {
	w := x.isHead(j)
	return w == nil || x.isNoun(j, w)
}

// datedSubject: the date is the last phrase of the subject of the verb
// after it, an event noun phrase that opens the sentence ("The crash of
// Flight 447 on June 1, 2009 killed all 228 people aboard", "the talks in
// Vienna on April 6 made little progress"): the date dates the noun, and
// the predicate tells what it did. It returns the predicate's first token,
// or -1.
func (x *doc) datedSubject(dt *dated) int {
	a, b := x.bounds(dt.sent)
	p := dt.last + 1
	for p < b && (auxiliaries[x.toks[p].lower] || x.adverb(p)) {
		p++
	}
	if p >= b || dt.first-1 <= a || !x.isPrep(dt.first-1) {
		return -1
	}
	if t := &x.toks[p]; !t.word || t.cap || !light[t.lower] && !strings.HasSuffix(t.lower, "ed") && !pastForms[t.lower] {
		if w := x.isHead(p); w == nil || x.isNoun(p, w) {
			return -1
		}
	}
	event := false
	for j := a; j < dt.first-1; j++ {
		t := &x.toks[j]
		if clauseEnd(t.lower) || t.date != 0 || subordinators[t.lower] {
			return -1
		}
		if w := x.isHead(j); w != nil {
			if !x.isNoun(j, w) {
				return -1 // "police arrested a man on May 3 and charged him"
			}
			event = true
		}
	}
	if !event {
		return -1
	}
	return p
}

// insertedClause is the clause between commas that opens with "which" or
// "who" and holds the date ("The museum, which opened in 1977, was
// closed"): its commas, or -1, -1.
func (x *doc) insertedClause(dt *dated) (int, int) {
	a, b := x.bounds(dt.sent)
	lo := -1
	for j := dt.first - 1; j > a; j-- {
		l := x.toks[j].lower
		if l == "which" || l == "who" {
			if x.toks[j-1].lower == "," {
				lo = j - 1
			}
			break
		}
		if clauseEnd(l) && l != "that" || x.toks[j].date != 0 {
			return -1, -1
		}
	}
	if lo < 0 {
		return -1, -1
	}
	for j := dt.last + 1; j < b; j++ {
		if x.toks[j].date != 0 {
			continue
		}
		if l := x.toks[j].lower; l == "," {
			return lo, j
		} else if clauseEnd(l) && l != "and" && l != "that" {
			return -1, -1
		}
	}
	return -1, -1
}

// subjectOfVerb: the noun k is the subject of the event verb right after it
// ("the Huygens probe touched down"), through adverbs; an aspectual verb
// passes its event on to the noun ("the investigation began").
func (x *doc) subjectOfVerb(k int) bool {
	_, b := x.bounds(x.toks[k].sent)
	j := k + 1
	for j < b && x.adverb(j) {
		j++
	}
	if j >= b || x.toks[j].cap {
		return false
	}
	w := x.isHead(j)
	return w != nil && !x.isNoun(j, w) && w.class != "ASPECTUAL" && !strings.HasSuffix(x.toks[j].lower, "ing")
}

// predicative: "as a (Category 3) storm".
func (x *doc) predicative(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-5; j-- {
		t := &x.toks[j]
		if t.lower == "as" {
			return j+1 < k && (x.toks[j+1].lower == "a" || x.toks[j+1].lower == "an")
		}
		if !t.word && !isNumber(t.lower) || t.date != 0 || x.isPrep(j) {
			return false
		}
	}
	return false
}

// modal: "would", "could" or "might" stands right before the head, and no
// reporting verb before it makes it reported speech.
func (x *doc) modal(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-3; j-- {
		switch x.toks[j].lower {
		case "would", "could", "might":
			// but "announced it would cut 13,000 jobs" reports a plan
			for i := a; i < j; i++ {
				if w := lookup(x.toks[i].lower); w != nil && !w.noun && (w.class == "REPORTING" || w.typ == "publication") {
					return false
				}
			}
			return true
		case "not", "also", "then", "have", "be", "still", "never":
			continue
		}
		return false
	}
	return false
}

// reducedRelative: a past participle right after a noun and before "by"
// ("an army sent by Darius", "towns struck by Hurricane Delia").
func (x *doc) reducedRelative(k int) bool {
	a, b := x.bounds(x.toks[k].sent)
	if k == a || k+1 >= b || x.toks[k+1].lower != "by" || !strings.HasSuffix(x.toks[k].lower, "ed") && x.toks[k].lower != "sent" && x.toks[k].lower != "struck" && x.toks[k].lower != "led" {
		return false
	}
	p := &x.toks[k-1]
	return p.word && !preps[p.lower] && !auxiliaries[p.lower] && !determiners[p.lower] && !x.isPrep(k-1) && p.lower != "he" && p.lower != "she" && p.lower != "they" && p.lower != "it"
}

// typedObject: a typed event noun follows the verb k as its object ("announced
// a purge of", "reported a loss").
func (x *doc) typedObject(k int) bool {
	_, b := x.bounds(x.toks[k].sent)
	for j := k + 1; j < b && j <= k+4; j++ {
		if w := x.isHead(j); w != nil && w.typ != "" && w.typ != "publication" && x.isNoun(j, w) {
			return true
		}
		if !x.toks[j].word || x.isPrep(j) {
			return false
		}
	}
	return false
}

// typedBefore: a typed event word stands before the date in its sentence.
func (x *doc) typedBefore(dt *dated) bool {
	a, _ := x.bounds(dt.sent)
	for k := a; k < dt.first; k++ {
		if w := x.isHead(k); w != nil && w.typ != "" {
			return true
		}
	}
	return false
}

// whenClause: k is in a "when" clause right after the date.
func (x *doc) whenClause(dt *dated, k int) bool {
	j := dt.last + 1
	if j < k && x.toks[j].lower == "," {
		j++
	}
	if j >= k || x.toks[j].lower != "when" {
		return false
	}
	for m := j + 1; m < k; m++ {
		if l := x.toks[m].lower; l == "," || l == ";" {
			return false
		}
	}
	return true
}

// introComma: a comma closes the phrase that opens with the date within
// three tokens ("On Aug. 1, 2024, ...", "In its Aug.1, 2024 edition, ...").
func (x *doc) introComma(dt *dated) bool {
	_, b := x.bounds(dt.sent)
	for j := dt.last + 1; j < b && j <= dt.last+3; j++ {
		if x.toks[j].lower == "," {
			return true
		}
	}
	return false
}

// commaAfter: a comma follows k in its sentence.
func (x *doc) commaAfter(k int) bool {
	_, b := x.bounds(x.toks[k].sent)
	for j := k + 1; j < b; j++ {
		if x.toks[j].lower == "," {
			return true
		}
	}
	return false
}

// premodified: the date stands right before the head, with at most three
// modifiers between ("the disputed 2009 presidential election").
func (x *doc) premodified(dt *dated, k int) bool {
	if k-dt.last > 4 {
		return false
	}
	for j := dt.last + 1; j < k; j++ {
		t := &x.toks[j]
		if !t.word || x.isHead(j) != nil && x.isNoun(j, lookup(t.lower)) || x.isPrep(j) {
			return false
		}
	}
	return true
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "its": true, "his": true, "her": true, "their": true, "our": true, "'s": true, "my": true, "your": true, "whose": true, "of": true, "both": true, "another": true, "any": true, "every": true, "each": true}

var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true, "had": true, "has": true, "have": true, "to": true, "will": true, "would": true, "did": true, "not": true, "also": true, "then": true, "who": true, "which": true, "reportedly": true, "allegedly": true, "never": true, "later": true, "first": true, "just": true, "already": true}

func (x *doc) auxBefore(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-3; j-- {
		l := x.toks[j].lower
		if auxiliaries[l] || strings.HasSuffix(l, "ly") {
			if l == "was" || l == "were" || l == "is" || l == "are" || l == "been" || l == "be" || l == "being" || l == "had" || l == "has" || l == "have" || l == "to" || l == "will" || l == "would" || l == "who" || l == "which" {
				return true
			}
			continue
		}
		return false
	}
	return false
}

// passive: "was assassinated", "has been killed".
func (x *doc) passive(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-3; j-- {
		switch l := x.toks[j].lower; {
		case l == "was" || l == "were" || l == "is" || l == "are" || l == "been" || l == "be" || l == "being" || l == "got" || l == "get":
			return true
		case strings.HasSuffix(l, "ly") || l == "not" || l == "also" || l == "reportedly" || l == "allegedly":
			continue
		default:
			return false
		}
	}
	return false
}

func (x *doc) isNoun(k int, w *word) bool {
	a, _ := x.bounds(x.toks[k].sent)
	if k > a {
		p := x.toks[k-1].lower
		if determiners[p] {
			return true
		}
		if x.toks[k-1].ent != 0 || x.toks[k-1].date != 0 {
			// "the Tehran killing", "the 2009 election"; but "Spain won",
			// "the Senate held": a verb's past form
			if l := x.toks[k].lower; strings.HasSuffix(l, "ed") || !w.noun && w.participle == l || pastForms[l] {
				return false
			}
			m := k - 1
			for m > a && (x.toks[m].ent != 0 && x.toks[m].ent == x.toks[k-1].ent || x.toks[m].date != 0 && x.toks[m].date == x.toks[k-1].date) {
				m--
			}
			return w.noun || determiners[x.toks[m].lower]
		}
		if p == "to" && k-1 > a && w.noun && goPreps[x.toks[k-2].lower+" to"] {
			return true // "went to war": no infinitive
		}
		article := k-1 > a && (x.toks[k-2].lower == "a" || x.toks[k-2].lower == "an" || x.toks[k-2].lower == "the")
		if (auxiliaries[p] && !(article && w.noun)) || p == "who" || p == "they" || p == "he" || p == "she" || p == "it" {
			return false // but "a later mission"
		}
		if k-1 > a && determiners[x.toks[k-2].lower] && adjectives[p] {
			return true // "her last match"
		}
		if k-1 > a && (x.toks[k-2].lower == "a" || x.toks[k-2].lower == "an") && x.toks[k-1].word && !x.toks[k-1].cap && x.isHead(k-1) == nil &&
			!strings.HasSuffix(x.toks[k].lower, "ed") && !strings.HasSuffix(x.toks[k].lower, "s") && w.participle != x.toks[k].lower {
			return true // "a federal grant": after "a" and a word, a noun
		}
		// an adjective after a determiner: "the brutal killing", "a thorough purge"
		if k-1 > a && determiners[x.toks[k-2].lower] && x.isHead(k-1) == nil && x.toks[k-1].word && (w.noun || strings.HasSuffix(x.toks[k].lower, "ing")) {
			return true
		}
	}
	if strings.HasSuffix(x.toks[k].lower, "ed") {
		return false
	}
	if !w.noun && !pastForms[x.toks[k].lower] && x.verbAfter(k) {
		// "the first transatlantic telephone call took place": a word
		// between a determiner and a verb is a noun
		for j := k - 1; j >= a && j >= k-4; j-- {
			t := &x.toks[j]
			if determiners[t.lower] && t.lower != "of" {
				return true
			}
			if w2 := lookup(t.lower); !t.word || t.cap || x.isPrep(j) || w2 != nil && !w2.noun || auxiliaries[t.lower] && t.lower != "first" {
				break
			}
		}
	}
	return w.noun
}

// adjectives that stand between a determiner and a noun.
var adjectives = map[string]bool{"last": true, "first": true, "final": true, "new": true, "major": true, "second": true,
	"third": true, "next": true, "big": true, "former": true, "only": true, "latest": true, "historic": true}

// particleOf is the verb a particle at k completes ("brought it back",
// "were handed back"), or -1.
func (x *doc) particleOf(k int) int {
	a, _ := x.bounds(x.toks[k].sent)
	if !particles[x.toks[k].lower] || k == a {
		return -1
	}
	j := k - 1
	switch x.toks[j].lower {
	case "it", "them", "him", "her", "us":
		j--
	}
	if j < a || !x.toks[j].word || x.toks[j].cap || determiners[x.toks[j].lower] || x.isPrep(j) || auxiliaries[x.toks[j].lower] {
		return -1
	}
	if w := lookup(x.toks[j].lower); w != nil && !w.noun || strings.HasSuffix(x.toks[j].lower, "ed") || light[x.toks[j].lower] {
		return j
	}
	return -1
}

// verbAfter: the token after k is a verb or an auxiliary ("call took
// place", "launch was delayed").
func (x *doc) verbAfter(k int) bool {
	if k+1 >= len(x.toks) || x.toks[k+1].sent != x.toks[k].sent {
		return false
	}
	l := x.toks[k+1].lower
	if light[l] || l == "will" || l == "would" || l == "has" || l == "had" {
		return true
	}
	if w := lookup(l); w != nil && !w.noun && !x.toks[k+1].cap {
		return strings.HasSuffix(l, "ed") || w.participle == l
	}
	return false
}

var preps = map[string]bool{"as": true, "like": true, "in": true, "into": true, "of": true, "at": true, "on": true, "to": true, "for": true, "with": true, "from": true, "by": true, "against": true, "near": true, "outside": true, "under": true, "over": true, "across": true, "through": true, "within": true, "after": true, "before": true, "during": true, "since": true, "until": true, "about": true, "inside": true, "between": true, "among": true, "toward": true, "towards": true, "upon": true, "around": true, "above": true, "below": true, "behind": true, "beyond": true, "along": true}

func (x *doc) isPrep(k int) bool { return preps[x.toks[k].lower] }

// build makes the event a head names, dated v.
func (x *doc) build(h int, v timex.Value) *cand {
	w := x.isHead(h)
	if w == nil {
		w = lookup(x.toks[h].lower)
	}
	c := &cand{date: v, sent: x.toks[h].sent, head: h, typ: w.typ, stem: w.stem, conf: 0.55}
	if c.typ == "" {
		c.typ = "event"
		if w.class == "REPORTING" {
			c.typ = "statement"
		}
	} else {
		c.conf += 0.15
	}
	f := x.frame(h, w)
	if v := x.particleOf(h); v >= 0 {
		// "brought it back", "handed back": the particle is told by its verb
		vw := lookup(x.toks[v].lower)
		if vw == nil || vw.noun {
			vw = &word{stem: x.toks[v].lower, participle: x.toks[v].lower}
		}
		f = x.frame(v, vw)
	}
	c.title = f.title()
	if !f.noun && len(f.subjText) > 0 {
		// "an earthquake struck": the subject names the kind of event; its
		// noun is the word before its phrase ("the vote on the treaty")
		last := f.subjText[len(f.subjText)-1]
		for i := 1; i < len(f.subjText); i++ {
			if preps[f.subjText[i]] {
				last = f.subjText[i-1]
				break
			}
		}
		sw := lookup(last)
		if sw == nil {
			sw = lookup(strings.TrimSuffix(last, "s"))
		}
		if sw != nil && sw.typ != "" && sw.noun {
			c.typ = sw.typ
		}
	}
	c.kind, c.rule = x.classify(f, c.typ)
	if len(strings.Fields(c.title)) < 3 && (f.subj == nil && f.arg == nil) {
		// a word or two say too little: name the sentence's first actor
		a, _ := x.bounds(c.sent)
		for k := a; k < h; k++ {
			if e := x.ent(k); e != nil && e.kind != place {
				c.title = e.name + " " + strings.ToLower(c.title)
				f.entities = append(f.entities, e)
				break
			}
		}
	}
	// the entities of the clause around the head
	for _, e := range f.entities {
		c.addEntity(e)
	}
	if len(f.entities) > 0 {
		c.conf += 0.1
	}
	switch n := len(strings.Fields(c.title)); {
	case n < 2:
		c.conf -= 0.3 // below the default min_confidence of 0.5
	case n < 3:
		c.conf -= 0.15
	}
	if x.toks[h].lower == "said" || w.class == "REPORTING" {
		c.conf -= 0.1
	}
	if v.Precision() <= timex.Month {
		c.conf += 0.05
	}
	c.conf = math.Round(math.Min(c.conf, 0.95)*100) / 100
	return c
}

func (c *cand) addEntity(e *entity) {
	switch e.kind {
	case person:
		c.people = appendNew(c.people, e.name)
	case org:
		c.orgs = appendNew(c.orgs, e.name)
	case place:
		c.places = appendNew(c.places, e.name)
	}
}

func appendNew(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// mention is the mention of text[start:end] in sentence s.
func (x *doc) mention(start, end, s int) timeline.Mention {
	sp := x.spans[s]
	qs, qe := min(sp.Start, start), max(sp.End, end) // a date the splitter cut ("3:55 p.m. Eastern time")
	m := timeline.Mention{Source: x.name, Text: flat(x.quoteText[start:end]), Quote: flat(x.quoteText[qs:qe])}
	if fs, fe, ok := x.d.Offsets.FileSpan(x.base+start, x.base+end); ok {
		m.Start, m.End, m.HasOffsets = fs, fe, true
	} else if x.d.Offsets.Mapping() == source.TextOnly {
		m.Start, m.End, m.HasOffsets = x.base+start, x.base+end, true // a PDF: offsets into its text
	}
	return m
}

// flat replaces line breaks and tabs by spaces, one for one.
func flat(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// tied finds the events of sentence s that have no date of their own but
// are placed by c: "the subsequent assassination of X" after c (an interval
// from c's date to the document date), or another event of the same clause
// that names someone ("After the 2009 election, ... a purge of the
// Ministry"), which takes c's date.
func (x *doc) tied(s int, c *cand) {
	a, b := x.bounds(s)
	for k := a; k < b; k++ {
		if x.used[k] || k == c.head {
			continue
		}
		w := x.isHead(k)
		if w == nil || w.typ == "" || w.typ == "publication" {
			continue
		}
		if x.hasDateNear(k) {
			continue
		}
		after := x.afterCue(k)
		noun := x.isNoun(k, w)
		f := x.frame(k, w)
		if len(f.entities) == 0 || f.arg == nil && noun {
			continue // an unnamed "protests", "the attacks": too vague
		}
		if !after && (!noun || f.arg == nil) {
			continue // a verb of its own clause ("6,400 Persians died"): its date is not the sentence's
		}
		if !after && x.governed(k) >= 0 {
			continue // "protests over the death of X began on": what the dated event is about, not dated by it
		}
		if k > a && phrasalFirst[x.toks[k-1].lower] && phrasal[x.toks[k-1].lower+" "+x.toks[k].lower] != nil {
			continue // "made landfall": the verb's event, dated or not
		}
		if x.sameAs(c, f) || f.verbAt >= 0 && f.verbAt == c.head {
			continue // "reached the summit": the dated verb's object is its event
		}
		var v timex.Value
		if after {
			end := x.dct
			if end.IsZero() || end.IsInterval() {
				end = x.latest() // written after the last date it tells of
			}
			v = timex.Between(undecorated(c.date), end)
			if v.IsZero() {
				v = timex.OpenAfter(undecorated(c.date))
			}
			if v.IsZero() {
				continue
			}
		} else {
			v = c.date
		}
		t := x.build(k, v)
		t.inferred = after
		t.conf = math.Round((t.conf-0.15)*100) / 100
		ps, pe := x.phrase(k, f)
		t.mentions = []timeline.Mention{x.mention(ps, pe, s)}
		x.used[k] = true
		x.cands = append(x.cands, t)
	}
}

// latest is the latest single date the document gives, or zero.
func (x *doc) latest() timex.Value {
	var best timex.Value
	for _, d := range x.dates {
		if d.value.IsInterval() {
			continue
		}
		if best.IsZero() || d.value.Last().After(best.Last()) {
			best = d.value
		}
	}
	return best
}

// undecorated is the start of an interval, or v.
func undecorated(v timex.Value) timex.Value {
	if v.IsInterval() {
		a, _ := v.Ends()
		if !a.IsZero() {
			return a
		}
	}
	return v
}

// hasDateNear: a date right after the head ("killed on July 31") or right
// before it ("the 2009 election") is its own.
func (x *doc) hasDateNear(k int) bool {
	a, b := x.bounds(x.toks[k].sent)
	for j := k + 1; j < min(b, k+5); j++ {
		if x.toks[j].date != 0 {
			return true
		}
		if l := x.toks[j].lower; l == "," || l == "and" || l == ";" {
			break
		}
	}
	for j := k - 1; j >= max(a, k-3); j-- {
		if x.toks[j].date != 0 {
			return true
		}
		if l := x.toks[j].lower; !x.toks[j].word || l == "and" || preps[l] || determiners[l] {
			break
		}
	}
	return false
}

// afterCue: "subsequent", "later", "followed by", "then", "after which"
// before the head says it came after the event that dates the sentence.
func (x *doc) afterCue(k int) bool {
	a, _ := x.bounds(x.toks[k].sent)
	for j := k - 1; j >= a && j >= k-4; j-- {
		switch x.toks[j].lower {
		case "subsequent", "later", "followed", "then", "ensuing", "following", "next", "afterwards", "eventual", "resulting", "retaliatory":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// sameAs: the frame names what c already is (same type and a shared name).
func (x *doc) sameAs(c *cand, f *frame) bool {
	w := lookup(x.toks[f.head].lower)
	if w == nil || (w.typ != c.typ && w.stem != c.stem) {
		return false
	}
	for _, e := range f.entities {
		if slices.Contains(c.people, e.name) || slices.Contains(c.orgs, e.name) {
			return true
		}
	}
	return false
}

// phrase is the span that names the event of frame f: from its determiner
// to the end of its argument ("the assassination of Mohsen Fakhrizadeh").
func (x *doc) phrase(k int, f *frame) (int, int) {
	first, last := k, k
	a, _ := x.bounds(x.toks[k].sent)
	if f.arg != nil && f.arg.first < first {
		first = f.arg.first
	}
	if f.arg != nil && f.arg.last > last {
		last = f.arg.last
	}
	if f.subj != nil && f.subj.first < first && f.subj.first >= k-4 {
		first = f.subj.first
	}
	for first > a && first > k-3 && (determiners[x.toks[first-1].lower] && x.toks[first-1].lower != "of" || x.toks[first-1].lower == "subsequent") {
		first--
	}
	return x.toks[first].start, x.toks[last].end
}

// anaphora attaches the undated mentions of events already found: "the
// killing", "this attack", "Haniyeh's assassination". A mention goes to the
// most salient earlier event of its type (most mentions, then latest); a
// mention that names someone must name someone of the event.
func (x *doc) anaphora() {
	if len(x.cands) == 0 {
		return
	}
	// Candidates by sentence, so that each mention looks only at the events
	// of the last anaphoraWindow sentences.
	byS := append([]*cand(nil), x.cands...)
	slices.SortStableFunc(byS, func(a, b *cand) int { return a.sent - b.sent })
	for k := range x.toks {
		if x.used[k] || x.toks[k].date != 0 {
			continue
		}
		w := x.isHead(k)
		if w == nil || w.typ == "" || !x.isNoun(k, w) {
			continue
		}
		if x.hasDateNear(k) || strings.HasSuffix(x.toks[k].lower, "s") && !strings.HasSuffix(x.toks[k].lower, "ss") {
			continue // plural: "both attacks" names several events
		}
		f := x.frame(k, w)
		if f.verbAt >= 0 && f.subjAt >= 0 && pronouns[x.toks[f.subjAt].lower] {
			// "Israel has not said it carried out the attack": the agent a
			// pronoun guesses neither vouches for nor rules out an event
			f.subj, f.subjs = nil, nil
		}
		var best *cand
		bestScore := 0.0
		s := x.toks[k].sent
		from, _ := slices.BinarySearchFunc(byS, s-anaphoraWindow, func(c *cand, s int) int { return c.sent - s })
		for _, c := range byS[from:] {
			if c.sent > s {
				break
			}
			if c.caption || c.typ != w.typ && c.stem != w.stem && !related(c.typ, w.typ) {
				continue
			}
			if c.mentions[0].Start > x.toks[k].start && c.sent != x.toks[k].sent {
				continue // only earlier events
			}
			if own := f.own(); len(own) > 0 && !c.shares(own) {
				continue
			}
			if f.namesPerson() && !c.sharesPerson(f) {
				continue
			}
			score := float64(len(c.mentions)) + 0.1
			if c.dateStated {
				score += 0.5
			}
			if score >= bestScore {
				best, bestScore = c, score
			}
		}
		if best == nil {
			continue
		}
		ps, pe := x.phrase(k, f)
		best.mentions = append(best.mentions, x.mention(ps, pe, x.toks[k].sent))
		for _, e := range f.own() {
			best.addEntity(e)
		}
		x.used[k] = true
		if !best.inferred {
			n := len(x.cands)
			x.tied(x.toks[k].sent, best)
			for _, c := range x.cands[n:] {
				i, _ := slices.BinarySearchFunc(byS, c.sent+1, func(c *cand, s int) int { return c.sent - s })
				byS = slices.Insert(byS, i, c)
			}
		}
	}
}

// anaphoraWindow is how many sentences back "the killing" may point.
const anaphoraWindow = 60

// related types may name the same event: a killing is an attack.
func related(a, b string) bool {
	pair := func(p, q string) bool { return a == p && b == q || a == q && b == p }
	return pair("killing", "attack") || pair("sabotage", "attack") || pair("killing", "death")
}

func (c *cand) sharesPerson(f *frame) bool {
	for _, e := range f.own() {
		if e.kind == person && slices.Contains(c.people, e.name) {
			return true
		}
	}
	return false
}

func (c *cand) shares(es []*entity) bool {
	for _, e := range es {
		if slices.Contains(c.people, e.name) || slices.Contains(c.orgs, e.name) || slices.Contains(c.places, e.name) {
			return true
		}
	}
	return false
}

// merged turns the candidates into events, merging those that are one.
func (x *doc) merged() []timeline.Event {
	var evs []timeline.Event
	for _, c := range x.cands {
		evs = append(evs, c.event(x))
	}
	return Combine(evs)
}

func (c *cand) event(x *doc) timeline.Event {
	desc := ""
	if len(c.mentions) > 0 {
		desc = describe(c.mentions[0].Quote)
	}
	e := timeline.Event{
		Date:        c.date,
		Title:       c.title,
		Description: desc,
		Type:        cmp.Or(c.kind, c.typ),
		Origin:      timeline.OriginExtracted,
		Entities:    timeline.Entities{People: c.people, Organizations: c.orgs, Places: c.places},
		Confidence:  c.conf,
		Mentions:    c.mentions,
	}
	e.ID = timeline.ExtractedID(e)
	return e
}

// describe makes the one-sentence description: the quote with its runs of
// white space collapsed.
func describe(q string) string {
	q = strings.Join(strings.Fields(q), " ")
	if q != "" && !strings.ContainsAny(q[len(q)-1:], ".!?\"”)") {
		q += "."
	}
	return q
}
