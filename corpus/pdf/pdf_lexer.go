package pdf

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// A content-stream reader that gives what the library's pdf.Interpret
// gives, operator by operator, without its cost: Interpret reads a byte at
// a time through a buffer, makes a string of every number and keyword and
// boxes every operand in an interface (a third of the decoding CPU, issue
// 21). This one reads the decoded stream into one string and slices its
// tokens from it. It is a port of the library's lexer (lex.go: readToken,
// readObject; ps.go: Interpret), kept token for token, with the same
// recovery from malformed operands (an operand that fails to parse is
// dropped, a malformed token outside one fails the page with the same
// message) and the same PostScript subset (dict, begin, def...).
// TestPDFInterpretSame holds it against the library on every content
// stream of the repository's and ../shared's PDFs, FuzzPDFInterpretSame
// on mutated ones. One difference on purpose: a stream that ends inside a
// hex string ("<ab") sends the library into an endless loop; here the
// string ends there.

// pdfObjKind is the kind of a pdfObj (pdf.ValueKind's, plus the lexer's
// keywords and end of input).
type pdfObjKind uint8

const (
	pdfNullObj pdfObjKind = iota
	pdfBoolObj
	pdfIntObj
	pdfRealObj
	pdfStringObj
	pdfNameObj
	pdfDictObj
	pdfArrayObj
	pdfKeywordObj // a token only: an operator or a delimiter
	pdfEOFObj     // a token only; as a value it reads as null
)

// pdfObj is one token or operand value. A number is kept as
// pdf.Value.Float64 gives it (an integer converted once), a boolean by its
// kind alone: nothing reads its value.
type pdfObj struct {
	kind pdfObjKind
	f    float64
	s    string // string bytes, name, keyword
	arr  []pdfObj
	dict map[string]pdfObj
}

// Float64 is pdf.Value.Float64: a real, an integer converted, else 0.
func (o pdfObj) Float64() float64 {
	if o.kind == pdfRealObj || o.kind == pdfIntObj {
		return o.f
	}
	return 0
}

// Name is pdf.Value.Name: the name without its slash, else "".
func (o pdfObj) Name() string {
	if o.kind == pdfNameObj {
		return o.s
	}
	return ""
}

// RawString is pdf.Value.RawString: a string's bytes, else "".
func (o pdfObj) RawString() string {
	if o.kind == pdfStringObj {
		return o.s
	}
	return ""
}

// Len is pdf.Value.Len: an array's length, else 0.
func (o pdfObj) Len() int { return len(o.arr) }

// Index is pdf.Value.Index: element i of an array, else null.
func (o pdfObj) Index(i int) pdfObj {
	if o.kind != pdfArrayObj || i < 0 || i >= len(o.arr) {
		return pdfObj{}
	}
	return o.arr[i]
}

func (o pdfObj) isKeyword(s string) bool { return o.kind == pdfKeywordObj && o.s == s }

// pdfMaxObjectDepth is the library's bound on nested arrays and
// dictionaries (maxObjectDepth).
const pdfMaxObjectDepth = 1000

// pdfBufSize is the library's read buffer: it reads its input in pieces
// that end at multiples of it, and one error message quotes the rest of
// the piece.
const pdfBufSize = 4096

// pdfLexer reads tokens from a decoded content stream.
type pdfLexer struct {
	s   string
	pos int
	// ends are where the library's buffer pieces end.
	ends []int
	// eof is set once the input is read to its end; atEnd also when a
	// read failed with readErr (at byte readOff), which every read at the
	// end then raises again, as the library's does.
	eof, atEnd bool
	readErr    error
	readOff    int64
	unread     []pdfObj
	depth      int
	// elems holds the elements of the arrays being read (nested ones
	// after their parent's), each copied out at its size when complete,
	// into arena: the arrays of the operands of one operator, which the
	// interpreter reuses once the operator is done (pdfInterpret).
	elems []pdfObj
	arena []pdfObj
}

// pdfKeep returns o with its arrays, and those of its dictionary's
// values, copied out of the lexer's arena: a value the interpreter keeps
// past its operator (def, begin).
func pdfKeep(o pdfObj) pdfObj {
	switch o.kind {
	case pdfArrayObj:
		if o.arr != nil {
			arr := make([]pdfObj, len(o.arr))
			for i, e := range o.arr {
				arr[i] = pdfKeep(e)
			}
			o.arr = arr
		}
	case pdfDictObj:
		for k, v := range o.dict {
			if v.kind == pdfArrayObj || v.kind == pdfDictObj {
				o.dict[k] = pdfKeep(v)
			}
		}
	}
	return o
}

// newPDFLexer reads the stream (or array of streams) strm as Interpret
// does: every stream's reader opened first, then read as one, in the
// pieces the library's buffer reads (through *raw, a buffer kept for the
// next stream).
func newPDFLexer(strm pdf.Value, raw *[]byte) *pdfLexer {
	var rd io.Reader
	if strm.Kind() == pdf.Array {
		readers := make([]io.Reader, 0, strm.Len())
		for i := 0; i < strm.Len(); i++ {
			readers = append(readers, strm.Index(i).Reader())
		}
		rd = io.MultiReader(readers...)
	} else {
		rd = strm.Reader()
	}
	l := &pdfLexer{}
	b := (*raw)[:0]
	for zero := 0; zero < 64; {
		if cap(b)-len(b) < pdfBufSize {
			b = slices.Grow(b, pdfBufSize)
		}
		want := pdfBufSize - len(b)%pdfBufSize
		n, err := rd.Read(b[len(b) : len(b)+want])
		if n == 0 && err != nil {
			if err != io.EOF {
				l.readErr, l.readOff = err, int64(len(b))
			}
			break
		}
		if n == 0 {
			zero++ // a reader that gives nothing, without an error
			continue
		}
		b = b[:len(b)+n]
		l.ends = append(l.ends, len(b))
	}
	*raw = b
	l.s = string(b)
	return l
}

func (l *pdfLexer) errorf(format string, args ...any) {
	panic(fmt.Errorf(format, args...))
}

func (l *pdfLexer) readByte() byte {
	if l.pos < len(l.s) {
		c := l.s[l.pos]
		l.pos++
		return c
	}
	return l.readEnd()
}

// readEnd is readByte at the end of the input: the read error again, or
// end of input and a '\n', as the library's buffer gives.
func (l *pdfLexer) readEnd() byte {
	l.atEnd = true
	if l.readErr != nil {
		l.errorf("malformed PDF: reading at offset %d: %v", l.readOff, l.readErr)
	}
	l.eof = true
	return '\n'
}

func (l *pdfLexer) unreadByte() {
	// At the end the library's buffer is empty: nothing to step back to.
	if !l.atEnd && l.pos > 0 {
		l.pos--
	}
}

// rest is what the library's buffer holds after the read position, just
// after a byte was read: the rest of the piece that byte came from.
func (l *pdfLexer) rest() string {
	if l.atEnd || l.pos == 0 {
		return ""
	}
	k, _ := slices.BinarySearch(l.ends, l.pos) // the first piece ending at or after pos
	if k == len(l.ends) {
		return ""
	}
	return l.s[l.pos:l.ends[k]]
}

// pdfStop marks the bytes that end a name or keyword: white space and
// delimiters.
var pdfStop = func() (t [256]bool) {
	for _, c := range []byte("\x00\t\n\f\r <>()[]{}/%") {
		t[c] = true
	}
	return t
}()

// scanWord moves past the bytes before the next white space or delimiter
// (what reading each and stepping back from the one that stops does) and
// returns them.
func (l *pdfLexer) scanWord() string {
	start, i := l.pos, l.pos
	for i < len(l.s) && !pdfStop[l.s[i]] {
		i++
	}
	l.pos = i
	if i == len(l.s) {
		l.readEnd()
	}
	return l.s[start:i]
}

func pdfIsSpace(c byte) bool {
	switch c {
	case '\x00', '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func pdfIsDelim(c byte) bool {
	switch c {
	case '<', '>', '(', ')', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func pdfKeyword(s string) pdfObj { return pdfObj{kind: pdfKeywordObj, s: s} }

func (l *pdfLexer) readToken() pdfObj {
	if n := len(l.unread); n > 0 {
		t := l.unread[n-1]
		l.unread = l.unread[:n-1]
		return t
	}
	c := l.readByte()
	for {
		if pdfIsSpace(c) {
			if l.eof {
				return pdfObj{kind: pdfEOFObj}
			}
			c = l.readByte()
		} else if c == '%' {
			for c != '\r' && c != '\n' {
				c = l.readByte()
			}
		} else {
			break
		}
	}
	switch c {
	case '<':
		if l.readByte() == '<' {
			return pdfKeyword("<<")
		}
		l.unreadByte()
		return l.readHexString()
	case '(':
		return l.readLiteralString()
	case '[':
		return pdfKeyword("[")
	case ']':
		return pdfKeyword("]")
	case '{':
		return pdfKeyword("{")
	case '}':
		return pdfKeyword("}")
	case '/':
		return l.readName()
	case '>':
		if l.readByte() == '>' {
			return pdfKeyword(">>")
		}
		l.unreadByte()
	}
	if pdfIsDelim(c) {
		l.errorf("unexpected delimiter %#q", rune(c))
	}
	l.unreadByte()
	return l.readKeyword()
}

func pdfUnhex(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b) - '0'
	case 'a' <= b && b <= 'f':
		return int(b) - 'a' + 10
	case 'A' <= b && b <= 'F':
		return int(b) - 'A' + 10
	}
	return -1
}

func (l *pdfLexer) readHexString() pdfObj {
	var tmp []byte
	for {
		c := l.readByte()
		for c != '>' && pdfIsSpace(c) {
			if l.atEnd {
				return pdfObj{kind: pdfStringObj, s: string(tmp)} // the library loops forever here
			}
			c = l.readByte()
		}
		if c == '>' {
			break
		}
		c2 := l.readByte()
		for pdfIsSpace(c2) {
			if l.atEnd {
				return pdfObj{kind: pdfStringObj, s: string(tmp)}
			}
			c2 = l.readByte()
		}
		x := pdfUnhex(c)<<4 | pdfUnhex(c2)
		if x < 0 {
			l.errorf("malformed hex string %c %c %s", c, c2, l.rest())
		}
		tmp = append(tmp, byte(x))
	}
	return pdfObj{kind: pdfStringObj, s: string(tmp)}
}

func (l *pdfLexer) readLiteralString() pdfObj {
	start := l.pos
	// A string without escapes that ends before the input does is a
	// slice of the input; tmp is made at the first escape (or at the end
	// of the input, where the library adds the '\n' it reads there).
	var tmp []byte
	built := false
	build := func(upto int) {
		if !built {
			built = true
			tmp = append(tmp, l.s[start:upto]...)
		}
	}
	depth := 1
Loop:
	for !l.eof {
		c := l.readByte()
		if l.atEnd {
			build(len(l.s))
			tmp = append(tmp, c)
			continue
		}
		switch c {
		default:
			if built {
				tmp = append(tmp, c)
			}
		case '(':
			depth++
			if built {
				tmp = append(tmp, c)
			}
		case ')':
			if depth--; depth == 0 {
				break Loop
			}
			if built {
				tmp = append(tmp, c)
			}
		case '\\':
			build(l.pos - 1)
			switch c = l.readByte(); c {
			default:
				l.errorf("invalid escape sequence \\%c", c)
			case 'n':
				tmp = append(tmp, '\n')
			case 'r':
				tmp = append(tmp, '\r')
			case 'b':
				tmp = append(tmp, '\b')
			case 't':
				tmp = append(tmp, '\t')
			case 'f':
				tmp = append(tmp, '\f')
			case '(', ')', '\\':
				tmp = append(tmp, c)
			case '\r':
				if l.readByte() != '\n' {
					l.unreadByte()
				}
			case '\n':
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := int(c - '0')
				for range 2 {
					c = l.readByte()
					if c < '0' || c > '7' {
						l.unreadByte()
						break
					}
					x = x*8 + int(c-'0')
				}
				if x > 255 {
					l.errorf("invalid octal escape \\%03o", x)
				}
				tmp = append(tmp, byte(x))
			}
		}
	}
	if built {
		return pdfObj{kind: pdfStringObj, s: string(tmp)}
	}
	return pdfObj{kind: pdfStringObj, s: l.s[start : l.pos-1]}
}

func (l *pdfLexer) readName() pdfObj {
	start := l.pos
	word := l.scanWord()
	if !strings.Contains(word, "#") {
		return pdfObj{kind: pdfNameObj, s: word}
	}
	l.pos = start // read it again byte by byte for its escapes
	l.atEnd, l.eof = false, false
	var tmp []byte
	for {
		c := l.readByte()
		if pdfIsDelim(c) || pdfIsSpace(c) {
			l.unreadByte()
			break
		}
		if c == '#' {
			x := pdfUnhex(l.readByte())<<4 | pdfUnhex(l.readByte())
			if x < 0 {
				l.errorf("malformed name")
			}
			tmp = append(tmp, byte(x))
			continue
		}
		tmp = append(tmp, c)
	}
	return pdfObj{kind: pdfNameObj, s: string(tmp)}
}

func (l *pdfLexer) readKeyword() pdfObj {
	s := l.scanWord()
	switch {
	case s == "true" || s == "false":
		return pdfObj{kind: pdfBoolObj}
	case pdfIsInteger(s):
		if f, ok := pdfFastNumber(s); ok {
			return pdfObj{kind: pdfIntObj, f: f}
		}
		x, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			l.errorf("invalid integer %s", s)
		}
		return pdfObj{kind: pdfIntObj, f: float64(x)}
	case pdfIsReal(s):
		if f, ok := pdfFastNumber(s); ok {
			return pdfObj{kind: pdfRealObj, f: f}
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			l.errorf("invalid real %s", s)
		}
		return pdfObj{kind: pdfRealObj, f: x}
	}
	return pdfKeyword(s)
}

// pdfPow10 are the powers of ten a float64 holds exactly.
var pdfPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// pdfFastNumber reads an integer or a decimal (an optional sign, digits,
// at most one dot) of at most 15 digits, whose value is then exactly
// float64(digits) / 10^decimals: the correctly rounded quotient of two
// exact values, which is what strconv.ParseFloat gives (its own exact
// path), and for an integer what float64(strconv.ParseInt) gives.
// ok is false for anything longer.
func pdfFastNumber(s string) (f float64, ok bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var m uint64
	digits, decimals, dot := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			dot = true
			continue
		}
		m = m*10 + uint64(c-'0')
		digits++
		if dot {
			decimals++
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	if !dot { // an integer has no negative zero
		if neg {
			return float64(-int64(m)), true
		}
		return float64(m), true
	}
	f = float64(m) / pdfPow10[decimals]
	if neg {
		f = -f
	}
	return f, true
}

func pdfIsInteger(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || '9' < c {
			return false
		}
	}
	return true
}

func pdfIsReal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	ndot := 0
	for _, c := range s {
		if c == '.' {
			ndot++
			continue
		}
		if c < '0' || '9' < c {
			return false
		}
	}
	return ndot == 1
}

func (l *pdfLexer) readObject() pdfObj {
	l.depth++
	defer func() { l.depth-- }()
	if l.depth > pdfMaxObjectDepth {
		l.errorf("object nesting exceeds maximum depth %d", pdfMaxObjectDepth)
	}
	tok := l.readToken()
	if tok.kind == pdfKeywordObj {
		switch tok.s {
		case "null", ">>", "]":
			return pdfObj{}
		case "<<":
			return l.readDict()
		case "[":
			return l.readArray()
		}
		l.errorf("unexpected keyword %q parsing object", tok.s)
	}
	return tok
}

func (l *pdfLexer) readArray() pdfObj {
	base := len(l.elems)
	for {
		tok := l.readToken()
		if tok.kind == pdfEOFObj || tok.isKeyword("]") {
			break
		}
		if tok.kind != pdfKeywordObj && l.depth < pdfMaxObjectDepth {
			// readObject would give the token back as it is.
			l.elems = append(l.elems, tok)
			continue
		}
		l.unread = append(l.unread, tok)
		obj := l.readObject()
		l.elems = append(l.elems, obj)
	}
	var x []pdfObj
	if n := len(l.elems) - base; n > 0 {
		start := len(l.arena)
		l.arena = append(l.arena, l.elems[base:]...)
		x = l.arena[start : start+n : start+n]
	}
	clear(l.elems[base:])
	l.elems = l.elems[:base]
	return pdfObj{kind: pdfArrayObj, arr: x}
}

func (l *pdfLexer) readDict() pdfObj {
	x := make(map[string]pdfObj)
	for {
		tok := l.readToken()
		if tok.isKeyword(">>") || tok.kind == pdfEOFObj {
			break
		}
		if tok.kind != pdfNameObj {
			// (inside an object: the message is never seen, the
			// operand is dropped)
			l.errorf("unexpected non-name key parsing dictionary")
		}
		x[tok.s] = l.readObject()
	}
	return pdfObj{kind: pdfDictObj, dict: x}
}

// readObjectRecover is readObject with a malformed operand dropped (ok
// false); a runtime error is a bug and panics on.
func (l *pdfLexer) readObjectRecover() (obj pdfObj, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isRuntime := r.(runtime.Error); isRuntime {
				panic(r)
			}
			obj, ok = pdfObj{}, false
		}
	}()
	return l.readObject(), true
}

// pdfInterpret runs the content stream strm (read through raw, see
// newPDFLexer) as pdf.Interpret does and calls
// do with each operator and its operands (the whole stack, bottom first,
// which do may keep only until it returns); the stack is then empty (the
// interpreter's callback pops every operand).
func pdfInterpret(strm pdf.Value, raw *[]byte, do func(args []pdfObj, op string)) {
	l := newPDFLexer(strm, raw)
	var stk []pdfObj
	var dicts []map[string]pdfObj
	pop := func() pdfObj {
		n := len(stk)
		if n == 0 {
			return pdfObj{}
		}
		v := stk[n-1]
		stk = stk[:n-1]
		return v
	}
Reading:
	for {
		tok := l.readToken()
		if tok.kind == pdfEOFObj {
			break
		}
		if tok.kind == pdfKeywordObj {
			switch kw := tok.s; kw {
			case "null", "[", "]", "<<", ">>":
			default:
				for i := len(dicts) - 1; i >= 0; i-- {
					if v, ok := dicts[i][kw]; ok {
						stk = append(stk, v)
						continue Reading
					}
				}
				do(stk, kw)
				clear(stk)
				stk = stk[:0]
				// No operand is referenced any more: the arrays
				// read from here on reuse the arena.
				clear(l.arena)
				l.arena = l.arena[:0]
				continue
			case "dict":
				pop()
				stk = append(stk, pdfObj{kind: pdfDictObj, dict: make(map[string]pdfObj)})
				continue
			case "currentdict":
				if len(dicts) == 0 {
					panic("no current dictionary")
				}
				stk = append(stk, pdfObj{kind: pdfDictObj, dict: dicts[len(dicts)-1]})
				continue
			case "begin":
				d := pop()
				if d.kind != pdfDictObj {
					panic("cannot begin non-dict")
				}
				dicts = append(dicts, pdfKeep(d).dict)
				continue
			case "end":
				if len(dicts) <= 0 {
					panic("mismatched begin/end")
				}
				dicts = dicts[:len(dicts)-1]
				continue
			case "def":
				val := pop()
				if len(dicts) <= 0 {
					continue
				}
				key := pop()
				if key.kind != pdfNameObj {
					continue
				}
				dicts[len(dicts)-1][key.s] = pdfKeep(val)
				continue
			case "pop":
				pop()
				continue
			}
		}
		if tok.kind != pdfKeywordObj {
			// readObject would give the token back as it is.
			stk = append(stk, tok)
			continue
		}
		l.unread = append(l.unread, tok)
		obj, ok := l.readObjectRecover()
		l.depth = 0
		clear(l.elems)
		l.elems = l.elems[:0]
		if !ok {
			continue
		}
		stk = append(stk, obj)
	}
}
