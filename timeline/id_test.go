package timeline

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/timex"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mohsen Fakhrizadeh assassinated near Tehran", "mohsen-fakhrizadeh-assassinated-near-tehran"},
		{"  Purge of Iran's Ministry -- of Intelligence!  ", "purge-of-iran-s-ministry-of-intelligence"},
		{"Crise d'octobre : les missiles à Cuba", "crise-d-octobre-les-missiles-à-cuba"},
		{"ÉCOLE Polytechnique", "école-polytechnique"},
		{"2020-11-27", "2020-11-27"},
		{"U-2 shot down", "u-2-shot-down"},
		{"???", ""},
		{"", ""},
		{"tab\tand\nnewline", "tab-and-newline"},
		// Cut after the last whole word within 60 bytes.
		{"one two three four five six seven eight nine ten eleven twelve thirteen",
			"one-two-three-four-five-six-seven-eight-nine-ten-eleven"},
		// A first word longer than the limit is cut, on a rune boundary.
		{strings.Repeat("é", 40), strings.Repeat("é", 30)},
	}
	valid := regexp.MustCompile(`^[\p{L}\p{N}-]*$`)
	for _, tt := range tests {
		got := Slug(tt.in)
		if got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len(got) > 60 || !valid.MatchString(got) || strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") {
			t.Errorf("Slug(%q) = %q is not a valid id", tt.in, got)
		}
		if Slug(got) != got {
			t.Errorf("Slug(Slug(%q)) = %q, changes it again", tt.in, Slug(got))
		}
	}
}

func mustDate(t testing.TB, s string) timex.Value {
	t.Helper()
	v, err := timex.Parse(s)
	if err != nil {
		t.Fatalf("timex.Parse(%q): %v", s, err)
	}
	return v
}

func TestDateSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-07-31", "2024-07-31"},
		{"2024-07", "2024-07"},
		{"2024-SU", "2024-su"},
		{"2024", "2024"},
		{"196X", "196x"},
		{"19XX", "19xx"},
		{"2024-07-31T02:00", "2024-07-31t02-00"},
		{"2020/2024-08-12", "2020-2024-08-12"},
		{"../2020", "2020"},
		{"2020/..", "2020"},
		{"1965~", "1965"},
		{"2024-07-31?", "2024-07-31"},
		{"-0043-03-15", "44bce-03-15"},
		{"-0499", "500bce"},
	}
	for _, tt := range tests {
		if got := DateSlug(mustDate(t, tt.in)); got != tt.want {
			t.Errorf("DateSlug(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := DateSlug(timex.Value{}); got != "" {
		t.Errorf("DateSlug(zero) = %q, want empty", got)
	}
}

func TestExtractedID(t *testing.T) {
	people := func(p ...string) Entities { return Entities{People: p} }
	tests := []struct {
		date, title, typ string
		ents             Entities
		want             string
	}{
		{"2024-07-31", "Ismail Haniyeh assassinated in Tehran", "killing", people("Ismail Haniyeh"), "2024-07-31-haniyeh-assassinated"},
		{"2020", "Sabotage at the Natanz nuclear site", "attack", Entities{Places: []string{"Natanz"}}, "2020-sabotage-natanz-nuclear-site"},
		{"2009", "Purge of Iran's Ministry of Intelligence", "purge", Entities{}, "2009-purge-iran-ministry"},
		{"196X", "Eli Cohen penetrates Syria's leadership", "", people("Eli Cohen"), "196x-cohen-penetrates-syria-leadership"},
		{"2024-08-01", "Jomhouri Eslami demands an intelligence purge", "publication",
			Entities{Organizations: []string{"Jomhouri Eslami"}}, "2024-08-01-jomhouri-eslami-demands-intelligence"},
		{"2020/2024-08-12", "Mohsen Fakhrizadeh assassinated", "killing", people("Mohsen Fakhrizadeh"), "2020-2024-08-12-fakhrizadeh-assassinated"},
		// Numbers are not words of the id: the date says them.
		{"2016-08-05", "2016 Olympics open in Rio de Janeiro", "", Entities{}, "2016-08-05-olympics-open"},
		// Too few words in the title: the type, then the first entity.
		{"1962-10-27", "Shot down", "crash", Entities{Places: []string{"Cuba"}}, "1962-10-27-shot-down"},
		{"1962-10-27", "Crisis", "escalation", Entities{}, "1962-10-27-crisis-escalation"},
		{"1962-10-27", "", "meeting", Entities{Organizations: []string{"ExComm"}}, "1962-10-27-meeting-excomm"},
		{"1962-10-27", "", "", Entities{}, "1962-10-27-event"},
		{"-0043-03-15", "Julius Caesar assassinated in the Senate", "killing", people("Julius Caesar"), "44bce-03-15-caesar-assassinated"},
	}
	for _, tt := range tests {
		e := Event{Date: mustDate(t, tt.date), Title: tt.title, Type: tt.typ, Entities: tt.ents}
		if got := ExtractedID(e); got != tt.want {
			t.Errorf("ExtractedID(%s %q) = %q, want %q", tt.date, tt.title, got, tt.want)
		}
	}
	if got := ExtractedID(Event{Title: "Something happened"}); got != "undated-something-happened" {
		t.Errorf("undated: %q", got)
	}
}

// The id is the event's own: where the text is in the file, how confident
// the extractor is, and which other events there are do not change it.
func TestExtractedIDStable(t *testing.T) {
	e := Event{Date: timex.NewDay(2024, time.July, 31), Title: "Ismail Haniyeh assassinated in Tehran",
		Entities: Entities{People: []string{"Ismail Haniyeh"}}, Confidence: 0.9,
		Mentions: []Mention{{Source: "a.txt", Start: 412, End: 425, HasOffsets: true, Text: "July 31, 2024", Quote: "He was killed on July 31, 2024."}}}
	want := ExtractedID(e)
	moved := e
	moved.Mentions = []Mention{{Source: "a.txt", Start: 9412, End: 9425, HasOffsets: true, Text: "July 31, 2024", Quote: "He was killed on July 31, 2024."}}
	moved.Confidence = 0.6
	if got := ExtractedID(moved); got != want {
		t.Errorf("moving the sentence changed the id: %q, was %q", got, want)
	}
}

func collidingEvents() []Event {
	day := timex.NewDay(2024, time.July, 31)
	mk := func(src string, start int, quote string) Event {
		return Event{Date: day, Title: "Haniyeh killed", Origin: OriginExtracted, Confidence: 0.8,
			Mentions: []Mention{{Source: src, Start: start, End: start + 13, HasOffsets: true, Text: "July 31, 2024", Quote: quote}}}
	}
	return []Event{
		mk("b.txt", 40, "Reports say Haniyeh was killed on July 31, 2024."),
		mk("a.txt", 900, "On July 31, 2024, Haniyeh was killed, officials said."),
		mk("a.txt", 120, "Haniyeh was killed in Tehran on July 31, 2024."),
		{Date: timex.NewYear(2020), Title: "Natanz sabotage", Confidence: 0.7},
	}
}

func idsOf(events []Event) map[string]string {
	m := map[string]string{} // first quote (or title) → id
	for _, e := range events {
		k := e.Title
		if len(e.Mentions) > 0 {
			k = e.Mentions[0].Quote
		}
		m[k] = e.ID
	}
	return m
}

func TestAssignIDs(t *testing.T) {
	events := collidingEvents()
	AssignIDs(events)
	ids := idsOf(events)
	// The earliest in the text keeps the plain id; the others get a suffix
	// from their own content.
	if got := ids["Haniyeh was killed in Tehran on July 31, 2024."]; got != "2024-07-31-haniyeh-killed" {
		t.Errorf("earliest event: id %q, want the plain one", got)
	}
	suffixed := regexp.MustCompile(`^2024-07-31-haniyeh-killed-[0-9a-f]{6}$`)
	for _, q := range []string{"Reports say Haniyeh was killed on July 31, 2024.", "On July 31, 2024, Haniyeh was killed, officials said."} {
		if !suffixed.MatchString(ids[q]) {
			t.Errorf("event %q: id %q, want the plain id and a 6-digit hash", q, ids[q])
		}
	}
	if ids["Natanz sabotage"] != "2020-natanz-sabotage" {
		t.Errorf("unrelated event: id %q", ids["Natanz sabotage"])
	}
	seen := map[string]bool{}
	for _, e := range events {
		if seen[e.ID] {
			t.Errorf("id %q twice", e.ID)
		}
		seen[e.ID] = true
	}

	// Any input order gives the same ids.
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := collidingEvents()
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		AssignIDs(shuffled)
		if got := idsOf(shuffled); !mapsEqual(got, ids) {
			t.Fatalf("shuffled input gives other ids:\n%v\nwant\n%v", got, ids)
		}
	}

	// Text added before all of them moves every offset: no id changes.
	moved := collidingEvents()
	for i := range moved {
		for j := range moved[i].Mentions {
			moved[i].Mentions[j].Start += 500
			moved[i].Mentions[j].End += 500
		}
	}
	AssignIDs(moved)
	if got := idsOf(moved); !mapsEqual(got, ids) {
		t.Errorf("moved offsets give other ids:\n%v\nwant\n%v", got, ids)
	}

	// A second run changes nothing.
	again := slices.Clone(events)
	AssignIDs(again)
	for i := range events {
		if again[i].ID != events[i].ID {
			t.Errorf("second AssignIDs changed %q to %q", events[i].ID, again[i].ID)
		}
	}
}

// Two events saying exactly the same thing still get distinct ids.
func TestAssignIDsIdentical(t *testing.T) {
	e := Event{Date: timex.NewYear(2020), Title: "Natanz sabotage"}
	events := []Event{e, e, e}
	AssignIDs(events)
	seen := map[string]bool{}
	for _, x := range events {
		if seen[x.ID] || !strings.HasPrefix(x.ID, "2020-natanz-sabotage") {
			t.Errorf("ids %q", []string{events[0].ID, events[1].ID, events[2].ID})
		}
		seen[x.ID] = true
	}
	// An id the extractor set is kept when it is unique.
	kept := []Event{{ID: "my-id", Date: timex.NewYear(2020), Title: "x"}}
	AssignIDs(kept)
	if kept[0].ID != "my-id" {
		t.Errorf("unique id changed to %q", kept[0].ID)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
