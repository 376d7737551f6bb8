package sentence_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/timeline/sentence"
)

func ExampleSplit() {
	text := "Talks collapse in Geneva\n" +
		"Delegates leave the hall on Aug. 12, 2024. (AFP Photo)\n\n" +
		"The U.S. envoy left on Aug.1, 2024 after Gen. Smith spoke. Sanctions were imposed by the U.S. Iran denied wrongdoing.\n" +
		"- Talks resume in Sept.\n"
	for _, s := range sentence.Split(text) {
		fmt.Printf("%-9s %q\n", s.Kind, text[s.Start:s.End])
	}
	// Output:
	// headline  "Talks collapse in Geneva"
	// caption   "Delegates leave the hall on Aug. 12, 2024."
	// caption   "(AFP Photo)"
	// sentence  "The U.S. envoy left on Aug.1, 2024 after Gen. Smith spoke."
	// sentence  "Sanctions were imposed by the U.S."
	// sentence  "Iran denied wrongdoing."
	// list-item "Talks resume in Sept."
}
