package corpus

import (
	"errors"
	"testing"
)

func TestNormalizePlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"lone cr", "a\rb", "a\nb"},
		{"trailing blanks", "a  \t\nb ", "a\nb"},
		{"hard line break keeps two spaces", "Participants:   \nJane Roe, Chief Executive\nnext", "Participants:  \nJane Roe, Chief Executive\nnext"},
		{"hard break of exactly two spaces, CRLF", "Line one  \r\nLine two\r\n", "Line one  \nLine two\n"},
		{"one trailing space is no hard break", "Line one \nLine two", "Line one\nLine two"},
		{"a blank line of spaces stays empty", "a\n   \nb", "a\n\nb"},
		{"no hard break at the end", "last line   ", "last line"},
		{"nul and controls", "a\x00b\x07c\x7f", "abc"},
		{"form feed is a paragraph break", "page one\fpage two", "page one\n\npage two"},
		{"tabs kept", "a\tb", "a\tb"},
		{"bom anywhere", "\ufeffa\ufeffb", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizePlainText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, body, path, declared string
		want                       Format
		wantErr                    error
	}{
		{name: "pdf after junk", body: "HTTP junk\n%PDF-1.4\n", want: FormatPDF},
		{name: "text quoting a pdf header", body: "A PDF file starts with %PDF-1.7 on its first line.", want: FormatText},
		{name: "doctype", body: "\n\n<!DOCTYPE html>\n<title>x</title>", want: FormatHTML},
		{name: "doctype after comments", body: "<!-- saved from url -->\n<html>", want: FormatHTML},
		{name: "xhtml", body: `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0"><html xmlns="http://www.w3.org/1999/xhtml">`, want: FormatHTML},
		{name: "fragment", body: `<p class="p1">Text</p>`, want: FormatHTML},
		{name: "tag-like with html extension", body: `<custom>Text</custom>`, path: "x.htm", want: FormatHTML},
		{name: "tag-like with html declared", body: `<custom>Text</custom>`, declared: "text/html", want: FormatHTML},
		{name: "tag-like text", body: `<custom>Text</custom>`, path: "x.txt", want: FormatText},
		{name: "text mentioning html", body: "We discussed the <html> tag and the <body> tag.", want: FormatText},
		{name: "html after saved headers", body: "Content-Type: text/html\r\n\r\n<html><p>x</p></html>", want: FormatHTML},
		{name: "conditional comments", body: "<!--[if IE 8 ]> <html class=\"ie8\"> <![endif]-->", want: FormatHTML},
		{name: "plain text", body: "FOR IMMEDIATE RELEASE\nMay 3, 2024", want: FormatText},
		{name: "atom", body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, wantErr: ErrUnsupported},
		{name: "elf", body: "\x7fELF\x02\x01\x01", wantErr: ErrBinary},
		{name: "webp", body: "RIFF\x00\x00\x00\x00WEBPVP8 ", wantErr: ErrBinary},
		{name: "mp4", body: "\x00\x00\x00\x18ftypmp42", wantErr: ErrBinary},
		{name: "utf-16 html", body: "\xff\xfe<\x00p\x00>\x00x\x00", want: FormatHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sniff([]byte(tt.body), tt.path, tt.declared)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.format != tt.want {
				t.Errorf("got %q, want %q", got.format, tt.want)
			}
		})
	}
}
