package curated

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// FuzzParse checks, on any input, that Parse does not panic; that every
// error has a position inside the file, names the file, and has a message;
// that Error and Pretty print no control characters but newlines and tabs
// (a hostile file cannot drive the terminal); and that a file without
// errors gives a timeline of dated, titled events with distinct ids, and
// has events that FormatEntry writes back to the same values.
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
			checkWriteBack(t, file, len(data))
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

// checkWriteBack writes the events of a valid file again, with its groups,
// in one of the layouts (chosen by n), and checks they read back the same.
func checkWriteBack(t *testing.T, file *File, n int) {
	t.Helper()
	var groups []string
	for _, g := range file.Groups {
		groups = append(groups, g.ID)
	}
	l := writtenLayouts[n%len(writtenLayouts)]
	got, src, err := readBack(file.Events, groups, l, n%7 == 0)
	if err != nil {
		t.Fatalf("the events of a valid file, written again, do not read back: %v", err)
	}
	for i := range got {
		if diff := sameEntry(got[i], file.Events[i]); diff != "" {
			t.Fatalf("event %d, written again: %s\n%s", i, diff, src)
		}
	}
}

// FuzzFormatEntry writes an entry made of arbitrary text, with an arbitrary
// date and layout, into a file, in a block list and a flow list: the file
// parses, and the entry reads back as the same values (each invalid byte
// as U+FFFD), its neighbours intact.
func FuzzFormatEntry(f *testing.F) {
	for i, s := range writtenTexts {
		f.Add("e-1", s, s, "a,b", s, writtenDates[i%len(writtenDates)], uint16(i*37), "seeds/a.txt:3")
	}
	for i, h := range hostile {
		f.Add("2009-purge", h, hostile[(i+1)%len(hostile)], h, h, "2009", uint16(0xffff-i), h)
	}
	f.Fuzz(func(t *testing.T, id, title, text, tags, quote, date string, bits uint16, note string) {
		bit := func(i int) bool { return bits&(1<<i) != 0 }
		valid := func(s string) string { return string([]rune(s)) }
		if checkID(id) != "" {
			id = "e"
		}
		d, err := timex.Parse(date)
		if err != nil {
			d = mustValue(t, writtenDates[int(bits)%len(writtenDates)])
		}
		if strings.TrimSpace(valid(title)) == "" {
			title = "x"
		}
		var list []string
		for _, s := range strings.Split(tags, ",") {
			if strings.TrimSpace(valid(s)) != "" {
				list = append(list, s)
			}
		}
		e := Event{ID: id, Status: []string{"", timeline.StatusCandidate, timeline.StatusReviewed}[int(bits>>1)%3],
			Date: d, Title: title, Description: text, Type: quote, Tags: list, Hide: bit(3),
			Sources: []Citation{{Path: "seeds/" + title, Quote: quote, Title: text}}}
		if bit(4) {
			e.Group, e.Match = "g", list
		}
		if problem, _ := checkURL(text); problem == "" {
			e.Link = text
		} else if bit(5) {
			e.Link = "https://example.org/a?b=1#c"
		}
		if bit(6) {
			e.Sources = append(e.Sources, Citation{URL: "https://example.org/b", Outlet: text, Author: title, Date: d})
		}
		l := Layout{Indent: int(bits>>7) % 4 * 2, Gap: " ", SubIndent: int(bits>>9) % 3 * 2, SubGap: " ", Flow: bit(11)}
		if bit(12) {
			l.Gap, l.SubGap = "   ", "  "
		}
		if bit(13) {
			l.Newline = "\r\n"
		}
		for _, flowList := range []bool{false, true} {
			got, src, err := readBack([]Event{e}, []string{"g"}, l, flowList, note, note)
			if err != nil {
				t.Fatalf("layout %+v, flow list %v: %v", l, flowList, err)
			}
			if diff := sameEntry(got[0], e); diff != "" {
				t.Fatalf("layout %+v, flow list %v: %s\n%s", l, flowList, diff, src)
			}
		}
	})
}
