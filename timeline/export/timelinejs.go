package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// The TimelineJS 3 JSON format (timeline.knightlab.com/docs/json-format.html).
type tjsDoc struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsSlide `json:"eras,omitempty"`
}

type tjsSlide struct {
	StartDate   *tjsDate  `json:"start_date,omitempty"`
	EndDate     *tjsDate  `json:"end_date,omitempty"`
	Text        *tjsText  `json:"text,omitempty"`
	Media       *tjsMedia `json:"media,omitempty"`
	Group       string    `json:"group,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

type tjsMedia struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}

// tjsDate is a date object. TimelineJS documents its fields as numbers;
// files in the wild also give them as strings, which reading accepts.
type tjsDate struct {
	Year        flexInt `json:"year"`
	Month       flexInt `json:"month,omitzero"`
	Day         flexInt `json:"day,omitzero"`
	Hour        flexInt `json:"hour,omitzero"`
	Minute      flexInt `json:"minute,omitzero"`
	Second      flexInt `json:"second,omitzero"`
	DisplayDate string  `json:"display_date,omitempty"`
}

// flexInt is a number that may be absent, or written as a string.
type flexInt struct {
	Set bool
	N   int
	raw string // what was written, for errors
}

func flex(p *int) flexInt {
	if p == nil {
		return flexInt{}
	}
	return flexInt{Set: true, N: *p}
}

func (f flexInt) IsZero() bool { return !f.Set }

func (f flexInt) MarshalJSON() ([]byte, error) { return []byte(strconv.Itoa(f.N)), nil }

func (f *flexInt) UnmarshalJSON(b []byte) error {
	s := string(bytes.TrimSpace(b))
	if s == "null" {
		*f = flexInt{}
		return nil
	}
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	f.raw = s
	p, err := atoiField("", s)
	if err != nil {
		return fmt.Errorf("%q is not a whole number", s)
	}
	if p != nil {
		f.Set, f.N = true, *p
	}
	return nil
}

func (f flexInt) ptr() *int {
	if !f.Set {
		return nil
	}
	return intp(f.N)
}

func dateOf(p parts, display string) *tjsDate {
	return &tjsDate{Year: flexInt{Set: true, N: p.Year}, Month: flex(p.Month), Day: flex(p.Day),
		Hour: flex(p.Hour), Minute: flex(p.Minute), Second: flex(p.Second), DisplayDate: display}
}

func (d *tjsDate) parts() (parts, error) {
	if !d.Year.Set {
		return parts{}, fmt.Errorf("no year")
	}
	return parts{Year: d.Year.N, Month: d.Month.ptr(), Day: d.Day.ptr(), Hour: d.Hour.ptr(),
		Minute: d.Minute.ptr(), Second: d.Second.ptr()}, nil
}

// TimelineJS writes t as TimelineJS 3 JSON: a title slide, a slide per
// dated event in time order (events without a date are left out), and the
// eras. Text is escaped HTML; groups are given by their labels.
func TimelineJS(w io.Writer, t *timeline.Timeline) error {
	doc := tjsDoc{Events: []tjsSlide{}}
	if t.Title != "" {
		doc.Title = &tjsSlide{Text: &tjsText{Headline: escapeLines(t.Title)}}
	}
	labels := groupLabels(t)
	events := dated(t)
	for i := range events {
		e := &events[i]
		s := spanOf(e.Date, time.Time{})
		slide := tjsSlide{
			StartDate:   dateOf(s.Start, s.Display),
			Text:        &tjsText{Headline: escapeLines(e.Title), Text: textHTML(e)},
			Group:       groupLabel(labels, e.Group),
			DisplayDate: s.Display,
			UniqueID:    e.ID,
		}
		if s.End != nil {
			slide.EndDate = dateOf(*s.End, "")
		}
		doc.Events = append(doc.Events, slide)
	}
	last := lastDay(events)
	for _, era := range t.Eras {
		if era.Date.IsZero() {
			continue
		}
		s := spanOf(era.Date, last)
		slide := tjsSlide{StartDate: dateOf(s.Start, s.Display), Text: &tjsText{Headline: escapeLines(era.Label)}}
		if s.End != nil {
			slide.EndDate = dateOf(*s.End, "")
		} else {
			// An era needs an end; a single date covers itself.
			slide.EndDate = dateOf(s.Start, "")
		}
		doc.Eras = append(doc.Eras, slide)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: writing TimelineJS JSON: %w", err)
	}
	return nil
}

// dated is t's events that have a date, in time order.
func dated(t *timeline.Timeline) []timeline.Event {
	var out []timeline.Event
	for _, e := range t.Events {
		if !e.Date.IsZero() {
			out = append(out, e)
		}
	}
	timeline.Sort(out)
	return out
}

// lastDay is the last day any of the events covers (zero if none closes).
func lastDay(events []timeline.Event) time.Time {
	var last time.Time
	for _, e := range events {
		if l := e.Date.Last(); !l.IsZero() && l.After(last) {
			last = l
		}
	}
	return last
}

// readTimelineJS reads TimelineJS 3 JSON.
// dateSpan reads a slide's or an era's start_date (required) and
// end_date (optional).
func dateSpan(startDate, endDate *tjsDate) (start parts, end *parts, err error) {
	if startDate == nil {
		return parts{}, nil, fmt.Errorf("no start_date")
	}
	if start, err = startDate.parts(); err != nil {
		return parts{}, nil, fmt.Errorf("start_date: %w", err)
	}
	if endDate != nil {
		e, err := endDate.parts()
		if err != nil {
			return parts{}, nil, fmt.Errorf("end_date: %w", err)
		}
		end = &e
	}
	return start, end, nil
}

func readTimelineJS(name string, data []byte) (*timeline.Timeline, error) {
	var doc tjsDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: not TimelineJS JSON: %w", name, jsonErr(data, err))
	}
	im := newImport()
	if doc.Title != nil && doc.Title.Text != nil {
		im.tl.Title = plainHTML(doc.Title.Text.Headline)
	}
	for i, s := range doc.Events {
		where := fmt.Sprintf("%s: event %d", name, i+1)
		if s.Text != nil && s.Text.Headline != "" {
			where += fmt.Sprintf(" (%q)", plainHTML(s.Text.Headline))
		}
		start, end, err := dateSpan(s.StartDate, s.EndDate)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		display := firstNonEmpty(s.DisplayDate, s.StartDate.DisplayDate)
		r := row{start: start, end: end, display: display, group: s.Group, id: s.UniqueID}
		if s.Text != nil {
			r.headline, r.text = s.Text.Headline, s.Text.Text
		}
		if s.Media != nil {
			r.media = s.Media.URL
		}
		if err := im.event(r); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
	}
	for i, s := range doc.Eras {
		where := fmt.Sprintf("%s: era %d", name, i+1)
		start, end, err := dateSpan(s.StartDate, s.EndDate)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		label := ""
		if s.Text != nil {
			label = plainHTML(s.Text.Headline)
		}
		if err := im.era(label, start, end, firstNonEmpty(s.DisplayDate, s.StartDate.DisplayDate)); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
	}
	return im.tl, nil
}

// jsonErr places a JSON syntax error at its line and column.
func jsonErr(data []byte, err error) error {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 1 || off > int64(len(data)) {
		return err
	}
	line := 1 + bytes.Count(data[:off-1], []byte("\n"))
	col := int(off) - 1 - bytes.LastIndexByte(data[:off-1], '\n') // at the offending byte
	return fmt.Errorf("line %d, column %d: %w", line, col, err)
}
