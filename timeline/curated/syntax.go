package curated

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseYAML reads the first document of data as a yaml.Node tree. extra is
// the second document when there is one (an error for timeline.yaml). A
// panic inside yaml.v3 comes back as an error.
func parseYAML(data []byte) (doc, extra *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, extra, err = nil, nil, &parserPanic{r}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var d yaml.Node
	if err := dec.Decode(&d); err != nil {
		if err == io.EOF {
			return nil, nil, nil
		}
		return nil, nil, err
	}
	var d2 yaml.Node
	switch err := dec.Decode(&d2); err {
	case nil:
		return &d, &d2, nil
	case io.EOF:
		return &d, nil, nil
	default:
		return nil, nil, err
	}
}

type parserPanic struct{ v any }

func (p *parserPanic) Error() string { return fmt.Sprintf("yaml parser panic: %v", p.v) }

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// splitYAMLError takes yaml.v3's "yaml: line N: msg" apart; N is 0 when the
// message has no line.
func splitYAMLError(err error) (n int, msg string) {
	s := err.Error()
	if m := yamlLine.FindStringSubmatch(s); m != nil {
		n, _ = strconv.Atoi(m[1])
		return n, m[2]
	}
	return 0, strings.TrimPrefix(s, "yaml: ")
}

// syntaxError turns an error of the YAML parser into an Error with a
// position. See the package comment for how the line is found.
func syntaxError(name string, data []byte, err error) *Error {
	var pp *parserPanic
	if errors.As(err, &pp) {
		return &Error{File: name, Line: 1, Col: 1, Msg: "the YAML parser failed: " + fmt.Sprint(pp.v),
			Hint: "this is a bug in the YAML library; please report it with this file"}
	}
	n, msg := splitYAMLError(err)
	starts := lineStarts(data)
	lines := splitLines(data)

	if e := readerError(name, data, starts, msg); e != nil {
		return e
	}
	if strings.HasPrefix(msg, "unknown anchor '") {
		return anchorError(name, data, starts, lines, msg)
	}

	line := findErrorLine(data, starts, n, msg)
	// An error at the end of the file is shown on its last non-blank line.
	for line > 1 && len(bytes.TrimSpace(lines[line-1])) == 0 {
		line--
	}
	text := lines[line-1]
	e := &Error{
		File:  name,
		Line:  line,
		Col:   firstNonBlank(text),
		Msg:   msg,
		Quote: strings.TrimSpace(string(text)),
	}
	e.Hint = syntaxHint(msg, text)
	return e
}

// findErrorLine finds the line of a YAML syntax error. yaml.v3 reports the
// line where the enclosing construct started, 0-based for parser errors and
// 1-based for scanner errors, and no line at all when that is the first
// line; the problem itself is at or after that line. Parsing the file again
// with a blank line in front makes yaml.v3 always report the construct's
// line; from there the first prefix of the file (in whole lines) that fails
// with the same message ends on the line with the problem.
func findErrorLine(data []byte, starts []int, n int, msg string) int {
	hi := len(starts)
	lo := max(n, 1)
	if _, _, err := parseYAML(append([]byte("\n"), data...)); err != nil {
		if n2, msg2 := splitYAMLError(err); msg2 == msg && n2 >= 1 {
			lo = max(n2-1, 1)
		}
	}
	lo = min(lo, hi)
	fails := func(l int) bool {
		prefix := data
		if l < len(starts) {
			prefix = data[:starts[l]]
		}
		_, _, err := parseYAML(prefix)
		if err == nil {
			return false
		}
		_, m := splitYAMLError(err)
		return m == msg
	}
	// The first lines one by one (exact), the rest by bisection (fast on
	// large files; a multi-line quote or flow list that is cut open could
	// mislead it, which is why the nearby lines are tried in order first).
	const linear = 64
	for l := lo; l < hi && l < lo+linear; l++ {
		if fails(l) {
			return l
		}
	}
	a, b := min(lo+linear, hi), hi // fails(b) holds: it is the whole file
	for a < b {
		m := int(uint(a+b) >> 1)
		if fails(m) {
			b = m
		} else {
			a = m + 1
		}
	}
	return b
}

// readerError locates the errors yaml.v3 reports without a line: bytes that
// are not UTF-8, and control characters.
func readerError(name string, data []byte, starts []int, msg string) *Error {
	if !strings.Contains(msg, "UTF-8") && !strings.Contains(msg, "control characters") && !strings.Contains(msg, "Unicode character") {
		return nil
	}
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		var e *Error
		switch {
		case r == utf8.RuneError && size <= 1:
			e = &Error{Msg: fmt.Sprintf("invalid UTF-8 byte 0x%02x", data[off]), Quote: string(data[off : off+1]), Hint: "save the file as UTF-8"}
		case !allowedRune(r):
			e = &Error{Msg: fmt.Sprintf("character %U is not allowed in YAML", r), Quote: string(r), Hint: "remove it"}
		}
		if e != nil {
			e.File = name
			e.Line, e.Col = position(data, starts, off)
			return e
		}
		off += size
	}
	return nil
}

// allowedRune is YAML 1.1's printable set, as yaml.v3 checks it.
func allowedRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0x7e:
		return true
	case r == 0x85 || r >= 0xa0 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd:
		return true
	case r >= 0x10000 && r <= 0x10ffff:
		return true
	}
	return false
}

// position is the 1-based line and character column of byte offset off.
func position(data []byte, starts []int, off int) (line, col int) {
	line = 1
	for line < len(starts) && starts[line] <= off {
		line++
	}
	col = 1 + utf8.RuneCount(data[starts[line-1]:off])
	return line, col
}

// anchorError places "unknown anchor 'x' referenced" on the first *x.
func anchorError(name string, data []byte, starts []int, lines [][]byte, msg string) *Error {
	anchor := strings.TrimSuffix(strings.TrimPrefix(msg, "unknown anchor '"), "' referenced")
	e := &Error{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("unknown anchor %s", quote(anchor)),
		Quote: "*" + anchor, Hint: fmt.Sprintf("define it with &%s on the value it stands for, before this use", anchor)}
	needle := []byte("*" + anchor)
	for from := 0; ; {
		i := bytes.Index(data[from:], needle)
		if i < 0 {
			break
		}
		at := from + i
		end := at + len(needle)
		if end == len(data) || bytes.IndexByte([]byte(" \t\r\n,]}"), data[end]) >= 0 {
			e.Line, e.Col = position(data, starts, at)
			return e
		}
		from = at + 1
	}
	return e
}

// syntaxHint says what usually causes a YAML syntax error.
func syntaxHint(msg string, line []byte) string {
	indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
	switch {
	case bytes.ContainsRune(indent, '\t') || strings.Contains(msg, "tab character"):
		return "indent with spaces, not tabs"
	case strings.Contains(msg, "cannot start any token"):
		return "put the value in quotes: @ and ` cannot start unquoted text"
	case strings.Contains(msg, "mapping values are not allowed"):
		return colonHint(line)
	case strings.Contains(msg, "end of stream"):
		return "close the quote opened on this line"
	case strings.Contains(msg, "expected ',' or ']'"):
		return "close the [ opened on this line with ]"
	case strings.Contains(msg, "expected ',' or '}'"):
		return "close the { opened on this line with }"
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "expected '-' indicator"):
		return "check the indentation: this line does not line up with the lines above it"
	case strings.Contains(msg, "could not find expected ':'"):
		return `write "key: value", or put the text in quotes`
	case strings.Contains(msg, "did not find expected node content"):
		return `a value is missing here, or needs quotes (" #" starts a comment)`
	}
	return "check the YAML syntax of this line"
}

// colonHint explains "mapping values are not allowed": either a value holds
// ": " and needs quotes (shown on the line itself), or the line is indented
// deeper than the key above it.
func colonHint(line []byte) string {
	text := strings.TrimSpace(string(line))
	text = strings.TrimSpace(strings.TrimPrefix(text, "- "))
	key, value, ok := strings.Cut(text, ": ")
	value = strings.TrimSpace(value)
	if !ok || !strings.Contains(value, ": ") || strings.ContainsAny(key, `"'{[`) {
		return "check the indentation: this line does not line up with the lines above it"
	}
	q := strconv.Quote(value)
	if strings.ContainsAny(value, `"\`) {
		q = "'" + strings.ReplaceAll(value, "'", "''") + "'"
	}
	return fmt.Sprintf("put the value in quotes, as it holds \": \": %s: %s", key, q)
}
