#!/usr/bin/env python3
"""Writes LibreOffice sources (.fodt) that render the five dev texts as PDFs
the way agencies publish them; make_shapes.sh converts them with soffice.

Usage: make_shapes.py DEV_DIR OUT_DIR

Every document gets a running header and a "Page N of M" footer; the text
of each source line is one paragraph; short numbered lines and the headline
are set bold. Per document:
  000  a narrow justified column with hyphenation on (words hyphenated at
       line ends);
  001  the body in two hard-wrapped columns under a full-width headline;
  002, 003  one column, headers naming the agency;
  004  a newsletter: a masthead block (Vol. 28 No.5, Oct 31, 2017), a table
       of contents with dot leaders, TOPIC 1 and TOPIC 2 each starting a
       page, a running header repeating the current article's title, and
       one section of TOPIC 2 in two columns. The source's page-chrome
       fragments (the masthead and running titles that the text extraction
       left in the middle of TOPIC 1 and TOPIC 2) are placed where the
       printed issue has them: masthead on page 1, titles in the header.
"""
import html
import os
import re
import sys

NUMBERED = re.compile(r"^(?:\d{1,2}\.|\(\d{1,2}\)|[ivx]{1,4}\.|\([a-z]\)|TOPIC \d)\s*\S")


def esc(s):
    s = re.sub(r"</?u>", "", s)
    return html.escape(s, quote=False)


def para(text, style="Body"):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>\n'


def heading(text, style="H1"):
    return f'<text:h text:style-name="{style}" text:outline-level="1">{esc(text)}</text:h>\n'


def body_style(line):
    if len(line) < 120 and NUMBERED.match(line) and not line.rstrip().endswith((".", ";")):
        return "Sub"
    if line.startswith("- "):
        return "Bullet"
    return "Body"


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f.read().split("\n") if l.strip()]


def template(body, header, page_width_cm=21, margin_cm=2.2, hyphenate=False):
    hy = "true" if hyphenate else "false"
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="en" fo:country="US" fo:hyphenate="{hy}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.6cm"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="15pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Dateline" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-style="italic" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Mast" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="MastName" style:family="paragraph" style:parent-style-name="Mast">
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="ContentsHeading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TOC" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.15cm">
   <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Topic" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="TopicBreak" style:family="paragraph" style:parent-style-name="Topic">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="15pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="{page_width_cm}cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="{margin_cm}cm" fo:margin-right="{margin_cm}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TwoCol" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>
'''


def plain(lines, title_lines=1, dateline=0):
    out = []
    for i, l in enumerate(lines):
        if i < title_lines:
            out.append(heading(l, "H1") if i == 0 and title_lines == 1 else para(l, "Title"))
        elif i < title_lines + dateline:
            out.append(para(l, "Dateline"))
        else:
            out.append(para(l, body_style(l)))
    return out


def doc000(lines):
    # A narrow column (7.5 cm of text), justified and hyphenated.
    return template(plain(lines), "Ministry of Internal Affairs and Communications | Press Release",
                    page_width_cm=12.5, margin_cm=2.5, hyphenate=True)


def doc001(lines):
    # Headline (four lines as in the source) and dateline full width, then
    # the body in two columns.
    head = [para(l, "Title") for l in lines[:4]] + [para(lines[4], "Dateline")]
    body = ['<text:section text:style-name="TwoCol" text:name="Body">\n']
    body += [para(l, body_style(l)) for l in lines[5:]]
    body.append("</text:section>\n")
    return template(head + body, "U.S. Department of State | Media Note", hyphenate=False)


def doc002(lines):
    return template(plain(lines, title_lines=0), "U.S. Department of State | Office of the Spokesperson")


def doc003(lines):
    return template(plain(lines, title_lines=0), "Inside Cybersecurity | Daily News")


def doc004(lines):
    i1 = lines.index("TOPIC 1")
    i2 = lines.index("TOPIC 2")
    mast_start = lines.index("総 務 省")
    topic1_title, topic2_title = lines[i1 + 1], lines[i2 + 1]
    # The masthead fragment the text extraction left inside TOPIC 1:
    # 総 務 省, TOPICS, Vol., date, two contents entries (with a stray
    # leader), the address; then the running title repeated.
    frag_end = lines.index(topic1_title, mast_start)
    frag = lines[mast_start:frag_end]
    vol = next(l for l in frag if l.startswith("Vol."))
    date = next(l for l in frag if re.match(r"^[A-Z][a-z]{2} \d{1,2}, \d{4}$", l))
    toc = [l for l in frag if l.startswith("Results of")]
    address = next(l for l in frag if "FAX" in l)
    t1_body = lines[i1 + 2:mast_start] + lines[frag_end + 1:i2]
    t2_body = [l for l in lines[i2 + 2:] if l != topic2_title]

    out = [para(lines[0], "Mast"), para(lines[1], "MastName"), para(lines[2], "Mast"),
           para(f"{vol}    {date}", "Mast"), para(lines[3], "Small"),
           para("TOPICS", "ContentsHeading")]
    for entry, page in zip(toc, (1, 3)):
        out.append(f'<text:p text:style-name="TOC">{esc(entry)}<text:tab/>{page}</text:p>\n')
    out.append(para(address, "Small"))
    out.append(para("TOPIC 1", "Topic"))
    out.append(heading(topic1_title))
    out += [para(l, body_style(l)) for l in t1_body]
    out.append(para("TOPIC 2", "TopicBreak"))
    out.append(heading(topic2_title))
    # Items ii. to iv. of "(2) Main achievements" in two columns.
    a = t2_body.index("ii. Telecommunications regulations")
    b = next(i for i, l in enumerate(t2_body) if l.startswith("v. "))
    out += [para(l, body_style(l)) for l in t2_body[:a]]
    out.append('<text:section text:style-name="TwoCol" text:name="Cols">\n')
    out += [para(l, body_style(l)) for l in t2_body[a:b]]
    out.append("</text:section>\n")
    out += [para(l, body_style(l)) for l in t2_body[b:]]
    header = (f'Communications News {esc(vol)} | <text:chapter text:display="name" '
              f'text:outline-level="1">x</text:chapter>')
    return template(out, header)


MAKERS = {"000": doc000, "001": doc001, "002": doc002, "003": doc003, "004": doc004}


def main():
    dev, out = sys.argv[1], sys.argv[2]
    for name in sorted(os.listdir(dev)):
        if not name.endswith(".txt"):
            continue
        make = MAKERS[name[:3]]
        with open(os.path.join(out, name[:-4] + ".fodt"), "w", encoding="utf-8") as f:
            f.write(make(lines_of(os.path.join(dev, name))))


if __name__ == "__main__":
    main()
