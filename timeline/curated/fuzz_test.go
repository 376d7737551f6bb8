package curated

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// FuzzParse checks, on any input, that Parse does not panic; that every
// error has a position inside the file, names the file, and has a message;
// that Error and Pretty print no control characters but newlines and tabs
// (a hostile file cannot drive the terminal); and that a file without
// errors gives a timeline of dated, titled events with distinct ids.
func FuzzParse(f *testing.F) {
	for _, tt := range errorTests {
		f.Add([]byte(tt.src))
	}
	for _, pattern := range []string{"testdata/*.yaml", "testdata/pretty/*.yaml"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		file, err := Parse("t.yaml", data)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Parse of %d bytes took %v", len(data), d)
		}
		if file == nil {
			t.Fatal("nil *File")
		}
		if err == nil {
			tl := file.Timeline()
			ids := map[string]bool{}
			for _, e := range tl.Events {
				if e.Date.IsZero() || e.Title == "" || e.ID == "" || ids[e.ID] {
					t.Fatalf("bad event in the timeline of a valid file: %+v", e)
				}
				ids[e.ID] = true
			}
			return
		}
		var list ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T %v is not a non-empty ErrorList", err, err)
		}
		nlines := len(splitLines(trimBOM(data)))
		for _, e := range list {
			if e.Line < 1 || e.Col < 1 || e.Line > nlines {
				t.Errorf("error at %d:%d in a file of %d lines: %v", e.Line, e.Col, nlines, e)
			}
			if e.File != "t.yaml" || e.Msg == "" || !strings.HasPrefix(e.Error(), "t.yaml:") {
				t.Errorf("malformed error %q", e.Error())
			}
			checkPrintable(t, "Error()", e.Error())
			checkPrintable(t, "Pretty", e.Pretty(data))
		}
		checkPrintable(t, "ErrorList.Pretty", list.Pretty(data))
	})
}

func checkPrintable(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029') {
			t.Fatalf("%s prints control character %U: %q", what, r, s)
		}
	}
}
