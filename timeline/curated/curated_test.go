package curated

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the file at path, or rewrites it under -update.
// A difference is reported at its first differing line.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if want := string(data); got != want {
		t.Errorf("%s", lineDiff(path, want, got))
	}
}

// lineDiff describes where got first differs from want.
func lineDiff(path, want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("%s:%d: differs (run go test -update to accept)\n  want: %q\n  got:  %q", path, i+1, wl, gl)
		}
	}
	return path + ": differs"
}

// dump writes a Timeline one field a line, for golden files.
func dump(tl *timeline.Timeline) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q\nreference_date %s\n", tl.Title, tl.ReferenceDate)
	for _, g := range tl.Groups {
		fmt.Fprintf(&b, "group %s label=%q color=%s\n", g.ID, g.Label, g.Color)
	}
	for _, e := range tl.Eras {
		fmt.Fprintf(&b, "era %q date=%s (%s) color=%s\n", e.Label, e.Date, e.Date.Precision(), e.Color)
	}
	for _, s := range tl.Sources {
		fmt.Fprintf(&b, "source path=%q url=%q title=%q outlet=%q author=%q published=%s accessed=%s\n",
			s.Path, s.URL, s.Title, s.Outlet, s.Author, s.Published, s.Accessed)
	}
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "\nevent %s\n  date %s (%s)\n  title %q\n", e.ID, e.Date, e.Date.Precision(), e.Title)
		fmt.Fprintf(&b, "  origin=%s status=%q group=%q type=%q confidence=%g\n", e.Origin, e.Status, e.Group, e.Type, e.Confidence)
		if e.Description != "" {
			fmt.Fprintf(&b, "  description %q\n", e.Description)
		}
		if len(e.Tags) > 0 {
			fmt.Fprintf(&b, "  tags %q\n", e.Tags)
		}
		fmt.Fprintf(&b, "  link %q\n", e.Link)
		for _, m := range e.Mentions {
			fmt.Fprintf(&b, "  mention source=%q offsets=%v url=%q quote=%q title=%q outlet=%q author=%q date=%q\n",
				m.Source, m.HasOffsets, m.URL, m.Quote, m.Title, m.Outlet, m.Author, m.Date)
		}
	}
	return b.String()
}

func mustDate(t *testing.T, s string) timex.Value {
	t.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestGoodFile(t *testing.T) {
	f, err := Load("testdata/good.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	tl := f.Timeline()
	golden(t, "testdata/good.timeline.golden", dump(tl))

	// The file's settings, with defaults for what it leaves out.
	if f.Title != "Thirteen days in October" || f.ReferenceDate.String() != "1962-10-28" {
		t.Errorf("title, reference date = %q, %q", f.Title, f.ReferenceDate)
	}
	if f.Extract.Enabled != true || f.Extract.MinConfidence != 0.6 {
		t.Errorf("extract = %+v", f.Extract)
	}
	wantOut := Output{HTML: "public/crisis.html", JSON: DefaultJSON, Assets: AssetsInline, Theme: ThemeAuto}
	if o := f.Output; o.HTML != wantOut.HTML || o.JSON != wantOut.JSON || o.Assets != wantOut.Assets || o.Theme != wantOut.Theme {
		t.Errorf("output = %+v, want %+v", o, wantOut)
	}
	if len(f.Sources) != 3 || f.Sources[1].Published.String() != "1962-11-03" || f.Sources[2].Accessed.String() != "2024-03-01" {
		t.Errorf("sources = %+v", f.Sources)
	}

	// The events: hidden ones and overrides left out, in time order.
	var ids []string
	for _, e := range tl.Events {
		ids = append(ids, e.ID)
		if e.Origin != timeline.OriginCurated || e.Confidence != 1 {
			t.Errorf("%s: origin %q confidence %g", e.ID, e.Origin, e.Confidence)
		}
		for _, m := range e.Mentions {
			if m.HasOffsets {
				t.Errorf("%s: a curated mention has offsets", e.ID)
			}
		}
	}
	wantIDs := []string{
		"operation-anadyr", "u2-photographs-sites", "excomm-convened",
		"1962-10-22-kennedy-announces-a-naval-quarantine-of-cuba",
		"black-saturday", "withdrawal-announced", "quarantine-lifted",
	}
	if strings.Join(ids, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("event ids:\n got %q\nwant %q", ids, wantIDs)
	}
	byID := map[string]timeline.Event{}
	for _, e := range tl.Events {
		byID[e.ID] = e
	}
	if e := byID["operation-anadyr"]; e.Status != timeline.StatusCandidate || e.Date.Precision() != timex.Year {
		t.Errorf("operation-anadyr: status %q precision %v", e.Status, e.Date.Precision())
	}
	// Link: the event's own link first, else its first source with a URL.
	if got := byID["1962-10-22-kennedy-announces-a-naval-quarantine-of-cuba"].Link; got != "https://example.org/library/address-to-the-nation" {
		t.Errorf("link of the quarantine = %q", got)
	}
	if got := byID["black-saturday"].Link; got != "http://example.org/archive/black-saturday" {
		t.Errorf("link of black-saturday = %q", got)
	}
	if got := byID["withdrawal-announced"].Link; got != "" {
		t.Errorf("link of an event without sources = %q", got)
	}
	if g := tl.Groups[2]; g.ID != "diplomacy" || g.Label != "diplomacy" {
		t.Errorf("a group without label = %+v, want its id as label", g)
	}

	// The overrides, for the merge.
	var over []string
	for _, e := range f.Overrides() {
		over = append(over, fmt.Sprintf("%s override=%v hide=%v", e.ID, e.IsOverride(), e.Hide))
	}
	wantOver := []string{
		"hotline-operational override=false hide=true",
		"1962-10-24-quarantine-in-effect override=true hide=true",
		"1962-10-25-un-debate override=true hide=false",
	}
	if strings.Join(over, "\n") != strings.Join(wantOver, "\n") {
		t.Errorf("Overrides:\n%s\nwant:\n%s", strings.Join(over, "\n"), strings.Join(wantOver, "\n"))
	}
}

// Each entry keeps its node, so a later edit (and a message) can find it.
func TestPositions(t *testing.T) {
	f, err := Load("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(f.Data), "\n")
	lineOf := func(s string) int {
		for i, l := range lines {
			if strings.Contains(l, s) {
				return i + 1
			}
		}
		t.Fatalf("no line has %q", s)
		return 0
	}
	for _, tt := range []struct {
		what string
		got  string
		want string
	}{
		{"first event", f.Position(f.Events[0].Node), fmt.Sprintf("testdata/good.yaml:%d:5", lineOf("id: u2-photographs-sites"))},
		{"date of black-saturday", f.Position(f.Events[3].Field("date")), fmt.Sprintf("testdata/good.yaml:%d:11", lineOf("date: 1962-10-27"))},
		{"group of the un debate", f.Position(f.Events[9].Field("group")), fmt.Sprintf("testdata/good.yaml:%d:12", lineOf("id: 1962-10-25-un-debate")+1)},
		{"second group", f.Position(f.Groups[1].Node), fmt.Sprintf("testdata/good.yaml:%d:5", lineOf("{id: ussr"))},
		{"era", f.Position(f.Eras[0].Node), fmt.Sprintf("testdata/good.yaml:%d:5", lineOf("label: The crisis"))},
		{"a citation", f.Position(f.Events[2].Sources[0].Node), fmt.Sprintf("testdata/good.yaml:%d:9", lineOf("{url: https://example.org/archive/quarantine"))},
		{"source", f.Position(f.Sources[2].Node), fmt.Sprintf("testdata/good.yaml:%d:5", lineOf("url: https://example.org/library/exchange"))},
		{"output", f.Position(f.Output.Node), fmt.Sprintf("testdata/good.yaml:%d:9", lineOf("output: {"))},
		{"extract", f.Position(f.Extract.Node), fmt.Sprintf("testdata/good.yaml:%d:10", lineOf("extract: {"))},
	} {
		if tt.got != tt.want {
			t.Errorf("%s at %s, want %s", tt.what, tt.got, tt.want)
		}
	}
	if n := f.Events[9].Field("date"); n != nil {
		t.Errorf("Field of a key the entry does not set = %v, want nil", n)
	}
	if f.Doc == nil || f.Doc.Content[0].Content[0].Value != "title" {
		t.Errorf("Doc does not hold the document")
	}
}

func TestDefaults(t *testing.T) {
	for _, src := range []string{"", "title: x\n", "extract:\noutput:\n", "extract: {}\noutput: {html: '', assets: ~}\n"} {
		f, err := Parse("t.yaml", []byte(src))
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if f.Extract.Enabled != true || f.Extract.MinConfidence != 0.5 {
			t.Errorf("Parse(%q): extract = %+v", src, f.Extract)
		}
		if o := f.Output; o.HTML != "out/timeline.html" || o.JSON != "out/timeline.json" || o.Assets != "cdn" || o.Theme != "light" {
			t.Errorf("Parse(%q): output = %+v", src, o)
		}
	}
	f, _ := Parse("t.yaml", []byte("extract: {enabled: false}\n"))
	if f.Extract.Enabled || f.Extract.MinConfidence != 0.5 {
		t.Errorf("enabled: false gives %+v", f.Extract)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "timeline.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want fs.ErrNotExist", err)
	}
}

// A file with three problems reports the three, in the order of the file,
// and still yields what it could read.
func TestAllProblemsReported(t *testing.T) {
	src := `title: Iran's security gaps
groups:
  - {id: operations, label: Israeli operations, color: "#b03a2e"}
events:
  - id: fakhrizadeh-assassination
    date: 2020-11-27
    title: Mohsen Fakhrizadeh assassinated near Tehran
    group: operation
  - id: 2009-ministry-purge
    date: 2009-13
    title: Purge of Iran's Ministry of Intelligence
  - id: haniyeh
    date: 2024-07-31
    titel: Ismail Haniyeh assassinated in Tehran
`
	f, err := Parse("timeline.yaml", []byte(src))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	got := make([]string, len(list))
	for i, e := range list {
		got[i] = fmt.Sprintf("%d:%d %s", e.Line, e.Col, e.Msg)
	}
	// The misspelt title is one problem: no "has no title" follows it.
	want := []string{
		`8:12 unknown group "operation"`,
		`10:11 invalid date "2009-13"`,
		`14:5 unknown key "titel" in event`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(err.Error(), "timeline.yaml:8:12: unknown group \"operation\"; did you mean \"operations\"?\n") {
		t.Errorf("ErrorList.Error() = %q", err.Error())
	}
	var one *Error
	if !errors.As(err, &one) || one.Line != 8 {
		t.Errorf("errors.As(*Error) = %v", one)
	}
	// Partial use: the valid event is there, without the unknown group;
	// the one with a bad date is not.
	tl := f.Timeline()
	if len(tl.Events) != 1 || tl.Events[0].ID != "fakhrizadeh-assassination" || tl.Events[0].Group != "" {
		t.Errorf("partial timeline: %s", dump(tl))
	}
}

// Three problems of three kinds, nothing else.
func TestThreeProblems(t *testing.T) {
	src := "title: x\nevents:\n  - {id: a, date: 2024-7-31, title: A}\n  - {id: b, date: 2020, title: B, link: 'javascript:void(0)'}\n  - {id: a, date: 2021, title: C}\n"
	got := errorStrings(t, src)
	if len(got) != 3 {
		t.Fatalf("got %d errors, want 3:\n%s", len(got), numbered(got))
	}
	for i, w := range []string{"3:19: invalid date", "4:41: link", "5:10: duplicate event id"} {
		if !strings.Contains(got[i], "timeline.yaml:"+w) {
			t.Errorf("error %d = %q, want it to contain %q", i+1, got[i], w)
		}
	}
}

// A syntax error far below the start of its list (past the lines tried one
// by one) is found by bisection, in a file of 2,000 events.
func TestSyntaxErrorFarDown(t *testing.T) {
	for _, tt := range []struct {
		name  string
		bad   string // replaces the title line of event 1500
		col   int
		msgIn string
	}{
		{"indentation", "   title: Event 1500", 4, "did not find expected '-' indicator"},
		{"unclosed quote", `    title: "Event 1500`, 5, "end of stream"},
		{"tab", "\ttitle: Event 1500", 2, "tab"},
		{"colon", "    title: Event: 1500", 5, "mapping values are not allowed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("title: big\nevents:\n")
			badLine := 0
			for i := 1; i <= 2000; i++ {
				fmt.Fprintf(&b, "  - id: e%d\n    date: 2020\n", i)
				if i == 1500 {
					badLine = strings.Count(b.String(), "\n") + 1
					b.WriteString(tt.bad + "\n")
				} else {
					fmt.Fprintf(&b, "    title: Event %d\n", i)
				}
			}
			_, err := Parse("big.yaml", []byte(b.String()))
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("err = %v", err)
			}
			if e := list[0]; e.Line != badLine || e.Col != tt.col || !strings.Contains(e.Msg, tt.msgIn) {
				t.Errorf("got %v, want line %d col %d with %q", e, badLine, tt.col, tt.msgIn)
			}
		})
	}
}

// Within the lines tried in order, a multi-line quote that is closed does
// not mislead the search for an unclosed one.
func TestSyntaxErrorAfterMultilineQuote(t *testing.T) {
	src := "title: \"a title\n  on two lines\"\nevents:\n  - id: a\n    title: \"open\n    date: 2020\n"
	got := errorStrings(t, src)
	want := "timeline.yaml:5:5: found unexpected end of stream; close the quote opened on this line"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Eras usually span an interval; the form depends on timex.
func TestIntervalEra(t *testing.T) {
	if _, err := timex.Parse("1961-01-20/1963-11-22"); err != nil {
		t.Skip("timex does not parse intervals yet")
	}
	f, err := Parse("t.yaml", []byte("eras:\n  - {label: Kennedy presidency, date: 1961-01-20/1963-11-22}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Timeline().Eras; len(got) != 1 || got[0].Date.String() != "1961-01-20/1963-11-22" {
		t.Errorf("eras = %+v", got)
	}
}

func TestEventIDs(t *testing.T) {
	src := `events:
  - {date: 2020-11-27, title: "Mohsen Fakhrizadeh assassinated near Tehran"}
  - {date: 2020-11-27, title: "Mohsen Fakhrizadeh assassinated near Tehran!"}
  - {id: 2020-11-27-mohsen-fakhrizadeh-assassinated-near-tehran-3, date: 2020, title: x}
  - {date: 1962, title: "Crise d'octobre : les missiles à Cuba"}
  - {date: 2021, title: "???"}
`
	f, err := Parse("t.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range f.Timeline().Events {
		ids = append(ids, e.ID)
	}
	want := []string{
		"1962-crise-d-octobre-les-missiles-à-cuba",
		"2020-11-27-mohsen-fakhrizadeh-assassinated-near-tehran-3",
		"2020-11-27-mohsen-fakhrizadeh-assassinated-near-tehran",
		"2020-11-27-mohsen-fakhrizadeh-assassinated-near-tehran-2",
		"2021",
	}
	if strings.Join(ids, "\n") != strings.Join(want, "\n") {
		t.Errorf("ids:\n%s\nwant:\n%s", strings.Join(ids, "\n"), strings.Join(want, "\n"))
	}
}

// Parsing is deterministic: the same input gives the same errors and the
// same timeline.
func TestDeterministic(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.yaml")
	more, _ := filepath.Glob("testdata/pretty/*.yaml")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f1, err1 := Parse(p, data)
		f2, err2 := Parse(p, data)
		if fmt.Sprint(err1) != fmt.Sprint(err2) || dump(f1.Timeline()) != dump(f2.Timeline()) {
			t.Errorf("%s: two parses differ", p)
		}
	}
}

// Pretty output of whole broken files, golden.
func TestPretty(t *testing.T) {
	paths, err := filepath.Glob("testdata/pretty/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/pretty/*.yaml: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(filepath.Base(p), data)
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("%s parses without errors", p)
			}
			golden(t, strings.TrimSuffix(p, ".yaml")+".golden", list.Pretty(data))
		})
	}
}

func TestCaretSpan(t *testing.T) {
	for _, tt := range []struct {
		line  string
		col   int
		quote string
		want  string
	}{
		{"    dat: 2024", 5, "dat", "    ^^^"},
		{`  - {date: "2024-13-01"}`, 12, "2024-13-01", "           ^^^^^^^^^^^^"},
		{`    title: 'it''s'`, 12, "it's", "           ^^^^^^^"}, // escaped: the token
		{"\tdate: x", 2, "", "\t^^^^^"},
		{"  - id: a", 5, "", "    ^^^"},
		{"café: 2024-13-01", 7, "2024-13-01", "      ^^^^^^^^^^"},
		{"ab", 9, "x", "        ^"},
		{"", 1, "", "^"},
	} {
		pad, n := caretSpan(tt.line, tt.col, tt.quote)
		if got := pad + strings.Repeat("^", n); got != tt.want {
			t.Errorf("caretSpan(%q, %d, %q) = %q, want %q", tt.line, tt.col, tt.quote, got, tt.want)
		}
	}
}

func TestPrettyWithoutSource(t *testing.T) {
	e := &Error{File: "t.yaml", Line: 40, Col: 3, Msg: "unknown key \"x\" in event", Quote: "x", Hint: "did you mean \"id\"?"}
	want := "t.yaml:40:3: unknown key \"x\" in event\nhint: did you mean \"id\"?\n"
	if got := e.Pretty([]byte("title: x\n")); got != want {
		t.Errorf("Pretty past the end of the source = %q, want %q", got, want)
	}
}

func TestLines(t *testing.T) {
	src := []byte("a\r\nb\rc\nd\u2028e\u0085f")
	got := splitLines(src)
	want := []string{"a", "b", "c", "d", "e", "f"}
	if len(got) != len(want) {
		t.Fatalf("splitLines = %q", got)
	}
	for i := range want {
		if string(got[i]) != want[i] {
			t.Errorf("line %d = %q, want %q", i+1, got[i], want[i])
		}
	}
	if got := splitLines([]byte("x\n")); len(got) != 2 || len(got[1]) != 0 {
		t.Errorf("a final break starts an empty line: %q", got)
	}
	if !bytes.Equal(trimBOM([]byte("\ufeffa")), []byte("a")) {
		t.Error("trimBOM")
	}
}

func TestDidYouMean(t *testing.T) {
	keys := eventKeys
	for _, tt := range []struct{ key, want string }{
		{"dat", "date"}, {"titel", "title"}, {"Title", "title"}, {"descripton", "description"},
		{"desc", "description"}, {"tag", "tags"}, {"source", "sources"}, {"url", "link"},
		{"statsu", "status"}, {"hidden", "hide"}, {"weight", ""}, {"x", ""}, {"matches", "match"},
	} {
		if got := didYouMean(tt.key, keys); got != tt.want {
			t.Errorf("didYouMean(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

func ExampleParse() {
	src := []byte("title: Thirteen days\nevents:\n  - id: excomm\n    dat: 1962-10-16\n    title: Advisers convened\n")
	_, err := Parse("timeline.yaml", src)
	fmt.Println(err)
	fmt.Print(err.(ErrorList)[0].Pretty(src))
	// Output:
	// timeline.yaml:4:5: unknown key "dat" in event; did you mean "date"?
	// timeline.yaml:4:5: unknown key "dat" in event
	//
	//   2 | events:
	//   3 |   - id: excomm
	//   4 |     dat: 1962-10-16
	//     |     ^^^
	// hint: did you mean "date"?
}
