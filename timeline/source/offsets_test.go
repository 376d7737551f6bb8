package source

import (
	"os"
	"strings"
	"testing"
)

func TestOffsetsIdentity(t *testing.T) {
	o := Offsets{mapping: Identity, size: 10}
	for _, c := range []struct {
		start, end, fs, fe int
		ok                 bool
	}{
		{0, 10, 0, 10, true},
		{3, 3, 3, 3, true},
		{2, 11, 0, 0, false},
		{-1, 2, 0, 0, false},
		{5, 4, 0, 0, false},
	} {
		fs, fe, ok := o.FileSpan(c.start, c.end)
		if ok != c.ok || (ok && (fs != c.fs || fe != c.fe)) {
			t.Errorf("FileSpan(%d, %d) = %d, %d, %v", c.start, c.end, fs, fe, ok)
		}
	}
	if o.Page(4) != 0 || o.Pages() != 0 {
		t.Errorf("a text file has pages")
	}
}

func TestOffsetsTextOnly(t *testing.T) {
	o := Offsets{mapping: TextOnly, pages: []int{100, 250}}
	if _, ok := o.File(5); ok {
		t.Errorf("TextOnly maps to the file")
	}
	for off, want := range map[int]int{0: 1, 99: 1, 100: 2, 249: 2, 250: 3, 9999: 3} {
		if got := o.Page(off); got != want {
			t.Errorf("Page(%d) = %d, want %d", off, got, want)
		}
	}
	if o.Pages() != 3 || o.Mapping().String() != "text-only" {
		t.Errorf("Pages %d, mapping %s", o.Pages(), o.Mapping())
	}
}

func TestOffsetsAligned(t *testing.T) {
	// Text "a&b c" from file "<p>a&amp;b</p> <p>c</p>".
	file := []byte("<p>a&amp;b</p> <p>c</p>")
	text := "a&b\n\nc"
	o := align(file, text)
	for _, c := range []struct {
		start, end int
		file       string // "" for no mapping
	}{
		{0, 3, "a&amp;b"},
		{1, 2, "&amp;"},
		{0, 1, "a"},
		{2, 3, "b"},
		{5, 6, "c"},
		{0, 6, "a&amp;b</p> <p>c"},
		{3, 5, ""}, // the blank line readability wrote
	} {
		fs, fe, ok := o.FileSpan(c.start, c.end)
		got := ""
		if ok {
			got = string(file[fs:fe])
		}
		if got != c.file {
			t.Errorf("FileSpan(%d, %d) = %q, want %q", c.start, c.end, got, c.file)
		}
	}
}

func TestAlignSkipsScriptsAndTitle(t *testing.T) {
	file := []byte(`<html><head><title>Rain</title><script>var s = "Rain fell";</script></head><body><p>Rain fell on Monday.</p></body></html>`)
	o := align(file, "Rain fell on Monday.")
	fs, fe, ok := o.FileSpan(0, len("Rain fell on Monday."))
	if !ok || !strings.HasPrefix(string(file[fs:]), "Rain fell on Monday.</p>") || fe-fs != len("Rain fell on Monday.") {
		t.Errorf("mapped to [%d:%d] %v", fs, fe, ok)
	}
}

func BenchmarkReadText(b *testing.B)     { benchRead(b, "testdata/dateline.txt", 200) }
func BenchmarkReadMarkdown(b *testing.B) { benchRead(b, "testdata/notes.md", 200) }
func BenchmarkReadHTML(b *testing.B)     { benchRead(b, "testdata/page-meta.html", 1) }
func BenchmarkReadPDF(b *testing.B)      { benchRead(b, "testdata/report.pdf", 1) }

// benchRead reads a fixture repeated n times (for text: a realistic size).
func benchRead(b *testing.B, path string, n int) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	if n > 1 {
		data = []byte(strings.Repeat(string(data)+"\n\n", n))
	}
	name := path
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadReader(name, strings.NewReader(string(data)), ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadPDFBuiltin(b *testing.B) {
	data, err := os.ReadFile("testdata/report.pdf")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		lines, pages, _, err := goLines(data)
		if err != nil {
			b.Fatal(err)
		}
		buildText(lines, pages)
	}
}
