package curated

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

func mustValue(t testing.TB, s string) timex.Value {
	t.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// hostile strings, each of which YAML would misread unquoted.
var hostile = []string{
	`Quote "this": it's # not a comment - really`,
	"line one\nline two\ttabbed \u2028 LS, NEL \u0085, bell \a, BOM \ufeff, backslash \\ done",
	"- starts like a list item: {braces} [brackets], & * ! | > ' % @ `",
	"null", "true", "~", "2009", "0x1F", ".inf", "<<", "@handle", " leading and trailing ", "🚀 launch",
	"bad \xff byte", "key: value", "#hash", "ends with colon:", "",
}

// candidates is what an extraction might give: ordinary events, one full of
// hostile text, a BCE date, a decade, an inferred interval, and one below
// the default min_confidence that is never added.
func candidates(t testing.TB) []timeline.Event {
	mk := func(d, title, typ string, conf float64, ms ...timeline.Mention) timeline.Event {
		e := timeline.Event{Date: mustValue(t, d), Title: title, Type: typ, Confidence: conf, Origin: timeline.OriginExtracted, Mentions: ms}
		e.ID = timeline.ExtractedID(e)
		return e
	}
	m := func(path string, start int, text, quote string) timeline.Mention {
		return timeline.Mention{Source: path, Start: start, End: start + len(text), HasOffsets: true, Text: text, Quote: quote}
	}
	purge := mk("2009", "Purge of Iran's Ministry of Intelligence", "purge", 0.8,
		m("seeds/iran.txt", 2400, "2009", "After the disputed 2009 vote the government dismissed officials."))
	odd := mk("2024-07-31", hostile[0], "null", 0.9,
		m("seeds/odd name #1.txt", 10, "July 31, 2024", hostile[2]),
		m("seeds/odd name #1.txt", 10, "July 31, 2024", hostile[2]), // repeated: written once
		m("seeds/b.txt", 99, "that day", hostile[1]))
	odd.Description = hostile[1]
	fakh := timeline.Event{Date: timex.Between(timex.NewYear(2020), timex.NewDay(2024, time.August, 12)),
		Title: "Mohsen Fakhrizadeh assassinated", Type: "killing", Confidence: 0.7, Origin: timeline.OriginExtracted,
		Mentions: []timeline.Mention{m("seeds/iran.txt", 1900, "the subsequent assassination", "The attack was followed by the killing of a scientist.")}}
	fakh.ID = timeline.ExtractedID(fakh)
	caesar := mk("-0043-03-15", "Julius Caesar assassinated in the Senate", "killing", 0.6,
		m("seeds/rome.txt", 5, "the Ides of March", "He was stabbed on the Ides of March."))
	cohen := mk("196X", "Eli Cohen rises in Damascus", "espionage", 0.75,
		m("seeds/iran.txt", 800, "the 1960s", "In the 1960s an agent rose high in Damascus."))
	low := mk("2024-08-12", "Byline date", "caption", 0.1, m("seeds/iran.txt", 0, "Aug. 12, 2024", "Aug. 12, 2024"))
	return []timeline.Event{odd, low, purge, fakh, caesar, cohen}
}

const wantAdded = 5 // candidates(t) without the one below min_confidence

// layouts are timeline.yaml files written in the ways people write them.
var layouts = []struct{ name, src string }{
	{"comments-everywhere", `# A timeline, commented.
title: Commented   # the title
reference_date: 2024-08-12   # for relative dates

# The lanes.
groups:
  - {id: ops, label: Operations}   # one lane

events:   # the curated events
  # first
  - id: first-event   # inline
    date: 2020-11-27
    title: First event
    # a comment inside the entry
    group: ops

  # second, with a folded description
  - id: second-event
    date: "2009"
    title: Second event
    description: >-
      A folded description
      over two lines.
    sources:
      - url: https://example.org/a   # a link
        quote: A quote.
  # trailing comment of the list

# The output.
output: {html: out/timeline.html}   # end
`},
	{"four-spaces", "title: Four\nevents:\n    -   id: a\n        date: 2020\n        title: A\n        tags:\n            - x\n    -   id: b\n        date: 2021\n        title: B\n"},
	{"indentless", "title: Indentless\nevents:\n- id: a\n  date: 2020\n  title: A\n  sources:\n  - url: https://example.org/a\n- id: b\n  date: 2021\n  title: B\noutput: {html: x.html}\n"},
	{"flow-entries", "events:\n  - {id: a, date: 2020, title: A}\n  - {id: b, date: 2021, title: B}\ntitle: Flow entries\n"},
	{"events-last-no-newline", "title: Last\nevents:\n  - id: a\n    date: 2020\n    title: A"},
	{"events-last-comment", "title: Last\nevents:\n  - id: a\n    date: 2020\n    title: A\n\n# end of file\n"},
	{"crlf", "# CRLF file\r\ntitle: Windows\r\nevents:\r\n  - id: a\r\n    date: 2020\r\n    title: A\r\n\r\n  - id: b\r\n    date: 2021\r\n    title: B\r\noutput: {html: x.html}\r\n"},
	{"crlf-no-events", "title: Windows\r\ngroups: [{id: g}]\r\n"},
	{"empty-flow", "title: Empty\nevents: []\noutput: {html: x.html}\n"},
	{"empty-flow-comment", "title: Empty\nevents: [ ]   # none yet\noutput: {html: x.html}\n"},
	{"empty-flow-own-line", "title: Empty\nevents:\n  []\noutput: {html: x.html}\n"},
	{"empty-null", "title: Empty\nevents: ~   # nothing\n"},
	{"empty-key", "title: Empty\nevents:\n# add events here\noutput: {html: x.html}\n"},
	{"empty-key-last-no-newline", "title: Empty\nevents:"},
	{"no-events", "# No events yet.\ntitle: None\n\nsources:\n  - path: seeds/*.txt\n\noutput: {html: x.html}\n"},
	{"no-events-no-newline", "title: None"},
	{"no-events-doc-end", "---\ntitle: Ended\n...\n"},
	{"empty-file", ""},
	{"comments-only", "# just a comment\n# and another\n"},
	{"flow-list", "title: Flow\nevents: [{id: a, date: 2020, title: A}]\n"},
	{"flow-list-lines", "title: Flow\nevents: [\n  {id: a, date: 2020, title: A},\n  {id: b, date: 2021, title: \"B, with a comma]\"}, # note\n]\noutput: {html: x.html}\n"},
	{"flow-root", "{title: Flow root, groups: [{id: g}]}\n"},
	{"keep-chomping", "title: Keep\nevents:\n  - id: a\n    date: 2020\n    title: A\n    description: |+\n      Kept text.\n\n\noutput: {html: x.html}\n"},
	{"commented-out-entry", "events:\n  - id: a\n    date: 2020\n    title: A\n  # - id: b\n  #   date: 2021\n\n# Output\noutput: {html: x.html}\n"},
	{"bom", "\ufefftitle: BOM\nevents:\n  - {id: a, date: 2020, title: A}\n"},
	{"multiline-quoted", "events:\n  - id: a\n    date: 2020\n    title: 'single\n\n      quoted'\n  - id: b\n    date: 2021\n    title: \"multi\n      line\"\noutput: {html: x}\n"},
	{"keep-chomping-end", "events:\n  - id: a\n    date: 2020\n    title: A\n    description: |+\n      kept\n\n\n# end\n"},
	{"indented-root", "  title: x\n  events:\n    - id: a\n      date: 2020\n      title: A\n  output: {html: x}\n"},
	{"multiline-flow-entry", "events:\n  - {id: a, date: 2020,\n     title: A}\ntitle: x\n"},
	{"sample-like", `title: Sample
sources:
  - path: seeds/iran.txt
    published: 2024-08-12

events:
  - id: haniyeh-assassination
    date: 2024-07-31
    title: Ismail Haniyeh assassinated in Tehran
    match: [haniyeh]
    sources:
      - url: https://example.org/h
        quote: A sentence.

output: {html: out/timeline.html, json: out/timeline.json}
`},
}

// checkKept fails unless out is src with text inserted: each line of src
// is a line of out, byte for byte, in order (the last one may have gained
// a line break), but for one line that may have lost removed (an empty
// value after "events:"); when removed is "", out is src with one piece of
// text inserted.
func checkKept(t *testing.T, src, out []byte, removed string) {
	t.Helper()
	inline := -1 // the line text is inserted into, in a flow collection
	if removed == "" {
		p, s := commonPrefix(src, out), commonSuffix(src, out)
		if p+s < len(src) || len(out) <= len(src) {
			t.Errorf("out is not src with one insertion: common prefix %d and suffix %d bytes of %d\n%s", p, s, len(src), out)
		}
		p = min(p, len(src)-s) // the first place the insertion can be
		if start := bytes.LastIndexByte(src[:p], '\n') + 1; p > start && !bytes.Contains(src[start:p], []byte(" #")) {
			inline = bytes.Count(src[:p], []byte("\n"))
		}
	}
	sl, ol := lineList(src), lineList(out)
	j, changed := 0, 0
	for i, l := range sl {
		last := i == len(sl)-1 && !bytes.HasSuffix(l, []byte("\n"))
		k := j
		for k < len(ol) && !bytes.Equal(ol[k], l) && !(last && bytes.Equal(bytes.TrimRight(ol[k], "\r\n"), l)) {
			k++
		}
		if k < len(ol) {
			j = k + 1
			continue
		}
		if i == inline {
			continue
		}
		changed++
		want := strings.Replace(string(l), removed, "", 1)
		if removed == "" || changed > 1 || strings.TrimSpace(want) != "" && !bytes.Contains(out, []byte(want)) {
			t.Errorf("line %d of the input, %q, is not in the output (nor without %q):\n%s", i+1, l, removed, out)
		}
	}
}

func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// lineList splits src after each "\n", keeping the breaks.
func lineList(src []byte) [][]byte {
	var out [][]byte
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			out = append(out, src)
			break
		}
		out = append(out, src[:i+1])
		src = src[i+1:]
	}
	return out
}

// checkOutput checks what every successful Sync must give: a file that
// parses with no problem, has each of the ids as a candidate, keeps the
// input's bytes, and comes back unchanged from a second Sync.
func checkOutput(t *testing.T, src, out []byte, cands []timeline.Event, ids []string, removed string) {
	t.Helper()
	f, err := Parse("timeline.yaml", out)
	if err != nil {
		t.Fatalf("the output does not parse: %v\n%s", err, out)
	}
	have := map[string]Event{}
	for _, e := range f.Events {
		have[e.ID] = e
	}
	for _, id := range ids {
		if e, ok := have[id]; !ok || e.Status != timeline.StatusCandidate || e.Date.IsZero() || e.Title == "" {
			t.Errorf("candidate %s missing or incomplete: %+v", id, e)
		}
	}
	if bytes.HasPrefix(src, bom) != bytes.HasPrefix(out, bom) {
		t.Errorf("the byte order mark was not kept")
	}
	checkKept(t, src, out, removed)
	again, n, err := AddCandidates(out, cands)
	if err != nil || n != 0 || !bytes.Equal(again, out) {
		t.Errorf("a second sync changed the file (added %d, err %v):\n%s", n, err, again)
	}
}

// removedBy is the empty value a layout's "events:" loses.
func removedBy(name string) string {
	switch name {
	case "empty-flow":
		return " []"
	case "empty-flow-comment":
		return " [ ]"
	case "empty-flow-own-line":
		return "  []"
	case "empty-null":
		return " ~"
	}
	return ""
}

func TestAddCandidatesLayouts(t *testing.T) {
	cands := candidates(t)
	var ids []string
	for _, e := range cands {
		if e.Confidence >= DefaultMinConfidence {
			ids = append(ids, e.ID)
		}
	}
	for _, tt := range layouts {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			if _, err := Parse("timeline.yaml", src); err != nil {
				t.Fatalf("the layout does not parse: %v", err)
			}
			out, n, err := AddCandidates(src, cands)
			if err != nil {
				t.Fatal(err)
			}
			if n != wantAdded {
				t.Errorf("added %d, want %d", n, wantAdded)
			}
			checkOutput(t, src, out, cands, ids, removedBy(tt.name))
			golden(t, filepath.Join("testdata", "rewrite", tt.name+".golden"), string(out))

			// Nothing new: the very same bytes.
			for _, none := range [][]timeline.Event{nil, cands[1:2]} {
				same, n, err := AddCandidates(src, none)
				if err != nil || n != 0 || !bytes.Equal(same, src) {
					t.Errorf("sync with nothing new changed the file (added %d, err %v)", n, err)
				}
			}
		})
	}
}

// Every combination of indentation, dash spacing, blank lines, line
// breaks, final newline, entry style, and where the list is.
func TestAddCandidatesCombinations(t *testing.T) {
	cands := candidates(t)
	var ids []string
	for _, e := range cands {
		if e.Confidence >= DefaultMinConfidence {
			ids = append(ids, e.ID)
		}
	}
	count := 0
	for _, indent := range []string{"", "  ", "    "} {
		for _, gap := range []string{" ", "   "} {
			for _, blank := range []bool{false, true} {
				for _, nl := range []string{"\n", "\r\n"} {
					for _, final := range []bool{false, true} {
						for _, flow := range []bool{false, true} {
							for _, last := range []bool{false, true} {
								for _, comment := range []bool{false, true} {
									src := layout(indent, gap, blank, nl, final, flow, last, comment)
									name := fmt.Sprintf("indent=%q gap=%q blank=%v nl=%q final=%v flow=%v last=%v comment=%v",
										indent, gap, blank, nl, final, flow, last, comment)
									t.Run(name, func(t *testing.T) {
										out, n, err := AddCandidates(src, cands)
										if err != nil || n != wantAdded {
											t.Fatalf("added %d, err %v\n%s", n, err, src)
										}
										checkOutput(t, src, out, cands, ids, "")
										if bytes.Contains(out, []byte("\n")) && nl == "\r\n" && bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
											t.Errorf("mixed line breaks in a CRLF file:\n%q", out)
										}
										if final != bytes.HasSuffix(out, []byte(nl)) {
											t.Errorf("final newline: input %v, output %q", final, out[max(0, len(out)-20):])
										}
										// New entries are written like the old ones.
										dash := nl + indent + "-" + gap
										if !flow && !bytes.Contains(out, []byte(dash+"id: "+ids[0])) && !bytes.Contains(out, []byte(dash+"id: "+cands[2].ID)) {
											t.Errorf("new entries not written as %q:\n%s", dash+"id: ", out)
										}
									})
									count++
								}
							}
						}
					}
				}
			}
		}
	}
	if count != 384 {
		t.Errorf("%d combinations", count)
	}
}

// layout writes a timeline.yaml with two events in the given style.
func layout(indent, gap string, blank bool, nl string, final, flow, last, comment bool) []byte {
	var lines []string
	lines = append(lines, "title: Generated")
	if !last {
		lines = append(lines, "events:")
	} else {
		lines = append(lines, "output: {html: x.html}", "events:")
	}
	key := indent + strings.Repeat(" ", 1+len(gap))
	for i, d := range []string{"2020", "2021-03"} {
		if blank && i > 0 {
			lines = append(lines, "")
		}
		if flow {
			lines = append(lines, fmt.Sprintf("%s-%s{id: e%d, date: %s, title: Event %d}", indent, gap, i, d, i))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s-%sid: e%d", indent, gap, i), key+"date: "+d, fmt.Sprintf("%stitle: Event %d", key, i))
		if comment {
			lines = append(lines, key+"# a note")
		}
	}
	if comment {
		lines = append(lines, "# after the list")
	}
	if !last {
		lines = append(lines, "output: {html: x.html}")
	}
	s := strings.Join(lines, nl)
	if final {
		s += nl
	}
	return []byte(s)
}

// Candidates the file already has are not added: by id, hidden by id,
// matched by a curated event, or below min_confidence.
func TestAddCandidatesSkips(t *testing.T) {
	cands := candidates(t)
	purge, fakh, caesar, cohen := cands[2], cands[3], cands[4], cands[5]
	src := []byte(`extract: {min_confidence: 0.72}
events:
  - id: ` + purge.ID + `   # written by hand before
    date: "2009"
    title: The purge
  - id: ` + caesar.ID + `
    hide: true
  - id: cohen
    date: 196X
    title: Eli Cohen in Syria
    match: [eli cohen]
`)
	out, n, err := AddCandidates(src, cands)
	if err != nil {
		t.Fatal(err)
	}
	// odd (0.9) is new; fakh (0.7) is below 0.72; the others are there.
	if n != 1 {
		t.Errorf("added %d, want 1:\n%s", n, out)
	}
	for _, skip := range []timeline.Event{purge, fakh, caesar, cohen, cands[1]} {
		if bytes.Contains(out, []byte("id: "+skip.ID+"\n    status")) {
			t.Errorf("%s added again:\n%s", skip.ID, out)
		}
	}
	checkOutput(t, src, out, cands, []string{cands[0].ID}, "")
}

func TestAddCandidatesValues(t *testing.T) {
	cands := candidates(t)
	out, _, err := AddCandidates([]byte("events: []\n"), cands)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse("t.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Event{}
	for _, e := range f.Events {
		byID[e.ID] = e
	}
	odd := byID[cands[0].ID]
	if odd.Title != hostile[0] || odd.Description != clean(hostile[1]) || odd.Type != "null" {
		t.Errorf("hostile text read back as %q / %q / %q", odd.Title, odd.Description, odd.Type)
	}
	if len(odd.Sources) != 2 || odd.Sources[0].Path != "seeds/odd name #1.txt" || odd.Sources[0].Quote != hostile[2] || odd.Sources[1].Quote != hostile[1] {
		t.Errorf("sources: %+v", odd.Sources)
	}
	if got := byID[cands[2].ID].Date.String(); got != "2009" || !bytes.Contains(out, []byte(`date: "2009"`)) {
		t.Errorf("2009 written as %s:\n%s", got, out)
	}
	if got := byID[cands[4].ID].Date.String(); got != "-0043-03-15" {
		t.Errorf("BCE date read back as %s", got)
	}
	if got := byID[cands[3].ID].Date.String(); got != "2020/2024-08-12" {
		t.Errorf("interval read back as %s", got)
	}
	// Each hostile string, as any field, reads back as itself.
	for _, h := range hostile {
		for _, flow := range []bool{false, true} {
			src := "events:\n  - id: a\n    date: 2020\n    title: A\n"
			if flow {
				src = "events: [{id: a, date: 2020, title: A}]\n"
			}
			title := h
			if strings.TrimSpace(h) == "" {
				title = "x"
			}
			e := timeline.Event{ID: "h", Date: timex.NewYear(2021), Title: title, Description: h, Type: h, Confidence: 1,
				Mentions: []timeline.Mention{{Source: h, Quote: h}}}
			out, n, err := AddCandidates([]byte(src), []timeline.Event{e})
			if err != nil || n != 1 {
				t.Fatalf("%q: added %d, err %v", h, n, err)
			}
			f, err := Parse("t.yaml", out)
			if err != nil {
				t.Fatalf("%q: %v\n%s", h, err, out)
			}
			got := f.Events[1]
			if got.Title != clean(title) || got.Description != clean(h) || got.Type != clean(h) {
				t.Errorf("%q (flow %v) read back as %q / %q / %q\n%s", h, flow, got.Title, got.Description, got.Type, out)
			}
		}
	}
}

func TestAddCandidatesErrors(t *testing.T) {
	cands := candidates(t)
	tests := []struct{ name, src, want string }{
		{"syntax", "events:\n  - id: a\n   date: 2020\n", "timeline.yaml:3:"},
		{"not a list", "events: 3\n", "events must be a list"},
		{"alias", "eras: &none []\nevents: *none\n", "events is an alias"},
		{"not a mapping", "- a\n- b\n", "must be a mapping"},
	}
	for _, tt := range tests {
		out, n, err := AddCandidates([]byte(tt.src), cands)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want one with %q", tt.name, err, tt.want)
		}
		if n != 0 || !bytes.Equal(out, []byte(tt.src)) {
			t.Errorf("%s: the file changed on error", tt.name)
		}
	}
	var list ErrorList
	if _, _, err := AddCandidates([]byte("events:\n  - {dat: 2020}\n"), cands); !errors.As(err, &list) {
		t.Errorf("a file with problems gives %T, want Parse's ErrorList", err)
	}
}

// The golden files have no stray files beside the layouts.
func TestRewriteGoldenFiles(t *testing.T) {
	names := map[string]bool{}
	for _, l := range layouts {
		names[l.name+".golden"] = true
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "rewrite"))
	if err != nil {
		t.Skip(err)
	}
	for _, e := range entries {
		if !names[e.Name()] {
			t.Errorf("testdata/rewrite/%s belongs to no layout; remove it", e.Name())
		}
	}
}

// FuzzAddCandidates adds candidates with arbitrary text to arbitrary files:
// a file that parses either gets them, keeping its bytes around the
// insertion and reading back with them, or is refused with a message and
// left as it was; a second run changes nothing.
func FuzzAddCandidates(f *testing.F) {
	for _, l := range layouts {
		f.Add([]byte(l.src), hostile[0], hostile[2], uint8(0))
	}
	for _, p := range []string{"testdata/good.yaml", "../../timeline.yaml"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, "Kennedy meets advisers", "The meeting was long.", uint8(1))
		}
	}
	for i, h := range hostile {
		f.Add([]byte(layouts[i%len(layouts)].src), h, h, uint8(i))
	}
	dates := []string{"2009", "2024-07-31", "196X", "2020/2024-08-12", "-0043-03-15", "2024-SU", "1965~"}
	f.Fuzz(func(t *testing.T, src []byte, title, quote string, d uint8) {
		if len(src) > 1<<14 {
			return
		}
		e := timeline.Event{Date: mustValue(t, dates[int(d)%len(dates)]), Title: title, Description: quote, Type: title,
			Confidence: 1, Mentions: []timeline.Mention{{Source: "seeds/" + title + ".txt", Quote: quote}}}
		e.ID = timeline.ExtractedID(e)
		cands := []timeline.Event{e}
		file, perr := Parse("timeline.yaml", src)
		start := time.Now()
		out, n, err := AddCandidates(src, cands)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("AddCandidates on %d bytes took %v", len(src), d)
		}
		if err != nil {
			if n != 0 || !bytes.Equal(out, src) {
				t.Fatalf("error %v, but the file changed", err)
			}
			if perr == nil && !strings.Contains(err.Error(), "by hand") {
				t.Fatalf("a valid file was refused: %v\n%q", err, src)
			}
			return
		}
		if perr != nil {
			t.Fatalf("a file with problems was changed: %v", perr)
		}
		if n == 0 {
			if !bytes.Equal(out, src) {
				t.Fatal("nothing added, but the file changed")
			}
			return
		}
		g, err := Parse("timeline.yaml", out)
		if err != nil {
			t.Fatalf("the output does not parse: %v\n%q\n%q", err, src, out)
		}
		if len(g.Events) != len(file.Events)+1 || g.Events[len(g.Events)-1].Status != timeline.StatusCandidate {
			t.Fatalf("the candidate is not the last entry:\n%q", out)
		}
		if removed := emptyValueOf(file); removed == "" {
			if p, s := commonPrefix(src, out), commonSuffix(src, out); p+s < len(src) {
				t.Fatalf("the input's bytes were not kept around the insertion:\n%q\n%q", src, out)
			}
		}
		again, n, err := AddCandidates(out, cands)
		if err != nil || n != 0 || !bytes.Equal(again, out) {
			t.Fatalf("a second sync changed the file (added %d, err %v)", n, err)
		}
	})
}

// emptyValueOf is "x" when the file's events are an empty value that Sync
// removes ([] or ~), else "".
func emptyValueOf(f *File) string {
	if f.Doc == nil || len(f.Doc.Content) == 0 {
		return ""
	}
	root := f.Doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "events" {
			v := root.Content[i+1]
			if v.Value != "" || v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
				return "x"
			}
		}
	}
	return ""
}

// FuzzAddCandidatesLayout writes the layouts of TestAddCandidatesCombinations
// with arbitrary comments in them, and candidates with arbitrary text: the
// candidates are always added (no layout is refused), the input's bytes
// are kept, and a second run changes nothing.
func FuzzAddCandidatesLayout(f *testing.F) {
	f.Add(uint16(0), "a note", hostile[0], hostile[1])
	f.Add(uint16(0xffff), "- id: looks like an entry", "2009", "#")
	f.Add(uint16(0x5a5a), "events: [] ]} \"'", hostile[2], "key: value")
	f.Fuzz(func(t *testing.T, bits uint16, comment, title, quote string) {
		bit := func(i int) bool { return bits&(1<<i) != 0 }
		indent := []string{"", "  ", "    ", "  "}[bits&3]
		gap := " "
		if bit(2) {
			gap = "   "
		}
		nl := "\n"
		if bit(3) {
			nl = "\r\n"
		}
		src := layout(indent, gap, bit(4), nl, bit(5), bit(6), bit(7), bit(8))
		if strings.ContainsAny(comment, "\r\n\u0085\u2028\u2029") {
			return
		}
		// The comment after "events:", after the first entry's first line,
		// and on a line of its own at the end.
		s := strings.Replace(string(src), "events:", "events: # "+comment, 1)
		if bit(9) {
			s = strings.Replace(s, "id: e0", "id: e0 # "+comment, 1)
		}
		if bit(10) {
			if !strings.HasSuffix(s, nl) {
				s += nl
			}
			s += "# " + comment + nl
		}
		src = []byte(s)
		file, err := Parse("timeline.yaml", src)
		if err != nil {
			return // a comment with bytes YAML does not allow
		}
		e := timeline.Event{Date: timex.NewYear(2022), Title: title, Description: quote, Confidence: 1,
			Mentions: []timeline.Mention{{Source: "seeds/x.txt", Quote: quote}}}
		e.ID = timeline.ExtractedID(e)
		out, n, err := AddCandidates(src, []timeline.Event{e})
		if err != nil || n != 1 {
			t.Fatalf("added %d, err %v\n%q", n, err, src)
		}
		g, err := Parse("timeline.yaml", out)
		if err != nil || len(g.Events) != len(file.Events)+1 {
			t.Fatalf("output: err %v\n%q", err, out)
		}
		if p, s := commonPrefix(src, out), commonSuffix(src, out); p+s < len(src) {
			t.Fatalf("the input's bytes were not kept around the insertion:\n%q\n%q", src, out)
		}
		if again, n, err := AddCandidates(out, []timeline.Event{e}); err != nil || n != 0 || !bytes.Equal(again, out) {
			t.Fatalf("a second sync changed the file (added %d, err %v)", n, err)
		}
	})
}

// BenchmarkAddCandidates adds 100 candidates to a file of 2,000 events.
func BenchmarkAddCandidates(b *testing.B) {
	src := bigFile(2000, false)
	var cands []timeline.Event
	for i := range 100 {
		e := timeline.Event{Date: timex.NewDay(2021, time.Month(1+i%12), 1+i%28), Title: fmt.Sprintf("Candidate number %d", i),
			Confidence: 1, Mentions: []timeline.Mention{{Source: "seeds/x.txt", Quote: fmt.Sprintf("Sentence %d.", i)}}}
		cands = append(cands, e)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, n, err := AddCandidates(src, cands); err != nil || n != 100 {
			b.Fatal(n, err)
		}
	}
}
