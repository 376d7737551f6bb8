package curated

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestCurated(t *testing.T) {
	data, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse("good.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	c := f.Curated()
	if c.MinConfidence != 0.6 || c.Title != "Thirteen days in October" || len(c.Groups) != 3 || len(c.Eras) != 1 || len(c.Sources) != 3 {
		t.Errorf("file fields: %+v", c)
	}
	var got []string
	for _, en := range c.Entries {
		kind := "event"
		switch {
		case en.Override && en.Hide:
			kind = "hide"
		case en.Override:
			kind = "override"
		case en.Hide:
			kind = "hidden event"
		}
		got = append(got, fmt.Sprintf("%s %s at %s id %s date %s match %v %v", kind, en.Event.ID, en.At, en.IDAt, en.DateAt, en.Match, en.MatchAt))
	}
	want := []string{
		"event u2-photographs-sites at good.yaml:31:5 id good.yaml:31:9 date good.yaml:32:11 match [San Cristóbal U-2] [good.yaml:36:13 good.yaml:36:28]",
		"event excomm-convened at good.yaml:43:5 id good.yaml:43:9 date good.yaml:44:11 match [] []",
		"event 1962-10-22-kennedy-announces-a-naval-quarantine-of-cuba at good.yaml:53:5 id  date good.yaml:53:11 match [] []",
		"event black-saturday at good.yaml:60:5 id good.yaml:60:9 date good.yaml:61:11 match [] []",
		"event withdrawal-announced at good.yaml:71:5 id good.yaml:71:9 date good.yaml:72:11 match [] []",
		"event quarantine-lifted at good.yaml:76:5 id good.yaml:76:9 date good.yaml:77:11 match [] []",
		"event operation-anadyr at good.yaml:81:5 id good.yaml:81:9 date good.yaml:83:11 match [] []",
		"hidden event hotline-operational at good.yaml:87:5 id good.yaml:87:9 date good.yaml:88:11 match [] []",
		"hide 1962-10-24-quarantine-in-effect at good.yaml:93:5 id good.yaml:93:9 date  match [] []",
		"override 1962-10-25-un-debate at good.yaml:96:5 id good.yaml:96:9 date  match [] []",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// An override keeps only what it sets.
	o := c.Entries[9].Event
	if o.Group != "diplomacy" || len(o.Tags) != 1 || o.Title != "" || !o.Date.IsZero() || o.Origin != "" || o.Confidence != 0 {
		t.Errorf("override event: %+v", o)
	}
	if h := c.Entries[8]; h.HideAt.String() != "good.yaml:94:11" {
		t.Errorf("hide at %s", h.HideAt)
	}
}

// Without extracted events, Merge of Curated is Timeline.
func TestCuratedIsTimeline(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.yaml")
	more, _ := filepath.Glob("testdata/rewrite/*.golden")
	paths = append(append(paths, more...), "../../timeline.yaml")
	n := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		f, err := Parse(p, data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		tl, warns := timeline.Merge(f.Curated(), nil, nil)
		if len(warns) != 0 {
			t.Errorf("%s: warnings %v", p, warns)
		}
		if got, want := dump(tl), dump(f.Timeline()); got != want {
			t.Errorf("%s: %s", p, lineDiff(p, want, got))
		}
		n++
	}
	if n < 10 {
		t.Errorf("only %d files compared", n)
	}
}

const checkText = "Report from the capital.\n\nThe minister resigned on March 3, 2021, after the vote.\nOfficials said the plant was hit in 2020.\n"

func TestCheckAgainst(t *testing.T) {
	src := `events:
  - id: 2021-03-03-minister-resigned
    status: candidate
    date: "2021-03-03"
    title: Minister resigned
    sources:
      - path: seeds/report.txt
        quote: "The minister resigned on March 3, 2021, after the vote."
  - id: 2021-plant-hit
    status: candidate
    date: "2021"
    title: Plant hit
    sources:
      - path: seeds/report.txt
        quote: Officials said the plant was hit in 2021.
  - id: 2019-gone
    status: candidate
    date: "2019"
    title: Gone
    sources:
      - {path: seeds/deleted.txt, quote: A sentence.}
  - id: 2024-08-12-billboard
    hide: true
  - id: plant
    date: "2021"
    title: The plant is attacked
    match: [plant, reactor]
`
	f, err := Parse("timeline.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(checkText)
	at := strings.Index(checkText, "2020")
	hit := timeline.Event{Date: mustValue(t, "2020"), Title: "Plant hit", Confidence: 0.8,
		Mentions: []timeline.Mention{{Source: "seeds/report.txt", Start: at, End: at + 4, HasOffsets: true, Text: "2020",
			Quote: "Officials said the plant was hit in 2020."}}}
	hit.ID = timeline.ExtractedID(hit)
	errs := f.CheckAgainst([]timeline.Event{hit}, timeline.TextsOf(map[string][]byte{"seeds/report.txt": text}))
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
		checkPrintable(t, "Pretty", e.Pretty([]byte(src)))
	}
	want := []string{
		`timeline.yaml:15:16: the sentence 2021-plant-hit quotes is no longer in seeds/report.txt: "Officials said the plant was hit in 2021."; ` +
			`the source changed: check the candidate against it, then update or remove the quote`,
		`timeline.yaml:21:42: the candidate 2019-gone quotes seeds/deleted.txt, which is not among the sources read; check "sources:" at the top of the file, or remove this quote`,
		`timeline.yaml:23:11: hide of 2024-08-12-billboard matches no extracted event; remove it or check the id`,
		`timeline.yaml:25:11: plant is dated 2021 here, but seeds/report.txt:4:37 dates it 2020 (matched by "plant" in "Plant hit"); ` +
			`the date here is used: correct one of the two, or hide 2020-plant-hit if it is another event`,
		`timeline.yaml:27:20: match word "reactor" of plant matches no extracted event; remove it or check its spelling`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The quote of a sentence that is in the file, wrapped differently, is
	// fine; so is everything once the text and the events agree.
	wrapped := []byte(strings.Replace(checkText, "on March 3, 2021,", "on March 3,\n  2021,", 1))
	for _, e := range f.CheckAgainst([]timeline.Event{hit}, timeline.TextsOf(map[string][]byte{"seeds/report.txt": wrapped})) {
		if strings.Contains(e.Msg, "minister") {
			t.Errorf("wrapped sentence reported: %v", e)
		}
	}
}
