package tagger

import (
	"fmt"
	"strings"
)

// Rule recognizes one family of expressions.
type Rule struct {
	// Name is a stable snake_case id: it shows in debug output and test names.
	Name string
	// Pattern is written in the notation described in pattern.go.
	Pattern string
	// Type of the mentions the rule makes (ignored for negative rules).
	Type Type
	// Build turns a match into an expression; false rejects the match
	// (a guard that the pattern cannot express). Nil builds an empty Expr.
	Build func(m *Match) (Expr, bool)
	// Examples are sentences with the expected span in [brackets]: a test
	// checks that this rule, and no other, produces exactly that span.
	Examples []string
	// Negative rules recognize things that look like dates but are not
	// ("2,000 troops", "Room 1960"): their matches consume the text and
	// produce nothing.
	Negative bool
}

// Match gives a rule's Build function the captures of one match.
type Match struct {
	m     *matcher
	c     *compiled
	start int // token indexes
	end   int
}

func (x *Match) slot(name string) *capture {
	for i, s := range x.c.slots {
		if s == name {
			if x.m.set(i) {
				return &x.m.caps[i]
			}
			return nil
		}
	}
	return nil
}

// Has reports whether the named capture matched.
func (x *Match) Has(name string) bool { return x.slot(name) != nil }

// Int returns the value of a placeholder capture (0 if absent).
func (x *Match) Int(name string) int {
	if c := x.slot(name); c != nil {
		return c.val
	}
	return 0
}

// Word returns the lower-cased text of a capture ("" if absent).
func (x *Match) Word(name string) string {
	c := x.slot(name)
	if c == nil {
		return ""
	}
	return strings.ToLower(string(x.m.src[x.m.toks[c.from].start:x.m.toks[c.to-1].end]))
}

// Text returns the text of a capture as written.
func (x *Match) Text(name string) string {
	c := x.slot(name)
	if c == nil {
		return ""
	}
	return string(x.m.src[x.m.toks[c.from].start:x.m.toks[c.to-1].end])
}

// before returns the token k places before the match, or nil.
func (x *Match) before(k int) *token {
	i := x.start - k
	if i < 0 {
		return nil
	}
	return &x.m.toks[i]
}

// after returns the token k places after the match (k = 1: the next one), or nil.
func (x *Match) after(k int) *token {
	i := x.end + k - 1
	if i >= len(x.m.toks) {
		return nil
	}
	return &x.m.toks[i]
}

// PrevWord is the lower-cased word just before the match ("" if none or not a word).
func (x *Match) PrevWord() string {
	if x.m.toks[x.start].gap == gapPara {
		return ""
	}
	return x.wordAt(x.before(1))
}

// NextWord is the lower-cased word just after the match.
func (x *Match) NextWord() string {
	if t := x.after(1); t == nil || t.gap == gapPara {
		return ""
	}
	return x.wordAt(x.after(1))
}

func (x *Match) wordAt(t *token) string {
	if t == nil || t.kind != kWord {
		return ""
	}
	return strings.ToLower(string(x.m.src[t.start:t.end]))
}

// prevIn reports whether the word just before the match, in the same
// paragraph, is one of set.
func (x *Match) prevIn(set map[int32]bool) bool {
	t := x.before(1)
	return t != nil && t.kind == kWord && set[t.id] && x.m.toks[x.start].gap != gapPara
}

func (x *Match) nextIn(set map[int32]bool) bool {
	t := x.after(1)
	return t != nil && t.kind == kWord && set[t.id] && t.gap != gapPara
}

// prevPunct returns the punctuation directly touching the match on the left (0 if none).
func (x *Match) prevPunct() byte {
	if x.m.toks[x.start].gap != gapNone {
		return 0
	}
	t := x.before(1)
	if t == nil || t.kind != kPunct {
		return 0
	}
	return t.punct
}

// nextPunct returns the punctuation directly touching the match on the right.
func (x *Match) nextPunct() byte {
	t := x.after(1)
	if t == nil || t.kind != kPunct || t.gap != gapNone {
		return 0
	}
	return t.punct
}

// nextToken returns the token after the match, or nil.
func (x *Match) nextToken() *token { return x.after(1) }

func wordSet(words ...string) map[int32]bool {
	s := map[int32]bool{}
	for _, w := range words {
		s[wordID(w)] = true
	}
	return s
}

// index of compiled sequences by what their first token may be.
//
// Sequences that start with a literal word and go on are indexed a second
// time, by their second element, under that word (next): "the" starts
// dozens of sequences, and the token after it rules out nearly all.
type ruleIndex struct {
	byID    map[int32][]*compiled
	ids     [][]*compiled // byID as a slice, after freeze
	byNum   []*compiled
	byPunct [128][]*compiled
	all     []*compiled
	next    map[int32]*ruleIndex
	nexts   []*ruleIndex // next as a slice, after freeze
}

func newIndex() *ruleIndex {
	return &ruleIndex{byID: map[int32][]*compiled{}, next: map[int32]*ruleIndex{}}
}

// add indexes c by its element k.
func (ix *ruleIndex) add(c *compiled, k int) {
	e := c.seq[k]
	switch e.kind {
	case elWord:
		for _, id := range e.ids {
			if k == 0 && len(c.seq) > 1 {
				n := ix.next[id]
				if n == nil {
					n = newIndex()
					ix.next[id] = n
				}
				n.add(c, 1)
				continue
			}
			ix.byID[id] = append(ix.byID[id], c)
		}
	case elPunct:
		ix.byPunct[e.punct] = append(ix.byPunct[e.punct], c)
	case elPlace:
		for _, id := range e.place.firstIDs {
			ix.byID[id] = append(ix.byID[id], c)
		}
		if e.place.firstNum {
			ix.byNum = append(ix.byNum, c)
		}
		for i := 0; i < len(e.place.firstPunct); i++ {
			p := e.place.firstPunct[i]
			ix.byPunct[p] = append(ix.byPunct[p], c)
		}
	}
}

func buildIndex(rules []Rule) (*ruleIndex, error) {
	ix := newIndex()
	seen := map[string]bool{}
	for ri := range rules {
		r := &rules[ri]
		if seen[r.Name] {
			return nil, fmt.Errorf("rule %s: duplicate name", r.Name)
		}
		seen[r.Name] = true
		items, slots, err := parsePattern(r.Pattern)
		if err != nil {
			return nil, fmt.Errorf("rule %s: pattern %q: %v", r.Name, r.Pattern, err)
		}
		if len(slots) > maxSlots {
			return nil, fmt.Errorf("rule %s: more than %d captures", r.Name, maxSlots)
		}
		for _, seq := range expand(items) {
			c := &compiled{rule: r, prio: ri, seq: seq, slots: slots}
			ix.all = append(ix.all, c)
			ix.add(c, 0)
		}
	}
	return ix, nil
}

func (ix *ruleIndex) candidates(t *token) []*compiled {
	switch t.kind {
	case kWord:
		if t.id == 0 {
			return nil
		}
		if int(t.id) < len(ix.ids) {
			return ix.ids[t.id]
		}
		return nil
	case kNum:
		return ix.byNum
	case kPunct:
		if t.punct < 128 {
			return ix.byPunct[t.punct]
		}
	}
	return nil
}

// freeze turns the map of word ids into a slice: the vocabulary is complete.
func (ix *ruleIndex) freeze() {
	ix.freezeIDs()
	for _, p := range placeholders {
		p.acceptID = make([]bool, len(vocab)+1)
		for _, id := range p.firstIDs {
			p.acceptID[id] = true
		}
	}
	freezeLexicons()
	ix.ids = make([][]*compiled, len(vocab)+1)
	for id, cs := range ix.byID {
		ix.ids[id] = cs
	}
}

func (ix *ruleIndex) freezeIDs() {
	ix.ids = make([][]*compiled, len(vocab)+1)
	for id, cs := range ix.byID {
		ix.ids[id] = cs
	}
	ix.nexts = make([]*ruleIndex, len(vocab)+1)
	for id, n := range ix.next {
		n.freezeIDs()
		ix.nexts[id] = n
	}
}

// following returns the index of sequences that start with word t and go
// on, or nil.
func (ix *ruleIndex) following(t *token) *ruleIndex {
	if t.kind != kWord || int(t.id) >= len(ix.nexts) {
		return nil
	}
	return ix.nexts[t.id]
}
