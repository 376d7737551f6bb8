package curated

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// Layout is how FormatEntry lays an entry out in a block list.
type Layout struct {
	Indent    int    // column (0-based) of the entry's "-"
	Gap       string // spaces between "-" and the first key; "" is one space
	SubIndent int    // column of a nested list's "-" (sources) relative to its key; 0 puts it under the key
	SubGap    string // spaces between a nested "-" and its first key; "" is one space
	Flow      bool   // the entry as "{...}" on the line of its "-"
	Newline   string // the line break; "" is "\n"
}

func (l Layout) gap() string    { return orSpace(l.Gap) }
func (l Layout) subGap() string { return orSpace(l.SubGap) }
func (l Layout) keyCol() int    { return l.Indent + 1 + len(l.gap()) }

func (l Layout) newline() string {
	if l.Newline == "" {
		return "\n"
	}
	return l.Newline
}

func orSpace(s string) string {
	if s == "" {
		return " "
	}
	return s
}

// FormatEntry returns e as one entry of a block list of events, laid out
// by l, each line ended by l.Newline, its values written by the rules of
// the package documentation (Writing entries). The date is written unless
// it is zero, the other fields unless empty ("- {}" when none is set);
// sources with no field set are left out. notes[i], when given and not
// blank, is written as a comment after the last field of the i-th source
// written (on its first line: a literal block's header); a flow entry has
// no notes. A note's line breaks and control characters become spaces.
func FormatEntry(e *Event, l Layout, notes ...string) string {
	nl := l.newline()
	dash := strings.Repeat(" ", l.Indent) + "-" + l.gap()
	if l.Flow {
		return dash + FormatFlowEntry(e) + nl
	}
	var lines []string
	keyCol := l.keyCol()
	key := strings.Repeat(" ", keyCol)
	for i, f := range eventFields(e) {
		prefix := key
		if i == 0 {
			prefix = dash
		}
		if f.key != "sources" {
			fl := f.block(keyCol)
			fl[0] = prefix + fl[0]
			lines = append(lines, fl...)
			continue
		}
		lines = append(lines, prefix+"sources:")
		subCol := keyCol + l.SubIndent
		subDash := strings.Repeat(" ", subCol) + "-" + l.subGap()
		innerCol := subCol + 1 + len(l.subGap())
		inner := strings.Repeat(" ", innerCol)
		for n, cf := range f.subs {
			for j, v := range cf {
				vl := v.block(innerCol)
				if j == 0 {
					vl[0] = subDash + vl[0]
				} else {
					vl[0] = inner + vl[0]
				}
				if j == len(cf)-1 && n < len(notes) {
					if note := comment(notes[n]); note != "" {
						vl[0] += " # " + note
					}
				}
				lines = append(lines, vl...)
			}
		}
	}
	if len(lines) == 0 {
		return dash + "{}" + nl
	}
	return strings.Join(lines, nl) + nl
}

// FormatFlowEntry returns e as a flow mapping on one line, "{id: ...,
// date: "2009", ...}", to write in a flow list or after a "-".
func FormatFlowEntry(e *Event) string {
	var b strings.Builder
	writeFlowMap(&b, eventFields(e))
	return b.String()
}

// FormatText returns s as a YAML scalar on one line that reads back as s:
// plain when it can be, else double-quoted (see the rules above). flow
// says the scalar goes inside "[...]" or "{...}", where ",[]{}" end plain
// text.
func FormatText(s string, flow bool) string {
	if plainOK(s, flow) {
		return s
	}
	return doubleQuoted(s)
}

// FormatDate returns d as YAML: its timex form, double-quoted.
func FormatDate(d timex.Value) string { return doubleQuoted(d.String()) }

// value is one field of an entry.
type value struct {
	key  string
	text string
	date bool     // text is a date: always quoted
	raw  bool     // text is written as is ("true")
	list []string // a list of text, written in flow style
	subs [][]value
}

func eventFields(e *Event) []value {
	var vs []value
	text := func(k, s string) {
		if s != "" {
			vs = append(vs, value{key: k, text: s})
		}
	}
	list := func(k string, l []string) {
		if len(l) > 0 {
			vs = append(vs, value{key: k, list: l})
		}
	}
	text("id", e.ID)
	text("status", e.Status)
	if !e.Date.IsZero() {
		vs = append(vs, value{key: "date", text: e.Date.String(), date: true})
	}
	text("title", e.Title)
	text("description", e.Description)
	text("type", e.Type)
	text("group", e.Group)
	list("tags", e.Tags)
	list("match", e.Match)
	text("link", e.Link)
	if e.Hide {
		vs = append(vs, value{key: "hide", text: "true", raw: true})
	}
	var subs [][]value
	for i := range e.Sources {
		if cf := citationFields(&e.Sources[i]); len(cf) > 0 {
			subs = append(subs, cf)
		}
	}
	if len(subs) > 0 {
		vs = append(vs, value{key: "sources", subs: subs})
	}
	return vs
}

func citationFields(c *Citation) []value {
	var vs []value
	text := func(k, s string) {
		if s != "" {
			vs = append(vs, value{key: k, text: s})
		}
	}
	text("path", c.Path)
	text("url", c.URL)
	text("title", c.Title)
	text("outlet", c.Outlet)
	text("author", c.Author)
	if !c.Date.IsZero() {
		vs = append(vs, value{key: "date", text: c.Date.String(), date: true})
	}
	text("quote", c.Quote)
	return vs
}

// block returns "key: value" for a block mapping whose keys are at column
// col: one line, or a literal block's header and its lines.
func (v value) block(col int) []string {
	if v.list == nil && !v.date && !v.raw {
		if lines, ok := literal(v.text, col+2); ok {
			lines[0] = v.key + ": " + lines[0]
			return lines
		}
	}
	return []string{v.key + ": " + v.flowText(false)}
}

// flowText is the value on one line; flow says it is inside "{...}".
func (v value) flowText(flow bool) string {
	switch {
	case v.raw:
		return v.text
	case v.date:
		return doubleQuoted(v.text)
	case v.list != nil:
		parts := make([]string, len(v.list))
		for i, s := range v.list {
			parts[i] = FormatText(s, true)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return FormatText(v.text, flow)
}

func writeFlowMap(b *strings.Builder, vs []value) {
	b.WriteString("{")
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.key + ": ")
		if v.subs == nil {
			b.WriteString(v.flowText(true))
			continue
		}
		b.WriteString("[")
		for j, sub := range v.subs {
			if j > 0 {
				b.WriteString(", ")
			}
			writeFlowMap(b, sub)
		}
		b.WriteString("]")
	}
	b.WriteString("}")
}

// literal returns s as a literal block scalar whose lines are indented by
// ind spaces: the header ("|-" or "|") and the lines, an empty line
// written empty. It reports false when s has no line break or its lines
// cannot all be written as themselves (see the rules above); the result
// is parsed again to make sure.
func literal(s string, ind int) ([]string, bool) {
	if !strings.Contains(s, "\n") {
		return nil, false
	}
	header, body := "|-", s
	if strings.HasSuffix(s, "\n") {
		header, body = "|", s[:len(s)-1]
	}
	lines := strings.Split(body, "\n")
	if lines[0] == "" || lines[0][0] == ' ' || strings.HasSuffix(body, "\n") {
		return nil, false
	}
	pad := strings.Repeat(" ", ind)
	out := []string{header}
	for _, l := range lines {
		if l != "" && strings.TrimRight(l, " ") != l {
			return nil, false // trailing blanks, or blanks only
		}
		for _, r := range l {
			if !printable(r) {
				return nil, false
			}
		}
		if l == "" {
			out = append(out, "")
		} else {
			out = append(out, pad+l)
		}
	}
	var n yaml.Node
	doc := "v: " + strings.Join(out, "\n") + "\n"
	if err := yaml.Unmarshal([]byte(doc), &n); err != nil || len(n.Content) == 0 || len(n.Content[0].Content) != 2 {
		return nil, false
	}
	if v := n.Content[0].Content[1]; v.Kind != yaml.ScalarNode || v.Value != s {
		return nil, false
	}
	return out, true
}

// comment is a note made fit for a comment: one line of printable text.
func comment(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !printable(r) && r != '\t' {
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// doubleQuoted writes s in double quotes, with escapes for everything but
// printable characters.
func doubleQuoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case printable(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// printable reports whether r can be written as itself inside quotes and
// in plain text: no control characters, line breaks (NEL, LS, PS), byte
// order marks or non-characters.
func printable(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f:
		return true
	case r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff, r == utf8.RuneError:
		return false
	}
	return allowedRune(r) && r != 0xfffe && r != 0xffff
}

// yaml11 is the plain words that yaml.v3 reads as text and YAML 1.1
// readers (PyYAML, yaml.v2) as booleans: quoted, so that no reader of the
// file takes a title "No" for false.
var yaml11 = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"n": true, "N": true, "no": true, "No": true, "NO": true,
	"on": true, "On": true, "ON": true, "off": true, "Off": true, "OFF": true,
	"=": true,
}

// sexagesimal is a base-60 number of YAML 1.1 ("1:20" is 80).
var sexagesimal = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`)

// plainOK reports whether s can be written unquoted: after "key: " in a
// block mapping, or inside "{...}" when flow.
func plainOK(s string, flow bool) bool {
	if s == "" || strings.TrimSpace(s) != s || len(s) > 1000 {
		return false
	}
	for _, r := range s {
		if !printable(r) {
			return false
		}
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	if flow && strings.ContainsAny(s, ",[]{}") {
		return false
	}
	if yaml11[s] || sexagesimal.MatchString(s) {
		return false
	}
	doc := "v: " + s
	if flow {
		doc = "{v: " + s + "}"
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &n); err != nil || len(n.Content) == 0 || len(n.Content[0].Content) != 2 {
		return false
	}
	v := n.Content[0].Content[1]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == s && v.Style == 0
}
