package curated

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
)

// Curated is the file as timeline.Merge takes it: the title, groups, eras
// and sources of Timeline, min_confidence, and every entry of "events"
// that Merge can use, in the order of the file, with the positions of its
// id, date, hide and match words. Those are the curated events (with a
// date and a title; hidden ones too, as they hide what they match), and
// the overrides (an id and no date or title). A curated event without an
// id gets the one Timeline gives it; a later entry with an id already used
// is left out, as are entries Parse found broken (a date and no title).
func (f *File) Curated() timeline.Curated {
	tl := f.Timeline()
	c := timeline.Curated{
		Title:         tl.Title,
		ReferenceDate: tl.ReferenceDate,
		Groups:        tl.Groups,
		Eras:          tl.Eras,
		Sources:       tl.Sources,
		MinConfidence: f.Extract.MinConfidence,
	}
	ids := f.entryIDs()
	for i, e := range f.Events {
		id := ids[i]
		if id == "" {
			continue
		}
		en := timeline.Entry{
			Event:    e.timelineEvent(id),
			Match:    append([]string(nil), e.Match...),
			Hide:     e.Hide,
			Override: e.override,
			At:       f.pos(e.Node),
			IDAt:     f.pos(e.Field("id")),
			DateAt:   f.pos(e.Field("date")),
			HideAt:   f.pos(e.Field("hide")),
		}
		if e.override {
			en.Event.Origin = ""
			en.Event.Confidence = 0
			if e.Field("tags") != nil && en.Event.Tags == nil {
				en.Event.Tags = []string{} // tags: [] clears the extracted tags
			}
		}
		if m := e.Field("match"); m != nil && m.Kind == yaml.SequenceNode {
			for _, item := range m.Content {
				item = resolve(item)
				if item.Kind == yaml.ScalarNode && strings.TrimSpace(item.Value) != "" {
					en.MatchAt = append(en.MatchAt, f.pos(item))
				}
			}
		}
		if len(en.MatchAt) != len(en.Match) {
			en.MatchAt = nil
		}
		c.Entries = append(c.Entries, en)
	}
	return c
}

// entryIDs is the id of each entry of Events as Curated uses it, or ""
// for an entry it leaves out. Curated events that are not hidden get the
// ids Timeline gives them; hidden ones without an id get one after those.
func (f *File) entryIDs() []string {
	ids := make([]string, len(f.Events))
	used := map[string]bool{}
	for _, e := range f.Events {
		if e.ID != "" {
			used[e.ID] = true
		}
	}
	seen := map[string]bool{}
	for pass := range 2 {
		for i, e := range f.Events {
			full := !e.Date.IsZero() && e.Title != ""
			if !full && !e.override || e.override && pass == 1 || !e.override && e.Hide != (pass == 1) {
				continue
			}
			id := e.ID
			switch {
			case id == "":
				id = uniqueID(makeID(e.Date, e.Title), used)
			case seen[id]:
				continue
			}
			seen[id] = true
			ids[i] = id
		}
	}
	return ids
}

// pos is the position of node n in the file, or the zero Pos for nil.
func (f *File) pos(n *yaml.Node) timeline.Pos {
	if n == nil {
		return timeline.Pos{}
	}
	return timeline.Pos{File: f.Name, Line: max(n.Line, 1), Col: max(n.Column, 1)}
}

// CheckAgainst reports what in the file no longer fits the sources, for
// `timeline validate` once extraction has run: each hide and override
// whose id is no extracted event's, each match word that matches no
// extracted event, each conflict between a curated date and the date the
// text gives an event tied to it by match words (as timeline.Merge finds
// them; there are none of the first two kinds when extracted is empty),
// and each source quote with a path that is no longer in that file
// (texts gives the source files by path, as sources name them): the
// sentence a candidate was made from has changed or is gone, or the file is
// no longer read. Problems are in the order of the file.
func (f *File) CheckAgainst(extracted []timeline.Event, texts timeline.Texts) ErrorList {
	var errs ErrorList
	_, warns := timeline.Merge(f.Curated(), extracted, texts)
	for _, w := range warns {
		e := &Error{File: f.Name, Line: max(w.Curated.Line, 1), Col: max(w.Curated.Col, 1), Msg: w.Msg}
		switch w.Kind {
		case timeline.Unused:
			e.Quote = w.ID
			if i := strings.Index(w.Msg, "; "); i >= 0 {
				e.Msg, e.Hint = w.Msg[:i], w.Msg[i+2:]
			}
			if strings.HasPrefix(e.Msg, "match word ") {
				e.Quote = ""
			}
		case timeline.Conflict:
			if i := strings.Index(w.Msg, "; "); i >= 0 {
				e.Msg, e.Hint = w.Msg[:i], w.Msg[i+2:]
			}
		}
		errs = append(errs, e)
	}
	flat := map[string]string{} // each source's text, white space collapsed
	for _, ev := range f.Events {
		for _, c := range ev.Sources {
			if c.Path == "" || strings.TrimSpace(c.Quote) == "" {
				continue
			}
			at := c.Node
			if q := field(c.Node, "quote"); q != nil {
				at = q
			}
			name := ev.ID
			if name == "" {
				name = quote(ev.Title)
			}
			what := "the event"
			if ev.Status == timeline.StatusCandidate {
				what = "the candidate"
			}
			src, ok := texts.Get(c.Path)
			switch {
			case !ok:
				errs = append(errs, &Error{File: f.Name, Line: max(at.Line, 1), Col: max(at.Column, 1),
					Msg:  fmt.Sprintf("%s %s quotes %s, which is not among the sources read", what, name, c.Path),
					Hint: `check "sources:" at the top of the file, or remove this quote`})
			case !containsQuote(flat, c.Path, src, c.Quote):
				errs = append(errs, &Error{File: f.Name, Line: max(at.Line, 1), Col: max(at.Column, 1),
					Quote: c.Quote,
					Msg:   fmt.Sprintf("the sentence %s quotes is no longer in %s: %s", name, c.Path, quote(c.Quote)),
					Hint:  fmt.Sprintf("the source changed: check %s against it, then update or remove the quote", what)})
			}
		}
	}
	errs.sort()
	return errs
}

// containsQuote reports whether quote is in src, white space aside (the
// file may wrap the sentence differently from the YAML).
// flat caches each source's text with its white space collapsed.
func containsQuote(flat map[string]string, path string, src []byte, quote string) bool {
	q := strings.Fields(quote)
	if len(q) == 0 {
		return true
	}
	text, ok := flat[path]
	if !ok {
		text = strings.Join(strings.Fields(string(src)), " ")
		flat[path] = text
	}
	return strings.Contains(text, strings.Join(q, " "))
}
