package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitThenBuild(t *testing.T) {
	f, _, stderr := projectFactory(t.TempDir())
	if code := run(t, f, "init", "research"); code != 0 {
		t.Fatalf("init: exit %d\n%s", code, stderr)
	}
	f.Dir = filepath.Join(f.Dir, "research")
	for _, args := range [][]string{{"validate"}, {"build"}} {
		stderr.Reset()
		if code := run(t, f, args...); code != 0 {
			t.Fatalf("%v after init: exit %d\n%s", args, code, stderr)
		}
	}
	if strings.Contains(stderr.String(), "warning") {
		t.Errorf("the starter project builds with warnings:\n%s", stderr)
	}
	var doc struct {
		Events []struct{ ID, Date, Origin string }
	}
	if err := json.Unmarshal(read(t, filepath.Join(f.Dir, "out", "timeline.json")), &doc); err != nil {
		t.Fatal(err)
	}
	var landing bool
	for _, e := range doc.Events {
		if e.ID == "apollo-11-landing" {
			landing = e.Date == "1969-07-20" && e.Origin == "merged"
		}
	}
	if !landing || len(doc.Events) < 3 {
		t.Errorf("starter timeline: %+v; want the curated landing merged with the example's mention, and extracted events beside it", doc.Events)
	}
}

func TestInitNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "timeline.yaml"), []byte("title: mine\n"), 0o644)
	f, _, stderr := projectFactory(dir)
	if code := run(t, f, "init"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "timeline.yaml")); string(b) != "title: mine\n" {
		t.Error("init overwrote timeline.yaml")
	}
	if _, err := os.Stat(filepath.Join(dir, "seeds")); err == nil {
		t.Error("init wrote part of a project before refusing")
	}
	if !strings.Contains(stderr.String(), "already exists") {
		t.Errorf("stderr: %s", stderr)
	}
}
