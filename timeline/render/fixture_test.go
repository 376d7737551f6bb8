package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixture is a timeline written as JSON in testdata, with dates as strings.
type fixture struct {
	Title         string `json:"title"`
	ReferenceDate string `json:"reference_date"`
	Groups        []timeline.Group
	Eras          []struct {
		Label, Date, Color string
	}
	Sources []struct {
		Path, URL, Title, Outlet, Author, Published, Accessed string
	}
	Events []struct {
		ID, Date, Title, Description, Type, Group, Origin, Status, Link string
		Tags                                                            []string
		Entities                                                        timeline.Entities
		Confidence                                                      float64
		Mentions                                                        []struct {
			Source                                  string
			Start, End                              *int
			Text, Quote, URL, Title, Outlet, Author string
			Date                                    string
		}
	}
}

func parseDate(t testing.TB, where, s string) timex.Value {
	t.Helper()
	if s == "" {
		return timex.Value{}
	}
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	return v
}

// loadFixture reads testdata/<name>.json into a Timeline.
func loadFixture(t testing.TB, name string) *timeline.Timeline {
	t.Helper()
	path := filepath.Join("testdata", name+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f fixture
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	tl := &timeline.Timeline{Title: f.Title, Groups: f.Groups,
		ReferenceDate: parseDate(t, path+": reference_date", f.ReferenceDate)}
	for _, e := range f.Eras {
		tl.Eras = append(tl.Eras, timeline.Era{Label: e.Label, Color: e.Color, Date: parseDate(t, path+": era "+e.Label, e.Date)})
	}
	for _, s := range f.Sources {
		tl.Sources = append(tl.Sources, timeline.Source{Path: s.Path, URL: s.URL, Title: s.Title, Outlet: s.Outlet, Author: s.Author,
			Published: parseDate(t, path+": published", s.Published), Accessed: parseDate(t, path+": accessed", s.Accessed)})
	}
	for _, e := range f.Events {
		ev := timeline.Event{ID: e.ID, Date: parseDate(t, path+": event "+e.ID, e.Date), Title: e.Title, Description: e.Description,
			Type: e.Type, Group: e.Group, Tags: e.Tags, Origin: e.Origin, Status: e.Status, Entities: e.Entities,
			Confidence: e.Confidence, Link: e.Link}
		for _, m := range e.Mentions {
			mn := timeline.Mention{Source: m.Source, Text: m.Text, Quote: m.Quote, URL: m.URL, Title: m.Title,
				Outlet: m.Outlet, Author: m.Author, Date: m.Date}
			if m.Start != nil && m.End != nil {
				mn.Start, mn.End, mn.HasOffsets = *m.Start, *m.End, true
			}
			ev.Mentions = append(ev.Mentions, mn)
		}
		tl.Events = append(tl.Events, ev)
	}
	return tl
}

// checkGolden compares got with testdata/<name>, or rewrites it with
// -update, and reports the first difference by line and column.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := firstDiff(want, got); d != "" {
		t.Errorf("%s differs from the output: %s\n(run go test -update after checking the change)", path, d)
	}
}

// firstDiff describes where a and b first differ ("" when equal): the
// line and column, and both lines.
func firstDiff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	line, col := 1, 1
	i := 0
	for ; i < len(want) && i < len(got) && want[i] == got[i]; i++ {
		if want[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	lineOf := func(b []byte) string {
		start := bytes.LastIndexByte(b[:min(i, len(b))], '\n') + 1
		end := len(b)
		if j := bytes.IndexByte(b[start:], '\n'); j >= 0 {
			end = start + j
		}
		s := string(b[start:end])
		if len(s) > 200 {
			c := min(col-1, len(s))
			s = "…" + s[max(0, c-80):min(len(s), c+80)] + "…"
		}
		return s
	}
	switch {
	case i == len(want):
		return fmt.Sprintf("%d:%d: output goes on past the golden file's end: %q", line, col, lineOf(got))
	case i == len(got):
		return fmt.Sprintf("%d:%d: output ends early; golden line %q", line, col, lineOf(want))
	}
	return fmt.Sprintf("%d:%d:\n  want %q\n  got  %q", line, col, lineOf(want), lineOf(got))
}

func TestFirstDiff(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"abc\ndef\n", "abc\ndef\n", ""},
		{"abc\ndef\n", "abc\ndxf\n", "2:2:"},
		{"abc", "abcd", "1:4: output goes on"},
		{"abc\nd", "abc\n", "2:1: output ends early"},
	}
	for _, c := range cases {
		got := firstDiff([]byte(c.a), []byte(c.b))
		if c.want == "" && got != "" || !strings.HasPrefix(got, c.want) {
			t.Errorf("firstDiff(%q, %q) = %q, want prefix %q", c.a, c.b, got, c.want)
		}
	}
}
