package corpus

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
)

// Sniffing decides a document's format from its first bytes. The content
// decides; a file extension or a declared Content-Type only breaks ties for
// content that could be either text or HTML.
const (
	// SniffLen is how much of the body the markers are looked for in; the
	// HTML standard's own sniffing reads the first 1024 bytes for <meta>,
	// and a PDF header may sit anywhere in the first 1024 bytes.
	SniffLen = 1024
	// binaryProbeLen is how much of the body the control-byte share is
	// measured on.
	binaryProbeLen = 8 << 10
	// maxControlShare is the share of C0 control bytes (other than tab,
	// newline, carriage return, form feed and escape) above which bytes are
	// binary. Text in any 8-bit or UTF-8 encoding has almost none; random
	// bytes have about 11%.
	maxControlShare = 0.05
	// minControlBytes keeps a stray NUL in a tiny text from making it
	// binary.
	minControlBytes = 4
)

// sniffed is the outcome of sniffing.
type sniffed struct {
	format Format
}

// binaryMagic lists signatures of common binary formats, checked before the
// control-byte heuristic so that the error names the format.
var binaryMagic = []struct {
	prefix, kind string
}{
	{"\x89PNG\r\n\x1a\n", "image/png"},
	{"\xff\xd8\xff", "image/jpeg"},
	{"GIF87a", "image/gif"},
	{"GIF89a", "image/gif"},
	{"PK\x03\x04", "application/zip"},
	{"PK\x05\x06", "application/zip"},
	{"\x1f\x8b", "application/gzip"},
	{"BZh", "application/x-bzip2"},
	{"\xfd7zXZ\x00", "application/x-xz"},
	{"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"},
	{"Rar!\x1a\x07", "application/vnd.rar"},
	{"\x7fELF", "application/x-elf"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage (legacy MS Office)"},
	{"II*\x00", "image/tiff"},
	{"MM\x00*", "image/tiff"},
	{"%!PS", "application/postscript"},
	{"{\\rtf", "application/rtf"},
	{"\x00\x00\x01\x00", "image/x-icon"},
	{"OggS", "audio/ogg"},
	{"ID3", "audio/mpeg"},
	{"\x1aE\xdf\xa3", "video/webm"},
	{"wOFF", "font/woff"},
	{"wOF2", "font/woff2"},
	{"SQLite format 3\x00", "application/vnd.sqlite3"},
}

// sniff decides the format of body. name is a file name or path used only
// as a hint, declared an HTTP Content-Type used only as a hint.
func sniff(body []byte, name, declared string) (sniffed, error) {
	head := body
	if len(head) > SniffLen {
		head = head[:SniffLen]
	}
	if hasPDFHeader(head) {
		return sniffed{format: FormatPDF}, nil
	}
	// A byte-order mark or a UTF-16 NUL pattern means text, whatever the
	// control-byte share of the raw bytes.
	if bom, _ := TextBOM(body); bom != "" || LooksUTF16(body) != "" {
		text, _ := DecodeTextBytes(head)
		if looksHTML(strings.TrimPrefix(text, "\ufeff"), name, declared) {
			return sniffed{format: FormatHTML}, nil
		}
		return sniffed{format: FormatText}, nil
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(body, []byte(m.prefix)) {
			return sniffed{}, &BinaryError{Kind: m.kind}
		}
	}
	if bytes.HasPrefix(body, []byte("RIFF")) && len(body) >= 12 {
		return sniffed{}, &BinaryError{Kind: riffKind(body[8:12])}
	}
	if len(body) >= 12 && string(body[4:8]) == "ftyp" {
		return sniffed{}, &BinaryError{Kind: "video/mp4"}
	}
	if isBinary(body) {
		kind := http.DetectContentType(body)
		if strings.HasPrefix(kind, "text/") {
			kind = "application/octet-stream"
		}
		return sniffed{}, &BinaryError{Kind: kind}
	}
	text := string(head)
	if kind := xmlKind(text); kind != "" && !hasStrongHTMLMarker(text) {
		return sniffed{}, fmt.Errorf("%w (looks like %s)", ErrUnsupported, kind)
	}
	if looksHTML(text, name, declared) {
		return sniffed{format: FormatHTML}, nil
	}
	return sniffed{format: FormatText}, nil
}

// hasPDFHeader reports "%PDF-" and a version digit at the start of a line
// of head: the file header, possibly after junk such as saved HTTP headers.
func hasPDFHeader(head []byte) bool {
	for off := 0; ; {
		i := bytes.Index(head[off:], []byte("%PDF-"))
		if i < 0 {
			return false
		}
		i += off
		lineStart := i == 0 || head[i-1] == '\n' || head[i-1] == '\r'
		digit := i+5 < len(head) && head[i+5] >= '0' && head[i+5] <= '9'
		if lineStart && (digit || i+5 >= len(head)) {
			return true
		}
		off = i + 5
	}
}

func riffKind(sub []byte) string {
	switch string(sub) {
	case "WEBP":
		return "image/webp"
	case "WAVE":
		return "audio/wav"
	case "AVI ":
		return "video/x-msvideo"
	}
	return "application/octet-stream"
}

// isBinary reports whether the start of body has more control bytes than
// any text would.
func isBinary(body []byte) bool {
	probe := body
	if len(probe) > binaryProbeLen {
		probe = probe[:binaryProbeLen]
	}
	ctrl := 0
	for _, c := range probe {
		if c < 0x20 {
			switch c {
			case '\t', '\n', '\r', '\f', 0x1b:
			default:
				ctrl++
			}
		}
	}
	return ctrl >= minControlBytes && float64(ctrl) > maxControlShare*float64(len(probe))
}

// strongHTMLMarkers start or open an HTML document wherever they sit in the
// first KB (after comments, a BOM or an XML declaration).
var strongHTMLMarkers = []string{"<!doctype html", "<html", "<head", "<body"}

// weakHTMLMarkers are tags that make a fragment HTML when the content
// starts with a tag.
var weakHTMLMarkers = []string{
	"<p>", "<p ", "<div", "<br", "<table", "<title", "<meta", "<h1", "<h2", "<h3",
	"<span", "<a href", "<ul", "<ol", "<li>", "<article", "<section", "<main", "<!--",
	"<b>", "<i>", "<strong", "<em>", "<font", "<center", "<link", "<script", "<style",
}

// hasStrongHTMLMarker reports a strong marker that opens a line or follows
// another tag or comment, as in a document; "the <html> tag" inside a
// sentence is not one.
func hasStrongHTMLMarker(text string) bool {
	lower := strings.ToLower(text)
	for _, m := range strongHTMLMarkers {
		for off := 0; ; {
			i := strings.Index(lower[off:], m)
			if i < 0 {
				break
			}
			i += off
			before := strings.TrimRight(lower[:i], " \t")
			if before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "\r") ||
				strings.HasSuffix(before, ">") || strings.HasSuffix(before, "\ufeff") {
				return true
			}
			off = i + len(m)
		}
	}
	return false
}

// looksHTML reports whether text (the start of a document) is HTML.
func looksHTML(text, name, declared string) bool {
	if hasStrongHTMLMarker(text) {
		return true
	}
	trimmed := strings.TrimLeft(strings.ToLower(text), " \t\r\n\ufeff")
	startsWithTag := strings.HasPrefix(trimmed, "<")
	if startsWithTag {
		for _, m := range weakHTMLMarkers {
			if strings.Contains(trimmed, m) {
				return true
			}
		}
		if strings.HasPrefix(trimmed, "<?xml") && strings.Contains(trimmed, "xhtml") {
			return true
		}
	}
	// Hints: an .html name or a text/html declaration makes tag-like
	// content HTML even without the usual markers.
	if startsWithTag && (isHTMLName(name) || strings.Contains(strings.ToLower(declared), "html")) {
		return true
	}
	return false
}

func isHTMLName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

// xmlKind names XML formats we do not read, or returns "".
func xmlKind(text string) string {
	trimmed := strings.ToLower(strings.TrimLeft(text, " \t\r\n\ufeff"))
	if !strings.HasPrefix(trimmed, "<?xml") && !strings.HasPrefix(trimmed, "<rss") && !strings.HasPrefix(trimmed, "<feed") {
		return ""
	}
	switch {
	case strings.Contains(trimmed, "<rss"):
		return "application/rss+xml"
	case strings.Contains(trimmed, "<feed"):
		return "application/atom+xml"
	case strings.Contains(trimmed, "<svg"):
		return "image/svg+xml"
	case strings.Contains(trimmed, "<urlset") || strings.Contains(trimmed, "<sitemapindex"):
		return "a sitemap (application/xml)"
	}
	return "application/xml"
}

// Sniff decides the format of body from its content. name is a file name
// or path used only as a hint, declared an HTTP Content-Type used only as
// a hint. Content that is no document the decoders read is an error
// wrapping ErrBinary or ErrUnsupported.
func Sniff(body []byte, name, declared string) (Format, error) {
	s, err := sniff(body, name, declared)
	return s.format, err
}
