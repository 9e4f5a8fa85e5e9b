package registry

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// TestDefaultOrder: events reads dates and entities, so they run first.
func TestDefaultOrder(t *testing.T) {
	xs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range xs {
		names = append(names, x.Name())
	}
	if want := []string{"dates", "entities", "agenda", "events"}; !reflect.DeepEqual(names, want) {
		t.Errorf("extractors %v, want %v", names, want)
	}
}

// probe is an extractor that records which parts it found and returns
// its own part (or fails).
type probe struct {
	name string
	err  error
	saw  *[]string
}

type probePart struct{ From string }

func (p probe) Name() string { return p.name }

func (p probe) Extract(_ context.Context, _ *corpus.Article, found *extract.Result) (extract.Part, error) {
	if p.err != nil {
		return nil, p.err
	}
	seen := extract.Get[probePart](found).From
	*p.saw = append(*p.saw, p.name+" saw "+seen)
	return probePart{From: seen + p.name}, nil
}

func TestRunnerOrderAndErrors(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name    string
		xs      func(saw *[]string) []extract.Extractor
		ctx     func() context.Context
		wantSaw []string
		wantErr error
		errText string
	}{
		{
			name: "each extractor sees the parts of those before it",
			xs: func(saw *[]string) []extract.Extractor {
				return []extract.Extractor{probe{name: "a", saw: saw}, probe{name: "b", saw: saw}, probe{name: "c", saw: saw}}
			},
			wantSaw: []string{"a saw ", "b saw a", "c saw ab"},
		},
		{
			name: "a failing extractor fails the article, named",
			xs: func(saw *[]string) []extract.Extractor {
				return []extract.Extractor{probe{name: "a", saw: saw}, probe{name: "bad", err: boom}, probe{name: "c", saw: saw}}
			},
			wantSaw: []string{"a saw "},
			wantErr: boom,
			errText: "bad: boom",
		},
		{
			name: "a done context stops before the first extractor",
			xs: func(saw *[]string) []extract.Extractor {
				return []extract.Extractor{probe{name: "a", saw: saw}}
			},
			ctx: func() context.Context {
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				return ctx
			},
			wantErr: context.Canceled,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var saw []string
			ctx := context.Background()
			if tt.ctx != nil {
				ctx = tt.ctx()
			}
			res, err := NewRunner(tt.xs(&saw)...).Extract(ctx, corpus.Article{Text: "The talks were held in Tokyo and the ministers met."})
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if tt.errText != "" && !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("err %q does not name the extractor (%q)", err, tt.errText)
			}
			if !reflect.DeepEqual(saw, tt.wantSaw) {
				t.Errorf("saw %q, want %q", saw, tt.wantSaw)
			}
			if err == nil && res.Language != "en" {
				t.Errorf("language %q, want en", res.Language)
			}
		})
	}
}

// TestRunnerFillsEveryPart runs the default extractors over one release
// and checks that each part is there and that events used the earlier
// parts (its chair is a person the entity extractor found).
func TestRunnerFillsEveryPart(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Joint Press Release\nMarch 13, 2014\n\nThe Fourth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy was held in Tokyo on March 12 and 13, 2014. " +
		"Ambassador Daniel Sepulveda of the U.S. Department of State chaired the dialogue.\n\n1. Cloud services\n2. Privacy"
	res, err := r.Extract(context.Background(), corpus.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	ds, en := extract.Get[dates.Part](&res), extract.Get[entity.Part](&res)
	if ds.Published != "2014-03-13" || len(ds.Dates) == 0 {
		t.Errorf("dates part %+v", ds)
	}
	if len(en.People) == 0 || len(en.Agencies) == 0 || len(en.Places) == 0 {
		t.Errorf("entity part %+v", en)
	}
	evs := extract.Get[events.Part](&res).Events
	if len(evs) == 0 {
		t.Fatalf("no events found")
	}
	ids := map[string]bool{}
	for _, p := range en.People {
		ids[p.ID] = true
	}
	if len(evs[0].Chairs) == 0 || !ids[evs[0].Chairs[0]] {
		t.Errorf("event chairs %v are not people of the entity part %v", evs[0].Chairs, en.People)
	}
}
