package curated

import (
	"fmt"
	"strings"
	"testing"
)

// bigFile is a timeline.yaml of n events; with bad set, the title line of
// the event at 90% is indented one space too far.
func bigFile(n int, bad bool) []byte {
	var b strings.Builder
	b.WriteString("title: big\ngroups:\n  - {id: g, color: \"#abc\"}\nevents:\n")
	for i := 1; i <= n; i++ {
		indent := "    "
		if bad && i == n*9/10 {
			indent = "     "
		}
		fmt.Fprintf(&b, "  - id: event-%d\n    date: 2020-%02d-%02d\n%stitle: Event number %d\n    group: g\n    sources: [{url: https://example.org/%d, quote: \"A sentence.\"}]\n",
			i, 1+i%12, 1+i%28, indent, i, i)
	}
	return []byte(b.String())
}

func BenchmarkParse10k(b *testing.B) {
	data := bigFile(10000, false)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSyntaxError10k(b *testing.B) {
	data := bigFile(10000, true)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.yaml", data); err == nil {
			b.Fatal("no error")
		}
	}
}
