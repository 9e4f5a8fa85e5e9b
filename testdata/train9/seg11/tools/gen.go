// gen typesets the written newsletters of testdata/train6/pdfn8 from spec.json
// with github.com/go-pdf/fpdf: masthead, issue line, optional full-width lead
// headline, then one or two columns of articles (bold headlines larger than
// the body, optional kicker labels, bylines), simple hyphenation at line ends,
// running heads and page numbers on every page after the first.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"
)

type Article struct {
	Kicker   string   `json:"kicker"`
	Headline string   `json:"headline"`
	Span     bool     `json:"span"`
	Byline   string   `json:"byline"`
	Paras    []string `json:"paras"`
	Cont     bool     `json:"cont_head"` // repeat headline "(continued)" when it crosses a page
}

type Doc struct {
	File     string    `json:"file"`
	Masthead string    `json:"masthead"`
	Sub      string    `json:"sub"`
	Issue    string    `json:"issue"`
	Running  string    `json:"running"`
	Cols     int       `json:"cols"`
	HeadSize float64   `json:"head_size"`
	HeadBold bool      `json:"head_bold"`
	BodySize float64   `json:"body_size"`
	BodyFont string    `json:"body_font"`
	Contents bool      `json:"contents"`
	Gutter   float64   `json:"gutter"`
	Footer   string    `json:"footer"`
	Articles []Article `json:"articles"`
}

const (
	pageW, pageH = 210.0, 297.0
	margin       = 16.0
	gutter       = 7.0
	bottom       = pageH - 20.0
)

type writer struct {
	pdf    *fpdf.Fpdf
	tr     func(string) string
	d      Doc
	col    int
	y      float64
	top    float64
	colW   float64
	gutter float64
	page   int
	curHd  string
}

func (w *writer) x() float64 { return margin + float64(w.col)*(w.colW+w.gutter) }

func (w *writer) newPage() {
	w.pdf.AddPage()
	w.page++
	w.pdf.SetFont("Helvetica", "", 8)
	w.pdf.SetXY(margin, 10)
	w.pdf.CellFormat(pageW-2*margin, 4, w.tr(w.d.Running), "", 0, "L", false, 0, "")
	w.pdf.SetXY(margin, 10)
	w.pdf.CellFormat(pageW-2*margin, 4, fmt.Sprint(w.page), "", 0, "R", false, 0, "")
	w.pdf.Line(margin, 15, pageW-margin, 15)
	w.top = 20
	w.y = w.top
	w.col = 0
}

func (w *writer) advance(h float64) {
	if w.y+h <= bottom {
		return
	}
	if w.col+1 < w.d.Cols {
		w.col++
		w.y = w.top
		return
	}
	w.footer()
	w.newPage()
	if w.curHd != "" {
		w.pdf.SetFont("Helvetica", "B", w.d.BodySize+1)
		w.pdf.Text(w.x(), w.y+4, w.tr(w.curHd+" (continued)"))
		w.y += 7
	}
}

func (w *writer) footer() {
	if w.d.Footer == "" {
		return
	}
	w.pdf.SetFont("Helvetica", "I", 7)
	w.pdf.Text(margin, pageH-10, w.tr(w.d.Footer))
}

// lines breaks text into lines of at most width, hyphenating long words.
func (w *writer) lines(text string, width float64, hyph bool) []string {
	words := strings.Fields(text)
	var out []string
	cur := ""
	for i := 0; i < len(words); i++ {
		wd := words[i]
		try := wd
		if cur != "" {
			try = cur + " " + wd
		}
		if w.pdf.GetStringWidth(w.tr(try)) <= width {
			cur = try
			continue
		}
		if hyph && isWord(wd) && len([]rune(wd)) >= 8 {
			r := []rune(wd)
			split := 0
			for k := len(r) - 4; k >= 4; k-- {
				pre := string(r[:k]) + "-"
				t := pre
				if cur != "" {
					t = cur + " " + pre
				}
				if w.pdf.GetStringWidth(w.tr(t)) <= width && !isVowel(r[k-1]) == true {
					split = k
					break
				}
			}
			if split > 0 {
				pre := string(r[:split]) + "-"
				if cur != "" {
					pre = cur + " " + pre
				}
				out = append(out, pre)
				cur = string(r[split:])
				continue
			}
		}
		if cur != "" {
			out = append(out, cur)
		}
		cur = wd
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyAEIOUY", r) }

func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func (w *writer) block(text, style string, size, lead float64, hyph bool, width float64) {
	if strings.HasPrefix(style, "H") {
		w.pdf.SetFont("Helvetica", style[1:], size)
	} else {
		w.pdf.SetFont(w.d.BodyFont, style, size)
	}
	for _, ln := range w.lines(text, width, hyph) {
		w.advance(lead)
		w.pdf.Text(w.x(), w.y+size*0.3528, w.tr(ln))
		w.y += lead
	}
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var docs []Doc
	if err := json.Unmarshal(raw, &docs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, d := range docs {
		if err := render(d, os.Args[2]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func render(d Doc, dir string) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreator("groff-free fpdf", false)
	w := &writer{pdf: pdf, tr: pdf.UnicodeTranslatorFromDescriptor(""), d: d}
	if d.Gutter > 0 {
		w.gutter = d.Gutter
	} else {
		w.gutter = gutter
	}
	w.colW = (pageW - 2*margin - float64(d.Cols-1)*w.gutter) / float64(d.Cols)
	pdf.AddPage()
	w.page = 1
	// masthead
	pdf.SetFont("Helvetica", "B", 30)
	pdf.Text(margin, 28, w.tr(d.Masthead))
	pdf.SetFont("Helvetica", "", 10)
	pdf.Text(margin, 35, w.tr(d.Sub))
	pdf.SetFont("Helvetica", "B", 9)
	iw := pdf.GetStringWidth(w.tr(d.Issue))
	pdf.Text(pageW-margin-iw, 35, w.tr(d.Issue))
	pdf.SetLineWidth(0.6)
	pdf.Line(margin, 38, pageW-margin, 38)
	pdf.SetLineWidth(0.2)
	w.y = 43
	if d.Contents {
		pdf.SetFont("Helvetica", "B", 10)
		pdf.Text(margin, w.y+4, "In this issue")
		w.y += 6
		pdf.SetFont("Helvetica", "", 9)
		for i, a := range d.Articles {
			pdf.Text(margin+2, w.y+3.5, w.tr(a.Headline))
			pn := fmt.Sprint(1 + i/3)
			pdf.Text(pageW-margin-4, w.y+3.5, pn)
			w.y += 5
		}
		pdf.Line(margin, w.y+1, pageW-margin, w.y+1)
		w.y += 5
	}
	// spanning lead headline
	if len(d.Articles) > 0 && d.Articles[0].Span {
		a := d.Articles[0]
		if a.Kicker != "" {
			w.block(a.Kicker, "HB", 8, 5, false, pageW-2*margin)
		}
		w.block(a.Headline, "HB", d.HeadSize+6, (d.HeadSize+6)*0.45, false, pageW-2*margin)
		w.y += 2
	}
	w.top = w.y
	hstyle := "H"
	if d.HeadBold {
		hstyle = "HB"
	}
	for i, a := range d.Articles {
		if !(i == 0 && a.Span) {
			if i > 0 {
				w.y += 4
			}
			w.advance(d.HeadSize * 1.4)
			if a.Kicker != "" {
				w.block(strings.ToUpper(a.Kicker), "HB", 7.5, 4.5, false, w.colW)
			}
			w.block(a.Headline, hstyle, d.HeadSize, d.HeadSize*0.45, false, w.colW)
			w.y += 1.5
		}
		if a.Cont {
			w.curHd = a.Headline
		} else {
			w.curHd = ""
		}
		if a.Byline != "" {
			w.block(a.Byline, "I", d.BodySize-1, (d.BodySize-1)*0.5, false, w.colW)
			w.y += 1
		}
		for _, p := range a.Paras {
			w.block(p, "", d.BodySize, d.BodySize*0.47, true, w.colW)
			w.y += 2
		}
	}
	w.footer()
	return pdf.OutputFileAndClose(dir + "/" + d.File)
}
