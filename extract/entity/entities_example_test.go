package entity_test

import (
	"fmt"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/entity"
)

func ExampleFinder_Find() {
	f, err := entity.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &corpus.Article{Text: "Hajime Tonegawa, Director General of the Global ICT Strategy Bureau, " +
		"Ministry of Internal Affairs and Communications (MIC), met Ambassador Philip Verveer " +
		"of the U.S. Department of State in Tokyo. The MIC and the State Department agreed."}
	people, agencies, places := f.Find(a)
	for _, p := range people {
		fmt.Printf("%s %s | %s | %s | %s\n", p.ID, p.Name, p.Title, p.Affiliation, p.Country)
	}
	for _, ag := range agencies {
		fmt.Printf("%s %s (%s) %s parent=%s mentions=%d\n", ag.ID, ag.Name, ag.Acronym, ag.Country, ag.Parent, len(ag.Mentions))
	}
	for _, pl := range places {
		fmt.Printf("%s %s %s\n", pl.Name, pl.Kind, pl.Country)
	}
	// Output:
	// p1 Hajime Tonegawa | Director General of the Global ICT Strategy Bureau, Ministry of Internal Affairs and Communications | a1 | JP
	// p2 Philip Verveer | Ambassador | a3 | US
	// a1 Global ICT Strategy Bureau () JP parent=a2 mentions=1
	// a2 Ministry of Internal Affairs and Communications (MIC) JP parent= mentions=3
	// a3 U.S. Department of State (DOS) US parent= mentions=2
	// Tokyo city JP
}
