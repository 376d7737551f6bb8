package tagger

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzTag checks the invariants of Tag on any input: no panic; spans in
// bounds, sorted and not overlapping; Text is the bytes of the span; the
// same input gives the same mentions.
func FuzzTag(f *testing.F) {
	for i := range rules {
		for _, ex := range rules[i].Examples {
			f.Add(strings.NewReplacer("[", "", "]", "").Replace(ex))
		}
	}
	f.Add("")
	f.Add("\xff\xfe2024-07-31\x00 July")
	f.Add("On 12/31/1999 at 23:59 UTC, the '90s ended; mid-\u20132000 \u2019s")
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		ms := Tag(src)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(src) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prevEnd, s)
			}
			if m.Text != string(src[m.Start:m.End]) {
				t.Fatalf("text %q != src[%d:%d] %q", m.Text, m.Start, m.End, src[m.Start:m.End])
			}
			if m.Type < Date || m.Type > Set || m.Rule == "" {
				t.Fatalf("mention %+v has no type or rule", m)
			}
			prevEnd = m.End
		}
		again := Tag(bytes.Clone(src))
		if len(again) != len(ms) {
			t.Fatalf("second run found %d mentions, first %d", len(again), len(ms))
		}
	})
}

// Tag is safe for concurrent use and gives the same result as alone.
func TestConcurrentTag(t *testing.T) {
	src := benchText(200_000)
	want := Tag(src)
	done := make(chan []Mention)
	for i := 0; i < 4; i++ {
		go func() { done <- Tag(src) }()
	}
	for i := 0; i < 4; i++ {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("concurrent run found %d mentions, serial %d", len(got), len(want))
		}
		for k := range got {
			if got[k].Span != want[k].Span || got[k].Rule != want[k].Rule {
				t.Fatalf("mention %d differs: %+v vs %+v", k, got[k].Span, want[k].Span)
			}
		}
	}
}

// Reading the text a window of tokens at a time must not change anything.
func TestWindowsDoNotMatter(t *testing.T) {
	src := benchText(300_000)
	small := Tag(src)
	defer func(w int) { windowTokens = w }(windowTokens)
	for _, w := range []int{200, 1 << 30} {
		windowTokens = w
		got := Tag(src)
		if len(got) != len(small) {
			t.Fatalf("window %d: %d mentions, default window %d", w, len(got), len(small))
		}
		for k := range got {
			if got[k].Span != small[k].Span || got[k].Rule != small[k].Rule || got[k].Tense != small[k].Tense {
				t.Fatalf("window %d, mention %d: %+v vs %+v", w, k, got[k], small[k])
			}
		}
	}
}
