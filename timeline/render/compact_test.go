package render

import (
	"strings"
	"testing"
)

func TestCompactJS(t *testing.T) {
	// The preconditions compactJS relies on hold for the shipped script.
	if strings.Contains(strings.ReplaceAll(pageJSSource, "[&<>\"'`=]", ""), "`") {
		t.Error("timeline.js has a template literal; compactJS may not strip its lines")
	}
	for i, line := range strings.Split(pageJSSource, "\n") {
		if strings.HasSuffix(strings.TrimRight(line, " \t"), "\\") {
			t.Errorf("timeline.js:%d continues a string on the next line; compactJS would strip its indentation", i+1)
		}
	}
	src := "/*\n * header\n */\nvar a = 1; // keeps a trailing comment\n\n    // a comment line\n    if (a) {\n        b(\"// not a comment\");\n    /* one line */\n    }\n"
	want := "var a = 1; // keeps a trailing comment\nif (a) {\nb(\"// not a comment\");\n}\n"
	if got := compactJS(src); got != want {
		t.Errorf("compactJS:\n got %q\nwant %q", got, want)
	}
	if again := compactJS(compactJS(pageJSSource)); again != compactJS(pageJSSource) {
		t.Error("compacting twice changes the script")
	}
	// Every statement of the script is still there, in order.
	var code []string
	comment := false
	for _, line := range strings.Split(pageJSSource, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case comment:
			comment = !strings.Contains(t, "*/")
		case strings.HasPrefix(t, "/*"):
			comment = !strings.Contains(t, "*/")
		case t != "" && !strings.HasPrefix(t, "//"):
			code = append(code, t)
		}
	}
	out := compactJS(pageJSSource)
	at := 0
	for _, c := range code {
		i := strings.Index(out[at:], c)
		if i < 0 {
			t.Fatalf("compacted script lost %q", c)
		}
		at += i + len(c)
	}
	if n, m := len(pageJSSource), len(out); m > n*9/10 {
		t.Errorf("compacted script is %d of %d bytes; expected a real saving", m, n)
	}
}
