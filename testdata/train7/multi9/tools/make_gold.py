#!/usr/bin/env python3
"""Writes gold/*.gold.json for train7/multi9. The annotation is the data below,
written by hand from the documents BEFORE communique was run on them."""
import json, os

AUT = {"name": "Auckland University of Technology", "acronym": "AUT"}
UNZ = {"name": "Universities New Zealand - Te Pōkai Tara", "aliases": ["Universities New Zealand -Te Pōkai Tara", "Universities New Zealand"]}
MOTU = {"name": "Motu Economic and Public Policy Research Trust", "aliases": ["Motu", "Motu Economic and Public Policy Research"]}
NZIER = {"name": "New Zealand Institute of Economic Research", "acronym": "NZIER"}
NZI = {"name": "The New Zealand Initiative", "aliases": ["New Zealand Initiative", "NZ Initiative", "Initiative"]}


def rec(title, published, dates=(), dates_opt=(), people=(), people_opt=(), agencies=(), agencies_opt=()):
    return {
        "title": title, "published": published,
        "dates": list(dates), "dates_optional": list(dates_opt),
        "people": [{"name": p} for p in people], "people_optional": list(people_opt),
        "agencies": [a if isinstance(a, dict) else {"name": a} for a in agencies],
        "agencies_optional": list(agencies_opt),
        "agenda": [], "agenda_optional": [],
    }


GOLD = {
 "nz-aut-research-roundup-mailchimp.html": ("Mailchimp e-mail newsletter (table layout, no h1-h6): three stories, each a bold 22px headline, paragraphs, a Read more button. The issue date in the masthead is the published date of every story and optional in their dates. Masthead and footer are no record.", [
  rec("Online gaming a predictor of gambling harm", "2024-11-14", ["2000"], ["2024-11-14"],
      ["Maria Bellringer"], [], [AUT, "Ministry of Health"], ["Gambling and Addictions Research Centre", "Pacific Islands Families", "PIF"]),
  rec("Concussion research could revolutionise understanding and recovery", "2024-11-14", ["2024-04"], ["2024-11-14"],
      ["Mangor Pedersen", "Mayan Bedggood"], [], [AUT], ["AUT City Campus", "NeuroImage: Clinical"]),
  rec("Dual health qualification addresses workforce issues", "2024-11-14", [], ["2024-11-14"],
      ["Megan Richardson", "Judith McAra-Couper"], [],
      [AUT, {"name": "Health New Zealand", "aliases": ["Health New Zealand | Te Whatu Ora", "Te Whatu Ora"]}], ["School of Clinical Science"]),
 ]),
 "nz-unz-scholarships-newsletter.html": ("Campaign Monitor style e-mail newsletter: three stories in table rows, each headed by a bold link (no h1-h6), paragraphs and a Read the full story link; one story beside an image cell. Issue date in the masthead is every story's published date.", [
  rec("Three outstanding Aotearoa New Zealand students awarded Rhodes Scholarships", "2024-11-20", ["1903"], ["2024-11-20"],
      ["Cindy Kiro", "Brittany Dick"], [], ["University of Oxford", "Minerva University"], ["Rhodes Scholarship", UNZ["name"], "Universities New Zealand"]),
  rec("Announcing the inaugural winners of the ACC Scholarship", "2024-11-20", [], ["2024-11-20"],
      ["Hana Sikma", "Merrick Rodrigues", "Merope Griffin", "Luke Hollis", "Reghan Laurie", "Adrian Pretorius"], [],
      [UNZ, {"name": "Accident Compensation Corporation", "acronym": "ACC"}], ["ACC Scholarship"]),
  rec("2025 Woolf Fisher Scholarship recipients announced", "2024-11-20", [], ["2025", "2024-11-20"],
      ["Sophia Bebelman", "Petra Fisher", "Alexander Matthews", "Tristan Pilditch"], [],
      ["University of Cambridge"], ["Woolf Fisher Scholarships", "Woolf Fisher Scholarship", UNZ["name"], "Universities New Zealand"]),
 ]),
 "nz-maxim-media-releases-page.html": ("WordPress category page printing three full media releases one after the other (h2 entry-title link, time datetime, byline, entry content), with site navigation, a sidebar of recent posts and a footer. Each release has its own date.", [
  rec("Want to buy your child anxiety? Get them a smartphone", "2024-06-24", ["2024-06-24"], [],
      ["Madeleine Smith", "Samantha Marsh"], [], ["National Party"], ["US Surgeon General", "Surgeon General", "Maxim Institute"]),
  rec("Maxim Institute rejects calls to lower voting age", "2023-06-06", ["2023-06-06"], [],
      [], [], ["Maxim Institute", {"name": "Independent Electoral Review", "aliases": ["He Arotake Potitanga Motuhake – Independent Electoral Review", "He Arotake Potitanga Motuhake"]}], ["Parliament"]),
  rec("Attendance officers are back – but is it too little, too late?", "2023-02-27", ["2023-02-27", "2021", "2019"], [],
      ["Alapasita Pomelile"], [], [], ["Attendance Services", "Maxim Institute", "Minister of Education"]),
 ]),
 "nz-motu-press-releases.html": ("Old CMS page whose one content block holds three press releases pasted one after the other: a bold-only paragraph headline, a weekday date paragraph, body paragraphs, a blank paragraph between. Breadcrumb, side navigation and footer are chrome.", [
  rec("Two countries, 16 cities, 5,000km, but only one housing market", "2016-03-29", ["2016-03-29"], [],
      ["Arthur Grimes"], [], [MOTU], []),
  rec("Christchurch workers more likely to have jobs and earn more", "2016-05-19", ["2016-05-19"], [],
      ["Grimes"], [], [MOTU], ["Earthquake Support Subsidy"]),
  rec("Sticker discount for earthquake-prone commercial buildings", "2015-11-11", ["2015-11-11"], [],
      [], [], [MOTU, "GNS Science"], ["Impacts of Earthquake Regulation and Building Codes on the Commercial Building Market"]),
 ]),
 "nz-nzier-media-releases.txt": ("Text file of three media releases, each opening with the same two-line issuer header (MEDIA RELEASE / issuer), a headline line directly followed by a sub-headline line (one release's headline + sub-headline, not two releases), a WELLINGTON dateline, body, ENDS.", [
  rec("More homes, faster: why Canterbury is outperforming many regions in New Zealand", "2024-03-07", ["2024-03-07", "2011"], [],
      ["Ting Huang"], [], [NZIER, {"name": "Canterbury Earthquake Recovery Authority", "acronym": "CERA"}], ["central government", "local councils"]),
  rec("Prostate cancer screening to save thousands of lives and billions of dollars", "2023-09-21", ["2023-09-21"], [],
      ["Danny Bedingfield"], [], [NZIER, {"name": "Prostate Cancer Foundation New Zealand", "aliases": ["Prostate Cancer Foundation"]}], []),
  rec("NZIER report shows increasing benefits will boost economy", "2020-08-10", ["2020-08-10"], [],
      ["Kay Brereton"], [], [NZIER], ["Welfare Expert Advisory Group", "WEAG", "Government"]),
 ]),
 "nz-initiative-releases-digest.txt": ("Text file of three media releases with no separator: each opens with an issuer line, a 'Media release | weekday, date' line and the headline, then body paragraphs.", [
  rec("NZ Initiative supports the call for greater clarity at the border", "2021-03-02", ["2021-03-02"], [],
      ["Patrick Strange", "Prue Flacks", "Joan Withers", "Rob Campbell", "Scott St John", "Eric Crampton"], [], [NZI], []),
  rec("Kiwis don't know basic civics, new survey says", "2020-09-09", ["2020-09-09"], [],
      ["Eric Crampton", "Nathan Smith"], [], [NZI], ["New Zealand Election Survey", "Parliament", "Democracy in the Dark"]),
  rec("NZ needs to recognise and invest in school leaders", "2014-10-28", ["2014-10-28"], [],
      ["John Morris"], [], [NZI, "New Zealand Education and Scholarship Trust"], ["The School Leadership Effect"]),
 ]),
 "nz-uoa-vc-update-email.html": ("NEGATIVE (real): one Vice-Chancellor's letter to staff (Outlook HTML) with bold section headings, each followed by one paragraph and a Read more link; greeting and signature frame ONE record. The <title> was added from the e-mail's Subject.", [
  rec("Vice-Chancellor's Update", "2025-04-10", ["2025-04-10", "2025-04-05", "2025", "2025-04"], [],
      ["Pamela Moss", "Joanna Browne", "Stephen Whiteside", "Dawn Freshwater"], [],
      [{"name": "Royal Society Te Apārangi", "aliases": ["Royal Society"]}],
      ["University", "Environment and Sustainability team", "Ngā Ahurei a Te Apārangi"]),
 ]),
 "nz-aut-media-release-email.html": ("NEGATIVE (written): ONE media release sent as an HTML e-mail (table layout, 24px bold headline, three 17px bold sub-headings inside the release). One record.", [
  rec("Alarming differences in incidence and mortality of devastating brain haemorrhage across NZ", "2024-10-14", ["2024-10-14"], [],
      ["Ilari Rautalin", "Valery Feigin"], [],
      [AUT, {"name": "National Institute for Stroke and Applied Neurosciences", "acronym": "NISAN"}],
      ["Auckland City Hospital", "Waikato Hospital", "Wellington Hospital", "Christchurch Hospital", "Dunedin Hospital", "Lancet Regional Health - Western Pacific", "AUT Communications"]),
 ]),
}

NZEI = {"name": "NZEI Te Riu Roa", "aliases": ["NZEI"]}
SVA = {"name": "Student Volunteer Army", "acronym": "SVA"}
FSU = {"name": "Free Speech Union"}
TIASA = {"name": "Tertiary Institutes Allied Staff Association", "acronym": "TIASA"}
WAIARIKI = {"name": "Waiariki Institute of Technology", "aliases": ["Waiariki"]}

# Batch 2 (written after the first run, gold before any run on them).
GOLD2 = {
 "nz-nzei-member-news-classes.html": ("WRITTEN e-mail newsletter whose story headlines are table cells set large and bold by a class rule of the head's style sheet (no inline style, no h1-h6, no bold element); no periodical word in its title. Issue date in the masthead dates every story.", [
  rec("Curriculum change too fast to be effective, say teachers and principals", "2024-09-16", ["2025", "2024-09"], ["2024-09-16"],
      [], [], [NZEI], ["Government"]),
  rec("Union says standardised tests will not help young learners", "2024-09-16", [], ["2024-09-16"],
      ["Mark Potter"], [], [NZEI], []),
  rec("Education leaders call on PM to save school lunch programme", "2024-09-16", [], ["2024-09-16"],
      ["Mark Potter"], [], [NZEI], ["Ka Ora, Ka Ako", "Healthy School Lunches Programme"]),
 ]),
 "nz-sva-volunteer-update-links.html": ("WRITTEN e-mail in old table markup (font tags): each story a table row led by a plain link headline, then <br>-separated paragraphs; a View-in-browser row, a logo row and a date row above, an unsubscribe row below.", [
  rec("18-year-old firefighter Louie Miller named Student Volunteer Army's Top Volunteer", "2024-11-19", ["2024-08"], ["2024-11-19"],
      ["Louie Miller"], [], [SVA, "Green Bay High School", {"name": "Fire & Emergency New Zealand", "aliases": ["Fire and Emergency New Zealand"]}], ["SVA Service Award"]),
  rec("Anniversary of Auckland floods and upcoming anniversary of Cyclone Gabrielle", "2024-11-19", [], ["2024-11-19"],
      ["Emily Byrne"], [], [SVA], []),
  rec("SVA appoints new CEO", "2024-11-19", [], ["2024-11-19"],
      ["Sam Johnson", "Emily Byrne"], [], [SVA, "University of Canterbury"], []),
 ]),
 "nz-fsu-statements-ends.html": ("WRITTEN CMS page whose one rich-text block holds three undated statements, each a bold-only paragraph headline, paragraphs and an ENDS line. No date anywhere: published is null.", [
  rec("Government legislation on academic freedom sign of new hope for universities", None, [], [],
      ["Jonathan Ayling"], [], [FSU], ["Government"]),
  rec("Misrepresentation of private member's bill obscures potential for abuse", None, [], [],
      ["Jonathan Ayling", "Greg Fleming"], [], [FSU], ["Police"]),
  rec("Waikato District Council blocks just one advocacy website from staff access", None, [], [],
      ["Jonathan Ayling"], [], [FSU, "Waikato District Council", "Amnesty International", "Green Party", "Act Party", "Te Pati Maori"], ["Council"]),
 ]),
 "nz-tiasa-media-releases.txt": ("WRITTEN text file of three releases hard-wrapped at 72 columns, each with a headline line, a sub-headline line and a date line, no separator.", [
  rec("Allied staff at Waiariki Institute of Technology to vote on strike", "2016-02-26", ["2016-02-26"], [],
      ["Peter Joseph"], [], [WAIARIKI, TIASA], []),
  rec("Waiariki staff vote to accept settlement proposal", "2016-03-14", ["2016-03-14", "2016-01-01"], [],
      ["Joseph"], [], [WAIARIKI], []),
  rec("WITT allied staff ratify collective agreement settlement", "2018-12-04", ["2018-12-04", "2018-10-01"], [],
      ["Peter Joseph"], [], [TIASA, {"name": "WITT Taranaki", "aliases": ["WITT"]}], ["Living Wage"]),
 ]),
}
GOLD.update(GOLD2)

here = os.path.dirname(os.path.abspath(__file__))
for src, (notes, records) in GOLD.items():
    with open(os.path.join(here, "..", "gold", src + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src, "notes": notes, "records": records}, f, ensure_ascii=False, indent=1)
        f.write("\n")
