package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/curated"
)

// TestImportOfExport: export the sample in each TimelineJS form, import it,
// and parse the printed YAML: the events of out/timeline.json come back,
// with their dates, titles, descriptions and groups.
func TestImportOfExport(t *testing.T) {
	f, stdout, stderr := project(t)
	want := builtEvents(t, f)
	labels := map[string]string{"operations": "Israeli operations", "iran": "Iranian politics", "media": "Media"}
	for _, format := range []string{"timelinejs", "csv"} {
		file := filepath.Join("out", "sample."+format)
		if code := run(t, f, "export", "--format", format, "-o", file); code != 0 {
			t.Fatalf("export %s: exit %d\n%s", format, code, stderr)
		}
		stdout.Reset()
		stderr.Reset()
		if code := run(t, f, "import", file); code != 0 {
			t.Fatalf("import %s: exit %d\n%s", format, code, stderr)
		}
		got, err := curated.Parse("imported.yaml", stdout.Bytes())
		if err != nil {
			t.Fatalf("%s: the printed YAML does not parse: %v\n%s", format, err, stdout)
		}
		gotLabels := map[string]string{}
		for _, g := range got.Groups {
			gotLabels[g.ID] = g.Label
		}
		if len(got.Events) != len(want) {
			t.Fatalf("%s: %d events back, want %d", format, len(got.Events), len(want))
		}
		for i, w := range want {
			g := got.Events[i]
			if g.Date.String() != w.Date || g.Title != w.Title || g.Description != w.Description || gotLabels[g.Group] != labels[w.Group] {
				t.Errorf("%s: event %d: got %s %q %q %s, want %s %q %q %s", format, i, g.Date, g.Title, g.Description, g.Group, w.Date, w.Title, w.Description, w.Group)
			}
			if format == "timelinejs" && g.ID != w.ID {
				t.Errorf("%s: id %s, want %s", format, g.ID, w.ID)
			}
		}
		if got.Title != "Israel and Iran: intelligence breaches, 1960s–2024" || len(got.Eras) != 2 {
			t.Errorf("%s: title %q, %d eras", format, got.Title, len(got.Eras))
		}
	}
}

func TestImportStdin(t *testing.T) {
	f, stdout, stderr := projectFactory(t.TempDir())
	f.Stdin = strings.NewReader("Year,Month,Day,Headline,Text,Group\n-44,3,15,Caesar,\"<p>Stabbed; &quot;Et tu&quot;</p>\",Rome\n")
	if code := run(t, f, "import", "-"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"from standard input", "- {id: rome, label: Rome}", `date: "-0043-03-15"`, "title: Caesar", `description: Stabbed; "Et tu"`, "group: rome"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

func TestImportFailures(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bad.json", []byte(`{"events":[{"start_date":{"year":0},"text":{"headline":"Zero"}}]}`))
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"import"}, 2, "accepts 1 arg"},
		{[]string{"import", "a", "b"}, 2, "accepts 1 arg"},
		{[]string{"import", "missing.json"}, 1, "missing.json: no such file"},
		{[]string{"import", "bad.json"}, 1, `bad.json: event 1 ("Zero"): start: year 0 does not exist`},
	}
	for _, tt := range tests {
		f, stdout, stderr := projectFactory(dir)
		if code := run(t, f, tt.args...); code != tt.code || !strings.Contains(stderr.String(), tt.msg) || stdout.Len() != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", tt.args, code, stdout, stderr, tt.code, tt.msg)
		}
	}
}
