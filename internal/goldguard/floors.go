package goldguard

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/communique/communique/internal/score"
)

// Floors are the lowest scores accepted: each field's F1 and the
// accuracies. They are the scores measured when they were last raised,
// rounded down to 0.01. They are only ever raised; lowering one is a
// decision written in the commit that does it, never a side effect.
type Floors struct {
	// Note says where the floors came from (date, commit, what changed).
	Note string `json:"note,omitempty"`
	// F1 maps a field (dates, people, agencies, agenda) to its F1 floor.
	F1 map[string]float64 `json:"f1"`
	// The accuracy floors and the overall F1 floor.
	TitleAccuracy        float64 `json:"title_accuracy"`
	PublishedAccuracy    float64 `json:"published_accuracy"`
	AgendaParentAccuracy float64 `json:"agenda_parent_accuracy"`
	OverallF1            float64 `json:"overall_f1"`
}

// floorsPolicy opens the note written into a floors file.
const floorsPolicy = "Lowest accepted scores on the gold set (measured, rounded down to 0.01). Raise them when quality rises; never lower one without saying why in the commit."

// Raise returns the higher of each floor in f and in measured: floors go
// up with quality, never down.
func Raise(f, measured Floors) Floors {
	out := f
	out.F1 = make(map[string]float64, len(f.F1)+len(measured.F1))
	for k, v := range f.F1 {
		out.F1[k] = v
	}
	for k, v := range measured.F1 {
		out.F1[k] = max(out.F1[k], v)
	}
	out.TitleAccuracy = max(f.TitleAccuracy, measured.TitleAccuracy)
	out.PublishedAccuracy = max(f.PublishedAccuracy, measured.PublishedAccuracy)
	out.AgendaParentAccuracy = max(f.AgendaParentAccuracy, measured.AgendaParentAccuracy)
	out.OverallF1 = max(f.OverallF1, measured.OverallF1)
	return out
}

// LoadFloors reads a floors file.
func LoadFloors(path string) (Floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Floors{}, fmt.Errorf("read floors: %w", err)
	}
	var f Floors
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Floors{}, fmt.Errorf("floors %s: %w", path, err)
	}
	for field := range f.F1 {
		if !isField(field) {
			return Floors{}, fmt.Errorf("floors %s: unknown field %q (want %s)", path, field, strings.Join(score.Fields[:], ", "))
		}
	}
	return f, nil
}

func isField(name string) bool {
	for _, f := range score.Fields {
		if f == name {
			return true
		}
	}
	return false
}

// Measured returns the floors a report supports: its scores rounded down
// to 0.01.
func Measured(r score.Report) Floors {
	f := Floors{F1: make(map[string]float64, len(r.Fields))}
	for _, fs := range r.Fields {
		f.F1[fs.Field] = floor2(fs.F1)
	}
	f.TitleAccuracy = floor2(r.TitleAccuracy)
	f.PublishedAccuracy = floor2(r.PublishedAccuracy)
	f.AgendaParentAccuracy = floor2(r.AgendaParentAccuracy)
	f.OverallF1 = floor2(r.OverallF1)
	return f
}

// floor2 rounds x down to two decimals; the small epsilon keeps 0.57
// (stored as 0.56999...) at 0.57.
func floor2(x float64) float64 {
	return math.Floor(x*100+1e-9) / 100
}

// Violation is one score below its floor.
type Violation struct {
	Name         string
	Score, Floor float64
}

func (v Violation) String() string {
	return fmt.Sprintf("%s %.3f is below its floor %.2f", v.Name, v.Score, v.Floor)
}

// ErrBelowFloor is wrapped by the error of Check's caller when a score is
// below its floor.
var ErrBelowFloor = errors.New("score below floor")

// Check returns every score of r below its floor in f, in report order.
func Check(r score.Report, f Floors) []Violation {
	var out []Violation
	for _, fs := range r.Fields {
		if min, ok := f.F1[fs.Field]; ok && fs.F1 < min {
			out = append(out, Violation{fs.Field + " F1", fs.F1, min})
		}
	}
	for _, c := range []struct {
		name         string
		score, floor float64
	}{
		{"title accuracy", r.TitleAccuracy, f.TitleAccuracy},
		{"published accuracy", r.PublishedAccuracy, f.PublishedAccuracy},
		{"agenda parent accuracy", r.AgendaParentAccuracy, f.AgendaParentAccuracy},
		{"overall F1", r.OverallF1, f.OverallF1},
	} {
		if c.score < c.floor {
			out = append(out, Violation{c.name, c.score, c.floor})
		}
	}
	return out
}

// Table is a compact one-screen view of a report against floors:
// one row per field and accuracy, with the floor beside each score.
func Table(r score.Report, f Floors) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %6s %6s %6s %6s %5s %5s %5s\n", "score", "P", "R", "F1", "floor", "tp", "fp", "fn")
	for _, fs := range r.Fields {
		fmt.Fprintf(&b, "%-24s %6.3f %6.3f %6.3f %6.2f %5d %5d %5d%s\n", fs.Field, fs.Precision, fs.Recall, fs.F1, f.F1[fs.Field], fs.TP, fs.FP, fs.FN, mark(fs.F1, f.F1[fs.Field]))
	}
	for _, c := range []struct {
		name         string
		score, floor float64
	}{
		{"title accuracy", r.TitleAccuracy, f.TitleAccuracy},
		{"published accuracy", r.PublishedAccuracy, f.PublishedAccuracy},
		{"agenda parent accuracy", r.AgendaParentAccuracy, f.AgendaParentAccuracy},
		{"overall F1", r.OverallF1, f.OverallF1},
	} {
		fmt.Fprintf(&b, "%-24s %6s %6s %6.3f %6.2f%s\n", c.name, "", "", c.score, c.floor, mark(c.score, c.floor))
	}
	fmt.Fprintf(&b, "gold records %d  extra records %d  unparsed lines %d\n", r.GoldRecords, r.ExtraRecords, r.UnparsedLines)
	return b.String()
}

func mark(score, floor float64) string {
	if score < floor {
		return "  BELOW FLOOR"
	}
	return ""
}
