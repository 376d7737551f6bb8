package anchor_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

var update = flag.Bool("update", false, "rewrite golden files")

// listing renders the expressions of src one per line, the form a person
// reviews: offsets, rule, type, value, mod, anchor and text.
func listing(src []byte, ref anchor.Reference) string {
	var b strings.Builder
	for _, r := range anchor.Resolve(tagger.Tag(src), ref) {
		mod := r.Mod
		if mod == "" {
			mod = "-"
		}
		fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s\t%s\t%s\t%q\n", r.Start, r.End, r.Rule, r.Type, r.Value, mod, r.Anchor, r.Text)
	}
	return b.String()
}

// TestGolden compares the listing of each testdata/*.txt (DCT 2025-02-17)
// with its .golden file; -update rewrites them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	ref := anchor.Reference{DCT: anchor.Date{Year: 2025, Month: 2, Day: 17}}
	for _, in := range files {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		got := listing(src, ref)
		if again := listing(src, ref); again != got {
			t.Errorf("%s: a second run gives a different listing", in)
		}
		golden := strings.TrimSuffix(in, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got != string(want) {
			gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := 0; i < len(gl) || i < len(wl); i++ {
				var g, w string
				if i < len(gl) {
					g = gl[i]
				}
				if i < len(wl) {
					w = wl[i]
				}
				if g != w {
					t.Errorf("%s:%d: differs\n got: %s\nwant: %s", golden, i+1, g, w)
					break
				}
			}
		}
	}
}
