package dates_test

import (
	"fmt"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/dates"
)

func ExampleFinder_Find() {
	f, err := dates.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &corpus.Article{
		Title: "Joint Press Statement",
		Text: "Joint Press Statement\nWashington, DC\nMarch 13, 2014\n\n" +
			"The fifth meeting was held in Tokyo on March 12 and 13, 2014. " +
			"The sides agreed to meet again in Fall 2014 and to report next month.",
	}
	found, published := f.Find(a)
	fmt.Println("published:", published)
	for _, d := range found {
		fmt.Printf("%s %s..%s %q role=%q relative=%v\n", d.Value, d.Start, d.End, d.Text, d.Role, d.Relative)
	}
	// Output:
	// published: 2014-03-13
	// 2014-03-13 2014-03-13..2014-03-13 "March 13, 2014" role="published" relative=false
	// 2014-03-12/2014-03-13 2014-03-12..2014-03-13 "March 12 and 13, 2014" role="event" relative=false
	// 2014-FA 2014-09-01..2014-11-30 "Fall 2014" role="event" relative=false
	// 2014-04 2014-04-01..2014-04-30 "next month" role="" relative=true
}
