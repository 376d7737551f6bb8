package curated

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// The keys each kind of entry accepts, in the order messages list them.
var (
	rootKeys     = []string{"title", "reference_date", "sources", "extract", "groups", "eras", "events", "output"}
	sourceKeys   = []string{"path", "published", "url", "title", "outlet", "author", "accessed"}
	extractKeys  = []string{"enabled", "min_confidence"}
	groupKeys    = []string{"id", "label", "color"}
	eraKeys      = []string{"label", "date", "color"}
	eventKeys    = []string{"id", "date", "title", "description", "type", "group", "tags", "match", "sources", "hide", "status", "link"}
	citationKeys = []string{"url", "quote", "title", "outlet", "author", "date", "path"}
	outputKeys   = []string{"html", "json", "assets", "theme"}

	statuses = []string{timeline.StatusCandidate, timeline.StatusReviewed}
	assets   = []string{AssetsCDN, AssetsInline}
	themes   = []string{ThemeLight, ThemeDark, ThemeAuto}
)

// Load reads and parses the file at path; errors name the file as path is
// written. When the file cannot be read, the error is os.ReadFile's, so
// errors.Is(err, fs.ErrNotExist) works; otherwise it is as for Parse.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a timeline.yaml from data; name is the file name used in
// errors. The error, when not nil, is an ErrorList of every problem found,
// in the order of the file. The File is never nil: it holds what could be
// read, with defaults for what is missing and zero values for what is
// wrong.
func Parse(name string, data []byte) (*File, error) {
	data = trimBOM(data)
	p := &parser{f: newFile(name, data)}
	p.parse()
	if len(p.errs) == 0 {
		return p.f, nil
	}
	p.errs.sort()
	return p.f, p.errs
}

type parser struct {
	f    *File
	errs ErrorList

	eventIDs  map[string]*yaml.Node // id → its value node, for duplicates
	groupIDs  map[string]*yaml.Node
	groupRefs []groupRef // checked once every group is known
}

type groupRef struct {
	event int
	node  *yaml.Node
}

func (p *parser) errorf(n *yaml.Node, q, hint, format string, args ...any) {
	line, col := 1, 1
	if n != nil {
		line, col = max(n.Line, 1), max(n.Column, 1)
	}
	p.errs = append(p.errs, &Error{
		File: p.f.Name, Line: line, Col: col,
		Msg: fmt.Sprintf(format, args...), Quote: q, Hint: hint,
	})
}

func (p *parser) parse() {
	data := p.f.Data
	if len(data) >= 2 && (data[0] == 0xfe && data[1] == 0xff || data[0] == 0xff && data[1] == 0xfe) {
		p.errorf(nil, "", "save it as UTF-8", "the file is UTF-16")
		return
	}
	doc, extra, err := parseYAML(data)
	if err != nil {
		p.errs = append(p.errs, syntaxError(p.f.Name, data, err))
		return
	}
	if extra != nil {
		p.errorf(extra, "---", `remove this "---" and what follows it, or merge it into the first document`,
			"a second YAML document starts here; timeline.yaml holds one")
	}
	p.f.Doc = doc
	if doc == nil || len(doc.Content) == 0 {
		return
	}
	root := resolve(doc.Content[0])
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "", `start with keys such as "title:" and "events:" at the left margin`,
			"the file must be a mapping of keys (title, events, ...), not %s", kindName(root))
		return
	}
	p.eventIDs = map[string]*yaml.Node{}
	p.groupIDs = map[string]*yaml.Node{}
	p.fields(root, "at the top level", rootKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "title":
			p.f.Title, _ = p.text(k, v)
		case "reference_date":
			p.f.ReferenceDate = p.date(k, v)
		case "sources":
			p.entries(k, v, "source", `write "- path: %s"`, func(n *yaml.Node) { p.f.Sources = append(p.f.Sources, p.source(n)) })
		case "extract":
			p.extract(k, v)
		case "groups":
			p.entries(k, v, "group", `write "- id: %s"`, func(n *yaml.Node) {
				if g, ok := p.group(n); ok {
					p.f.Groups = append(p.f.Groups, g)
				}
			})
		case "eras":
			p.entries(k, v, "era", `write "- label: %s" and a date under it`, func(n *yaml.Node) { p.f.Eras = append(p.f.Eras, p.era(n)) })
		case "events":
			p.entries(k, v, "event", `write "- title: %s" and a date under it`, func(n *yaml.Node) { p.f.Events = append(p.f.Events, p.event(n)) })
		case "output":
			p.output(k, v)
		}
	})
	p.checkGroupRefs()
}

// fields walks the mapping n of an entry, reporting keys that are unknown,
// duplicated or not text, and calls handle with each known key and its
// value (aliases resolved). where is "in event", "at the top level", ...
// It returns the keys it suggested for misspelt ones, so that a check for a
// missing key does not report the consequence of the typo again.
func (p *parser) fields(n *yaml.Node, where string, keys []string, handle func(key string, k, v *yaml.Node)) (suggested map[string]bool) {
	suggested = map[string]bool{}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "", "write a word followed by a colon", "a key %s must be text, not %s", where, kindName(k))
			continue
		}
		if k.Tag == "!!merge" {
			p.errorf(k, k.Value, "write the keys out in full", "merge keys (<<) are not supported")
			continue
		}
		if first, ok := seen[k.Value]; ok {
			p.errorf(k, k.Value, "remove one of them", "duplicate key %s %s (first on line %d)", quote(k.Value), where, first.Line)
			continue
		}
		seen[k.Value] = k
		if !slices.Contains(keys, k.Value) {
			hint := fmt.Sprintf("the keys %s are: %s", where, strings.Join(keys, ", "))
			if s := didYouMean(k.Value, keys); s != "" {
				hint = fmt.Sprintf("did you mean %q?", s)
				suggested[s] = true
			} else if n.Style&yaml.FlowStyle != 0 && isNull(v) && i > 0 {
				// {quote: Yes, immediately.}: the comma ended the value.
				hint = `inside { } a comma ends a value: put the value before it in quotes`
			}
			p.errorf(k, k.Value, hint, "unknown key %s %s", quote(k.Value), where)
			continue
		}
		handle(k.Value, k, v)
	}
	return suggested
}

// entries walks the list v of entries of one kind (what), calling each with
// every entry that is a mapping. scalarHint tells what to write instead of
// a bare value, with %s for it.
func (p *parser) entries(k, v *yaml.Node, what, scalarHint string, each func(n *yaml.Node)) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, nodeQuote(v), fmt.Sprintf(`start each %s with "- "`, what), "%s must be a list, not %s", k.Value, kindName(v))
		return
	}
	for _, item := range v.Content {
		item = resolve(item)
		switch {
		case item.Kind == yaml.MappingNode:
			each(item)
		case isNull(item):
			p.errorf(item, "", "remove the empty entry, or fill it in", "empty %s in %s", what, k.Value)
		default:
			hint := ""
			if item.Kind == yaml.ScalarNode {
				hint = fmt.Sprintf(scalarHint, snippet(item.Value))
			}
			p.errorf(item, nodeQuote(item), hint, "each %s must be a mapping of keys, not %s", what, kindName(item))
		}
	}
}

func (p *parser) source(n *yaml.Node) Source {
	s := Source{Node: n}
	typo := p.fields(n, "in source", sourceKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "path":
			s.Path, _ = p.text(k, v)
			if _, err := filepath.Match(s.Path, ""); err != nil {
				p.errorf(v, s.Path, `close each "[" with "]", or write "\[" for a bracket`, "path %s is not a valid pattern", quote(s.Path))
				s.Path = ""
			}
		case "published":
			s.Published = p.date(k, v)
		case "url":
			s.URL = p.url(k, v)
		case "title":
			s.Title, _ = p.text(k, v)
		case "outlet":
			s.Outlet, _ = p.text(k, v)
		case "author":
			s.Author, _ = p.text(k, v)
		case "accessed":
			s.Accessed = p.date(k, v)
		}
	})
	if !present(field(n, "path")) && !present(field(n, "url")) && !typo["path"] && !typo["url"] {
		p.errorf(n, "", `add "path:" with the files to read (seeds/*.txt), or "url:" for a page to cite`, "source has neither path nor url")
	}
	return s
}

func (p *parser) extract(k, v *yaml.Node) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.MappingNode {
		p.errorf(v, nodeQuote(v), "write extract: {enabled: true, min_confidence: 0.5}", "extract must be a mapping, not %s", kindName(v))
		return
	}
	p.f.Extract.Node = v
	p.fields(v, "in extract", extractKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "enabled":
			if b, ok := p.boolean(k, v); ok {
				p.f.Extract.Enabled = b
			}
		case "min_confidence":
			if x, ok := p.number(k, v); ok {
				if !(x >= 0 && x <= 1) {
					p.errorf(v, v.Value, "write a number between 0 and 1, such as 0.5", "min_confidence %s is outside 0..1", v.Value)
				} else {
					p.f.Extract.MinConfidence = x
				}
			}
		}
	})
}

func (p *parser) group(n *yaml.Node) (Group, bool) {
	g := Group{Node: n}
	typo := p.fields(n, "in group", groupKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			g.ID = p.id(k, v)
			if g.ID != "" {
				if first, ok := p.groupIDs[g.ID]; ok {
					p.errorf(v, g.ID, "give each group its own id", "duplicate group id %s (first on line %d)", quote(g.ID), first.Line)
					g.ID = ""
					return
				}
				p.groupIDs[g.ID] = v
			}
		case "label":
			g.Label, _ = p.text(k, v)
		case "color":
			g.Color = p.color(k, v)
		}
	})
	if !present(field(n, "id")) && !typo["id"] {
		p.errorf(n, "", `add an id for events to refer to, such as "id: operations"`, "group has no id")
	}
	return g, g.ID != ""
}

func (p *parser) era(n *yaml.Node) Era {
	e := Era{Node: n}
	typo := p.fields(n, "in era", eraKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "label":
			e.Label, _ = p.text(k, v)
		case "date":
			e.Date = p.date(k, v)
		case "color":
			e.Color = p.color(k, v)
		}
	})
	if !present(field(n, "date")) && !typo["date"] {
		p.errorf(n, "", `add the span it covers, such as "date: 2005-08-03/2013-08-03"`, "era has no date")
	}
	return e
}

func (p *parser) event(n *yaml.Node) Event {
	e := Event{Node: n}
	idx := len(p.f.Events)
	typo := p.fields(n, "in event", eventKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = p.id(k, v)
			if e.ID != "" {
				if first, ok := p.eventIDs[e.ID]; ok {
					p.errorf(v, e.ID, "give each event its own id", "duplicate event id %s (first on line %d)", quote(e.ID), first.Line)
				} else {
					p.eventIDs[e.ID] = v
				}
			}
		case "date":
			e.Date = p.date(k, v)
		case "title":
			e.Title, _ = p.text(k, v)
		case "description":
			e.Description, _ = p.text(k, v)
		case "type":
			e.Type, _ = p.text(k, v)
		case "group":
			if s, ok := p.text(k, v); ok && s != "" {
				e.Group = s
				p.groupRefs = append(p.groupRefs, groupRef{idx, v})
			}
		case "tags":
			e.Tags = p.textList(k, v)
		case "match":
			e.Match = p.textList(k, v)
		case "sources":
			p.entries(k, v, "event source", `write "- url: %s"`, func(n *yaml.Node) { e.Sources = append(e.Sources, p.citation(n)) })
		case "hide":
			e.Hide, _ = p.boolean(k, v)
		case "status":
			e.Status = p.enum(k, v, statuses)
		case "link":
			e.Link = p.url(k, v)
		}
	})

	has := func(key string) bool { return present(field(n, key)) || typo[key] }
	hasID, hasDate, hasTitle := has("id"), has("date"), has("title")
	name, idName := "", ""
	if v := field(n, "id"); present(v) && v.Kind == yaml.ScalarNode {
		name, idName = " "+quote(v.Value), quote(v.Value)
	} else if v := field(n, "title"); present(v) && v.Kind == yaml.ScalarNode {
		name = " " + quote(v.Value)
	}
	switch {
	case hasID && !hasDate && !hasTitle:
		e.override = true
	case hasDate && !hasTitle:
		hint := "add a title"
		if idName != "" {
			hint = fmt.Sprintf("add a title, or remove the date if the entry only hides or overrides the extracted event %s", idName)
		}
		p.errorf(n, "", hint, "event%s has a date but no title", name)
	case hasTitle && !hasDate:
		p.errorf(n, "", `add one, such as "date: 2024-07-31"`, "event%s has no date", name)
	case !hasID && !hasTitle && !hasDate:
		p.errorf(n, "", "give it a title and a date, or the id of an extracted event to hide or override", "event has no id, title or date")
	}
	return e
}

func (p *parser) citation(n *yaml.Node) Citation {
	c := Citation{Node: n}
	typo := p.fields(n, "in event source", citationKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "url":
			c.URL = p.url(k, v)
		case "quote":
			c.Quote, _ = p.text(k, v)
		case "title":
			c.Title, _ = p.text(k, v)
		case "outlet":
			c.Outlet, _ = p.text(k, v)
		case "author":
			c.Author, _ = p.text(k, v)
		case "date":
			c.Date = p.date(k, v)
		case "path":
			c.Path, _ = p.text(k, v)
		}
	})
	if len(typo) == 0 && !slices.ContainsFunc(citationKeys, func(k string) bool { return present(field(n, k)) }) {
		p.errorf(n, "", "add the url of the page, or the quote it supports the event with", "event source is empty")
	}
	return c
}

func (p *parser) output(k, v *yaml.Node) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.MappingNode {
		p.errorf(v, nodeQuote(v), "write output: {html: out/timeline.html, json: out/timeline.json}", "output must be a mapping, not %s", kindName(v))
		return
	}
	o := &p.f.Output
	o.Node = v
	p.fields(v, "in output", outputKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "html":
			if s, ok := p.text(k, v); ok && s != "" {
				o.HTML = s
			}
		case "json":
			if s, ok := p.text(k, v); ok && s != "" {
				o.JSON = s
			}
		case "assets":
			if s := p.enum(k, v, assets); s != "" {
				o.Assets = s
			}
		case "theme":
			if s := p.enum(k, v, themes); s != "" {
				o.Theme = s
			}
		}
	})
}

func (p *parser) checkGroupRefs() {
	var defined []string
	for _, g := range p.f.Groups {
		defined = append(defined, g.ID)
	}
	for _, r := range p.groupRefs {
		name := r.node.Value
		if _, ok := p.groupIDs[name]; ok {
			continue
		}
		var hint string
		switch s := didYouMean(name, defined); {
		case s != "":
			hint = fmt.Sprintf("did you mean %q?", s)
		case len(defined) == 0:
			hint = `define it under "groups:" (there are none yet)`
		default:
			hint = fmt.Sprintf(`the groups are %s; or define it under "groups:"`, list(defined, true))
		}
		p.errorf(r.node, name, hint, "unknown group %s", quote(name))
		p.f.Events[r.event].Group = ""
	}
}

// Scalar readers. Each reports a value of the wrong kind at its node and
// returns the zero value; null (an empty value, ~) is "not set", no error.

func (p *parser) text(k, v *yaml.Node) (string, bool) {
	if isNull(v) {
		return "", false
	}
	if v.Kind != yaml.ScalarNode {
		p.errorf(v, nodeQuote(v), `write a single value; put it in quotes if it starts with "[" or "{"`, "%s must be text, not %s", k.Value, kindName(v))
		return "", false
	}
	return v.Value, true
}

// date reads the value as written, whatever its tag: unquoted 2024-07-31 is
// a !!timestamp and 2009 an !!int to YAML, and both are dates here.
func (p *parser) date(k, v *yaml.Node) timex.Value {
	s, ok := p.text(k, v)
	if !ok {
		return timex.Value{}
	}
	d, err := timex.Parse(s)
	if err != nil {
		p.errorf(v, s, dateHint(s), "invalid date %s", quote(s))
		return timex.Value{}
	}
	return d
}

func (p *parser) url(k, v *yaml.Node) string {
	s, ok := p.text(k, v)
	if !ok {
		return ""
	}
	if problem, hint := checkURL(s); problem != "" {
		p.errorf(v, s, hint, "%s %s %s", k.Value, quote(s), problem)
		return ""
	}
	return s
}

func (p *parser) color(k, v *yaml.Node) string {
	if isNull(v) {
		if c := strings.TrimSpace(k.LineComment); hexColor.MatchString(c) {
			line, col := p.commentPos(k, c)
			p.errs = append(p.errs, &Error{File: p.f.Name, Line: line, Col: col, Quote: c,
				Msg:  fmt.Sprintf("color is empty: %s was read as a comment", c),
				Hint: fmt.Sprintf(`put it in quotes: color: "%s"`, c)})
		}
		return ""
	}
	s, ok := p.text(k, v)
	if !ok {
		return ""
	}
	if !hexColor.MatchString(s) {
		p.errorf(v, s, `write a hex color in quotes, such as "#b03a2e"`, "color %s is not #rgb or #rrggbb", quote(s))
		return ""
	}
	return s
}

// commentPos finds the comment c on the line of key k.
func (p *parser) commentPos(k *yaml.Node, c string) (line, col int) {
	line, col = max(k.Line, 1), max(k.Column, 1)
	lines := splitLines(p.f.Data)
	if line > len(lines) {
		return line, col
	}
	rs := []rune(string(lines[line-1]))
	for i := col - 1; i >= 0 && i < len(rs); i++ {
		if strings.HasPrefix(string(rs[i:]), c) {
			return line, i + 1
		}
	}
	return line, col
}

func (p *parser) id(k, v *yaml.Node) string {
	s, ok := p.text(k, v)
	if !ok || strings.TrimSpace(s) == "" {
		return ""
	}
	if problem := checkID(s); problem != "" {
		hint := `use only letters, digits, "-", "_" and "."`
		if sug := suggestID(s); sug != "" {
			hint += fmt.Sprintf(", such as %q", sug)
		}
		p.errorf(v, s, hint, "id %s %s", quote(s), problem)
		return ""
	}
	return s
}

func (p *parser) boolean(k, v *yaml.Node) (bool, bool) {
	s, ok := p.text(k, v)
	if !ok {
		return false, false
	}
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true, true
	case "false", "no", "off":
		return false, true
	}
	p.errorf(v, s, "write true or false", "%s must be true or false, not %s", k.Value, quote(s))
	return false, false
}

func (p *parser) number(k, v *yaml.Node) (float64, bool) {
	s, ok := p.text(k, v)
	if !ok {
		return 0, false
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		hint := "write a number between 0 and 1, such as 0.5"
		if pc, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64); err == nil && strings.HasSuffix(s, "%") {
			hint = fmt.Sprintf("write %g for %s", pc/100, s)
		}
		p.errorf(v, s, hint, "%s must be a number, not %s", k.Value, quote(s))
		return 0, false
	}
	return x, true
}

func (p *parser) enum(k, v *yaml.Node, allowed []string) string {
	s, ok := p.text(k, v)
	if !ok || s == "" {
		return ""
	}
	if slices.Contains(allowed, s) {
		return s
	}
	hint := "write " + list(allowed, false)
	if sug := didYouMean(s, allowed); sug != "" {
		hint = fmt.Sprintf("did you mean %q?", sug)
	}
	p.errorf(v, s, hint, "unknown %s %s", k.Value, quote(s))
	return ""
}

func (p *parser) textList(k, v *yaml.Node) []string {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		hint := ""
		if v.Kind == yaml.ScalarNode {
			hint = fmt.Sprintf("write a list: %s: [%s]", k.Value, snippet(v.Value))
		}
		p.errorf(v, nodeQuote(v), hint, "%s must be a list, not %s", k.Value, kindName(v))
		return nil
	}
	var out []string
	for _, item := range v.Content {
		item = resolve(item)
		switch {
		case isNull(item) || item.Kind == yaml.ScalarNode && strings.TrimSpace(item.Value) == "":
			p.errorf(item, "", "remove it", "empty entry in %s", k.Value)
		case item.Kind != yaml.ScalarNode:
			p.errorf(item, nodeQuote(item), `write one word or phrase per entry; put it in quotes if it starts with "[" or "{"`,
				"each entry of %s must be text, not %s", k.Value, kindName(item))
		default:
			out = append(out, item.Value)
		}
	}
	return out
}

// Node helpers.

// resolve follows an alias to the node it stands for.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// present reports whether a value is written: not null and not blank.
func present(n *yaml.Node) bool {
	return !isNull(n) && !(n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "empty"
		}
		return "text"
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

// nodeQuote is the text of a scalar, for Pretty; "" for a collection, whose
// first token Pretty underlines instead.
func nodeQuote(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return ""
}
