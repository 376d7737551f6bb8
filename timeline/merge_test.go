package timeline_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/timex"
)

func date(t testing.TB, s string) timex.Value {
	t.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatalf("timex.Parse(%q): %v", s, err)
	}
	return v
}

// cur parses a timeline.yaml.
func cur(t testing.TB, src string) timeline.Curated {
	t.Helper()
	f, err := curated.Parse("timeline.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parsing the test's timeline.yaml: %v", err)
	}
	return f.Curated()
}

// mention is the first occurrence of text in the source src, with the
// sentence around it as the quote.
func mention(t testing.TB, path, src, text string) timeline.Mention {
	t.Helper()
	i := strings.Index(src, text)
	if i < 0 {
		t.Fatalf("%q is not in the text of %s", text, path)
	}
	start := strings.LastIndexAny(src[:i], ".\n") + 1
	end := i + strings.IndexAny(src[i:], ".\n") + 1
	return timeline.Mention{Source: path, Start: i, End: i + len(text), HasOffsets: true, Text: text,
		Quote: strings.TrimSpace(src[start:end])}
}

func extracted(t testing.TB, d, title string, conf float64, ents timeline.Entities, ms ...timeline.Mention) timeline.Event {
	t.Helper()
	e := timeline.Event{Date: date(t, d), Title: title, Origin: timeline.OriginExtracted, Confidence: conf,
		Entities: ents, Mentions: ms}
	e.ID = timeline.ExtractedID(e)
	return e
}

func people(p ...string) timeline.Entities { return timeline.Entities{People: p} }

func byID(tl *timeline.Timeline, id string) *timeline.Event {
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			return &tl.Events[i]
		}
	}
	return nil
}

// dumpTimeline writes the events one field a line, to compare merges.
func dumpTimeline(tl *timeline.Timeline) string {
	var b strings.Builder
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "%s %s %q origin=%s status=%q type=%q group=%q conf=%g tags=%q desc=%q link=%q ents=%q\n",
			e.ID, e.Date, e.Title, e.Origin, e.Status, e.Type, e.Group, e.Confidence, e.Tags, e.Description, e.Link, e.Entities)
		for _, m := range e.Mentions {
			fmt.Fprintf(&b, "  mention %s %d-%d %v %q %q url=%q\n", m.Source, m.Start, m.End, m.HasOffsets, m.Text, m.Quote, m.URL)
		}
	}
	return b.String()
}

const notes = `Notes on the program.

The scientist was shot dead near Absard in an ambush.
Officials said Fakhrizadeh died in 2021, a claim others dispute.
Haniyeh was killed in Tehran on July 31, 2024.
A poster of Haniyeh went up on Aug. 12, 2024.
`

func TestMergeOverride(t *testing.T) {
	e := extracted(t, "2024-07-31", "Haniyeh killed in Tehran", 0.8, people("Ismail Haniyeh"),
		mention(t, "notes.txt", notes, "July 31, 2024"))
	e.Description = "The extracted description."
	e.Type = "killing"
	e.Tags = []string{"from-text"}
	other := extracted(t, "2024-08-12", "Poster of Haniyeh", 0.7, people(), mention(t, "notes.txt", notes, "Aug. 12, 2024"))
	c := cur(t, `groups: [{id: ops}]
events:
  - id: `+e.ID+`
    type: assassination
    group: ops
    tags: []
    sources: [{url: "https://example.org/h", quote: "A quote from elsewhere."}]
`)
	tl, warns := timeline.Merge(c, []timeline.Event{e, other}, nil)
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	got := byID(tl, e.ID)
	if got == nil {
		t.Fatalf("no event %s in\n%s", e.ID, dumpTimeline(tl))
	}
	// The fields set win; the others are the extracted event's.
	if got.Type != "assassination" || got.Group != "ops" || got.Origin != timeline.OriginMerged {
		t.Errorf("override not applied: %+v", got)
	}
	if got.Title != e.Title || got.Description != "The extracted description." || got.Date.String() != "2024-07-31" || got.Confidence != 0.8 {
		t.Errorf("fields the override does not set changed: %+v", got)
	}
	if got.Tags == nil || len(got.Tags) != 0 {
		t.Errorf("tags: [] should clear the tags, got %q", got.Tags)
	}
	if len(got.Mentions) != 2 || got.Mentions[0].URL != "https://example.org/h" || !got.Mentions[1].HasOffsets {
		t.Errorf("mentions: want the curated source, then the extracted mention; got %+v", got.Mentions)
	}

	// To change the title or the date, write both: the entry is then a
	// curated event that takes the extracted one by its id.
	c = cur(t, "events:\n  - {id: "+e.ID+", date: 2024-07-31, title: Ismail Haniyeh assassinated in Tehran}\n")
	tl, _ = timeline.Merge(c, []timeline.Event{e, other}, nil)
	if got := byID(tl, e.ID); got == nil || got.Title != "Ismail Haniyeh assassinated in Tehran" || got.Origin != timeline.OriginMerged ||
		got.Description != "The extracted description." || got.Type != "killing" || !slices.Equal(got.Tags, nil) || len(got.Mentions) != 1 {
		t.Errorf("curated event with the extracted id:\n%s", dumpTimeline(tl))
	}
	if o := byID(tl, other.ID); o == nil || o.Origin != timeline.OriginExtracted {
		t.Errorf("the event nobody curated should stay extracted:\n%s", dumpTimeline(tl))
	}
}

func TestMergeHide(t *testing.T) {
	a := extracted(t, "2024-08-12", "Poster of Haniyeh", 0.9, people(), mention(t, "notes.txt", notes, "Aug. 12, 2024"))
	b := extracted(t, "2024-07-31", "Haniyeh killed", 0.9, people(), mention(t, "notes.txt", notes, "July 31, 2024"))
	c := cur(t, "events:\n  - id: "+a.ID+"\n    hide: true\n")
	tl, warns := timeline.Merge(c, []timeline.Event{a, b}, nil)
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if len(tl.Events) != 1 || tl.Events[0].ID != b.ID {
		t.Errorf("want only %s, got\n%s", b.ID, dumpTimeline(tl))
	}
}

// A hidden curated event hides what it matches, too.
func TestMergeHiddenCuratedAbsorbs(t *testing.T) {
	b := extracted(t, "2024-07-31", "Haniyeh killed", 0.9, people(), mention(t, "notes.txt", notes, "July 31, 2024"))
	c := cur(t, "events:\n  - {id: h, date: 2024-07-31, title: Haniyeh assassinated, match: [haniyeh], hide: true}\n")
	tl, _ := timeline.Merge(c, []timeline.Event{b}, nil)
	if len(tl.Events) != 0 {
		t.Errorf("want nothing, got\n%s", dumpTimeline(tl))
	}
}

func TestMergeMatchWords(t *testing.T) {
	killed := extracted(t, "2024-07-31", "Hamas leader killed in Tehran", 0.9,
		timeline.Entities{People: []string{"Ismail Haniyeh"}, Organizations: []string{"Hamas"}},
		mention(t, "notes.txt", notes, "July 31, 2024"))
	killed.Description = "Extracted description."
	killed.Type = "killing"
	same := extracted(t, "2024-07", "Guesthouse attack", 0.8, people(),
		timeline.Mention{Source: "other.txt", Start: 5, End: 14, HasOffsets: true, Text: "July 2024", Quote: "In July 2024 Haniyeh's guesthouse was hit."})
	unrelated := extracted(t, "2024-07-31", "Markets fall", 0.9, people(),
		timeline.Mention{Source: "other.txt", Start: 50, End: 63, HasOffsets: true, Text: "July 31, 2024", Quote: "Markets fell on July 31, 2024."})
	c := cur(t, `events:
  - id: haniyeh-assassination
    date: 2024-07-31
    title: Ismail Haniyeh assassinated in Tehran
    group: ops
    match: [HANIYEH]
    sources:
      - url: https://example.org/h
groups: [{id: ops}]
`)
	tl, warns := timeline.Merge(c, []timeline.Event{unrelated, same, killed}, nil)
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if len(tl.Events) != 2 {
		t.Fatalf("want the curated event and the unrelated one, got\n%s", dumpTimeline(tl))
	}
	h := byID(tl, "haniyeh-assassination")
	if h == nil || h.Origin != timeline.OriginMerged || h.Title != "Ismail Haniyeh assassinated in Tehran" || h.Date.String() != "2024-07-31" {
		t.Fatalf("curated event not merged with its fields:\n%s", dumpTimeline(tl))
	}
	// Its source first, then the extracted mentions in file order.
	var srcs []string
	for _, m := range h.Mentions {
		srcs = append(srcs, fmt.Sprintf("%s:%d", m.Source, m.Start))
	}
	if want := []string{":0", "notes.txt:" + fmt.Sprint(killed.Mentions[0].Start), "other.txt:5"}; !slices.Equal(srcs, want) {
		t.Errorf("mentions %q, want %q", srcs, want)
	}
	if h.Description != "Extracted description." || h.Type != "killing" {
		t.Errorf("description and type should come from the extracted event the curated one lacks: %q %q", h.Description, h.Type)
	}
	if !slices.Equal(h.Entities.People, []string{"Ismail Haniyeh"}) || !slices.Equal(h.Entities.Organizations, []string{"Hamas"}) {
		t.Errorf("entities %+v", h.Entities)
	}
	if h.Link != "https://example.org/h" || h.Confidence != 1 || h.Group != "ops" {
		t.Errorf("curated fields lost: %+v", h)
	}
	if byID(tl, unrelated.ID) == nil {
		t.Errorf("unrelated event absorbed")
	}
}

func TestMatch(t *testing.T) {
	entry := func(d, title string, match ...string) timeline.Entry {
		return timeline.Entry{Event: timeline.Event{ID: "c", Date: date(t, d), Title: title}, Match: match}
	}
	ev := func(d, title, quote string, ents timeline.Entities) timeline.Event {
		return timeline.Event{Date: date(t, d), Title: title, Entities: ents,
			Mentions: []timeline.Mention{{Source: "x.txt", Quote: quote}}}
	}
	tests := []struct {
		name  string
		en    timeline.Entry
		e     timeline.Event
		match bool
		word  string
	}{
		{"word in title", entry("2024", "Iran events", "iran"), ev("2024-03-01", "Iran's leaders meet", "", people()), true, "iran"},
		{"not inside a word", entry("2024", "Iran events", "iran"), ev("2024-03-01", "Iranian leaders meet", "Iranians", people()), false, ""},
		{"case and white space", entry("196X", "Cohen in Damascus", "ELI COHEN"), ev("1965", "Spy hanged", "The agent Eli\n  Cohen was hanged.", people()), true, "ELI COHEN"},
		{"in an entity", entry("2009", "Purge", "ministry of intelligence"),
			ev("2009", "Officials dismissed", "", timeline.Entities{Organizations: []string{"Ministry of Intelligence"}}), true, "ministry of intelligence"},
		{"word with a hyphen", entry("1962-10-27", "Plane lost", "u-2"), ev("1962-10-27", "U-2 downed over Cuba", "", people()), true, "u-2"},
		{"digits after", entry("1962-10-27", "Plane lost", "u-2"), ev("1962-10-27", "U-21 flight", "", people()), false, ""},
		{"whatever the date", entry("2020-11-27", "Scientist killed", "fakhrizadeh"), ev("2021", "Fakhrizadeh died", "", people()), true, "fakhrizadeh"},
		// Automatic: compatible dates and something shared.
		{"person named in the title", entry("2020-11-27", "Mohsen Fakhrizadeh assassinated near Tehran"),
			ev("2020-11-27", "Scientist killed in ambush", "", people("Mohsen Fakhrizadeh")), true, ""},
		{"by surname", entry("2020-11-27", "Fakhrizadeh shot"),
			ev("2020-11", "Scientist killed in ambush", "", people("Mohsen Fakhrizadeh")), true, ""},
		{"organization", entry("2024-08-01", "Editorial in Jomhouri Eslami"),
			ev("2024-08-01", "Paper demands purge", "", timeline.Entities{Organizations: []string{"Jomhouri Eslami"}}), true, ""},
		{"dates not compatible", entry("2024-07-30", "Haniyeh attends inauguration"),
			ev("2024-07-31", "Haniyeh killed", "", people("Ismail Haniyeh")), false, ""},
		{"inferred interval and a person", entry("2020-11-27", "Fakhrizadeh assassinated"),
			ev("2020/2024-08-12", "Assassination of Mohsen Fakhrizadeh", "", people("Mohsen Fakhrizadeh")), true, ""},
		{"same day, same place", entry("2024-07-31", "Explosion in Tehran"),
			ev("2024-07-31", "Blast heard", "", timeline.Entities{Places: []string{"Tehran"}}), true, ""},
		{"a year and a place", entry("2024", "Protests in Tehran"),
			ev("2024-03-01", "Shop opens", "", timeline.Entities{Places: []string{"Tehran"}}), false, ""},
		{"a year, a place and a word", entry("2020", "Sabotage at the Natanz site"),
			ev("2020-07-02", "Natanz sabotage suspected", "", timeline.Entities{Places: []string{"Natanz"}}), true, ""},
		{"the same word, stemmed", entry("2020-11-27", "Scientist assassinated"),
			ev("2020-11-27", "Assassination of a scientist", "", people()), true, ""},
		{"nothing shared", entry("2024-07-31", "Haniyeh assassinated"), ev("2024-07-31", "Markets fall", "", people()), false, ""},
		{"inferred interval and a word only", entry("2020-11-27", "Scientist assassinated"),
			ev("2020/2024-08-12", "Assassination of a scientist", "", people()), false, ""},
		{"approximate date widened", entry("1965~", "Eli Cohen hanged"), ev("1966", "Spy story", "", people("Eli Cohen")), true, ""},
		{"exact dates a year apart", entry("1965", "Eli Cohen hanged"), ev("1966", "Spy story", "", people("Eli Cohen")), false, ""},
	}
	for _, tt := range tests {
		h, ok := timeline.Match(tt.en, tt.e)
		if ok != tt.match || h.Word != tt.word {
			t.Errorf("%s: Match = %v (%+v), want %v with word %q", tt.name, ok, h, tt.match, tt.word)
		}
	}
	over := timeline.Entry{Event: timeline.Event{ID: "x"}, Override: true, Match: []string{"iran"}}
	if _, ok := timeline.Match(over, ev("2024", "Iran", "", people())); ok {
		t.Error("an override matched by words")
	}
}

func TestMergeConflict(t *testing.T) {
	died := extracted(t, "2021", "Fakhrizadeh died", 0.8, people("Fakhrizadeh"), mention(t, "seeds/notes.txt", notes, "2021"))
	c := cur(t, `title: x
events:
  - id: fakhrizadeh-assassination
    date: 2020-11-27
    title: Mohsen Fakhrizadeh assassinated near Tehran
    match: [fakhrizadeh]
`)
	tl, warns := timeline.Merge(c, []timeline.Event{died}, timeline.TextsOf(map[string][]byte{"seeds/notes.txt": []byte(notes)}))
	if len(tl.Events) != 1 || tl.Events[0].Date.String() != "2020-11-27" || tl.Events[0].Origin != timeline.OriginMerged {
		t.Errorf("the text's event should merge into the curated one, its date kept:\n%s", dumpTimeline(tl))
	}
	if len(warns) != 1 {
		t.Fatalf("want one warning, got %v", warns)
	}
	w := warns[0]
	if w.Kind != timeline.Conflict || w.Curated.String() != "timeline.yaml:4:11" || w.Source.String() != "seeds/notes.txt:4:36" || w.ID != "fakhrizadeh-assassination" {
		t.Errorf("warning %+v, want a conflict at timeline.yaml:4:11 and seeds/notes.txt:4:36", w)
	}
	want := `timeline.yaml:4:11: fakhrizadeh-assassination is dated 2020-11-27 here, but seeds/notes.txt:4:36 dates it 2021 (matched by "fakhrizadeh" in "Fakhrizadeh died"); ` +
		`the date here is used: correct one of the two, or hide 2021-fakhrizadeh-died if it is another event`
	if w.String() != want {
		t.Errorf("message:\n got %s\nwant %s", w, want)
	}
	// Without the text, the place is the file alone.
	_, warns = timeline.Merge(c, []timeline.Event{died}, nil)
	if len(warns) != 1 || warns[0].Source.String() != "seeds/notes.txt" {
		t.Errorf("without the text: %v", warns)
	}
}

// An event the match words of two curated events tie goes to the one with
// a compatible date, without a warning.
func TestMergePrefersCompatible(t *testing.T) {
	text := "In the 1960s the agent Eli Cohen rose high in Damascus, and the paper wanted a purge.\n"
	cohen := extracted(t, "196X", "Eli Cohen rises in Damascus", 0.8, people("Eli Cohen"), mention(t, "a.txt", text, "the 1960s"))
	c := cur(t, `events:
  - {id: purge, date: "2009", title: Purge of the ministry, match: [purge]}
  - {id: cohen, date: 196X, title: Eli Cohen in Syria, match: [eli cohen]}
`)
	tl, warns := timeline.Merge(c, []timeline.Event{cohen}, nil)
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if e := byID(tl, "cohen"); e == nil || e.Origin != timeline.OriginMerged || len(e.Mentions) != 1 {
		t.Errorf("want cohen merged:\n%s", dumpTimeline(tl))
	}
	if e := byID(tl, "purge"); e == nil || e.Origin != timeline.OriginCurated {
		t.Errorf("want purge alone:\n%s", dumpTimeline(tl))
	}
}

func TestMergeMinConfidence(t *testing.T) {
	low := extracted(t, "2024-08-12", "Poster goes up", 0.49, people())
	edge := extracted(t, "2024-08-13", "Crowds gather", 0.5, people())
	kept := extracted(t, "2024-08-14", "Officials speak", 0.2, people()) // low, but the file names it
	c := cur(t, "extract: {min_confidence: 0.5}\nevents:\n  - {id: "+kept.ID+", group: g}\ngroups: [{id: g}]\n")
	tl, _ := timeline.Merge(c, []timeline.Event{low, edge, kept}, nil)
	var ids []string
	for _, e := range tl.Events {
		ids = append(ids, e.ID)
	}
	if want := []string{edge.ID, kept.ID}; !slices.Equal(ids, want) {
		t.Errorf("events %q, want %q", ids, want)
	}
	// min_confidence 0 keeps everything.
	c.MinConfidence = 0
	if tl, _ := timeline.Merge(c, []timeline.Event{low, edge, kept}, nil); len(tl.Events) != 3 {
		t.Errorf("min_confidence 0: %d events", len(tl.Events))
	}
}

func TestMergeUnused(t *testing.T) {
	e := extracted(t, "2024-07-31", "Haniyeh killed", 0.9, people(), mention(t, "notes.txt", notes, "July 31, 2024"))
	src := `events:
  - id: 2024-08-12-billboard
    hide: true
  - id: 2024-01-01-gone
    group: g
  - id: ` + e.ID + `
    type: killing
  - id: haniyeh
    date: 2024-07-31
    title: Haniyeh assassinated
    match: [haniyeh, nasrallah]
groups: [{id: g}]
`
	c := cur(t, src)
	_, warns := timeline.Merge(c, []timeline.Event{e}, nil)
	var got []string
	for _, w := range warns {
		if w.Kind != timeline.Unused {
			t.Errorf("not an Unused warning: %v", w)
		}
		got = append(got, w.String())
	}
	want := []string{
		"timeline.yaml:3:11: hide of 2024-08-12-billboard matches no extracted event; remove it or check the id",
		"timeline.yaml:4:9: override of 2024-01-01-gone matches no extracted event; remove it or check the id",
		`timeline.yaml:11:22: match word "nasrallah" of haniyeh matches no extracted event; remove it or check its spelling`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// With no extracted events there is nothing to compare with: no warnings.
	if _, warns := timeline.Merge(c, nil, nil); len(warns) != 0 {
		t.Errorf("with no extracted events: %v", warns)
	}
}

// The candidate `timeline sync` writes takes its event back by id: one
// event, merged, its stored quote folded into the extracted mention, and
// the extracted date value (precision inferred) kept.
func TestMergeCandidate(t *testing.T) {
	text := "Natanz was hit in 2020. Later Mohsen Fakhrizadeh was assassinated.\n"
	m := mention(t, "seeds/a.txt", text, "Mohsen Fakhrizadeh was assassinated")
	e := timeline.Event{Date: timex.Between(timex.NewYear(2020), date(t, "2024-08-12")), Title: "Mohsen Fakhrizadeh assassinated",
		Confidence: 0.7, Origin: timeline.OriginExtracted, Mentions: []timeline.Mention{m}}
	e.ID = timeline.ExtractedID(e)
	c := cur(t, `events:
  - id: `+e.ID+`
    status: candidate
    date: 2020/2024-08-12
    title: Mohsen Fakhrizadeh assassinated
    sources:
      - path: seeds/a.txt
        quote: "`+m.Quote+`"
`)
	tl, warns := timeline.Merge(c, []timeline.Event{e}, nil)
	if len(warns) != 0 || len(tl.Events) != 1 {
		t.Fatalf("want one event, no warnings: %v\n%s", warns, dumpTimeline(tl))
	}
	got := tl.Events[0]
	if got.Origin != timeline.OriginMerged || got.Status != timeline.StatusCandidate || got.Date.Precision() != timex.Inferred {
		t.Errorf("got origin %s status %q precision %s", got.Origin, got.Status, got.Date.Precision())
	}
	if len(got.Mentions) != 1 || !got.Mentions[0].HasOffsets {
		t.Errorf("mentions %+v, want the extracted one only", got.Mentions)
	}
}

// The order of the extracted events changes nothing.
func TestMergeDeterministic(t *testing.T) {
	var evs []timeline.Event
	for i, d := range []string{"2024-07-31", "2024-07-31", "2024-07", "2020", "196X", "2024-08-12", "2024-08-12", "2009", "2020/2024-08-12"} {
		q := fmt.Sprintf("Sentence %d about Haniyeh and Natanz.", i%4)
		evs = append(evs, extracted(t, d, []string{"Haniyeh killed", "Natanz hit", "Editorial runs", "Purge begins"}[i%4], 0.5+float64(i)/20,
			people("Ismail Haniyeh"), timeline.Mention{Source: fmt.Sprintf("s%d.txt", i%3), Start: i * 10, End: i*10 + 4, HasOffsets: true, Text: d, Quote: q}))
	}
	c := cur(t, `events:
  - {id: h, date: 2024-07-31, title: Ismail Haniyeh assassinated, match: [haniyeh]}
  - {id: n, date: "2020", title: Natanz sabotage, match: [natanz]}
  - {id: p, date: "2009", title: Purge}
`)
	tl, warns := timeline.Merge(c, evs, nil)
	want, wantW := dumpTimeline(tl), fmt.Sprint(warns)
	r := rand.New(rand.NewPCG(3, 4))
	for range 30 {
		s := slices.Clone(evs)
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		tl, warns := timeline.Merge(c, s, nil)
		if got := dumpTimeline(tl); got != want {
			t.Fatalf("shuffled input, other timeline:\n%s\nwant\n%s", got, want)
		}
		if fmt.Sprint(warns) != wantW {
			t.Fatalf("shuffled input, other warnings:\n%v\nwant\n%v", warns, wantW)
		}
	}
	// Merge does not change its input.
	for _, e := range evs {
		if e.Origin != timeline.OriginExtracted || len(e.Mentions) != 1 {
			t.Fatalf("input changed: %+v", e)
		}
	}
	if !slices.IsSortedFunc(tl.Events, func(a, b timeline.Event) int {
		if timeline.Less(a, b) {
			return -1
		}
		if timeline.Less(b, a) {
			return 1
		}
		return 0
	}) {
		t.Errorf("not in time order:\n%s", want)
	}
}

// The sample timeline.yaml with the events the sample article gives: one
// event per curated entry, each merged, Fakhrizadeh on the curated day
// with the text's sentence among its mentions.
func TestMergeSample(t *testing.T) {
	yml, err := os.ReadFile("../timeline.yaml")
	if err != nil {
		t.Skip(err)
	}
	const path = "seeds/iran-intelligence-failures.txt"
	text, err := os.ReadFile("../" + path)
	if err != nil {
		t.Skip(err)
	}
	src := string(text)
	f, err := curated.Parse("timeline.yaml", yml)
	if err != nil {
		t.Fatal(err)
	}
	dct := date(t, "2024-08-12")
	fakh := timeline.Event{Date: timex.Between(date(t, "2020"), dct), Title: "Mohsen Fakhrizadeh assassinated", Type: "killing",
		Confidence: 0.7, Entities: people("Mohsen Fakhrizadeh"), Mentions: []timeline.Mention{mention(t, path, src, "assassination of Mohsen Fakhrizadeh")}}
	evs := []timeline.Event{
		extracted(t, "196X", "Eli Cohen penetrates Syria's leadership", 0.8, people("Eli Cohen"), mention(t, path, src, "the 1960s")),
		extracted(t, "2009", "Purge of Iran's Ministry of Intelligence", 0.8, timeline.Entities{People: []string{"Mahmoud Ahmadinejad"}, Organizations: []string{"Ministry of Intelligence"}}, mention(t, path, src, "2009")),
		extracted(t, "2020", "Sabotage at the Natanz nuclear site", 0.8, timeline.Entities{Places: []string{"Natanz"}}, mention(t, path, src, "In 2020")),
		fakh,
		extracted(t, "2024-07-31", "Ismail Haniyeh assassinated in Tehran", 0.9, people("Ismail Haniyeh"), mention(t, path, src, "July 31, 2024")),
		extracted(t, "2024-08-01", "Jomhouri Eslami runs an editorial", 0.8, timeline.Entities{Organizations: []string{"Jomhouri Eslami"}}, mention(t, path, src, "Aug. 1, 2024")),
	}
	tl, warns := timeline.Merge(f.Curated(), evs, timeline.TextsOf(map[string][]byte{path: text}))
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if len(tl.Events) != 6 {
		t.Fatalf("want the 6 curated events, got\n%s", dumpTimeline(tl))
	}
	for _, e := range tl.Events {
		if e.Origin != timeline.OriginMerged {
			t.Errorf("%s: origin %s, want merged", e.ID, e.Origin)
		}
	}
	var n int
	for _, e := range tl.Events {
		if strings.Contains(e.Title, "Fakhrizadeh") {
			n++
			quoted := slices.ContainsFunc(e.Mentions, func(m timeline.Mention) bool { return m.Quote == fakh.Mentions[0].Quote && m.HasOffsets })
			if e.Date.String() != "2020-11-27" || !quoted {
				t.Errorf("Fakhrizadeh: date %s, text quoted %v", e.Date, quoted)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d Fakhrizadeh events, want 1", n)
	}

	// The dateline's poster of Haniyeh is tied to the assassination by its
	// match word, with another date: a conflict naming both places, until
	// the user hides it.
	poster := extracted(t, "2024-08-12", "Poster of Pezeshkian and Haniyeh", 0.6, people("Masoud Pezeshkian", "Ismail Haniyeh"), mention(t, path, src, "Aug. 12, 2024"))
	_, warns = timeline.Merge(f.Curated(), append(slices.Clone(evs), poster), timeline.TextsOf(map[string][]byte{path: text}))
	line := 1 + strings.Count(string(yml[:strings.Index(string(yml), "date: 2024-07-31")]), "\n")
	wantCur := fmt.Sprintf("timeline.yaml:%d:11", line)
	if len(warns) != 1 || warns[0].Kind != timeline.Conflict || warns[0].Curated.String() != wantCur || warns[0].Source.String() != path+":3:9" {
		t.Errorf("warnings %v, want one conflict at %s and %s:3:9", warns, wantCur, path)
	}
	if g, err := curated.Parse("timeline.yaml", []byte(strings.Replace(string(yml), "\noutput:", "\n  - {id: "+poster.ID+", hide: true}\noutput:", 1))); err != nil {
		t.Fatal(err)
	} else if tl, warns := timeline.Merge(g.Curated(), append(slices.Clone(evs), poster), nil); len(warns) != 0 || len(tl.Events) != 6 {
		t.Errorf("with the poster hidden: %v\n%s", warns, dumpTimeline(tl))
	}
}

func TestLineIndex(t *testing.T) {
	src := []byte("first line\r\nsécond line\n\nlast")
	x := timeline.NewLineIndex(src)
	tests := []struct {
		needle    string
		line, col int
	}{
		{"first", 1, 1},
		{"line\r", 1, 7},
		{"line\n", 2, 8}, // é is one column
		{"last", 4, 1},
	}
	for _, tt := range tests {
		off := strings.Index(string(src), tt.needle)
		if l, c := x.Position(off); l != tt.line || c != tt.col {
			t.Errorf("%q at byte %d: %d:%d, want %d:%d", tt.needle, off, l, c, tt.line, tt.col)
		}
	}
	if l, c := x.Position(len(src)); l != 4 || c != 5 {
		t.Errorf("end of text: %d:%d, want 4:5", l, c)
	}
	if l, c := x.Position(1 << 20); l != 4 || c != 5 {
		t.Errorf("past the end: %d:%d, want 4:5", l, c)
	}
	if p := (timeline.Pos{File: "a.txt"}); p.String() != "a.txt" {
		t.Errorf("Pos without a line: %q", p)
	}
}

// BenchmarkMerge merges 10,000 extracted events with 200 curated ones.
func BenchmarkMerge(b *testing.B) {
	var y strings.Builder
	y.WriteString("events:\n")
	for i := range 200 {
		fmt.Fprintf(&y, "  - {id: c%d, date: 2020-%02d-%02d, title: Curated event %d about Person%d, match: [word%d]}\n", i, 1+i%12, 1+i%28, i, i, i)
	}
	c := cur(b, y.String())
	var evs []timeline.Event
	for i := range 10000 {
		d := timex.NewDay(2000+i%25, time.Month(1+i%12), 1+i%28)
		evs = append(evs, timeline.Event{Date: d, Title: fmt.Sprintf("Event %d of Person%d", i, i%300), Confidence: 0.8,
			Entities: timeline.Entities{People: []string{fmt.Sprintf("Person%d", i%300)}},
			Mentions: []timeline.Mention{{Source: "a.txt", Start: i * 100, End: i*100 + 10, HasOffsets: true,
				Quote: fmt.Sprintf("A sentence with word%d in it.", i%400)}}})
	}
	b.ResetTimer()
	for b.Loop() {
		timeline.Merge(c, evs, nil)
	}
}
