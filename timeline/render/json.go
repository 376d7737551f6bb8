package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// The shape of out/timeline.json (DESIGN §6, a contract).
type jsonTimeline struct {
	Title  string      `json:"title"`
	Events []jsonEvent `json:"events"`
}

type jsonEvent struct {
	ID          string        `json:"id"`
	Date        string        `json:"date"`
	Start       string        `json:"start"`
	End         string        `json:"end"`
	Precision   string        `json:"precision"`
	Title       string        `json:"title"`
	Description string        `json:"description"`
	Type        string        `json:"type"`
	Group       string        `json:"group"`
	Tags        []string      `json:"tags"`
	Origin      string        `json:"origin"`
	Status      string        `json:"status,omitempty"`
	Entities    jsonEntities  `json:"entities"`
	Confidence  float64       `json:"confidence"`
	Mentions    []jsonMention `json:"mentions"`
}

type jsonEntities struct {
	People        []string `json:"people"`
	Organizations []string `json:"organizations"`
	Places        []string `json:"places"`
}

type jsonMention struct {
	Source string `json:"source,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
	Text   string `json:"text,omitempty"`
	Quote  string `json:"quote,omitempty"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
}

// JSON writes the timeline as out/timeline.json: the title and the events
// in time order, with the fields of DESIGN §6, indented by two spaces and
// ended by a newline. Lists are [] rather than null. An open end of an
// interval is written "..", as EDTF writes it.
func JSON(w io.Writer, t *timeline.Timeline) error {
	events := sortedEvents(t)
	out := jsonTimeline{Title: t.Title, Events: make([]jsonEvent, len(events))}
	for i := range events {
		out.Events[i] = toJSON(&events[i])
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("render: writing timeline JSON: %w", err)
	}
	return nil
}

// EventsJSON writes events as `timeline extract --format json` prints them:
// {"events": [...]}, each event exactly as JSON writes it, in time order.
func EventsJSON(w io.Writer, events []timeline.Event) error {
	sorted := append([]timeline.Event(nil), events...)
	timeline.Sort(sorted)
	out := struct {
		Events []jsonEvent `json:"events"`
	}{Events: make([]jsonEvent, len(sorted))}
	for i := range sorted {
		out.Events[i] = toJSON(&sorted[i])
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("render: writing events JSON: %w", err)
	}
	return nil
}

func toJSON(e *timeline.Event) jsonEvent {
	j := jsonEvent{
		ID:          e.ID,
		Date:        e.Date.String(),
		Start:       isoDay(e.Date, true),
		End:         isoDay(e.Date, false),
		Precision:   e.Date.Precision().String(),
		Title:       e.Title,
		Description: e.Description,
		Type:        e.Type,
		Group:       e.Group,
		Tags:        nonNil(e.Tags),
		Origin:      e.Origin,
		Status:      e.Status,
		Entities: jsonEntities{
			People:        nonNil(e.Entities.People),
			Organizations: nonNil(e.Entities.Organizations),
			Places:        nonNil(e.Entities.Places),
		},
		Confidence: e.Confidence,
		Mentions:   make([]jsonMention, 0, len(e.Mentions)),
	}
	if e.Date.IsZero() {
		j.Precision = ""
	}
	for _, m := range e.Mentions {
		jm := jsonMention{Source: m.Source, Text: m.Text, Quote: m.Quote, URL: m.URL,
			Title: m.Title, Outlet: m.Outlet, Author: m.Author, Date: m.Date}
		if m.HasOffsets {
			start, end := m.Start, m.End
			jm.Start, jm.End = &start, &end
		}
		j.Mentions = append(j.Mentions, jm)
	}
	return j
}

// isoDay is the first (or last) day a date covers, ".." for an open end
// and "" for no date.
func isoDay(v timex.Value, first bool) string {
	iv := v.Interval()
	switch {
	case v.IsZero():
		return ""
	case first && iv.OpenStart, !first && iv.OpenEnd:
		return ".."
	case first:
		return timex.FormatDate(v.First())
	}
	return timex.FormatDate(v.Last())
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// sortedEvents is a copy of the timeline's events in time order.
func sortedEvents(t *timeline.Timeline) []timeline.Event {
	events := append([]timeline.Event(nil), t.Events...)
	timeline.Sort(events)
	return events
}
