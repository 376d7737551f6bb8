package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/curated"
)

// TestSyncAddsCandidatesKeepingEveryByte removes two curated events from
// the sample, syncs, and checks that the article's events come back as
// candidates appended to the list, that every byte the user wrote is
// still there in order, and that a second sync changes nothing.
func TestSyncAddsCandidatesKeepingEveryByte(t *testing.T) {
	f, _, stderr := project(t)
	p := filepath.Join(f.Dir, "timeline.yaml")
	src := string(read(t, p))
	start := strings.Index(src, "  - id: haniyeh-assassination")
	end := strings.Index(src, "\noutput:")
	if start < 0 || end < 0 {
		t.Fatal("the sample changed shape")
	}
	// Keep the events up to Fakhrizadeh, then the output section.
	trimmed := src[:start] + "  # the 2024 events are left to sync\n" + src[end+1:]
	os.WriteFile(p, []byte(trimmed), 0o644)

	if code := run(t, f, "sync"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	out := string(read(t, p))
	if !strings.Contains(stderr.String(), "added 2 candidates") {
		t.Errorf("stderr: %s", stderr)
	}
	// Every line the user wrote is still there, in order.
	rest := out
	for _, line := range strings.SplitAfter(trimmed, "\n") {
		i := strings.Index(rest, line)
		if i < 0 {
			t.Fatalf("line %q of the original is gone or out of order:\n%s", line, out)
		}
		rest = rest[i+len(line):]
	}
	file, err := curated.Parse("timeline.yaml", []byte(out))
	if err != nil {
		t.Fatalf("the synced file does not parse: %v\n%s", err, out)
	}
	var cands []string
	for _, e := range file.Events {
		if e.Status == "candidate" {
			cands = append(cands, e.Date.String()+" "+e.Title)
		}
	}
	if len(cands) != 2 || !strings.HasPrefix(cands[0], "2024-07-31 ") || !strings.HasPrefix(cands[1], "2024-08-01 ") {
		t.Errorf("candidates %q, want the Haniyeh assassination and the Jomhouri Eslami editorial", cands)
	}
	if !strings.Contains(out, "quote:") || !strings.Contains(out, "seeds/iran-intelligence-failures.txt") {
		t.Errorf("candidates do not record their source sentence:\n%s", out)
	}

	// Nothing new: no byte changes, and validate is clean.
	stderr.Reset()
	if code := run(t, f, "sync"); code != 0 {
		t.Fatalf("second sync: exit %d\n%s", code, stderr)
	}
	if again := read(t, p); !bytes.Equal(again, []byte(out)) {
		t.Error("a sync with nothing new changed the file")
	}
	if !strings.Contains(stderr.String(), "up to date") {
		t.Errorf("stderr: %s", stderr)
	}
	// The candidates build, drawn as candidates.
	if code := run(t, f, "build"); code != 0 {
		t.Fatalf("build after sync: exit %d\n%s", code, stderr)
	}
	if !bytes.Contains(read(t, filepath.Join(f.Dir, "out", "timeline.json")), []byte(`"status": "candidate"`)) {
		t.Error("out/timeline.json has no candidate")
	}
}

func TestValidateWarnsAboutStaleEntries(t *testing.T) {
	f, stdout, stderr := project(t)
	p := filepath.Join(f.Dir, "timeline.yaml")
	// A hide whose event no source mentions, at the end of the events list.
	src := string(read(t, p))
	idx := strings.Index(src, "\noutput:")
	src = src[:idx+1] + "  - id: 2024-08-12-billboard-nobody-wrote\n    hide: true\n\n" + src[idx+1:]
	os.WriteFile(p, []byte(src), 0o644)
	if code := run(t, f, "validate"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "2024-08-12-billboard-nobody-wrote") || !strings.Contains(stdout.String(), "1 warning") {
		t.Errorf("no warning about the stale hide:\nstdout: %s\nstderr: %s", stdout, stderr)
	}
}
