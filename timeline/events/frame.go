package events

import (
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
	subj     *entity  // the agent (active) or patient (passive) named before the verb
	subjText []string // the subject as words, when it names no one ("saboteurs")
	arg      *entity  // the argument of a noun: "of X", "X's N", "the X N"
	argPoss  string   // the possessor of the argument: "Iran's" in "of Iran's Ministry"
	argPrep  string   // "of", "at", "in", "'s" or "" (a premodifier)
	mods     []string // modifiers before a noun without argument ("disputed presidential")
	object   []string // a verb's object, compressed
	relVerb  string   // "that accused": the verb of a relative clause after a noun
	verb     string   // the verb a noun is the object of ("suffered a major earthquake")
	relObj   []string
	place    *entity // "in Tehran"
	placePre string
	entities []*entity
}

// own is the names the event word itself takes: its argument and subject.
func (f *frame) own() []*entity {
	var out []*entity
	if f.arg != nil {
		out = append(out, f.arg)
	}
	if f.subj != nil {
		out = append(out, f.subj)
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
	f := &frame{head: h, form: x.toks[h].lower, w: w, noun: x.isNoun(h, w)}
	a, b := x.bounds(x.toks[h].sent)
	if f.noun {
		x.nounArgs(f, a, b)
	} else {
		f.passive = x.passive(h)
		x.subject(f, a)
		if !f.passive {
			f.object = x.object(h+1, b)
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

// nounArgs finds the argument of an event noun.
func (x *doc) nounArgs(f *frame, a, b int) {
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
		return
	}
	// modifiers: "the disputed 2009 presidential election"
	for k := h - 1; k >= a && k >= h-3; k-- {
		t := &x.toks[k]
		if t.date != 0 {
			continue
		}
		if !t.word || t.cap || determiners[t.lower] || x.isPrep(k) || light[t.lower] || auxiliaries[t.lower] {
			break
		}
		f.mods = append([]string{t.lower}, f.mods...)
	}
	// a noun that is a verb's object takes the verb's subject as its agent:
	// "Jomhouri Eslami ran an editorial"
	v := h - 1
	for v > a && (determiners[x.toks[v].lower] || x.toks[v].word && !x.toks[v].cap && len(f.mods) > 0 && slices0(f.mods, x.toks[v].lower)) {
		v--
	}
	if v >= a && v < h && x.toks[v].word && !x.toks[v].cap && (publishing[x.toks[v].lower] || lookup(x.toks[v].lower) != nil && !x.isNoun(v, lookup(x.toks[v].lower))) {
		g := &frame{head: v}
		x.subject(g, a)
		f.subj, f.subjText = g.subj, g.subjText
		f.verb = x.toks[v].lower
	}
	// "editorial that accused the authorities"
	if h+2 < b && (x.toks[h+1].lower == "that" || x.toks[h+1].lower == "which") {
		k := h + 2
		if w := x.isHead(k); w != nil {
			f.relVerb = x.toks[k].lower
			f.relObj = x.object(k+1, b)
		}
	}
}

func slices0(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// subject finds who did (or, passive, underwent) the verb at f.head.
func (x *doc) subject(f *frame, a int) {
	k := f.head - 1
	for k >= a && (auxiliaries[x.toks[k].lower] && x.toks[k].lower != "who" && x.toks[k].lower != "which" || strings.HasSuffix(x.toks[k].lower, "ly") && !x.toks[k].cap) {
		k--
	}
	if k < a {
		return
	}
	switch l := x.toks[k].lower; l {
	case "and", "but", "then", "or":
		// "Virgil was born in 70 BC and died in 19 BC": the sentence's subject
		for j := a; j < k; j++ {
			if e := x.ent(j); e != nil && e.kind != place {
				f.subj = e
				return
			}
			if x.isHead(j) != nil && j > a {
				break
			}
		}
		return
	case "who", "which", "that":
		// the antecedent: a person named within the last dozen tokens, else the nearest name
		var near *entity
		for j := k - 1; j >= a && j >= k-14; j-- {
			if e := x.ent(j); e != nil {
				if e.kind == person {
					f.subj = e
					return
				}
				if near == nil {
					near = e
				}
			}
		}
		f.subj = near
		return
	case ",":
		// "X, who led ..., was assassinated": skip the inserted clause
		for j := k - 1; j >= a; j-- {
			if x.toks[j].lower == "," {
				p := j - 1
				if p > a && x.toks[p].lower == "." {
					p-- // "Ford Motors Co., the ..."
				}
				if e := x.ent(p); e != nil {
					f.subj = e
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
					f.subj = e
					return
				}
				if !x.toks[j].word {
					break
				}
			}
		}
		return
	case "he", "she", "it":
		// the last person (for "it", organisation) named before
		want := person
		if l == "it" {
			want = org
		}
		for j := k - 1; j >= 0 && j >= k-250; j-- {
			if e := x.ent(j); e != nil && e.kind == want {
				f.subj = e
				return
			}
		}
		return
	}
	// the noun phrase before the verb: a name in it, or its last words
	var words []string
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
				// "the Fish River dam": the name modifies the subject
				f.subjText = append([]string{e.name}, words...)
				return
			}
			f.subj = e
			return
		}
		if !t.word || x.isPrep(j) && t.lower != "of" || auxiliaries[t.lower] {
			break
		}
		if t.date != 0 || t.timex {
			continue // "General Motors today named ..."
		}
		if determiners[t.lower] {
			if t.lower == "of" {
				words = nil // "the government of X": keep looking for X's name
				continue
			}
			if j-2 >= a && x.isPrep(j-1) && x.toks[j-2].word && !x.isPrep(j-2) && !determiners[x.toks[j-2].lower] && !auxiliaries[x.toks[j-2].lower] {
				// "the Fish River dam above the town failed": the subject is
				// the noun before the phrase
				words = nil
				j--
				continue
			}
			break
		}
		words = append([]string{t.lower}, words...)
	}
	if len(words) > 3 {
		words = words[len(words)-3:]
	}
	f.subjText = words
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
		if preps[strings.ToLower(w)] && i > 0 {
			p = i
			break
		}
	}
	if p < 0 {
		return ws[:min(len(ws), 4)]
	}
	lead := p
	if lead > 4 {
		lead = 3
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
			out = append(out, ws[p])
			end := min(e.b, len(ws))
			out = append(out, ws[e.a:end]...)
			if strings.HasSuffix(ws[end-1], "'s") && end < len(ws) {
				out = append(out, ws[len(ws)-1])
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

// title writes the frame in the style of a news chronology.
func (f *frame) title() string {
	var parts []string
	head := f.w
	isPatient := false
	if t := typeByName(head.typ); t != nil && t.patient {
		isPatient = true
	}
	placeStr := func() []string {
		if f.place == nil {
			return nil
		}
		for _, p := range parts {
			if strings.Contains(p, f.place.name) {
				return nil
			}
		}
		return []string{f.placePre, f.place.name}
	}
	headWord := strings.ToLower(f.wordText())
	switch {
	case f.noun && f.arg != nil && f.arg.kind == person && isPatient && f.argPrep != "at" && f.argPrep != "in":
		parts = []string{f.arg.name, f.participle()}
		parts = append(parts, placeStr()...)
	case f.noun && f.arg != nil:
		name := f.arg.name
		if f.argPoss != "" {
			name = f.argPoss + " " + name
		}
		switch {
		case (f.argPrep == "'s" || f.argPrep == "") && f.arg.kind == place:
			// "Nepal's major earthquake" → "Major earthquake in Nepal"
			parts = append(parts, capFirst(strings.Join(append(append([]string(nil), f.mods...), headWord), " ")), "in", name)
		case f.argPrep == "'s" || f.argPrep == "":
			parts = append(parts, name)
			parts = append(parts, f.mods...)
			parts = append(parts, headWord)
		default:
			parts = append(parts, capFirst(strings.Join(append(append([]string(nil), f.mods...), headWord), " ")), f.argPrep, name)
		}
		parts = append(parts, placeStr()...)
	case f.noun:
		if f.subj != nil {
			parts = append(parts, f.subj.name)
			if f.verb != "" && f.relVerb == "" && !publishing[f.verb] {
				parts = append(parts, f.verb) // "Nepal suffered major earthquake"
			}
		}
		parts = append(parts, f.mods...)
		parts = append(parts, headWord)
		if f.relVerb != "" {
			parts = append(parts, f.relVerb)
			parts = append(parts, f.relObj...)
		}
		parts = append(parts, placeStr()...)
		if f.subj == nil {
			parts[0] = capFirst(parts[0])
		}
	case f.passive:
		if f.subj != nil {
			parts = append(parts, f.subj.name)
		} else if len(f.subjText) > 0 {
			parts = append(parts, capFirst(strings.Join(f.subjText, " ")))
		}
		parts = append(parts, headWord)
		parts = append(parts, placeStr()...)
	default:
		if f.subj != nil {
			parts = append(parts, f.subj.name)
		} else if len(f.subjText) > 0 {
			parts = append(parts, capFirst(strings.Join(f.subjText, " ")))
		}
		parts = append(parts, headWord)
		parts = append(parts, f.object...)
		if len(f.object) <= 3 {
			parts = append(parts, placeStr()...)
		}
	}
	ws := strings.Fields(strings.Join(parts, " "))
	for len(ws) > 1 {
		l := strings.ToLower(ws[len(ws)-1])
		adverb := ws[len(ws)-1] == l && strings.HasSuffix(l, "ly") && len(l) > 4 && lookup(l) == nil // "crossed the coast shortly"
		if !preps[l] && !determiners[l] && l != "and" && l != "or" && !adverb {
			break
		}
		ws = ws[:len(ws)-1] // never end on "of", "its", "and"
	}
	return capFirst(strings.Join(ws, " "))
}

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
