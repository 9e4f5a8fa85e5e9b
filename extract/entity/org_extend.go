package entity

import "strings"

// leftRule is one named rule by which the name of a body found at its head
// noun h takes in token k, the token before the name's current start, and
// perhaps more: it returns the name's new start (k or before) and true, or
// false to leave the name to the ordinary word test of patternAt.
type leftRule struct {
	name  string
	apply func(s *agencyScan, k, h int) (int, bool)
}

// leftRules are tried in order by extendLeft.
var leftRules = []leftRule{
	{"and between name words", andBetweenNameWords},
	{"pair of countries", countryPair},
	{"place of several words", placeOfSeveralWords},
	{"weak modifier of a two-word country", weakModifierCountry},
	{"possessive inside the name", possessiveInName},
	{"possessive of a saint or a monarch", saintOrMonarchPossessive},
}

// extendLeft applies leftRules to token k of the name whose head is h.
func (s *agencyScan) extendLeft(k, h int) (int, bool) {
	for _, r := range leftRules {
		if st, ok := r.apply(s, k, h); ok {
			return st, true
		}
	}
	return k, false
}

// andBetweenNameWords: "and" or "&" between two ordinary name words
// ("India Electronics and Semiconductor Association"), not after a place,
// a demonym, a sentence opener or an acronym, nor before a place or a
// demonym.
func andBetweenNameWords(s *agencyScan, k, h int) (int, bool) {
	t := s.toks[k]
	ok := (t.Text == "and" || t.Text == "&") && k > 0 && k+1 < h && t.NL == 0 && s.covered[k-1] == 0 &&
		s.isNameWord(k-1) && !s.f.gaz.IsPlaceFold(s.toks[k-1].Fold) && s.f.gaz.Demonyms[s.toks[k-1].Fold] == "" &&
		!s.f.lists.SentenceStarters[s.toks[k-1].Text] && !s.toks[k-1].Upper &&
		!s.f.gaz.IsPlaceFold(s.toks[k+1].Fold) && s.f.gaz.Demonyms[s.toks[k+1].Fold] == ""
	return k, ok // "Boeing and Vietnam Airlines": a place after "and" opens another name
}

// countryPair: "U.S.-India Business Council", a bilateral body; not the
// "U.S.-Japan Alliance", a relation (a modified head right after the pair).
func countryPair(s *agencyScan, k, h int) (int, bool) {
	st := s.countryPairBefore(k)
	return st, st < k && (k+1 < h || !s.f.orgs.Heads[s.toks[h].Text].Modified)
}

// placeOfSeveralWords: "Royal Papua New Guinea Constabulary", "Republic of
// Fiji Military Forces", "Sri Lankan High Commission".
func placeOfSeveralWords(s *agencyScan, k, _ int) (int, bool) {
	st := s.placeEndingAt(k)
	if st < k && s.toks[st].Text == "the" {
		st++ // "the Netherlands Enterprise Agency": the article is no part of the name
	}
	if st == k && k > 0 && s.covered[k-1] == 0 && s.toks[k].NL == 0 && s.toks[k-1].Cap &&
		s.f.gaz.Demonyms[s.toks[k-1].Fold+" "+s.toks[k].Fold] != "" {
		st = k - 1 // a demonym of two words: "Sri Lankan High Commission"
	}
	return st, st < k
}

// weakModifierCountry: "New" of "New Zealand Space Agency" begins a
// two-word country, though "New" alone never begins a name.
func weakModifierCountry(s *agencyScan, k, h int) (int, bool) {
	t := s.toks[k]
	return k, s.f.lists.WeakModifiers[t.Text] && k+1 < h && s.f.gaz.Demonyms[t.Fold+" "+s.toks[k+1].Fold] != ""
}

// possessiveInName: "Tanjong Katong Girls' School", "Women's Hospital",
// "Attorney-General's Chambers", "Prime Minister's Office".
func possessiveInName(s *agencyScan, k, h int) (int, bool) {
	return k, s.pluralPossessive(k) || s.titlePossessive(k, h)
}

// saintOrMonarchPossessive: a name opened by the possessive of a saint or a
// monarch ("St John's Island National Marine Laboratory", "Saint Mary's
// Hospital", "King's College", "Queen's University"): the name starts at
// "St" or at the monarch's title.
func saintOrMonarchPossessive(s *agencyScan, k, _ int) (int, bool) {
	if k < 1 || !isPossessiveS(s.toks[k].Text) || s.toks[k].NL > 0 || s.toks[k-1].NL > 0 || !s.toks[k-1].Cap || s.covered[k-1] != 0 {
		return k, false
	}
	if monarchWords[s.toks[k-1].Text] {
		return k - 1, true
	}
	st := k - 2
	if st >= 0 && s.toks[st].Text == "." && st > 0 && s.toks[st].Start == s.toks[st-1].End {
		st-- // "St." written with its dot
	}
	if st >= 0 && saintWords[s.toks[st].Text] && s.toks[st+1].NL == 0 && s.covered[st] == 0 {
		return st, true
	}
	return k, false
}

// saintWords open a saint's name; monarchWords are the titles whose
// possessive opens a body's name.
var (
	saintWords   = map[string]bool{"St": true, "St.": true, "Saint": true, "Ste": true, "Sainte": true}
	monarchWords = map[string]bool{"King": true, "Queen": true, "Prince": true, "Princess": true}
)

// listedChainGoesOn returns the end of the longer name when a listed "Head
// of X" name [i,end) goes on after "and" or "&" with more capitalized topic
// words, all ordinary English words (no acronym, comma, body, place, title
// or proper name: "Ministry of Finance and Brightwater Labs" is two bodies)
// ("Ministry of Education and Sports", "Ministry of Finance and Public
// Enterprises", "Department of Commerce and Agriculture"): the government
// that named it joined two portfolios, and the longer name is the body's.
// It returns end otherwise ("Ministry of Health and the Ministry of ...",
// "Ministry of Defence and Singapore Armed Forces").
func (s *agencyScan) listedChainGoesOn(i, end int) int {
	if end+1 >= len(s.toks) || i+1 >= end || s.toks[i+1].Text != "of" || !s.f.orgs.IsHead(s.toks[i].Text) {
		return end
	}
	if e := s.portfolioListEnd(i, end); e > end {
		return e
	}
	if t := s.toks[end]; t.NL > 0 || t.Text != "and" && t.Text != "&" {
		return end // a comma opens a list of bodies; commaListEnd reads a comma list of topics
	}
	pe, _, _ := s.patternEnd(i, i)
	if pe <= end+1 {
		return end
	}
	for k := end; k < pe; k++ {
		t := s.toks[k]
		if s.covered[k] != 0 || t.Text == "the" || t.Text == "," || t.Upper || t.Word && t.Cap && (s.f.orgs.IsHead(t.Text) || s.f.gaz.IsPlaceFold(t.Fold) ||
			s.f.gaz.Demonyms[t.Fold] != "" || s.f.names.IsTitleWord(t.Text) || s.f.names.IsHonorific(t.Text) || !s.f.names.IsCommonWord(t.Text)) {
			return end
		}
	}
	if e, _ := s.gazetteerMatch(end + 1); e > end+1 {
		return end // "Ministry of Finance and Bank Negara ...": a listed body follows
	}
	return pe
}

// chapterOf returns the end of a country's chapter of the listed
// non-government, non-company body ids that ends at token end, and the
// country: "of" and a country, or a country right after the name, that no
// other name word follows ("Internet Society of Namibia", "Global Compact
// Network Singapore", "Red Cross Society of Kenya"). Governments'
// "Ministry of Health of Japan" and intergovernmental "UNDP Kenya" name the
// listed body itself; a company's country office is left to the company.
// It returns end, "" when no chapter follows.
func (s *agencyScan) chapterOf(end int, ids []int) (int, string) {
	switch s.f.gaz.Agencies[ids[0]].Kind {
	case KindOther, KindAcademic, KindMedia:
	default:
		return end, ""
	}
	p := end
	if p < len(s.toks) && s.toks[p].Text == "of" && s.toks[p].NL == 0 {
		p++
	}
	if p >= len(s.toks) || s.toks[p].NL > 0 || s.covered[p] != 0 {
		return end, ""
	}
	pe, id := s.f.placeMatch(s.toks, p)
	if pe <= p || s.f.gaz.PlaceList[id].Kind != "country" || s.nameGoesOn(pe) {
		return end, ""
	}
	return pe, s.f.gaz.PlaceList[id].Country
}

// portfolioOf reports whether long is the name short with more portfolios
// after "and" or a comma ("Ministry of Health" and "Ministry of Health and
// Social Services"; "Ministry of Home Affairs" and "Ministry of Home
// Affairs, Immigration, Safety and Security"), so that short, written in
// the same article, is a shortened mention of long.
func portfolioOf(short, long string) bool {
	if len(long) <= len(short)+2 || !strings.EqualFold(long[:len(short)], short) || !strings.Contains(short, " of ") {
		return false
	}
	rest := long[len(short):]
	return strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, ", ")
}

// portfolioListEnd returns the end of a comma list of single portfolio
// words that goes on a ministry's name at token end and closes with "and"
// and one more ("Ministry of Culture, Sports and Tourism", "Ministry of
// Home Affairs, Immigration, Safety and Security"), or end. Every item is
// one capitalized ordinary English word (no head, place, title or
// acronym), no name word follows the last, and a bracketed acronym after
// it is spelt by the whole name: "Ministry of Unification,
// and Blue House" and "Ministry of External Affairs, Government of
// Maharashtra" are lists of bodies.
func (s *agencyScan) portfolioListEnd(start, end int) int {
	k := end
	sawAnd := false
	for n := 0; n < maxListedWords && k+1 < len(s.toks); n++ {
		sep := s.toks[k].Text
		if s.toks[k].NL > 0 || sep != "," && sep != "and" {
			return end
		}
		w := k + 1
		if sep == "," && s.toks[w].Text == "and" && w+1 < len(s.toks) {
			return end // an Oxford comma: a list of bodies
		}
		if !s.portfolioWord(w) {
			return end
		}
		k = w + 1
		if sep == "and" {
			sawAnd = true
			break
		}
	}
	if !sawAnd || k < len(s.toks) && s.toks[k].NL == 0 && s.isNameWord(k) {
		return end
	}
	if k+2 < len(s.toks) && s.toks[k].Text == "(" && s.isAcronymTok(k+1) && s.toks[k+2].Text == ")" &&
		!initialsFit(s.toks[k+1].Text, s.nameWords(start, k)) {
		return end // "Ministry of Home Affairs, Immigration and Security (MHA)": the acronym says where the name ends
	}
	return k
}

// portfolioWord reports whether token w is one portfolio of a ministry's
// name: a capitalized ordinary English word on its line, free, and no
// head, place, demonym, title or acronym.
func (s *agencyScan) portfolioWord(w int) bool {
	t := s.toks[w]
	return t.NL == 0 && t.Word && t.Cap && !t.Upper && s.covered[w] == 0 && s.f.names.IsCommonWord(t.Text) &&
		!s.f.orgs.IsHead(t.Text) && !s.f.gaz.IsPlaceFold(t.Fold) && s.f.gaz.Demonyms[t.Fold] == "" &&
		!s.f.names.IsTitleWord(t.Text) && !s.f.names.IsHonorific(t.Text)
}

// operationSuffix returns the end of a force's name that goes on with the
// operation it was formed for, after a dash ("Combined Joint Task Force -
// Operation Inherent Resolve", "Joint Task Force – Operation Harbour
// Shield"), or end when none follows.
func (s *agencyScan) operationSuffix(end int) int {
	if end+2 >= len(s.toks) || s.toks[end].NL > 0 || s.toks[end+1].NL > 0 || s.toks[end+1].Text != "Operation" {
		return end
	}
	switch s.toks[end].Text {
	case "-", "\u2013", "\u2014":
	default:
		return end
	}
	k := end + 2
	for k < len(s.toks) && s.toks[k].NL == 0 && s.covered[k] == 0 && s.isNameWord(k) && !s.isDateWord(k) {
		k++
	}
	if k == end+2 {
		return end
	}
	return k
}
