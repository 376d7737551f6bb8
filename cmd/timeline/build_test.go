package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// project copies the shipped sample (timeline.yaml and seeds/) into a
// fresh folder and returns a factory rooted there.
func project(t *testing.T) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "timeline.yaml"), filepath.Join(dir, "timeline.yaml"))
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*"))
	for _, s := range seeds {
		copyFile(t, s, filepath.Join(dir, "seeds", filepath.Base(s)))
	}
	return projectFactory(dir)
}

func projectFactory(dir string) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	return &Factory{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Now:    func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) },
		Getenv: func(string) string { return "" },
		Dir:    dir,
		Fetch: func(context.Context, string) ([]byte, error) {
			return nil, errors.New("offline in tests")
		},
	}, &stdout, &stderr
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o755)
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, f *Factory, args ...string) int {
	t.Helper()
	return Main(args, f)
}

func TestBuildSample(t *testing.T) {
	f, _, stderr := project(t)
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	page := read(t, filepath.Join(f.Dir, "out", "timeline.html"))
	data := read(t, filepath.Join(f.Dir, "out", "timeline.json"))

	var doc struct {
		Title  string
		Events []struct {
			ID, Date, Start, End, Precision, Title, Origin string
			Mentions                                       []struct {
				Source, Text, Quote string
				Start, End          *int
			}
		}
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("out/timeline.json: %v", err)
	}
	var dates []string
	for _, e := range doc.Events {
		dates = append(dates, e.Date)
		// Every curated event absorbed what the sample article says of it:
		// a mention whose offsets point at its text in the file.
		if e.Origin != "merged" {
			t.Errorf("%s: origin %q, want merged (curated + extracted)", e.ID, e.Origin)
		}
		fromText := 0
		for _, m := range e.Mentions {
			if m.Start == nil {
				continue
			}
			fromText++
			src := read(t, filepath.Join(f.Dir, m.Source))
			if *m.Start < 0 || *m.End > len(src) || string(src[*m.Start:*m.End]) != m.Text {
				t.Errorf("%s: mention %q at %d..%d does not match %s", e.ID, m.Text, *m.Start, *m.End, m.Source)
			}
			if !strings.Contains(string(src), m.Quote) {
				t.Errorf("%s: quote %q is not in %s", e.ID, m.Quote, m.Source)
			}
		}
		if fromText == 0 {
			t.Errorf("%s: no mention from the sample article", e.ID)
		}
		if !bytes.Contains(page, []byte(`id="event-`+e.ID+`"`)) {
			t.Errorf("page lists no anchor for %s", e.ID)
		}
	}
	fakhrizadeh := 0
	for _, e := range doc.Events {
		if strings.Contains(e.Title, "Fakhrizadeh") {
			fakhrizadeh++
			if e.Date != "2020-11-27" || e.Origin != "merged" {
				t.Errorf("the Fakhrizadeh event is %s, origin %s; want the YAML's 2020-11-27, merged", e.Date, e.Origin)
			}
		}
	}
	if fakhrizadeh != 1 {
		t.Errorf("%d Fakhrizadeh events, want exactly one", fakhrizadeh)
	}
	want := []string{"196X", "2009", "2020", "2020-11-27", "2024-07-31", "2024-08-01"}
	if strings.Join(dates, " ") != strings.Join(want, " ") {
		t.Errorf("event dates %v, want %v in this order", dates, want)
	}
	if doc.Events[0].Start != "1960-01-01" || doc.Events[0].End != "1969-12-31" || doc.Events[0].Precision != "decade" {
		t.Errorf("1960s event: %+v", doc.Events[0])
	}

	// Same inputs, same bytes.
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("second build: exit %d; stderr:\n%s", code, stderr)
	}
	if !bytes.Equal(page, read(t, filepath.Join(f.Dir, "out", "timeline.html"))) {
		t.Error("a second build changed out/timeline.html")
	}
	if !bytes.Equal(data, read(t, filepath.Join(f.Dir, "out", "timeline.json"))) {
		t.Error("a second build changed out/timeline.json")
	}
	leftovers, _ := filepath.Glob(filepath.Join(f.Dir, "out", ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestBuildWithoutExtraction(t *testing.T) {
	f, _, stderr := project(t)
	p := filepath.Join(f.Dir, "timeline.yaml")
	src := string(read(t, p))
	src = strings.Replace(src, "\ngroups:", "\nextract: {enabled: false}\ngroups:", 1)
	os.WriteFile(p, []byte(src), 0o644)
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var doc struct{ Events []struct{ ID, Origin string } }
	if err := json.Unmarshal(read(t, filepath.Join(f.Dir, "out", "timeline.json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 6 {
		t.Fatalf("%d events, want the 6 curated", len(doc.Events))
	}
	for _, e := range doc.Events {
		if e.Origin != "curated" {
			t.Errorf("%s: origin %q, want curated with extraction off", e.ID, e.Origin)
		}
	}
}

func TestBuildShowsUncuratedEvents(t *testing.T) {
	f, _, stderr := project(t)
	p := filepath.Join(f.Dir, "timeline.yaml")
	// Without its events list, the file still builds: every extracted
	// event is drawn as it came, origin extracted, for the user to curate.
	src := string(read(t, p))
	src = src[:strings.Index(src, "\nevents:")] + "\n"
	os.WriteFile(p, []byte(src), 0o644)
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var doc struct {
		Events []struct{ Date, Origin, Precision string }
	}
	if err := json.Unmarshal(read(t, filepath.Join(f.Dir, "out", "timeline.json")), &doc); err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, e := range doc.Events {
		if e.Origin != "extracted" {
			t.Errorf("origin %q, want extracted", e.Origin)
		}
		dates = append(dates, e.Date)
	}
	for _, want := range []string{"196X", "2020", "2020/2024-08-12", "2024-07-31", "2024-08-01"} {
		if !slices.Contains(dates, want) {
			t.Errorf("no extracted event dated %s among %v", want, dates)
		}
	}
}

func TestBrokenYAMLLeavesOutputUntouched(t *testing.T) {
	good := read(t, filepath.Join("..", "..", "timeline.yaml"))
	cases := []struct {
		name   string
		mutate func(string) string
		want   *regexp.Regexp
	}{
		{"bad indentation", func(s string) string {
			return strings.Replace(s, "    title: Purge of Iran's Ministry of Intelligence", "      title: Purge of Iran's Ministry of Intelligence", 1)
		}, regexp.MustCompile(`timeline\.yaml:\d+:\d+: `)},
		{"unknown key", func(s string) string {
			return strings.Replace(s, "    date: 2024-07-31", "    dat: 2024-07-31", 1)
		}, regexp.MustCompile(`(?s)timeline\.yaml:\d+:5: unknown key "dat".*did you mean "date"`)},
		{"impossible date", func(s string) string {
			return strings.Replace(s, "    date: 2024-07-31", "    date: 2024-13-45", 1)
		}, regexp.MustCompile(`timeline\.yaml:\d+:11: .*2024-13-45`)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, _, stderr := project(t)
			if code := run(t, f, "build"); code != 0 {
				t.Fatalf("first build: exit %d\n%s", code, stderr)
			}
			htmlPath := filepath.Join(f.Dir, "out", "timeline.html")
			jsonPath := filepath.Join(f.Dir, "out", "timeline.json")
			before, beforeJSON := read(t, htmlPath), read(t, jsonPath)
			broken := tc.mutate(string(good))
			if broken == string(good) {
				t.Fatal("the mutation did not apply; the sample changed?")
			}
			os.WriteFile(filepath.Join(f.Dir, "timeline.yaml"), []byte(broken), 0o644)
			stderr.Reset()
			if code := run(t, f, "build"); code != 1 {
				t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
			}
			if !tc.want.MatchString(stderr.String()) {
				t.Errorf("stderr does not match %v:\n%s", tc.want, stderr)
			}
			if !bytes.Equal(before, read(t, htmlPath)) || !bytes.Equal(beforeJSON, read(t, jsonPath)) {
				t.Error("a failed build changed the previous output")
			}
			// validate reports the same problem.
			stderr.Reset()
			if code := run(t, f, "validate"); code != 1 || !tc.want.MatchString(stderr.String()) {
				t.Errorf("validate: exit %d, stderr:\n%s", code, stderr)
			}
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	f, stdout, stderr := project(t)
	if code := run(t, f, "validate"); code != 0 {
		t.Fatalf("sample: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout.String(), "6 events") {
		t.Errorf("stdout: %s", stdout)
	}
	good := string(read(t, filepath.Join(f.Dir, "timeline.yaml")))
	bad := strings.Replace(good, "    date: 2024-07-31", "    dat: 2024-07-31", 1)
	bad = strings.Replace(bad, "    group: media", "    group: press", 1)
	bad = strings.Replace(bad, "https://en.wikipedia.org/wiki/Natanz_Nuclear_Facility", "javascript:alert(1)", 1)
	os.WriteFile(filepath.Join(f.Dir, "timeline.yaml"), []byte(bad), 0o644)
	stderr.Reset()
	if code := run(t, f, "validate"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{`unknown key "dat"`, `"press"`, "javascript:alert(1)", "3 problems"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"build", "--assets", "local"},
		{"build", "extra-argument"},
		{"build", "--no-such-flag"},
		{"frobnicate"},
	} {
		f, _, stderr := projectFactory(t.TempDir())
		if code := run(t, f, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2; stderr:\n%s", args, code, stderr)
		}
	}
}

func TestNoTimelineYAML(t *testing.T) {
	f, _, stderr := projectFactory(t.TempDir())
	if code := run(t, f, "build"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "timeline init") {
		t.Errorf("stderr does not suggest timeline init:\n%s", stderr)
	}
}

func TestInlineAssets(t *testing.T) {
	f, _, stderr := project(t)
	fake := filepath.Join(f.Dir, "my-echarts.js")
	os.WriteFile(fake, []byte(`/* echarts stand-in version="6.1.0" */ window.echarts={};`), 0o644)
	if code := run(t, f, "build", "--assets", "inline", "--echarts", fake); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	page := read(t, filepath.Join(f.Dir, "out", "timeline.html"))
	if !bytes.Contains(page, []byte("echarts stand-in")) {
		t.Error("the --echarts file was not inlined")
	}
	if !strings.Contains(stderr.String(), "not the pinned") {
		t.Errorf("no warning about an unpinned build:\n%s", stderr)
	}

	// Nothing to inline and offline: a clear error, exit 1, old page kept.
	stderr.Reset()
	if code := run(t, f, "build", "--assets", "inline"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "npm install echarts@") {
		t.Errorf("stderr does not say what to do:\n%s", stderr)
	}
	if !bytes.Equal(page, read(t, filepath.Join(f.Dir, "out", "timeline.html"))) {
		t.Error("a failed inline build changed the page")
	}
}

func read(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuildOnly(t *testing.T) {
	f, _, stderr := project(t)
	if code := run(t, f, "build", "--only", "operations", "--only", "2024"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var doc struct{ Events []struct{ ID string } }
	if err := json.Unmarshal(read(t, filepath.Join(f.Dir, "out", "timeline.json")), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range doc.Events {
		ids = append(ids, e.ID)
	}
	want := "eli-cohen-syria natanz-sabotage fakhrizadeh-assassination haniyeh-assassination jomhouri-eslami-editorial"
	if strings.Join(ids, " ") != want {
		t.Errorf("--only operations --only 2024 kept %v, want %s", ids, want)
	}
	stderr.Reset()
	if code := run(t, f, "build", "--only", "nonsense"); code != 2 || !strings.Contains(stderr.String(), "operations") {
		t.Errorf("--only nonsense: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestBuildFragment(t *testing.T) {
	f, _, stderr := project(t)
	if code := run(t, f, "build", "--fragment", "out/fragment.html"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	frag := string(read(t, filepath.Join(f.Dir, "out", "fragment.html")))
	if !strings.HasPrefix(strings.TrimSpace(frag), `<div class="tl-embed`) || strings.Contains(frag, "<html") || strings.Contains(frag, "<body") {
		t.Errorf("not a fragment:\n%.300s", frag)
	}
	if !strings.Contains(frag, `id="event-haniyeh-assassination"`) {
		t.Error("the fragment lacks the event list")
	}
}
