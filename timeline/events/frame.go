package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// frame is what the text says around an event word: who did it, to whom,
// where. Titles are made from it.
type frame struct {
	head     int
	form     string // the head as written, lower case
	w        *word
	noun     bool
	passive  bool
	subj     *entity   // the agent (active) or patient (passive) named before the verb
	subjs    []*entity // coordinated subjects, "Neil Armstrong and Buzz Aldrin" (subj is one of them)
	subjText []string  // the subject as words, when it names no one ("saboteurs", "Luna 15 probe")
	ctrl     []string  // the verb an infinitive head depends on: "expected to", "plans to"
	modal    string    // "to" or "to be" for a head after "will", "would": "to inspect"
	inf      bool      // the head is an infinitive: "to bring"
	arg      *entity   // the argument of a noun: "of X", "X's N", "the X N"
	argPoss  string    // the possessor of the argument: "Iran's" in "of Iran's Ministry"
	argPrep  string    // "of", "at", "in", "'s" or "" (a premodifier)
	mods     []string  // modifiers before a noun ("disputed presidential", "first free")
	pp       []string  // the phrase that defines a noun without argument: "from Florida", "of treaty"
	outer    []string  // the event noun this one is the "of" phrase of: "signing of" the treaty
	pred     []string  // what a noun that is its clause's subject did: "watched by a million people"
	object   []string  // a verb's object, compressed
	relVerb  string    // "that accused": the verb of a relative clause after a noun
	verb     []string  // the verb a noun is the object of ("suffered a major earthquake"), with its "plans to"
	verbAt   int       // the token of that verb
	relObj   []string
	place    *entity // "in Tehran"
	placePre string
	entities []*entity
	subjAt   int // the first token of the subject, -1 when none was found in the sentence
}

// own is the names the event word itself takes: its argument and subject.
func (f *frame) own() []*entity {
	var out []*entity
	if f.arg != nil {
		out = append(out, f.arg)
	}
	if f.subj != nil && !(f.noun && f.arg != nil) {
		out = append(out, f.subj) // the agent of a noun with no argument of its own
	}
	return out
}

func (f *frame) namesPerson() bool {
	for _, e := range f.own() {
		if e.kind == person {
			return true
		}
	}
	return false
}

func (x *doc) ent(k int) *entity {
	if k < 0 || k >= len(x.toks) || x.toks[k].ent == 0 {
		return nil
	}
	return &x.ents[x.toks[k].ent-1]
}

func (x *doc) frame(h int, w *word) *frame {
	f := &frame{head: h, form: x.toks[h].lower, w: w, noun: x.isNoun(h, w), subjAt: -1, verbAt: -1}
	a, b := x.bounds(x.toks[h].sent)
	if f.noun {
		x.nounArgs(f, a, b)
	} else {
		f.passive = x.passive(h)
		f.form = x.pastAfterDo(h, a, w)
		x.verbSubject(f, a)
		f.modal = x.future(h, a, f.passive)
		f.inf = h > a && x.toks[h-1].lower == "to"
		f.object = x.object(h+1, b)
		if len(f.object) == 0 && !f.passive {
			f.object = x.gap(f, a) // "a degree that she began": the antecedent is the object
		}
	}
	// the place: "in/at/near/outside P" after the head, in its clause
	for k := h + 1; k < b && k <= h+12; k++ {
		l := x.toks[k].lower
		if l == ";" || l == "—" || l == "who" || l == "which" || x.toks[k].date != 0 && l != "in" && l != "on" {
			if x.toks[k].date == 0 {
				break
			}
		}
		if (l == "in" || l == "at" || l == "near" || l == "outside" || l == "inside") && k+1 < b {
			j := k + 1
			if x.toks[j].lower == "the" {
				j++
			}
			if e := x.ent(j); e != nil && e.kind == place && e != f.arg {
				f.place, f.placePre = e, l
				break
			}
		}
	}
	add := func(e *entity) {
		if e == nil {
			return
		}
		for _, o := range f.entities {
			if o.name == e.name {
				return
			}
		}
		f.entities = append(f.entities, e)
	}
	add(f.subj)
	for _, e := range f.subjs {
		add(e)
	}
	add(f.arg)
	add(f.place)
	if f.argPoss != "" && f.arg != nil && f.arg.first >= 2 {
		add(x.ent(f.arg.first - 2))
	}
	// other names in the head's clause
	lo, hi := h, h
	for lo > a && !clauseEnd(x.toks[lo-1].lower) {
		lo--
	}
	for hi+1 < b && !clauseEnd(x.toks[hi+1].lower) {
		hi++
	}
	for k := lo; k <= hi; k++ {
		if e := x.ent(k); e != nil && e.first == k {
			add(e)
		}
	}
	return f
}

func clauseEnd(l string) bool {
	switch l {
	case ";", "—", "–", ":", "(", ")", ",", "and", "but", "while", "although", "whereas", "who", "which", "that":
		return true
	}
	return false
}

// nounArgs finds what an event noun takes: its argument, its modifiers, the
// phrase that defines it, the verb it is the object of, or, when it is its
// clause's subject, what it did.
func (x *doc) nounArgs(f *frame, a, b int) {
	h := f.head
	x.nounArg(f, a, b)
	// modifiers: "the disputed 2009 presidential election", "the first free flight"
	{
		for k := h - 1; k >= a && k >= h-3; k-- {
			t := &x.toks[k]
			if t.date != 0 {
				continue
			}
			if !t.word || t.cap || determiners[t.lower] || x.isPrep(k) || light[t.lower] || auxiliaries[t.lower] && t.lower != "first" || x.finiteVerb(k, a) {
				break
			}
			f.mods = append([]string{t.lower}, f.mods...)
		}
	}
	// a noun that is a verb's object takes the verb's subject as its agent:
	// "Jomhouri Eslami ran an editorial", "prosecutors opened an inquiry"
	start := x.npStart(f, a)
	v := start - 1
	var prep string
	if v > a && f.arg == nil && verbPreps[x.toks[v].lower] {
		v, prep = v-1, x.toks[v].lower // "applied for a federal grant"
	} else if v > a && particles[x.toks[v].lower] && x.toks[v-1].word && !x.toks[v-1].cap && x.governs(v-1) {
		v, prep = v-1, x.toks[v].lower // "carried out a raid"
	}
	phrase := false // "went on strike": a light verb the noun makes an event
	var recipient []string
	if v > a && v == start-1 && goPreps[x.toks[v-1].lower+" "+x.toks[v].lower] {
		v, prep, phrase = v-1, x.toks[v].lower, true
	} else if r, ws := x.recipient(start, a); r >= 0 && f.arg == nil {
		v, recipient, phrase = r, ws, true // "gave the defendant a life sentence"
	}
	reported := false     // "said yesterday that the work would start"
	reportedSubj := false // "police said the fire started in the kitchen": the noun is the reported clause's subject
	if w := lookup(x.toks[max(v, a)].lower); w != nil && w.class == "REPORTING" {
		for m := start; m < h; m++ {
			reported = reported || x.toks[m].lower == "that"
		}
		if !reported && v == start-1 && len(x.predicate(h+1, b)) > 0 {
			reported, reportedSubj = true, true
		}
	}
	if v >= a && x.toks[v].word && !x.toks[v].cap && (phrase || x.governs(v)) && !(f.arg != nil && causes[x.toks[v].lower]) && !reported {
		g := &frame{head: v, subjAt: -1}
		x.verbSubject(g, a)
		f.subj, f.subjs, f.subjText, f.subjAt = g.subj, g.subjs, g.subjText, g.subjAt
		if m := x.future(v, a, false); m != "" && len(g.ctrl) == 0 {
			g.ctrl = []string{m} // "the judge will give the banker a sentence": "to give"
		}
		f.verb, f.verbAt = append(g.ctrl, x.pastAfterDo(v, a, lookup(x.toks[v].lower))), v
		if prep != "" {
			f.verb = append(f.verb, prep)
		}
		f.verb = append(f.verb, recipient...)
	}
	// "her breakthrough": the person, when no verb names the agent
	if f.arg == nil && len(f.verb) == 0 && start < h {
		if l := x.toks[start].lower; l == "his" || l == "her" {
			if e, _ := x.pronoun(start); e != nil {
				f.arg, f.argPrep = e, "'s"
			}
		}
	}
	// "editorial that accused the authorities"
	if h+2 < b && (x.toks[h+1].lower == "that" || x.toks[h+1].lower == "which") {
		k := h + 2
		if w := x.isHead(k); w != nil {
			f.relVerb = x.toks[k].lower
			f.relObj = x.object(k+1, b)
		}
	}
	// "the signing of the treaty": the event noun that takes this one
	if start-2 > a && x.toks[start-1].lower == "of" && len(f.verb) == 0 {
		o := start - 2
		if w := x.isHead(o); w != nil && x.isNoun(o, w) && determiners[x.toks[o-1].lower] {
			f.outer = []string{x.toks[o].lower, "of"}
			start = o - 1
		}
	}
	if f.arg != nil && f.argPrep != "'s" && f.argPrep != "" {
		// "the war in the Pacific ended", "the crash of Flight 447 killed"
		if len(f.verb) == 0 && f.relVerb == "" && (reportedSubj || x.opensClause(start, a)) {
			f.pred = x.predicate(f.arg.last+1, b)
		}
		return
	}
	end := h
	f.pp, end = x.definingPhrase(h, b)
	// "The launch from Florida on July 16 had been watched by a million
	// people": a noun that opens its clause is told with what it did
	if len(f.verb) == 0 && f.relVerb == "" && (reportedSubj || x.opensClause(start, a)) && (f.arg == nil || f.arg.kind == person) {
		f.pred = x.predicate(end+1, b)
	}
}

// finiteVerb: the word at k before a noun is the verb that takes it, not
// its modifier ("Britain declared war", "the government declared war"): a
// verb form, or a word in -ed, that follows no determiner, date or
// adjective ("the disputed election", "the first elected mayor").
func (x *doc) finiteVerb(k, a int) bool {
	t := &x.toks[k]
	if w := lookup(t.lower); !(w != nil && !w.noun || strings.HasSuffix(t.lower, "ed") || publishing[t.lower]) {
		return false
	}
	j := k - 1
	for j >= a && x.adverb(j) {
		j-- // "the hotly disputed election", "Britain formally declared war"
	}
	if j < a {
		return true
	}
	p := &x.toks[j]
	return !(determiners[p.lower] && p.lower != "of" || p.date != 0 || adjectives[p.lower] || !p.word && !isNumber(p.lower))
}

// nounArg finds the argument of an event noun: "the killing of X", "X's
// killing", "the Tehran killing".
func (x *doc) nounArg(f *frame, a, b int) {
	h := f.head
	// "N of X", "N at X", "N in X", "N against X", "N by X"
	if h+1 < b {
		switch p := x.toks[h+1].lower; p {
		case "of", "at", "in", "against", "on", "by", "within", "inside", "near":
			j := h + 2
			for j < b && j < h+5 && (determiners[x.toks[j].lower] || x.toks[j].word && !x.toks[j].cap && x.toks[j].ent == 0 && x.isHead(j) == nil && !x.isPrep(j)) {
				j++
			}
			if e := x.ent(j); e != nil {
				// "of Hamas' political leader X": the person, not the group
				if j2 := e.last + 1; j2 < b && (x.toks[j2].lower == "'s" || x.toks[j2].lower == "’" || x.toks[j2].lower == "'") {
					for m := j2 + 1; m < b && m <= j2+6; m++ {
						if p2 := x.ent(m); p2 != nil && p2.kind == person {
							f.arg, f.argPrep = p2, p
							return
						}
						if l := x.toks[m].lower; l == "," || l == "and" {
							break
						}
					}
				}
				// "of Iran's Ministry of Intelligence"
				if j+2 < b && x.toks[j+1].lower == "'s" {
					if e2 := x.ent(j + 2); e2 != nil {
						f.arg, f.argPoss, f.argPrep = e2, e.name+"'s", p
						return
					}
				}
				f.arg, f.argPrep = e, p
				return
			}
		}
	}
	// "X's N", "X's brutal N"
	j := h - 1
	for j > a && x.toks[j].word && !x.toks[j].cap && x.isHead(j) == nil && j >= h-2 && x.toks[j].lower != "the" {
		j--
	}
	if j > a && x.toks[j].lower == "'s" {
		if e := x.ent(j - 1); e != nil {
			f.arg, f.argPrep = e, "'s"
			return
		}
	}
	// "the Tehran killing", "the Natanz sabotage"
	if e := x.ent(h - 1); e != nil {
		f.arg, f.argPrep = e, ""
	}
}

// npStart is the first token of the noun phrase the event noun heads: its
// determiner, modifiers, premodifying date and name.
func (x *doc) npStart(f *frame, a int) int {
	s := f.head
	for s > a {
		k := s - 1
		t := &x.toks[k]
		switch {
		case t.date != 0:
		case f.arg != nil && (f.argPrep == "" || f.argPrep == "'s") && x.ent(k) == f.arg:
		case t.lower == "'s" && f.argPrep == "'s":
		case determiners[t.lower] && t.lower != "of" && t.lower != "whose":
		case t.word && !t.cap && slices.Contains(f.mods, t.lower):
		default:
			return s
		}
		s--
	}
	return s
}

// causes are verbs whose subject caused an event rather than did it: "the
// vote triggered a purge of the ministry" is the purge.
var causes = map[string]bool{"triggered": true, "caused": true, "sparked": true, "prompted": true, "provoked": true,
	"led": true, "followed": true, "preceded": true, "ended": true, "halted": true, "stopped": true, "survived": true,
	"witnessed": true, "saw": true, "fuelled": true, "fueled": true, "unleashed": true}

// verbPreps join a verb to the noun after them: "applied for a grant",
// "died in a crash".
var verbPreps = map[string]bool{"for": true, "into": true, "with": true, "in": true}

// goPreps: a verb of motion and a preposition that make one event with
// the event noun after them, which keeps the verb and its subject:
// "workers went on strike", "the mayor went on trial", "the town came
// under attack".
var goPreps, goFirst = func() (map[string]bool, map[string]bool) {
	m, first := map[string]bool{}, map[string]bool{}
	for _, forms := range []struct{ verbs, preps string }{
		{"go goes went gone going", "on to into"},
		{"come comes came coming", "under"},
	} {
		for _, v := range strings.Fields(forms.verbs) {
			for _, p := range strings.Fields(forms.preps) {
				m[v+" "+p] = true
			}
			first[v] = true
		}
	}
	return m, first
}()

// giving are the verbs that give an event noun to someone: "the judge gave
// the defendant a life sentence", "the court handed Smith a fine". The
// noun keeps the verb, its subject and the recipient.
var giving = map[string]bool{"gave": true, "give": true, "gives": true, "given": true, "giving": true,
	"handed": true, "hand": true, "hands": true, "handing": true, "dealt": true, "deal": true, "deals": true,
	"granted": true, "grant": true, "grants": true, "awarded": true, "award": true, "awards": true}

// recipient finds the giving verb before the recipient that ends before
// the noun phrase at start ("gave the defendant | a life sentence"): the
// verb's token and the recipient's words, without articles, or -1.
func (x *doc) recipient(start, a int) (int, []string) {
	if start-1 <= a || !determiners[x.toks[start].lower] {
		return -1, nil
	}
	var ws []string
	for k := start - 1; k > a && k >= start-4; k-- {
		t := &x.toks[k]
		if giving[t.lower] && !t.cap {
			if len(ws) == 0 {
				return -1, nil
			}
			return k, ws
		}
		if !t.word || t.date != 0 || x.isPrep(k) || light[t.lower] {
			return -1, nil
		}
		if t.lower == "the" || t.lower == "a" || t.lower == "an" {
			continue
		}
		ws = append([]string{t.text}, ws...)
	}
	return -1, nil
}

// governs: the word at v is a verb that can take an event noun as its
// object ("ran", "opened", "declared").
func (x *doc) governs(v int) bool {
	l := x.toks[v].lower
	if publishing[l] {
		return true
	}
	switch l {
	case "is", "are", "was", "were", "be", "been", "being", "am":
		return false // "Delia is the first hurricane"
	}
	w := lookup(l)
	if w == nil {
		w = x.unknownVerb(v) // "applied for a grant"
	}
	return w != nil && !x.isNoun(v, w)
}

// opensClause: the noun phrase starting at s is its clause's subject: it
// opens the sentence, or follows a date or a comma ("On July 16 the launch
// ...").
func (x *doc) opensClause(s, a int) bool {
	if s == a {
		return true
	}
	t := &x.toks[s-1]
	return t.date != 0 || t.timex || t.lower == "," || t.lower == "—" || t.lower == ":"
}

// definingPhrase is the phrase after a noun that says which event it is:
// "from Florida", "of the treaty", "with people aboard", "into the road
// contracts". It returns the phrase without articles, and its last token.
func (x *doc) definingPhrase(h, b int) ([]string, int) {
	if h+2 >= b {
		return nil, h
	}
	switch x.toks[h+1].lower {
	case "from", "of", "to", "into", "with", "for", "on", "against", "over", "between", "across", "aboard", "toward", "towards":
	default:
		return nil, h
	}
	if x.toks[h+1].lower == "to" {
		// "a mission to bring samples back": the verb and its object
		w := lookup(x.toks[h+2].lower)
		if w == nil || w.noun || x.toks[h+2].cap {
			return nil, h
		}
		obj := x.object(h+3, b)
		return append([]string{"to", x.toks[h+2].lower}, obj[:min(len(obj), 5)]...), h + 2 + len(obj)
	}
	var ws []string
	end := h + 1
	for j := h + 2; j < b && j <= h+10; j++ {
		t := &x.toks[j]
		l := t.lower
		if l == "the" || l == "a" || l == "an" {
			continue
		}
		if l == "'s" && len(ws) > 0 {
			ws[len(ws)-1] += "'s"
			end = j
			continue
		}
		if l == "and" && j > h+2 && x.toks[j-1].ent != 0 && x.ent(j+1) != nil {
			ws = append(ws, l) // "the war between Iran and Iraq"
			continue
		}
		if t.date != 0 || t.timex || !t.word && !isNumber(l) || x.isPrep(j) && t.ent == 0 && !(l == "of" && len(ws) > 0) || clauseEnd(l) || light[l] || auxiliaries[l] {
			break // but "a ban on the sale of new petrol cars"
		}
		if t.ent == 0 && !t.cap {
			if w := lookup(l); w != nil && !w.noun && !x.isNoun(j, w) || strings.HasSuffix(l, "ed") && len(l) > 4 {
				break // a verb: "the flight with people aboard took place"
			}
		}
		ws = append(ws, t.text)
		end = j
	}
	if n := len(ws); n > 0 && ws[n-1] == "of" {
		ws, end = ws[:n-1], end-1
	}
	if len(ws) == 0 {
		return nil, h
	}
	if len(ws) > 4 {
		ws = ws[len(ws)-3:] // "on the state's dam safety program" → "on dam safety program"
	}
	return append([]string{x.toks[h+1].lower}, ws...), end
}

// predicate is what a noun that is its clause's subject did, from token j:
// what follows the phrases that still tell of the noun ("on July 16,
// 1969"), the auxiliaries, the verb and its object. A light verb gives only
// its phrase ("came at the 2013 French Open" → "at French Open").
func (x *doc) predicate(j, b int) []string {
	inPP := false
	for n := 0; j < b && n < 10; n, j = n+1, j+1 {
		t := &x.toks[j]
		switch {
		case t.date != 0 || t.timex || t.ent != 0 || isNumber(t.lower):
		case x.isPrep(j):
			inPP = true
		case determiners[t.lower] && t.lower != "that":
		case inPP && t.word && !t.cap && x.isHead(j) == nil && !light[t.lower] && !auxiliaries[t.lower]:
		default:
			goto verb
		}
	}
	return nil
verb:
	for ; j < b && (auxiliaries[x.toks[j].lower] || x.adverb(j)); j++ {
		switch x.toks[j].lower {
		case "not", "never", "who", "which", "to", "would":
			return nil
		}
	}
	if j >= b || !x.toks[j].word || x.toks[j].cap {
		return nil
	}
	l := x.toks[j].lower
	switch {
	case l == "took" || l == "takes" || l == "happened" || l == "occurred" || l == "came":
		k := j + 1
		if l == "took" || l == "takes" {
			if k >= b || x.toks[k].lower != "place" {
				return nil
			}
			k++
		}
		if obj := x.object(k, b); len(obj) > 0 && preps[strings.ToLower(obj[0])] {
			return obj // "came at the 2013 French Open" → "at French Open"
		}
		return nil
	case phaseVerbs[l]:
		// "the investigation into the fire began": the noun's event, and
		// which phase of it the date gives ("opened in London"); "the
		// release ended a crisis": what it did
		return append([]string{l}, x.object(j+1, b)...)
	case light[l]:
		return nil
	}
	w := x.isHead(j)
	if w == nil || x.isNoun(j, w) {
		return nil
	}
	return append([]string{l}, x.object(j+1, b)...)
}

// phaseVerbs say which phase of its subject's event a date gives: "the
// trial began", "the war ended".
var phaseVerbs = map[string]bool{"began": true, "begins": true, "started": true, "starts": true, "ended": true, "ends": true,
	"opened": true, "opens": true, "closed": true, "resumed": true, "resumes": true, "concluded": true, "finished": true}

// pastAfterDo is the verb at v as the title writes it: "did not confirm
// the crossing until" confirmed it then, so "confirmed" (a regular past
// only).
func (x *doc) pastAfterDo(v, a int, w *word) string {
	l := x.toks[v].lower
	j := v - 1
	for j >= a && (x.toks[j].lower == "not" || x.adverb(j)) {
		j--
	}
	if j >= a && x.toks[j].lower == "did" && w != nil && strings.HasSuffix(w.participle, "ed") && !strings.HasSuffix(l, "ed") {
		return w.participle
	}
	return l
}

// adverb: an -ly word ("already", "reportedly") or a short adverb that may
// stand between an auxiliary and its verb.
func (x *doc) adverb(k int) bool {
	t := &x.toks[k]
	if t.cap || !t.word {
		return false
	}
	switch t.lower {
	case "now", "still", "first", "already", "also", "then", "later", "soon", "just", "again":
		return true
	}
	return strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// lyNouns end in -ly but are no adverbs: "the family filed a lawsuit".
var lyNouns = map[string]bool{"family": true, "rally": true, "ally": true, "assembly": true, "supply": true, "reply": true,
	"monopoly": true, "anomaly": true, "homily": true, "bully": true, "belly": true, "jelly": true, "lily": true, "folly": true,
	"fly": true, "apply": true, "rely": true, "comply": true, "imply": true, "multiply": true, "daily": true, "weekly": true, "monthly": true}

// verbSubject finds the subject of the verb at f.head, through the verb an
// infinitive head depends on: "Apollo 12, which is expected to fly".
func (x *doc) verbSubject(f *frame, a int) {
	v := f.head
	if c := x.control(f.head, a); c >= 0 {
		f.ctrl = []string{x.toks[c].lower, "to"}
		v = c
	}
	x.subject(f, a, v)
	// "Forecasters expect Delia to weaken": "Delia expected to weaken"
	if h := f.head; len(f.ctrl) == 0 && f.subjAt > a && len(f.subjs) == 0 && h-1 > a && x.toks[h-1].lower == "to" && (f.subj == nil || f.subj.kind != place && f.subj.last == h-2) {
		m := f.subjAt - 1
		if m > a && determiners[x.toks[m].lower] {
			m--
		}
		if w := lookup(x.toks[m].lower); w != nil && !w.noun && w.participle != "" && !x.toks[m].cap {
			f.ctrl = []string{w.participle, "to"}
		}
	}
}

// controls are the words an infinitive that names an event depends on:
// "is expected to fly", "plans to hold", "voted to hire".
var controls = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`expected expects scheduled set due likely unlikely poised ready going able unable
		planned plans plan planning hopes hope hoped hoping wants want wanted intends intend intended vowed vows
		agreed agrees decided decides promised promises threatened threatens tried tries sought seeks refused
		refuses failed fails voted votes offered chose began begins started starts continued prepared prepares
		pledged pledges aims aimed helped managed attempted declined appears seems seemed appeared`) {
		controls[w] = true
	}
}

// control is the token of the word an infinitive head depends on ("expected
// to fly"), or -1.
func (x *doc) control(h, a int) int {
	j := h - 1
	if j <= a || x.toks[j].lower != "to" {
		return -1
	}
	j--
	t := &x.toks[j]
	if !t.word || t.cap || !controls[t.lower] || j > a && determiners[x.toks[j-1].lower] {
		return -1 // "a plan to", "the first to"
	}
	return j
}

// future: a head after "will" or "would" is written "to V" ("Army Corps to
// inspect dam"), and a passive one "to be V" ("Kotsev to be sworn in").
func (x *doc) future(h, a int, passive bool) string {
	j := h - 1
	if passive {
		if j < a || x.toks[j].lower != "be" {
			return ""
		}
		j--
	}
	for j >= a && x.adverb(j) {
		j--
	}
	if j < a {
		return ""
	}
	if l := x.toks[j].lower; l == "and" && !passive && !strings.HasSuffix(x.toks[h].lower, "ed") {
		// "will cost 4.2 million pounds and close the quay"
		for m := j - 1; m >= a && m > j-12; m-- {
			switch x.toks[m].lower {
			case "will", "would", "shall":
				return "to"
			case ";", "—", ".", "and", "but":
				return ""
			}
		}
		return ""
	}
	switch x.toks[j].lower {
	case "will", "would", "shall":
		if passive {
			return "to be"
		}
		return "to"
	}
	return ""
}

// subject finds who did (or, passive, underwent) the verb at v: the head, or
// the verb its infinitive depends on.
func (x *doc) subject(f *frame, a, v int) {
	k := v - 1
	for k >= a && (auxiliaries[x.toks[k].lower] && x.toks[k].lower != "who" && x.toks[k].lower != "which" || x.adverb(k)) {
		k--
	}
	if k < a {
		x.fronted(f, a, v)
		return
	}
	switch l := x.toks[k].lower; l {
	case "and", "but", "or":
		x.clauseSubject(f, a, k)
		return
	case "who", "which", "that":
		// the antecedent: a person named within the last dozen tokens, else the nearest name
		var near *entity
		for j := k - 1; j >= a && j >= k-14; j-- {
			if e := x.ent(j); e != nil {
				if e.kind == person {
					f.subj, f.subjAt = e, e.first
					return
				}
				if near == nil {
					near = e
				}
			}
		}
		if near != nil {
			f.subj, f.subjAt = near, near.first
			return
		}
		// no name: the noun before ("Curiosity, which landed")
		m := k - 1
		if m >= a && x.toks[m].lower == "," {
			m--
		}
		f.subjText, f.subjAt = x.npBefore(m, a)
		return
	case ",":
		// "X, who led ..., was assassinated": skip the inserted clause
		for j := k - 1; j >= a; j-- {
			if x.toks[j].lower == "," && x.toks[j].date == 0 {
				if e := x.ent(j + 1); e != nil && e.first == j+1 && e.last == k-1 && e.kind == person {
					f.subj, f.subjAt = e, e.first // "Their manager, Dean Kirkby, was appointed"
					return
				}
				p := j - 1
				if p > a && x.toks[p].lower == "." {
					p-- // "Ford Motors Co., the ..."
				}
				if e := x.ent(p); e != nil {
					f.subj, f.subjAt = e, e.first
					return
				}
				if ws, at := x.npBefore(p, a); ws != nil {
					// "The museum, which opened in 1977, was closed"; "The
					// team, led by Suzanne Dodd, traced" → "Suzanne Dodd's team"
					if j+3 < k && x.toks[j+2].lower == "by" && strings.HasSuffix(x.toks[j+1].lower, "ed") {
						if e := x.ent(j + 3); e != nil && e.kind == person && e.last == k-1 {
							ws = append([]string{e.name + "'s"}, ws...)
						}
					}
					f.subjText, f.subjAt = ws, at
					return
				}
				break
			}
		}
		if l := x.toks[f.head].lower; strings.HasSuffix(l, "ed") || f.w != nil && f.w.participle == l {
			// "the first Olympic Games of the modern era, held in Athens":
			// a participle after a comma tells of the name before it
			for j := k - 1; j >= a && j >= k-8; j-- {
				if e := x.ent(j); e != nil && e.kind != place {
					f.subj, f.subjAt = e, e.first
					return
				}
				if !x.toks[j].word {
					break
				}
			}
			f.subjText, f.subjAt = x.npBefore(k-1, a) // "His account, published c. 1525"
		}
		return
	case "he", "she", "it", "they":
		if k > a && x.isPrep(k-1) {
			// "a section of it collapsed": the noun before is the subject
			f.subjText, f.subjAt = x.npBefore(k-2, a)
			return
		}
		if e, list := x.pronoun(k); e != nil {
			f.subj, f.subjs, f.subjAt = e, list, k
		}
		return
	}
	// the noun phrase before the verb: a name in it, or its last words
	var words []string
	prepAt := -1 // where a phrase of the subject starts in words: "resistance to the drug"
	for j := k; j >= a && j > k-12; j-- {
		t := &x.toks[j]
		if t.lower == "." && j > a && x.toks[j-1].ent != 0 {
			continue // "Apple Inc. today has introduced"
		}
		if x.isPrep(j) && j+1 < len(x.toks) && x.toks[j+1].timex {
			continue // "Boeing on Tuesday delivered"
		}
		if t.lower == ")" {
			// skip a bracket: "Jomhouri Eslami (Islamic Republic) newspaper"
			for j > a && x.toks[j].lower != "(" {
				j--
			}
			continue
		}
		if e := x.ent(j); e != nil {
			if len(words) > 0 && e.last == j && e.kind != person {
				// "the Fish River dam", "the unmanned Luna 15 probe": the name modifies the subject
				f.subjText, f.subjAt = append([]string{e.name}, words...), e.first
				return
			}
			if len(words) == 0 {
				if list := x.conjoined(e, a); len(list) > 1 {
					f.subj, f.subjs, f.subjAt = e, list, list[0].first // "Neil Armstrong and Buzz Aldrin landed"
					return
				}
				if ws, at := x.owner(e, a); ws != nil {
					f.subjText, f.subjAt = ws, at // "the crew of Apollo 11" → "Apollo 11 crew"
					return
				}
				if ws, at := x.locatedAt(e, a); ws != nil {
					f.subjText, f.subjAt = ws, at // "engineers at the Hoover Dam"
					return
				}
			}
			f.subj, f.subjAt = e, e.first
			return
		}
		if x.isPrep(j) && (argPreps[t.lower] || t.lower == "from") && t.lower != "of" && len(words) > 0 && len(words) <= 2 && prepAt < 0 && j > a && x.toks[j-1].word && x.toks[j-1].ent == 0 && !determiners[x.toks[j-1].lower] && !auxiliaries[x.toks[j-1].lower] && x.modifier(j-1) {
			words, prepAt = append([]string{t.lower}, words...), 0 // "delegates from 40 countries", "a referendum on independence"
			continue
		}
		if isNumber(t.lower) && len(words) > 0 && t.ent == 0 && t.date == 0 && !t.timex && j > a && x.isPrep(j-1) {
			words = append([]string{t.text}, words...)
			if prepAt >= 0 {
				prepAt++
			}
			continue
		}
		if !t.word || x.isPrep(j) && t.lower != "of" || auxiliaries[t.lower] || subordinators[t.lower] {
			break
		}
		if t.date != 0 || t.timex {
			continue // "General Motors today named ..."
		}
		if determiners[t.lower] {
			if t.lower == "of" {
				words, prepAt = nil, -1 // "the government of X": keep looking for X's name
				continue
			}
			if j-2 >= a && x.isPrep(j-1) && x.toks[j-2].word && !x.isPrep(j-2) && !determiners[x.toks[j-2].lower] && !auxiliaries[x.toks[j-2].lower] {
				// "the Fish River dam above the town failed": the subject is
				// the noun before the phrase; "resistance to the drug" keeps
				// a phrase that says what it is of
				if argPreps[x.toks[j-1].lower] && len(words) > 0 && len(words) <= 2 && prepAt < 0 {
					words, prepAt = append([]string{x.toks[j-1].lower}, words...), 0
				} else {
					words, prepAt = nil, -1
				}
				j--
				continue
			}
			break
		}
		words = append([]string{t.lower}, words...)
		if prepAt >= 0 {
			prepAt++
		}
		f.subjAt = j
	}
	if prepAt > 2 {
		words, prepAt = words[prepAt-2:], 2
	}
	if prepAt < 0 && len(words) > 3 {
		words = words[len(words)-3:]
	}
	if len(words) == 0 {
		f.subjAt = -1
	}
	f.subjText = words
}

// npBefore is the noun phrase that ends at m, up to three words from its
// determiner, with "his" or "her" made the person's ("His account" →
// "Antonio Pigafetta's account"), and where it starts; nil when m ends no
// noun phrase.
func (x *doc) npBefore(m, a int) ([]string, int) {
	var ws []string
	for ; m >= a && len(ws) < 3 && x.toks[m].word && !determiners[x.toks[m].lower] && !x.isPrep(m) && !auxiliaries[x.toks[m].lower] && x.toks[m].ent == 0; m-- {
		t := &x.toks[m]
		if pronouns[t.lower] {
			return nil, -1 // "the committee that chose them"
		}
		if w := lookup(t.lower); !t.cap && (w != nil && !w.noun && !x.isNoun(m, w) || strings.HasSuffix(t.lower, "ed")) {
			return nil, -1 // a verb: no noun phrase ends here
		}
		w := t.lower
		if t.cap {
			w = t.text
		}
		ws = append([]string{w}, ws...)
	}
	if len(ws) == 0 || m >= a && x.toks[m].word && !determiners[x.toks[m].lower] {
		return nil, -1
	}
	if m >= a && (x.toks[m].lower == "his" || x.toks[m].lower == "her") {
		if e, _ := x.pronoun(m); e != nil {
			return append([]string{e.name + "'s"}, ws...), m
		}
	}
	return ws, m + 1
}

// pronouns are no noun phrase of their own.
var pronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true, "you": true,
	"they": true, "he": true, "she": true, "we": true, "i": true, "this": true, "these": true, "those": true}

// argPreps introduce a phrase that belongs to the noun before: "resistance
// to the drug", "the ban on exports".
var argPreps = map[string]bool{"to": true, "of": true, "for": true, "against": true, "on": true, "with": true}

// subordinators open a clause: its subject comes after them.
var subordinators = map[string]bool{"when": true, "while": true, "because": true, "if": true, "although": true, "though": true, "whereas": true, "once": true, "where": true, "unless": true, "whether": true, "so": true}

// fronted: a participle that opens the sentence tells of the subject of the
// main clause after the comma ("Born in Ulm in 1879, Albert Einstein ...").
func (x *doc) fronted(f *frame, a, v int) {
	l := x.toks[v].lower
	if v != a || !(strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en") || l == "born" || f.w != nil && f.w.participle == l) {
		return
	}
	_, b := x.bounds(x.toks[v].sent)
	for j := v + 1; j+1 < b && j < v+15; j++ {
		if x.toks[j].lower != "," {
			continue
		}
		m := j + 1
		if determiners[x.toks[m].lower] {
			m++
		}
		if m >= b {
			return
		}
		if e := x.ent(m); e != nil && e.kind != place {
			f.subj, f.subjAt = e, m
		} else if e, list := x.pronoun(m); e != nil {
			f.subj, f.subjs, f.subjAt = e, list, m
		}
		return
	}
}

// clauseSubject: a verb after "and" or "but" shares the subject of the
// clause's first verb ("Virgil was born in 70 BC and died in 19 BC", "She
// turned professional in 2007 and reached her first final").
func (x *doc) clauseSubject(f *frame, a, k int) {
	for j := a; j < k; j++ {
		w := x.isHead(j)
		if w == nil || x.isNoun(j, w) || j > a && (x.toks[j-1].lower == "to" || determiners[x.toks[j-1].lower]) {
			continue
		}
		g := &frame{head: j, w: w, subjAt: -1}
		x.subject(g, a, j)
		if g.subj != nil || len(g.subjText) > 0 {
			f.subj, f.subjs, f.subjText, f.subjAt = g.subj, g.subjs, g.subjText, g.subjAt
			return
		}
		break
	}
	for j := a; j < k; j++ {
		if e := x.ent(j); e != nil && e.kind != place {
			f.subj, f.subjAt = e, e.first
			return
		}
		if x.isHead(j) != nil && j > a {
			break
		}
	}
}

// pronoun resolves a pronoun: "he", "she", "his", "her" to the last person
// named; "it" to the last organisation known as one; "they" to a name
// earlier in its sentence, else to the last names joined by "and" (which
// it also returns).
func (x *doc) pronoun(k int) (*entity, []*entity) {
	switch x.toks[k].lower {
	case "he", "she", "his", "her", "him":
		for j := k - 1; j >= 0 && j >= k-250; j-- {
			if e := x.ent(j); e != nil && e.kind == person {
				return e, nil
			}
		}
	case "it", "its":
		// an organisation of the sentence, else the last one known as one
		a, _ := x.bounds(x.toks[k].sent)
		for j := k - 1; j >= 0 && j >= k-250; j-- {
			if e := x.ent(j); e != nil && e.kind == org && (!e.guess || j >= a) {
				return e, nil
			}
		}
	case "they", "their", "them":
		a, _ := x.bounds(x.toks[k].sent)
		for j := a; j < k; j++ {
			if e := x.ent(j); e != nil && e.kind != place {
				return e, nil // "Rovers reached the final in 1984, when they lost"
			}
		}
		for j := k - 1; j >= 0 && j >= k-120; j-- {
			if e := x.ent(j); e != nil && e.last == j && e.kind != place {
				if list := x.conjoined(e, x.sentStart[x.toks[j].sent]); len(list) > 1 {
					return e, list
				}
			}
		}
	}
	return nil, nil
}

// conjoined is the list of names joined to e, its last, by "and" and
// commas ("Neil Armstrong and Buzz Aldrin", "Fleming, Florey and Chain"),
// when the list opens its clause; else nil.
func (x *doc) conjoined(e *entity, a int) []*entity {
	j := e.first - 1
	if j <= a || x.toks[j].lower != "and" {
		return nil
	}
	list := []*entity{e}
	j--
	if x.toks[j].lower == "," && j > a {
		j-- // "A, B, and C"
	}
	p := x.ent(j)
	if p == nil || p.last != j || p == e {
		return nil
	}
	list = append(list, p)
	j = p.first - 1
	for j > a && x.toks[j].lower == "," {
		q := x.ent(j - 1)
		if q == nil || q.last != j-1 || len(list) >= 5 {
			break
		}
		list = append(list, q)
		j = q.first - 1
	}
	if j >= a {
		// an object ("defeated Mark Antony and Cleopatra") or a phrase
		// ("talks between Israel and Hamas") is no subject
		t := &x.toks[j]
		if t.word && t.date == 0 && !t.timex && !determiners[t.lower] && t.lower != "and" {
			if x.isPrep(j) || strings.HasSuffix(t.lower, "ed") {
				return nil
			}
			if w := x.isHead(j); w != nil && !x.isNoun(j, w) {
				return nil
			}
		}
	}
	slices.Reverse(list)
	return list
}

// owner: "the crew of Apollo 11" is the "Apollo 11 crew", "the government
// of Mahmoud Ahmadinejad" "Mahmoud Ahmadinejad's government". It returns
// the words and where the phrase starts, or nil ("most of X", "one of X").
func (x *doc) owner(e *entity, a int) ([]string, int) {
	j := e.first - 1
	for j > a && titles[x.toks[j].text] {
		j-- // "the government of Prime Minister X"
	}
	if j > a && x.toks[j].lower == "the" {
		j--
	}
	if j <= a || x.toks[j].lower != "of" {
		return nil, 0
	}
	var nouns []string
	m := j - 1
	for ; m >= a && len(nouns) < 3; m-- {
		t := &x.toks[m]
		if !t.word || t.cap || determiners[t.lower] || x.isPrep(m) || auxiliaries[t.lower] && !adjectives[t.lower] || quantities[t.lower] || t.timex {
			break
		}
		nouns = append([]string{t.lower}, nouns...)
	}
	if len(nouns) == 0 || len(nouns) > 2 && !adjectives[nouns[0]] || m >= a && x.toks[m].lower != "the" && x.toks[m].lower != "a" && x.toks[m].lower != "an" {
		return nil, 0
	}
	name := e.name
	if e.kind == person || e.kind == place {
		name += "'s"
	}
	return append([]string{name}, nouns...), m + 1
}

// locatedAt: "engineers at the Hoover Dam", "officials in Tehran": a noun
// placed by a name is the subject, with the name. It returns the words and
// where they start, or nil.
func (x *doc) locatedAt(e *entity, a int) ([]string, int) {
	j := e.first - 1
	if j > a && x.toks[j].lower == "the" {
		j--
	}
	if j <= a {
		return nil, 0
	}
	p := x.toks[j].lower
	switch p {
	case "at", "in", "from":
	default:
		return nil, 0
	}
	ws, at := x.npBefore(j-1, a)
	if len(ws) == 0 || len(ws) > 2 || strings.HasSuffix(ws[0], "'s") {
		return nil, 0
	}
	return append(append(ws, p), e.name), at
}

// quantities take a part of what follows "of": "most of", "one of".
var quantities = map[string]bool{"one": true, "two": true, "three": true, "some": true, "many": true, "most": true,
	"all": true, "part": true, "rest": true, "half": true, "several": true, "few": true, "much": true, "none": true,
	"majority": true, "number": true, "members": true, "member": true, "each": true, "both": true, "any": true}

// gap: a verb without object in a relative clause takes the noun the
// clause tells of ("a degree in psychology that she began in 2019",
// "Ingenuity, which NASA hopes to fly").
func (x *doc) gap(f *frame, a int) []string {
	s := f.subjAt
	if s <= a {
		return nil
	}
	for s > a+1 && titles[x.toks[s-1].text] {
		s-- // "the order that Governor Ruth Callander signed"
	}
	if l := x.toks[s-1].lower; l != "that" && l != "which" && l != "whom" {
		return nil
	}
	m := s - 2
	if m >= a && x.toks[m].lower == "," {
		m--
	}
	if m < a {
		return nil
	}
	if e := x.ent(m); e != nil && e.last == m {
		return []string{e.name}
	}
	var ws []string
	for ; m >= a && len(ws) < 4; m-- {
		t := &x.toks[m]
		if !t.word || t.cap || determiners[t.lower] || auxiliaries[t.lower] {
			break
		}
		if w := lookup(t.lower); !x.isPrep(m) && (w != nil && !w.noun || strings.HasSuffix(t.lower, "ed")) {
			return nil // "said that ...": a verb, not a noun
		}
		ws = append([]string{t.lower}, ws...)
	}
	if len(ws) == 0 || m < a || !determiners[x.toks[m].lower] || preps[ws[0]] {
		return nil
	}
	return ws
}

// object collects a verb's object from token k: up to the end of the clause,
// compressed to a few words (see compress).
func (x *doc) object(k, b int) []string {
	var ws []string
	currency := false
	var ents []span // where names stand in ws
	var possAt []bool
	for j := k; j < b && j < k+16; j++ {
		t := &x.toks[j]
		l := t.lower
		if t.date != 0 && x.premodDate(j, b) {
			continue // "at the 2013 French Open"
		}
		if t.date != 0 || l == "," || l == ";" || l == ":" || l == "—" || l == "–" || l == "(" || l == "." || l == "who" || l == "which" || l == "that" || l == "whose" || l == "while" || l == "but" {
			break
		}
		if (l == "on" || l == "in" || l == "at") && j+1 < b && x.toks[j+1].date != 0 {
			break
		}
		if l == "and" && j+1 < b && (determiners[x.toks[j+1].lower] || x.toks[j+1].lower == "he" || x.toks[j+1].lower == "it" || x.toks[j+1].lower == "they") {
			break
		}
		if l == "and" && j+1 < b && x.isHead(j+1) != nil && !x.isNoun(j+1, lookup(x.toks[j+1].lower)) {
			break
		}
		if l == "the" || l == "a" || l == "an" {
			if l == "a" && j+1 < b && countWords[x.toks[j+1].lower] {
				ws = append(ws, l) // "by a million people"
			}
			continue
		}
		if e := x.ent(j); e != nil && e.first == j {
			ents = append(ents, span{len(ws), len(ws) + e.last - e.first + 1})
		}
		if l == "'s" && len(ws) > 0 {
			ws[len(ws)-1] += "'s"
			possAt = append(possAt, true)
			continue
		}
		switch {
		case l == "$" || l == "€" || l == "£" || l == "¥":
			// "US$ 4.8 billion", "C$ 2 million": the sign joins the number
			if n := len(ws); n > 0 && len(ws[n-1]) <= 2 && isUpperWord(ws[n-1]) && x.toks[j-1].end == t.start {
				ws[n-1] += t.text
			} else {
				ws = append(ws, t.text)
			}
			currency = true
			continue
		case currency && isNumber(l):
			ws[len(ws)-1] += t.text
		case t.word || l == "%" || isNumber(l):
			ws = append(ws, t.text)
		default:
			return compress(ws, ents)
		}
		currency = false
	}
	return compress(ws, ents)
}

// countWords follow an "a" that titles keep: "a million people".
var countWords = map[string]bool{"million": true, "billion": true, "thousand": true, "hundred": true, "dozen": true, "few": true, "half": true}

// premodDate: the date at token j stands between a determiner and the noun
// it modifies ("the 2013 French Open", "the 2009 election").
func (x *doc) premodDate(j, b int) bool {
	d := x.toks[j].date
	s, e := j, j
	for s > 0 && x.toks[s-1].date == d {
		s--
	}
	for e+1 < b && x.toks[e+1].date == d {
		e++
	}
	return s > 0 && x.toks[s-1].sent == x.toks[j].sent && determiners[x.toks[s-1].lower] && x.toks[s-1].lower != "of" && e+1 < b && x.toks[e+1].word
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// compress shortens an object to at most six words: short objects stay;
// longer ones keep their first words up to the first preposition and, when
// a name follows, that preposition and the name with the phrase's last word
// ("his way into the inner circle of Syria's military and political
// leadership" → "his way into Syria's leadership").
// span is a run [a, b) of words.
type span struct{ a, b int }

func compress(ws []string, ents []span) []string {
	if len(ws) <= 5 {
		return ws
	}
	p := -1
	for i, w := range ws {
		if w == "to" && i+1 < len(ws) && !capitalised(ws[i+1]) && !isNumber(ws[i+1]) && !determiners[ws[i+1]] && !strings.HasSuffix(ws[i+1], "'s") {
			continue // "plans to open a plant": an infinitive, not a place
		}
		if preps[strings.ToLower(w)] && i > 0 {
			p = i
			break
		}
	}
	if p < 0 {
		return ws[:min(len(ws), 4)]
	}
	lead := p
	if lead > 5 {
		lead = 3
	}
	if lead > 2 && ws[lead-2] == "to" {
		lead -= 2 // "enough penicillin to test on mice" → "enough penicillin"
	}
	for lead > 1 {
		l := ws[lead-1]
		if l != "and" && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") {
			break
		}
		lead-- // "final 717 jet built to AirTran" → "final 717 jet to AirTran"
	}
	out := append([]string(nil), ws[:lead]...)
	for _, e := range ents {
		if e.a > p {
			switch q := ws[e.a-1]; {
			case e.a-1 > p && placePreps[q]:
				out = append(out, q) // "beat Bayern Munich on penalties in Munich" → "in Munich"
			case e.a-2 == p && strings.HasSuffix(q, "ing"):
				out = append(out, ws[p], q) // "by edging Castleford Town", not "by Castleford Town"
			default:
				out = append(out, ws[p])
			}
			end := min(e.b, len(ws))
			for end+1 < len(ws) && (ws[end] == "or" || ws[end] == "and") && capitalised(ws[end+1]) {
				end += 2 // "Physiology or Medicine"
			}
			out = append(out, ws[e.a:end]...)
			if strings.HasSuffix(ws[end-1], "'s") && end < len(ws) {
				// the noun the name is the possessor of: the last word of
				// its phrase ("Syria's military and political leadership",
				// "St Mary's Hospital in London")
				last := end
				for m := end; m < len(ws) && !preps[ws[m]]; m++ {
					last = m
				}
				out = append(out, ws[last])
			}
			return out
		}
	}
	// "upper echelons of the Syrian military and government": keep the
	// preposition, a capitalised modifier and the phrase's last word
	for k := p + 1; k < len(ws); k++ {
		if r, _ := utf8.DecodeRuneInString(ws[k]); unicode.IsUpper(r) {
			out = append(out, ws[p], ws[k])
			if k != len(ws)-1 {
				out = append(out, ws[len(ws)-1])
			}
			return out
		}
	}
	if p <= 1 && p+2 < len(ws) && strings.HasSuffix(ws[p+1], "ing") {
		// "accused authorities of letting spies ..." keeps a short complement
		c := ws[:min(len(ws), p+3)]
		if last := c[len(c)-1]; !preps[last] && !strings.HasSuffix(last, "ing") {
			return c
		}
	}
	return out
}

// placePreps say where: a name after one keeps it in a compressed object.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "off": true, "outside": true}

// maxTitle is the length past which a title is written shorter.
const maxTitle = 70

// title writes the frame in the style of a news chronology: who, the verb
// (with the verb it depends on: "expected to fly"), the object and the
// place; for a noun, its argument or the phrase that defines it and, when
// it is its clause's subject, what it did. A title longer than maxTitle is
// written again with a shorter object and without the place.
func (f *frame) title() string {
	t := f.compose(false)
	if len(t) > maxTitle {
		if s := f.compose(true); s != "" {
			t = s
		}
	}
	return t
}

// subjectWords is the subject as the title gives it: a name, names joined
// by "and" (as written when the full names are long), or words.
func (f *frame) subjectWords(short bool) []string {
	switch {
	case len(f.subjs) > 1:
		names := make([]string, len(f.subjs))
		for i, e := range f.subjs {
			names[i] = e.name
		}
		if s := joinAnd(names); len(s) <= 40 && !short {
			return []string{s}
		}
		for i, e := range f.subjs {
			names[i] = e.surface
		}
		return []string{joinAnd(names)}
	case f.subj != nil:
		return []string{f.subj.name}
	}
	return f.subjText
}

// joinAnd writes "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// shorten cuts a phrase to its first words, before its second preposition.
func shorten(ws []string, n int) []string {
	for i := 1; i < len(ws); i++ {
		if preps[strings.ToLower(ws[i])] && i > 1 {
			ws = ws[:i]
			break
		}
	}
	return ws[:min(len(ws), n)]
}

func (f *frame) compose(short bool) string {
	parts := make([]string, 0, 24)
	head := f.w
	isPatient := false
	if t := typeByName(head.typ); t != nil && t.patient {
		// but a participle guessed from a noun that names no act on the
		// person ("funeral" → "funeraled") is none
		p := f.participle()
		isPatient = lookup(p) != nil || irregularParticiple[p] || p == "born"
	}
	placeStr := func() []string {
		if f.place == nil {
			return nil
		}
		if strings.Contains(strings.Join(parts, " "), f.place.name) {
			return nil
		}
		return []string{f.placePre, f.place.name}
	}
	cut := func(ws []string, n int) []string {
		if short {
			return shorten(ws, n)
		}
		return ws
	}
	headWord := strings.ToLower(f.wordText())
	subject := f.subjectWords(short)
	keep := -1 // a particle right after the verb stays at the end: "touched down", "sworn in"
	switch {
	case f.noun && f.arg != nil && f.arg.kind == person && isPatient && f.argPrep != "at" && f.argPrep != "in":
		parts = []string{f.arg.name, f.participle()}
		parts = append(parts, placeStr()...)
	case f.noun:
		var np []string
		if f.arg != nil {
			name := f.arg.name
			if f.argPoss != "" {
				name = f.argPoss + " " + name
			}
			switch {
			case (f.argPrep == "'s" || f.argPrep == "") && f.arg.kind == place:
				// "Nepal's major earthquake" → "Major earthquake in Nepal"
				np = append(append(append(np, f.mods...), headWord), "in", name)
			case f.argPrep == "'s" && f.arg.kind == person:
				np = append(append(append(np, name+"'s"), f.mods...), headWord) // "Ana Vostrikova's breakthrough"
			case f.argPrep == "'s" || f.argPrep == "":
				np = append(append(append(np, name), f.mods...), headWord)
			case len(f.verb) > 0:
				np = append(append(append(np, f.mods...), headWord), f.argPrep, name) // "declared major disaster in Alabama"
			default:
				np = append(np, capFirst(headWord), f.argPrep, name) // "Purge of Ministry of Intelligence"
			}
		} else {
			np = append(append(append(np, f.outer...), f.mods...), headWord)
		}
		np = append(np, cut(f.pp, 3)...)
		publish := len(f.verb) > 0 && publishing[f.verb[len(f.verb)-1]]
		switch {
		case len(subject) > 0 && len(f.verb) > 0 && !publish && f.relVerb == "":
			parts = append(append(append(parts, subject...), f.verb...), np...) // "Prosecutors opened investigation"
		case f.subj != nil && f.arg == nil:
			parts = append(append(parts, subject...), np...) // "Jomhouri Eslami editorial"
		default:
			parts = np
		}
		if f.relVerb != "" {
			parts = append(parts, f.relVerb)
			parts = append(parts, f.relObj...)
		}
		parts = append(parts, cut(f.pred, 4)...)
		if !short || len(f.pred) == 0 {
			parts = append(parts, placeStr()...)
		}
	default:
		parts = append(append(parts, subject...), f.ctrl...)
		if f.modal != "" && len(f.ctrl) == 0 && len(subject) > 0 {
			parts = append(parts, f.modal)
		} else if f.inf && len(f.ctrl) == 0 && len(subject) > 0 {
			parts = append(parts, "to") // "a later mission to bring samples back"
		}
		parts = append(parts, headWord)
		if len(f.object) > 0 && particles[strings.ToLower(f.object[0])] || len(f.object) == 1 && f.object[0] == "in" && inParticle[headWord] {
			keep = 0
			for _, p := range parts {
				keep += wordCount(p)
			}
		}
		parts = append(parts, cut(f.object, 4)...)
		if len(f.object) <= 3 && !(short && len(f.object) > 0) {
			parts = append(parts, placeStr()...)
		}
	}
	ws := strings.Fields(strings.Join(parts, " "))
	for len(ws) > 1 && len(ws)-1 != keep {
		l := strings.ToLower(ws[len(ws)-1])
		adverb := ws[len(ws)-1] == l && (strings.HasSuffix(l, "ly") && len(l) > 4 && lookup(l) == nil || trailing[l]) // "crossed the coast shortly", "conceded late"
		if !preps[l] && !determiners[l] && l != "and" && l != "or" && !adverb {
			break
		}
		ws = ws[:len(ws)-1] // never end on "of", "its", "and"
	}
	return capFirst(strings.Join(ws, " "))
}

// wordCount counts the words of s, as strings.Fields would.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' '
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// particles complete a verb: "splashed down", "turned back".
var particles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "back": true, "away": true}

// inParticle are the verbs "in" completes at the end of a title: "sworn in".
var inParticle = map[string]bool{"sworn": true, "phased": true, "handed": true, "gave": true, "moved": true, "checked": true}

// trailing words say when, not what: a title does not end on them.
var trailing = map[string]bool{"late": true, "early": true, "again": true, "soon": true, "later": true, "earlier": true,
	"then": true, "now": true, "already": true, "still": true, "also": true, "just": true, "afterwards": true, "ago": true}

func (f *frame) wordText() string { return f.form }

// participle of the frame's head, for "X assassinated".
func (f *frame) participle() string {
	if f.w.participle != "" {
		return f.w.participle
	}
	return f.wordText()
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
