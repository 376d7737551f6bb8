package tagger

import (
	"strings"
	"testing"
)

// splitExample takes "text [span] text" apart.
func splitExample(t *testing.T, ex string) (src string, start, end int) {
	t.Helper()
	i := strings.IndexByte(ex, '[')
	j := strings.IndexByte(ex, ']')
	if i < 0 || j < i {
		t.Fatalf("example %q has no [span]", ex)
	}
	return ex[:i] + ex[i+1:j] + ex[j+1:], i, j - 1
}

// TestRuleExamples walks every rule and checks that each of its examples
// is matched by that rule, with exactly the bracketed span.
func TestRuleExamples(t *testing.T) {
	for i := range rules {
		r := &rules[i]
		t.Run(r.Name, func(t *testing.T) {
			if len(r.Examples) == 0 {
				t.Fatalf("rule %s has no examples", r.Name)
			}
			for _, ex := range r.Examples {
				src, start, end := splitExample(t, ex)
				toks := tokenize([]byte(src), nil)
				picks := defaultTagger.find([]byte(src), toks, nil)
				found := false
				var got []string
				for _, p := range picks {
					s, e := toks[p.from].start, toks[p.to-1].end
					got = append(got, p.rule.Name+":"+src[s:e])
					if p.rule == r && s == start && e == end {
						found = true
					}
				}
				if !found {
					t.Errorf("example %q: want rule %s on %q, got %v", ex, r.Name, src[start:end], got)
				}
			}
		})
	}
}

func TestRuleNamesAreSnakeCase(t *testing.T) {
	for _, n := range Rules() {
		for _, c := range n {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
				t.Errorf("rule name %q is not snake_case", n)
				break
			}
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, p := range []string{"[the", "the]", "{nosuch}", "? the", "{month", "a||b", "latest|just-ended quarter"} {
		if _, _, err := parsePattern(p); err == nil {
			t.Errorf("parsePattern(%q): want an error", p)
		}
	}
}

func TestExpandOptional(t *testing.T) {
	items, _, err := parsePattern("[the] {ordinal:q} quarter [of {year4:year}]")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(expand(items)); n != 4 {
		t.Errorf("expand: got %d sequences, want 4", n)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	src := "Aug.1, 2024 — the ’60s café\u00a0x"
	toks := tokenize([]byte(src), nil)
	var got []string
	for _, tk := range toks {
		got = append(got, src[tk.start:tk.end])
	}
	want := []string{"Aug", ".", "1", ",", "2024", "—", "the", "’", "60", "s", "café", "x"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens: got %q, want %q", got, want)
	}
	if toks[5].punct != '-' || toks[7].punct != '\'' {
		t.Errorf("dash and curly quote should map to ASCII, got %q %q", toks[5].punct, toks[7].punct)
	}
}
