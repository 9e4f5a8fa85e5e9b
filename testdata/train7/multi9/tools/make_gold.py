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

here = os.path.dirname(os.path.abspath(__file__))
for src, (notes, records) in GOLD.items():
    with open(os.path.join(here, "..", "gold", src + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src, "notes": notes, "records": records}, f, ensure_ascii=False, indent=1)
        f.write("\n")
