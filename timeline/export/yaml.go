package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
)

// YAML writes t as timeline.yaml text: the title, the groups, the eras and
// the events (id, date, title, description, group, sources), after a
// comment that says where they came from (from, e.g. the file name). The
// text is a timeline.yaml of its own, and its sections are ready to paste
// into an existing one. Every value is written as curated writes it (the
// events by curated.FormatEntry, as `timeline sync` and `timeline extract`
// write theirs): dates always quoted, so "2009" stays a string, and text
// quoted wherever YAML needs it.
func YAML(w io.Writer, t *timeline.Timeline, from string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Imported from %s by `timeline import`: %s, %s.\n"+
		"# Paste the groups your timeline.yaml lacks under its \"groups:\" and the events under \"events:\",\n"+
		"# or save this as a timeline.yaml of its own.\n", oneLine(from), count(len(t.Events), "event"), count(len(t.Groups), "group"))
	if t.Title != "" {
		b.WriteString("title: " + curated.FormatText(t.Title, false) + "\n")
	}
	if len(t.Groups) > 0 {
		b.WriteString("groups:\n")
		for _, g := range t.Groups {
			fmt.Fprintf(&b, "  - {id: %s, label: %s}\n", curated.FormatText(g.ID, true), curated.FormatText(g.Label, true))
		}
	}
	if len(t.Eras) > 0 {
		b.WriteString("eras:\n")
		for _, e := range t.Eras {
			fmt.Fprintf(&b, "  - {label: %s, date: %s}\n", curated.FormatText(e.Label, true), curated.FormatDate(e.Date))
		}
	}
	if len(t.Events) == 0 {
		b.WriteString("events: []\n")
	} else {
		b.WriteString("events:\n")
	}
	layout := curated.Layout{Indent: 2, SubIndent: 2}
	for _, e := range t.Events {
		entry := curated.Event{ID: e.ID, Date: e.Date, Title: e.Title, Description: e.Description, Group: e.Group}
		for _, m := range e.Mentions {
			if m.URL != "" {
				entry.Sources = append(entry.Sources, curated.Citation{URL: m.URL, Title: m.Title})
			}
		}
		b.WriteString(curated.FormatEntry(&entry, layout))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string {
	b := []rune{}
	for _, r := range s {
		if r < 0x20 || r >= 0x7f && r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			r = '?'
		}
		b = append(b, r)
	}
	return string(b)
}
