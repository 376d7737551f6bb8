package curated

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is one problem in a timeline.yaml, at a position of the file.
type Error struct {
	File  string // the name given to Parse or Load
	Line  int    // 1-based
	Col   int    // 1-based, in characters (as yaml.v3 counts them)
	Msg   string // what is wrong, lowercase, quoting the offending text
	Quote string // the offending text as written, for Pretty's carets
	Hint  string // what to do about it; may be empty
}

// Error is "file:line:col: message; hint".
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	fmt.Fprintf(&b, "%d:%d: %s", e.Line, e.Col, e.Msg)
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Pretty renders the error for a terminal, given the source it was found in:
// the location and message, the line and up to two lines before it with
// their numbers, carets under the offending text, and the hint.
//
//	timeline.yaml:12:5: unknown key "dat" in event
//
//	  11 |   - id: fakhrizadeh
//	  12 |     dat: 2020-11-27
//	     |     ^^^
//	hint: did you mean "date"?
//
// Control characters of the source are shown as U+FFFD, so a hostile file
// cannot drive the terminal.
func (e *Error) Pretty(src []byte) string {
	var b strings.Builder
	loc := *e
	loc.Hint = ""
	b.WriteString(loc.Error())
	b.WriteByte('\n')

	lines := splitLines(trimBOM(src))
	if e.Line >= 1 && e.Line <= len(lines) {
		first := max(1, e.Line-2)
		width := len(strconv.Itoa(e.Line))
		b.WriteByte('\n')
		for n := first; n <= e.Line; n++ {
			text := displayLine(string(lines[n-1]))
			fmt.Fprintf(&b, "  %*d | %s\n", width, n, text)
		}
		pad, carets := caretSpan(displayLine(string(lines[e.Line-1])), e.Col, e.Quote)
		fmt.Fprintf(&b, "  %*s | %s%s\n", width, "", pad, strings.Repeat("^", carets))
	}
	if e.Hint != "" {
		b.WriteString("hint: ")
		b.WriteString(e.Hint)
		b.WriteByte('\n')
	}
	return b.String()
}

// displayLine makes a source line safe to print: control characters other
// than tab become U+FFFD (one character each, so columns still line up).
func displayLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && (unicode.IsControl(r) || r == utf8.RuneError || r == '\u2028' || r == '\u2029') {
			return utf8.RuneError
		}
		return r
	}, s)
}

// caretSpan returns the blank prefix that puts a caret under column col of
// line (tabs kept, so a terminal expands both alike) and how many carets
// cover the offending text: the quote when the line has it there (with its
// quotation marks when written quoted), else the word at col.
func caretSpan(line string, col int, quote string) (pad string, n int) {
	rs := []rune(line)
	at := min(max(col-1, 0), len(rs))
	var p strings.Builder
	for _, r := range rs[:at] {
		if r == '\t' {
			p.WriteByte('\t')
		} else {
			p.WriteByte(' ')
		}
	}
	for range col - 1 - at { // a column past the end of the line
		p.WriteByte(' ')
	}
	rest := string(rs[at:])
	q := displayLine(quote)
	switch {
	case q != "" && !strings.Contains(q, "\n") && strings.HasPrefix(rest, q):
		n = utf8.RuneCountInString(q)
	case q != "" && len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') &&
		strings.HasPrefix(rest[1:], q) && strings.HasPrefix(rest[1+len(q):], rest[:1]):
		n = utf8.RuneCountInString(q) + 2
	default:
		for _, r := range rest {
			if r == ' ' || r == '\t' || r == ',' || r == '}' || r == ']' {
				break
			}
			n++
		}
	}
	return p.String(), max(n, 1)
}

// ErrorList is every problem found in a file, in the order of the file.
type ErrorList []*Error

// Error is the errors one per line.
func (l ErrorList) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap gives errors.As access to each *Error.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Pretty is each error's Pretty, separated by blank lines.
func (l ErrorList) Pretty(src []byte) string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Pretty(src)
	}
	return strings.Join(s, "\n")
}

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Line != l[j].Line {
			return l[i].Line < l[j].Line
		}
		return l[i].Col < l[j].Col
	})
}

const maxQuote = 60 // characters of the user's text in a message

// quote is %q of s, cut to a readable length.
func quote(s string) string {
	return strconv.Quote(cut(s))
}

// snippet is s made safe to show unquoted in a hint: on one line, without
// control characters, cut to a readable length.
func snippet(s string) string {
	return displayLine(strings.Join(strings.Fields(cut(s)), " "))
}

func cut(s string) string {
	if utf8.RuneCountInString(s) > maxQuote {
		return string([]rune(s)[:maxQuote]) + "…"
	}
	return s
}
