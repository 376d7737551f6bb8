package tagger

import (
	"strings"
	"testing"
)

// benchText is news-like prose: most sentences hold no date, some hold one
// or two, numbers that are not dates appear too.
func benchText(size int) []byte {
	paras := []string{
		"The ministry said on Tuesday that talks with the union had stalled over pay and pensions, and that a strike could follow. Officials declined to say how many of the 2,000 workers would walk out.",
		"Shares of the company rose 4.5% to $31.20 in early trading, after the board approved a buyback worth $2 billion. Analysts at three banks raised their targets, citing stronger demand in Asia and Europe.",
		"The report, published in March 2019, found that river levels had fallen for three years in a row. Farmers in the valley said the drought of the 1960s was the last time they had seen anything similar.",
		"Residents of the northern district gathered in the square to hear the mayor, who promised new housing, better schools and a tram line to the airport. Critics said the plan lacked detail and money.",
		"A spokesman for the airline said the flight, a Boeing 747 carrying 380 passengers, landed safely in Room for manoeuvre was limited, he added, because the runway had been shortened for repairs.",
		"Last week the central bank kept its main rate at 4.25 percent, and it will meet again on Sept. 18, 2024. Inflation has eased since the summer of 2023 but remains above the target of two percent.",
		"The museum reopened after a long restoration. Visitors can see paintings from the 19th century, a collection of maps and a room devoted to the city's harbour, which traded with ports across the sea.",
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return []byte(b.String()[:size])
}

func BenchmarkTag(b *testing.B) {
	src := benchText(4 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tag(src)
	}
}
