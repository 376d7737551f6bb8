package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandmadeFixture keeps testdata/handmade.pdf equal to what makePDF
// writes (go test -update rewrites it).
func TestHandmadeFixture(t *testing.T) {
	data := makePDF("Report on the Harbour Wall", handmadePages())
	path := "testdata/handmade.pdf"
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(old, data) {
		t.Fatalf("%s is not what makePDF writes (%v); run go test -update", path, err)
	}
	if !bytes.Equal(makePDF("Report on the Harbour Wall", handmadePages()), data) {
		t.Fatal("makePDF is not deterministic")
	}
}

// extractors returns the PDF readers to test: the built-in one always,
// pdftotext when it is installed.
func extractors(t *testing.T) map[string]func(path string, data []byte) ([]pdfLine, int, string, error) {
	m := map[string]func(string, []byte) ([]pdfLine, int, string, error){
		"ledongthuc": func(_ string, data []byte) ([]pdfLine, int, string, error) { return goLines(data) },
	}
	if tool := pdftotext(); tool != "" {
		m["pdftotext"] = func(path string, data []byte) ([]pdfLine, int, string, error) { return popplerLines(tool, path, data) }
	} else {
		t.Log("pdftotext is not installed: testing the built-in reader only")
	}
	return m
}

func TestPDFBothExtractors(t *testing.T) {
	for _, name := range []string{"handmade.pdf", "report.pdf", "twocol.pdf"} {
		path := filepath.Join("testdata", name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for ex, read := range extractors(t) {
			lines, pages, title, err := read(path, data)
			if err != nil {
				t.Fatalf("%s with %s: %v", name, ex, err)
			}
			text, starts := buildText(lines, pages)
			doc := &Document{Path: path, Format: "pdf", Extractor: ex, Title: title, Text: text, Plain: text,
				Offsets: Offsets{mapping: TextOnly, pages: starts}}
			if doc.Title == "" {
				doc.Title = titleLine(text)
			}
			findDateline(doc)
			checkGolden(t, name+"."+ex+".golden", describe(doc, data))
			for _, bad := range []string{"ﬁ", "ﬂ", "- 2 -", "-2-", "in- vestigation", "invest- igation"} {
				if strings.Contains(text, bad) {
					t.Errorf("%s with %s: text has %q", name, ex, bad)
				}
			}
			if pages > 1 && len(starts) != pages-1 {
				t.Errorf("%s with %s: %d page starts for %d pages", name, ex, len(starts), pages)
			}
		}
	}
}

func TestPDFRepairs(t *testing.T) {
	data, err := os.ReadFile("testdata/handmade.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for ex, read := range extractors(t) {
		lines, pages, title, err := read("testdata/handmade.pdf", data)
		if err != nil {
			t.Fatal(err)
		}
		text, starts := buildText(lines, pages)
		want := "Report on the Harbour Wall\n\n" +
			"Published 3 March 2021\n\n" +
			"The first survey of the harbour wall was made on 3 March 2021, after a long and unusually difficult public investigation into the storm damage of the previous winter.\n\n" +
			"Engineers raised the wall by 80 cm, a high-profile project that cost 4.2 million pounds and made the harbour a high-profile target for critics of the council, who called the work flawed.\n\n" +
			"Costs\n\n" +
			"The council paid for the work from its reserves, and the state repaid half of it in 2020.\n\n" +
			"A second survey on 14 Feb. 2022 found no damage after the storm that had flooded the fish market two years before."
		if text != want {
			t.Errorf("%s: text\n%s\nwant\n%s", ex, text, want)
		}
		if title != "Report on the Harbour Wall" {
			t.Errorf("%s: title %q", ex, title)
		}
		second := strings.Index(text, "A second survey")
		if len(starts) != 1 || starts[0] != second {
			t.Errorf("%s: page starts %v, want [%d]", ex, starts, second)
		}
		off := Offsets{mapping: TextOnly, pages: starts}
		if off.Page(0) != 1 || off.Page(second-1) != 1 || off.Page(second) != 2 || off.Pages() != 2 {
			t.Errorf("%s: pages wrong: %d %d %d", ex, off.Page(0), off.Page(second-1), off.Page(second))
		}
	}
}

func TestPDFTwoColumnsRead(t *testing.T) {
	data, err := os.ReadFile("testdata/twocol.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for ex, read := range extractors(t) {
		lines, pages, _, err := read("testdata/twocol.pdf", data)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := buildText(lines, pages)
		// Whole sentences from both columns come out in order.
		for _, s := range []string{
			"The river crested at 12.89 metres, the highest level recorded in the city since 1501.",
			"Residents who returned found mud up to the second floor.",
			"Farther north, the Elbe broke through a dike near Fischbeck on June 10, 2013, forcing the evacuation of several villages",
		} {
			if !strings.Contains(text, s) {
				t.Errorf("%s: two-column text lacks %q:\n%s", ex, s, text)
			}
		}
		if a, b := strings.Index(text, "Summary"), strings.Index(text, "The dike at Fischbeck"); a < 0 || b < a {
			t.Errorf("%s: sections out of order", ex)
		}
	}
}

func TestPDFErrors(t *testing.T) {
	dir := t.TempDir()
	scanned := filepath.Join(dir, "scanned.pdf")
	if err := os.WriteFile(scanned, makePDF("Scan", [][]pdfText{{}}), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.pdf")
	os.WriteFile(broken, []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF"), 0o644)
	_, err := Read(scanned)
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "has no text layer (a scanned PDF?); run OCR") {
		t.Errorf("scanned: %v", err)
	}
	_, err = Read(broken)
	if err == nil || !strings.HasPrefix(err.Error(), broken+": ") {
		t.Errorf("broken: %v", err)
	}
	// The built-in reader alone on the broken file: an error, no panic.
	if _, _, _, err := goLines([]byte("%PDF-1.4\ngarbage")); err == nil {
		t.Errorf("goLines on garbage succeeded")
	}
}

func TestJoinOf(t *testing.T) {
	hyph := map[string]bool{"high-profile": true}
	for _, c := range []struct {
		prev, next string
		want       int
	}{
		{"a long in-", "vestigation into", dropHyphen},
		{"made the harbour a high-", "profile target", joinGlue},
		{"Rep. Ocasio-", "Cortez objected", joinGlue},
		{"the years 2019-", "2020 were hard", joinSpace},
		{"a word", "next", joinSpace},
		{"a soft hy\u00ad", "phen", dropSoftHyphen},
		{"-", "x", joinSpace},
	} {
		if got := joinOf(c.prev, c.next, hyph); got != c.want {
			t.Errorf("joinOf(%q, %q) = %d, want %d", c.prev, c.next, got, c.want)
		}
	}
}

func TestPageNumbers(t *testing.T) {
	for s, want := range map[string]bool{
		"12": true, "- 12 -": true, "Page 3 of 9": true, "3/9": true, "— 4 —": true,
		"2013": true, "12345": false, "June 3": false, "Page three": false, "": false,
	} {
		if isPageNumber(s) != want {
			t.Errorf("isPageNumber(%q) = %v", s, !want)
		}
	}
}

func TestPDFCompositeFont(t *testing.T) {
	data := makeCIDPDF([]pdfText{
		{x: 72, y: 700, size: 12, s: "Minutes of the board"},
		{x: 90, y: 670, size: 10, s: "The board met on 2 May 2022 to discuss the inter|national"},
		{x: 72, y: 658, size: 10, s: "rail link. It voted 5-2 to fund a study, due in"},
		{x: 72, y: 646, size: 10, s: "Sept|ember 2023."},
	})
	want := "Minutes of the board\n\nThe board met on 2 May 2022 to discuss the international rail link. It voted 5-2 to fund a study, due in September 2023."
	for ex, read := range extractors(t) {
		lines, pages, _, err := read("", data)
		if err != nil {
			t.Fatalf("%s: %v", ex, err)
		}
		if text, _ := buildText(lines, pages); text != want {
			t.Errorf("%s: text\n%q\nwant\n%q", ex, text, want)
		}
	}
}
