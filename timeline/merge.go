package timeline

// How curated and extracted events are merged
//
// timeline.yaml holds what a person decided; extraction proposes what the
// text says. Merge lets the person win wherever they said something and
// keeps everything else the text offers, so the order of the rules is the
// order of how explicit the person was.
//
// First, ids. An entry whose id is an extracted event's id (AssignIDs makes
// those ids stable, see ExtractedID) takes that event and nothing decides
// otherwise: "hide: true" drops it, an entry with only an id and some
// fields changes those fields, a full entry (date and title, such as a
// candidate written by `timeline sync`) becomes the event with the text's
// mentions as sources. The confidence threshold does not apply to an event
// the file names, since the person has seen it.
//
// Then the threshold: other extracted events below extract.min_confidence
// are left out.
//
// Then matching. Each remaining extracted event is compared with every
// curated event, and goes to the best one that matches it, or stays on
// its own. Match words are the person's explicit ties and hold whatever
// the dates say; the automatic match is a guess and needs compatible dates
// (one interval inside the other, "2020" and "2020-11-27") and something
// shared, graded by how much it says: a person or an organization of the
// extracted event that the curated text names is enough; a place or a
// significant title word (four letters or more, not a stop word, crudely
// stemmed so "assassinated" meets "assassination") is enough only between
// dates of the same precision, and two of them between dates of different
// precisions no longer than a year each. Without that grading a curated
// "2024" would swallow every event of that year that happened in the
// same city. Among the curated events that match, compatible dates come
// first, then match words (in the title or an entity before one only in a
// quote), then the most shared people and organizations, then the most
// weak links, then the first in the file. Ranking compatible dates first
// is what keeps a sentence that names two things ("the paper recalled Eli
// Cohen ... in the 1960s and demanded a purge") with the curated event of
// the right decade rather than with the 2009 purge.
//
// An event tied only by match words to a curated event whose date it
// contradicts is still merged, since the person tied them, and the
// contradiction is a Conflict warning that cites both places: the date in
// timeline.yaml and the date expression in the source, by line and column.
//
// Nothing depends on input order: ids come from content, every choice
// above is a total order, mentions are sorted by file and offset, and the
// result by Sort.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// Curated is what timeline.yaml says, as Merge needs it (the curated
// package makes it: File.Curated).
type Curated struct {
	Title         string
	ReferenceDate timex.Value
	Groups        []Group
	Eras          []Era
	Sources       []Source
	Entries       []Entry // in the order of the file
	MinConfidence float64 // extract.min_confidence: extracted events below it are left out
}

// Entry is one entry of the events list of timeline.yaml.
//
// A curated event has a date and a title. An override (Override set) has
// an id and neither: it changes or hides (Hide) the extracted event of that
// id. In an override a field left at its zero value is not set and keeps
// the extracted value; Tags are set when not nil, so "tags: []" clears them.
type Entry struct {
	Event    Event    // the fields as written; its sources as Mentions without offsets
	Match    []string // words that tie extracted events to this one
	Hide     bool
	Override bool

	// Where the entry, its id, its date, its hide and each of its match
	// words are in timeline.yaml, for messages.
	At      Pos
	IDAt    Pos
	DateAt  Pos
	HideAt  Pos
	MatchAt []Pos
}

// Pos is a place in a file: "timeline.yaml:12:5".
type Pos struct {
	File string
	Line int // 1-based; 0 when only the file is known
	Col  int // 1-based, in characters
}

// String is "file:line:col", or "file" when the line is not known.
func (p Pos) String() string {
	if p.Line <= 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, max(p.Col, 1))
}

// LineIndex finds the line and column of byte offsets into a text.
type LineIndex struct {
	src    []byte
	starts []int // byte offset where each line starts
}

// NewLineIndex indexes the lines of src (ended by "\n"; a "\r" before it
// is the end of the line).
func NewLineIndex(src []byte) *LineIndex {
	x := &LineIndex{src: src, starts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			x.starts = append(x.starts, i+1)
		}
	}
	return x
}

// Position is the 1-based line and column (in characters) of byte offset
// off, which is clamped to the text.
func (x *LineIndex) Position(off int) (line, col int) {
	off = min(max(off, 0), len(x.src))
	line, _ = slices.BinarySearch(x.starts, off+1) // the first start after off
	start := x.starts[line-1]
	return line, 1 + utf8.RuneCount(x.src[start:off])
}

// WarningKind says what a Warning is about.
type WarningKind int

const (
	// Conflict: an extracted event tied to a curated one by its match words
	// has a date that disagrees with the curated date.
	Conflict WarningKind = iota + 1
	// Unused: a hide, override or match word of timeline.yaml that matches
	// no extracted event.
	Unused
)

func (k WarningKind) String() string {
	switch k {
	case Conflict:
		return "conflict"
	case Unused:
		return "unused"
	}
	return "unknown"
}

// Warning is something about the merge the user should look at, at a place
// of timeline.yaml (Curated) and, for a conflict, of a source (Source).
type Warning struct {
	Kind    WarningKind
	ID      string // the id of the curated entry
	Msg     string // says where both places are
	Curated Pos
	Source  Pos // the zero Pos for Unused
}

// String is "timeline.yaml:12:5: message".
func (w Warning) String() string { return w.Curated.String() + ": " + w.Msg }

// Merge combines the curated entries with the extracted events (DESIGN §5)
// into the timeline to render. texts gives the bytes of a source file by
// path, as the mentions name it; it is only called to give the line and
// column of a mention in a warning (so a build without warnings reads no
// file twice), and may be nil.
//
// An entry whose id is an extracted event's id takes that event: hide drops
// it, an override changes the fields it sets, a curated event absorbs it.
// Every other extracted event below cur.MinConfidence is left out. Each
// remaining one is absorbed by the curated event it matches best (see
// Match); hidden curated events absorb too, and the events they absorb are
// dropped with them. An absorbed event's mentions follow the curated
// event's sources, its entities join the curated event's, and its
// description and type fill those the curated event does not have; every
// field the curated event sets wins, its date first. A curated event that
// absorbed or took an extracted event has Origin "merged"; an extracted
// event nobody curated stays, Origin "extracted".
//
// Warnings: a Conflict for each event absorbed through match words whose
// date is not compatible with the curated one (the curated date is used),
// and, when there are extracted events at all, an Unused for each hide or
// override whose id is no extracted event's and each match word that
// matches none.
//
// The result is in Sort order, and neither it nor the warnings depend on
// the order of extracted.
// Texts gives the bytes of a source file by the name mentions and sources
// use; ok is false for a file it does not know or cannot read. Callers
// read files on demand (see cmd/timeline) so that only the files a message
// points into are read a second time.
type Texts func(name string) (src []byte, ok bool)

// Get calls t, or reports nothing known when t is nil.
func (t Texts) Get(name string) ([]byte, bool) {
	if t == nil {
		return nil, false
	}
	return t(name)
}

// TextsOf serves texts from a map.
func TextsOf(m map[string][]byte) Texts {
	return func(name string) ([]byte, bool) {
		src, ok := m[name]
		return src, ok
	}
}

func Merge(cur Curated, extracted []Event, texts Texts) (*Timeline, []Warning) {
	m := &merger{cur: cur, texts: texts, lines: map[string]*LineIndex{}}
	return m.run(extracted)
}

type merger struct {
	cur     Curated
	entries []*preparedEntry
	texts   Texts
	lines   map[string]*LineIndex
	warns   []Warning
}

// absorbed is an extracted event taken by a curated entry.
type absorbed struct {
	ev       Event
	conflict bool
	word     string // the match word that tied it, for a conflict
}

func (m *merger) run(extracted []Event) (*Timeline, []Warning) {
	cur := m.cur
	tl := &Timeline{
		Title:         cur.Title,
		ReferenceDate: cur.ReferenceDate,
		Groups:        slices.Clone(cur.Groups),
		Eras:          slices.Clone(cur.Eras),
		Sources:       slices.Clone(cur.Sources),
	}
	ext := make([]Event, len(extracted))
	for i, e := range extracted {
		ext[i] = cloneEvent(e)
		ext[i].Origin = OriginExtracted
	}
	AssignIDs(ext)

	byID := map[string]int{}
	for i, en := range cur.Entries {
		if id := en.Event.ID; id != "" {
			if _, dup := byID[id]; !dup {
				byID[id] = i
			}
		}
	}

	taken := make([][]absorbed, len(cur.Entries)) // by id or by matching
	idUsed := make([]bool, len(cur.Entries))
	m.entries = make([]*preparedEntry, len(cur.Entries))
	for i, en := range cur.Entries {
		m.entries[i] = prepareEntry(en)
	}
	var seen []*preparedEvent    // every extracted event not hidden, for Unused
	var visible []*preparedEvent // extracted events open to matching
	for _, e := range ext {
		if i, ok := byID[e.ID]; ok {
			idUsed[i] = true
			en := cur.Entries[i]
			if en.Hide && en.Override {
				continue
			}
			seen = append(seen, prepareEvent(e))
			taken[i] = append(taken[i], absorbed{ev: e})
			continue
		}
		pe := prepareEvent(e)
		seen = append(seen, pe)
		if e.Confidence < cur.MinConfidence {
			continue
		}
		visible = append(visible, pe)
	}

	var out []Event
	for _, pe := range visible {
		i, how := m.best(pe)
		if i < 0 {
			out = append(out, *pe.e)
			continue
		}
		taken[i] = append(taken[i], absorbed{ev: *pe.e, conflict: !how.Compatible, word: how.Word})
	}

	for i, en := range cur.Entries {
		abs := taken[i]
		slices.SortFunc(abs, func(a, b absorbed) int { return cmp.Compare(a.ev.ID, b.ev.ID) })
		switch {
		case en.Override:
			if len(abs) == 0 {
				continue
			}
			if !en.Hide {
				out = append(out, override(en, abs[0].ev))
			}
		case en.Hide:
			// A hidden curated event: it and what it absorbed are dropped.
		default:
			ev := cloneEvent(en.Event)
			if ev.Origin == "" {
				ev.Origin = OriginCurated
			}
			if len(abs) > 0 {
				ev = absorb(ev, abs)
			}
			out = append(out, ev)
		}
		for _, a := range abs {
			if a.conflict {
				m.conflict(en, a)
			}
		}
	}
	if len(ext) > 0 {
		m.unused(idUsed, seen)
	}
	Sort(out)
	tl.Events = out
	slices.SortFunc(m.warns, func(a, b Warning) int {
		return cmp.Or(comparePos(a.Curated, b.Curated), comparePos(a.Source, b.Source), cmp.Compare(a.Msg, b.Msg))
	})
	return tl, m.warns
}

func comparePos(a, b Pos) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
}

// override applies the fields an override entry sets to the extracted
// event e, keeping its mentions and adding the entry's sources. A date
// written as e's is kept as e's value (see absorb).
func override(en Entry, e Event) Event {
	c := en.Event
	if !c.Date.IsZero() && c.Date.String() != e.Date.String() {
		e.Date = c.Date
	}
	for _, f := range []struct{ dst, src *string }{
		{&e.Title, &c.Title}, {&e.Description, &c.Description}, {&e.Type, &c.Type},
		{&e.Group, &c.Group}, {&e.Status, &c.Status}, {&e.Link, &c.Link},
	} {
		if *f.src != "" {
			*f.dst = *f.src
		}
	}
	if c.Tags != nil {
		e.Tags = slices.Clone(c.Tags)
	}
	e.Mentions = dedupeMentions(e.Mentions, c.Mentions)
	e.Origin = OriginMerged
	return e
}

// absorb merges the extracted events abs (sorted by id) into the curated
// event ev: curated fields win.
func absorb(ev Event, abs []absorbed) Event {
	var ms []Mention
	best := -1
	for i, a := range abs {
		ms = append(ms, a.ev.Mentions...)
		ev.Entities = unionEntities(ev.Entities, a.ev.Entities)
		if best < 0 || a.ev.Confidence > abs[best].ev.Confidence {
			best = i
		}
		if ev.Link == "" && a.ev.Link != "" {
			ev.Link = a.ev.Link
		}
	}
	for _, a := range abs {
		// The same date as written: the extracted value also knows which
		// fields were inferred, and that an interval is where the event
		// was placed (precision "inferred"), which YAML cannot say.
		if a.ev.Date.String() == ev.Date.String() {
			ev.Date = a.ev.Date
			break
		}
	}
	if ev.Description == "" {
		ev.Description = abs[best].ev.Description
	}
	if ev.Type == "" {
		ev.Type = abs[best].ev.Type
	}
	slices.SortStableFunc(ms, compareMentions)
	ev.Mentions = dedupeMentions(ms, ev.Mentions)
	ev.Origin = OriginMerged
	return ev
}

func compareMentions(a, b Mention) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
		cmp.Compare(a.Quote, b.Quote), cmp.Compare(a.Text, b.Text))
}

// dedupeMentions is the curated mentions (sources written in timeline.yaml)
// followed by the extracted ones, without repeats; a curated source that
// only repeats an extracted mention's file and quote (as `timeline sync`
// writes them) gives way to the extracted mention, which has offsets.
func dedupeMentions(extracted, curated []Mention) []Mention {
	type key struct{ src, quote string }
	have := map[key]bool{}
	for _, m := range extracted {
		have[key{m.Source, normSpace(m.Quote)}] = true
	}
	var out []Mention
	for _, m := range curated {
		bare := m.URL == "" && m.Title == "" && m.Outlet == "" && m.Author == "" && m.Date == ""
		if bare && m.Source != "" && have[key{m.Source, normSpace(m.Quote)}] {
			continue
		}
		out = append(out, m)
	}
	seen := map[Mention]bool{}
	for _, m := range extracted {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

func unionEntities(a, b Entities) Entities {
	return Entities{
		People:        unionNames(a.People, b.People),
		Organizations: unionNames(a.Organizations, b.Organizations),
		Places:        unionNames(a.Places, b.Places),
	}
}

func unionNames(a, b []string) []string {
	out := slices.Clone(a)
	for _, n := range b {
		if !slices.ContainsFunc(out, func(s string) bool { return strings.EqualFold(s, n) }) {
			out = append(out, n)
		}
	}
	return out
}

func cloneEvent(e Event) Event {
	e.Tags = slices.Clone(e.Tags)
	e.Mentions = slices.Clone(e.Mentions)
	e.Entities = Entities{
		People:        slices.Clone(e.Entities.People),
		Organizations: slices.Clone(e.Entities.Organizations),
		Places:        slices.Clone(e.Entities.Places),
	}
	return e
}

// How is how an extracted event matches a curated entry.
type How struct {
	Word       string // the match word that matched, or "" for an automatic match
	InQuote    bool   // the word matched only a quote, not the title or an entity
	Compatible bool   // the dates are compatible (or the extracted event has none)
	Strong     int    // people and organizations of the extracted event the curated event names
	Weak       int    // places it names, and significant title words both share
}

// Match reports whether the curated entry en ties the extracted event e to
// itself, and how:
//
//   - by a match word: case-insensitive, on word boundaries, in e's title,
//     a mention's quote or a named entity; whatever the dates;
//   - or automatically, when the dates are compatible (one contains the
//     other, or does once widened for "~" or "?") and the two share
//     something: a person or organization of e named in the curated
//     title, description, tags or match words (a person also by a surname
//     of four letters or more), or a place or a significant title word.
//     Places and title words are weak links: one is enough between dates
//     of the same precision, two (a place and a word, or two words)
//     between dates of different precisions no longer than a year each,
//     so that "2024" and "Tehran" do not pull in every event of that year
//     in that city; a person or organization only needs compatible dates.
//
// Overrides match nothing.
func Match(en Entry, e Event) (How, bool) {
	return prepareEntry(en).match(prepareEvent(e))
}

// preparedEntry and preparedEvent hold what matching compares, lowercased
// once.
type preparedEntry struct {
	en    *Entry
	when  span
	words []string // match words, normalized
	text  string   // title, description, tags and match words, normalized
	names map[string]bool
	title map[string]bool
}

type preparedEvent struct {
	e        *Event
	when     span
	title    string
	entities []string // every name, normalized
	quotes   []string
	title2   map[string]bool
}

func norm(s string) string { return normSpace(strings.ToLower(s)) }

func prepareEntry(en Entry) *preparedEntry {
	c := en.Event
	p := &preparedEntry{en: &en, when: spanOf(c.Date), names: map[string]bool{}, title: titleWords(c.Title)}
	for _, w := range en.Match {
		p.words = append(p.words, norm(w))
	}
	parts := append(append([]string{c.Title, c.Description}, c.Tags...), en.Match...)
	p.text = norm(strings.Join(parts, " | "))
	for _, list := range [][]string{c.Entities.People, c.Entities.Organizations, c.Entities.Places} {
		for _, n := range list {
			p.names[norm(n)] = true
		}
	}
	return p
}

func prepareEvent(e Event) *preparedEvent {
	p := &preparedEvent{e: &e, when: spanOf(e.Date), title: norm(e.Title), title2: titleWords(e.Title)}
	for _, list := range [][]string{e.Entities.People, e.Entities.Organizations, e.Entities.Places} {
		for _, n := range list {
			p.entities = append(p.entities, norm(n))
		}
	}
	for _, m := range e.Mentions {
		if q := norm(m.Quote); q != "" && !slices.Contains(p.quotes, q) {
			p.quotes = append(p.quotes, q)
		}
	}
	return p
}

func (pc *preparedEntry) match(pe *preparedEvent) (How, bool) {
	en, e := pc.en, pe.e
	if en.Override {
		return How{}, false
	}
	c := &en.Event
	h := How{Compatible: e.Date.IsZero() || pc.when.compatible(pe.when)}
	for i, w := range pc.words {
		switch pe.hit(w) {
		case hitTitle, hitEntity:
			if h.Word == "" || h.InQuote {
				h.Word, h.InQuote = en.Match[i], false
			}
		case hitQuote:
			if h.Word == "" {
				h.Word, h.InQuote = en.Match[i], true
			}
		}
	}
	dated := !c.Date.IsZero() && !e.Date.IsZero()
	if h.Compatible && dated {
		h.Strong, h.Weak = pc.links(pe)
	}
	switch {
	case h.Word != "":
		return h, true
	case !h.Compatible || !dated:
		return h, false
	case h.Strong > 0:
		return h, true
	case h.Weak > 0 && samePrecision(c.Date, e.Date):
		return h, true
	case h.Weak > 1:
		return h, withinAYear(c.Date) && withinAYear(e.Date)
	}
	return h, false
}

// best is the entry that absorbs e, or -1: among the entries that match,
// compatible dates first, then a match word (in the title or an entity
// before a quote), then the most shared people and organizations, then
// other shared words, then the first in the file.
func (m *merger) best(pe *preparedEvent) (int, How) {
	bi, bh := -1, How{}
	for i, pc := range m.entries {
		h, ok := pc.match(pe)
		if !ok {
			continue
		}
		if bi < 0 || better(h, bh) {
			bi, bh = i, h
		}
	}
	return bi, bh
}

func better(a, b How) bool {
	rank := func(h How) []int {
		word := 0
		if h.Word != "" {
			word = 1
			if !h.InQuote {
				word = 2
			}
		}
		return []int{b2i(h.Compatible), word, h.Strong, h.Weak}
	}
	return slices.Compare(rank(a), rank(b)) > 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

type hit int

const (
	hitNone hit = iota
	hitQuote
	hitEntity
	hitTitle
)

// hit is where the normalized match word w is in the event.
func (pe *preparedEvent) hit(w string) hit {
	if w == "" {
		return hitNone
	}
	if containsNorm(pe.title, w) {
		return hitTitle
	}
	for _, n := range pe.entities {
		if containsNorm(n, w) {
			return hitEntity
		}
	}
	for _, q := range pe.quotes {
		if containsNorm(q, w) {
			return hitQuote
		}
	}
	return hitNone
}

// containsNorm reports whether phrase p occurs in h, both normalized
// (lowercase, runs of white space as one space), not inside a word: "iran"
// is in "iran's" but not in "iranian".
func containsNorm(h, p string) bool {
	if p == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	for from := 0; from <= len(h)-len(p); {
		i := strings.Index(h[from:], p)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(h[:i])
		after, _ := utf8.DecodeRuneInString(h[i+len(p):])
		if (i == 0 || !isWordRune(first) || !isWordRune(before)) &&
			(i+len(p) == len(h) || !isWordRune(last) || !isWordRune(after)) {
			return true
		}
		_, n := utf8.DecodeRuneInString(h[i:])
		from = i + n
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normSpace collapses runs of white space to one space and trims the ends.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// links counts what the curated entry and the extracted event share:
// people and organizations of the event named in the curated text
// (strong), and places named there and significant title words (weak).
func (pc *preparedEntry) links(pe *preparedEvent) (strong, weak int) {
	e := pe.e
	named := func(name string, person bool) bool {
		n := norm(name)
		if n == "" {
			return false
		}
		if pc.names[n] || containsNorm(pc.text, n) {
			return true
		}
		if ws := words(n); person && len(ws) >= 2 {
			sur := ws[len(ws)-1]
			return utf8.RuneCountInString(sur) >= 4 && containsNorm(pc.text, sur)
		}
		return false
	}
	for _, p := range e.Entities.People {
		if named(p, true) {
			strong++
		}
	}
	for _, o := range e.Entities.Organizations {
		if named(o, false) {
			strong++
		}
	}
	for _, p := range e.Entities.Places {
		if named(p, false) {
			weak++
		}
	}
	for w := range pc.title {
		if pe.title2[w] {
			weak++
		}
	}
	return strong, weak
}

// titleWords are the significant words of a title, stemmed: four letters
// or more, not a stop word or a number ("assassinated" and
// "assassination" are both "assassinat").
func titleWords(title string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(possessive.Replace(strings.ToLower(title))) {
		if utf8.RuneCountInString(w) < 4 || stopWords[w] || isNumber(w) {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(rest) >= 4 {
			return rest
		}
	}
	return w
}

// span is a date's intervals, computed once.
type span struct {
	zero      bool
	qualified bool // approximate or uncertain
	iv, div   timex.Interval
}

func spanOf(v timex.Value) span {
	return span{zero: v.IsZero(), qualified: v.Qualifier() != 0, iv: v.Interval(), div: v.DisplayInterval()}
}

// compatible reports whether two dates can be the same date: one contains
// the other, or, when either is approximate or uncertain, one contains the
// other once widened for it.
func (a span) compatible(b span) bool {
	switch {
	case a.zero || b.zero:
		return false
	case within(a.iv, b.iv) || within(b.iv, a.iv):
		return true
	case !a.qualified && !b.qualified:
		return false
	}
	return within(a.div, b.div) || within(b.div, a.div)
}

// within reports whether interval b lies in a.
func within(a, b timex.Interval) bool {
	if !a.OpenStart && (b.OpenStart || b.Start.Before(a.Start)) {
		return false
	}
	if !a.OpenEnd && (b.OpenEnd || b.End.After(a.End)) {
		return false
	}
	return true
}

// samePrecision reports whether a and b are single dates of one precision.
func samePrecision(a, b timex.Value) bool {
	return a.Precision() == b.Precision() && !a.IsInterval() && !b.IsInterval() && a.Precision() != timex.Inferred
}

// withinAYear reports whether v covers a year or less.
func withinAYear(v timex.Value) bool {
	iv := v.Interval()
	return !iv.OpenStart && !iv.OpenEnd && iv.End.Sub(iv.Start) <= 366*24*time.Hour
}

// conflict reports an extracted event absorbed through a match word whose
// date disagrees with the curated date.
func (m *merger) conflict(en Entry, a absorbed) {
	src, text := m.mentionPos(a.ev)
	said := a.ev.Date.String()
	if text != "" && text != said {
		said = fmt.Sprintf("%s (%q)", said, text)
	}
	at := en.DateAt
	if at.File == "" {
		at = en.At
	}
	m.warns = append(m.warns, Warning{
		Kind:    Conflict,
		ID:      en.Event.ID,
		Curated: at,
		Source:  src,
		Msg: fmt.Sprintf("%s is dated %s here, but %s dates it %s (matched by %q in %q); the date here is used: "+
			"correct one of the two, or hide %s if it is another event",
			en.Event.ID, en.Event.Date, src, said, a.word, a.ev.Title, a.ev.ID),
	})
}

// mentionPos is the place of e's first mention with offsets (line and
// column when its text is known) and the text there.
func (m *merger) mentionPos(e Event) (Pos, string) {
	ms := slices.Clone(e.Mentions)
	slices.SortStableFunc(ms, compareMentions)
	for _, mn := range ms {
		if !mn.HasOffsets || mn.Source == "" {
			continue
		}
		p := Pos{File: mn.Source}
		if src, ok := m.texts.Get(mn.Source); ok && mn.Start <= len(src) {
			x := m.lines[mn.Source]
			if x == nil {
				x = NewLineIndex(src)
				m.lines[mn.Source] = x
			}
			p.Line, p.Col = x.Position(mn.Start)
		}
		return p, mn.Text
	}
	for _, mn := range ms {
		if mn.Source != "" {
			return Pos{File: mn.Source}, mn.Text
		}
	}
	return Pos{File: "(extracted)"}, ""
}

// unused reports hides and overrides whose id is no extracted event's, and
// match words that match no extracted event (seen: those not hidden).
func (m *merger) unused(idUsed []bool, seen []*preparedEvent) {
	for i, en := range m.cur.Entries {
		if en.Override && !idUsed[i] {
			what, at := "override", en.IDAt
			if en.Hide {
				what = "hide"
				if en.HideAt.File != "" {
					at = en.HideAt
				}
			}
			if at.File == "" {
				at = en.At
			}
			m.warns = append(m.warns, Warning{
				Kind: Unused, ID: en.Event.ID, Curated: at,
				Msg: fmt.Sprintf("%s of %s matches no extracted event; remove it or check the id", what, en.Event.ID),
			})
		}
		if en.Override {
			continue
		}
		for j, w := range en.Match {
			nw := m.entries[i].words[j]
			if slices.ContainsFunc(seen, func(pe *preparedEvent) bool { return pe.hit(nw) != hitNone }) {
				continue
			}
			at := en.At
			if j < len(en.MatchAt) && en.MatchAt[j].File != "" {
				at = en.MatchAt[j]
			}
			m.warns = append(m.warns, Warning{
				Kind: Unused, ID: en.Event.ID, Curated: at,
				Msg: fmt.Sprintf("match word %q of %s matches no extracted event; remove it or check its spelling", w, en.Event.ID),
			})
		}
	}
}
