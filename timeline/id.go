package timeline

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// maxSlug is the longest Slug, in bytes, cut at a word boundary.
const maxSlug = 60

// Slug is s in lowercase, its runs of letters and digits joined by hyphens
// ("Crise d'octobre : les missiles à Cuba" → "crise-d-octobre-les-missiles-
// à-cuba"), cut after the last whole word that fits in 60 bytes; "" when s
// has no letter or digit. A slug is a valid id of timeline.yaml.
func Slug(s string) string {
	return joinWords(words(strings.ToLower(s)), maxSlug)
}

// words splits s into its runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// joinWords joins words with hyphens, stopping before the word that would
// make the result longer than limit bytes (the first word is always kept,
// cut to limit if it alone is longer).
func joinWords(ws []string, limit int) string {
	var b strings.Builder
	for _, w := range ws {
		if b.Len() == 0 && len(w) > limit {
			w = cutBytes(w, limit)
		}
		if b.Len() > 0 && b.Len()+1+len(w) > limit {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

// cutBytes cuts s to at most n bytes on a rune boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// DateSlug is the date part of an id: the EDTF form of d in lowercase with
// its qualifiers dropped and "/" as "-" ("196X" → "196x", "2020/2024-08-12"
// → "2020-2024-08-12", "../2020" → "2020"), and a year before 1 CE written
// as the year BCE ("-0043-03-15", 44 BCE, → "44bce-03-15"). "" for the zero
// value.
func DateSlug(d timex.Value) string {
	if d.IsZero() {
		return ""
	}
	var parts []string
	for _, end := range strings.Split(d.String(), "/") {
		end = strings.TrimRight(end, "~?%")
		if end == ".." || end == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(end, "-"); ok {
			y, tail, _ := strings.Cut(rest, "-")
			if n, err := strconv.Atoi(y); err == nil {
				end = strconv.Itoa(n+1) + "bce"
				if tail != "" {
					end += "-" + tail
				}
			}
		}
		parts = append(parts, end)
	}
	return Slug(strings.Join(parts, " "))
}

// Words that say nothing about which event it is: left out of ids and of
// the title words merging compares.
var stopWords = setOf(
	"a", "an", "the", "and", "or", "but", "nor", "so", "yet",
	"in", "at", "near", "on", "of", "from", "to", "by", "with", "for", "during", "after", "before",
	"over", "into", "onto", "outside", "inside", "across", "against", "under", "between", "amid",
	"among", "as", "about", "around", "through", "toward", "towards", "upon", "via", "within", "without",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
	"will", "would", "can", "could", "may", "might", "shall", "should", "must",
	"it", "its", "he", "she", "they", "them", "his", "her", "their", "this", "that", "these", "those",
	"who", "whom", "whose", "which", "what", "when", "where", "while", "than", "then", "there",
	"not", "no", "also", "new", "s",
)

// prepositions end the words of an id once it has two: "Ismail Haniyeh
// assassinated in Tehran" → "haniyeh-assassinated".
var prepositions = setOf(
	"in", "at", "near", "on", "of", "from", "to", "by", "with", "for", "during", "after", "before",
	"over", "into", "outside", "inside", "across", "against", "under", "between", "amid", "among", "as",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// ExtractedID is the id of an extracted event: its DateSlug, then two to
// four words that say what happened, "2024-07-31-haniyeh-assassinated".
//
// The words come from the title: without stop words, a person named in
// full reduced to the surname ("Ismail Haniyeh" → "haniyeh"), and cut at
// the first preposition once there are two ("... in Tehran"). A title with
// fewer than two such words is completed with the type and then the first
// person, organization or place. The id depends only on the event's own
// date, title, type and entities, so it stays the same across runs and
// when text is added elsewhere in the source; two events that would share
// one are told apart by AssignIDs.
func ExtractedID(e Event) string {
	ws := idWords(e)
	if len(ws) == 0 {
		ws = []string{"event"}
	}
	date := DateSlug(e.Date)
	if date == "" {
		date = "undated"
	}
	return joinWords(append([]string{date}, ws...), maxSlug)
}

func idWords(e Event) []string {
	title := possessive.Replace(strings.ToLower(e.Title))
	// A person named in full becomes their surname.
	for _, p := range e.Entities.People {
		full := words(strings.ToLower(p))
		if len(full) < 2 {
			continue
		}
		title = replaceWords(title, full, full[len(full)-1])
	}
	var out []string
	for _, w := range words(title) {
		if len(out) >= 2 && prepositions[w] {
			break
		}
		if stopWords[w] || isNumber(w) {
			continue
		}
		out = append(out, w)
		if len(out) == 4 {
			return out
		}
	}
	if len(out) >= 2 {
		return out
	}
	extra := words(strings.ToLower(e.Type))
	for _, names := range [][]string{e.Entities.People, e.Entities.Organizations, e.Entities.Places} {
		if len(names) > 0 {
			ws := words(possessive.Replace(strings.ToLower(names[0])))
			if len(ws) > 0 {
				extra = append(extra, ws[len(ws)-1])
			}
			break
		}
	}
	for _, w := range extra {
		if len(out) >= 2 {
			break
		}
		if !slices.Contains(out, w) && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var possessive = strings.NewReplacer("'s ", " ", "’s ", " ", "'s", "", "’s", "")

// replaceWords replaces each run of the words seq in s (a lowercase
// string, words separated by anything but letters and digits) with repl.
func replaceWords(s string, seq []string, repl string) string {
	ws := words(s)
	var out []string
	for i := 0; i < len(ws); {
		if i+len(seq) <= len(ws) && slices.Equal(ws[i:i+len(seq)], seq) {
			out = append(out, repl)
			i += len(seq)
			continue
		}
		out = append(out, ws[i])
		i++
	}
	return strings.Join(out, " ")
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// AssignIDs gives each event without an id its ExtractedID, then makes the
// ids distinct. Events that share an id are ordered by where they are first
// written (source path, then offset: an order edits elsewhere in the text
// do not change) and by their content; the first keeps the id, each other
// gets a suffix made from a hash of its own content (quote, title, type,
// sources), "2024-07-31-haniyeh-assassinated-4f0c2a", so its id does not
// depend on the order of the input or on how many events come before it.
// Running it again changes nothing.
func AssignIDs(events []Event) {
	for i := range events {
		if events[i].ID == "" {
			events[i].ID = ExtractedID(events[i])
		}
	}
	byID := map[string][]int{}
	for i, e := range events {
		byID[e.ID] = append(byID[e.ID], i)
	}
	ids := make([]string, 0, len(byID))
	for id, idx := range byID {
		if len(idx) > 1 {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	slices.Sort(ids)
	used := map[string]bool{}
	for _, e := range events {
		used[e.ID] = true
	}
	for _, id := range ids {
		group := byID[id]
		slices.SortFunc(group, func(i, j int) int { return compareFirstWritten(events[i], events[j]) })
		for _, i := range group[1:] {
			h := contentHash(events[i])
			base := id
			u := ""
			for _, n := range []int{6, 8, 16} {
				if c := fmt.Sprintf("%s-%s", base, h[:n]); !used[c] {
					u = c
					break
				}
			}
			for n := 2; u == ""; n++ { // the same content twice
				if c := fmt.Sprintf("%s-%s-%d", base, h[:6], n); !used[c] {
					u = c
				}
			}
			used[u] = true
			events[i].ID = u
		}
	}
}

// compareFirstWritten orders events by their earliest mention, then by
// content, so equal events compare equal.
func compareFirstWritten(a, b Event) int {
	ma, mb := firstMention(a), firstMention(b)
	if c := cmp.Or(cmp.Compare(ma.Source, mb.Source), cmp.Compare(ma.Start, mb.Start), cmp.Compare(ma.End, mb.End)); c != 0 {
		return c
	}
	return cmp.Compare(contentHash(a), contentHash(b))
}

func firstMention(e Event) Mention {
	var first Mention
	for i, m := range e.Mentions {
		if i == 0 || m.Source < first.Source || m.Source == first.Source && m.Start < first.Start {
			first = m
		}
	}
	return first
}

// contentHash is 16 hex digits of FNV-1a over what the event says: its
// title, type, date, and the sources and quotes of its mentions.
func contentHash(e Event) string {
	h := fnv.New64a()
	put := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	put(e.Title)
	put(e.Type)
	put(e.Date.String())
	ms := slices.Clone(e.Mentions)
	slices.SortFunc(ms, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Quote, b.Quote), cmp.Compare(a.Text, b.Text))
	})
	for _, m := range ms {
		put(m.Source)
		put(m.Quote)
		put(m.Text)
	}
	return fmt.Sprintf("%016x", h.Sum64())
}
