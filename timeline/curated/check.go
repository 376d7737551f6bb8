package curated

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/timeline-tool/timeline/internal/weblink"
	"github.com/timeline-tool/timeline/timeline/timex"
)

func formsHint() string {
	return "write one of: " + timex.Forms
}

var (
	numericDate = regexp.MustCompile(`^(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?(T.*)?$`)
	slashDate   = regexp.MustCompile(`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$`)
)

// dateHint explains why s is not a date when the reason is a common one:
// unpadded numbers, a month or day that does not exist, stray spaces,
// slashes or dots between the parts.
func dateHint(s string) string {
	if t := strings.TrimSpace(s); t != s {
		if _, err := timex.Parse(t); err == nil {
			return fmt.Sprintf("remove the spaces: %q", t)
		}
	}
	if m := slashDate.FindStringSubmatch(s); m != nil {
		s = m[1] + "-" + m[2] + "-" + m[3]
		if _, err := timex.Parse(padDate(s)); err == nil {
			return fmt.Sprintf("write %q", padDate(s))
		}
	}
	m := numericDate.FindStringSubmatch(s)
	if m == nil {
		return formsHint()
	}
	month, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 {
		return fmt.Sprintf("there is no month %s; %s", m[2], formsHint())
	}
	if m[3] != "" {
		year, _ := strconv.Atoi(m[1])
		day, _ := strconv.Atoi(m[3])
		days := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if day < 1 || day > days {
			return fmt.Sprintf("%s-%02d has %d days", m[1], month, days)
		}
	}
	if p := padDate(s); p != s {
		if _, err := timex.Parse(p); err == nil {
			return fmt.Sprintf("write %q", p)
		}
	}
	return formsHint()
}

// padDate writes the month and day of a numeric date with two digits and
// the year with four.
func padDate(s string) string {
	m := numericDate.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	year := m[1]
	neg := strings.HasPrefix(year, "-")
	year = strings.TrimPrefix(year, "-")
	year = strings.Repeat("0", 4-len(year)) + year
	if neg {
		year = "-" + year
	}
	out := year + "-" + pad2(m[2])
	if m[3] != "" {
		out += "-" + pad2(m[3])
	}
	return out + m[4]
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// checkURL returns why s is not an http(s) URL with a host, and what to do,
// or "" when it is one.
func checkURL(s string) (problem, hint string) {
	const hintFull = "write a full address starting with https://"
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return "has spaces or control characters", "remove them, or write them as %20"
		}
	}
	if strings.ContainsRune(s, '\\') {
		return "has a backslash, which browsers read as /", "write / instead of \\, or %5C for a backslash"
	}
	u, err := url.Parse(s)
	if err != nil {
		return "is not a valid address", hintFull
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" || u.Hostname() == "" {
			return "has no host", hintFull
		}
		if u.User != nil {
			return "has a user name or password before its host", "remove the part up to and including @"
		}
		if _, _, ok := weblink.Parse(s); !ok {
			// The page and the exports apply weblink's rule; anything it
			// refuses must not pass here.
			return "is not a link the page can show", hintFull
		}
		return "", ""
	case "":
		if host, _, _ := strings.Cut(s, "/"); strings.Contains(host, ".") && !strings.HasPrefix(s, ".") && !strings.HasPrefix(s, "/") {
			return "is not an http(s) address", fmt.Sprintf("write %q", "https://"+s)
		}
		return "is not an http(s) address", hintFull + "; relative links are not allowed"
	default:
		return "is not an http(s) address", hintFull + fmt.Sprintf("; %s: links are not allowed", strings.ToLower(u.Scheme))
	}
}

var hexColor = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// checkID returns why s cannot be an id, or "".
func checkID(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != '.' {
			if unicode.IsSpace(r) {
				return "has spaces"
			}
			return fmt.Sprintf("has %q", r)
		}
	}
	return ""
}

// suggestID is s made into a recommended id: lowercase letters and digits
// joined by hyphens.
func suggestID(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words, "-")
}

// synonyms are keys people write for one of ours.
var synonyms = map[string][]string{
	"url":      {"link"},
	"href":     {"link"},
	"links":    {"link"},
	"name":     {"title", "label"},
	"label":    {"title"},
	"title":    {"label"},
	"when":     {"date"},
	"year":     {"date"},
	"time":     {"date"},
	"dates":    {"date"},
	"period":   {"date"},
	"desc":     {"description"},
	"text":     {"quote", "description"},
	"colour":   {"color"},
	"source":   {"sources", "url"},
	"hidden":   {"hide"},
	"lane":     {"group"},
	"category": {"type", "group"},
	"keywords": {"match", "tags"},
}

// didYouMean returns the allowed key closest to key, or "".
func didYouMean(key string, allowed []string) string {
	k := strings.ToLower(key)
	for _, s := range synonyms[k] {
		for _, a := range allowed {
			if a == s {
				return a
			}
		}
	}
	if len(k) > 40 {
		return ""
	}
	best, bestD := "", 1<<30
	for _, a := range allowed {
		d := distance(k, a)
		if d < bestD {
			best, bestD = a, d
		}
	}
	limit := 1
	if len([]rune(k)) >= 5 {
		limit = 2
	}
	if bestD <= limit {
		return best
	}
	if len(k) >= 3 {
		for _, a := range allowed {
			if strings.HasPrefix(a, k) {
				return a
			}
		}
	}
	return ""
}

// distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range rb {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// list is "a, b or c".
func list(words []string, quoted bool) string {
	w := make([]string, len(words))
	for i, s := range words {
		if quoted {
			s = strconv.Quote(s)
		}
		w[i] = s
	}
	switch len(w) {
	case 0:
		return ""
	case 1:
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " or " + w[len(w)-1]
}
