package pdf_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"crypto/md5"
	"crypto/rc4"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// Small PDFs of the shapes the decoder meets in published files, generated
// here so that the fuzzer starts from valid files of every structure
// (fonts and encodings, compressed content, cross-reference streams,
// object streams, encryption, incremental updates, page trees) and
// mutates inputs a few hundred bytes long instead of whole documents.

// pdfObj is one indirect object: a dictionary (or any object) and, for a
// stream, its data (written with /Length added to the dictionary).
type pdfObj struct {
	dict   string
	stream []byte
}

// pdfLayout says how pdfFile writes the objects.
type pdfLayout struct {
	xrefStream bool  // a /Type /XRef stream instead of an xref table
	objStm     []int // numbers of objects packed into an object stream (needs xrefStream)
	encrypt    bool  // RC4 128-bit, standard security handler, empty user password
	info       int   // number of the Info dictionary object, 0 for none
	version    string
}

// pdfFile writes objs (numbered from 1; object 1 is the catalog) as a PDF.
func pdfFile(objs []pdfObj, lay pdfLayout) []byte {
	if lay.version == "" {
		lay.version = "1.4"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", lay.version)
	n := len(objs)
	offsets := make([]int, n+1) // 0: free
	inStm := map[int]int{}      // object -> index in the object stream
	for i, num := range lay.objStm {
		inStm[num] = i
	}
	var key []byte
	id := bytes.Repeat([]byte{0x5a}, 16)
	trailerExtra := ""
	if lay.encrypt {
		var encDict string
		key, encDict = pdfRC4Key(id)
		objs = append(objs, pdfObj{dict: encDict})
		n++
		offsets = append(offsets, 0)
		trailerExtra = fmt.Sprintf(" /Encrypt %d 0 R /ID [<%x> <%x>]", n, id, id)
	}
	for i, o := range objs {
		num := i + 1
		if _, packed := inStm[num]; packed {
			continue
		}
		offsets[num] = b.Len()
		data := o.stream
		if key != nil && num != n && data != nil {
			data = pdfRC4(key, num, data)
		}
		writePDFObj(&b, num, o.dict, data)
	}
	if len(lay.objStm) > 0 {
		// The object stream is object n+1; its objects are listed in its
		// header as "number offset" pairs.
		var head, body bytes.Buffer
		for _, num := range lay.objStm {
			fmt.Fprintf(&head, "%d %d ", num, body.Len())
			body.WriteString(objs[num-1].dict)
			body.WriteString("\n")
		}
		n++
		offsets = append(offsets, b.Len())
		writePDFObj(&b, n, fmt.Sprintf("<< /Type /ObjStm /N %d /First %d >>", len(lay.objStm), head.Len()),
			append(head.Bytes(), body.Bytes()...))
	}
	infoRef := ""
	if lay.info > 0 {
		infoRef = fmt.Sprintf(" /Info %d 0 R", lay.info)
	}
	if !lay.xrefStream {
		xref := b.Len()
		fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", n+1)
		for _, off := range offsets[1:] {
			fmt.Fprintf(&b, "%010d 00000 n \n", off)
		}
		fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s%s >>\nstartxref\n%d\n%%%%EOF\n", n+1, infoRef, trailerExtra, xref)
		return b.Bytes()
	}
	// Cross-reference stream, object n+1: entries of 1 + 4 + 2 bytes.
	xrefNum := n + 1
	xref := b.Len()
	var rows bytes.Buffer
	row := func(typ byte, f2 uint32, f3 uint16) {
		rows.WriteByte(typ)
		binary.Write(&rows, binary.BigEndian, f2)
		binary.Write(&rows, binary.BigEndian, f3)
	}
	row(0, 0, 65535)
	stmNum := uint32(n) // the object stream, when there is one
	for num := 1; num <= n; num++ {
		if idx, packed := inStm[num]; packed {
			row(2, stmNum, uint16(idx))
		} else {
			row(1, uint32(offsets[num]), 0)
		}
	}
	row(1, uint32(xref), 0)
	writePDFObj(&b, xrefNum, fmt.Sprintf("<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R%s >>", xrefNum+1, infoRef), rows.Bytes())
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

func writePDFObj(b *bytes.Buffer, num int, dict string, stream []byte) {
	fmt.Fprintf(b, "%d 0 obj\n", num)
	if stream == nil {
		fmt.Fprintf(b, "%s\nendobj\n", dict)
		return
	}
	// Insert /Length before the dictionary's closing ">>".
	end := strings.LastIndex(dict, ">>")
	fmt.Fprintf(b, "%s /Length %d >>\nstream\n", dict[:end], len(stream))
	b.Write(stream)
	b.WriteString("\nendstream\nendobj\n")
}

// pdfPadding is the password padding of the standard security handler
// (ISO 32000-1, 7.6.3.3).
var pdfPadding = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// pdfRC4Key returns the file key and the encryption dictionary of a
// revision 3 (128-bit RC4) file whose user and owner passwords are empty
// (algorithms 2, 3 and 5 of ISO 32000-1).
func pdfRC4Key(id []byte) ([]byte, string) {
	const perms = -3904
	md5n := func(b []byte, rounds int) []byte {
		for range rounds {
			s := md5.Sum(b[:16])
			b = s[:]
		}
		return b
	}
	// rc4Rounds encrypts data with key, then 19 more times with key XOR i.
	rc4Rounds := func(key, data []byte) []byte {
		out := append([]byte(nil), data...)
		for i := range 20 {
			k := append([]byte(nil), key...)
			for j := range k {
				k[j] ^= byte(i)
			}
			c, _ := rc4.NewCipher(k)
			c.XORKeyStream(out, out)
		}
		return out
	}
	ownerKey := md5.Sum(pdfPadding)
	o := rc4Rounds(md5n(ownerKey[:], 50), pdfPadding)
	h := md5.New()
	h.Write(pdfPadding)
	h.Write(o)
	binary.Write(h, binary.LittleEndian, int32(perms))
	h.Write(id)
	key := md5n(h.Sum(nil), 50)
	uh := md5.Sum(append(append([]byte(nil), pdfPadding...), id...))
	u := append(rc4Rounds(key, uh[:]), make([]byte, 16)...)
	return key, fmt.Sprintf("<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%x> /U <%x> >>", perms, o, u)
}

// pdfRC4 encrypts the data of object num with the file key (algorithm 1).
func pdfRC4(key []byte, num int, data []byte) []byte {
	h := md5.New()
	h.Write(key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), 0, 0})
	k := h.Sum(nil)[:min(len(key)+5, 16)]
	out := make([]byte, len(data))
	c, _ := rc4.NewCipher(k)
	c.XORKeyStream(out, data)
	return out
}

func pdfDeflate(s string) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// pdfPageObjs is a catalog, a one-page tree and a page with the given
// content stream and font resources: objects 1-4, fonts from 5.
func pdfPageObjs(content pdfObj, fonts ...pdfObj) []pdfObj {
	res := ""
	for i := range fonts {
		res += fmt.Sprintf(" /F%d %d 0 R", i+1, 5+i)
	}
	objs := []pdfObj{
		{dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
		{dict: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font <<" + res + " >> >> >>"},
		content,
	}
	return append(objs, fonts...)
}

const (
	shapeSentence = "The Minister of Transport opened the new harbour on 3 March 2024 with the mayor and the port workers."
	shapeSecond   = "The Treasury published the budget statement for the coming year, with a plan for schools and hospitals."
)

var (
	helvetica = pdfObj{dict: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
	textOps   = "BT /F1 11 Tf 72 720 Td 14 TL (" + shapeSentence + ") Tj T* (" + shapeSecond + ") Tj ET"
)

// pdfShapes returns the generated PDFs, each with a phrase its text must
// contain ("" when the decoder is only required to end).
func pdfShapes() []struct {
	name string
	body []byte
	want string
} {
	type shape = struct {
		name string
		body []byte
		want string
	}
	plain := pdfObj{dict: "<< >>", stream: []byte(textOps)}
	flate := pdfObj{dict: "<< /Filter /FlateDecode >>", stream: pdfDeflate(textOps)}
	widths := strings.TrimSpace(strings.Repeat("556 ", 95))
	trueType := pdfObj{dict: "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [" + widths +
		"] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>"}
	descriptor := pdfObj{dict: "<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1006] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>"}

	// A Type0 font with Identity-H and a ToUnicode map: two-byte codes
	// 0001.. stand for the sentence's distinct characters.
	var codes, bfchar strings.Builder
	index := map[rune]int{}
	for _, r := range shapeSentence {
		i, ok := index[r]
		if !ok {
			i = len(index) + 1
			index[r] = i
			fmt.Fprintf(&bfchar, "<%04x> <%04x>\n", i, r)
		}
		if r == ' ' {
			// Word gaps as the producers of such files write them: a
			// kerning offset between the words' strings.
			codes.WriteString("> -300 <")
			continue
		}
		fmt.Fprintf(&codes, "%04x", i)
	}
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Shape-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange <0000> <ffff> endcodespacerange\n" +
		fmt.Sprintf("%d beginbfchar\n%sendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end", len(index), bfchar.String())
	type0 := []pdfObj{
		{dict: "<< /Type /Font /Subtype /Type0 /BaseFont /Shape-Identity /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"},
		{dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Shape-Identity /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"},
		{dict: "<< >>", stream: []byte(cmap)},
	}
	type0Content := pdfObj{dict: "<< >>", stream: []byte("BT /F1 11 Tf 72 720 Td [<" + codes.String() + ">] TJ ET")}

	// /Differences: codes 1.. named after the letters of a word.
	diffWord := "Harbour"
	var diffs, diffCodes strings.Builder
	for i, r := range diffWord {
		name := string(r)
		fmt.Fprintf(&diffs, " %d /%s", i+1, name)
		fmt.Fprintf(&diffCodes, "\\%03o", i+1)
	}
	differences := pdfObj{dict: "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [" + diffs.String() + "] >> >>"}
	diffContent := pdfObj{dict: "<< >>", stream: []byte("BT /F1 11 Tf 72 720 Td (" + shapeSentence + ") Tj 0 -14 Td (" + diffCodes.String() + " works resume on 4 March 2024.) Tj 0 -14 Td (" + shapeSecond + ") Tj ET")}

	// Text operators: TJ with kerning, Tm, ', ", Tz, Tc, Tw, two BT blocks.
	ops := pdfObj{dict: "<< >>", stream: []byte(`BT /F1 11 Tf 1 0 0 1 72 720 Tm 14 TL [(The Minister) -250 (of Transport opened) 120 ( the new harbour)] TJ (on 3 March 2024.) ' 2 1 (The Treasury published the budget.) " ET
BT 100 Tz 0.5 Tc 1 Tw /F1 11 Tf 72 600 Td (A second block of text follows here.) Tj ET`)}

	// Two columns on one page.
	var cols strings.Builder
	cols.WriteString("BT /F1 10 Tf 14 TL 72 720 Td")
	for range 6 {
		cols.WriteString(" (left column line of text) Tj T*")
	}
	cols.WriteString(" ET BT /F1 10 Tf 14 TL 320 720 Td")
	for range 6 {
		cols.WriteString(" (right column line of text) Tj T*")
	}
	cols.WriteString(" ET")

	// Nested page tree, inherited resources and media box, three pages.
	tree := []pdfObj{
		{dict: "<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [0 << /S /D >>] >> >>"},
		{dict: "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 /MediaBox [0 0 595 842] /Resources << /Font << /F1 9 0 R >> >> >>"},
		{dict: "<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>"},
		{dict: "<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 10 0 R] /Count 2 >>"},
		{dict: "<< /Type /Page /Parent 4 0 R /Contents [7 0 R 8 0 R] /Rotate 90 >>"},
		{dict: "<< >>", stream: []byte("BT /F1 11 Tf 72 720 Td (Page one: " + shapeSentence + ") Tj ET")},
		{dict: "<< >>", stream: []byte("BT /F1 11 Tf 72 720 Td (Page two: ")},
		{dict: "<< >>", stream: []byte(shapeSecond + ") Tj ET")},
		helvetica,
		{dict: "<< /Type /Page /Parent 4 0 R /Contents 11 0 R >>"},
		{dict: "<< /Filter /FlateDecode >>", stream: pdfDeflate("BT /F1 11 Tf 72 720 Td (Page three closes the statement on 5 March 2024. " + shapeSecond + ") Tj ET")},
	}

	// A two-page bulletin: running header and footer with page numbers, a
	// contents block, a narrow sidebar at the page edge, a word hyphenated
	// across lines, a heading in a larger size.
	bulletinPage := func(n int) string {
		var c strings.Builder
		fmt.Fprintf(&c, "BT /F1 9 Tf 72 770 Td (Ministry of Testing Bulletin - March 2024) Tj ET\n")
		fmt.Fprintf(&c, "BT /F1 9 Tf 280 40 Td (Page %d of 2) Tj ET\n", n)
		fmt.Fprintf(&c, "BT /F1 7 Tf 20 700 Td 9 TL (Inside) Tj T* (News) Tj T* (Events) Tj T* (Notices) Tj ET\n")
		if n == 1 {
			c.WriteString("BT /F1 11 Tf 90 720 Td 14 TL (Contents) Tj T* (Harbour opening ........ 1) Tj T* (Budget statement ........ 2) Tj ET\n")
		}
		fmt.Fprintf(&c, "BT /F1 16 Tf 90 650 Td (Section %d: harbour works) Tj ET\n", n)
		if n == 1 {
			c.WriteString("BT /F1 11 Tf 90 620 Td 14 TL (" + shapeSentence + ") Tj T* (The new port infra-) Tj T* (structure serves ferries, fishing boats and container ships.) Tj ET")
		} else {
			c.WriteString("BT /F1 11 Tf 90 620 Td 14 TL (" + shapeSecond + ") Tj T* (The schools programme starts in April and the hospitals programme in June.) Tj ET")
		}
		return c.String()
	}
	bulletin := []pdfObj{
		{dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{dict: "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> >>"},
		{dict: "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"},
		{dict: "<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>"},
		{dict: "<< /Filter /FlateDecode >>", stream: pdfDeflate(bulletinPage(1))},
		{dict: "<< /Filter /FlateDecode >>", stream: pdfDeflate(bulletinPage(2))},
		helvetica,
	}

	withInfo := append(pdfPageObjs(flate, helvetica),
		pdfObj{dict: "<< /Title (Harbour opening) /Author (Ministry of Transport) /CreationDate (D:20240303120000+13'00') /Producer (shape generator) >>"})

	// Incremental update: a second revision replaces the content stream.
	base := pdfFile(pdfPageObjs(plain, helvetica), pdfLayout{})
	prev := bytes.LastIndex(base, []byte("startxref\n"))
	var prevOff int
	fmt.Sscanf(string(base[prev+len("startxref\n"):]), "%d", &prevOff)
	var upd bytes.Buffer
	upd.Write(base)
	off := upd.Len()
	writePDFObj(&upd, 4, "<< >>", []byte("BT /F1 11 Tf 72 720 Td 14 TL (Revised: "+shapeSecond+") Tj T* ("+shapeSentence+") Tj ET"))
	xref := upd.Len()
	fmt.Fprintf(&upd, "xref\n0 1\n0000000000 65535 f \n4 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", off, prevOff, xref)

	return []shape{
		{"type1 font", pdfFile(pdfPageObjs(plain, helvetica), pdfLayout{}), shapeSentence},
		{"flate content", pdfFile(pdfPageObjs(flate, helvetica), pdfLayout{}), shapeSecond},
		{"truetype widths", pdfFile(pdfPageObjs(plain, trueType, descriptor), pdfLayout{}), shapeSentence},
		// The PDF library does not apply this ToUnicode map yet (its
		// glyphs come out as U+FFFD): a seed for the fuzzer, text unchecked.
		{"type0 tounicode", pdfFile(append(pdfPageObjs(type0Content), type0...), pdfLayout{version: "1.5"}), ""},
		{"differences", pdfFile(pdfPageObjs(diffContent, differences), pdfLayout{}), "Harbour works resume"},
		{"text operators", pdfFile(pdfPageObjs(ops, helvetica), pdfLayout{}), "budget"},
		{"two columns", pdfFile(pdfPageObjs(pdfObj{dict: "<< >>", stream: []byte(cols.String())}, helvetica), pdfLayout{}), "left column line of text"},
		{"page tree", pdfFile(tree, pdfLayout{}), "Page three closes"},
		{"info dictionary", pdfFile(withInfo, pdfLayout{info: 6}), shapeSecond},
		{"xref stream", pdfFile(pdfPageObjs(flate, helvetica), pdfLayout{xrefStream: true, version: "1.5"}), shapeSentence},
		{"object stream", pdfFile(pdfPageObjs(flate, helvetica), pdfLayout{xrefStream: true, objStm: []int{2, 3, 5}, version: "1.5"}), shapeSentence},
		{"rc4 encrypted", pdfFile(pdfPageObjs(plain, helvetica), pdfLayout{encrypt: true}), shapeSentence},
		{"rc4 encrypted flate", pdfFile(pdfPageObjs(flate, trueType, descriptor), pdfLayout{encrypt: true}), shapeSecond},
		{"incremental update", upd.Bytes(), "Revised"},
		{"bulletin pages", pdfFile(bulletin, pdfLayout{}), "infrastructure serves ferries"},
	}
}

// TestPDFShapes decodes every generated shape: the generator writes valid
// files, and the decoder reads each structure.
func TestPDFShapes(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, s := range pdfShapes() {
		t.Run(s.name, func(t *testing.T) {
			doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: "shape.pdf"}, Body: s.body})
			if s.want == "" {
				t.Logf("decode: %v", err)
				return
			}
			if err != nil {
				t.Fatalf("decode: %v\n%s", err, hex.Dump(s.body[:min(len(s.body), 64)]))
			}
			if !strings.Contains(strings.Join(strings.Fields(doc.Text), " "), s.want) {
				t.Errorf("text %q does not contain %q", doc.Text, s.want)
			}
		})
	}
}

// fuzzPDFSeeds are FuzzDecodePDF's seeds: small valid files of every
// shape (the fixture documents are decoded by the golden tests) and a few
// degenerate ones.
func fuzzPDFSeeds() [][]byte {
	var seeds [][]byte
	for _, s := range pdfShapes() {
		seeds = append(seeds, s.body)
	}
	return append(seeds,
		[]byte("%PDF-1.4\n%%EOF"),
		[]byte("%PDF-1.7\ntrailer<</Root 1 0 R>>\nstartxref\n0\n%%EOF"),
		// A file whose xref offsets are all wrong: the reader must recover
		// or fail, not loop.
		bytes.ReplaceAll(pdfFile(pdfPageObjs(pdfObj{dict: "<< >>", stream: []byte(textOps)}, helvetica), pdfLayout{}), []byte(" 00000 n "), []byte("0 00000 n ")),
	)
}

// TestFuzzPDFSeeds: the fuzzer's seeds are under its input cap, so every
// mutation reaches the parser quickly, and cover the structures of
// published PDFs.
func TestFuzzPDFSeeds(t *testing.T) {
	seeds := fuzzPDFSeeds()
	for i, s := range seeds {
		if len(s) > maxFuzzPDF {
			t.Errorf("seed %d: %d bytes, over the fuzzing cap of %d", i, len(s), maxFuzzPDF)
		}
	}
	for _, marker := range []string{"/XRef", "/ObjStm", "/Encrypt", "/Type0", "/ToUnicode", "/TrueType", "/Differences",
		"/FlateDecode", "/Prev", "/Info", "TJ", "/Kids [3 0 R 4 0 R]"} {
		found := false
		for _, s := range seeds {
			if bytes.Contains(s, []byte(marker)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no seed holds %s", marker)
		}
	}
}
