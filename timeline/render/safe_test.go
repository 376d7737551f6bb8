package render

import (
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.org/a?b=c#d", "https://example.org/a?b=c#d", true},
		{"http://example.org", "http://example.org", true},
		{"HTTPS://Example.org/x", "https://Example.org/x", true},
		{"  https://example.org/padded  ", "https://example.org/padded", true},
		{"https://example.org/?q=\"><script>alert(7)</script>", "https://example.org/?q=%22%3E%3Cscript%3Ealert(7)%3C/script%3E", true},
		{"https://example.org/it's", "https://example.org/it%27s", true},
		{"https://[::1]:8080/", "https://[::1]:8080/", true},
		{"javascript:alert(3)", "", false},
		{"JaVaScRiPt:alert(1)", "", false},
		{" javascript:alert(1)", "", false},
		{"\tjavascript:alert(1)", "", false},
		{"java\tscript:alert(1)", "", false},
		{"java\nscript:alert(1)", "", false},
		{"\x01javascript:alert(1)", "", false},
		{"javascript&colon;alert(1)", "", false},
		{"vbscript:msgbox(1)", "", false},
		{"data:text/html,<script>alert(1)</script>", "", false},
		{"data:text/html;base64,PHNjcmlwdD4=", "", false},
		{"//evil.example/x", "", false},
		{"/relative/path", "", false},
		{"relative.html", "", false},
		{"#anchor", "", false},
		{"ftp://example.org/file", "", false},
		{"file:///etc/passwd", "", false},
		{"https://", "", false},
		{"https:example.org", "", false},
		{"https:\\\\evil.example", "", false},
		{"https://user:pass@example.org/", "", false},
		{"https://example.org@evil.example/", "", false},
		{"https://exa mple.org/", "", false},
		{"https://example.org/\x7f", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := SafeURL(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("SafeURL(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
		if ok {
			if again, ok2 := SafeURL(got); !ok2 || again != got {
				t.Errorf("SafeURL is not stable on its output %q: %q, %v", got, again, ok2)
			}
			if strings.ContainsAny(got, "\"'<>` \\") {
				t.Errorf("SafeURL(%q) = %q keeps a character that could end an attribute or element", c.in, got)
			}
		}
	}
}

func TestNeutralise(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Israeli operations", "Israeli operations"},
		{"__f__alert(8)__f__", "_\u200b_f__alert(8)_\u200b_f__"},
		{"__f__f__", "_\u200b_f_\u200b_f__"},
		{"a__f__", "a_\u200b_f__"},
		{"snake_case__name", "snake_case__name"},
	}
	for _, c := range cases {
		got := neutralise(c.in)
		if got != c.want {
			t.Errorf("neutralise(%q) = %q, want %q", c.in, got, c.want)
		}
		if strings.Contains(got, funcMarker) {
			t.Errorf("neutralise(%q) = %q still holds %q", c.in, got, funcMarker)
		}
	}
}

func TestEscapeScriptBody(t *testing.T) {
	cases := []struct{ in, want string }{
		{`var s = "</script>";`, `var s = "<\/script>";`},
		{`x = "<!-- c"`, `x = "<\!-- c"`},
		{`a < b && c > d`, `a < b && c > d`},
		{`"</SCRIPT"`, `"<\/SCRIPT"`},
	}
	for _, c := range cases {
		if got := escapeScriptBody(c.in); got != c.want {
			t.Errorf("escapeScriptBody(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscapeChartScript(t *testing.T) {
	cases := []struct {
		in, want, err string
	}{
		{`let o = {"name":"</script><b>&"};`, `let o = {"name":"\u003c/script\u003e\u003cb\u003e\u0026"};`, ""},
		{`f('<!--', "a\"<", ` + "`<`" + `)`, `f('\u003c!--', "a\"\u003c", ` + "`\\u003c`" + `)`, ""},
		{`x = {"a":"b\\"}; y = "<"`, `x = {"a":"b\\"}; y = "\u003c"`, ""},
		{`if (a < b) {}`, "", "unexpected '<' outside a string"},
		{`"open`, "", "unterminated string"},
	}
	for _, c := range cases {
		got, err := escapeChartScript(c.in)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("escapeChartScript(%q): error %v, want one saying %q", c.in, err, c.err)
			}
		case err != nil:
			t.Errorf("escapeChartScript(%q): %v", c.in, err)
		case got != c.want:
			t.Errorf("escapeChartScript(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestSafeColor(t *testing.T) {
	for in, want := range map[string]string{
		"#0072b2": "#0072b2", "#FFF": "#FFF", "red": "x", "#12345": "x",
		"#fff;background:url(javascript:alert(1))": "x", "": "x",
	} {
		if got := safeColor(in, "x"); got != want {
			t.Errorf("safeColor(%q) = %q, want %q", in, got, want)
		}
	}
}
