package tagger

import "math"

// Refiners run after the rules, on the chosen matches in order:
//
//   - modifiers: "early", "late", "mid-", "the end of", "around", "more
//     than", "nearly"... before an expression join its span and set its
//     TIMEX3 mod;
//   - a trailing "or so" joins too, as APPROX ("a week or so ago");
//   - a time of day and a date side by side ("Wednesday at 10 a.m.",
//     "4:15 p.m. on July 31") become one TIME.

var (
	idEarly   = wordID("early")
	idLate    = wordID("late")
	idMid     = wordID("mid")
	idEnd     = wordID("end")
	idBegin   = wordID("beginning")
	idStart   = wordID("start")
	idMiddle  = wordID("middle")
	idOf      = wordID("of")
	idOn      = wordID("on")
	idAt      = wordID("at")
	idLess    = wordID("less")
	idMore    = wordID("more")
	idThan    = wordID("than")
	idLeast   = wordID("least")
	idUp      = wordID("up")
	idTo      = wordID("to")
	idMost    = wordID("most")
	idEarlier = wordID("earlier")
	idLater   = wordID("later")
	idTurn    = wordID("turn")
	idClose   = wordID("close")
	idDawn    = wordID("dawn")
	idSome    = wordID("some")
	idPre     = wordID("pre")
	idPost    = wordID("post")
	idAs      = wordID("as")
	idUntil   = wordID("until")
	idPlanned = wordID("planned")
	idPlans   = wordID("plans")
	idThis    = wordID("this")
	idOr      = wordID("or")
	idVery    = wordID("very")
	idSo      = wordID("so")
	idC       = wordID("c")
	idCa      = wordID("ca")
	idNo      = wordID("no")
)

var approxWords = wordSet("around", "about", "approximately", "roughly", "circa", "some", "nearly", "approx")
var lessWords = wordSet("almost", "under")
var moreWords = wordSet("over")

// hasCoarseGrain reports whether e can take early/late/mid: a year, month,
// season, decade or century, or a relative year/month/week.
func hasCoarseGrain(e *Expr) bool {
	if e.Day != 0 || e.HasClock || e.Weekday != 0 || e.Ref != NoRef || e.Unit != NoUnit && !e.Relative {
		return false
	}
	if e.Relative {
		return e.Rel >= Week
	}
	return e.Year != 0 || e.Month != 0 || e.Season != "" || e.Decade != 0 || e.DecadeOnly != 0 || e.Century != 0 || e.ShortYear != 0 || e.Quarter != 0
}

// refine works on picks found from token first on; tokens before it belong
// to text already done.
// isDayLike reports whether e names a day: a weekday, yesterday, a date.
func isDayLike(e *Expr) bool {
	return !e.HasClock && e.PartOfDay == "" && (e.Weekday != 0 || e.Day != 0 || e.Relative && e.Rel == Day && !e.Anaphoric)
}

func refine(src []byte, toks []token, picks []pick, first int) []pick {
	floor := first // first token not consumed by an earlier pick
	for k := range picks {
		p := &picks[k]
		if !p.neg {
			modifiers(toks, p, floor)
			orSo(toks, p)
		}
		floor = p.to
	}
	// Join a time with the date next to it.
	out := picks[:0]
	for k := 0; k < len(picks); k++ {
		p := picks[k]
		if k+1 < len(picks) && !p.neg && !picks[k+1].neg {
			q := &picks[k+1]
			if j, ok := joinable(toks, &p, q); ok {
				p = j
				k++
			}
		}
		out = append(out, p)
	}
	return out
}

// orSo takes in a trailing "or so", an approximation ("over the next year
// or so"), and turns "a week or so ago" into the date it is.
func orSo(toks []token, p *pick) {
	word := func(i int, id int32) bool {
		return i < len(toks) && toks[i].kind == kWord && toks[i].id == id && toks[i].gap != gapPara
	}
	if !word(p.to, idOr) || !word(p.to+1, idSo) || toks[p.to+1].gap == gapNone {
		return
	}
	e := &p.expr
	if e.Mod == "" {
		e.Mod = "APPROX"
	}
	p.to += 2
	if p.rule.Type == Duration && !e.Vague && e.Amount > 0 && e.Amount == math.Trunc(e.Amount) && e.Unit != NoUnit && word(p.to, idAgo) {
		*e = Expr{Rel: e.Unit, Offset: -int(e.Amount), Relative: true, Shifted: true, Mod: e.Mod}
		p.to++
		p.rule = agoRule
	}
}

func tokIs(toks []token, i int, id int32) bool {
	return i >= 0 && i+1 < len(toks) && toks[i].kind == kWord && toks[i].id == id && toks[i+1].gap != gapPara
}

func modifiers(toks []token, p *pick, floor int) {
	e := &p.expr
	i := p.from
	at := func(k int, id int32) bool { return i-k >= floor && tokIs(toks, i-k, id) }
	in := func(k int, set map[int32]bool) bool {
		return i-k >= floor && toks[i-k].kind == kWord && set[toks[i-k].id] && toks[i-k+1].gap != gapPara
	}
	isDur := p.rule.Type == Duration
	// "later this afternoon", like "later this year" (rule rel_earlier_this):
	// the adverb belongs to the span. Before a weekday ("Earlier Sunday")
	// the corpora disagree, and it stays out.
	if e.Mod == "" && !e.HasClock && e.PartOfDay != "" && e.Relative && (at(1, idEarlier) || at(1, idLater)) && at(0, idThis) {
		p.from--
		i = p.from
	}
	// "more recently": the comparative goes with the adverb.
	if e.Ref == PastRef && at(1, idMore) && p.rule.Name == "ref_recently" {
		p.from--
		i = p.from
	}
	switch {
	case e.Relative && e.Rel == Day && e.Anaphoric && e.Offset == 0 && e.Mod == "" && at(1, idOf) && at(3, idThe) &&
		(at(2, idEnd) || at(2, idClose) || at(2, idStart) || at(2, idBegin)):
		// "at the start of the day", "by the end of the day"
		e.Mod = "START"
		if toks[i-2].id == idEnd || toks[i-2].id == idClose {
			e.Mod = "END"
		}
		p.from -= 3
		i = p.from
	case isDayLike(e) && e.Mod == "" && (at(1, idEarly) || at(1, idLate)):
		// "late yesterday", "early Tuesday"
		e.Mod = "START"
		if toks[i-1].id == idLate {
			e.Mod = "END"
		}
		p.from--
		i = p.from
	case hasCoarseGrain(e) && e.Mod == "":
		// "early 2020", "mid-July", "late last year", "the end of 1990"
		mod := ""
		n := 0
		switch {
		case at(1, idEarly):
			mod, n = "START", 1
		case at(1, idLate):
			mod, n = "END", 1
		case at(1, idMid):
			mod, n = "MID", 1
		case i-2 >= floor && toks[i-1].kind == kPunct && toks[i-1].punct == '-' && toks[i].gap == gapNone && toks[i-1].gap == gapNone && (at(2, idMid) || at(2, idEarly) || at(2, idLate)):
			n = 2
			switch toks[i-2].id {
			case idMid:
				mod = "MID"
			case idEarly:
				mod = "START"
			default:
				mod = "END"
			}
		case at(1, idOf) && (at(2, idEnd) || at(2, idBegin) || at(2, idStart) || at(2, idMiddle) || at(2, idTurn) || at(2, idClose)):
			n = 2
			switch toks[i-2].id {
			case idEnd, idClose:
				mod = "END"
			case idMiddle:
				mod = "MID"
			default:
				mod = "START"
			}
			if at(3, idThe) {
				n = 3
			} else if at(3, idVery) && at(4, idThe) {
				n = 4 // "the very beginning of the financial year"
			}
		}
		if n > 0 {
			e.Mod = mod
			p.from -= n
			// "the late 1960s": the article goes with the modifier.
			if (e.Decade != 0 || e.DecadeOnly != 0 || e.Century != 0) && mod != "" && p.from-1 >= floor && tokIs(toks, p.from-1, idThe) {
				p.from--
			}
			i = p.from
		}
	}
	if e.Mod != "" {
		return
	}
	switch {
	case (at(2, idPre) || at(2, idPost)) && i-1 >= floor && toks[i-1].kind == kPunct && toks[i-1].punct == '-' && toks[i-1].gap == gapNone && toks[i].gap == gapNone && (e.Year != 0 || e.Decade != 0 || e.Century != 0):
		// "post-1959", "pre-1990s"
		e.Mod = "AFTER"
		if toks[i-2].id == idPre {
			e.Mod = "BEFORE"
		}
		p.from -= 2
	case (at(2, idC) || at(2, idCa)) && i-1 >= floor && toks[i-1].kind == kPunct && toks[i-1].punct == '.' && (e.Year != 0 || e.Decade != 0 || e.Century != 0):
		// "c. 287 BC", "ca. 1200"
		e.Mod = "APPROX"
		p.from -= 2
	case in(1, approxWords) && (isDur || p.rule.Type == Time || e.Day != 0 || e.Year != 0 || e.Relative):
		if toks[i-1].id == idSome && !isDur {
			return
		}
		e.Mod = "APPROX"
		p.from--
	case at(1, idThan) && (at(2, idLess) || at(2, idMore)) && at(3, idNo) && isDur:
		// "no more than sixty days"
		e.Mod = "EQUAL_OR_LESS"
		if toks[i-2].id == idLess {
			e.Mod = "EQUAL_OR_MORE"
		}
		p.from -= 3
	case at(1, idThan) && (at(2, idLess) || at(2, idMore)) && (isDur || e.Relative):
		e.Mod = "LESS_THAN"
		if toks[i-2].id == idMore {
			e.Mod = "MORE_THAN"
		}
		p.from -= 2
	case at(1, idLeast) && at(2, idAt) && isDur:
		e.Mod = "EQUAL_OR_MORE"
		p.from -= 2
	case (at(1, idTo) && at(2, idUp) || at(1, idMost) && at(2, idAt)) && isDur:
		e.Mod = "EQUAL_OR_LESS"
		p.from -= 2
	case in(1, lessWords) && (isDur || e.Relative):
		e.Mod = "LESS_THAN"
		p.from--
	case in(1, moreWords) && isDur && toks[i].kind != kWord || in(1, moreWords) && isDur && (toks[i].id == idA || toks[i].id == idAn):
		e.Mod = "MORE_THAN"
		p.from--
	}
}

// joinable joins "Wednesday at 10 a.m." and "4:15 p.m. on July 31".
func joinable(toks []token, a, b *pick) (pick, bool) {
	gap := b.from - a.to
	if gap > 1 || toks[b.from].gap == gapPara {
		return pick{}, false
	}
	sep := func(ids ...int32) bool {
		if gap == 0 {
			return true
		}
		t := &toks[a.to]
		if t.kind == kPunct {
			return t.punct == ','
		}
		for _, id := range ids {
			if t.kind == kWord && t.id == id {
				return true
			}
		}
		return false
	}
	isClock := func(p *pick) bool {
		return p.expr.HasClock && p.expr.Day == 0 && p.expr.Weekday == 0 && !p.expr.Relative
	}
	isDay := func(p *pick) bool {
		e := &p.expr
		return p.rule.Type == Date && !e.HasClock && (e.Day != 0 || e.Weekday != 0 || e.Relative && e.Rel == Day) && e.Mod == ""
	}
	switch {
	case isClock(a) && isDay(b) && sep(idOn, idOf):
		j := *b
		j.from = a.from
		j.expr.Hour, j.expr.Minute, j.expr.HasClock, j.expr.UTC = a.expr.Hour, a.expr.Minute, true, a.expr.UTC
		j.expr.Mod = a.expr.Mod
		j.rule = a.rule
		return j, true
	case gap == 0 && a.rule.Type != Set && a.expr.PartOfDay != "" && !a.expr.HasClock && a.expr.Day == 0 && a.expr.Weekday == 0 &&
		!a.expr.Relative && isDay(b):
		// "mid-afternoon yesterday", "early morning Tuesday": the part of
		// the day, then the day it belongs to.
		j := *b
		j.from = a.from
		j.expr.PartOfDay, j.expr.Mod = a.expr.PartOfDay, a.expr.Mod
		j.rule = a.rule
		return j, true
	case isDay(a) && isClock(b) && sep(idAt):
		j := *a
		j.to = b.to
		j.expr.Hour, j.expr.Minute, j.expr.HasClock, j.expr.UTC = b.expr.Hour, b.expr.Minute, true, b.expr.UTC
		j.rule = b.rule
		return j, true
	}
	return pick{}, false
}

var futureCues = wordSet("will", "shall", "ll", "scheduled", "expected", "expects", "expect", "plans", "planned",
	"planning", "due", "upcoming", "going", "tomorrow", "next", "coming", "intends", "hopes", "slated", "soon", "early", "to",
	"until", "would")

// scheduledPresent are verbs whose news present, right before a date,
// names a scheduled event: "Arafat and Netanyahu meet Monday", "the trial
// opens Tuesday". Further from the date, or after an infinitive marker,
// they say nothing of its time ("let the offensive begin as previously
// planned Saturday night"; in "agreed to meet Monday" the "to" speaks).
var (
	scheduledPresent = wordSet("meet", "meets", "begin", "begins", "open", "opens", "start", "starts", "resume", "resumes",
		"convene", "convenes", "arrive", "arrives", "visit", "visits", "vote", "votes", "face", "faces", "travel", "travels")
	// notPresentBefore: an infinitive marker, or a determiner that makes
	// the word a noun ("the vote on Friday", "its start Monday").
	notPresentBefore = wordSet("to", "let", "lets", "make", "makes", "made", "help", "helps", "helped", "watch", "watched",
		"saw", "see", "did", "does", "do", "didn", "doesn", "could", "should", "might", "may", "must", "can", "cannot", "not",
		"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "first", "last", "next")
)

// pluperfect marks a plan already in the past: "had been scheduled to
// expire Friday", "had been due Monday".
var pluperfect = wordSet("had", "hadn")

// futureOnlyAfterAs are cues only in "as early as", "as soon as".
var futureOnlyAfterAs = wordSet("early", "soon")
var toFuture = wordSet("is", "are", "set", "due", "likely", "ready", "plan", "want", "wants", "hope", "intend", "aim",
	"aims", "need", "needs", "have", "has", "agreed", "able")

var pastCues = wordSet("said", "was", "were", "had", "did", "ago", "last", "yesterday", "announced", "reported", "told",
	"earlier", "died", "killed", "came", "began", "started", "ended", "closed", "rose", "fell", "since", "been",
	// Irregular past forms, which no suffix gives away: "brought in a new
	// chief executive in January".
	"brought", "took", "went", "gave", "got", "saw", "found", "became", "left", "held", "sold", "bought",
	"paid", "won", "lost", "stepped", "resigned", "joined", "agreed", "signed", "launched", "acquired")

// passiveAux before a past form makes it a participle that says nothing
// of the time: "would be paid on a date in January", "is held in March".
var passiveAux = wordSet("be", "is", "are", "being")

// clauseOpeners start a relative or adverbial clause: a tense cue before
// one belongs to another clause than the date after it.
var clauseOpeners = wordSet("where", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because")

// frontedPreps may open a sentence before a date: "On Tuesday, ...".
var frontedPreps = wordSet("on", "in", "by", "until", "since", "late", "early", "from", "starting", "beginning", "as", "at")

// subordinators open a clause about the date itself ("On Friday, when
// ..."): its verbs say nothing of the main clause.
var subordinators = wordSet("when", "after", "before", "while", "as", "because", "although", "though", "if")

// frontedAdverbial reports whether the mention toks[from:to] opens its
// sentence, alone or after a preposition, and a comma follows it (after a
// preposition the comma may be left out: "In November he returned").
func frontedAdverbial(toks []token, from, to int) bool {
	k := from
	prep := k > 0 && toks[k].gap != gapPara && toks[k-1].kind == kWord && frontedPreps[toks[k-1].id]
	if prep {
		k--
	}
	// "In November he returned": after a preposition the comma may go.
	comma := to < len(toks) && toks[to].kind == kPunct && toks[to].punct == ','
	if !comma && !(prep && to < len(toks) && toks[to].kind == kWord) {
		return false
	}
	if k == 0 || toks[k].gap == gapPara {
		return true
	}
	p := &toks[k-1]
	return p.kind == kPunct && (p.punct == '.' || p.punct == '!' || p.punct == '?' || p.punct == ';' || p.punct == '"')
}

// strongFuture are cues that look ahead over a long clause: "Forecasters
// expect the storm to weaken into a tropical depression as it moves over
// Tennessee on Friday".
var strongFuture = wordSet("will", "shall", "ll", "expect", "expects", "scheduled", "slated", "intends")

// farFuture looks past the twelve tokens tense reads, up to twenty-five
// tokens back in the same clause, for a strong cue of the future; a past
// cue met first ends the search.
func farFuture(src []byte, toks []token, from int) Tense {
	for k := from - 13; k >= 0 && from-k <= 25; k-- {
		t := &toks[k]
		if t.kind == kPunct && t.punct != '-' || toks[k+1].gap == gapPara {
			break // a comma or a quote may start another clause: "Exiles will appeal ``...'', Cuba predicted Wednesday."
		}
		if t.kind != kWord {
			continue
		}
		if strongFuture[t.id] {
			return Future
		}
		if clauseOpeners[t.id] || pastCues[t.id] || pluperfect[t.id] || t.end-t.start > 3 && string(src[t.end-2:t.end]) == "ed" {
			break // "predicted", "tried": a past verb nearer the date
		}
	}
	return Unknown
}

// tense looks for the nearest cue word in the clause around a mention:
// up to twelve tokens before it and three after; when the date opens the
// sentence ("On Tuesday, ..."), the first cue of the clause it heads.
func tense(src []byte, toks []token, from, to int) Tense {
	// "get around Wednesday's ruling": a possessive date names the time of
	// something already reported; the verbs around it speak of other times.
	if to+1 < len(toks) && toks[to].kind == kPunct && toks[to].punct == '\'' && toks[to].gap == gapNone &&
		toks[to+1].id == idS && toks[to+1].gap == gapNone {
		return Unknown
	}
	best, dist := Unknown, 99
	for k := from - 1; k >= 0 && from-k <= 12; k-- {
		t := &toks[k]
		if t.kind == kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';') || toks[k+1].gap == gapPara {
			break
		}
		if t.kind == kWord && clauseOpeners[t.id] {
			break // "hoped she would produce aid for countries where the Aug. 7 blasts..."
		}
		if t.kind == kWord {
			if scheduledPresent[t.id] {
				// Only right before the date ("meet separately Monday",
				// "opens on Tuesday"), and not as an infinitive.
				if from-k > 3 || k > 0 && toks[k-1].kind == kWord && notPresentBefore[toks[k-1].id] {
					continue
				}
				best, dist = Future, from-k
				break
			}
			if futureCues[t.id] {
				// "to" counts only after "is", "are" or "set": "is to resume Tuesday".
				if t.id == idTo {
					if k == 0 || !toFuture[toks[k-1].id] || toks[k-1].kind != kWord {
						continue
					}
				}
				if futureOnlyAfterAs[t.id] && (k == 0 || toks[k-1].id != idAs) {
					continue
				}
				// "planned to leave on Thursday" looks ahead; the participle
				// does not: "as previously planned Saturday night", "a
				// service planned for Saturday was canceled".
				if t.id == idPlanned && (k+1 >= len(toks) || toks[k+1].id != idTo) {
					continue
				}
				// "closed until Friday" looks ahead; a sentence that opens
				// with it looks back: "Until Thursday, they had not...".
				if t.id == idUntil && (k == 0 || toks[k-1].kind != kWord) {
					continue
				}
				best, dist = Future, from-k
				// "had been scheduled to expire Friday": the plan lies in
				// the past, and so does the day.
				for b := k - 1; b >= 0 && k-b <= 3 && toks[b].kind == kWord; b-- {
					if pluperfect[toks[b].id] {
						best = Past
						break
					}
				}
				break
			}
			if pastCues[t.id] {
				if k > 0 && toks[k-1].kind == kWord && passiveAux[toks[k-1].id] {
					continue
				}
				best, dist = Past, from-k
				break
			}
		}
	}
	if best == Unknown {
		best = farFuture(src, toks, from)
	}
	if best == Unknown && frontedAdverbial(toks, from, to) && !(to+1 < len(toks) && subordinators[toks[to+1].id]) {
		// "On Tuesday, the league plans to...": the date opens the
		// sentence and the main verb comes after the subject.
		for k := to + 1; k < len(toks) && k-to <= 12; k++ {
			t := &toks[k]
			if t.gap == gapPara || t.kind == kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';') {
				break
			}
			// "planned" is as often a past verb ("On Friday, the government
			// planned to pay") as a participle of things to come.
			if t.kind != kWord || t.id == idTo || t.id == idPlanned || futureOnlyAfterAs[t.id] {
				continue
			}
			if futureCues[t.id] {
				// "plans" looks ahead as a verb ("plans to hold"), not as a noun.
				if t.id == idPlans && (k+1 >= len(toks) || toks[k+1].id != idTo) {
					continue
				}
				return Future
			}
			if pastCues[t.id] {
				return Past
			}
		}
	}
	for k := to; k < len(toks) && k-to < 3; k++ {
		t := &toks[k]
		if t.gap == gapPara || t.kind == kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';') {
			break
		}
		// After the mention only look-ahead words count: a past auxiliary
		// there often starts another clause ("on Saturday and were planning").
		if t.kind == kWord && k-to+1 < dist && futureCues[t.id] && t.id != idTo && !futureOnlyAfterAs[t.id] {
			return Future
		}
	}
	return best
}
