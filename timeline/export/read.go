package export

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/timeline-tool/timeline/timeline"
)

// Read reads a TimelineJS timeline: TimelineJS 3 JSON when the data starts
// with "{", else the TimelineJS spreadsheet template as CSV. name is used in
// errors. The result has the title, the groups met (ids made from their
// labels), the eras and the events, each with an id (its unique_id where
// that is a valid id, else made from its date and headline), date, title,
// description, group and http(s) sources.
func Read(name string, data []byte) (*timeline.Timeline, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if t := bytes.TrimLeftFunc(data, unicode.IsSpace); len(t) > 0 && t[0] == '{' {
		return readTimelineJS(name, data)
	}
	return readCSV(name, data)
}

// row is one slide as the readers find it, before its date is read.
type row struct {
	start          parts
	end            *parts
	display        string
	headline, text string
	media          string
	group          string
	id             string
}

type importer struct {
	tl     *timeline.Timeline
	groups map[string]string // label → id
	ids    map[string]bool
}

func newImport() *importer {
	return &importer{tl: &timeline.Timeline{}, groups: map[string]string{}, ids: map[string]bool{}}
}

func (im *importer) event(r row) error {
	date, err := valueOf(r.start, r.end, r.display)
	if err != nil {
		return err
	}
	title := plainHTML(r.headline)
	desc, ls := fromHTML(r.text)
	if title == "" {
		return fmt.Errorf("no headline")
	}
	e := timeline.Event{Date: date, Title: title, Description: desc, Origin: timeline.OriginCurated}
	if u := strings.TrimSpace(r.media); u != "" {
		ls = append([]link{{URL: u}}, ls...)
	}
	seen := map[string]bool{}
	for _, l := range ls {
		if u, ok := safeURL(l.URL); ok && !seen[u] {
			seen[u] = true
			e.Mentions = append(e.Mentions, timeline.Mention{URL: u, Title: strings.TrimSpace(l.Title)})
		}
	}
	e.Group = im.group(r.group)
	id := strings.TrimSpace(r.id)
	if !validID(id) {
		id = timeline.Slug(date.String() + " " + title)
		if id == "" {
			id = "event"
		}
	}
	e.ID = im.unique(id)
	im.tl.Events = append(im.tl.Events, e)
	return nil
}

func (im *importer) era(label string, start parts, end *parts, display string) error {
	date, err := valueOf(start, end, display)
	if err != nil {
		return err
	}
	if label == "" {
		return fmt.Errorf("no headline")
	}
	im.tl.Eras = append(im.tl.Eras, timeline.Era{Label: label, Date: date})
	return nil
}

// group is the id of the group labelled label, added on first meeting.
func (im *importer) group(label string) string {
	label = strings.Join(strings.Fields(label), " ")
	if label == "" {
		return ""
	}
	if id, ok := im.groups[label]; ok {
		return id
	}
	id := timeline.Slug(label)
	if id == "" {
		id = "group"
	}
	used := map[string]bool{}
	for _, g := range im.tl.Groups {
		used[g.ID] = true
	}
	base := id
	for n := 2; used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	im.groups[label] = id
	im.tl.Groups = append(im.tl.Groups, timeline.Group{ID: id, Label: label})
	return id
}

func (im *importer) unique(id string) string {
	u := id
	for n := 2; im.ids[u]; n++ {
		u = id + "-" + strconv.Itoa(n)
	}
	im.ids[u] = true
	return u
}

// validID reports whether s may be an id in timeline.yaml.
func validID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != '.' {
			return false
		}
	}
	return true
}
