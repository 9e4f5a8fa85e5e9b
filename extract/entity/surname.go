package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/entity/lexicon"
)

// pageNameKeys are the metadata fields that name who a page is about or
// by: a member's press-release listing says "Dana Whitfield" there while
// each of its items says only "Whitfield".
var pageNameKeys = []string{"og:site_name", "og:title", "twitter:title", "description", "og:description", "author"}

// expandSurnames gives a person the text names by a surname alone
// ("Whitfield said") the full name the page's own metadata (its title,
// site name, description, author) writes with that surname, when it
// writes exactly one: "Congresswoman Dana Whitfield" makes "Whitfield"
// Dana Whitfield. Title words and common words before the surname are no
// given name. People already named in full are left as they are.
func (f *Finder) expandSurnames(people []Person, meta corpus.Meta) {
	var texts []string
	if meta.Title != "" {
		texts = append(texts, meta.Title)
	}
	for _, k := range pageNameKeys {
		if v := meta.Props[k]; v != "" {
			texts = append(texts, v)
		}
	}
	if len(texts) == 0 {
		return
	}
	for i := range people {
		p := &people[i]
		if strings.ContainsAny(p.Name, " .") || utf8.RuneCountInString(p.Name) < 2 {
			continue
		}
		full := ""
		for _, t := range texts {
			for _, g := range f.givenBefore(t, p.Name) {
				switch {
				case full == "":
					full = g + " " + p.Name
				case full != g+" "+p.Name:
					full = "-" // two people of that surname: none
				}
			}
		}
		if full != "" && full != "-" {
			p.Name = full
		}
	}
}

// givenBefore returns the capitalized words standing right before the
// word surname in text that may be given names (letters and hyphens, no
// title word; a known given name or a word that is no common one).
func (f *Finder) givenBefore(text, surname string) []string {
	var out []string
	for from := 0; ; {
		i := strings.Index(text[from:], surname)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(surname)
		if from < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[from:]); unicode.IsLetter(r) {
				continue // part of a longer word
			}
		}
		before := strings.TrimRight(text[:at], " ")
		if len(before) == len(text[:at]) { // no space before: inside a word
			continue
		}
		w := before[strings.LastIndexAny(before, " \t\n(|,;:-–—")+1:]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 ||
			f.names.IsTitleWord(w) {
			continue
		}
		// a known given name ("Maria", "Tom"), else any word that is no
		// common one ("Press Releases Whitfield" gives nothing)
		if f.names.WordBits(w)&(lexicon.BitGiven|lexicon.BitGivenW) == 0 && f.names.IsCommonWord(w) {
			continue
		}
		out = append(out, w)
	}
}
