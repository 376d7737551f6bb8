package curated

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// writtenDates are the timex forms an entry's date can take.
var writtenDates = []string{
	"2024-07-31", "2024-07", "2024", "2009", "0000", "196X", "19XX", "2024-SU", "-0500-SP",
	"-0043", "-0043-03-15", "2024-07-31T14:00", "1969-07-21T02:56:15", "2020/2024-08-12",
	"2020-11-27/2020-11-28", "1999-12/2000-02", "../1999", "2021/..", "1965~", "2024-07-31?", "2024-07%",
}

// writtenTexts are strings YAML misreads when written bare, and ordinary
// ones that must stay bare.
var writtenTexts = []string{
	"Eli Cohen rises in Damascus", "Iran's purge", "key: value", "ends with colon:", "a:b", "#hash", "not # a comment",
	"a #tag", `Quote "this"`, "it's", "'single'", "- leading dash", "-dash", "--", "---", "...", "@handle", "*alias",
	"&anchor", "!tag", "%percent", "`tick`", "|pipe", ">fold", "?question", "? q", ",comma", "[bracket]", "{brace}",
	"a, b", "a [b] {c}", "yes", "no", "on", "off", "Yes", "NO", "y", "n", "true", "False", "null", "Null", "~", "=",
	"<<", "2009", "0x1F", "0o17", "017", "1_000", "1e3", ".5", ".inf", "-.inf", ".NaN", "1:20", "190:20:30", "12:30",
	"2024-07-31", "2024-07-31 14:00:00", "196X", "Ünïcødé — 東京 🚀 Ελληνικά", "\u00a0nbsp", "zero\u200bwidth",
	" leading", "trailing ", "\ttab", "tab\tinside", "line one\nline two", "two lines\n", "ends in two\n\n",
	"\nleading break", "a\n\nb", "a\n  indented\nb", "a \nb", "a\n \nb", "  indented first\nline", "# not a heading\n- not a list\nkey: value",
	"nel \u0085 ls \u2028 ps \u2029", "bell \a esc \x1b del \x7f", "bom \ufeff", "cr\rlf", "crlf\r\nline",
	"back\\slash", `\n not an escape`, "non-char \uffff", strings.Repeat("long ", 220),
}

// writtenLayouts are the ways of laying entries out that Sync meets.
var writtenLayouts = []Layout{
	{},
	{Indent: 2, SubIndent: 2},
	{Indent: 4, Gap: "   ", SubIndent: 4, SubGap: "   "},
	{Indent: 2, SubIndent: 0, Newline: "\r\n"},
	{Indent: 2, Flow: true},
	{Indent: 0, Flow: true, Newline: "\r\n"},
}

// readBack writes es as the events of a file with groups (in layout l,
// or as a flow list when flowList), between an entry before and one
// after them written the same way, parses the file, and returns the
// events read back between the two, or an error that shows the file.
func readBack(es []Event, groups []string, l Layout, flowList bool, notes ...string) ([]Event, string, error) {
	taken := map[string]bool{}
	for _, e := range es {
		taken[e.ID] = true
	}
	free := func(id string) string {
		for taken[id] {
			id += "-x"
		}
		return id
	}
	before := Event{ID: free("before"), Date: timex.NewYear(1900), Title: "Before"}
	after := Event{ID: free("after"), Date: timex.NewYear(2100), Title: "After"}
	all := append(append([]Event{before}, es...), after)
	var b strings.Builder
	nl := l.newline()
	b.WriteString("title: Written" + nl)
	if len(groups) > 0 {
		b.WriteString("groups:" + nl)
		for _, g := range groups {
			b.WriteString("  - {id: " + FormatText(g, true) + "}" + nl)
		}
	}
	if flowList {
		b.WriteString("events: [")
		for i := range all {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(FormatFlowEntry(&all[i]))
		}
		b.WriteString("]" + nl)
	} else {
		b.WriteString("events:" + nl)
		for i := range all {
			b.WriteString(FormatEntry(&all[i], l, notes...))
		}
	}
	b.WriteString("output: {html: x.html}" + nl)
	src := b.String()
	f, err := Parse("t.yaml", []byte(src))
	if err != nil {
		return nil, src, fmt.Errorf("%v\n%s", err, src)
	}
	if len(f.Events) != len(all) || f.Events[0].ID != before.ID || f.Events[len(all)-1].ID != after.ID || f.Output.HTML != "x.html" {
		return nil, src, fmt.Errorf("%d events, not the %d written, or a neighbour lost:\n%s", len(f.Events), len(all), src)
	}
	return f.Events[1 : len(all)-1], src, nil
}

// sameEntry reports how got, read back, differs from want, written: ""
// when it reads back as the same values (invalid UTF-8 as U+FFFD).
func sameEntry(got, want Event) string {
	w := entryValues(validUTF8(want))
	g := entryValues(got)
	if reflect.DeepEqual(g, w) {
		return ""
	}
	return fmt.Sprintf("read back as\n  %+v\nwant\n  %+v", g, w)
}

// validUTF8 is e with each invalid byte of its text as U+FFFD, as written.
func validUTF8(e Event) Event {
	fix := func(s *string) { *s = string([]rune(*s)) }
	for _, s := range []*string{&e.ID, &e.Title, &e.Description, &e.Type, &e.Group, &e.Status, &e.Link} {
		fix(s)
	}
	e.Tags, e.Match = fixAll(e.Tags), fixAll(e.Match)
	e.Sources = append([]Citation(nil), e.Sources...)
	for i := range e.Sources {
		c := &e.Sources[i]
		for _, s := range []*string{&c.Path, &c.URL, &c.Quote, &c.Title, &c.Outlet, &c.Author} {
			fix(s)
		}
	}
	return e
}

func fixAll(l []string) []string {
	if l == nil {
		return nil
	}
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = string([]rune(s))
	}
	return out
}

// Every date form and hostile text, in every field, in every layout,
// reads back as written.
func TestFormatEntryRoundTrip(t *testing.T) {
	n := 0
	for li, l := range writtenLayouts {
		for _, flowList := range []bool{false, true} {
			if flowList && li > 0 {
				continue // a flow list has no layout
			}
			for i, s := range writtenTexts {
				d := mustValue(t, writtenDates[i%len(writtenDates)])
				title := s
				if strings.TrimSpace(s) == "" {
					title = "x"
				}
				e := Event{ID: fmt.Sprintf("e%d", i), Status: "candidate", Date: d, Title: title, Description: s, Type: s,
					Group: "g", Tags: []string{s, "plain"}, Match: []string{s}, Link: "https://example.org/a?b=1&c=(2)#x", Hide: i%2 == 0,
					Sources: []Citation{
						{Path: s, Quote: s, Title: s, Outlet: s, Author: s, Date: d},
						{URL: "https://example.org/" + fmt.Sprint(i)},
					}}
				if strings.TrimSpace(s) == "" {
					e.Tags, e.Match = nil, nil
				}
				got, src, err := readBack([]Event{e}, []string{"g"}, l, flowList, "a note: "+s, s)
				if err != nil {
					t.Fatalf("layout %+v, flow list %v, text %q: %v", l, flowList, s, err)
				}
				if diff := sameEntry(got[0], e); diff != "" {
					t.Errorf("layout %+v, flow list %v, text %q: %s\n%s", l, flowList, s, diff, src)
				}
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d cases", n)
	}
	t.Logf("%d entries read back", n)
	// Each date form, as an entry's only date.
	for _, ds := range writtenDates {
		e := Event{ID: "d", Date: mustValue(t, ds), Title: "T"}
		got, src, err := readBack([]Event{e}, nil, Layout{Indent: 2, SubIndent: 2}, false)
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Date.String() != ds || !strings.Contains(src, `date: "`+ds+`"`) {
			t.Errorf("date %s read back as %s, written:\n%s", ds, got[0].Date, src)
		}
	}
}

// What the writer prints for each kind of text: bare when YAML reads it
// back as itself, double-quoted otherwise, a literal block for lines.
func TestFormatText(t *testing.T) {
	tests := []struct {
		in         string
		block, flw string // FormatText(in, false), FormatText(in, true)
	}{
		{"Eli Cohen", "Eli Cohen", "Eli Cohen"},
		{"Iran's purge", "Iran's purge", "Iran's purge"},
		{"a, b", "a, b", `"a, b"`},
		{"a [b]", "a [b]", `"a [b]"`},
		{"a:b", "a:b", "a:b"},
		{"https://example.org/a", "https://example.org/a", "https://example.org/a"},
		{"key: value", `"key: value"`, `"key: value"`},
		{"ends:", `"ends:"`, `"ends:"`},
		{"a #b", `"a #b"`, `"a #b"`},
		{"a#b", "a#b", "a#b"},
		{"#a", `"#a"`, `"#a"`},
		{"- a", `"- a"`, `"- a"`},
		{"-a", `"-a"`, `"-a"`},
		{"@a", `"@a"`, `"@a"`},
		{"*a", `"*a"`, `"*a"`},
		{"yes", `"yes"`, `"yes"`},
		{"No", `"No"`, `"No"`},
		{"off", `"off"`, `"off"`},
		{"null", `"null"`, `"null"`},
		{"~", `"~"`, `"~"`},
		{"true", `"true"`, `"true"`},
		{"2009", `"2009"`, `"2009"`},
		{"1:20", `"1:20"`, `"1:20"`},
		{"12.5", `"12.5"`, `"12.5"`},
		{"2024-07-31", `"2024-07-31"`, `"2024-07-31"`},
		{"196X", "196X", "196X"},
		{"", `""`, `""`},
		{" x", `" x"`, `" x"`},
		{`say "hi"`, `say "hi"`, `say "hi"`},
		{`"hi"`, `"\"hi\""`, `"\"hi\""`},
		{"東京 🚀", "東京 🚀", "東京 🚀"},
		{"a\nb", `"a\nb"`, `"a\nb"`},
		{"tab\there", `"tab\there"`, `"tab\there"`},
		{"bell\a", `"bell\x07"`, `"bell\x07"`},
		{"ls\u2028", `"ls\u2028"`, `"ls\u2028"`},
		{"bad \xff", `"bad \ufffd"`, `"bad \ufffd"`},
	}
	for _, tt := range tests {
		if got := FormatText(tt.in, false); got != tt.block {
			t.Errorf("FormatText(%q, block) = %s, want %s", tt.in, got, tt.block)
		}
		if got := FormatText(tt.in, true); got != tt.flw {
			t.Errorf("FormatText(%q, flow) = %s, want %s", tt.in, got, tt.flw)
		}
	}
	for _, ds := range writtenDates {
		if got := FormatDate(mustValue(t, ds)); got != `"`+ds+`"` {
			t.Errorf("FormatDate(%s) = %s", ds, got)
		}
	}
}

// The text of whole entries, in each layout.
func TestFormatEntry(t *testing.T) {
	e := Event{ID: "2009-purge", Status: "candidate", Date: mustValue(t, "2009"), Title: "Purge: of the ministry",
		Description: "Two lines\nof text.", Tags: []string{"purge", "a, b"},
		Sources: []Citation{{Path: "seeds/a.txt", Quote: "It was 2009."}, {}, {URL: "https://example.org/b", Title: "yes"}}}
	tests := []struct {
		l     Layout
		notes []string
		want  string
	}{
		{Layout{}, nil, `- id: 2009-purge
  status: candidate
  date: "2009"
  title: "Purge: of the ministry"
  description: |-
    Two lines
    of text.
  tags: [purge, "a, b"]
  sources:
  - path: seeds/a.txt
    quote: It was 2009.
  - url: https://example.org/b
    title: "yes"
`},
		{Layout{Indent: 4, Gap: "   ", SubIndent: 2, SubGap: "  "}, []string{"seeds/a.txt:3", "line\nbreak"}, `    -   id: 2009-purge
        status: candidate
        date: "2009"
        title: "Purge: of the ministry"
        description: |-
          Two lines
          of text.
        tags: [purge, "a, b"]
        sources:
          -  path: seeds/a.txt
             quote: It was 2009. # seeds/a.txt:3
          -  url: https://example.org/b
             title: "yes" # line break
`},
		{Layout{Indent: 2, Flow: true, Newline: "\r\n"}, []string{"ignored"}, `  - {id: 2009-purge, status: candidate, date: "2009", title: "Purge: of the ministry", description: "Two lines\nof text.", tags: [purge, "a, b"], sources: [{path: seeds/a.txt, quote: It was 2009.}, {url: https://example.org/b, title: "yes"}]}` + "\r\n"},
	}
	for _, tt := range tests {
		if got := FormatEntry(&e, tt.l, tt.notes...); got != tt.want {
			t.Errorf("layout %+v:\n%s\nwant\n%s", tt.l, got, tt.want)
		}
	}
	// CRLF reaches every line, literal blocks included.
	got := FormatEntry(&e, Layout{Newline: "\r\n"})
	if strings.Count(got, "\n") != strings.Count(got, "\r\n") || strings.Count(got, "\r\n") != 13 {
		t.Errorf("CRLF layout:\n%q", got)
	}
	// A description that ends with a line break keeps it ("|"); one whose
	// lines cannot be written as themselves is quoted.
	for in, want := range map[string]string{
		"a\nb\n":     "description: |\n    a\n    b\n",
		"a\n\nb":     "description: |-\n    a\n\n    b\n",
		" a\nb":      `description: " a\nb"`,
		"a \nb":      `description: "a \nb"`,
		"a\nb\n\n":   `description: "a\nb\n\n"`,
		"a\n\tb":     `description: "a\n\tb"`,
		"a\n  b\n":   "description: |\n    a\n      b\n",
		"\na":        `description: "\na"`,
		"a\n \nb":    `description: "a\n \nb"`,
		"a\u2028\nb": `description: "a\u2028\nb"`,
	} {
		got := FormatEntry(&Event{ID: "x", Description: in}, Layout{})
		if !strings.Contains(got, want) {
			t.Errorf("description %q written as\n%s\nwant it to contain\n%s", in, got, want)
		}
	}
}
