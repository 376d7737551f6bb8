package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
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
		if _, ok := e["date"].(string); !ok {
			if _, isDay := e["date"].(interface{ Year() int }); !isDay {
				t.Errorf("date %v (%T) does not read back as a date string", e["date"], e["date"])
			}
		}
	}
	if !strings.Contains(out.String(), `date: "2009"`) || !strings.Contains(out.String(), "# seeds/iran.txt:") {
		t.Errorf("want a quoted year and file:line comments:\n%s", out)
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
