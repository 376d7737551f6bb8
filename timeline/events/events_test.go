package events

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/source"
	"github.com/timeline-tool/timeline/timeline/timex"
)

var update = flag.Bool("update", false, "rewrite golden files")

var dct = timex.NewDay(2024, 8, 12)

func extractFile(t testing.TB, path string) ([]timeline.Event, *source.Document) {
	t.Helper()
	d, err := source.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(d, Options{DCT: dct}), d
}

func extractText(text string, opt Options) []timeline.Event {
	d, err := source.ReadReader("test.txt", strings.NewReader(text), "txt")
	if err != nil {
		panic(err)
	}
	return Extract(d, opt)
}

// checkMentions: every mention's offsets give its text, and its quote holds it.
func checkMentions(t *testing.T, evs []timeline.Event, file string) {
	t.Helper()
	for _, e := range evs {
		for _, m := range e.Mentions {
			if !m.HasOffsets {
				t.Errorf("%s: mention %q has no offsets", e.Title, m.Text)
				continue
			}
			if m.Start < 0 || m.End > len(file) || m.Start >= m.End {
				t.Errorf("%s: mention %q at [%d,%d) out of the file (%d bytes)", e.Title, m.Text, m.Start, m.End, len(file))
				continue
			}
			if got := flat(file[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: offsets [%d,%d) give %q, mention says %q", e.Title, m.Start, m.End, got, m.Text)
			}
			if !strings.Contains(m.Quote, m.Text) {
				t.Errorf("%s: quote %q does not hold %q", e.Title, m.Quote, m.Text)
			}
		}
	}
}

// want is an event the Iran articles must give: its date, its type and
// words its title must hold.
type want struct {
	date  string
	typ   string
	words []string
}

var iranEvents = []want{
	{"196X", "", []string{"Eli Cohen"}},
	{"2009", "purge", []string{"Purge", "Ministry of Intelligence"}},
	{"2020", "", []string{"Natanz"}},
	{"2020/2024-08-12", "killing", []string{"Mohsen Fakhrizadeh", "assassinated"}},
	{"2024-07-31", "killing", []string{"Ismail Haniyeh", "assassinated"}},
	{"2024-08-01", "", []string{"Jomhouri Eslami"}},
}

func checkIran(t *testing.T, evs []timeline.Event) {
	t.Helper()
	for _, w := range iranEvents {
		var found *timeline.Event
		for i := range evs {
			e := &evs[i]
			ok := e.Date.String() == w.date && (w.typ == "" || e.Type == w.typ)
			for _, word := range w.words {
				ok = ok && strings.Contains(e.Title, word)
			}
			if ok {
				found = e
				break
			}
		}
		if found == nil {
			t.Errorf("no event dated %s titled with %q; got:\n%s", w.date, w.words, list(evs))
			continue
		}
		if n := len(strings.Fields(found.Title)); n < 3 || n > 10 {
			t.Errorf("title %q has %d words, want 3 to 10", found.Title, n)
		}
		if w.date == "2020/2024-08-12" && found.Date.Precision() != timex.Inferred {
			t.Errorf("%q: precision %s, want inferred", found.Title, found.Date.Precision())
		}
		if w.date == "2024-07-31" && len(found.Mentions) < 3 {
			t.Errorf("%q: %d mentions, want the article's many mentions merged", found.Title, len(found.Mentions))
		}
	}
	// No event from a number that is not a date, nor two events for one date
	// and title.
	seen := map[string]bool{}
	for _, e := range evs {
		if e.Date.IsZero() {
			t.Errorf("event %q has no date", e.Title)
		}
		if seen[e.ID] {
			t.Errorf("two events with id %s", e.ID)
		}
		seen[e.ID] = true
	}
}

func list(evs []timeline.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("  " + e.Date.String() + "  " + e.Title + " (" + e.Type + ")\n")
	}
	return b.String()
}

func TestProjectSample(t *testing.T) {
	evs, d := extractFile(t, "../../seeds/iran-intelligence-failures.txt")
	checkIran(t, evs)
	checkMentions(t, evs, d.Text)
	if len(evs) > 9 {
		t.Errorf("%d events, want the six of the article and little else:\n%s", len(evs), list(evs))
	}
}

// TestReferenceArticle runs on the reference article when the shared
// folder is there (its text is not copied into the project).
func TestReferenceArticle(t *testing.T) {
	p := "../../../shared/seeds/000_7cd57f91d7e6c7a4.txt"
	if _, err := os.Stat(p); err != nil {
		t.Skip("reference article not present")
	}
	evs, d := extractFile(t, p)
	checkIran(t, evs)
	checkMentions(t, evs, d.Text)
}

func TestGolden(t *testing.T) {
	evs, _ := extractFile(t, "../../seeds/iran-intelligence-failures.txt")
	got := golden(evs)
	path := filepath.Join("testdata", "iran-intelligence-failures.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantB, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := diffLines(string(wantB), string(got)); d != "" {
		t.Errorf("extract output differs from %s (run go test -update if the change is right):\n%s", path, d)
	}
	again, _ := extractFile(t, "../../seeds/iran-intelligence-failures.txt")
	if !bytes.Equal(golden(again), got) {
		t.Error("a second run gives other output")
	}
}

func golden(evs []timeline.Event) []byte {
	type m struct {
		Start, End  int
		Text, Quote string
	}
	type e struct {
		ID, Date, Precision, Title, Description, Type string
		Entities                                      timeline.Entities
		Confidence                                    float64
		Mentions                                      []m
	}
	var out []e
	for _, ev := range evs {
		x := e{ev.ID, ev.Date.String(), ev.Date.Precision().String(), ev.Title, ev.Description, ev.Type, ev.Entities, ev.Confidence, nil}
		for _, mm := range ev.Mentions {
			x.Mentions = append(x.Mentions, m{mm.Start, mm.End, mm.Text, mm.Quote})
		}
		out = append(out, x)
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	return append(b, '\n')
}

// diffLines names the first lines where a and b differ.
func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)) && len(out) < 10; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "line "+itoa(i+1)+":\n  want "+x+"\n  got  "+y)
		}
	}
	return strings.Join(out, "\n")
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestTitles: sentences written for this test, the event each date must
// give, and its title.
func TestTitles(t *testing.T) {
	cases := []struct{ text, date, title, typ string }{
		{"Rebels assassinated Governor Paul Okafor in Lagos on March 3, 2011.", "2011-03-03", "Rebels assassinated Governor Paul Okafor in Lagos", "killing"},
		{"Maria Lopez was arrested in Madrid on June 5, 2019, after a long inquiry.", "2019-06-05", "Maria Lopez arrested in Madrid", "arrest"},
		{"The assassination of Ahmed Karimi in Beirut on May 2, 2015 shocked the region.", "2015-05-02", "Ahmed Karimi assassinated in Beirut", "killing"},
		{"After the disputed 1998 presidential election, thousands marched in the capital.", "1998", "Disputed presidential election", "election"},
		{"In 2016 hackers struck the power grid of Ukraine.", "2016", "Hackers struck power grid of Ukraine", "attack"},
		{"On Jan. 9, 2007, Apple unveiled the iPhone in San Francisco.", "2007-01-09", "Apple unveiled iPhone in San Francisco", "publication"},
		{"The bombing of the Marriott Hotel took place on Sept. 20, 2008.", "2008-09-20", "Bombing of Marriott Hotel", "attack"},
		{"In 1989 the government announced a purge of the Interior Ministry.", "1989", "Government announced purge of Interior Ministry", "purge"},
		{"Boeing received an order for 50 jets from Qantas on Feb. 14, 2006.", "2006-02-14", "Boeing received order for 50 jets", "business"},
		{"Voters in Kenya went to the polls in the 2013 election.", "2013", "Election", "election"},
		{"Jane Smith resigned as chief executive of Acme Corp. on July 1, 2020.", "2020-07-01", "Jane Smith resigned as chief executive of Acme Corp", "appointment"},
		{"The 1906 earthquake destroyed much of San Francisco.", "1906", "Earthquake destroyed much of San Francisco", "disaster"},
	}
	for _, c := range cases {
		got := eventDated(t, c.text, c.date)
		if got == nil {
			continue
		}
		if got.Title != c.title || got.Type != c.typ {
			t.Errorf("%q:\n  got  %q (%s)\n  want %q (%s)", c.text, got.Title, got.Type, c.title, c.typ)
		}
		if strings.HasPrefix(c.text, got.Title) && len(strings.Fields(got.Title)) > 9 {
			t.Errorf("%q: title %q is the sentence cut short", c.text, got.Title)
		}
	}
}

// TestCaptionsAndNumbers: a photo caption's date gets a caption event of low
// confidence; numbers that are not dates give nothing.
func TestCaptionsAndNumbers(t *testing.T) {
	text := "Flood waters rise in Dhaka\n\nA man wades through a street in Dhaka, Bangladesh, Aug. 3, 2022. (AFP Photo)\n\n" +
		"The flood displaced 40,000 people and destroyed 1,200 homes in 48 hours. Route 1915 was closed, and 2,500 soldiers were sent.\n"
	evs := extractText(text, Options{})
	for _, e := range evs {
		if e.Type != "caption" {
			t.Errorf("event %q dated %s from a text whose only date is a caption", e.Title, e.Date)
		} else if e.Confidence >= 0.5 {
			t.Errorf("caption event %q has confidence %.2f, want below 0.5", e.Title, e.Confidence)
		}
	}
}

// TestCrossDocument: two reports of one event, written differently, merge.
func TestCrossDocument(t *testing.T) {
	a := extractText("The dam at Kariba collapsed on April 4, 2021, and floods reached Harare. Engineer Tom Banda was arrested on April 9, 2021.", Options{Source: "a.txt"})
	b := extractText("Officials said the Kariba dam collapse on April 4, 2021 was caused by neglect.", Options{Source: "b.txt"})
	all := Combine(append(append([]timeline.Event(nil), a...), b...))
	var collapse []timeline.Event
	for _, e := range all {
		if e.Date.String() == "2021-04-04" {
			collapse = append(collapse, e)
		}
	}
	if len(collapse) != 1 {
		t.Fatalf("want one collapse event on 2021-04-04, got %d:\n%s", len(collapse), list(all))
	}
	srcs := map[string]bool{}
	for _, m := range collapse[0].Mentions {
		srcs[m.Source] = true
	}
	if !srcs["a.txt"] || !srcs["b.txt"] {
		t.Errorf("merged event's mentions come from %v, want both documents", srcs)
	}
	for _, e := range all {
		if e.Date.String() == "2021-04-09" && e.Type != "arrest" {
			t.Errorf("the arrest came out as %q (%s)", e.Title, e.Type)
		}
	}
}

func TestLexiconUpToDate(t *testing.T) {
	corpora := "../../../shared/corpora"
	if _, err := os.Stat(filepath.Join(corpora, "tbaq-cleaned")); err != nil {
		t.Skip("corpora not present")
	}
	if testing.Short() {
		t.Skip("regenerates the lexicon")
	}
	out := filepath.Join(t.TempDir(), "lexicon_gen.go")
	cmd := exec.Command("go", "run", "./internal/gen", "-corpora", corpora, "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generator: %v\n%s", err, b)
	}
	got, _ := os.ReadFile(out)
	have, _ := os.ReadFile("lexicon_gen.go")
	if !bytes.Equal(got, have) {
		t.Error("lexicon_gen.go is stale: run go generate ./timeline/events/")
	}
}

func TestLexicon(t *testing.T) {
	for form, want := range map[string]string{"assassination": "assassinated", "killing": "killed", "purge": "purged", "election": "elected", "strike": "struck", "appointment": "appointed"} {
		w := lookup(form)
		if w == nil {
			t.Errorf("%s: not in the lexicon", form)
			continue
		}
		if w.participle != want {
			t.Errorf("%s: participle %q, want %q", form, w.participle, want)
		}
	}
	if a, b := lookup("assassination"), lookup("assassinated"); a == nil || b == nil || a.stem != b.stem {
		t.Error("assassination and assassinated have different stems")
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Ismail Haniyeh was killed in Tehran on July 31, 2024. The killing followed the 2020 sabotage.")
	f.Add("In its Aug.1, 2024 edition, the paper (est. 1949) attacked X. 1,200 died in 1960s; P2Y.")
	f.Add("\n\n,,, 's ’s The the 2009 — — ( ) 2024-W31")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := source.ReadReader("f.txt", strings.NewReader(text), "txt")
		if err != nil {
			return
		}
		evs := Extract(d, Options{DCT: dct})
		w := Window
		Window = 40 // and in windows, cut anywhere
		evs = append(evs, Extract(d, Options{DCT: dct})...)
		Window = w
		for _, e := range evs {
			for _, m := range e.Mentions {
				if m.HasOffsets && (m.Start < 0 || m.End > len(text) || m.Start > m.End) {
					t.Fatalf("offsets [%d,%d) out of %d bytes", m.Start, m.End, len(text))
				}
				if m.HasOffsets && d.Text == text && m.Text != flat(text[m.Start:m.End]) {
					t.Fatalf("offsets [%d,%d) give %q, not %q", m.Start, m.End, text[m.Start:m.End], m.Text)
				}
				if !strings.Contains(m.Quote, m.Text) {
					t.Fatalf("quote %q does not hold %q", m.Quote, m.Text)
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../seeds/iran-intelligence-failures.txt")
	if err != nil {
		b.Fatal(err)
	}
	d, err := source.ReadReader("x.txt", bytes.NewReader(data), "txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Extract(d, Options{DCT: dct})
	}
}

// TestOtherSubjects runs on short articles written for this test (history
// with BC and circa dates, sports, science, a disaster): each must give the
// events listed, titled with the words given.
func TestOtherSubjects(t *testing.T) {
	cases := map[string][]want{
		"history.txt": {
			{"-0048", "", []string{"Julius Caesar", "Rubicon"}},
			{"-0043-03-15", "killing", []string{"Julius Caesar", "assassinated"}},
			{"-0030", "", []string{"Octavian", "Battle of Actium"}},
			{"-0069~", "birth", []string{"Virgil"}},
			{"-0018", "death", []string{"Virgil"}},
		},
		"sports.txt": {
			{"2010-07-11", "", []string{"Spain", "World Cup"}},
			{"1974", "", []string{"Netherlands"}},
			{"1978", "", []string{"Netherlands"}},
			{"2008-07", "appointment", []string{"Vicente del Bosque"}},
		},
		"science.txt": {
			{"1916", "", []string{"Albert Einstein", "predicted"}},
			{"2017-10", "", []string{"Nobel Prize"}},
		},
		"disaster.txt": {
			{"2015-04-25", "disaster", []string{"Earthquake", "Nepal"}},
			{"2015-05-12", "disaster", []string{"earthquake"}},
			{"1934", "disaster", []string{"earthquake"}},
		},
	}
	for file, wants := range cases {
		d, err := source.Read(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		evs := Extract(d, Options{})
		checkMentions(t, evs, d.Text)
		for _, w := range wants {
			ok := false
			for _, e := range evs {
				match := e.Date.String() == w.date && (w.typ == "" || e.Type == w.typ)
				for _, word := range w.words {
					match = match && strings.Contains(e.Title, word)
				}
				ok = ok || match
			}
			if !ok {
				t.Errorf("%s: no event %s %s titled with %q; got:\n%s", file, w.date, w.typ, w.words, list(evs))
			}
		}
	}
}

// TestWindows: a document longer than Window is read in windows, and gives
// the events the same text gives in one piece, at the same offsets.
func TestWindows(t *testing.T) {
	var b strings.Builder
	names, err := filepath.Glob("testdata/eval/*.txt")
	if err != nil || len(names) < 5 {
		t.Fatalf("eval articles: %v", err)
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n")
	}
	text := b.String()
	d, err := source.ReadReader("all.txt", strings.NewReader(text), "txt")
	if err != nil {
		t.Fatal(err)
	}
	whole := Extract(d, Options{DCT: dct})
	defer func(w int) { Window = w }(Window)
	Window = 3000
	parts := Extract(d, Options{DCT: dct})
	checkMentions(t, parts, text)
	key := func(evs []timeline.Event) map[string]bool {
		m := map[string]bool{}
		for _, e := range evs {
			for _, mt := range e.Mentions {
				m[e.Date.String()+" "+mt.Text+" "+itoa(mt.Start)] = true
			}
		}
		return m
	}
	kw, kp := key(whole), key(parts)
	same := 0
	for k := range kw {
		if kp[k] {
			same++
		}
	}
	// windows lose some context (relative dates, undated mentions), not most
	if len(kw) == 0 || float64(same) < 0.8*float64(len(kw)) {
		t.Errorf("windows of 3000 bytes keep %d of %d dated mentions", same, len(kw))
	}
	if len(text) <= 3*Window {
		t.Fatalf("the test text (%d bytes) should span several windows", len(text))
	}
}

// TestDayBeforeChrist: a day before Christ dates its event in every order
// and with every spelling of the era, as one mention.
func TestDayBeforeChrist(t *testing.T) {
	for _, c := range []struct{ text, date, mention string }{
		{"On March 15, 44 B.C. Julius Caesar was assassinated in Rome.", "-0043-03-15", "March 15, 44 B.C."},
		{"On 15 March 44 BC Julius Caesar was assassinated in Rome.", "-0043-03-15", "15 March 44 BC"},
		{"On 15 March 44 B.C. Julius Caesar was assassinated in Rome.", "-0043-03-15", "15 March 44 B.C."},
		{"On the 15th of March, 44 B.C.E., Julius Caesar was assassinated in Rome.", "-0043-03-15", "the 15th of March, 44 B.C.E."},
		{"Julius Caesar was assassinated in Rome on 15 March 44 B.C.", "-0043-03-15", "15 March 44 B.C."},
		{"The Battle of Pharsalus was fought on 9 August 48 B.C. near Pharsalus.", "-0047-08-09", "9 August 48 B.C."},
	} {
		evs := extractText(c.text, Options{})
		if len(evs) != 1 || evs[0].Date.String() != c.date || len(evs[0].Mentions) != 1 || evs[0].Mentions[0].Text != c.mention {
			t.Errorf("%q: want one event dated %s by %q; got:\n%s", c.text, c.date, c.mention, list(evs))
		}
	}
}

// eventDated extracts the events of text and returns the last one dated
// date, or reports the events it found and returns nil.
func eventDated(t *testing.T, text, date string) *timeline.Event {
	t.Helper()
	evs := extractText(text, Options{})
	var got *timeline.Event
	for i := range evs {
		if evs[i].Date.String() == date {
			got = &evs[i]
		}
	}
	if got == nil {
		t.Errorf("%q: no event dated %s; got:\n%s", text, date, list(evs))
	}
	return got
}
