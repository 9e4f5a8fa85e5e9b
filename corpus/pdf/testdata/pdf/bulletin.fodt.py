#!/usr/bin/env python3
"""Writes bulletin.fodt, the LibreOffice source of bulletin.pdf (see make_fixtures.sh).

A four-page newsletter of a fictional ministry: running header and footer
with page numbers, a table of contents with dot leaders, numbered
paragraphs, justified and hyphenated text, and a two-column section.
"""

LOREM = [
    "The Ministry of Coastal Affairs announced today a comprehensive programme to strengthen the resilience of coastal communities against rising sea levels, storm surges and the gradual erosion of protective mangrove forests along the northern shoreline.",
    "Under the programme, municipal authorities will receive technical assistance and co-financing for the construction of adaptive infrastructure, including permeable seawalls, restored wetlands and early-warning systems linked to the national meteorological service.",
    "Minister Adela Korhonen said that the government remained committed to evidence-based policymaking and to transparent reporting on the implementation of every project financed under the programme, with annual reviews published in the official gazette.",
    "Representatives of the National Fisheries Cooperative and the University of Westbrook welcomed the announcement and undertook to contribute monitoring data on water quality, sediment transport and the recovery of commercially important fish stocks.",
]

def para(text, style="Body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'

body = []
body.append(para("Coastal Affairs Bulletin", "Title"))
body.append(para("Issue 12, 14 March 2024", "Subtitle"))
body.append(para("Contents", "ContentsHeading"))
toc = [("Resilience programme launched", 1), ("Funding for municipalities", 2), ("Regional cooperation", 3), ("Upcoming events", 4)]
for title, page in toc:
    body.append(f'<text:p text:style-name="TOC">{title}<text:tab/>{page}</text:p>\n')
body.append(para("TOPIC 1: Resilience programme launched", "Heading"))
for i, t in enumerate(LOREM * 2, 1):
    body.append(para(f"{i}.<text:tab/>{t}", "Numbered"))
body.append(para("TOPIC 2: Funding for municipalities", "HeadingBreak"))
for t in LOREM[::-1] + LOREM:
    body.append(para(t))
body.append(para("TOPIC 3: Regional cooperation", "HeadingBreak"))
body.append('<text:section text:style-name="TwoCol" text:name="TwoCol">\n')
cols = [
    "The ministers of the Northern Coastal Partnership met in Port Elwin on 12 March 2024 to review progress under the joint action plan adopted last year.",
    "They agreed to establish a shared data platform for tide gauges and to harmonise the methodology for assessing shoreline retreat across the partnership.",
    "The meeting also welcomed the accession of the Republic of Vanholm, whose delegation was led by Deputy Minister Jonas Ekberg.",
    "Participants noted that adaptation finance should prioritise the most vulnerable communities and that women and young people should be involved in planning.",
    "A working group on nature-based solutions will report to the next ministerial meeting, scheduled for the second half of 2025 in Westbrook.",
    "The partnership secretariat will prepare guidance on procurement for adaptive infrastructure and circulate it to members before the summer recess.",
]
for t in cols * 3:
    body.append(para(t))
body.append('</text:section>\n')
body.append(para("TOPIC 4: Upcoming events", "HeadingBreak"))
for t in LOREM[:2]:
    body.append(para(t))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10.5pt" fo:language="en" fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="Numbered" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-1cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="ContentsHeading" style:family="paragraph">
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TOC" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="HeadingBreak" style:family="paragraph" style:parent-style-name="Heading">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" fo:hyphenate="false"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TwoCol" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">Coastal Affairs Bulletin | Issue 12 | March 2024</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>4</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>
'''
open("bulletin.fodt", "w").write(doc)
