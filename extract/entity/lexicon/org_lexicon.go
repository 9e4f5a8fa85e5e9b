package lexicon

import (
	"fmt"
	"strings"
)

// orgHead is one head noun of data/org_heads.tsv.
type orgHead struct {
	Kind string
	// modified heads name a body only after two or more capitalized words
	// or before an "of" phrase.
	Modified bool
}

// OrgLexicon holds the open-class organization knowledge: head nouns and
// company legal forms. Read-only after loadOrgLexicon.
type OrgLexicon struct {
	Heads map[string]orgHead
	// forms are the company legal forms, each as its words without dots
	// ("Pte Ltd" -> ["Pte", "Ltd"]), longest first.
	Forms [][]string
	// formWord holds every word of a form, dots removed, for a cheap test.
	FormWord map[string]bool
	// PrefixForm holds the legal forms written before a company's name
	// (data/company_prefix_forms.txt: "PT", "OOO").
	PrefixForm map[string]bool
}

// LoadOrgLexicon reads data/org_heads.tsv, data/company_forms.txt and
// data/company_prefix_forms.txt.
func LoadOrgLexicon() (*OrgLexicon, error) {
	lx := &OrgLexicon{Heads: map[string]orgHead{}, FormWord: map[string]bool{}, PrefixForm: map[string]bool{}}
	err := readLines("data/org_heads.tsv", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 || f[0] == "" || f[1] == "" {
			return fmt.Errorf("want head<TAB>kind[<TAB>flags], got %q", line)
		}
		h := orgHead{Kind: f[1]}
		if len(f) == 3 {
			switch f[2] {
			case "modified":
				h.Modified = true
			case "":
			default:
				return fmt.Errorf("unknown flag %q", f[2])
			}
		}
		lx.Heads[f[0]] = h
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("data/company_forms.txt", func(line string) error {
		var words []string
		for _, w := range strings.Fields(line) {
			w = strings.ReplaceAll(w, ".", "")
			if w == "" {
				continue
			}
			words = append(words, w)
			lx.FormWord[w] = true
		}
		if len(words) > 0 {
			lx.Forms = append(lx.Forms, words)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("data/company_prefix_forms.txt", func(line string) error {
		lx.PrefixForm[strings.TrimSpace(line)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	// longest first, so that "Pte Ltd" wins over "Ltd"
	for i := 1; i < len(lx.Forms); i++ {
		for j := i; j > 0 && len(lx.Forms[j]) > len(lx.Forms[j-1]); j-- {
			lx.Forms[j], lx.Forms[j-1] = lx.Forms[j-1], lx.Forms[j]
		}
	}
	if len(lx.Heads) < 30 || len(lx.Forms) < 20 {
		return nil, fmt.Errorf("organization lexicon too small: %d heads, %d forms", len(lx.Heads), len(lx.Forms))
	}
	return lx, nil
}

// IsHead reports whether w is an organization head noun.
func (lx *OrgLexicon) IsHead(w string) bool {
	_, ok := lx.Heads[w]
	return ok
}
