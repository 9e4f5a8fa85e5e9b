#!/usr/bin/env python3
"""Writes docs/ (HTML and text; PDFs via spec.json + gen.go) and gold/ of train8/seg10.
The markup is WRITTEN in the style of agency e-mail tools and CMS pages; the words
are those of real releases (stories.py). Gold written by hand BEFORE communique ran."""
import json, os, html
from stories import S, BKDA

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs"); GOLD = os.path.join(HERE, "..", "gold")
E = html.escape


def rec(key, title, published, extra_dates_opt=(), agencies_required_issuer=False):
    s = S[key]
    ag = list(s["agencies"])
    agopt = list(s.get("agencies_opt", []))
    dates = list(s["dates"])
    if s.get("yearless"):  # dates printed without a year take the document's year (eval README)
        dates = [d.replace(s["date"][:4], published[:4]) for d in dates]
    return {"title": title, "published": published,
            "dates": dates, "dates_optional": list(extra_dates_opt),
            "people": [{"name": p} for p in s["people"]], "people_optional": list(s.get("people_opt", [])),
            "agencies": ag, "agencies_optional": agopt, "agenda": [], "agenda_optional": []}


def write(name, text, notes, records):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
        f.write(text)
    gold(name, notes, records)


def gold(name, notes, records):
    with open(os.path.join(GOLD, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"source": name, "notes": notes, "records": records}, f, indent=1, ensure_ascii=False)
        f.write("\n")


def one_para(key):
    return " ".join(S[key]["paras"])

# 1. E-mail bulletin, 4 stories, <strong> title lines, one long paragraph each.
short1 = {"A": "Summer internships for high school students", "B": "Gun Buyback in Flatbush",
          "C": "Trial Division chief receives Dewey Medal", "J": "Symposium on Campus Sexual Assault"}
rows = []
for k, t in short1.items():
    rows.append(f'''<tr><td style="padding:18px 28px 0 28px;font-family:Georgia,serif;font-size:15px;line-height:22px;color:#222222;">
<strong style="font-size:15px;color:#0b3a66;">{E(t)}</strong><br>
{E(one_para(k))}
</td></tr>''')
doc1 = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Community Bulletin - November 2017</title></head>
<body style="margin:0;padding:0;background:#e9edf2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#e9edf2"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:6px 28px;font-family:Arial,sans-serif;font-size:11px;color:#777777;" align="right"><a href="https://example.org/bulletin/2017-11" style="color:#777777;">View this email in your browser</a></td></tr>
<tr><td style="background:#0b3a66;padding:20px 28px;font-family:Arial,sans-serif;font-size:24px;color:#ffffff;">Brooklyn District Attorney&#8217;s Office<br><span style="font-size:13px;">Community Bulletin &middot; November 3, 2017</span></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:24px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#777777;">350 Jay Street, Brooklyn, NY 11201 &middot; 718-250-2340<br>You are receiving this bulletin because you signed up at a community event. <a href="#">Unsubscribe</a> | <a href="#">Update preferences</a></td></tr>
</table></td></tr></table></body></html>
'''
write("bkda-community-bulletin-strong.html", doc1,
      "WRITTEN e-mail bulletin (table layout, inline styles, no h1-h6): four stories, each a <strong> title line of 4-6 words, a <br> and ONE long paragraph. Published = the bulletin's date in the masthead (optional in each story's dates). Masthead and footer are no record.",
      [rec(k, t, "2017-11-03", ["2017-11-03"]) for k, t in short1.items()])

# 2. E-mail newsletter, 3 stories, span font-size titles (one a link), image column on one.
short2 = [("D", "Media apprenticeship with BRIC", "span"), ("E", "Saturday Night Lights expands", "span"),
          ("F", "Illustrate Against Hate art contest", "a")]
rows = []
for i, (k, t, how) in enumerate(short2):
    if how == "a":
        head = f'<a href="https://example.org/news/{k.lower()}" style="font-family:Verdana,sans-serif;font-size:18px;font-weight:bold;color:#8a1538;text-decoration:none;">{E(t)}</a>'
    else:
        head = f'<span style="font-family:Verdana,sans-serif;font-size:18px;font-weight:bold;color:#8a1538;">{E(t)}</span>'
    body = f'<p style="margin:8px 0 0 0;font-family:Verdana,sans-serif;font-size:13px;line-height:20px;color:#333333;">{E(one_para(k))}</p>'
    if i == 1:
        rows.append(f'''<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="160" valign="top" style="padding:16px 0 0 24px;"><img src="https://example.org/img/soccer.jpg" width="140" alt=""></td>
<td valign="top" style="padding:16px 24px 0 16px;">{head}{body}</td></tr></table></td></tr>''')
    else:
        rows.append(f'<tr><td style="padding:16px 24px 0 24px;">{head}{body}</td></tr>')
    rows.append('<tr><td style="padding:16px 24px 0 24px;"><hr style="border:0;border-top:1px solid #dddddd;"></td></tr>')
doc2 = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Youth &amp; Community News | May 2021</title>
<style>body{{margin:0}} .preheader{{display:none!important}}</style></head>
<body><div class="preheader">Apprenticeships, soccer and an art contest for students</div>
<center><table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd;">
<tr><td style="padding:18px 24px;font-family:Verdana,sans-serif;"><img src="https://example.org/img/seal.png" width="60" alt="Seal" align="left"><div style="font-size:20px;font-weight:bold;color:#222;">Youth &amp; Community News</div><div style="font-size:12px;color:#666;">Brooklyn District Attorney&#8217;s Office &middot; Monday, May 3, 2021</div></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:20px 24px;font-family:Verdana,sans-serif;font-size:11px;color:#888888;">Follow us: <a href="#">Twitter</a> &middot; <a href="#">Facebook</a> &middot; <a href="#">Instagram</a><br>Copyright &copy; 2021, All rights reserved.</td></tr>
</table></center></body></html>
'''
write("bkda-youth-news-spans.html", doc2,
      "WRITTEN e-mail newsletter (table layout, no h1-h6): three stories, each headed by a bold 18px <span> (the third by a bold <a> link) and ONE paragraph; the second sits beside an image cell. Published = the issue date in the header (optional in each story's dates).",
      [rec(k, t, "2021-05-03", ["2021-05-03"]) for k, t, _ in short2])

# 3. HTML page printing three full releases with bold-paragraph headlines and date paragraphs.
parts = []
for k in ["G", "I", "H"]:
    s = S[k]
    from datetime import date
    d = date.fromisoformat(s["date"]).strftime("%A, %B %-d, %Y")
    parts.append(f'<p style="text-align:center"><b>{E(s["long"])}</b></p>\n<p>FOR IMMEDIATE RELEASE<br>{d}</p>\n' + "\n".join(f"<p>{E(p)}</p>" for p in s["paras"]) + '\n<p style="text-align:center">#</p>')
doc3 = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Releases - The Brooklyn District Attorney's Office</title></head>
<body><div id="top"><a href="/">HOME</a> <a href="/help">GET HELP</a> <a href="/report">REPORT A CRIME</a> <a href="/contact">CONTACT US</a></div>
<div id="nav"><ul><li><a href="/leadership">Leadership</a></li><li><a href="/bureaus">Bureaus &amp; Units</a></li><li><a href="/newsroom">Newsroom</a></li><li><a href="/careers">Careers</a></li></ul></div>
<div id="content" class="entry-content">
<p><span style="font-size:22px">Press Releases</span></p>
{chr(10).join(parts)}
</div>
<div id="footer"><p>District Attorney's Action Center<br>350 Jay Street<br>Brooklyn, NY 11201<br>718-250-2340</p><p><a href="/accessibility">Accessibility</a></p></div>
</body></html>
'''
write("bkda-press-releases-page.html", doc3,
      "WRITTEN CMS page: one content block printing three full releases, each a centred bold paragraph headline, a FOR IMMEDIATE RELEASE + weekday date paragraph, body paragraphs and a # end mark. Each release is published on its own date. Navigation, 'Press Releases' heading and footer are no record.",
      [rec(k, S[k]["long"], S[k]["date"], [S[k]["date"]]) for k in ["G", "I", "H"]])

# 4. Text file of three releases with 2-4 word titles.
from datetime import date
short4 = [("B", "Gun Buyback"), ("C", "Dewey Medal Awarded"), ("H", "Prescription Drug Take Back")]
out = ["BROOKLYN DISTRICT ATTORNEY'S OFFICE", "PRESS RELEASES", "", ""]
for k, t in short4:
    s = S[k]
    out += [t, date.fromisoformat(s["date"]).strftime("%B %-d, %Y"), ""]
    for p in s["paras"]:
        out += [p, ""]
    out += ["#", "", ""]
write("bkda-releases-short-titles.txt", "\n".join(out),
      "WRITTEN text file of three releases under a two-line issuer header: each a 2-4 word title line, a date line, body paragraphs and a # end mark. Each release is published on its own date.",
      [rec(k, t, S[k]["date"], [S[k]["date"]]) for k, t in short4])

# 5/6. PDFs: spec for gen.go (titles bold at body size; titles slightly larger and long).
spec = [
 {"file": "bkda-justice-news-bodybold.pdf", "masthead": "Justice News", "sub": "Brooklyn District Attorney's Office", "issue": "October 2021",
  "running": "Justice News - October 2021", "cols": 2, "head_size": 10, "head_bold": True, "body_size": 10, "body_font": "Times", "contents": False,
  "footer": "350 Jay Street, Brooklyn, NY 11201",
  "articles": [{"headline": "Summer High School Internships", "paras": S["A"]["paras"]},
               {"headline": "Saturday Night Lights Soccer Program Comes to East Flatbush", "paras": S["E"]["paras"]},
               {"headline": "Pride Connect", "paras": S["G"]["paras"]}]},
 {"file": "bkda-community-report-larger.pdf", "masthead": "Community Report", "sub": "Brooklyn District Attorney's Office", "issue": "July 2020",
  "running": "Community Report - July 2020", "cols": 1, "head_size": 12, "head_bold": True, "body_size": 10, "body_font": "Helvetica", "contents": False,
  "footer": "350 Jay Street, Brooklyn, NY 11201",
  "articles": [{"headline": S["D"]["long"].replace("’", "'"), "paras": S["D"]["paras"]},
               {"headline": S["J"]["long"].replace("’", "'"), "paras": S["J"]["paras"]},
               {"headline": S["I"]["long"], "paras": S["I"]["paras"]}]},
]
json.dump(spec, open(os.path.join(HERE, "spec.json"), "w"), indent=1, ensure_ascii=False)
gold("bkda-justice-news-bodybold.pdf",
     "WRITTEN PDF newsletter (fpdf, two columns): three stories whose titles are bold at body size (4, 9 and 2 words), body in Times. Published = the issue month October 2021.",
     [rec("A", "Summer High School Internships", "2021-10"), rec("E", "Saturday Night Lights Soccer Program Comes to East Flatbush", "2021-10"), rec("G", "Pride Connect", "2021-10")])
gold("bkda-community-report-larger.pdf",
     "WRITTEN PDF newsletter (fpdf, one column): three stories whose long titles (11-12 words) are bold, 2 pt larger than the body. Published = the issue month July 2020.",
     [rec("D", S["D"]["long"].replace("’", "'"), "2020-07"), rec("J", S["J"]["long"].replace("’", "'"), "2020-07"), rec("I", S["I"]["long"], "2020-07")])

# 7. Negative: one release with bold sub-heading lines, each followed by a paragraph.
s = S["J"]
sub = [("Background", s["paras"][0]), ("Keynote speaker", s["paras"][1]), ("Workshops", s["paras"][2]), ("Next steps", s["paras"][3])]
doc7 = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(s["long"])}</title></head>
<body><header><a href="/">Brooklyn District Attorney's Office</a> <nav><a href="/newsroom">Newsroom</a> <a href="/contact">Contact</a></nav></header>
<main><article>
<h1>{E(s["long"])}</h1>
<p class="date">Wednesday, October 25, 2017</p>
<p>Acting Brooklyn District Attorney Eric Gonzalez today announced a day-long event that will include speakers, a Title IX panel, a performance, a resource fair and workshops to address causes and solutions of sexual violence on campus.</p>
''' + "\n".join(f'<p><strong>{E(h)}</strong></p>\n<p>{E(p)}</p>' for h, p in sub) + '''
<p>#</p>
</article></main>
<footer><p>350 Jay Street, Brooklyn, NY 11201</p></footer></body></html>
'''
r = rec("J", s["long"], "2017-10-25", ["2017-10-25"])
write("bkda-symposium-subheadings.html", doc7,
      "NEGATIVE (written): ONE release with an h1 headline, a date line, a lead paragraph and four bold sub-heading lines (Background, Keynote speaker, Workshops, Next steps) each followed by one paragraph. One record.", [r])

# 8. Negative: one release as text with numbered sub-headings.
s = S["D"]
out = ["BROOKLYN DISTRICT ATTORNEY'S OFFICE", "", "FOR IMMEDIATE RELEASE", "Monday, March 26, 2018", "", s["long"], "",
       s["paras"][0], "", "1. The program", "", s["paras"][1], "", "2. Schedule", "", s["paras"][2], "", "3. Contact", "",
       "Applications are made through the Bureau of Youth Diversion programs. Participants will produce their own original content which will be aired on Brooklyn Free Speech TV and its online platforms.", "", "#", ""]
r = rec("D", s["long"], "2018-03-26", ["2018-03-26"])
r["agencies_optional"] += ["Bureau of Youth Diversion", "Brooklyn Free Speech TV"]
write("bkda-apprenticeship-numbered.txt", "\n".join(out),
      "NEGATIVE (written): ONE text release (issuer line, FOR IMMEDIATE RELEASE, date, headline) with three numbered sub-headings (1. The program, 2. Schedule, 3. Contact). One record.", [r])
print("ok")
