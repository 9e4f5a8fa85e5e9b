package score

import (
	"math"
	"strconv"
)

// Fields are the scored entity fields, in report order.
var Fields = [...]string{"dates", "people", "agencies", "agenda"}

// FieldScore is the micro-averaged tally of one field over all articles.
type FieldScore struct {
	Field string
	// TP, FP and FN count true hits, false hits and misses.
	TP, FP, FN int
	// Precision, Recall and F1 are rounded to three decimals, as reported.
	Precision, Recall, F1 float64
}

// Report is the outcome of scoring a set of records against a gold set.
type Report struct {
	Fields [len(Fields)]FieldScore
	// Accuracies, rounded to three decimals: titles similar at >= 0.8 word
	// overlap, published dates equal, agenda parents right (over matched
	// agenda items).
	TitleAccuracy, PublishedAccuracy, AgendaParentAccuracy float64
	// OverallF1 is the mean of the four rounded F1s, rounded.
	OverallF1 float64
	// GoldRecords is the number of gold articles; ExtraRecords the number of
	// records of gold sources that no gold article took (everything in them
	// counted false); UnparsedLines the input lines that were not JSON.
	GoldRecords, ExtraRecords, UnparsedLines int
	// Articles holds the misses and false hits of every gold article.
	Articles []ArticleDetail

	// WithEvents reports whether the gold set annotates events; the fields
	// below are meaningful only then. Events is the micro-averaged events
	// tally (its Field is "events"); the place and ordinal accuracies are
	// over matched events, EventChairsF1 over their chairs; all rounded.
	WithEvents                               bool
	Events                                   FieldScore
	EventPlaceAccuracy, EventOrdinalAccuracy float64
	EventChairsF1                            float64
}

// Field returns the score of the named field.
func (r Report) Field(name string) (FieldScore, bool) {
	for _, f := range r.Fields {
		if f.Field == name {
			return f, true
		}
	}
	return FieldScore{}, false
}

// ArticleDetail lists what one gold article's record got wrong.
type ArticleDetail struct {
	Source string
	// Title is the gold title, cut to 70 characters.
	Title string
	// Found reports whether a record was aligned to the article.
	Found bool
	// TitleOK and PublishedOK report whether the aligned record's title and
	// published date count as right; RecordTitle and RecordPublished are
	// what it says. (Not part of the reference's detail lines.)
	TitleOK, PublishedOK            bool
	RecordTitle                     string
	RecordPublished                 any
	Dates, People, Agencies, Agenda Misses
	// Events is nil unless the gold article annotates events.
	Events *Misses
}

// Misses are a field's false hits (as the record wrote them) and missed
// gold items.
type Misses struct {
	False  []any
	Missed []any
}

// Score scores preds against golds with the reference scorer's rules: each
// gold article takes the first record of its source whose title is similar
// (or the only record, for a one-article source); remaining records of a
// gold source are extra and all their items count as false hits. Records of
// sources without gold are ignored.
func Score(golds []Gold, preds *Predictions) Report {
	sc := scoring{events: FieldScore{Field: "events"}}
	for _, g := range golds {
		for _, grec := range g.Records {
			sc.withEvents = sc.withEvents || grec.HasEvents
		}
	}
	for _, g := range golds {
		cands := append([]map[string]any(nil), preds.bySource[g.Source]...)
		for _, grec := range g.Records {
			p, found, rest := align(cands, grec, len(g.Records) == 1)
			cands = rest
			sc.article(g.Source, grec, p, found)
		}
		for _, c := range cands {
			sc.extraRecord(c)
		}
	}
	return sc.report(preds.Unparsed)
}

// scoring is what Score adds up over the gold articles.
type scoring struct {
	tallies                                         [len(Fields)]FieldScore
	titleOK, titleN, pubOK, pubN, parentOK, parentN int
	extra                                           int
	details                                         []ArticleDetail
	withEvents                                      bool
	events                                          FieldScore
	attrs                                           eventAttrs
}

// align takes from cands the record aligned to grec: the first whose title
// is similar, else the only record of a one-article source. It returns the
// record (nil, not found, when none) and the candidates left.
func align(cands []map[string]any, grec GoldRecord, oneArticle bool) (p map[string]any, found bool, rest []map[string]any) {
	best := -1
	for i, c := range cands {
		if titleSimilar(text(get(c, "title", "")), grec.Title, alignTitleWords, alignTitleThreshold) {
			best = i
			break
		}
	}
	if best < 0 && oneArticle && len(cands) > 0 {
		best = 0
	}
	if best < 0 {
		return nil, false, cands
	}
	p = cands[best] // before the append below shifts the slice
	return p, true, append(cands[:best], cands[best+1:]...)
}

// article scores one gold article against its aligned record p (nil, not
// found, when none was).
func (sc *scoring) article(source string, grec GoldRecord, p map[string]any, found bool) {
	// The reference tests the aligned record's truthiness: an empty
	// object counts as not found for the accuracies.
	isTrue := found && len(p) > 0
	d := ArticleDetail{Source: source, Title: prefix(grec.Title, 70), Found: found,
		RecordTitle: text(get(p, "title", "")), RecordPublished: or(get(p, "published", nil), nil)}
	sc.titleN++
	if isTrue && titleSimilar(d.RecordTitle, grec.Title, titleAccuracyWords, titleAccuracyMin) {
		sc.titleOK++
		d.TitleOK = true
	}
	sc.pubN++
	if isTrue && pyEqual(d.RecordPublished, grec.Published) {
		sc.pubOK++
		d.PublishedOK = true
	}

	var pred any = p // a nil map: every field reads as absent
	m, values := scoreDates(pred, grec)
	sc.tallies[0].add(m)
	d.Dates = misses(m, values, toAny(grec.Dates))

	m, names := scorePeople(pred, grec)
	sc.tallies[1].add(m)
	gp := make([]any, len(grec.People))
	for i, x := range grec.People {
		gp[i] = x.Name
	}
	d.People = misses(m, names, gp)

	m, names = scoreAgencies(pred, grec)
	sc.tallies[2].add(m)
	ga := make([]any, len(grec.Agencies))
	for i, x := range grec.Agencies {
		ga[i] = x.Name
	}
	d.Agencies = misses(m, names, ga)

	ar := scoreAgenda(pred, grec)
	sc.tallies[3].TP += ar.tp
	sc.tallies[3].FP += ar.fp
	sc.tallies[3].FN += ar.fn
	sc.parentOK += ar.parentOK
	sc.parentN += ar.parentAll
	d.Agenda = Misses{False: toAny(ar.falseHits), Missed: toAny(ar.misses)}

	if sc.withEvents && grec.HasEvents {
		er := scoreEvents(pred, grec)
		sc.events.TP += er.tp
		sc.events.FP += er.fp
		sc.events.FN += er.fn
		sc.attrs.add(er.attrs)
		d.Events = &Misses{False: toAny(er.falseHits), Missed: toAny(er.misses)}
	}
	sc.details = append(sc.details, d)
}

// extraRecord counts a record the gold does not have: everything in it is
// a false hit.
func (sc *scoring) extraRecord(c map[string]any) {
	sc.extra++
	for i, f := range Fields {
		sc.tallies[i].FP += pyLen(or(c[f], []any{}))
	}
	if sc.withEvents {
		sc.events.FP += len(predEvents(c))
	}
}

// report is the scores of what was added up.
func (sc *scoring) report(unparsed int) Report {
	r := Report{
		GoldRecords:   sc.titleN,
		ExtraRecords:  sc.extra,
		UnparsedLines: unparsed,
		Articles:      sc.details,
	}
	sum := 0.0
	for i, f := range Fields {
		t := sc.tallies[i]
		t.Field = f
		p, rc, f1 := prf(t.TP, t.FP, t.FN)
		t.Precision, t.Recall, t.F1 = round3(p), round3(rc), round3(f1)
		r.Fields[i] = t
		sum += t.F1
	}
	r.OverallF1 = round3(sum / float64(len(Fields)))
	r.TitleAccuracy = ratio(sc.titleOK, sc.titleN)
	r.PublishedAccuracy = ratio(sc.pubOK, sc.pubN)
	r.AgendaParentAccuracy = ratio(sc.parentOK, sc.parentN)
	if sc.withEvents {
		r.WithEvents = true
		events := sc.events
		p, rc, f1 := prf(events.TP, events.FP, events.FN)
		events.Precision, events.Recall, events.F1 = round3(p), round3(rc), round3(f1)
		r.Events = events
		r.EventPlaceAccuracy = ratio(sc.attrs.placeOK, sc.attrs.placeN)
		r.EventOrdinalAccuracy = ratio(sc.attrs.ordinalOK, sc.attrs.ordinalN)
		_, _, cf := prf(sc.attrs.chairs.tp, sc.attrs.chairs.fp, sc.attrs.chairs.fn)
		r.EventChairsF1 = round3(cf)
	}
	return r
}

func (t *FieldScore) add(m matchResult) {
	t.TP += m.tp
	t.FP += m.fp
	t.FN += m.fn
}

func misses(m matchResult, pred, gold []any) Misses {
	out := Misses{False: []any{}, Missed: []any{}}
	for _, i := range m.falsePred {
		out.False = append(out.False, pred[i])
	}
	for _, j := range m.missedGold {
		out.Missed = append(out.Missed, gold[j])
	}
	return out
}

func toAny[T any](s []T) []any {
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}

// prf is precision, recall and F1 computed as the reference computes them
// (the same float operations, so the same bits).
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(ok, n int) float64 {
	if n == 0 {
		return 0
	}
	return round3(float64(ok) / float64(n))
}

// round3 is Python's round(x, 3): the correctly rounded decimal, ties to
// even on the exact binary value.
func round3(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	if err != nil {
		return x
	}
	return f
}
