package curated

import (
	"bytes"
	"unicode/utf8"
)

var bom = []byte("\ufeff")

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, bom) }

// lineStarts returns the byte offset where each line of src starts, counting
// line breaks as yaml.v3 does: CR LF, CR, LF, NEL, LS and PS. A final break
// starts one more (empty) line.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i := 0; i < len(src); {
		n := breakLen(src, i)
		if n == 0 {
			i++
			continue
		}
		i += n
		starts = append(starts, i)
	}
	return starts
}

// breakLen is the length of the line break at src[i], or 0.
func breakLen(src []byte, i int) int {
	switch {
	case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
		return 2
	case src[i] == '\r' || src[i] == '\n':
		return 1
	case bytes.HasPrefix(src[i:], []byte("\u0085")):
		return 2
	case bytes.HasPrefix(src[i:], []byte("\u2028")), bytes.HasPrefix(src[i:], []byte("\u2029")):
		return 3
	}
	return 0
}

// splitLines returns the lines of src without their breaks.
func splitLines(src []byte) [][]byte {
	starts := lineStarts(src)
	lines := make([][]byte, len(starts))
	for i, s := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = trimBreak(src, s, starts[i+1])
		}
		lines[i] = src[s:end]
	}
	return lines
}

// trimBreak returns end moved back over the line break that ends src[s:end].
func trimBreak(src []byte, s, end int) int {
	for _, n := range []int{3, 2, 1} {
		if end-n >= s && breakLen(src, end-n) == n {
			return end - n
		}
	}
	return end
}

// firstNonBlank is the 1-based column (in characters) of the first
// character of line that is not a space or a tab, or 1 for a blank line.
func firstNonBlank(line []byte) int {
	col := 1
	for len(line) > 0 {
		r, n := utf8.DecodeRune(line)
		if r != ' ' && r != '\t' {
			return col
		}
		line = line[n:]
		col++
	}
	return 1
}
