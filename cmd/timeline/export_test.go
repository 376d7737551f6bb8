package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// builtEvents builds and reads out/timeline.json after a build of the project in f.
func builtEvents(t *testing.T, f *Factory) []struct{ ID, Date, Title, Description, Group string } {
	t.Helper()
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("build: exit %d", code)
	}
	var doc struct {
		Events []struct{ ID, Date, Title, Description, Group string }
	}
	if err := json.Unmarshal(read(t, filepath.Join(f.Dir, "out", "timeline.json")), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Events
}

func TestExportIsTheBuiltTimeline(t *testing.T) {
	f, stdout, stderr := project(t)
	want := builtEvents(t, f)
	stdout.Reset()
	stderr.Reset()
	if code := run(t, f, "export", "--format", "timelinejs"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var doc struct {
		Events []struct {
			UniqueID string `json:"unique_id"`
			Display  string `json:"display_date"`
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	var got, wantIDs []string
	for _, e := range doc.Events {
		got = append(got, e.UniqueID)
	}
	for _, e := range want {
		wantIDs = append(wantIDs, e.ID)
	}
	if strings.Join(got, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("export has %v, out/timeline.json %v", got, wantIDs)
	}
	if len(doc.Events) == 0 || doc.Events[0].Display != "1960s" {
		t.Errorf("first slide: %+v", doc.Events)
	}
}

func TestExportFormatsToFile(t *testing.T) {
	f, stdout, stderr := project(t)
	checks := map[string]func(string) bool{
		"timelinejs": func(s string) bool {
			return strings.HasPrefix(s, "{") && strings.Contains(s, `"unique_id": "haniyeh-assassination"`)
		},
		"csv": func(s string) bool {
			return strings.HasPrefix(s, "Year,Month,Day,Time,") && strings.Contains(s, "\r\n2024,7,31,")
		},
		"ics": func(s string) bool {
			return strings.HasPrefix(s, "BEGIN:VCALENDAR\r\n") && strings.Contains(s, "DTSTAMP:20261125T120000Z\r\n")
		},
		"markdown": func(s string) bool {
			return strings.Contains(s, "- 31 July 2024 — **Ismail Haniyeh assassinated in Tehran**")
		},
	}
	for format, ok := range checks {
		stdout.Reset()
		stderr.Reset()
		out := filepath.Join("out", "export."+format)
		if code := run(t, f, "export", "--format", format, "-o", out); code != 0 {
			t.Fatalf("%s: exit %d\n%s", format, code, stderr)
		}
		if stdout.Len() != 0 {
			t.Errorf("%s: -o also wrote to stdout", format)
		}
		if !strings.Contains(stderr.String(), "wrote "+out) {
			t.Errorf("%s: stderr %q", format, stderr)
		}
		body := string(read(t, filepath.Join(f.Dir, out)))
		if !ok(body) {
			t.Errorf("%s: unexpected output:\n%.400s", format, body)
		}
		// The same bytes on standard output.
		stdout.Reset()
		if code := run(t, f, "export", "--format", strings.ToUpper(format)); code != 0 || stdout.String() != body {
			t.Errorf("%s: stdout differs from the file (exit %d)", format, code)
		}
	}
}

func TestExportICSNamesWhatItLeavesOut(t *testing.T) {
	f, stdout, stderr := project(t)
	if code := run(t, f, "export", "--format", "ics"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "eli-cohen-syria (196X)") {
		t.Errorf("stderr does not name the decade left out: %q", stderr)
	}
	if n := strings.Count(stdout.String(), "BEGIN:VEVENT"); n != 5 {
		t.Errorf("%d VEVENTs, want the 5 dated to a year or finer", n)
	}
}

func TestExportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"export"},
		{"export", "--format", "pdf"},
		{"export", "--format", "csv", "extra"},
		{"export", "--formatt", "csv"},
	} {
		f, _, stderr := project(t)
		if code := run(t, f, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", args, code, stderr)
		}
		if args[len(args)-1] == "pdf" && !strings.Contains(stderr.String(), "timelinejs, csv, ics, markdown") {
			t.Errorf("%v: stderr does not list the formats: %s", args, stderr)
		}
	}
}

func TestExportFailures(t *testing.T) {
	f, _, stderr := projectFactory(t.TempDir())
	if code := run(t, f, "export", "--format", "csv"); code != 1 || !strings.Contains(stderr.String(), "timeline init") {
		t.Errorf("no timeline.yaml: exit %d, %q", code, stderr)
	}
	f, stdout, stderr := project(t)
	writeFile(t, f.Dir, "timeline.yaml", []byte("title: x\nevents:\n  - id: a\n    date: 2024-13-45\n    title: A\n"))
	if code := run(t, f, "export", "--format", "csv"); code != 1 || !strings.Contains(stderr.String(), "timeline.yaml:4:11") || stdout.Len() != 0 {
		t.Errorf("bad YAML: exit %d, stdout %d bytes, stderr %q", code, stdout.Len(), stderr)
	}
}
