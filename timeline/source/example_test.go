package source_test

import (
	"fmt"
	"log"

	"github.com/timeline-tool/timeline/timeline/source"
)

func ExampleRead() {
	doc, err := source.Read("testdata/page-meta.html")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Published, "from", doc.PublishedFrom)
	// A span of the article text and the bytes of the page it came from.
	start := 394
	end := start + len("The city closed two other bridges")
	fs, fe, ok := doc.Offsets.FileSpan(start, end)
	fmt.Printf("%q is file[%d:%d] %v\n", doc.Text[start:end], fs, fe, ok)
	// Output:
	// Bridge reopens after two-year repair
	// 2024-05-03 from html-meta
	// "The city closed two other bridges" is file[1476:1509] true
}
