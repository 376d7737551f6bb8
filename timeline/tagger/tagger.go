package tagger

import (
	"fmt"
	"sync"
)

// Options are the tagger's policies for ambiguous text.
type Options struct {
	// DayFirst reads an ambiguous numeric date such as 04/07/2024 as
	// day/month/year (4 July) instead of the American month/day/year.
	// Either way, a first number above 12 can only be a day.
	DayFirst bool
}

// Tagger finds temporal expressions. It is safe for concurrent use.
type Tagger struct {
	opts Options
	pool sync.Pool
}

// rules is the whole rule table, in priority order: on a tie (same start,
// same end) the earlier rule wins, and a negative rule beats any positive one.
var rules []Rule

var index *ruleIndex

func init() {
	for _, group := range [][]Rule{negativeRules, ageRules, dateRules, timeRules, relativeRules, durationRules, setRules} {
		rules = append(rules, group...)
	}
	var err error
	index, err = buildIndex(rules)
	if err != nil {
		panic(fmt.Sprintf("tagger: %v", err)) // a bug in the rule table, caught by any test
	}
	index.freeze()
	for i := range rules {
		if rules[i].Name == "rel_ago" {
			agoRule = &rules[i]
		}
	}
}

// agoRule makes "a week or so ago" a date (refine.go).
var agoRule *Rule

// Rules returns the names of the rules in priority order.
func Rules() []string {
	names := make([]string, len(rules))
	for i := range rules {
		names[i] = rules[i].Name
	}
	return names
}

// New returns a tagger with the given policies.
func New(opts Options) *Tagger {
	return &Tagger{opts: opts}
}

var defaultTagger = New(Options{})

// Tag finds the temporal expressions of src with the default options.
func Tag(src []byte) []Mention { return defaultTagger.Tag(src) }

type pick struct {
	from, to int // token indexes
	prio     int
	rule     *Rule
	expr     Expr
	neg      bool
}

type state struct {
	toks  []token
	picks []pick
	m     matcher
}

// The text is tokenized a window at a time, so memory stays small whatever
// the size of src. A window keeps some tokens of the one before (refiners
// look back) and leaves the last ones for the next (an expression may run
// into them).
var windowTokens = 4096 // a variable for the test that compares window sizes

const (
	lookBack  = 16 // tokens kept before the first new start
	lookAhead = 64 // no match starts in the last tokens of a window
)

// Tag finds the temporal expressions of src. Mentions come sorted by
// offset and never overlap; offsets are byte offsets into src.
func (tg *Tagger) Tag(src []byte) []Mention {
	st, _ := tg.pool.Get().(*state)
	if st == nil {
		st = &state{}
	}
	defer tg.pool.Put(st)
	out := make([]Mention, 0, len(src)/512+4) // news text holds about one expression per 300 bytes
	toks := st.toks[:0]
	pos, first := 0, 0
	for {
		toks, pos = tokenizeFrom(src, pos, toks, windowTokens)
		done := pos >= len(src)
		limit := len(toks)
		if !done {
			limit -= lookAhead
		}
		st.m = matcher{src: src, toks: toks, dayFirst: tg.opts.DayFirst, gen: st.m.gen, epoch: st.m.epoch + 1, memo: st.m.memo}
		st.picks = tg.findRange(&st.m, first, limit, st.picks[:0])
		st.picks = refine(src, toks, st.picks, first)
		out = tg.emit(src, toks, st.picks, out)
		if done {
			break
		}
		next := limit
		if n := len(st.picks); n > 0 && st.picks[n-1].to > next {
			next = st.picks[n-1].to
		}
		keep := max(next-lookBack, 0)
		toks = toks[:copy(toks, toks[keep:])]
		first = next - keep
	}
	st.toks = toks
	return out
}

func (tg *Tagger) emit(src []byte, toks []token, picks []pick, out []Mention) []Mention {
	st := struct{ toks []token }{toks}
	for i := range picks {
		p := &picks[i]
		if p.neg {
			continue
		}
		s, e := st.toks[p.from].start, st.toks[p.to-1].end
		out = append(out, Mention{
			Span:  Span{s, e},
			Text:  string(src[s:e]),
			Rule:  p.rule.Name,
			Type:  p.rule.Type,
			Expr:  p.expr,
			Tense: tense(src, st.toks, p.from, p.to),
		})
		switch e := &p.expr; {
		case e.HasClock || e.PartOfDay != "" && p.rule.Type != Set:
			out[len(out)-1].Type = Time
		case p.rule.Type == Date && e.Unit != NoUnit && !e.Relative && e.Ref == NoRef:
			out[len(out)-1].Type = Duration // "the past decade"
		}
	}
	return out
}

// find runs the rules over all of toks (tests use it).
func (tg *Tagger) find(src []byte, toks []token, picks []pick) []pick {
	m := &matcher{src: src, toks: toks, dayFirst: tg.opts.DayFirst, epoch: 1}
	return tg.findRange(m, 0, len(toks), picks)
}

// findRange walks the tokens from first to limit and keeps, at each
// position, the longest match.
func (tg *Tagger) findRange(m *matcher, first, limit int, picks []pick) []pick {
	toks := m.toks
	for i := first; i < limit; {
		best := pick{to: -1}
		cands := index.candidates(&toks[i])
		var more []*compiled
		if n := index.following(&toks[i]); n != nil && i+1 < len(toks) {
			more = n.candidates(&toks[i+1])
		}
		for k := 0; k < len(cands)+len(more); k++ {
			var c *compiled
			if k < len(cands) {
				c = cands[k]
			} else {
				c = more[k-len(cands)]
			}
			end, ok := m.run(c.seq, i)
			if !ok || end < best.to || end == best.to && !better(c, &best) {
				continue
			}
			var e Expr
			if c.rule.Build != nil {
				x := Match{m: m, c: c, start: i, end: end}
				if e, ok = c.rule.Build(&x); !ok {
					continue
				}
			}
			best = pick{from: i, to: end, rule: c.rule, prio: c.prio, expr: e, neg: c.rule.Negative}
		}
		if best.to < 0 {
			i++
			continue
		}
		picks = append(picks, best)
		i = best.to
	}
	return picks
}

// Match.dayFirst exposes the policy to Build functions.
func (x *Match) dayFirst() bool { return x.m.dayFirst }

// better reports whether c beats the best match so far on a tie (same
// end): a negative rule beats a positive one, then the earlier rule wins.
func better(c *compiled, best *pick) bool {
	if c.rule.Negative != best.neg {
		return c.rule.Negative
	}
	return c.prio < best.prio
}
