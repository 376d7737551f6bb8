package weblink

import "testing"

func TestParse(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.org/a?b=c", "https://example.org/a?b=c", true},
		{"  HTTP://Example.org/x \n", "HTTP://Example.org/x", true},
		{`https://example.org/?q="><script>`, `https://example.org/?q="><script>`, true},
		{"javascript:alert(1)", "", false},
		{"JaVaScRiPt:alert(1)", "", false},
		{" javascript:alert(1)", "", false},
		{"java\tscript:alert(1)", "", false},
		{"data:text/html,<b>x</b>", "", false},
		{"//example.org/a", "", false},
		{"/relative/path", "", false},
		{"example.org", "", false},
		{"https://user:pw@example.org/", "", false},
		{`https:\\example.org`, "", false},
		{"https://", "", false},
		{"ftp://example.org/file", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, u, ok := Parse(c.in)
		if got != c.want || ok != c.ok || ok != (u != nil) {
			t.Errorf("Parse(%q) = %q, %v, %v; want %q, %v", c.in, got, u, ok, c.want, c.ok)
		}
	}
}
