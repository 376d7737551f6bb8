package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline/curated"
	"github.com/timeline-tool/timeline/timeline/source"
)

func sampleFactory(t *testing.T) *Factory {
	t.Helper()
	f, _, _ := testFactory(t, "")
	data, err := os.ReadFile("../../seeds/iran-intelligence-failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(f.Dir, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, f.Dir, "seeds/iran.txt", data)
	return f
}

type extractJSON struct {
	Events []struct {
		ID, Date, Start, End, Precision, Title, Description, Type, Origin string
		Tags                                                              []string
		Entities                                                          map[string][]string
		Confidence                                                        float64
		Mentions                                                          []struct {
			Source     string
			Start, End *int
			Text       string
			Quote      string
		}
	}
}

func TestExtractJSON(t *testing.T) {
	f := sampleFactory(t)
	out, errb := f.Stdout.(*bytes.Buffer), f.Stderr.(*bytes.Buffer)
	if code := Main([]string{"extract", "--dct", "2024-08-12", "--format", "json", "seeds/iran.txt"}, f); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var got extractJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	file, _ := os.ReadFile(filepath.Join(f.Dir, "seeds/iran.txt"))
	dates := map[string]string{}
	for _, e := range got.Events {
		dates[e.Date] = e.Title
		if e.Origin != "extracted" || e.ID == "" || e.Start == "" || e.End == "" || e.Tags == nil {
			t.Errorf("event %q: origin %q, id %q, start %q, end %q, tags %v", e.Title, e.Origin, e.ID, e.Start, e.End, e.Tags)
		}
		for _, k := range []string{"people", "organizations", "places"} {
			if e.Entities[k] == nil {
				t.Errorf("event %q: entities.%s is null, want a list", e.Title, k)
			}
		}
		for _, m := range e.Mentions {
			if m.Source != "seeds/iran.txt" {
				t.Errorf("mention source %q, want the path as given", m.Source)
			}
			if m.Start == nil || m.End == nil || string(file[*m.Start:*m.End]) != m.Text {
				t.Errorf("mention %q: offsets do not give its text", m.Text)
			}
		}
	}
	for date, word := range map[string]string{"196X": "Eli Cohen", "2009": "Purge", "2020": "Natanz",
		"2020/2024-08-12": "Fakhrizadeh", "2024-07-31": "Haniyeh", "2024-08-01": "Jomhouri Eslami"} {
		if !strings.Contains(dates[date], word) {
			t.Errorf("date %s: title %q, want one about %s", date, dates[date], word)
		}
	}
	for _, e := range got.Events {
		if e.Date == "2020/2024-08-12" && (e.Precision != "inferred" || e.Start != "2020-01-01" || e.End != "2024-08-12") {
			t.Errorf("inferred event: precision %s, %s..%s", e.Precision, e.Start, e.End)
		}
	}
}

func TestExtractYAML(t *testing.T) {
	f := sampleFactory(t)
	out, errb := f.Stdout.(*bytes.Buffer), f.Stderr.(*bytes.Buffer)
	if code := Main([]string{"extract", "--dct", "2024-08-12", "--format", "yaml", "seeds"}, f); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var entries []map[string]any
	if err := yaml.Unmarshal(out.Bytes(), &entries); err != nil {
		t.Fatalf("not YAML: %v\n%s", err, out)
	}
	if len(entries) < 6 {
		t.Fatalf("%d entries, want the six events at least:\n%s", len(entries), out)
	}
	for _, e := range entries {
		if e["status"] != "candidate" || e["id"] == nil || e["title"] == nil || e["sources"] == nil {
			t.Errorf("entry lacks id, title, sources or status candidate: %v", e)
		}
		for _, src := range e["sources"].([]any) {
			// validate compares a synced candidate's sentence with its file.
			if c := src.(map[string]any); c["quote"] != nil && c["path"] != "seeds/iran.txt" {
				t.Errorf("source %v has no path seeds/iran.txt", c)
			}
		}
		if _, ok := e["date"].(string); !ok {
			if _, isDay := e["date"].(interface{ Year() int }); !isDay {
				t.Errorf("date %v (%T) does not read back as a date string", e["date"], e["date"])
			}
		}
	}
	if !strings.Contains(out.String(), `date: "2009"`) || !strings.Contains(out.String(), "# seeds/iran.txt:") {
		t.Errorf("want a quoted year and file:line comments:\n%s", out)
	}
	checkYAMLMatchesJSON(t, []string{"--dct", "2024-08-12", "seeds"}, sampleFactory)
}

// Text YAML misreads bare (a colon, a hash, quotes, a leading dash) in the
// sentence a quote is taken from: the printed entries, pasted under
// "events:", read back as the events --format json gives.
func TestExtractYAMLHostileText(t *testing.T) {
	text := "- The \"Kariba\" dam: it collapsed # suddenly on April 4, 2021, flooding Harare.\n" +
		"@officials said on 12 May 2022: no; yes & *nothing* would change {for now} [really].\n"
	checkYAMLMatchesJSON(t, []string{"-"}, func(t *testing.T) *Factory {
		f, _, _ := testFactory(t, text)
		return f
	})
}

// checkYAMLMatchesJSON runs extract with args in --format yaml and json,
// parses the YAML under "events:" with curated.Parse, and checks that each
// entry is the JSON event: id, date, title, description, type, quotes, and
// status candidate.
func checkYAMLMatchesJSON(t *testing.T, args []string, factory func(*testing.T) *Factory) {
	t.Helper()
	outputs := map[string][]byte{}
	for _, format := range []string{"yaml", "json"} {
		f := factory(t)
		if code := Main(append([]string{"extract", "--format", format}, args...), f); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, f.Stderr)
		}
		outputs[format] = f.Stdout.(*bytes.Buffer).Bytes()
	}
	var want extractJSON
	if err := json.Unmarshal(outputs["json"], &want); err != nil {
		t.Fatal(err)
	}
	doc := append([]byte("events:\n"), outputs["yaml"]...)
	got, err := curated.Parse("timeline.yaml", doc)
	if err != nil {
		t.Fatalf("the printed entries do not parse as timeline.yaml events: %v\n%s", err, doc)
	}
	if len(got.Events) != len(want.Events) || len(want.Events) == 0 {
		t.Fatalf("%d entries for %d events:\n%s", len(got.Events), len(want.Events), doc)
	}
	for i, w := range want.Events {
		g := got.Events[i]
		if g.ID != w.ID || g.Date.String() != w.Date || g.Title != w.Title || g.Description != w.Description || g.Type != w.Type || g.Status != "candidate" {
			t.Errorf("entry %d reads back as %s %s %q %q %q %q, want %s %s %q %q %q candidate", i, g.ID, g.Date, g.Title, g.Description, g.Type, g.Status, w.ID, w.Date, w.Title, w.Description, w.Type)
		}
		var quotes []string
		for _, m := range w.Mentions {
			quotes = append(quotes, m.Quote)
		}
		var gotQuotes []string
		for _, c := range g.Sources {
			gotQuotes = append(gotQuotes, c.Quote)
		}
		if !slices.Equal(gotQuotes, quotes) {
			t.Errorf("entry %d: quotes %q, want %q", i, gotQuotes, quotes)
		}
	}
}

func TestExtractTableAndStdin(t *testing.T) {
	f, out, errb := testFactory(t, "The Kariba dam collapsed on April 4, 2021, flooding Harare.\n")
	if code := Main([]string{"extract", "-"}, f); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "DATE") || !strings.Contains(lines[1], "2021-04-04") || !strings.Contains(lines[1], "-:1") {
		t.Errorf("table:\n%s", out)
	}
}

func TestExtractErrors(t *testing.T) {
	f, _, errb := testFactory(t, "")
	if code := Main([]string{"extract", "missing.txt"}, f); code != 1 || !strings.Contains(errb.String(), "missing.txt") {
		t.Errorf("missing file: exit %d, %q", code, errb)
	}
	f, _, errb = testFactory(t, "")
	if code := Main([]string{"extract", "--format", "xml", "a.txt"}, f); code != 2 {
		t.Errorf("bad format: exit %d, %q", code, errb)
	}
	f, _, errb = testFactory(t, "")
	if code := Main([]string{"extract", "--dct", "12/08/2024", "a.txt"}, f); code != 2 {
		t.Errorf("bad --dct: exit %d, %q", code, errb)
	}
	f, _, errb = testFactory(t, "")
	if code := Main([]string{"extract"}, f); code != 2 {
		t.Errorf("no path: exit %d, %q", code, errb)
	}
	// a bad file among good ones is skipped with a warning naming it
	f, out, errb := testFactory(t, "")
	writeFile(t, f.Dir, "good.txt", []byte("Rebels stormed the palace in Lima on May 5, 1990.\n"))
	writeFile(t, f.Dir, "bad.txt", []byte("\x00\x01\x02binary"))
	if code := Main([]string{"extract", "good.txt", "bad.txt"}, f); code != 0 || !strings.Contains(errb.String(), "bad.txt") || !strings.Contains(out.String(), "1990-05-05") {
		t.Errorf("bad file: exit %d, stderr %q, stdout %q", code, errb, out)
	}
}

// TestExtractParallelDeterministic: many files give the same output in any
// run, whatever the order the workers finish in.
func TestExtractParallelDeterministic(t *testing.T) {
	f, _, _ := testFactory(t, "")
	data, _ := os.ReadFile("../../seeds/iran-intelligence-failures.txt")
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		writeFile(t, f.Dir, n+".txt", data)
	}
	var first string
	for range 3 {
		var out bytes.Buffer
		f.Stdout = &out
		if code := Main([]string{"extract", "--format", "json", "--dct", "2024-08-12", "."}, f); code != 0 {
			t.Fatalf("exit %d", code)
		}
		if first == "" {
			first = out.String()
		} else if out.String() != first {
			t.Fatal("output changed between runs")
		}
	}
	var got extractJSON
	json.Unmarshal([]byte(first), &got)
	for _, e := range got.Events {
		if e.Date == "2024-07-31" && len(e.Mentions) < 6 {
			t.Errorf("the Haniyeh event of six copies has %d mentions, want them merged", len(e.Mentions))
		}
	}
}

// BenchmarkExtractFolder runs extraction end to end as `timeline extract`
// does (read, split, tag, events, combine across documents, ids) over a
// folder of 1,000 documents of 1 to 5 KB, made from the held-out articles
// of timeline/events/testdata/eval, each with its number, so that no two
// are alike. Target: 5 MB/s on 2 cores.
func BenchmarkExtractFolder(b *testing.B) {
	names, err := filepath.Glob("../../timeline/events/testdata/eval/*.txt")
	if err != nil || len(names) < 5 {
		b.Fatalf("eval articles: %v", err)
	}
	var arts [][]byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, data)
	}
	dir := b.TempDir()
	var total int64
	for i := range 1000 {
		var doc bytes.Buffer
		fmt.Fprintf(&doc, "Report %d\n\n", i+1)
		for k := range i%3 + 1 {
			doc.Write(arts[(i*7+k*3)%len(arts)])
			doc.WriteString("\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc%04d.txt", i)), doc.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(doc.Len())
	}
	files, err := source.Expand([]string{dir})
	if err != nil || len(files) != 1000 {
		b.Fatalf("%d files, %v", len(files), err)
	}
	jobs := make([]sourceJob, len(files))
	for i, p := range files {
		jobs[i] = sourceJob{path: p, shown: filepath.Base(p)}
	}
	f := &Factory{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		evs, _, failed := extractJobs(f, jobs)
		if failed != 0 || len(evs) == 0 {
			b.Fatalf("%d failed, %d events", failed, len(evs))
		}
	}
}

// scannedPDF is a one-page PDF whose page draws an image and holds no text,
// as a scanner makes it.
func scannedPDF() []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>")
	content := "q 612 0 0 792 0 0 cm /Im1 Do Q"
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	obj("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// TestExtractBadInput: each bad source is skipped with a warning that names
// it and says what is wrong, the good source beside it still gives its
// event, and nothing panics. The 200 MB file is made only without -short;
// with -short the size limit is lowered to test the same path.
func TestExtractBadInput(t *testing.T) {
	big := int64(200 << 20)
	if testing.Short() {
		defer func(m int64) { maxExtractBytes = m }(maxExtractBytes)
		maxExtractBytes = 1 << 20
		big = 2 << 20
	}
	line := []byte("Rebels stormed the palace in Lima on May 5, 1990, and the army retook it two days later.\n")
	cases := []struct {
		name  string
		data  []byte // nil: no file (a missing path)
		large int64  // a file of this many bytes of text instead
		want  []string
	}{
		{"binary.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00binary"), 0, []string{"binary.txt", "not text"}},
		{"empty.txt", []byte{}, 0, []string{"empty.txt", "empty"}},
		{"blank.md", []byte("\n\n   \n"), 0, []string{"blank.md", "empty"}},
		{"missing.txt", nil, 0, []string{"missing.txt", "no such file"}},
		{"nav.html", []byte("<!doctype html><html><head><title>Menu</title></head><body><nav><a href=/>Home</a></nav></body></html>"), 0, []string{"nav.html", "no"}},
		{"scan.pdf", scannedPDF(), 0, []string{"scan.pdf", "no text"}},
		{"huge.txt", nil, big, []string{"huge.txt", "MB", "split"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, out, errb := testFactory(t, "")
			writeFile(t, f.Dir, "good.txt", line)
			switch {
			case c.large > 0:
				// text at the start, then a hole the file system makes
				// without writing it: the size is refused before reading
				p := filepath.Join(f.Dir, c.name)
				writeFile(t, f.Dir, c.name, bytes.Repeat(line, 100))
				if err := os.Truncate(p, c.large); err != nil {
					t.Fatal(err)
				}
			case c.data != nil:
				writeFile(t, f.Dir, c.name, c.data)
			}
			code := Main([]string{"extract", "good.txt", c.name}, f)
			msg := errb.String()
			t.Logf("exit %d: %s", code, strings.TrimSpace(msg))
			if code != 0 && c.data != nil || !strings.Contains(out.String(), "1990-05-05") && code == 0 {
				t.Errorf("exit %d, stdout %q, stderr %q; want the good file's events", code, out, msg)
			}
			for _, w := range c.want {
				if !strings.Contains(strings.ToLower(msg), strings.ToLower(w)) {
					t.Errorf("stderr %q does not say %q", msg, w)
				}
			}
			if strings.Contains(msg, "panic") || strings.Contains(msg, "internal error") {
				t.Errorf("stderr %q", msg)
			}
		})
	}
}

// TestExtractInvalidUTF8: bytes that are not UTF-8 are read as
// Windows-1252, with a warning, and the events keep their offsets.
func TestExtractInvalidUTF8(t *testing.T) {
	f, out, errb := testFactory(t, "")
	writeFile(t, f.Dir, "latin1.txt", []byte("The caf\xe9 in Bogot\xe1 was bombed on March 3, 1998.\n"))
	if code := Main([]string{"extract", "--format", "json", "latin1.txt"}, f); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var got extractJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got.Events) != 1 || got.Events[0].Date != "1998-03-03" {
		t.Fatalf("events %+v (%v), want the bombing of 1998-03-03", got.Events, err)
	}
	if !strings.Contains(errb.String(), "latin1.txt") {
		t.Errorf("no warning naming the file: %q", errb)
	}
}

// TestBuildSkipsBadSources: build reads sources as extract does; bad files
// among them are skipped with a warning naming each, and the page is built.
func TestBuildSkipsBadSources(t *testing.T) {
	f, _, errb := project(t)
	conf := filepath.Join(f.Dir, "timeline.yaml")
	data, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	const first = "  - path: seeds/iran-intelligence-failures.txt"
	if !bytes.Contains(data, []byte(first)) {
		t.Fatalf("the sample timeline.yaml no longer lists %q", first)
	}
	writeFile(t, f.Dir, "timeline.yaml", bytes.Replace(data, []byte(first), []byte("  - path: bad/*\n"+first), 1))
	if err := os.Mkdir(filepath.Join(f.Dir, "bad"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, f.Dir, "bad/binary.txt", []byte("\x00\x01\x02\x03binary"))
	writeFile(t, f.Dir, "bad/empty.txt", nil)
	writeFile(t, f.Dir, "bad/scan.pdf", scannedPDF())
	if code := Main([]string{"build"}, f); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	for _, name := range []string{"bad/binary.txt", "bad/empty.txt", "bad/scan.pdf"} {
		if !strings.Contains(errb.String(), name) {
			t.Errorf("stderr does not name %s: %q", name, errb)
		}
	}
	if _, err := os.Stat(filepath.Join(f.Dir, "out", "timeline.html")); err != nil {
		t.Errorf("no page: %v", err)
	}
}
