package web

import (
	"fmt"
	"time"
)

// Chart is a small SVG picture rendered by the "chart" template: bars
// (releases per month) or points on a time axis (rounds of a series).
// Every coordinate is computed here; the template only prints numbers and
// escaped labels.
type Chart struct {
	Width, Height int
	Base          int // the y of the axis
	Label         string
	First, Last   string
	Max           int
	Bars          []Bar
	Points        []Point
}

// Bar is one bar of a chart; Title is its tooltip.
type Bar struct {
	X, Y, W, H float64
	Title      string
}

// Point is one mark on a time axis; Label is written under it.
type Point struct {
	X, Y, LabelY float64
	Label, Title string
}

// Chart sizes.
const (
	chartWidth  = 600
	chartHeight = 110
	chartBase   = 95 // room for the axis labels below
	chartTop    = 14 // room for "max N" above
	maxMonths   = 240
)

// monthChart draws releases per month from the first month to the last,
// months without releases as gaps (at most the last maxMonths months).
// Nil when there is nothing to draw.
func monthChart(label string, ms []Month) *Chart {
	if len(ms) == 0 {
		return nil
	}
	first, err1 := time.Parse("2006-01", ms[0].Month)
	last, err2 := time.Parse("2006-01", ms[len(ms)-1].Month)
	if err1 != nil || err2 != nil {
		return nil
	}
	n := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	if n > maxMonths {
		first = last.AddDate(0, 1-maxMonths, 0)
		n = maxMonths
	}
	counts := make([]int, n)
	top := 1
	for _, m := range ms {
		t, err := time.Parse("2006-01", m.Month)
		if err != nil || t.Before(first) {
			continue
		}
		i := (t.Year()-first.Year())*12 + int(t.Month()-first.Month())
		counts[i] += m.Releases
		top = max(top, counts[i])
	}
	c := &Chart{Width: chartWidth, Height: chartHeight, Base: chartBase, Label: label,
		First: first.Format("2006-01"), Last: last.Format("2006-01"), Max: top}
	w := float64(chartWidth) / float64(n)
	for i, v := range counts {
		if v == 0 {
			continue
		}
		h := float64(v) / float64(top) * (chartBase - chartTop)
		c.Bars = append(c.Bars, Bar{X: round1(float64(i)*w + w*0.1), Y: round1(chartBase - h), W: round1(max(w*0.8, 1)), H: round1(h),
			Title: fmt.Sprintf("%s: %d", first.AddDate(0, i, 0).Format("2006-01"), v)})
	}
	return c
}

// timelineChart places the dated rounds of a series on a time axis.
func timelineChart(label string, rounds []Round) *Chart {
	type dated struct {
		t time.Time
		r Round
	}
	var ds []dated
	for _, r := range rounds {
		if t, err := time.Parse("2006-01-02", r.Start); err == nil {
			ds = append(ds, dated{t, r})
		}
	}
	if len(ds) == 0 {
		return nil
	}
	first, last := ds[0].t, ds[len(ds)-1].t
	span := last.Sub(first).Hours()
	c := &Chart{Width: chartWidth, Height: chartHeight, Base: chartBase / 2, Label: label,
		First: first.Format("2006-01-02"), Last: last.Format("2006-01-02"), Max: len(ds)}
	const margin = 12
	for i, d := range ds {
		x := float64(chartWidth) / 2
		if span > 0 {
			x = margin + d.t.Sub(first).Hours()/span*(chartWidth-2*margin)
		}
		lab := ""
		if d.r.Ordinal > 0 {
			lab = fmt.Sprint(d.r.Ordinal)
		}
		y := float64(chartBase / 2)
		ly := y + 18
		if i%2 == 1 { // alternate labels above and below: close rounds stay readable
			ly = y - 9
		}
		c.Points = append(c.Points, Point{X: round1(x), Y: y, LabelY: ly, Label: lab,
			Title: fmt.Sprintf("%s: %s %s", d.r.Dates, d.r.Name, d.r.Place)})
	}
	return c
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
