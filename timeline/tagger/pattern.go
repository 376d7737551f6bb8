package tagger

import (
	"fmt"
	"strings"
)

// A pattern is written with words, punctuation and {placeholder}s:
//
//	"[the] {ordinal} quarter [of {year}]"
//
// Elements separated by a space may be separated by white space in the text
// (or by nothing: "Aug.1"); elements written together ("{year}-{mm}-{dd}",
// "mid-{month}") must be adjacent in the text. A word may list alternatives
// ("last|past") and may name its capture ("dir=last|next"); a placeholder
// may name its capture ("{num:n2}"), by default its own name. "?" after an
// element and "[...]" around a group make them optional. At init a pattern
// expands into every flat sequence its optional parts allow, so matching is
// a straight walk with no backtracking, and each sequence is indexed by the
// tokens its first element accepts.

type elemKind uint8

const (
	elWord elemKind = iota + 1
	elPunct
	elPlace
)

type elem struct {
	kind  elemKind
	ids   []int32 // elWord: accepted word ids
	punct byte    // elPunct
	place *placeholder
	adj   bool // must touch the previous token
	slot  int  // capture slot, -1 for none
}

// placeholder matches one or more tokens at t[i] and returns the index after
// them and a value.
type placeholder struct {
	name  string
	match func(m *matcher, i int) (next int, val int, ok bool)
	// What the first token may be, for the index.
	firstIDs   []int32
	firstNum   bool
	firstPunct string
	acceptID   []bool // firstIDs as a table, after freeze
	idx        int    // index in the memo
}

var placeholders = map[string]*placeholder{}

func definePlaceholder(p *placeholder) *placeholder {
	p.idx = len(placeholders)
	if p.idx >= maxPlaceholders {
		panic("tagger: more placeholders than maxPlaceholders")
	}
	placeholders[p.name] = p
	return p
}

func lexIDs(ls ...*lexicon) []int32 {
	var ids []int32
	for _, l := range ls {
		for id := range l.m {
			ids = append(ids, id)
		}
	}
	return ids
}

// patItem is a parsed pattern item before expansion.
type patItem struct {
	e     elem
	group []patItem // optional group when non-nil
	opt   bool
}

type compiled struct {
	rule  *Rule
	prio  int // the rule's index in the table: lower wins a tie
	seq   []elem
	slots []string // slot index → capture name
}

func parsePattern(p string) ([]patItem, []string, error) {
	var slots []string
	slotOf := func(name string) int {
		for i, s := range slots {
			if s == name {
				return i
			}
		}
		slots = append(slots, name)
		return len(slots) - 1
	}
	pos := 0
	var parse func(depth int) ([]patItem, error)
	parse = func(depth int) ([]patItem, error) {
		var items []patItem
		space := true // at the start of a group the first element inherits adjacency from outside
		first := true
		for pos < len(p) {
			c := p[pos]
			adj := !space && !first
			if depth > 0 && first {
				adj = false
			}
			switch {
			case c == ' ':
				space = true
				pos++
				continue
			case c == '[':
				pos++
				g, err := parse(depth + 1)
				if err != nil {
					return nil, err
				}
				if len(g) > 0 {
					g[0].e.adj = adj && g[0].group == nil
				}
				items = append(items, patItem{group: g, opt: true})
			case c == ']':
				if depth == 0 {
					return nil, fmt.Errorf("unbalanced ] at %d", pos)
				}
				pos++
				return items, nil
			case c == '?':
				if len(items) == 0 {
					return nil, fmt.Errorf("? with nothing before it at %d", pos)
				}
				items[len(items)-1].opt = true
				pos++
				continue
			case c == '{':
				end := strings.IndexByte(p[pos:], '}')
				if end < 0 {
					return nil, fmt.Errorf("unclosed { at %d", pos)
				}
				body := p[pos+1 : pos+end]
				pos += end + 1
				name, slot, _ := strings.Cut(body, ":")
				if slot == "" {
					slot = name
				}
				ph := placeholders[name]
				if ph == nil {
					return nil, fmt.Errorf("unknown placeholder {%s}", name)
				}
				items = append(items, patItem{e: elem{kind: elPlace, place: ph, adj: adj, slot: slotOf(slot)}})
			case isLetter(c) || c == '|' || c == '=':
				j := pos
				for j < len(p) && (isLetter(p[j]) || p[j] == '|' || p[j] == '=') {
					j++
				}
				word := p[pos:j]
				pos = j
				slot := -1
				if name, alts, ok := strings.Cut(word, "="); ok {
					slot = slotOf(name)
					word = alts
				}
				e := elem{kind: elWord, adj: adj, slot: slot}
				for _, w := range strings.Split(word, "|") {
					if w == "" {
						return nil, fmt.Errorf("empty alternative in %q", word)
					}
					e.ids = append(e.ids, wordID(strings.ToLower(w)))
				}
				items = append(items, patItem{e: e})
			case strings.IndexByte(",.-/':;&()%$#", c) >= 0:
				// "a|b-c" reads as (a|b) then "-" then c, never as a|(b-c):
				// refuse it rather than guess.
				if n := len(items); n > 0 && adj && items[n-1].group == nil && items[n-1].e.kind == elWord && len(items[n-1].e.ids) > 1 {
					return nil, fmt.Errorf("alternatives touch %q at %d: a word with a hyphen cannot be an alternative", c, pos)
				}
				items = append(items, patItem{e: elem{kind: elPunct, punct: c, adj: adj, slot: -1}})
				pos++
			default:
				return nil, fmt.Errorf("unexpected %q at %d", c, pos)
			}
			space = false
			first = false
		}
		if depth > 0 {
			return nil, fmt.Errorf("unclosed [")
		}
		return items, nil
	}
	items, err := parse(0)
	return items, slots, err
}

// expand returns every flat sequence the items allow.
func expand(items []patItem) [][]elem {
	seqs := [][]elem{nil}
	for _, it := range items {
		var alts [][]elem
		if it.group != nil {
			alts = expand(it.group)
		} else {
			alts = [][]elem{{it.e}}
		}
		var next [][]elem
		for _, s := range seqs {
			for _, a := range alts {
				n := append(append([]elem(nil), s...), a...)
				next = append(next, n)
			}
			if it.opt {
				next = append(next, s)
			}
		}
		seqs = next
	}
	out := seqs[:0]
	for _, s := range seqs {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// capture is what one slot of a match holds.
type capture struct {
	from, to int // token indexes, to exclusive
	val      int
	gen      uint32 // set in the attempt whose generation this is
}

const maxSlots = 12

// matcher is the state of one attempt to match a sequence at a token.
type matcher struct {
	src      []byte
	toks     []token
	dayFirst bool
	gen      uint32
	caps     [maxSlots]capture
	// memo keeps placeholder results per token: many sequences try the same
	// placeholder at the same token.
	memo  [maxPlaceholders][memoWays]memoEntry
	epoch uint32
}

const (
	maxPlaceholders = 32
	memoWays        = 16
)

type memoEntry struct {
	ti, next, val int
	ok            bool
	epoch         uint32
}

func (m *matcher) place(p *placeholder, ti int) (int, int, bool) {
	e := &m.memo[p.idx][ti%memoWays]
	if e.epoch == m.epoch && e.ti == ti {
		return e.next, e.val, e.ok
	}
	n, v, ok := p.match(m, ti)
	*e = memoEntry{ti: ti, next: n, val: v, ok: ok, epoch: m.epoch}
	return n, v, ok
}

// set reports whether capture k was set by the current attempt.
func (m *matcher) set(k int) bool { return m.caps[k].gen == m.gen }

// accepts is a cheap test of whether e can start at token t; it spares the
// placeholder functions most calls.
func (e *elem) accepts(t *token) bool {
	switch e.kind {
	case elWord:
		return t.kind == kWord && t.id != 0 && hasID(e.ids, t.id)
	case elPunct:
		return t.kind == kPunct && t.punct == e.punct
	}
	p := e.place
	switch t.kind {
	case kNum:
		return p.firstNum
	case kWord:
		return int(t.id) < len(p.acceptID) && p.acceptID[t.id]
	}
	return strings.IndexByte(p.firstPunct, t.punct) >= 0
}

// run matches seq at token i and returns the index after the match.
func (m *matcher) run(seq []elem, i int) (int, bool) {
	m.gen++
	ti := i
	for k := range seq {
		e := &seq[k]
		if ti >= len(m.toks) {
			return 0, false
		}
		tok := &m.toks[ti]
		if k > 0 && (tok.gap == gapPara || e.adj && tok.gap != gapNone) || !e.accepts(tok) {
			return 0, false
		}
		from := ti
		val := 0
		switch e.kind {
		case elWord, elPunct:
			ti++
		case elPlace:
			n, v, ok := m.place(e.place, ti)
			if !ok {
				return 0, false
			}
			ti, val = n, v
		}
		if e.slot >= 0 {
			m.caps[e.slot] = capture{from: from, to: ti, val: val, gen: m.gen}
		}
	}
	return ti, true
}

func hasID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
