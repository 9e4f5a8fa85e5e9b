package score_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/communique/communique/internal/score"
)

func ExampleScore() {
	golds, err := score.LoadGold("testdata/cases/edge/gold")
	if err != nil {
		fmt.Println(err)
		return
	}
	records := `{"source":{"path":"docs/e.txt"},"title":"Any title","published":"2019-05","dates":[{"value":"2019-05"}],"agencies":[{"name":"DHS"}]}`
	preds, err := score.ReadRecords(strings.NewReader(records))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := score.Score(golds, preds)
	dates, _ := r.Field("dates")
	fmt.Printf("dates tp %d fp %d fn %d\n", dates.TP, dates.FP, dates.FN)
	if err := r.WriteJSON(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// dates tp 1 fp 0 fn 9
	// {"dates": {"precision": 1.0, "recall": 0.1, "f1": 0.182}, "people": {"precision": 0.0, "recall": 0.0, "f1": 0.0}, "agencies": {"precision": 1.0, "recall": 0.1, "f1": 0.182}, "agenda": {"precision": 0.0, "recall": 0.0, "f1": 0.0}, "title_accuracy": 0.0, "published_accuracy": 0.167, "agenda_parent_accuracy": 0.0, "overall_f1": 0.091, "gold_records": 6, "extra_records": 0, "unparsed_lines": 0}
}
