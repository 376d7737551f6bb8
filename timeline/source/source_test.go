package source

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/sentence"
)

var update = flag.Bool("update", false, "rewrite golden files")

// describe writes what a test needs to see of a document: its fields, its
// text, and its units (from the sentence splitter) with the file bytes
// each maps to.
func describe(doc *Document, file []byte) string {
	var b strings.Builder
	fmt.Fprintf(&b, "path: %s\nformat: %s\nextractor: %s\ntitle: %q\nurl: %q\n", filepath.ToSlash(doc.Path), doc.Format, doc.Extractor, doc.Title, doc.URL)
	fmt.Fprintf(&b, "published: %q from %q", doc.Published.String(), doc.PublishedFrom)
	if doc.Dateline != (Range{}) {
		fmt.Fprintf(&b, " at [%d:%d] %q", doc.Dateline.Start, doc.Dateline.End, doc.Text[doc.Dateline.Start:doc.Dateline.End])
	}
	fmt.Fprintf(&b, "\noffsets: %s, pages %d\n", doc.Offsets.Mapping(), doc.Offsets.Pages())
	for _, w := range doc.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	b.WriteString("--- text\n")
	b.WriteString(doc.Text)
	if doc.Plain != doc.Text {
		b.WriteString("\n--- plain\n")
		b.WriteString(doc.Plain)
	}
	b.WriteString("\n--- units\n")
	for _, s := range sentence.Split(doc.Plain) {
		fmt.Fprintf(&b, "%s [%d:%d]", s.Kind, s.Start, s.End)
		if fs, fe, ok := doc.Offsets.FileSpan(s.Start, s.End); ok && doc.Offsets.Mapping() != Identity {
			fmt.Fprintf(&b, " file [%d:%d]", fs, fe)
		} else if page := doc.Offsets.Page(s.Start); page > 0 {
			fmt.Fprintf(&b, " page %d", page)
		}
		u := doc.Plain[s.Start:s.End]
		if len(u) > 70 {
			u = u[:strings.LastIndexByte(u[:70], ' ')] + " ..."
		}
		fmt.Fprintf(&b, " %q\n", u)
	}
	return b.String()
}

// checkGolden compares got with testdata/golden/name, or rewrites it with
// -update. A difference is reported at its first line.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s:%d differs (run go test -update if the change is right)\n got: %s\nwant: %s", path, i+1, g, w)
			return
		}
	}
}

var goldenFiles = []string{
	"dateline.txt", "published-line.txt", "wire.txt", "latin1.txt", "utf16le.txt", "bom.txt",
	"notes.md", "published.md",
	"page-meta.html", "page-jsonld.html", "page-time.html", "page-published.html", "page-latin1.html",
}

func TestGolden(t *testing.T) {
	for _, name := range goldenFiles {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			doc, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			file, _ := os.ReadFile(path)
			got := describe(doc, file)
			checkGolden(t, name+".golden", got)
			// A second read gives the same document.
			again, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if describe(again, file) != got {
				t.Errorf("a second read of %s differs", path)
			}
		})
	}
}

func TestPublished(t *testing.T) {
	for _, c := range []struct {
		file, value, from string
	}{
		{"dateline.txt", "2024-05-03", "dateline"},
		{"published-line.txt", "2024-08-13", "published-line"},
		{"wire.txt", "", ""},
		{"notes.md", "2013-07-01", "front-matter"},
		{"published.md", "2024-08-12", "published-line"},
		{"page-meta.html", "2024-05-03", "html-meta"}, // the date as written, not converted to UTC
		{"page-jsonld.html", "2019-11-28", "json-ld"},
		{"page-time.html", "2024-02-19", "time-element"},
		{"page-published.html", "2024-08-13", "published-line"},
		{"page-latin1.html", "", ""},
	} {
		doc, err := Read(filepath.Join("testdata", c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if doc.Published.String() != c.value || doc.PublishedFrom != c.from {
			t.Errorf("%s: published %q from %q, want %q from %q", c.file, doc.Published.String(), doc.PublishedFrom, c.value, c.from)
		}
	}
}

func TestTitleAndURL(t *testing.T) {
	for _, c := range []struct{ file, title, url string }{
		{"dateline.txt", "Bridge reopens after two-year repair", ""},
		{"wire.txt", "", ""},
		{"notes.md", "Notes on the 2013 floods", "https://example.org/notes/floods-2013"},
		{"published.md", "A note without front matter", ""},
		{"page-meta.html", "Bridge reopens after two-year repair", "https://gazette.example.org/news/bridge-reopens"},
		{"page-jsonld.html", "Museum returns stolen paintings", ""},
	} {
		doc, err := Read(filepath.Join("testdata", c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if doc.Title != c.title || doc.URL != c.url {
			t.Errorf("%s: title %q url %q, want %q %q", c.file, doc.Title, doc.URL, c.title, c.url)
		}
	}
}

// TestTextOffsetsExact checks that for plain text and Markdown every span of
// Text is the same bytes in the file.
func TestTextOffsetsExact(t *testing.T) {
	for _, name := range []string{"dateline.txt", "notes.md", "published.md", "latin1.txt", "utf16le.txt", "bom.txt"} {
		path := filepath.Join("testdata", name)
		doc, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		file, _ := os.ReadFile(path)
		if doc.Offsets.Mapping() == Identity && doc.Text != string(file) {
			t.Errorf("%s: identity offsets but Text is not the file", name)
		}
		if len(doc.Plain) != len(doc.Text) {
			t.Errorf("%s: Plain is %d bytes, Text %d", name, len(doc.Plain), len(doc.Text))
		}
		for _, s := range sentence.Split(doc.Plain) {
			fs, fe, ok := doc.Offsets.FileSpan(s.Start, s.End)
			if !ok {
				t.Errorf("%s: span [%d:%d] %q has no file span", name, s.Start, s.End, doc.Text[s.Start:s.End])
				continue
			}
			if doc.Offsets.Mapping() == Identity && string(file[fs:fe]) != doc.Text[s.Start:s.End] {
				t.Errorf("%s: span [%d:%d] maps to %q, want %q", name, s.Start, s.End, file[fs:fe], doc.Text[s.Start:s.End])
			}
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// TestHTMLAlignment checks that each unit of an HTML document's text maps
// to bytes of the page that, with tags removed and entities decoded, read
// the same.
func TestHTMLAlignment(t *testing.T) {
	for _, name := range []string{"page-meta.html", "page-jsonld.html", "page-time.html", "page-published.html"} {
		path := filepath.Join("testdata", name)
		doc, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		file, _ := os.ReadFile(path)
		units := sentence.Split(doc.Text)
		if len(units) < 5 {
			t.Fatalf("%s: only %d units", name, len(units))
		}
		for _, s := range units {
			fs, fe, ok := doc.Offsets.FileSpan(s.Start, s.End)
			if !ok {
				t.Errorf("%s: unit %q has no place in the file", name, doc.Text[s.Start:s.End])
				continue
			}
			got := strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(string(file[fs:fe]), ""))), " ")
			want := strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " ")
			if got != want {
				t.Errorf("%s: unit [%d:%d] maps to file [%d:%d]\n file: %q\n text: %q", name, s.Start, s.End, fs, fe, got, want)
			}
		}
	}
}

func TestHTMLEntitiesMapWhole(t *testing.T) {
	doc, err := Read("testdata/page-meta.html")
	if err != nil {
		t.Fatal(err)
	}
	file, _ := os.ReadFile("testdata/page-meta.html")
	i := strings.Index(doc.Text, "city’s")
	if i < 0 {
		t.Fatalf("no “city’s” in %q", doc.Text)
	}
	apos := i + len("city")
	fs, fe, ok := doc.Offsets.FileSpan(apos, apos+len("’"))
	if !ok || string(file[fs:fe]) != "&#8217;" {
		t.Errorf("the apostrophe maps to %q (%v), want the entity", file[fs:fe], ok)
	}
	if _, ok := doc.Offsets.File(apos + 1); ok {
		t.Errorf("an offset inside a character maps to the file")
	}
	// Readability drops the sidebar and its dates.
	for _, s := range []string{"March 2, 2023", "Tram strike", "cookies", "All rights reserved"} {
		if strings.Contains(doc.Text, s) {
			t.Errorf("the article text contains boilerplate %q", s)
		}
	}
}

func TestMarkdownPlain(t *testing.T) {
	doc, err := Read("testdata/notes.md")
	if err != nil {
		t.Fatal(err)
	}
	for i := range len(doc.Text) {
		if doc.Plain[i] != doc.Text[i] && doc.Plain[i] != ' ' {
			t.Fatalf("Plain[%d] = %q, Text[%d] = %q: Plain may only blank bytes", i, doc.Plain[i], i, doc.Text[i])
		}
	}
	words := strings.Join(strings.Fields(doc.Plain), " ")
	for _, gone := range []string{"---", "tags:", "**", "](", "https://example.org/gauge", "# ", "level =", "|", "![", "img/street.jpg", "<https", "<br>", "a comment", "~~", "[report]:", "\\*", "`"} {
		if strings.Contains(doc.Plain, gone) {
			t.Errorf("Plain still has %q", gone)
		}
	}
	for _, kept := range []string{
		"Notes on the 2013 floods",
		"The Danube crested in Passau on June 3, 2013 , at 12.89 m, the highest level since 1501 ( gauge data ).",
		"- June 3: the Danube crests in Passau.",
		"- June 10: a dike breaks near Fischbeck .",
		"1. Evacuate the old town first.",
		"the mayor_in_office, Jürgen Dupper.",
		"See the report and . Costs rose *again *.",
		"Damage reached 10 12 billion euros.",
	} {
		if !strings.Contains(words, kept) {
			t.Errorf("Plain lacks %q:\n%s", kept, words)
		}
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxSize+1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	notPDF := filepath.Join(dir, "fake.pdf")
	os.WriteFile(notPDF, []byte("hello"), 0o644)
	for _, c := range []struct {
		path string
		err  error
		msg  string
	}{
		{"testdata/binary.txt", ErrBinary, "testdata/binary.txt: looks like a binary file (a NUL byte at offset 2), not text; timeline reads .txt, .md, .html and .pdf files"},
		{"testdata/empty.txt", ErrEmpty, "testdata/empty.txt: is empty (no text to read)"},
		{"testdata/blank.txt", ErrEmpty, "testdata/blank.txt: is empty (no text to read)"},
		{"testdata/report.ms", ErrUnsupported, `testdata/report.ms: unsupported file type ".ms"; timeline reads .txt, .md, .html and .pdf files`},
		{"testdata/notes.docx", ErrUnsupported, `testdata/notes.docx: unsupported file type ".docx"; timeline reads .txt, .md, .html and .pdf files (save it as PDF, HTML or plain text first)`},
		{"testdata/missing.txt", os.ErrNotExist, "testdata/missing.txt: no such file; check the path"},
		{"testdata/page-empty.html", ErrNoText, "testdata/page-empty.html: no article text found in the page; save the article itself (or its text) instead"},
		{big, ErrTooLarge, big + ": is 256.0 MB, over the 256 MB limit; split it into smaller files"},
		{notPDF, ErrBinary, notPDF + ": is not a PDF (it does not start with %PDF-); check the file or its extension"},
		{"testdata", ErrUnsupported, `testdata: has no extension; timeline reads .txt, .md, .html and .pdf files`},
	} {
		_, err := Read(c.path)
		if err == nil {
			t.Errorf("Read(%q) succeeded", c.path)
			continue
		}
		if !errors.Is(err, c.err) {
			t.Errorf("Read(%q) = %v, want an error wrapping %v", c.path, err, c.err)
		}
		if err.Error() != c.msg {
			t.Errorf("Read(%q) error\n got %s\nwant %s", c.path, err, c.msg)
		}
	}
}

func TestReadReaderTooLarge(t *testing.T) {
	defer func(n int64) { maxSize = n }(maxSize)
	maxSize = 100
	_, err := ReadReader("-", strings.NewReader(strings.Repeat("word ", 30)), "")
	if !errors.Is(err, ErrTooLarge) || err.Error() != "-: is over the 100 bytes limit; split it into smaller files" {
		t.Errorf("err = %v", err)
	}
	doc, err := ReadReader("-", strings.NewReader(strings.Repeat("word ", 20)), "")
	if err != nil || doc.Format != "txt" {
		t.Errorf("100 bytes: %v, %+v", err, doc)
	}
}

func TestReadReaderSniffs(t *testing.T) {
	for _, c := range []struct {
		file, format string
	}{
		{"testdata/page-jsonld.html", "html"},
		{"testdata/dateline.txt", "txt"},
		{"testdata/handmade.pdf", "pdf"},
	} {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadReader("-", bytes.NewReader(data), "")
		if err != nil {
			t.Errorf("%s on standard input: %v", c.file, err)
			continue
		}
		if doc.Format != c.format || doc.Path != "-" {
			t.Errorf("%s on standard input: format %q path %q, want %q", c.file, doc.Format, doc.Path, c.format)
		}
		want, _ := Read(c.file)
		if doc.Text != want.Text {
			t.Errorf("%s: text from standard input differs from the file's", c.file)
		}
	}
	if _, err := ReadReader("x", strings.NewReader("x"), "docx"); !errors.Is(err, ErrUnsupported) {
		t.Errorf("format docx: %v", err)
	}
}

func TestSupported(t *testing.T) {
	for path, want := range map[string]bool{
		"a.txt": true, "a.TXT": true, "b.md": true, "c.markdown": true, "d.html": true, "e.htm": true,
		"f.pdf": true, "g.docx": false, "h": false, "dir.md/file.json": false, "-": false,
	} {
		if Supported(path) != want {
			t.Errorf("Supported(%q) = %v", path, !want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.md", "sub/c.html", "sub/deeper/d.pdf", "notes.docx", ".hidden.txt", ".git/e.txt", "empty/.keep"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	j := func(parts ...string) string { return filepath.Join(append([]string{dir}, parts...)...) }

	got, err := Expand([]string{dir})
	want := []string{j("a.md"), j("b.txt"), j("sub", "c.html"), j("sub", "deeper", "d.pdf")}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Expand(dir) = %q, %v\nwant %q", got, err, want)
	}

	got, err = Expand([]string{j("b.txt"), "-", j("*.md"), j("b.txt"), j("sub")})
	want = []string{j("b.txt"), "-", j("a.md"), j("sub", "c.html"), j("sub", "deeper", "d.pdf")}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Expand(mixed) = %q, %v\nwant %q", got, err, want)
	}

	// A glob skips unsupported files; a named one is an error.
	got, err = Expand([]string{j("*")})
	if err != nil || len(got) != 4 {
		t.Errorf("Expand(*) = %q, %v", got, err)
	}
	for _, c := range []struct{ path, msg string }{
		{j("missing.txt"), j("missing.txt") + ": no such file; check the path"},
		{j("*.xml"), j("*.xml") + ": no file matches this pattern"},
		{j("notes.docx"), j("notes.docx") + `: unsupported file type ".docx"; timeline reads .txt, .md, .html and .pdf files (save it as PDF, HTML or plain text first)`},
		{j("empty"), j("empty") + ": folder has no .txt, .md, .html and .pdf files"},
	} {
		if _, err := Expand([]string{c.path}); err == nil || err.Error() != c.msg {
			t.Errorf("Expand(%q) error\n got %v\nwant %s", c.path, err, c.msg)
		}
	}
}

func TestRelativePathsStayRelative(t *testing.T) {
	got, err := Expand([]string{"testdata/*.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got {
		if filepath.IsAbs(p) || !strings.HasPrefix(p, "testdata") {
			t.Errorf("Expand made %q", p)
		}
	}
	doc, err := Read(got[0])
	if err != nil || doc.Path != got[0] {
		t.Errorf("Read(%q).Path = %q, %v", got[0], doc.Path, err)
	}
}

func TestWarnings(t *testing.T) {
	doc, err := Read("testdata/latin1.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Café owners in Zürich met on 3 März 2021.") || !strings.Contains(doc.Text, "“two hours”") {
		t.Errorf("latin1.txt read as %q", doc.Text)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "not valid UTF-8 (5 bad bytes, the first at byte 3)") {
		t.Errorf("warnings %q", doc.Warnings)
	}
	// Each repaired character maps to its one byte.
	file, _ := os.ReadFile("testdata/latin1.txt")
	i := strings.Index(doc.Text, "Zürich")
	fs, fe, ok := doc.Offsets.FileSpan(i, i+len("Zürich"))
	if !ok || string(file[fs:fe]) != "Z\xfcrich" {
		t.Errorf("Zürich maps to %q, %v", file[fs:fe], ok)
	}
}

// FuzzReadReader feeds arbitrary bytes to every reader: no panic, and a
// document that comes back keeps its invariants.
func FuzzReadReader(f *testing.F) {
	for _, name := range append(goldenFiles, "handmade.pdf", "binary.txt") {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
	}
	f.Add([]byte("---\ntitle: [\n---\n# x\n[a](b\n"), uint8(2))
	f.Add([]byte("<p>&amp;&#8217;&#xZZ;&bogus; x</p>"), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := []string{"", "txt", "md", "html", "pdf"}[int(which)%5]
		doc, err := ReadReader("fuzz", bytes.NewReader(data), format)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %v is not an *Error naming the file", err)
			}
			return
		}
		if len(doc.Plain) != len(doc.Text) {
			t.Fatalf("Plain %d bytes, Text %d", len(doc.Plain), len(doc.Text))
		}
		if r := doc.Dateline; r != (Range{}) && (r.Start < 0 || r.End > len(doc.Text) || r.Start >= r.End) {
			t.Fatalf("dateline %v out of bounds", r)
		}
		for _, s := range sentence.Split(doc.Plain) {
			fs, fe, ok := doc.Offsets.FileSpan(s.Start, s.End)
			if ok && (fs < 0 || fe > len(data) || fs > fe) {
				t.Fatalf("span [%d:%d] maps to [%d:%d] outside %d bytes", s.Start, s.End, fs, fe, len(data))
			}
		}
	})
}
