#!/usr/bin/env python3
"""gold.py OUTDIR: writes the gold of train7/pdfnl9 (written by hand from the
page images BEFORE communique was run on any document). Compact spec below:
per record title, dates, dates_optional, people, people_optional, agencies
(name or (name, acronym)), agencies_optional. published = the issue month."""
import json, os, sys

def ag(a):
    return {"name": a[0], "acronym": a[1]} if isinstance(a, tuple) else {"name": a}

def rec(title, dates, people=(), agencies=(), dopt=(), popt=(), aopt=()):
    return dict(title=title, dates=list(dates), dates_optional=list(dopt),
                people=[{"name": p} for p in people], people_optional=list(popt),
                agencies=[ag(a) for a in agencies], agencies_optional=list(aopt),
                agenda=[], agenda_optional=[])

ABC = ("Australian Broadcasting Corporation", "ABC")
FOOT = ["Rob Lundie"]  # page footer (editor's name and e-mail) on every page

DOCS = {
 "coolemanridge-newsletter-2014-05.pdf": ("2014-05",
  "REAL Cooleman Ridge Park Care Group newsletter, May 2014 (Canberra, Australia; volunteer park care group). Two columns on page 1, one column on page 2; headings in body-size bold or italic; a feature headed 'What's around' (larger bold) over an italic species name; footer 'Doug Tinney <e-mail> Web site URL' on each page.",
  [rec("Previous Meeting", ["2014-05", "2014-04"], popt=["Gosta"], dopt=[]),
   rec("Coming Up", ["2014-05", "2014-05-18"]),
   rec("A Grass Expedition by Linda Spinaze", ["2014-05", "2014-04-08"], people=["Linda Spinaze"],
       agencies=[("Australian National Botanic Gardens", "ANBG")]),
   rec("What's around: Missulena occatoria", ["2014-05", "2014-04"], popt=["Arminel"]),
   rec("Contributions", ["2014-05"], popt=["Arminel", "Linda", "Doug Tinney"])]),
 "coolemanridge-newsletter-2016-11.pdf": ("2016-11",
  "REAL Cooleman Ridge Park Care Group newsletter, November 2016. Two columns; 3-line bold-italic 'Previous meeting' headline (date, place); boxed 'Next Meeting' notice in the right column above the continuation of WEEDING TIPS; capitalised bold headlines (one wrapped over 2 lines); footer with the editor's name on each page.",
  [rec("Previous meeting Sunday 16th October Cooleman Trig", ["2016-11", "2016-10-16"],
       popt=["Linda", "Rob", "Pat", "Arminel", "Graham", "Malcolm", "Rohan", "Brigitte", "Lena", "Konnie"]),
   rec("Next Meeting: AGM Sunday 20th November Darrell Place", ["2016-11", "2016-11-20"], people=["Linda Spinaze"]),
   rec("WEEDING TIPS", ["2016-11"], popt=["Linda"] + FOOT),
   rec("GREEN ARMY COMBATS HERITAGE WEEDS", ["2016-11", "2016-09-28"],
       people=["Lizabeth Collier", "Arminel Ryan", "Jenny Horsfield", "Mike Morriss"], aopt=["Green Army"], popt=FOOT),
   rec("GREVILLEAS ARE GREMLINS!", ["2016-11", "1995"],
       people=["Stephen Panter", "F.J. Richardson", "Arminel Ryan", "Pat Ryan"],
       agencies=["ANPS", "APSA"], aopt=["Qld Govt", "Wednesday Weeders", "Group"],
       popt=["Rohan Thomas"] + FOOT)]),
 "coolemanridge-newsletter-2018-07.pdf": ("2018-07",
  "REAL Cooleman Ridge Park Care Group newsletter, July 2018. Two columns; 3-line 'Previous meeting' and 'Next Meeting' headlines; bold sans headlines; the second and third articles continue from the foot of the left column to the top of the right column of page 2; photo captions between paragraphs.",
  [rec("Previous meeting Sunday 17 June Lincoln Place", ["2018-07", "2018-06-17"], people=["Rob Lundie"],
       popt=["Doug", "Alan", "Malcolm", "Chris", "Rohan", "Rob", "Jenny"]),
   rec("Next Meeting Sunday 15 July Mt Arawang", ["2018-07", "2018-07-15", "2018-08-19"], people=["Rob Lundie"]),
   rec("Pigs on the Ridge?", ["2018-07"], people=["Alan Ford"], agencies=[ABC],
       aopt=["Nature Park management", "Government"], popt=FOOT),
   rec("Why we target Phalaris aquatica", ["2018-07"], people=["Rob Lundie"], agencies=[ABC],
       aopt=["Canberra Nature Map"], popt=["Rohan"]),
   rec("A new species of wasp on the Ridge", ["2018-07", "2018-04-08", "2018-06-08"],
       people=["Michael Mulvaney", "Rob Lundie", "Jim Bariesheff"], popt=["RogerF"],
       agencies=["CoreEnviro Solutions Pty Ltd"], aopt=["Ewasp Team", "Canberra Nature Map"])]),
 "coolemanridge-newsletter-2020-03.pdf": ("2020-03",
  "REAL Cooleman Ridge Park Care Group newsletter, March 2020 (Word). Two columns; 3-line 'Previous meeting' and boxed 'Next Meeting' headlines; bold headlines, one wrapped over 2 lines; 'Review of CRPCG activities' has bold run-in sub-headings (Use of Herbicides, Archives, ...) that are not articles.",
  [rec("Previous meeting Sunday 16 February Lincoln Place", ["2020-03", "2020-02-16"], people=["Linda Spinaze"],
       popt=["Rohan", "Chris", "Natasha", "Doug", "Alan"]),
   rec("Next Meeting Sunday 15 March Lincoln Place (over the hill)", ["2020-03", "2020-03-15", "2020-04-19"],
       people=["Linda Spinaze"]),
   rec("Water Infrastructure on the Ridge", ["2020-03", "2003-01"], people=["Doug Tinney"],
       agencies=["Icon Water", "ACTEW", "Optus"], popt=FOOT),
   rec("Review of CRPCG activities", ["2020-03", "2020-02-22", "2020-04", "2020-05"], people=["Rob Lundie"],
       agencies=[("Cooleman Ridge Park Care Group", "CRPCG"), "Chapman Primary School"],
       aopt=["Parks", "Friday Group", "Group"], popt=["Linda", "Natasha", "Jenny", "Rob"]),
   rec("Cleaning out the Old Dam and the Wonder and Joy of Rain",
       ["2020-03", "2020-02", "2020-03-05", "2020-02-06", "2020-02-19"], people=["Rob Lundie", "Chris Oates"],
       popt=["Chris", "Linda"])]),
 "coolemanridge-newsletter-2022-09.pdf": ("2022-09",
  "REAL Cooleman Ridge Park Care Group newsletter, September 2022 (Word). Two columns; 3-line 'Previous Meeting' and boxed 'Next Meeting' headlines; a bold headline wrapped over 2 lines with a bracketed species name; photo captions inside articles.",
  [rec("Previous Meeting Sunday 21 August 2022 Chauvel Circle", ["2022-09", "2022-08-21"],
       people=["Chris Oates", "Paul Sheils", "Linda Spinaze", "Natasha Newman", "Jenny Shapcott", "Rob Lundie"],
       popt=["Jim", "Colin"]),
   rec("Next Meeting Sunday 18 September 2022 The Old Dam", ["2022-09", "2022-09-18", "2022-10-16"], people=["Rob Lundie"]),
   rec("Favourite Tree: Red Box (Eucalyptus polyanthemos)", ["2022-09", "2022-08"], people=["Linda Spinaze"],
       agencies=[ABC], popt=FOOT),
   rec("Parks and Conservation Service (PCS) Annual Planning Meeting", ["2022-09", "2022-08-17"],
       people=["Linda Spinaze", "Paul Sheils", "Chris Oates", "Martine Franco", "Colin Schofield", "Jim Clarke"],
       agencies=[("Parks and Conservation Service", "PCS"), "Southern ACT Catchment Group"],
       dopt=["2022/2023", "2022-12-25"], aopt=["Group"], popt=FOOT)]),
 "coolemanridge-newsletter-2021-11.pdf": ("2021-11",
  "REAL Cooleman Ridge Park Care Group newsletter, November 2021 (Word). Two columns; 2-line bold-italic 'Previous Meeting' headline, boxed 3-line 'Next Meeting and AGM' notice, bold-italic headlines; the first report continues under the box in the right column; photo captions between articles.",
  [rec("Previous Meeting Sun 17 Oct 2021 Mt Arawang", ["2021-11", "2021-10-17"],
       people=["Angus McLure", "Lyndal Lewis", "Mike Pearson", "Rosalie Pearson", "Natasha Oates", "Chris Oates",
               "Alex Newman", "Natasha Newman", "Jenny Horsfield", "Doug Tinney", "Linda Spinaze", "Rob Lundie"],
       popt=["Tamsin", "Tamsin McLure", "Ezra", "Asher"]),
   rec("Next Meeting and AGM Sunday 21 November 2021 Kathner St", ["2021-11", "2021-11-21"], people=["Linda Spinaze"]),
   rec("Annual General Meeting", ["2021-11", "2021-11-21"], people=["Rob Lundie"],
       agencies=["Cooleman Ridge Park Care Group"], popt=["Chris Oates"]),
   rec("Pondweed in the Old Dam", ["2021-11"], dopt=["2021-09"], people=["Linda Spinaze"],
       aopt=["Canberra Nature Map"], popt=FOOT + ["Heather Chapman"]),
   rec("How Green is the Ridge", ["2021-11"], people=["Rob Lundie"]),
   rec("Bouldering", ["2021-11"], dopt=["198"], people=["Rob Lundie"], aopt=["theCrag"],
       popt=["Chris", "Heather Chapman", "Linda Spinaze"])]),
}

# The issue month is the masthead's date, shared by the issue's articles:
# as in ../shared/eval/real (Mar-2023-climate-action.pdf), it is no date of
# an article unless the article's own text states it (KEEP_ISSUE_MONTH).
KEEP_ISSUE_MONTH = {"Review of CRPCG activities", "Cleaning out the Old Dam and the Wonder and Joy of Rain"}

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for src, (pub, notes, recs) in DOCS.items():
    for r in recs:
        r["published"] = pub
        if r["title"] not in KEEP_ISSUE_MONTH:
            r["dates"] = [d for d in r["dates"] if d != pub]
    recs = [{k: r[k] for k in ("title", "published", "dates", "dates_optional", "people", "people_optional",
                                "agencies", "agencies_optional", "agenda", "agenda_optional")} for r in recs]
    with open(os.path.join(out, src + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src, "notes": notes, "records": recs}, f, indent=1, ensure_ascii=False)
        f.write("\n")
