package score

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestEventOverlap(t *testing.T) {
	tests := []struct {
		a, b   string
		strict bool
		want   float64
	}{
		{"Fourth Director General-Level Meeting of the Example Dialogue", "Example Dialogue", false, 1},
		{"Fourth Director General-Level Meeting of the Example Dialogue", "Example Dialogue", true, 2.0 / 6},
		{"10th Joint Working Group", "Joint Working Group", false, 1},
		{"the 2nd meeting", "third meeting", false, 1},   // ordinals and numbers left out
		{"the first of the", "Cyber Dialogue", false, 0}, // no content words
		{"Ocean Forum", "Forum on the Ocean Science", true, 2.0 / 3},
		{"Summit", "Sommet", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.a+"|"+tc.b, func(t *testing.T) {
			if got := eventOverlap(tc.a, tc.b, tc.strict); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIsOrdinalNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"10th": true, "1st": true, "22nd": true, "3rd": true, "2025": true, "٣": true,
		"th": false, "10x": false, "first": false, "1stt": false, "": false,
	} {
		if got := isOrdinalNumber(w); got != want {
			t.Errorf("isOrdinalNumber(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestEventDate(t *testing.T) {
	tests := []struct {
		name, ev string
		want     any
	}{
		{"dates string", `{"dates": "2014-10"}`, "2014-10"},
		{"dates wins over date", `{"dates": null, "date": "2014"}`, nil},
		{"date then value", `{"value": "2013"}`, "2013"},
		{"object value", `{"dates": {"value": "2014-03"}}`, "2014-03"},
		{"list first", `{"date": ["2014-03", "2015"]}`, "2014-03"},
		{"object holding a list", `{"dates": {"value": ["2012", "x"]}}`, "2012"},
		{"empty list", `{"dates": []}`, nil},
		{"empty string", `{"dates": ""}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ev any
			if err := json.Unmarshal([]byte(tc.ev), &ev); err != nil {
				t.Fatal(err)
			}
			if got := eventDate(ev); !pyEqual(got, tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestParseGoldEvents(t *testing.T) {
	base := `{"source": "a.txt", "records": [{"title": "T", %s}]}`
	tests := []struct {
		name, body string
		has        bool
		err        string
	}{
		{"no events key", `"dates": []`, false, ""},
		{"empty events", `"events": []`, true, ""},
		{"null events", `"events": null`, false, `"events" must be a list`},
		{"event without name", `"events": [{"dates": "2014"}]`, false, `missing "name"`},
		{"float ordinal", `"events": [{"name": "x", "ordinal": 1.5}]`, false, `"ordinal" must be an integer`},
		{"bool ordinal", `"events": [{"name": "x", "ordinal": true}]`, false, `"ordinal" must be an integer`},
		{"numeric dates", `"events": [{"name": "x", "dates": 2014}]`, false, `cannot unmarshal`},
		{"full event", `"events": [{"name": "x", "series": null, "ordinal": 3, "dates": "2014", "place": null, "country": "JP", "chairs": ["A B"]}], "events_optional": ["y"]`, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := ParseGold([]byte(fmt.Sprintf(base, tc.body)))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if g.Records[0].HasEvents != tc.has {
				t.Errorf("HasEvents = %v, want %v", g.Records[0].HasEvents, tc.has)
			}
		})
	}
}
