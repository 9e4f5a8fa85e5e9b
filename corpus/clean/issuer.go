package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// The issuer block is what a release prints above its headline: the names
// of the issuing bodies ("Ministry of Land, Infrastructure, Transport and
// Tourism", "THE WHITE HOUSE", "HM Treasury"), release labels ("Press
// release", "Briefing Room"), dates, document codes
// ("DSTI/CDEP/M(2024)1/FINAL"), classification marks ("Unclassified") and
// contact lines. None of them is the headline when a headline follows.

// orgHeads are the head nouns of an issuing body's name.
var orgHeads = map[string]bool{
	"ministry": true, "department": true, "agency": true, "administration": true, "organisation": true,
	"organization": true, "office": true, "treasury": true, "directorate": true, "committee": true,
	"commission": true, "bureau": true, "council": true, "secretariat": true, "embassy": true, "mission": true,
	"government": true, "consulate": true, "authority": true, "service": true, "institute": true,
	"parliament": true, "senate": true, "cabinet": true, "board": true, "division": true, "directorate-general": true,
	"unit": true, "centre": true, "center": true, "programme": true, "program": true, "executive": true,
	"delegation": true, "presidency": true, "chancellery": true, "assembly": true, "court": true, "tribunal": true,
	"union": true, "bank": true, "fund": true, "corporation": true, "foundation": true, "forum": true,
	"registry": true, "inspectorate": true, "regulator": true, "group": true, "house": true, "spokesperson": true,
	// Offices held by the person a release is issued by ("Minister for
	// Foreign Affairs", "Secretary of State").
	"minister": true, "secretary": true, "treasurer": true, "president": true, "commissioner": true,
	"ambassador": true, "attorney-general": true, "premier": true, "chancellor": true, "governor": true,
	"mayor": true, "spokesman": true, "spokeswoman": true,
	// Bodies outside government that issue releases: universities,
	// associations, museums, professional and diaspora bodies (the kinds
	// of organization of ../shared/eval/README.md's agencies rule).
	"university": true, "college": true, "academy": true, "polytechnic": true, "school": true,
	"association": true, "society": true, "federation": true, "congress": true, "chamber": true,
	"alliance": true, "coalition": true, "league": true, "network": true, "trust": true,
	"museum": true, "library": true, "gallery": true, "archives": true, "hospital": true,
	// A state's own name as a letterhead ("REPUBLIC OF RWANDA").
	"republic": true, "kingdom": true,
	// The same heads in French, Spanish, Portuguese, Italian and German
	// letterheads ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES", "Embajada de
	// Chile").
	"ministère": true, "ministerio": true, "ministério": true, "ministero": true, "ministerium": true,
	"ambassade": true, "embajada": true, "embaixada": true, "ambasciata": true, "botschaft": true,
	"gouvernement": true, "gobierno": true, "governo": true, "conseil": true, "consejo": true,
	"présidence": true, "presidencia": true, "république": true, "república": true, "repubblica": true,
}

// orgConnectors may stand between the words of a body's name.
var orgConnectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "on": true, "&": true, "in": true, "to": true, "at": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "et": true, "del": true, "y": true, "für": true, "und": true,
}

// headlineVerbs are the verbs of a headline ("Commerce Department Awards
// ...", "Ministry Launches ..."): a line holding one names no body.
var headlineVerbs = map[string]bool{
	"announces": true, "announce": true, "announced": true, "launches": true, "launch": true, "launched": true,
	"awards": true, "award": true, "signs": true, "signed": true, "sign": true, "welcomes": true, "welcome": true,
	"holds": true, "held": true, "hosts": true, "hosted": true, "releases": true, "released": true, "issues": true,
	"issued": true, "agree": true, "agrees": true, "agreed": true, "opens": true, "opened": true, "unveils": true,
	"approves": true, "approved": true, "adopts": true, "adopted": true, "publishes": true, "published": true,
	"calls": true, "urges": true, "marks": true, "meets": true, "met": true, "visits": true, "expands": true,
	"joins": true, "names": true, "appoints": true, "appointed": true, "extends": true, "deepen": true,
	"deepens": true, "strengthen": true, "strengthens": true, "invests": true, "seeks": true, "sets": true,
	"takes": true, "will": true, "is": true, "are": true, "was": true, "has": true, "have": true,
	"convenes": true, "discusses": true, "begins": true, "starts": true, "concludes": true, "reaches": true,
	"completes": true, "reports": true, "warns": true, "says": true, "plans": true, "proposes": true,
	"submits": true, "receives": true, "wins": true, "celebrates": true, "commemorates": true, "condemns": true,
	"supports": true, "backs": true, "renews": true, "reviews": true, "introduces": true, "presents": true,
	"confirms": true, "establishes": true, "creates": true, "selects": true, "elects": true, "rejects": true,
	"finalizes": true, "finalises": true, "co-hosts": true, "leads": true, "outlines": true, "highlights": true,
	"explores": true, "promotes": true, "pledges": true, "commits": true, "provides": true, "delivers": true,
	"offers": true, "grants": true, "funds": true, "allocates": true, "cuts": true, "raises": true,
	"gives": true, "makes": true, "sees": true, "rolls": true, "kicks": true, "honors": true,
	"honours": true, "recognizes": true, "recognises": true, "responds": true, "clarifies": true, "seizes": true,
	"charges": true, "fines": true, "orders": true, "finds": true, "rules": true, "votes": true, "passes": true,
}

// classificationMarks are security and distribution marks printed on a
// document's first lines.
var classificationMarks = map[string]bool{
	"unclassified": true, "classified": true, "confidential": true, "restricted": true, "secret": true,
	"official": true, "official use only": true, "for official use only": true, "limited": true, "public": true,
	"general distribution": true, "limited distribution": true, "distr": true, "general": true, "english": true,
	"english only": true, "original": true, "original: english": true, "sensitive": true, "draft": true,
	"embargoed": true, "not for publication": true,
}

// issuerLabels are release labels and section names printed in the issuer
// block (beyond the release types and generic sections).
var issuerLabels = map[string]bool{
	"news": true, "press": true, "media": true, "press office": true, "news and press releases": true,
	"press releases and statements": true, "statements & releases": true, "press centre": true, "press center": true,
}

// isIssuerLine reports whether t (trimmed) is a line of a release's issuer
// block: a body's name, a release label, a date, a document code, a
// classification mark or a contact line.
func (r *chromeRules) isIssuerLine(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 120 {
		return false
	}
	n := normLine(t)
	if isReleaseLabel(t) || genericSections[n] || issuerLabels[n] || classificationMarks[n] {
		return true
	}
	if r.isDateline(t) && wordCount(t) <= 8 || isNumericDate(t) || isDateFragment(t) {
		return true
	}
	if isCodeLine(t) || isContactLine(t) && wordCount(t) <= 16 || isHonorificName(t) {
		return true
	}
	if isBodyName(t) || isLabelledIssuer(t) {
		return true
	}
	if isContactLabelLine(t) || isReleaseInstruction(n) || isIssuerIntro(n) {
		return true
	}
	// "European Commission - Press release", "MEDIA ADVISORY | 5 March
	// 2024": issuer parts joined by a separator, one of them a label.
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", ": "} {
		a, b, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if r.isIssuerPart(a) && r.isIssuerPart(b) && (r.isLabel(a) || r.isLabel(b)) {
			return true
		}
		if sep != ": " && isBodyName(a) && isPlaceName(b) {
			return true // "MINISTRY OF FISHERIES - FIJI", "State House | Nairobi"
		}
	}
	return false
}

// maxPlaceWords bounds the place a letterhead prints after its body's
// name.
const maxPlaceWords = 3

// isPlaceName reports whether t can be the place after a body's name on
// its letterhead line ("FIJI", "Nairobi", "New Delhi"): one to three
// capitalized words, no digits, no headline verb.
func isPlaceName(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > maxPlaceWords || strings.ContainsAny(t, "0123456789") {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || headlineVerbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isLabel reports whether t is a release label or section name.
func (r *chromeRules) isLabel(t string) bool {
	n := normLine(t)
	return releaseTypes[n] || genericSections[n] || issuerLabels[n]
}

// isIssuerPart reports whether t, a part of a line, is a label, a date or
// a body name.
func (r *chromeRules) isIssuerPart(t string) bool {
	return t != "" && (r.isLabel(t) || r.isDateOnly(t) || isNumericDate(t) || isBodyName(t) || r.isDateline(t) && wordCount(t) <= 6)
}

// isNumericDate reports whether t is a date of digits alone: 2016.12.08,
// 2016/12/08, 08.12.2016, 2016-12-08.
func isNumericDate(t string) bool {
	groups, digits := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case corpus.IsDigitByte(c):
			if digits == 0 {
				groups++
			}
			digits++
		case c == '.' || c == '/' || c == '-':
			if digits == 0 || digits > 4 {
				return false
			}
			digits = 0
		default:
			return false
		}
	}
	if groups != 3 || digits == 0 {
		return false
	}
	// Without a four-digit year every part has one or two digits
	// ("05.19.15", "9/3/24").
	return hasYear(t) || len(t) <= 8
}

// monthNames are month names and abbreviations printed alone on a line.
var monthNames = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// isDateFragment reports whether t is a part of a date a page sets on
// lines of its own ("Mar" / "9" / "2015"): a month name, a day number or a
// year.
func isDateFragment(t string) bool {
	if monthNames[strings.ToLower(strings.TrimSuffix(t, "."))] {
		return true
	}
	if !isAllDigits(t) || len(t) > 4 || len(t) == 3 {
		return false
	}
	v := 0
	for i := 0; i < len(t); i++ {
		v = v*10 + int(t[i]-'0')
	}
	return len(t) <= 2 && v >= 1 && v <= 31 || len(t) == 4 && v >= 1900 && v <= 2099
}

// isCodeLine reports whether every word of t is a document code
// ("DSTI/CDEP/M(2024)1/FINAL", "A/HRC/55/L.1", "COM(2024) 28 final") or a
// classification mark, with at least one code.
func isCodeLine(t string) bool {
	fields := strings.Fields(t)
	if len(fields) == 0 || len(fields) > 8 {
		return false
	}
	codes := 0
	for _, f := range fields {
		switch {
		case isDocCode(f):
			codes++
		case classificationMarks[strings.ToLower(strings.Trim(f, ":.,"))]:
		case strings.EqualFold(f, "final") || strings.EqualFold(f, "rev.1") || isAllDigits(f):
		default:
			return false
		}
	}
	return codes > 0
}

// isDocCode reports whether f reads as a document symbol: capitals and
// digits joined by slashes, with at least two slashes or a bracketed year.
func isDocCode(f string) bool {
	if strings.Count(f, "/") < 2 && !(strings.Contains(f, "(") && hasYear(f)) {
		return false
	}
	upper := 0
	for _, c := range f {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9', strings.ContainsRune("/().-_", c):
		default:
			return false
		}
	}
	return upper >= 2
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !corpus.IsDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// isContactLine reports whether t gives an e-mail address or a phone
// number (a press office's contact line).
func isContactLine(t string) bool {
	if strings.Contains(t, "@") && strings.Contains(t, ".") {
		return true
	}
	return countDigits(t) >= 7 && containsFold(t, "tel", "phone", "fax", "contact", "(", "+")
}

// isBodyName reports whether t is only the name of an issuing body: a
// short line in name case ("Japan Tourism Agency", "U.S. DEPARTMENT OF
// COMMERCE", "Organisation for Economic Co-operation and Development",
// "Government of Canada", "THE WHITE HOUSE", "HM Treasury") whose head noun
// comes before any "of"/"for" and is followed only by such a complement, an
// acronym in brackets or ", Place". A headline with a verb ("Commerce
// Department Awards $310 Million") is not one.
func isBodyName(t string) bool {
	t = strings.TrimSpace(t)
	if endsSentence(t) && !strings.HasSuffix(t, ".S.") || strings.ContainsAny(t, "$%:;!?\"“”") {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	head, preps := -1, 0
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.()’'"))
		if headlineVerbs[lw] {
			return false
		}
		if corpus.IsDigitByte(w[0]) {
			return false // a quantity or ordinal: "Results of the 8th ..."
		}
		if orgConnectors[lw] {
			if i == 0 && lw != "the" {
				return false
			}
			if (lw == "of" || lw == "for" || lw == "on") && head < 0 {
				return false // "Summary Record of the ... Committee"
			}
			if lw == "to" && i+1 < len(words) && isVerbBase(words[i+1]) {
				return false // an infinitive: "PRIME MINISTER TO HOST LEADERS"
			}
			if lw != "and" && lw != "the" && lw != "&" && lw != "et" && lw != "y" && lw != "und" {
				preps++
			}
			if preps > maxNamePrepositions {
				return false // "PRESIDENT TO ATTEND TALKS FOR PEACE ON THE BORDER"
			}
			continue
		}
		if strings.HasPrefix(w, "(") {
			continue // an acronym in brackets
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if head < 0 && (orgHeads[lw] || lw == "treasury") {
			head = i
		}
	}
	if head < 0 || len(words) == 1 {
		return false // a head noun alone ("Archives", "Council") is a section's heading
	}
	// A compound head ("Executive Office", "Cabinet Secretariat"): the
	// last of the head nouns in a row is the head.
	for head+1 < len(words) && orgHeads[strings.ToLower(strings.Trim(words[head+1], ",.()’'"))] {
		head++
	}
	if head+1 < len(words) {
		next := strings.ToLower(strings.Trim(words[head+1], ","))
		// After the head: a complement, an acronym, a place after a comma
		// ("Embassy, Tokyo"), or a second body of a compound name.
		if !orgConnectors[next] && !strings.HasPrefix(words[head+1], "(") && !strings.HasSuffix(words[head], ",") {
			return false
		}
	}
	if lw := strings.ToLower(words[head]); (lw == "house" || lw == "group" || lw == "union" || lw == "bank" || lw == "fund" || lw == "forum" || lw == "court") && head == 0 {
		return false // a bare "House ..." or "Group of ..." is too weak alone
	}
	return true
}

// maxNamePrepositions bounds the prepositions a body's name strings
// together ("Permanent Mission of Japan to the United Nations in Geneva"
// has three); a longer chain is a headline set in capitals.
const maxNamePrepositions = 3

// isVerbBase reports whether w is the base form of a headline verb
// ("host", "visit", "launch", "sign"): its third-person form is one of
// headlineVerbs, or it is one itself ("sign", "launch").
func isVerbBase(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",.()’'"))
	return len(lw) > 2 && (headlineVerbs[lw+"s"] || headlineVerbs[lw+"es"] || headlineVerbs[lw] && !strings.HasSuffix(lw, "s"))
}

// isHonorificName reports whether t is a minister's name with its
// honorific alone on a line ("The Hon Penny Wong MP", "Senator the Hon
// Don Farrell"), as releases print under the issuing office.
func isHonorificName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 3 || len(f) > 8 || endsSentence(t) {
		return false
	}
	lead := strings.ToLower(f[0] + " " + f[1])
	if !(lead == "the hon" || lead == "the hon." || lead == "the honourable" || lead == "the honorable" ||
		strings.EqualFold(f[0], "hon") || strings.EqualFold(f[0], "hon.") || lead == "senator the") {
		return false
	}
	for _, w := range f {
		if headlineVerbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// labelledIssuerMaxWords bounds the issuer's name before a release label.
const labelledIssuerMaxWords = 4

// isLabelledIssuer reports whether line t is a short issuer name followed
// by a release label on one line ("ITU PRESS RELEASE", "Agency media
// release"): the label names the kind, the rest the body. A name is
// written as one: its words capitalized ("Windows Server certification
// news" is a heading about news, not a body's label).
func isLabelledIssuer(t string) bool {
	n := normLine(t)
	for rt := range releaseTypes {
		prefix, ok := strings.CutSuffix(n, " "+rt)
		if !ok {
			continue
		}
		if w := wordCount(prefix); w >= 1 && w <= labelledIssuerMaxWords && !strings.ContainsAny(prefix, "0123456789") && namedAsBody(t, w) {
			return true
		}
	}
	return false
}

// namedAsBody reports whether the first w words of line t are written as
// a body's name: each capitalized, or a connector ("of", "and", "the").
func namedAsBody(t string, w int) bool {
	for i, f := range strings.Fields(t) {
		if i >= w {
			break
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !orgConnectors[strings.ToLower(f)] {
			return false
		}
	}
	return true
}

// contactLabels open a press-contact line ("Contact: Jane Roe", "MEDIA
// CONTACTS - Press Office", "Media enquiries: ..."): the line names who
// answers questions, not what the release says.
var contactLabels = []string{
	"contact", "contacts", "media contact", "media contacts", "press contact", "press contacts",
	"media enquiries", "media inquiries", "press enquiries", "press inquiries", "enquiries", "inquiries",
	"for more information", "for further information", "further information", "more information",
	"spokesperson", "press officer", "media officer", "communications contact",
}

// contactLabelMaxWords bounds a press-contact line.
const contactLabelMaxWords = 16

// isContactLabelLine reports whether t is a press-contact line: a contact
// label followed by a colon or a dash (and a name, a phone number or
// nothing), at most contactLabelMaxWords words.
func isContactLabelLine(t string) bool {
	if wordCount(t) > contactLabelMaxWords {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(t))
	for _, l := range contactLabels {
		rest, ok := strings.CutPrefix(low, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" && l != "more information" && l != "further information" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ") {
			return true
		}
	}
	return false
}

// releaseInstructions open a line that tells editors when a release may
// run ("FOR RELEASE", "For release 10:00 a.m. EST", "Embargoed until 00:01
// 5 May", "HOLD FOR RELEASE", "Not for publication before ...").
var releaseInstructions = []string{
	"for release", "for immediate release", "hold for release", "embargoed", "embargo", "under embargo",
	"not for publication", "not for release", "for publication", "release time", "release date",
}

// releaseInstructionMaxWords bounds a release instruction with its date
// and time.
const releaseInstructionMaxWords = 12

// isReleaseInstruction reports whether n (a normalized line) is a release
// instruction, alone or with the date and time it names.
func isReleaseInstruction(n string) bool {
	if wordCount(n) > releaseInstructionMaxWords {
		return false
	}
	for _, p := range releaseInstructions {
		if rest, ok := strings.CutPrefix(n, p); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':' || rest[0] == ',') {
			return true
		}
	}
	return false
}

// issuerIntros open a letterhead line that introduces the issuer ("NEWS
// FROM", "News from Senator Jane Roe", "From the Office of the Mayor", "A
// message from the Minister"): the line, alone or with the issuer's name,
// is the letterhead.
var issuerIntros = []string{"news from", "press release from", "news release from", "from the office of", "a message from", "message from", "statement from the office of"}

// issuerIntroMaxWords bounds a letterhead line opened by an intro.
const issuerIntroMaxWords = 10

// isIssuerIntro reports whether n (a normalized line) is an issuer intro,
// alone or with the issuer's name after it.
func isIssuerIntro(n string) bool {
	if wordCount(n) > issuerIntroMaxWords {
		return false
	}
	for _, p := range issuerIntros {
		if rest, ok := strings.CutPrefix(n, p); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			return true
		}
	}
	return false
}
