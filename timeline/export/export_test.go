package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/timex"
)

var update = flag.Bool("update", false, "rewrite golden files")

var stamp = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// inputs are the timelines every format is tested on: the repository's
// sample (its curated events) and the hostile fixture.
var inputs = map[string]string{
	"sample":  filepath.Join("..", "..", "timeline.yaml"),
	"fixture": filepath.Join("testdata", "fixture.yaml"),
}

func load(t *testing.T, path string) (*timeline.Timeline, *curated.File) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := curated.Parse(path, src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	tl, _ := timeline.Merge(f.Curated(), nil, nil)
	return tl, f
}

func mustDate(t *testing.T, s string) timex.Value {
	t.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDateRoundTrip: every form of date goes to TimelineJS fields and back
// to the same value, and BC years keep their historical number.
func TestDateRoundTrip(t *testing.T) {
	tests := []struct {
		in        string
		startYear int // the TimelineJS year of the start
		hasEnd    bool
		display   string
	}{
		{"2024-07-31", 2024, false, "31 July 2024"},
		{"2024-07-31T02:00", 2024, false, ""},
		{"2024-07-31T02:00:05", 2024, false, ""},
		{"2024-07", 2024, false, "July 2024"},
		{"2024-SU", 2024, true, "Summer 2024"},
		{"2024-WI", 2024, true, ""},
		{"2024", 2024, false, "2024"},
		{"196X", 1960, true, "1960s"},
		{"19XX", 1900, true, ""},
		{"2020-11-27/2020-11-28", 2020, true, ""},
		{"1999-12/2000-02", 1999, true, ""},
		{"2020/2024-08-12", 2020, true, ""},
		{"../2020", 2020, false, "until 2020"},
		{"2020/..", 2020, false, "from 2020"},
		{"1965~", 1965, false, "c. 1965"},
		{"2024-07-31?", 2024, false, ""},
		{"2009%", 2009, false, ""},
		{"196X~", 1960, true, ""},
		{"2020~/2021", 2020, true, ""},
		{"-0043-03-15", -44, false, "15 March 44 BC"},
		{"-0043", -44, false, "44 BC"},
		{"0000", -1, false, "1 BC"},
		{"0001", 1, false, ""},
		{"-0500-SP", -501, true, ""},
		{"-0200/0100", -201, true, ""},
		{"-0043-03-15T11:00", -44, false, ""},
	}
	for _, tt := range tests {
		v := mustDate(t, tt.in)
		s := spanOf(v, time.Time{})
		if s.Start.Year != tt.startYear {
			t.Errorf("%s: TimelineJS start year %d, want %d", tt.in, s.Start.Year, tt.startYear)
		}
		if (s.End != nil) != tt.hasEnd {
			t.Errorf("%s: end date %v, want one: %v", tt.in, s.End, tt.hasEnd)
		}
		if tt.display != "" && s.Display != tt.display {
			t.Errorf("%s: display %q, want %q", tt.in, s.Display, tt.display)
		}
		back, err := valueOf(s.Start, s.End, s.Display)
		if err != nil {
			t.Errorf("%s: reading back: %v", tt.in, err)
			continue
		}
		if back.String() != v.String() {
			t.Errorf("%s: read back as %s", tt.in, back)
		}
	}
	// Between (precision Inferred) writes as its plain interval.
	b := timex.Between(mustDate(t, "2020"), mustDate(t, "2024-08-12"))
	s := spanOf(b, time.Time{})
	if back, err := valueOf(s.Start, s.End, s.Display); err != nil || back.String() != "2020/2024-08-12" {
		t.Errorf("Between: read back %s, %v", back, err)
	}
}

// TestReadPlainDates: dates from other files, without our display dates,
// read as the plain dates their fields give.
func TestReadPlainDates(t *testing.T) {
	i := intp
	tests := []struct {
		start   parts
		end     *parts
		display string
		want    string
	}{
		{parts{Year: 2012}, nil, "", "2012"},
		{parts{Year: 2012, Month: i(3)}, nil, "", "2012-03"},
		{parts{Year: 2012, Month: i(3), Day: i(9)}, nil, "March 2012!", "2012-03-09"},
		{parts{Year: 2012, Month: i(3), Day: i(9), Hour: i(14)}, nil, "", "2012-03-09T14:00"},
		{parts{Year: -44}, nil, "", "-0043"},
		{parts{Year: -1}, nil, "", "0000"},
		{parts{Year: 1960}, &parts{Year: 1969}, "", "1960/1969"},
		{parts{Year: 1960}, &parts{Year: 1969}, "the sixties", "1960/1969"},
		{parts{Year: 1960}, &parts{Year: 1969}, "1960s", "196X"},
		{parts{Year: 2012}, &parts{Year: 2012}, "", "2012"},
	}
	for _, tt := range tests {
		v, err := valueOf(tt.start, tt.end, tt.display)
		if err != nil || v.String() != tt.want {
			t.Errorf("%+v %+v %q: got %s, %v; want %s", tt.start, tt.end, tt.display, v, err, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"year0.json", `{"events":[{"start_date":{"year":0},"text":{"headline":"Zero"}}]}`, `year0.json: event 1 ("Zero"): start: year 0 does not exist`},
		{"month.json", `{"events":[{"start_date":{"year":2020,"month":13},"text":{"headline":"M"}}]}`, `month.json: event 1 ("M"): start: month 13 out of range in "2020-13"`},
		{"nostart.json", `{"events":[{"text":{"headline":"N"}}]}`, `nostart.json: event 1 ("N"): no start_date`},
		{"noheadline.json", `{"events":[{"start_date":{"year":"2020"}}]}`, `noheadline.json: event 1: no headline`},
		{"word.json", `{"events":[{"start_date":{"year":"twenty"},"text":{"headline":"W"}}]}`, `"twenty" is not a whole number`},
		{"syntax.json", "{\"events\": [\n  {\"start_date\": }]}", `syntax.json: not TimelineJS JSON: line 2, column 18`},
		{"backwards.json", `{"events":[{"start_date":{"year":2020},"end_date":{"year":2010},"text":{"headline":"B"}}]}`, `end 2010 comes before the start 2020`},
		{"noyear.csv", "Headline,Text\nA,b\n", `noyear.csv:1: no "Year" column`},
		{"badtime.csv", "Year,Month,Day,Time,Headline\n2020,1,2,3pm,T\n", `badtime.csv:2: Time "3pm" is not a time`},
		{"badyear.csv", "Year,Headline\n2020,Fine\nMMXX,Roman\n", `badyear.csv:3: Year "MMXX" is not a whole number`},
		{"empty.csv", "", `empty.csv: empty`},
	}
	for _, tt := range tests {
		_, err := Read(tt.name, []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

// TestReadForeign reads files as TimelineJS's own users write them: string
// fields, HTML text with links, media, a spreadsheet with columns moved.
func TestReadForeign(t *testing.T) {
	js := `{"title":{"text":{"headline":"Whitney <i>Houston</i>"}},
	  "events":[{"start_date":{"year":"1963","month":"8","day":"9"},
	    "text":{"headline":"Born","text":"<p>In <a href='https://en.wikipedia.org/wiki/Newark'>Newark</a>, <b>New Jersey</b>.</p><p>Second &amp; last.</p>"},
	    "media":{"url":"https://example.org/photo.jpg"},"group":"Life","unique_id":"has space"},
	   {"start_date":{"year":-500},"text":{"headline":"Old"},"group":"Life"}]}`
	tl, err := Read("w.json", []byte(js))
	if err != nil {
		t.Fatal(err)
	}
	e := tl.Events[0]
	if tl.Title != "Whitney Houston" || e.Date.String() != "1963-08-09" || e.Description != "In Newark, New Jersey.\n\nSecond & last." {
		t.Errorf("got title %q, event %s %q", tl.Title, e.Date, e.Description)
	}
	if e.ID != "1963-08-09-born" || e.Group != "life" || len(tl.Groups) != 1 {
		t.Errorf("id %q group %q groups %v", e.ID, e.Group, tl.Groups)
	}
	var urls []string
	for _, m := range e.Mentions {
		urls = append(urls, m.URL)
	}
	if strings.Join(urls, " ") != "https://example.org/photo.jpg https://en.wikipedia.org/wiki/Newark" {
		t.Errorf("sources %v", urls)
	}
	if d := tl.Events[1].Date.String(); d != "-0499" {
		t.Errorf("-500 in TimelineJS is 500 BC, astronomical -0499; got %s", d)
	}

	sheet := "Headline,Group,Year,Month,Day,Time,Type,Display Date\r\n" +
		"My timeline,,,,,,title,\r\n" +
		"Landing,Space,1969,7,20,20:17,,\r\n" +
		",,,,,,,\r\n" +
		"'=1+1,Space,-44,3,15,,,\r\n"
	tl, err = Read("s.csv", []byte(sheet))
	if err != nil {
		t.Fatal(err)
	}
	if tl.Title != "My timeline" || len(tl.Events) != 2 {
		t.Fatalf("title %q, %d events", tl.Title, len(tl.Events))
	}
	if d := tl.Events[0].Date.String(); d != "1969-07-20T20:17" {
		t.Errorf("time: %s", d)
	}
	if e := tl.Events[1]; e.Title != "=1+1" || e.Date.String() != "-0043-03-15" {
		t.Errorf("defused formula and BC year: %q %s", e.Title, e.Date)
	}
}

// roundTrip checks that the events read back from an export are the
// events of tl: dates, titles, descriptions, groups (by label) and http(s)
// sources. got is the printed YAML, parsed again.
func roundTrip(t *testing.T, what string, tl *timeline.Timeline, yamlText []byte, sameIDs bool) {
	t.Helper()
	f, err := curated.Parse("import.yaml", yamlText)
	if err != nil {
		t.Fatalf("%s: the printed YAML does not parse: %v\n%s", what, err, yamlText)
	}
	origLabels := groupLabels(tl)
	gotLabels := map[string]string{}
	for _, g := range f.Groups {
		gotLabels[g.ID] = g.Label
	}
	want := dated(tl)
	if len(f.Events) != len(want) {
		t.Fatalf("%s: %d events back, want %d", what, len(f.Events), len(want))
	}
	for i, w := range want {
		g := f.Events[i] // both in time order
		if sameIDs && g.ID != w.ID {
			t.Errorf("%s: event %d: id %s, want %s", what, i, g.ID, w.ID)
		}
		if g.Date.String() != w.Date.String() {
			t.Errorf("%s: %s: date %s, want %s", what, w.ID, g.Date, w.Date)
		}
		if g.Title != w.Title {
			t.Errorf("%s: %s: title %q, want %q", what, w.ID, g.Title, w.Title)
		}
		if g.Description != strings.TrimSpace(w.Description) {
			t.Errorf("%s: %s: description %q, want %q", what, w.ID, g.Description, w.Description)
		}
		if gl, wl := groupLabel(gotLabels, g.Group), groupLabel(origLabels, w.Group); gl != wl {
			t.Errorf("%s: %s: group %q (%q), want %q", what, w.ID, g.Group, gl, wl)
		}
		var gu, wu []string
		for _, s := range g.Sources {
			gu = append(gu, s.URL)
		}
		for _, l := range links(&w) {
			wu = append(wu, l.URL)
		}
		if !slices.Equal(gu, wu) {
			t.Errorf("%s: %s: sources %v, want %v", what, w.ID, gu, wu)
		}
	}
	if f.Title != tl.Title {
		t.Errorf("%s: title %q, want %q", what, f.Title, tl.Title)
	}
	if len(f.Eras) != len(tl.Eras) {
		t.Errorf("%s: %d eras, want %d", what, len(f.Eras), len(tl.Eras))
	}
	for i := range min(len(f.Eras), len(tl.Eras)) {
		if f.Eras[i].Label != tl.Eras[i].Label || f.Eras[i].Date != tl.Eras[i].Date {
			t.Errorf("%s: era %d: %q %s, want %q %s", what, i, f.Eras[i].Label, f.Eras[i].Date, tl.Eras[i].Label, tl.Eras[i].Date)
		}
	}
}

func TestImportExportRoundTrip(t *testing.T) {
	for name, path := range inputs {
		tl, _ := load(t, path)
		for _, format := range []string{"timelinejs", "csv"} {
			var out bytes.Buffer
			var err error
			if format == "csv" {
				err = CSV(&out, tl)
			} else {
				err = TimelineJS(&out, tl)
			}
			if err != nil {
				t.Fatal(err)
			}
			back, err := Read(name+"."+format, out.Bytes())
			if err != nil {
				t.Fatalf("%s %s: %v", name, format, err)
			}
			var y bytes.Buffer
			if err := YAML(&y, back, name+"."+format); err != nil {
				t.Fatal(err)
			}
			roundTrip(t, name+" via "+format, tl, y.Bytes(), format == "timelinejs")
		}
	}
}

// TestTimelineJSShape decodes the export strictly into the shape the
// TimelineJS 3 JSON documentation gives, and checks what TimelineJS needs.
func TestTimelineJSShape(t *testing.T) {
	type date struct {
		Year        *int   `json:"year"`
		Month       *int   `json:"month"`
		Day         *int   `json:"day"`
		Hour        *int   `json:"hour"`
		Minute      *int   `json:"minute"`
		Second      *int   `json:"second"`
		DisplayDate string `json:"display_date"`
	}
	type text struct{ Headline, Text string }
	type slide struct {
		StartDate   *date  `json:"start_date"`
		EndDate     *date  `json:"end_date"`
		Text        *text  `json:"text"`
		Group       string `json:"group"`
		DisplayDate string `json:"display_date"`
		UniqueID    string `json:"unique_id"`
	}
	type doc struct {
		Title  *slide  `json:"title"`
		Events []slide `json:"events"`
		Eras   []slide `json:"eras"`
	}
	for name, path := range inputs {
		tl, _ := load(t, path)
		var out bytes.Buffer
		if err := TimelineJS(&out, tl); err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(&out)
		dec.DisallowUnknownFields()
		var d doc
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(d.Events) != len(dated(tl)) {
			t.Errorf("%s: %d slides for %d events", name, len(d.Events), len(dated(tl)))
		}
		ids := map[string]bool{}
		check := func(where string, dt *date) {
			switch {
			case dt.Year == nil || *dt.Year == 0:
				t.Errorf("%s: %s: no year (or year 0)", name, where)
			case dt.Month != nil && (*dt.Month < 1 || *dt.Month > 12):
				t.Errorf("%s: %s: month %d", name, where, *dt.Month)
			case dt.Day != nil && dt.Month == nil, dt.Hour != nil && dt.Day == nil:
				t.Errorf("%s: %s: a finer field without the coarser", name, where)
			}
		}
		for i, s := range append(d.Events, d.Eras...) {
			where := fmt.Sprintf("slide %d", i)
			if s.StartDate == nil || s.Text == nil || s.Text.Headline == "" {
				t.Errorf("%s: %s lacks start_date or headline", name, where)
				continue
			}
			check(where, s.StartDate)
			if s.EndDate != nil {
				check(where+" end", s.EndDate)
			}
			if strings.Contains(s.Text.Headline, "<") && !strings.Contains(s.Text.Headline, "<br>") {
				t.Errorf("%s: %s: unescaped headline %q", name, where, s.Text.Headline)
			}
			if i < len(d.Events) {
				if ids[s.UniqueID] || !validID(s.UniqueID) {
					t.Errorf("%s: %s: unique_id %q repeated or invalid", name, where, s.UniqueID)
				}
				ids[s.UniqueID] = true
			}
		}
		for _, s := range d.Eras {
			if s.EndDate == nil {
				t.Errorf("%s: era %q without end_date", name, s.Text.Headline)
			}
		}
	}
	// The BC event keeps its historical year.
	tl, _ := load(t, inputs["fixture"])
	var out bytes.Buffer
	TimelineJS(&out, tl)
	var d doc
	json.Unmarshal(out.Bytes(), &d)
	for _, s := range d.Events {
		if s.UniqueID == "caesar-assassinated" {
			if *s.StartDate.Year != -44 || *s.StartDate.Month != 3 || *s.StartDate.Day != 15 || s.DisplayDate != "15 March 44 BC" {
				t.Errorf("Caesar: %+v %q", *s.StartDate, s.DisplayDate)
			}
		}
		if s.UniqueID == "apollo-month" && !strings.Contains(s.Text.Text, "&lt;script&gt;") {
			t.Errorf("apollo-month text not escaped: %s", s.Text.Text)
		}
	}
}

// TestCSVParses reads the CSV export back with encoding/csv: the template's
// columns in every row, and no cell a spreadsheet would run as a formula.
func TestCSVParses(t *testing.T) {
	for name, path := range inputs {
		tl, _ := load(t, path)
		var out bytes.Buffer
		if err := CSV(&out, tl); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ReplaceAll(out.String(), "\r\n", ""), "\n") && !strings.Contains(out.String(), "\"") {
			t.Errorf("%s: bare LF line ends", name)
		}
		r := csv.NewReader(&out)
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !slices.Equal(recs[0], Columns) {
			t.Errorf("%s: header %v", name, recs[0])
		}
		// header, title row, events, eras
		if want := 2 + len(dated(tl)) + len(tl.Eras); len(recs) != want {
			t.Errorf("%s: %d rows, want %d", name, len(recs), want)
		}
		for i, rec := range recs {
			if len(rec) != len(Columns) {
				t.Errorf("%s: row %d has %d cells", name, i+1, len(rec))
			}
			for c, cell := range rec {
				if cell == "" || !strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					continue
				}
				if (c == colYear || c == colEndYear) && isDigits(strings.TrimPrefix(cell, "-")) {
					continue
				}
				t.Errorf("%s: row %d, %s: formula-like cell %q", name, i+1, Columns[c], cell)
			}
		}
	}
}

func TestDefuse(t *testing.T) {
	tests := []struct {
		col     int
		in, out string
	}{
		{colHeadline, "=SUM(A1)", "'=SUM(A1)"},
		{colHeadline, "+1", "'+1"},
		{colHeadline, "-1", "'-1"},
		{colHeadline, "@cmd", "'@cmd"},
		{colHeadline, "\tx", "'\tx"},
		{colHeadline, "'quoted", "''quoted"},
		{colHeadline, "plain = text", "plain = text"},
		{colYear, "-44", "-44"},
		{colEndYear, "-1", "-1"},
		{colYear, "-4-4", "'-4-4"},
		{colMonth, "-3", "'-3"},
	}
	for _, tt := range tests {
		if got := defuse(tt.col, tt.in); got != tt.out {
			t.Errorf("defuse(%s, %q) = %q, want %q", Columns[tt.col], tt.in, got, tt.out)
		}
		if back := undefuse(defuse(tt.col, tt.in)); back != tt.in {
			t.Errorf("undefuse(defuse(%q)) = %q", tt.in, back)
		}
	}
}

// icsProp is one content line of an iCalendar file, unfolded and parsed.
type icsProp struct {
	Name   string
	Params map[string]string
	Value  string
}

// readICS is a strict reader of RFC 5545: CRLF line ends, physical lines
// of at most 75 octets, folding, NAME;PARAM=V:VALUE lines, matched
// BEGIN/END. It returns the properties of each VEVENT.
func readICS(t *testing.T, data []byte) (cal []icsProp, events [][]icsProp) {
	t.Helper()
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatal("ics: does not end in CRLF")
	}
	phys := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var lines []string
	for i, l := range phys {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("ics: line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			t.Errorf("ics: line %d is %d octets", i+1, len(l))
		}
		if !utf8Valid(l) {
			t.Errorf("ics: line %d splits a UTF-8 sequence", i+1)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(lines) == 0 {
				t.Fatal("ics: starts with a continuation")
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	var stack []string
	var cur []icsProp
	for i, l := range lines {
		name, rest, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("ics: content line %d has no colon: %q", i+1, l)
		}
		// The value starts after the first colon outside quoted parameters;
		// we write no quoted parameters, so reject quotes.
		if strings.Contains(name, `"`) {
			t.Fatalf("ics: quoted parameter in %q", l)
		}
		parts := strings.Split(name, ";")
		p := icsProp{Name: parts[0], Params: map[string]string{}, Value: rest}
		for _, kv := range parts[1:] {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				t.Fatalf("ics: bad parameter %q in %q", kv, l)
			}
			p.Params[k] = v
		}
		for _, r := range p.Name {
			if !(r >= 'A' && r <= 'Z' || r == '-' || r >= '0' && r <= '9') {
				t.Fatalf("ics: bad property name %q", p.Name)
			}
		}
		switch p.Name {
		case "BEGIN":
			stack = append(stack, p.Value)
			if p.Value == "VEVENT" {
				cur = nil
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != p.Value {
				t.Fatalf("ics: END:%s does not match %v", p.Value, stack)
			}
			stack = stack[:len(stack)-1]
			if p.Value == "VEVENT" {
				events = append(events, cur)
			}
			continue
		}
		if len(stack) == 2 {
			cur = append(cur, p)
		} else {
			cal = append(cal, p)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("ics: unclosed %v", stack)
	}
	return cal, events
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// unescapeText reverses RFC 5545 TEXT escaping, rejecting bad escapes
// and unescaped separators.
func unescapeText(t *testing.T, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ';' || c == ',' {
			t.Errorf("ics: unescaped %q in %q", c, s)
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(s) {
			t.Errorf("ics: trailing backslash in %q", s)
			break
		}
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		case '\\', ';', ',':
			b.WriteByte(s[i])
		default:
			t.Errorf("ics: bad escape \\%c in %q", s[i], s)
		}
	}
	return b.String()
}

func TestICS(t *testing.T) {
	for name, path := range inputs {
		tl, _ := load(t, path)
		var out bytes.Buffer
		skipped, err := ICS(&out, tl, stamp)
		if err != nil {
			t.Fatal(err)
		}
		cal, events := readICS(t, out.Bytes())
		var version string
		for _, p := range cal {
			if p.Name == "VERSION" {
				version = p.Value
			}
		}
		if version != "2.0" {
			t.Errorf("%s: VERSION %q", name, version)
		}
		all := dated(tl)
		if len(events)+len(skipped) != len(all) {
			t.Errorf("%s: %d events + %d skipped, want %d", name, len(events), len(skipped), len(all))
		}
		byID := map[string]timeline.Event{}
		for _, e := range all {
			byID[e.ID] = e
		}
		uids := map[string]bool{}
		for _, ev := range events {
			props := map[string]icsProp{}
			for _, p := range ev {
				props[p.Name] = p
			}
			for _, req := range []string{"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} {
				if _, ok := props[req]; !ok {
					t.Errorf("%s: VEVENT without %s: %v", name, req, ev)
				}
			}
			uid := unescapeText(t, props["UID"].Value)
			if uids[uid] {
				t.Errorf("%s: UID %s twice", name, uid)
			}
			uids[uid] = true
			e, ok := byID[strings.TrimSuffix(uid, "@timeline")]
			if !ok {
				t.Errorf("%s: UID %s is no event's", name, uid)
				continue
			}
			if got := unescapeText(t, props["SUMMARY"].Value); got != e.Title {
				t.Errorf("%s: SUMMARY %q, want %q", name, got, e.Title)
			}
			if props["DTSTAMP"].Value != "20261125T120000Z" {
				t.Errorf("%s: DTSTAMP %s", name, props["DTSTAMP"].Value)
			}
			if desc := unescapeText(t, props["DESCRIPTION"].Value); e.Description != "" && !strings.HasPrefix(desc, e.Description) {
				t.Errorf("%s: DESCRIPTION %q does not start with %q", name, desc, e.Description)
			}
			start, end := props["DTSTART"], props["DTEND"]
			if start.Params["VALUE"] == "DATE" {
				first, err1 := time.Parse("20060102", start.Value)
				after, err2 := time.Parse("20060102", end.Value)
				if err1 != nil || err2 != nil || end.Params["VALUE"] != "DATE" {
					t.Errorf("%s: %s: DTSTART %v DTEND %v", name, e.ID, start, end)
					continue
				}
				if !first.Equal(e.Date.First()) || !after.Equal(e.Date.Last().AddDate(0, 0, 1)) {
					t.Errorf("%s: %s: %s..%s, want %s covering %s..%s", name, e.ID, first, after, e.Date, e.Date.First(), e.Date.Last())
				}
			} else {
				s, err1 := time.Parse("20060102T150405", start.Value)
				z, err2 := time.Parse("20060102T150405", end.Value)
				if err1 != nil || err2 != nil || !s.Equal(e.Date.Interval().Start) || !z.Equal(e.Date.Interval().End) {
					t.Errorf("%s: %s: %v..%v, want %v", name, e.ID, start, end, e.Date.Interval())
				}
			}
		}
		if name == "fixture" {
			var ids []string
			for _, s := range skipped {
				ids = append(ids, s.ID)
			}
			want := "open-start spring-bce caesar-assassinated year-one-bc century sixties open-end"
			if got := strings.Join(ids, " "); got != want {
				t.Errorf("skipped %s, want %s", got, want)
			}
		}
	}
}

func TestFoldLine(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", 200),
		"DESCRIPTION:" + strings.Repeat("é", 100),
		"SUMMARY:" + strings.Repeat("🚀", 40),
		"X:" + strings.Repeat("ab", 36) + "é",
	} {
		var b bytes.Buffer
		foldLine(&b, s)
		_, _ = b.String(), s
		lines := strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n")
		var joined strings.Builder
		for i, l := range lines {
			if len(l) > 75 || !utf8Valid(l) {
				t.Errorf("line %d: %d octets, valid %v", i, len(l), utf8Valid(l))
			}
			if i > 0 {
				l = strings.TrimPrefix(l, " ")
			}
			joined.WriteString(l)
		}
		if joined.String() != s {
			t.Errorf("unfolding does not give back %q", s)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	tl := &timeline.Timeline{Title: "# Not *bold*", Events: []timeline.Event{{
		ID: "x", Date: mustDate(t, "2024-07-31"), Title: "[link](https://evil.example) <b>x</b> _u_",
		Description: "- not a list\n1. not numbered\n> not a quote",
		Mentions: []timeline.Mention{
			{URL: "javascript:alert(1)", Title: "bad"},
			{URL: "https://example.org/a b(c)", Title: "ok]"},
			{URL: "/relative", Title: "relative"},
		},
	}}}
	var out bytes.Buffer
	if err := Markdown(&out, tl); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, bad := range []string{"javascript", "/relative", "<b>", "](javascript", "\n  - not", "\n  1. not", "\n  > not"} {
		if strings.Contains(got, bad) {
			t.Errorf("markdown contains %q:\n%s", bad, got)
		}
	}
	for _, want := range []string{`# \# Not \*bold\*`, `\[link\](https://evil.example) \<b\>x\</b\> \_u\_`, `[ok\]](https://example.org/a%20b%28c%29)`, `\- not a list`, `1\. not numbered`, `\> not a quote`} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
}

// TestGolden compares every format of each input with testdata/golden,
// and checks that writing twice gives the same bytes.
func TestGolden(t *testing.T) {
	formats := map[string]func(*bytes.Buffer, *timeline.Timeline) error{
		"timelinejs.json": func(b *bytes.Buffer, tl *timeline.Timeline) error { return TimelineJS(b, tl) },
		"csv":             func(b *bytes.Buffer, tl *timeline.Timeline) error { return CSV(b, tl) },
		"ics": func(b *bytes.Buffer, tl *timeline.Timeline) error {
			_, err := ICS(b, tl, stamp)
			return err
		},
		"md": func(b *bytes.Buffer, tl *timeline.Timeline) error { return Markdown(b, tl) },
		"import.yaml": func(b *bytes.Buffer, tl *timeline.Timeline) error {
			var j bytes.Buffer
			if err := TimelineJS(&j, tl); err != nil {
				return err
			}
			back, err := Read("export.json", j.Bytes())
			if err != nil {
				return err
			}
			return YAML(b, back, "export.json")
		},
	}
	for name, path := range inputs {
		tl, _ := load(t, path)
		for ext, write := range formats {
			var a, b bytes.Buffer
			if err := write(&a, tl); err != nil {
				t.Fatalf("%s.%s: %v", name, ext, err)
			}
			if err := write(&b, tl); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s.%s: two writes differ", name, ext)
			}
			golden := filepath.Join("testdata", "golden", name+"."+ext)
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, a.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if msg := diff(want, a.Bytes()); msg != "" {
				t.Errorf("%s differs from the output (go test -update rewrites it): %s", golden, msg)
			}
		}
	}
}

// diff says where two texts first differ, by line, or "".
func diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, w, g)
		}
	}
	return "they differ in line ends"
}
