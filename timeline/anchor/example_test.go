package anchor_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

func Example() {
	src := []byte("The board met on July 31, 2024. The following day, shares fell; " +
		"last week the firm, founded in the 1960s, hired staff for three years.")
	ref := anchor.Reference{DCT: anchor.Date{Year: 2024, Month: 8, Day: 12}}
	for _, r := range anchor.Resolve(tagger.Tag(src), ref) {
		fmt.Printf("%-18q %-8s %-10s %s\n", r.Text, r.Type, r.Value, r.Anchor)
	}
	// Output:
	// "July 31, 2024"    DATE     2024-07-31 absolute
	// "The following day" DATE     2024-08-01 previous
	// "last week"        DATE     2024-W32   dct
	// "the 1960s"        DATE     196        absolute
	// "three years"      DURATION P3Y        absolute
}
