package sentence

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// Split cases: "|" marks each expected break, as in notes/nlp.md. The text
// is the case with each bar replaced by a space, or removed where white
// space already stands next to it; the expected units are the pieces
// between bars, trimmed.
var hardCases = []string{
	// The 19 hard cases of notes/nlp.md §1.
	"In its Aug.1, 2024 edition, the newspaper lambasted the authorities.|It was late.",
	"The strike happened on Aug. 12, 2024.|Officials in Tehran confirmed it.",
	"The U.S. imposed new sanctions on Iran.|Tehran responded within hours.",
	"He met U.S. President Joe Biden on Jan. 5.|The talks failed.",
	"Dr. Smith and Mr. Jones arrived at 5 p.m. on Monday.|They left on Tuesday.",
	"The blast injured 3.5 percent of the unit, said Gen. Mark Milley.|It was 2020.",
	"He said \"We will respond.\"|Then he left.",
	"Limits of Iran's power\n\n|Iran often highlights the importance of the Palestinian cause.",
	"The U.N. Security Council met on Sept. 3.|Russia vetoed the resolution.",
	"It happened in 1979.|The Shah fled to Egypt.",
	"St. Petersburg hosted the summit in Feb. 2019.|Leaders attended.",
	"Gov. Smith, Sen. Warren, and Rep. Ocasio-Cortez objected.|The vote passed.",
	"Israel's Mossad (est. 1949) is headquartered in Tel Aviv.|It reports to the prime minister.",
	"The talks with the E.U. collapsed.|Diplomats blamed Washington.",
	"Vehicles drive past a billboard in Tehran, Iran, Aug. 12, 2024.|(AFP Photo)",
	"Haniyeh was killed on Wed., July 31, at a guesthouse.|Hamas blamed Israel.",
	"Sanctions were imposed by the U.S.|Iran denied wrongdoing.",
	"The report (pp. 12-14) lists attacks by approx. 40 groups, incl. Hezbollah.|It was published in Oct. 2023.",
	"Why were the leaders absent?|Was it a warning?",

	// Our own.
	"WASHINGTON (Reuters) - The U.S. Treasury on Tuesday imposed sanctions on two firms.|It was the third round this year.",
	"He paused...|Then he spoke again.",
	"He paused… |Then he spoke again.",
	"Really?!|Yes, really.",
	"She called it 'a disaster.'|Nobody agreed with her.",
	"He said “We will respond.”|Then he left the room.",
	"“Why?” he asked.|Nobody answered.",
	"Dr. Smith and Mr. Jones arrived at 5 p.m.|They left at 6 a.m. on Tuesday.",
	"J. R. R. Tolkien wrote the book in 1937.|It sold well.",
	"They chose Plan B.|The rest of the plans failed.",
	"The U.S. Congress passed the bill.|The president signed it.",
	"The U.S. Army Corps of Engineers built the dam.|It opened in 1936.",
	"He met U.N. Secretary-General Antonio Guterres.|They spoke for an hour.",
	"He joined Apple Inc.|The company grew quickly.",
	"Shares of Acme Corp. rose 3 percent on Monday.|Analysts were surprised.",
	"No. 10 Downing Street issued a statement.|It was brief.",
	"Smith et al. (2020) found the same effect.|They used a larger sample.",
	"Smith et al. reported it first.|Later work agreed.",
	"The treaty was signed c. 1520 in Toledo.|Few copies survive.",
	"Rome burned in A.D. 64 under Nero.|The fire lasted six days.",
	"The strike was approved on Mon. Jan. 6, 2020, by the council.|Work stopped.",
	"Prices rose 4.5 percent, e.g. in food and fuel.|Wages did not.",
	"The vote ended 52-48.|Turnout was 61 percent.",
	"It happened in 1979.|1980 was worse.",
	"Der Präsident kam am Montag.|Österreich reagierte sofort.",
	"Talks resumed in Washington, D.C. on Friday.|No deal was reached.",
	"The firm moved to St. Louis in 1904.|It later moved to Chicago.",
	"Born in 1952 (d. 2011), he led the party.|His son succeeded him.",
	"The airline EADS N.V. (EADS) won the contract.|Boeing lost.",
	"The index closed at 16764.09.|Central banks injected funds.",
	"``We are ready,'' he said.|``They are not.''",
	"The lead was cut to 2-1.|[Applause]",
	"First paragraph ends here.\r\n\r\n|Second paragraph starts here.",
	"A heading\n\n|Its paragraph is a sentence.|And another one.",
	"## Background\n\n|The talks began in 2019.",
}

func TestSplitHardCases(t *testing.T) {
	for _, c := range hardCases {
		text := caseText(c)
		var want []string
		for _, p := range strings.Split(c, "|") {
			want = append(want, strings.TrimSpace(p))
		}
		got := texts(text, Split(text))
		if !equal(got, want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestSplitKinds(t *testing.T) {
	// A seed-like article: a headline line, a caption line, a subtitle
	// without final punctuation, paragraphs one per line, a section
	// heading and a list.
	article := strings.Join([]string{
		"Floodwaters recede from the river towns",
		"Residents wade through a flooded street in Passau, Germany, June 4, 2013. (Reuters Photo)",
		"",
		"The worst floods in a decade displaced thousands along the Danube and the Elbe and left a trail of damage",
		"",
		"",
		"The river crested at 12.89 meters in Passau on June 3, 2013, the highest level recorded there since 1501. Officials said the old town would stay closed for weeks while engineers checked the foundations of the buildings along the water. Residents who returned found mud up to the second floor.",
		"Farther north, the Elbe broke through a dike near Fischbeck on June 10, forcing the evacuation of several villages and the closure of a high-speed rail line between Berlin and Hanover. Dr. Ulrike Meyer of the state flood office said the breach had been expected for days.",
		"What the insurers said",
		"Insurers put the damage at more than 12 billion euros by the end of the month, making it one of the costliest natural disasters in the country since reunification in 1990, according to an industry body.",
		"Key dates:",
		"- June 3: the Danube crests in Passau.",
		"- June 10: a dike breaks near Fischbeck.",
		"1. Evacuate the old town first.",
	}, "\n")
	want := []struct {
		kind Kind
		text string
	}{
		{Headline, "Floodwaters recede from the river towns"},
		{Caption, "Residents wade through a flooded street in Passau, Germany, June 4, 2013."},
		{Caption, "(Reuters Photo)"},
		{Headline, "The worst floods in a decade displaced thousands along the Danube and the Elbe and left a trail of damage"},
		{Sentence, "The river crested at 12.89 meters in Passau on June 3, 2013, the highest level recorded there since 1501."},
		{Sentence, "Officials said the old town would stay closed for weeks while engineers checked the foundations of the buildings along the water."},
		{Sentence, "Residents who returned found mud up to the second floor."},
		{Sentence, "Farther north, the Elbe broke through a dike near Fischbeck on June 10, forcing the evacuation of several villages and the closure of a high-speed rail line between Berlin and Hanover."},
		{Sentence, "Dr. Ulrike Meyer of the state flood office said the breach had been expected for days."},
		{Headline, "What the insurers said"},
		{Sentence, "Insurers put the damage at more than 12 billion euros by the end of the month, making it one of the costliest natural disasters in the country since reunification in 1990, according to an industry body."},
		{Sentence, "Key dates:"},
		{ListItem, "June 3: the Danube crests in Passau."},
		{ListItem, "June 10: a dike breaks near Fischbeck."},
		{ListItem, "Evacuate the old town first."},
	}
	spans := Split(article)
	if len(spans) != len(want) {
		t.Fatalf("got %d spans, want %d:\n%s", len(spans), len(want), dump(article, spans))
	}
	for i, w := range want {
		got := article[spans[i].Start:spans[i].End]
		if got != w.text || spans[i].Kind != w.kind {
			t.Errorf("span %d = %s %q, want %s %q", i, spans[i].Kind, got, w.kind, w.text)
		}
	}
}

func TestSplitWrapped(t *testing.T) {
	// Hard-wrapped text: newlines inside a paragraph are spaces, the short
	// last line of a paragraph is not a heading, a short line between two
	// sentences is.
	text := "The committee met on March 3, 2021, to review the\n" +
		"budget. Members argued for hours about the cost of the\n" +
		"new bridge and the old one.\n" +
		"Costs and delays\n" +
		"The bridge was due to open in 2019 but the steel came\n" +
		"late. It finally opened on Oct. 2, 2022, three years\n" +
		"behind schedule.\n" +
		"\n" +
		"A second paragraph has one sentence that wraps onto\n" +
		"Two lines, the second capitalised by accident.\n"
	want := []struct {
		kind Kind
		text string
	}{
		{Sentence, "The committee met on March 3, 2021, to review the\nbudget."},
		{Sentence, "Members argued for hours about the cost of the\nnew bridge and the old one."},
		{Headline, "Costs and delays"},
		{Sentence, "The bridge was due to open in 2019 but the steel came\nlate."},
		{Sentence, "It finally opened on Oct. 2, 2022, three years\nbehind schedule."},
		{Sentence, "A second paragraph has one sentence that wraps onto\nTwo lines, the second capitalised by accident."},
	}
	spans := Split(text)
	if len(spans) != len(want) {
		t.Fatalf("got %d spans, want %d:\n%s", len(spans), len(want), dump(text, spans))
	}
	for i, w := range want {
		got := text[spans[i].Start:spans[i].End]
		if got != w.text || spans[i].Kind != w.kind {
			t.Errorf("span %d = %s %q, want %s %q", i, spans[i].Kind, got, w.kind, w.text)
		}
	}
}

func TestSplitCaptions(t *testing.T) {
	for _, c := range []struct {
		text  string
		kinds []Kind
	}{
		{"Vehicles drive past a billboard in Tehran, Iran, Aug. 12, 2024. (AFP Photo)", []Kind{Caption, Caption}},
		{"Photo: Reuters", []Kind{Caption}},
		{"Rescuers search the rubble in Antakya on Feb. 7, 2023. Photo by Jane Doe", []Kind{Caption, Caption}},
		{"The mayor speaks to reporters on Monday. Chip Somodevilla/Getty Images", []Kind{Caption, Caption}},
		{"Council approves new library\nBy Maria Lopez | Published: 13 August 2024\n\nThe council voted on Monday.", []Kind{Headline, Caption, Sentence}},
		{"Published 20 June 2013\n\nThe report came out.", []Kind{Caption, Sentence}},
		{"Updated: Aug. 13, 2024, 10:30 GMT", []Kind{Caption}},
		// Not credits: a bracket without a credit word, a word inside another,
		// sentences that start like bylines.
		{"By 2020 the city had doubled in size.", []Kind{Sentence}},
		{"Published in 1859, the book changed biology.", []Kind{Sentence}},
		{"The mayor spoke on Monday. (He was late.)", []Kind{Sentence, Sentence}},
		{"The rapporteur spoke. (Apple)", []Kind{Sentence, Sentence}},
	} {
		spans := Split(c.text)
		var kinds []Kind
		for _, s := range spans {
			kinds = append(kinds, s.Kind)
		}
		if fmt.Sprint(kinds) != fmt.Sprint(c.kinds) {
			t.Errorf("Split(%q) kinds = %v, want %v\n%s", c.text, kinds, c.kinds, dump(c.text, spans))
		}
	}
}

func TestSplitListMarkers(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // kind:text
	}{
		{"* First item.\n* Second item, wrapped\n  onto a second line.\n", []string{"list-item:First item.", "list-item:Second item, wrapped\n  onto a second line."}},
		{"• One. Two.\n• Three", []string{"list-item:One.", "list-item:Two.", "list-item:Three"}},
		{"12) Twelfth.\n13) Thirteenth.", []string{"list-item:Twelfth.", "list-item:Thirteenth."}},
		// Not markers: a year, a hyphen inside a word, a bare dash.
		{"1979. The year the Shah fled.", []string{"sentence:1979.", "sentence:The year the Shah fled."}},
		{"-10 degrees was the low.", []string{"sentence:-10 degrees was the low."}},
		{"-", []string{"sentence:-"}},
	} {
		spans := Split(c.text)
		var got []string
		for _, s := range spans {
			got = append(got, s.Kind.String()+":"+c.text[s.Start:s.End])
		}
		if !equal(got, c.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestSplitEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n\n", "\t \r\n", "\u00a0"} {
		if spans := Split(text); len(spans) != 0 {
			t.Errorf("Split(%q) = %v, want none", text, spans)
		}
	}
}

func TestAppendKeepsPrefix(t *testing.T) {
	dst := []Span{{Start: 1, End: 2}}
	out := Append(dst, "One. Two.")
	if len(out) != 3 || out[0] != dst[0] {
		t.Fatalf("Append = %v", out)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Sentence: "sentence", Headline: "headline", Caption: "caption", ListItem: "list-item", Kind(9): "unknown"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

// checkSpans verifies the invariants every split must keep.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order, empty or out of bounds (prev end %d, len %d) in %q", i, s, prev, len(text), text)
		}
		u := text[s.Start:s.End]
		if a, b := trim(u, 0, len(u)); a != 0 || b != len(u) {
			t.Fatalf("span %d %q not trimmed", i, u)
		}
		if utf8.ValidString(text) && !utf8.ValidString(u) {
			t.Fatalf("span %d %q cuts a character", i, u)
		}
		if s.Kind > ListItem {
			t.Fatalf("span %d has kind %d", i, s.Kind)
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, c := range hardCases {
		f.Add(caseText(c))
	}
	f.Add("- \n1.\n•\n(\"\n...\n…\n\u00a0.\u00a0A")
	f.Add("A.\nB.\n\nC")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

func TestInvariantsOnCorpus(t *testing.T) {
	text := benchText(t)
	spans := Split(text)
	checkSpans(t, text, spans)
	if len(spans) < 20 {
		t.Fatalf("only %d spans in the benchmark text", len(spans))
	}
}

func BenchmarkSplit(b *testing.B) {
	one := benchText(b)
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.WriteString(one)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var spans []Span
	for b.Loop() {
		spans = Append(spans[:0], text)
	}
}

func benchText(tb testing.TB) string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// caseText returns the text of a split case.
func caseText(c string) string {
	var b strings.Builder
	for i := 0; i < len(c); i++ {
		if c[i] != '|' {
			b.WriteByte(c[i])
			continue
		}
		if (i > 0 && isSpace(c[i-1])) || (i+1 < len(c) && isSpace(c[i+1])) {
			continue
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func equal(a, b []string) bool {
	return fmt.Sprintf("%q", a) == fmt.Sprintf("%q", b)
}

func dump(text string, spans []Span) string {
	var b strings.Builder
	for i, s := range spans {
		fmt.Fprintf(&b, "  %d %s [%d:%d] %q\n", i, s.Kind, s.Start, s.End, text[s.Start:s.End])
	}
	return b.String()
}
