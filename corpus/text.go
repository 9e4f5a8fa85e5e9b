package corpus

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Plain-text decoding: a byte-order mark decides UTF-8 or UTF-16; without
// one, valid UTF-8 is UTF-8 and anything else is windows-1252 (the usual
// encoding of text saved on Windows and of old web pages), unless it is
// mostly UTF-8 with a few broken bytes, which are replaced by U+FFFD rather
// than turning every real accented letter into mojibake.

const (
	CharsetUTF8    = "utf-8"
	charsetUTF16LE = "utf-16le"
	charsetUTF16BE = "utf-16be"
	CharsetCP1252  = "windows-1252"
)

// TextBOM returns the charset a byte-order mark at the start of b names and
// the mark's length, or "" and 0.
func TextBOM(b []byte) (string, int) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return CharsetUTF8, 3
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return charsetUTF16LE, 2
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return charsetUTF16BE, 2
	}
	return "", 0
}

// LooksUTF16 recognizes BOM-less UTF-16 of mostly ASCII text by its NUL
// bytes in every other position; it returns the charset or "".
func LooksUTF16(b []byte) string {
	n := min(len(b), 512) &^ 1
	if n < 8 {
		return ""
	}
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	pairs := n / 2
	switch {
	case oddNUL*10 >= pairs*7 && evenNUL*10 < pairs:
		return charsetUTF16LE
	case evenNUL*10 >= pairs*7 && oddNUL*10 < pairs:
		return charsetUTF16BE
	}
	return ""
}

// DecodeTextBytes converts b to a UTF-8 string and names the charset it
// was read as.
func DecodeTextBytes(b []byte) (string, string) {
	cs, n := TextBOM(b)
	if cs == "" {
		cs = LooksUTF16(b)
	}
	switch cs {
	case charsetUTF16LE, charsetUTF16BE:
		order := unicode.LittleEndian
		if cs == charsetUTF16BE {
			order = unicode.BigEndian
		}
		// The decoder replaces unpaired surrogates and an odd last byte
		// with U+FFFD; it never fails.
		out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b[n:])
		if err != nil {
			return string(bytes.ToValidUTF8(b[n:], []byte("\ufffd"))), cs
		}
		return string(out), cs
	case CharsetUTF8:
		return string(bytes.ToValidUTF8(b[n:], []byte("\ufffd"))), cs
	}
	if utf8.Valid(b) {
		return string(b), CharsetUTF8
	}
	if MostlyUTF8(b) {
		return string(bytes.ToValidUTF8(b, []byte("\ufffd"))), CharsetUTF8
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\ufffd"))), CharsetUTF8
	}
	return string(out), CharsetCP1252
}

// DecodeDeclaredText decodes b with the charset of a declared Content-Type
// (an HTTP header) when there is one and no byte-order mark overrides it;
// otherwise as DecodeTextBytes does. A declared UTF-8 that the bytes break
// falls back to DecodeTextBytes as well.
func DecodeDeclaredText(b []byte, declared string) (string, string) {
	label := declaredCharset(declared)
	if bom, _ := TextBOM(b); bom != "" || label == "" {
		return DecodeTextBytes(b)
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == CharsetUTF8 {
		return DecodeTextBytes(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return DecodeTextBytes(b)
	}
	return string(out), name
}

// declaredCharset returns the charset parameter of a Content-Type value.
func declaredCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

// MostlyUTF8 reports whether b's non-ASCII bytes are mostly well-formed
// UTF-8 sequences: at least two valid multi-byte runes per invalid byte.
func MostlyUTF8(b []byte) bool {
	var valid, invalid int
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid >= 2*invalid && valid > 0
}

// NormalizePlainText makes decoded plain text uniform: LF line ends (CRLF and
// lone CR converted, form feeds become a paragraph break), no NULs or other
// C0 controls except tab, no byte-order marks, no trailing blanks on a line
// but one mark: a line that ended in two or more spaces (Markdown's hard
// line break, "this line ends here") keeps two, so that the cleaner does
// not join the next line to it. The last line keeps none.
func NormalizePlainText(s string) string {
	out := make([]byte, 0, len(s))
	trimLine := func() {
		spaces, tab := 0, false
		for len(out) > 0 && (out[len(out)-1] == ' ' || out[len(out)-1] == '\t') {
			if out[len(out)-1] == '\t' {
				tab = true
			}
			spaces++
			out = out[:len(out)-1]
		}
		if spaces >= 2 && !tab && len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, "  "...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			trimLine()
			out = append(out, '\n')
		case c == '\n':
			trimLine()
			out = append(out, '\n')
		case c == '\f':
			trimLine()
			out = append(out, "\n\n"...)
		case c == '\t':
			out = append(out, c)
		case c < 0x20 || c == 0x7f:
			// NULs and other controls carry no text.
		case c == 0xef && strings.HasPrefix(s[i:], "\ufeff"):
			i += len("\ufeff") - 1
		default:
			out = append(out, c)
		}
	}
	for len(out) > 0 && (out[len(out)-1] == ' ' || out[len(out)-1] == '\t') {
		out = out[:len(out)-1]
	}
	return string(out)
}
