package curated

import (
	"fmt"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Values of Output.Assets and Output.Theme.
const (
	AssetsCDN    = "cdn"
	AssetsInline = "inline"

	ThemeLight = "light"
	ThemeDark  = "dark"
	ThemeAuto  = "auto"
)

// Defaults for the keys a file leaves out.
const (
	DefaultHTML          = "out/timeline.html"
	DefaultJSON          = "out/timeline.json"
	DefaultMinConfidence = 0.5
)

// File is a parsed timeline.yaml. Values that failed validation are left
// at their zero value (or default), so a File that came with errors can
// still be used in part.
//
// Each entry keeps the yaml.Node it was read from (Node), and the File keeps
// the whole document (Doc), so a command that edits the file can find an
// entry and change the tree in place, keeping comments.
type File struct {
	Name string     // as given to Parse or Load; used in errors
	Data []byte     // the bytes parsed, for Error.Pretty
	Doc  *yaml.Node // the document node; nil for an empty file

	Title         string
	ReferenceDate timex.Value
	Sources       []Source
	Extract       Extract
	Groups        []Group
	Eras          []Era
	Events        []Event
	Output        Output
}

// Source is a document to extract events from, and its citation.
type Source struct {
	Path      string // a glob, as written
	Published timex.Value
	URL       string
	Title     string
	Outlet    string
	Author    string
	Accessed  timex.Value
	Node      *yaml.Node
}

// Extract configures automatic extraction.
type Extract struct {
	Enabled       bool    // default true
	MinConfidence float64 // 0..1, default 0.5
	Node          *yaml.Node
}

// Group is a lane of the chart.
type Group struct {
	ID    string
	Label string
	Color string // "#rgb" or "#rrggbb", or empty
	Node  *yaml.Node
}

// Era is a shaded band behind the events.
type Era struct {
	Label string
	Date  timex.Value
	Color string
	Node  *yaml.Node
}

// Event is one entry of "events". It is either a curated event (with a
// date and a title) or, with an id and neither date nor title, an override
// of the extracted event of that id (see IsOverride).
type Event struct {
	ID          string
	Date        timex.Value
	Title       string
	Description string
	Type        string
	Group       string
	Tags        []string
	Match       []string
	Sources     []Citation
	Hide        bool
	Status      string // "", timeline.StatusCandidate or timeline.StatusReviewed
	Link        string
	Node        *yaml.Node

	override bool // id, and no date or title written
}

// Citation is one entry of an event's sources.
type Citation struct {
	Path   string // a source file the quote is from (as `timeline sync` writes it)
	URL    string
	Quote  string
	Title  string
	Outlet string
	Author string
	Date   timex.Value
	Node   *yaml.Node
}

// Output says where and how to render.
type Output struct {
	HTML   string // default out/timeline.html
	JSON   string // default out/timeline.json
	Assets string // AssetsCDN (default) or AssetsInline
	Theme  string // ThemeLight (default), ThemeDark or ThemeAuto
	Node   *yaml.Node
}

func newFile(name string, data []byte) *File {
	return &File{
		Name:    name,
		Data:    data,
		Extract: Extract{Enabled: true, MinConfidence: DefaultMinConfidence},
		Output:  Output{HTML: DefaultHTML, JSON: DefaultJSON, Assets: AssetsCDN, Theme: ThemeLight},
	}
}

// IsOverride reports whether the entry only hides or overrides the
// extracted event of its id: it has an id, and no date or title.
func (e *Event) IsOverride() bool { return e.override }

// Field returns the value node of key in the entry, or nil when the entry
// does not set it. Use it to tell "tags: []" from no tags, or to cite the
// place of a field.
func (e *Event) Field(key string) *yaml.Node { return field(e.Node, key) }

func field(m *yaml.Node, key string) *yaml.Node {
	m = resolve(m)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			if v := resolve(m.Content[i+1]); !isNull(v) {
				return v
			}
			return nil
		}
	}
	return nil
}

// Position is "name:line:col" of a node of the file, for messages that cite
// a place in it (such as a conflict found when merging).
func (f *File) Position(n *yaml.Node) string {
	if n == nil {
		return f.Name
	}
	return fmt.Sprintf("%s:%d:%d", f.Name, max(n.Line, 1), max(n.Column, 1))
}

// Overrides returns the entries the merge with extracted events needs to
// see by id: those that only hide or override an extracted event
// (IsOverride), and hidden curated events that have an id.
func (f *File) Overrides() []Event {
	var out []Event
	for _, e := range f.Events {
		if e.ID != "" && (e.override || e.Hide) {
			out = append(out, e)
		}
	}
	return out
}

// Timeline returns the curated part of the timeline: the events that are
// not hidden and have a date and a title, in timeline.Sort order, with the
// groups, eras and sources of the file. Each curated event has Origin
// "curated" and Confidence 1; its sources become mentions without offsets,
// and its Link is its link, or else its first source URL. An event without
// an id gets one made of its date and title ("2020-11-27-mohsen-fakhrizadeh-
// assassinated"), unique in the file. A later entry with an id already used
// is left out (Parse reports it).
func (f *File) Timeline() *timeline.Timeline {
	t := &timeline.Timeline{Title: f.Title, ReferenceDate: f.ReferenceDate}
	for _, g := range f.Groups {
		if g.ID == "" {
			continue
		}
		label := g.Label
		if label == "" {
			label = g.ID
		}
		t.Groups = append(t.Groups, timeline.Group{ID: g.ID, Label: label, Color: g.Color})
	}
	for _, e := range f.Eras {
		if e.Date.IsZero() {
			continue
		}
		t.Eras = append(t.Eras, timeline.Era{Label: e.Label, Date: e.Date, Color: e.Color})
	}
	for _, s := range f.Sources {
		t.Sources = append(t.Sources, timeline.Source{
			Path: s.Path, URL: s.URL, Title: s.Title, Outlet: s.Outlet, Author: s.Author,
			Published: s.Published, Accessed: s.Accessed,
		})
	}

	used := map[string]bool{}
	for _, e := range f.Events {
		if e.ID != "" {
			used[e.ID] = true
		}
	}
	seen := map[string]bool{}
	for _, e := range f.Events {
		if e.Hide || e.override || e.Date.IsZero() || e.Title == "" {
			continue
		}
		id := e.ID
		if id == "" {
			id = uniqueID(makeID(e.Date, e.Title), used)
		} else if seen[id] {
			continue
		}
		seen[id] = true
		ev := e.timelineEvent(id)
		t.Events = append(t.Events, ev)
	}
	timeline.Sort(t.Events)
	return t
}

// timelineEvent is the curated event e with the given id: Origin
// "curated", Confidence 1, its sources as mentions without offsets, and
// its Link, or else its first source URL.
func (e *Event) timelineEvent(id string) timeline.Event {
	ev := timeline.Event{
		ID:          id,
		Date:        e.Date,
		Title:       e.Title,
		Description: e.Description,
		Type:        e.Type,
		Group:       e.Group,
		Tags:        append([]string(nil), e.Tags...),
		Origin:      timeline.OriginCurated,
		Status:      e.Status,
		Confidence:  1,
		Link:        e.Link,
	}
	for _, c := range e.Sources {
		ev.Mentions = append(ev.Mentions, timeline.Mention{
			Source: c.Path, URL: c.URL, Quote: c.Quote, Title: c.Title, Outlet: c.Outlet, Author: c.Author,
			Date: c.Date.String(),
		})
		if ev.Link == "" && c.URL != "" {
			ev.Link = c.URL // URLs are checked to be http(s)
		}
	}
	return ev
}

// makeID is the date, then the words of the title: timeline.Slug of the
// two, or "event".
func makeID(date timex.Value, title string) string {
	if s := timeline.Slug(date.String() + " " + title); s != "" {
		return s
	}
	return "event"
}

func uniqueID(id string, used map[string]bool) string {
	u := id
	for n := 2; used[u]; n++ {
		u = id + "-" + strconv.Itoa(n)
	}
	used[u] = true
	return u
}
