package events

import (
	"strconv"
	"strings"
	"sync"
)

// word is what the lexicon knows of one event word form.
type word struct {
	lemma      string // "" when unknown
	stem       string // merge key: assassination, assassinated → "assassin"
	noun       bool   // annotated mostly as a noun
	class      string // TimeML class: OCCURRENCE, REPORTING, I_ACTION, STATE, ...
	count      int    // times annotated in the corpora
	participle string // past participle for titles; "" when unknown
	typ        string // event type ("killing", ...) or ""
}

var (
	lexOnce sync.Once
	lex     map[string]*word
)

// lookup returns the lexicon entry of a lower-case word form, or nil.
func lookup(form string) *word {
	lexOnce.Do(loadLexicon)
	return lex[form]
}

func loadLexicon() {
	lex = make(map[string]*word, 3200)
	for line := range strings.SplitSeq(lexiconData, "\n") {
		f := strings.Fields(line)
		if len(f) != 7 {
			continue
		}
		n, _ := strconv.Atoi(f[5])
		w := &word{lemma: undash(f[1]), stem: f[2], noun: f[3] == "N", class: undash(f[4]), count: n, participle: undash(f[6])}
		lex[f[0]] = w
	}
	// The type vocabulary adds the words a type is named by when the corpora
	// lack them, and types every form whose stem it names.
	for _, t := range types {
		for _, s := range t.words {
			form, noun := s, true
			if strings.HasPrefix(s, "v:") {
				form, noun = s[2:], false
			}
			if lex[form] == nil {
				lex[form] = &word{stem: relatedStem(form), noun: noun, class: "OCCURRENCE", count: 1}
			}
		}
	}
	for _, form := range extraEvents {
		if lex[form] == nil {
			lex[form] = &word{stem: relatedStem(form), noun: true, class: "OCCURRENCE", count: 1}
		}
	}
	for form, lemma := range extraVerbs {
		if lex[form] == nil {
			lex[form] = &word{lemma: lemma, stem: stemOf(lemma), class: "OCCURRENCE", count: 1}
		}
	}
	for form, lemma := range resultVerbs {
		w := lex[form]
		if w == nil || w.noun {
			w = &word{stem: stemOf(lemma)}
			if l := lex[lemma]; l != nil {
				w.stem = l.stem
			}
			lex[form] = w
		}
		w.lemma, w.class, w.count = lemma, "OCCURRENCE", max(w.count, resultCount)
	}
	// A form is typed when listed, or when a listed word of the same part
	// of speech shares its stem ("killings" from "killing"; but not
	// "establishment" from "established").
	type key struct {
		stem string
		noun bool
	}
	byStem := map[key]string{}
	listed := map[string]string{}
	for _, t := range types {
		for _, s := range t.words {
			form, noun := s, true
			if strings.HasPrefix(s, "v:") {
				form, noun = s[2:], false
			}
			if _, ok := listed[form]; !ok {
				listed[form] = t.name
			}
			k := key{lex[form].stem, noun}
			if _, ok := byStem[k]; !ok {
				byStem[k] = t.name
			}
		}
	}
	for form, w := range lex {
		if t, ok := listed[form]; ok {
			w.typ = t
		} else if t, ok := byStem[key{w.stem, w.noun}]; ok {
			w.typ = t
		}
		if w.participle == "" {
			w.participle = participle(form, w)
		}
	}
	for form, p := range irregular {
		if w := lex[form]; w != nil {
			w.participle = p
		}
	}
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// relatedStem is the stem of a word the corpora lack, taken from a form
// they have ("assassinated" from "assassination"), else stemOf.
func relatedStem(form string) string {
	if base, ok := strings.CutSuffix(form, "ed"); ok {
		for _, f := range []string{base, base + "e", base + "ion", base + "ing", base + "ment"} {
			if w := lex[f]; w != nil {
				return w.stem
			}
		}
	}
	return stemOf(form)
}

// stemOf is a light stemmer for the type vocabulary's own words, used only
// when the corpora lack a word; it strips the suffixes the generator's
// Snowball stems strip for these nouns.
func stemOf(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "es", "ed", "s", "e"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// participle derives a past participle by the regular rules, from the lemma
// when the corpora gave one: "assassination" → "assassinated", "appointment"
// → "appointed", "raid" → "raided".
func participle(form string, w *word) string {
	base := form
	if w.lemma != "" {
		base = w.lemma
	}
	switch {
	case strings.HasSuffix(base, "ation") && len(base) > 7:
		return base[:len(base)-3] + "ed"
	case strings.HasSuffix(base, "ion") && len(base) > 5:
		return base[:len(base)-3] + "ed"
	case strings.HasSuffix(base, "ment") && len(base) > 7:
		return base[:len(base)-4] + "ed"
	case strings.HasSuffix(base, "ed"):
		return base
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}

// irregular participles of common event verbs and the nouns they name.
var irregular = map[string]string{
	"shooting": "shot", "shot": "shot", "strike": "struck", "struck": "struck", "beat": "beaten",
	"win": "won", "won": "won", "victory": "won", "meet": "met", "meeting": "met", "hold": "held",
	"take": "taken", "seize": "seized", "seizure": "seized", "sell": "sold", "sale": "sold",
	"buy": "bought", "purchase": "bought", "fight": "fought", "flee": "fled", "flight": "fled",
	"choose": "chosen", "choice": "chosen", "break": "broken", "bring": "brought", "build": "built",
	"begin": "begun", "fall": "fallen", "give": "given", "leave": "left", "lose": "lost", "loss": "lost",
	"make": "made", "run": "run", "send": "sent", "speak": "spoken", "speech": "spoken",
	"spend": "spent", "steal": "stolen", "theft": "stolen", "write": "written", "death": "died",
	"birth": "born", "arrest": "arrested", "trial": "tried", "sabotage": "sabotaged",
	"purge": "purged", "killing": "killed", "murder": "murdered", "assassination": "assassinated",
}

// irregularParticiple holds the participles of irregular.
var irregularParticiple = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range irregular {
		m[p] = true
	}
	return m
}()

// eventType is one class of the type vocabulary: its name and the words
// (nouns, or verbs marked "v:") whose stems belong to it.
type eventType struct {
	name  string
	words []string
	// patient: a person named with the head is its patient ("the killing of
	// X", "X's arrest"), so the title is "X killed", not "killing of X".
	patient bool
}

// types is the small hand-made table of the kinds of event words. The
// vocabulary that finds event words is the generated lexicon; this table
// makes a word typed (a stronger head, a mention to find again, a kind to
// merge by) and gives the type an event starts from, which typeRules
// (kind.go) may change by the words around it.
var types = []eventType{
	{"killing", []string{"assassination", "killing", "murder", "execution", "slaying", "v:killed", "v:assassinated", "v:murdered", "v:executed", "v:slain", "v:shot", "shooting", "v:beheaded", "v:poisoned"}, true},
	{"attack", []string{"attack", "bombing", "strike", "raid", "explosion", "blast", "ambush", "assault", "v:struck", "v:attacked", "v:bombed", "v:raided", "v:shelled", "v:hit", "v:targeted"}, false},
	{"sabotage", []string{"sabotage", "saboteur", "cyberattack", "hack", "infiltration", "v:sabotaged", "v:infiltrated", "v:hacked", "v:penetrated", "penetration", "espionage"}, false},
	{"purge", []string{"purge", "crackdown", "dismissal", "ouster", "v:purged", "v:dismissed", "v:ousted", "v:sacked"}, true},
	{"protest", []string{"protest", "demonstration", "riot", "uprising", "revolt", "rebellion", "strike", "v:protested", "v:rioted", "revolution", "unrest"}, false},
	{"election", []string{"election", "vote", "referendum", "ballot", "v:elected", "v:voted", "inauguration", "v:inaugurated", "v:sworn"}, true},
	{"publication", []string{"editorial", "edition", "article", "report", "op-ed", "column", "publication", "interview", "book", "v:published", "v:wrote", "v:reported", "v:reports", "statement", "v:announced", "announcement", "v:unveiled", "v:introduced", "v:released", "release", "launch", "v:launched"}, false},
	{"meeting", []string{"meeting", "summit", "talks", "visit", "conference", "v:met", "v:visited", "v:hosted"}, false},
	{"agreement", []string{"agreement", "deal", "treaty", "accord", "ceasefire", "truce", "contract", "merger", "acquisition", "v:signed", "v:agreed", "v:acquired", "v:merged"}, false},
	{"arrest", []string{"arrest", "detention", "capture", "kidnapping", "abduction", "v:arrested", "v:detained", "v:captured", "v:kidnapped", "v:abducted"}, true},
	{"justice", []string{"trial", "conviction", "sentence", "v:convicted", "v:sentenced", "v:charged", "indictment", "v:indicted"}, true},
	{"appointment", []string{"appointment", "nomination", "v:appointed", "v:named", "v:nominated", "resignation", "v:resigned", "retirement", "v:retired", "succession", "v:succeeded"}, true},
	{"war", []string{"war", "conflict", "battle", "fighting", "siege", "occupation", "invasion", "offensive", "v:fought", "v:occupied", "v:besieged", "v:invaded", "v:annexed", "annexation"}, false},
	{"disaster", []string{"earthquake", "flood", "hurricane", "storm", "wildfire", "blaze", "crash", "collapse", "eruption", "tsunami", "landfall", "pandemic", "epidemic", "outbreak", "v:crashed", "v:collapsed", "v:erupted", "accident"}, false},
	{"business", []string{"order", "profit", "loss", "earnings", "bankruptcy", "sale", "delivery", "v:ordered", "v:delivered", "v:sold", "v:bought", "v:posted", "v:reported", "v:filed", "v:cut", "layoff", "v:closed", "v:rose", "v:fell", "v:dropped", "v:surged", "v:plunged", "v:gained"}, false},
	{"sanction", []string{"sanction", "sanctions", "embargo", "ban", "v:sanctioned", "v:banned", "v:imposed"}, false},
	{"founding", []string{"founding", "foundation", "creation", "v:founded", "v:established", "v:created", "independence"}, false},
	{"birth", []string{"birth", "v:born"}, true},
	{"death", []string{"death", "v:died", "funeral", "v:buried"}, true},
	{"discovery", []string{"discovery", "invention", "v:discovered", "v:invented", "v:found"}, false},
	// a landing: of a craft (mission), an army (war) or ships (voyage), as
	// typeRules tell from the words around it; else "event"
	{"mission", []string{"landing", "v:landed"}, false},
}

// typeOf returns the type of a type name's entry, or nil.
func typeByName(name string) *eventType {
	for i := range types {
		if types[i].name == name {
			return &types[i]
		}
	}
	return nil
}

// auxiliaries and verbs too light to title an event.
var light = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"have": true, "has": true, "had": true, "having": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"get": true, "got": true, "go": true, "went": true, "come": true, "came": true, "become": true, "became": true,
	"seem": true, "seemed": true, "appear": true, "appeared": true, "remain": true, "remained": true,
	"make": true, "made": true, "take": true, "took": true, "put": true, "ran": true, "run": true,
	"see": true, "saw": true, "seen": true, "sees": true, "show": true, "shown": true, "showed": true,
	"there": true, "it": true, "now": true, "time": true, "years": true, "year": true, "day": true, "days": true,
	"name": true, "names": true, "pass": true, "according": true, "use": true, "used": true, "want": true, "wanted": true,
}

// extraEvents are event nouns the corpora lack and no type names.
var extraEvents = []string{"surgery", "surgeries", "landfall", "debut", "premiere", "semifinal", "replay", "expedition", "inquiry", "inquest", "vigil"}

// resultVerbs tell a match's result: "Spain beat the Netherlands 1-0",
// "Germany thrashed Brazil 7-1 in the semifinal". The corpora lack most of
// them or annotate them rarely; they are heads as strong as the corpora's
// common verbs, so that the match, not the final it was played in, is the
// event. Form → lemma.
var resultVerbs = map[string]string{
	"beat": "beat", "defeated": "defeat", "edged": "edge",
	"routed": "rout", "thrashed": "thrash", "crushed": "crush", "trounced": "trounce", "downed": "down",
	"overcame": "overcome", "outclassed": "outclass", "outplayed": "outplay", "hammered": "hammer", "drubbed": "drub",
	"swept": "sweep", "eliminated": "eliminate", "knocked": "knock",
	"beating": "beat", "defeating": "defeat", "edging": "edge", "thrashing": "thrash", "crushing": "crush",
	"trouncing": "trounce", "overcoming": "overcome", "eliminating": "eliminate",
}

// extraVerbs are past forms of event verbs the corpora lack and that
// do not end in -ed (unknownVerb's guess): "the dam burst", "the family
// sued the airline". Form → lemma.
var extraVerbs = map[string]string{"burst": "burst", "sued": "sue", "stole": "steal", "froze": "freeze", "overran": "overrun",
	"undertook": "undertake", "withdrew": "withdraw", "overthrew": "overthrow", "forbade": "forbid", "slew": "slay", "mistook": "mistake"}

// resultCount is the weight of a result verb, as if annotated that often.
const resultCount = 20

// pastForms are irregular past tenses, which a name or date before them
// does not make nouns ("the Senate held", "Spain beat").
var pastForms = map[string]bool{
	"won": true, "lost": true, "beat": true, "held": true, "took": true, "began": true, "ran": true, "struck": true,
	"fought": true, "fled": true, "fell": true, "rose": true, "broke": true, "gave": true, "made": true, "came": true,
	"went": true, "sank": true, "swept": true, "drew": true, "led": true, "met": true, "sold": true, "bought": true,
	"shot": true, "hit": true, "left": true, "sent": true, "spoke": true, "wrote": true, "flew": true, "stole": true,
	"chose": true, "sought": true, "threw": true, "built": true, "overcame": true, "set": true, "cut": true, "split": true,
}

// phrasal are light verbs that name an event with the word after them.
var phrasal = map[string]*word{
	"came ashore":   {lemma: "come", stem: "landfal", class: "OCCURRENCE", count: 1, participle: "came", typ: "disaster"},
	"gave way":      {lemma: "give", stem: "collaps", class: "OCCURRENCE", count: 1, participle: "gave", typ: "disaster"},
	"took office":   {lemma: "take", stem: "inaugur", class: "OCCURRENCE", count: 1, participle: "took", typ: "election"},
	"took power":    {lemma: "take", stem: "take-power", class: "OCCURRENCE", count: 1, participle: "took"},
	"took up":       {lemma: "take", stem: "take-up", class: "OCCURRENCE", count: 1, participle: "took"},
	"took part":     {lemma: "take", stem: "particip", class: "OCCURRENCE", count: 1, participle: "took"},
	"set up":        {lemma: "set", stem: "found", class: "OCCURRENCE", count: 1, participle: "set", typ: "founding"},
	"took over":     {lemma: "take", stem: "takeov", class: "OCCURRENCE", count: 1, participle: "took"},
	"broke out":     {lemma: "break", stem: "outbreak", class: "OCCURRENCE", count: 1, participle: "broke"},
	"set sail":      {lemma: "set", stem: "sail", class: "OCCURRENCE", count: 1, participle: "set"},
	"took control":  {lemma: "take", stem: "takeov", class: "OCCURRENCE", count: 1, participle: "took"},
	"took off":      {lemma: "take", stem: "takeoff", class: "OCCURRENCE", count: 1, participle: "took"},
	"set fire":      {lemma: "set", stem: "fire", class: "OCCURRENCE", count: 1, participle: "set"},
	"made landfall": {lemma: "make", stem: "landfal", class: "OCCURRENCE", count: 1, participle: "made", typ: "disaster"},
	// three words: the verb, its preposition and its noun
	"came to power":  {lemma: "come", stem: "take-power", class: "OCCURRENCE", count: 1, participle: "come"},
	"come to power":  {lemma: "come", stem: "take-power", class: "OCCURRENCE", count: 1, participle: "come"},
	"swept to power": {lemma: "sweep", stem: "take-power", class: "OCCURRENCE", count: 1, participle: "swept"},
	"rose to power":  {lemma: "rise", stem: "take-power", class: "OCCURRENCE", count: 1, participle: "risen"},
}

// phrasalFirst holds the first words of phrasal, phrasalPair the first
// two of its three-word phrases.
var phrasalFirst, phrasalPair = func() (map[string]bool, map[string]bool) {
	m, p := map[string]bool{}, map[string]bool{}
	for k := range phrasal {
		m[k[:strings.IndexByte(k, ' ')]] = true
		if i := strings.LastIndexByte(k, ' '); i > strings.IndexByte(k, ' ') {
			p[k[:i]] = true
		}
	}
	return m, p
}()

// publishing verbs pass the event to their object: "ran an editorial".
var publishing = map[string]bool{"ran": true, "published": true, "issued": true, "printed": true, "carried": true, "aired": true, "wrote": true}
