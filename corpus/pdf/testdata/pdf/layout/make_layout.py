#!/usr/bin/python3
"""Builds the layout test PDFs of corpus/pdf (TestLayoutShapes) with
reportlab (Debian's python3-reportlab): the shapes of real releases whose
reading order and headline placement the decoder must get right. The
wording is invented; run from this folder: /usr/bin/python3 make_layout.py
(Debian's python3; reportlab 3.6)"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Embedded TrueType fonts (Debian's fonts-dejavu) give every glyph its
# width, as the fonts of real releases do.
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))

REGULAR, BOLD = "Sans", "Sans-Bold"
W, H = A4


def para(c, text, x, y, width, font=None, leading=None):
    font = font or (REGULAR, 10.5)
    leading = leading or font[1] * 1.3
    c.setFont(*font)
    for line in simpleSplit(text, font[0], font[1], width):
        c.drawString(x, y, line)
        y -= leading
    return y - leading * 0.6


LOREM = ("The programme will support local firms in adopting cleaner processes and "
         "will fund training for workers who move into new roles. Officials said the "
         "first grants would be awarded after a public consultation closing next month, "
         "and that applications could be made online from the start of the quarter.")


def letterhead_release(path):
    """One-page media release: a small reference and date stamp in the top
    margin, a letterhead, a release-type label, a two-line headline in the
    largest type, body, and a small footer code and page number."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(REGULAR, 7)
    c.drawString(50, H - 28, "Ref: PR/2025/0417")
    c.drawRightString(W - 50, H - 28, "Printed 03/06/2025 09:14")
    c.setFont(BOLD, 12)
    c.drawString(50, H - 70, "Department of Coastal Affairs")
    c.setFont(REGULAR, 8)
    c.drawString(50, H - 82, "12 Harbour Road, Port Alden 4410")
    c.setFont(BOLD, 10)
    c.drawString(50, H - 115, "MEDIA RELEASE")
    c.setFont(REGULAR, 10)
    c.drawString(50, H - 129, "2 June 2025")
    c.setFont(BOLD, 17)
    c.drawString(50, H - 165, "New grants help harbour towns prepare for")
    c.drawString(50, H - 186, "rising seas and stronger storms")
    y = para(c, "The Department of Coastal Affairs today opened a fund of $40 million for harbour "
             "towns that need to raise sea walls and move roads inland. " + LOREM, 50, H - 220, W - 100)
    y = para(c, LOREM, 50, y, W - 100)
    c.setFont(REGULAR, 7)
    c.drawString(50, 30, "DCA-MR-0417")
    c.drawRightString(W - 50, 30, "1")
    c.save()


def fact_sheet(path):
    """Fact sheet: label, headline, intro, a table of dates, events and
    places in three columns, and small furniture at the bottom."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(REGULAR, 8)
    c.drawString(50, H - 30, "FS-2025-11   |   Version 2")
    c.setFont(BOLD, 11)
    c.drawString(50, H - 70, "FACT SHEET")
    c.setFont(BOLD, 18)
    c.drawString(50, H - 98, "Regional Water Security Dialogue")
    y = para(c, "Senior officials of the member states meet three times this year to agree on "
             "shared rules for river basins. The meetings so far are listed below.", 50, H - 130, W - 100)
    rows = [("Date", "Meeting", "Venue"),
            ("14 March 2025", "First Senior Officials Meeting", "Lakeview Hall, Dorran"),
            ("9 May 2025", "Technical Working Group on Basins", "Online"),
            ("21 July 2025", "Second Senior Officials Meeting", "City Hall, Mereton"),
            ("3 October 2025", "Ministerial Roundtable", "Riverside Centre, Olm")]
    for i, (a, b, cc) in enumerate(rows):
        c.setFont(BOLD if i == 0 else REGULAR, 10)
        c.drawString(55, y, a)
        c.drawString(175, y, b)
        c.drawString(385, y, cc)
        y -= 18
    y = para(c, "A joint statement will be issued after the ministerial roundtable. " + LOREM, 50, y - 10, W - 100)
    c.setFont(REGULAR, 7)
    c.drawString(50, 30, "Issued 20 May 2025")
    c.drawRightString(W - 50, 30, "Page 1 of 1")
    c.save()


def newsletter(path):
    """Two-column newsletter: a masthead across the page, then two
    columns, each with two articles under bold headlines."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(BOLD, 26)
    c.drawString(50, H - 70, "Green Ports Bulletin")
    c.setFont(REGULAR, 9)
    c.drawString(50, H - 86, "Issue 7   |   April 2025")
    colw = (W - 100 - 20) / 2
    heads = [("Shore power arrives at the northern quay", "Ships berthing at the northern quay can now switch off their engines and "
              "draw power from the grid. " + LOREM),
             ("Electric tugs begin sea trials", "Two battery tugs built for the port began sea trials in March. " + LOREM),
             ("Port staff plant mangroves at Kell Point", "Volunteers from the port authority planted four thousand seedlings. " + LOREM),
             ("Award for cleaner cargo handling", "The cargo terminal received a regional award for cutting its emissions. " + LOREM)]
    for col in range(2):
        x = 50 + col * (colw + 20)
        y = H - 120
        for head, body in heads[col * 2: col * 2 + 2]:
            c.setFont(BOLD, 13)
            for line in simpleSplit(head, BOLD, 13, colw):
                c.drawString(x, y, line)
                y -= 16
            y -= 4
            y = para(c, body, x, y, colw)
            y -= 10
    c.setFont(REGULAR, 7)
    c.drawCentredString(W / 2, 28, "Green Ports Bulletin | Issue 7")
    c.save()


def transcript(path):
    """Two-page transcript: a running header on both pages, a headline,
    speaker labels, page numbers."""
    c = canvas.Canvas(path, pagesize=A4)
    lines = [("INTERVIEWER:", "Minister, what does the agreement change for farmers?"),
             ("MINISTER OKAFOR:", "It opens three new markets for grain and removes the tariff on seed. " + LOREM),
             ("INTERVIEWER:", "When will the first shipments leave?"),
             ("MINISTER OKAFOR:", "We expect the first cargo in September, once the inspections are done. " + LOREM)] * 2
    page = 1
    def furniture():
        c.setFont(REGULAR, 7.5)
        c.drawString(50, H - 30, "Transcript - Minister for Agriculture")
        c.drawRightString(W - 50, 28, str(page))
    furniture()
    c.setFont(BOLD, 16)
    c.drawString(50, H - 75, "Radio interview with the Minister for Agriculture,")
    c.drawString(50, H - 95, "Morning Country Hour")
    c.setFont(REGULAR, 10)
    c.drawString(50, H - 115, "Wednesday 11 June 2025")
    y = H - 145
    for who, said in lines:
        if y < 120:
            c.showPage()
            page += 1
            furniture()
            y = H - 70
        c.setFont(BOLD, 10.5)
        c.drawString(50, y, who)
        y = para(c, said, 170, y, W - 220)
    c.save()


def report_cover(path):
    """Report with a cover page (organisation, a three-line title in the
    largest type, date), then body pages with a running header."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(REGULAR, 12)
    c.drawString(60, H - 120, "National Fisheries Council")
    c.setFont(BOLD, 30)
    c.drawString(60, H - 300, "Review of Inshore")
    c.drawString(60, H - 336, "Fish Stocks")
    c.drawString(60, H - 372, "2024-2025")
    c.setFont(REGULAR, 12)
    c.drawString(60, H - 410, "Final report, May 2025")
    c.showPage()
    for p in range(2, 4):
        c.setFont(REGULAR, 7.5)
        c.drawString(50, H - 30, "Review of Inshore Fish Stocks 2024-2025")
        c.drawRightString(W - 50, 28, str(p))
        c.setFont(BOLD, 13)
        c.drawString(50, H - 75, "%d. %s" % (p - 1, ["Summary", "Findings"][p - 2]))
        opening = ["Catches of the four main inshore species fell for a third year.",
                   "Survey boats counted fewer juvenile fish in every bay but one."][p - 2]
        y = para(c, opening + " " + LOREM, 50, H - 100, W - 100)
        y = para(c, LOREM + " The council will publish its next review in %d." % (2025 + p), 50, y, W - 100)
        c.showPage()
    c.save()


if __name__ == "__main__":
    letterhead_release("letterhead_release.pdf")
    fact_sheet("fact_sheet.pdf")
    newsletter("newsletter_two_column.pdf")
    transcript("transcript.pdf")
    report_cover("report_cover.pdf")
    # The standard fonts, not embedded and without /Widths (as some
    # report generators write them): the reader must know their metrics.
    REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
    newsletter("newsletter_standard_fonts.pdf")
