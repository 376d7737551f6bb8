package export

import (
	"bytes"
	"fmt"
	"io"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
)

// YAML writes t as timeline.yaml text: the title, the groups, the eras and
// the events (id, date, title, description, group, sources), after a
// comment that says where they came from (from, e.g. the file name). The
// text is a timeline.yaml of its own, and its sections are ready to paste
// into an existing one. Strings are quoted wherever YAML needs it (yaml.v3
// decides), dates always, so "2009" stays a string.
func YAML(w io.Writer, t *timeline.Timeline, from string) error {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.HeadComment = fmt.Sprintf("Imported from %s by `timeline import`: %s, %s.\n"+
		"Paste the groups your timeline.yaml lacks under its \"groups:\" and the events under \"events:\",\n"+
		"or save this as a timeline.yaml of its own.", oneLine(from), count(len(t.Events), "event"), count(len(t.Groups), "group"))
	if t.Title != "" {
		add(doc, "title", str(t.Title))
	}
	if len(t.Groups) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, g := range t.Groups {
			m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			add(m, "id", str(g.ID))
			add(m, "label", str(g.Label))
			seq.Content = append(seq.Content, m)
		}
		add(doc, "groups", seq)
	}
	if len(t.Eras) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, e := range t.Eras {
			m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			add(m, "label", str(e.Label))
			add(m, "date", date(e.Date.String()))
			seq.Content = append(seq.Content, m)
		}
		add(doc, "eras", seq)
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range t.Events {
		m := &yaml.Node{Kind: yaml.MappingNode}
		add(m, "id", str(e.ID))
		add(m, "date", date(e.Date.String()))
		add(m, "title", str(e.Title))
		if e.Description != "" {
			add(m, "description", str(e.Description))
		}
		if e.Group != "" {
			add(m, "group", str(e.Group))
		}
		var srcs []*yaml.Node
		for _, mt := range e.Mentions {
			if mt.URL == "" {
				continue
			}
			s := &yaml.Node{Kind: yaml.MappingNode}
			add(s, "url", str(mt.URL))
			if mt.Title != "" {
				add(s, "title", str(mt.Title))
			}
			srcs = append(srcs, s)
		}
		if len(srcs) > 0 {
			add(m, "sources", &yaml.Node{Kind: yaml.SequenceNode, Content: srcs})
		}
		seq.Content = append(seq.Content, m)
	}
	add(doc, "events", seq)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: writing YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("export: writing YAML: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// date is a date string, always quoted so that no reader takes it for a
// number or a timestamp.
func date(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
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
		if r < 0x20 || r == 0x7f {
			r = '?'
		}
		b = append(b, r)
	}
	return string(b)
}
