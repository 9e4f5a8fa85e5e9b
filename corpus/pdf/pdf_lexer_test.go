package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"

	"github.com/communique/communique/internal/pdftest"
)

// The content-stream reader (pdf_lexer.go) against the library's
// Interpret: the same operators with the same operands, and the same
// failure, on every content stream of the PDFs the repository and
// ../shared hold, and on mutated streams.

// traceLibrary runs the library's Interpret over strm: one line per
// operator with its operands, then the panic, if any.
func traceLibrary(strm pdf.Value) (trace []string) {
	defer func() {
		if x := recover(); x != nil {
			trace = append(trace, fmt.Sprintf("panic: %v", x))
		}
	}()
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		parts := []string{op}
		for _, a := range args {
			parts = append(parts, fmtValue(a))
		}
		trace = append(trace, strings.Join(parts, " "))
	})
	return trace
}

// traceOurs is traceLibrary for pdfInterpret.
func traceOurs(strm pdf.Value) (trace []string) {
	defer func() {
		if x := recover(); x != nil {
			trace = append(trace, fmt.Sprintf("panic: %v", x))
		}
	}()
	var raw []byte
	pdfInterpret(strm, &raw, func(args []pdfObj, op string) {
		parts := []string{op}
		for _, a := range args {
			parts = append(parts, fmtObj(a))
		}
		trace = append(trace, strings.Join(parts, " "))
	})
	return trace
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func fmtValue(v pdf.Value) string {
	switch v.Kind() {
	case pdf.Bool:
		return "bool"
	case pdf.Integer:
		return "i" + fmtNum(v.Float64())
	case pdf.Real:
		return "r" + fmtNum(v.Float64())
	case pdf.String:
		return strconv.Quote(v.RawString())
	case pdf.Name:
		return "/" + v.Name()
	case pdf.Array:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, fmtValue(v.Index(i)))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case pdf.Dict:
		var parts []string
		for _, k := range v.Keys() {
			parts = append(parts, "/"+k+" "+fmtValue(v.Key(k)))
		}
		return "<<" + strings.Join(parts, " ") + ">>"
	}
	return "null"
}

func fmtObj(o pdfObj) string {
	switch o.kind {
	case pdfBoolObj:
		return "bool"
	case pdfIntObj:
		return "i" + fmtNum(o.Float64())
	case pdfRealObj:
		return "r" + fmtNum(o.Float64())
	case pdfStringObj:
		return strconv.Quote(o.RawString())
	case pdfNameObj:
		return "/" + o.Name()
	case pdfArrayObj:
		var parts []string
		for i := 0; i < o.Len(); i++ {
			parts = append(parts, fmtObj(o.Index(i)))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case pdfDictObj:
		keys := make([]string, 0, len(o.dict))
		for k := range o.dict {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, "/"+k+" "+fmtObj(o.dict[k]))
		}
		return "<<" + strings.Join(parts, " ") + ">>"
	}
	return "null"
}

func compareTraces(t *testing.T, name string, strm pdf.Value) {
	t.Helper()
	want, got := traceLibrary(strm), traceOurs(strm)
	if slices.Equal(got, want) {
		return
	}
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s: operator %d of %d/%d:\n got %.300q\nwant %.300q", name, i, len(got), len(want), g, w)
			return
		}
	}
}

// contentStreams returns the content streams of r's pages and of the form
// XObjects their resources name, by a name for messages.
func contentStreams(r *pdf.Reader, size int) map[string]pdf.Value {
	out := map[string]pdf.Value{}
	pages, err := pdfPageTree(r, size)
	if err != nil {
		return out
	}
	for i, p := range pages {
		if c := p.V.Key("Contents"); !c.IsNull() {
			out[fmt.Sprintf("page %d", i+1)] = c
		}
		xo := pdfInherited(p, "Resources").Key("XObject")
		for _, k := range xo.Keys() {
			if x := xo.Key(k); x.Kind() == pdf.Stream && x.Key("Subtype").Name() == "Form" {
				out[fmt.Sprintf("page %d form %s", i+1, k)] = x
			}
		}
	}
	return out
}

func TestPDFInterpretSame(t *testing.T) {
	var files []string
	for _, root := range []string{"../../testdata", "../../../shared/realworld", "testdata"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error { //nolint:errcheck // a missing root has no files
			if err == nil && d.IsDir() && (d.Name() == "unseen2" || d.Name() == "unseen4") {
				return filepath.SkipDir // held-out sets
			}
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) < 5 {
		t.Fatalf("only %d PDFs found", len(files))
	}
	streams := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() { recover() }() //nolint:errcheck // a file the library cannot open has no streams to compare
			body, err := pdfPrepare(body)
			if err != nil {
				return
			}
			r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
			if err != nil {
				return
			}
			for name, strm := range contentStreams(r, len(body)) {
				streams++
				compareTraces(t, f+" "+name, strm)
			}
		}()
	}
	t.Logf("%d content streams of %d PDFs", streams, len(files))
}

// onePagePDF is a PDF whose one page's content stream is content.
func onePagePDF(content string) []byte {
	return pdftest.Build([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		pdftest.Stream(content),
	})
}

// lexerCases are content streams that take the lexer's odd paths.
var lexerCases = []string{
	"BT /F1 12 Tf 72 720 Td (Hello) Tj [(W) -120 (orld) 5.5] TJ ET",
	"(a\\n\\r\\t\\b\\f\\(\\)\\\\ \\101\\7\\777) Tj",
	"(nested (parens) here) Tj (line\\\ncont) Tj (cr\\\r\nlf) Tj",
	"(bad \\q escape) Tj 1 2 Td",
	"[(bad \\q) 5] TJ 3 4 Td",
	"<48656C6C6F> Tj <48 65 6c> Tj <4> Tj 1 0 0 1 0 0 cm",
	"[<4> (x)] TJ (after) Tj",
	"/Name#20With#41 Do /Bad#zz Do",
	"[/A#4 1] TJ",
	"% comment\n1 2 Td % another\r3 4 Td",
	"+5 -.5 5. . +. -3 99999999999999999999 1.2.3 Tj",
	"[ 1 2 [ 3 [ 4 ] ] ] TJ ] >> null { } Tj",
	"/P <</MCID 0 /K [1 2] /S /X>> BDC (x) Tj EMC",
	"<< /A 1 2 3 >> Tj <</B (u) /C <</D 4>> >> BDC",
	") 1 2 Td",
	"> 1 2 Td",
	"1 dict begin /Tj { } def /x 5 def x x Tj end (y) Tj",
	"currentdict Tj",
	// arrays kept past their operator (def, begin) while later ones reuse
	// the interpreter's arena
	// (the first array grows the arena, so that later ones share it)
	"[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20] TJ 1 dict begin /a [(kept) 1 [2 (deep)]] def [(other) 3] TJ [(more) 4 5 6 7 8] TJ a TJ a a TJ end [(z)] TJ",
	"[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20] TJ << /b [(in dict) 7] /c [[8]] >> begin [(x) 1 2 3 4] TJ b TJ c TJ [(y)] TJ b c TJ end",
	"[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20] TJ 2 dict begin /a [1] def /a [(second) 2] def [(t) 3 4 5] TJ a TJ currentdict begin a TJ end end",
	"5 begin",
	"end",
	"1 2 pop Tj /k def",
	"true false Tj",
	"(unterminated string",
	"[(unterminated array",
	"<< /unterminated 1",
	"/name",
	"12",
	"(trailing backslash\\",
	"(octal at end\\12",
	strings.Repeat("[", 999) + " 1 (a) /n ] TJ (x) Tj",
	strings.Repeat("[", 1000) + " 1 (a) /n ] TJ (x) Tj",
	strings.Repeat("[", 1001) + " 1 ] TJ (x) Tj",
	strings.Repeat("[ 1 ", 1200) + " ] TJ",
}

func TestPDFInterpretSameCases(t *testing.T) {
	for _, c := range lexerCases {
		t.Run(fmt.Sprintf("%.40s", c), func(t *testing.T) {
			body := onePagePDF(c)
			r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
			if err != nil {
				t.Fatal(err)
			}
			strm := r.Page(1).V.Key("Contents")
			compareTraces(t, c, strm)
		})
	}
}

// FuzzPDFInterpretSame: any content stream gives the same operators and
// failure both ways. A stream that holds a '<' gets a '>' at its end: the
// library loops forever on a stream that ends inside a hex string.
func FuzzPDFInterpretSame(f *testing.F) {
	for _, c := range lexerCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, content string) {
		if strings.Contains(content, "<") {
			content += ">"
		}
		body := onePagePDF(content)
		r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			return
		}
		compareTraces(t, fmt.Sprintf("%q", content), r.Page(1).V.Key("Contents"))
	})
}

// FuzzPDFFastNumber: the short numbers read without strconv are the
// float64 strconv gives, to the bit (an integer through ParseInt).
func FuzzPDFFastNumber(f *testing.F) {
	for _, s := range []string{"0", "-0", "+12", "-0.0", "3.14159", ".5", "-.5", "5.", "123456789012345", "0.000000000000001", "999999999999999.", "1.0000000000000002"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := pdfFastNumber(s)
		if !ok {
			return
		}
		var want float64
		switch {
		case pdfIsInteger(s):
			x, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				t.Fatalf("%q: fast path read an integer ParseInt rejects", s)
			}
			want = float64(x)
		case pdfIsReal(s):
			x, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%q: fast path read a real ParseFloat rejects", s)
			}
			want = x
		default:
			return // the lexer asks only for integers and reals
		}
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%q: %v (%x), want %v (%x)", s, got, math.Float64bits(got), want, math.Float64bits(want))
		}
	})
}
