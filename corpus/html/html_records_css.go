package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Type set by a class. E-mail templates and hand-made pages often set
// their story headlines by a class whose rule in a <style> sheet makes it
// large or bold (".headline { font-size: 20px; font-weight: bold }" over
// <td class="headline">), not by an inline style, <b> or <h2>. The record
// detector reads the rules of simple class selectors (".c", "td.c") of
// the page's style sheets, outside @media and other at-rule blocks (a
// phone's override is not the page's type), and counts an element whose
// class makes it bold or large as a headline set apart by its type, as an
// inline style would (headlineElement). Only font-size and font-weight
// are read; an inline style on the element itself wins.

// classType is the type a class rule gives: bold, and the font size in
// pixels (0 when the rule sets none).
type classType struct {
	bold bool
	px   float64
}

// classTypes maps a class name and a tag (lower-case; "" for a rule on
// the class alone, ".c") to the type the rules give; nil when the page's
// sheets set none. Keyed by class first, so that an element's classes are
// looked up without building a selector string.
type classTypes map[string]map[string]classType

// maxStyleSheetBytes bounds the style sheet text read: a site's whole
// framework inlined into the page is no e-mail template.
const maxStyleSheetBytes = 64 << 10

// readClassTypes reads the type rules of the <style> elements under root
// (see classTypes); nil when there are none.
func readClassTypes(root *html.Node) classTypes {
	var sheet strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && sheet.Len() < maxStyleSheetBytes; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Style {
				for t := c.FirstChild; t != nil; t = t.NextSibling {
					if t.Type == html.TextNode {
						sheet.WriteString(t.Data)
						sheet.WriteByte('\n')
					}
				}
				continue
			}
			if c.DataAtom == atom.Body {
				continue // the body's own sheets are removed with the junk
			}
			walk(c)
		}
	}
	walk(root)
	s := sheet.String()
	if !strings.Contains(s, "font") {
		return nil
	}
	// Old pages and Word's HTML hide the sheet from old browsers inside
	// an HTML comment: its markers are no part of any selector.
	if strings.Contains(s, "<!--") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "<!--", " "), "-->", " ")
	}
	return parseClassTypes(s)
}

// parseClassTypes reads the font-size and font-weight of simple class
// selectors from style sheet text s, skipping comments and at-rule
// blocks; nil when no rule sets either.
func parseClassTypes(s string) classTypes {
	var out classTypes
	for len(s) > 0 {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		sel := stripCSSComments(s[:open])
		s = s[open+1:]
		if strings.HasPrefix(strings.TrimSpace(sel), "@") {
			s = skipCSSBlock(s) // @media, @font-face, @supports: not the page's type
			continue
		}
		end := strings.IndexByte(s, '}')
		if end < 0 {
			break
		}
		decls := s[:end]
		s = s[end+1:]
		t, ok := cssType(decls)
		if !ok {
			continue
		}
		for one := range strings.SplitSeq(sel, ",") {
			tag, class, ok := simpleClassSelector(strings.TrimSpace(one))
			if !ok {
				continue
			}
			if out == nil {
				out = make(classTypes)
			}
			if out[class] == nil {
				out[class] = make(map[string]classType, 1)
			}
			prev := out[class][tag]
			out[class][tag] = classType{bold: prev.bold || t.bold, px: max(prev.px, t.px)}
		}
	}
	return out
}

// stripCSSComments removes /* ... */ comments from s.
func stripCSSComments(s string) string {
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + " " + s[i+2+j+2:]
	}
}

// skipCSSBlock returns s after the block its first byte is inside of
// (the '{' already read), nested blocks included.
func skipCSSBlock(s string) string {
	depth := 1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return s[i+1:]
			}
		}
	}
	return ""
}

// cssType reads font-weight and font-size from a rule's declarations;
// ok is false when it sets neither as bold or as a size.
func cssType(decls string) (t classType, ok bool) {
	for decl := range strings.SplitSeq(decls, ";") {
		k, v, found := strings.Cut(decl, ":")
		if !found {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important")))
		switch k {
		case "font-weight":
			t.bold = cssBold(v)
		case "font-size":
			t.px = cssFontPx(v)
		case "font":
			// The shorthand: "bold 20px/1.3 Arial, sans-serif".
			for _, w := range strings.Fields(v) {
				size, _, _ := strings.Cut(w, "/")
				if cssBold(w) {
					t.bold = true
				} else if px := cssFontPx(size); px > 0 {
					t.px = px
				}
			}
		}
	}
	return t, t.bold || t.px > 0
}

// cssBold reports whether a font-weight value is bold (bold, bolder, 600
// to 900).
func cssBold(v string) bool {
	switch v {
	case "bold", "bolder":
		return true
	}
	w, err := strconv.Atoi(v)
	return err == nil && w >= 600
}

// cssFontPx converts an absolute or root-relative font-size value to
// pixels (px, pt, rem, and em or % of the browser's 16px); 0 for other
// values.
func cssFontPx(v string) float64 {
	unit := func(suffix string, scale float64) float64 {
		f, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(v, suffix)), 64)
		if err != nil || f <= 0 {
			return 0
		}
		return f * scale
	}
	switch {
	case strings.HasSuffix(v, "px"):
		return unit("px", 1)
	case strings.HasSuffix(v, "pt"):
		return unit("pt", 4.0/3)
	case strings.HasSuffix(v, "rem"):
		return unit("rem", defaultFontPx)
	case strings.HasSuffix(v, "em"):
		return unit("em", defaultFontPx)
	case strings.HasSuffix(v, "%"):
		return unit("%", defaultFontPx/100)
	}
	return 0
}

// simpleClassSelector returns the tag (lower-case, "" for none) and the
// class of a selector that names one class, alone (".headline") or on one
// tag ("td.headline"); ok is false for any other selector (descendants,
// pseudo-classes, several classes, ids).
func simpleClassSelector(sel string) (tag, class string, ok bool) {
	dot := strings.IndexByte(sel, '.')
	if dot < 0 {
		return "", "", false
	}
	tag, class = strings.ToLower(sel[:dot]), sel[dot+1:]
	if class == "" || !isCSSName(class) || tag != "" && !isCSSName(tag) {
		return "", "", false
	}
	return tag, class, true
}

// isCSSName reports whether s is a plain CSS identifier (letters, digits,
// hyphens and underscores).
func isCSSName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return s != ""
}

// of returns the type n's classes give it: bold if any of its classes'
// rules makes it bold, and the largest size they set.
func (ct classTypes) of(n *html.Node) classType {
	var t classType
	if ct == nil {
		return t
	}
	cls := htmlAttr(n, "class")
	if cls == "" {
		return t
	}
	for c := range strings.FieldsSeq(cls) {
		byTag := ct[c]
		if byTag == nil {
			continue
		}
		for _, tag := range [2]string{"", n.Data} {
			if r, ok := byTag[tag]; ok {
				t.bold = t.bold || r.bold
				t.px = max(t.px, r.px)
			}
		}
	}
	return t
}

// sets reports whether n's classes set it apart as a headline: bold, or
// styledHeadlinePx or larger, where its style attribute sets neither
// weight nor size itself (an inline style wins over a class rule).
func (ct classTypes) sets(n *html.Node) bool {
	if ct == nil {
		return false
	}
	t := ct.of(n)
	return t.bold && styleDecl(n, "font-weight") == "" || t.px >= styledHeadlinePx && styleDecl(n, "font-size") == ""
}
