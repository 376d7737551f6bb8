// Package timeline holds the domain: events, the timeline they make, and
// the rules that order and merge them.
package timeline

import (
	"sort"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// Origin says where an event came from.
const (
	OriginCurated   = "curated"
	OriginExtracted = "extracted"
	OriginMerged    = "merged"
)

// Status of a curated entry.
const (
	StatusCandidate = "candidate"
	StatusReviewed  = "reviewed"
)

// Timeline is what gets rendered: a title, the lanes, the eras, the sources
// cited, and the events.
type Timeline struct {
	Title         string
	ReferenceDate timex.Value // may be zero
	Groups        []Group
	Eras          []Era
	Sources       []Source
	Events        []Event
}

// Group is a lane on the chart.
type Group struct {
	ID    string
	Label string
	Color string // "#rrggbb" or empty for the palette
}

// Era is a shaded band behind the events.
type Era struct {
	Label string
	Date  timex.Value
	Color string
}

// Source is a document cited by the timeline.
type Source struct {
	Path      string // as the user wrote it (glob allowed)
	URL       string
	Title     string
	Outlet    string
	Author    string
	Published timex.Value
	Accessed  timex.Value
}

// Entities are the people, organizations and places an event involves.
type Entities struct {
	People        []string `json:"people"`
	Organizations []string `json:"organizations"`
	Places        []string `json:"places"`
}

// Mention is one place an event is written about: a span of a source file,
// or a curated citation (URL and quote, no offsets).
type Mention struct {
	Source     string
	Start      int
	End        int
	HasOffsets bool
	Text       string
	Quote      string
	URL        string
	// Citation fields, shown on the page.
	Title  string
	Outlet string
	Author string
	Date   string
}

// Event is one dated thing on the timeline.
type Event struct {
	ID          string
	Date        timex.Value
	Title       string
	Description string
	Type        string
	Group       string
	Tags        []string
	Origin      string
	Status      string
	Entities    Entities
	Confidence  float64
	Mentions    []Mention
	// Link is the event's own link (the first http(s) source), opened on click.
	Link string
}

// Sort orders events by the start of their interval, then coarser
// precision first (a year before a day in it), then title, then id: a total
// order, so output never depends on input order.
func Sort(events []Event) {
	sort.SliceStable(events, func(i, j int) bool { return Less(events[i], events[j]) })
}

// Less is the order of Sort.
func Less(a, b Event) bool {
	ai, bi := a.Date.Interval(), b.Date.Interval()
	if !ai.Start.Equal(bi.Start) {
		if ai.OpenStart != bi.OpenStart {
			return ai.OpenStart
		}
		return ai.Start.Before(bi.Start)
	}
	if ap, bp := a.Date.Precision(), b.Date.Precision(); ap != bp {
		return ap > bp
	}
	if a.Title != b.Title {
		return a.Title < b.Title
	}
	return a.ID < b.ID
}
