#!/usr/bin/python3
"""Writes std14_widths.txt: the advance widths (thousandths of the font
size) of the twelve Latin standard fonts of PDF 32000-1:2008 §9.6.2.2
(Courier, Helvetica and Times in four styles each), for character codes
32-255 in WinAnsiEncoding. Source: Adobe's Core14 AFM metrics as shipped by
reportlab (Debian's python3-reportlab, reportlab/pdfbase/_fontdata_*).
Run from this folder: /usr/bin/python3 mkstd14.py > std14_widths.txt"""
from reportlab.pdfbase import _fontdata as fd

FONTS = ["Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
         "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
         "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"]
enc = fd.encodings["WinAnsiEncoding"]
print("# Advance widths of the Latin standard 14 fonts, codes 32-255 in WinAnsiEncoding")
print("# (Adobe Core14 AFM metrics via reportlab; written by mkstd14.py)")
for name in FONTS:
    widths = fd.widthsByFontGlyph[name]
    row = [str(widths.get(enc[c], 0) if enc[c] else 0) for c in range(32, 256)]
    print(name, " ".join(row))
