#!/usr/bin/env python3
"""Writes docs/ (HTML, text; the PDF via spec.json + gen.go) and gold/ of train9/seg11.
Markup WRITTEN in the style of government e-mail tools, CMS pages and text releases;
the words are those of two real Beehive Bulletins (stories.py). Gold written by hand
BEFORE communique ran on any document."""
import json, os, html, re
from stories import S

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs"); GOLD = os.path.join(HERE, "..", "gold")
E = html.escape


def rec(key, title, published, issue_date=True):
    s = S[key]
    return {"title": title, "published": published,
            "dates": list(s["dates"]), "dates_optional": list(s["dates_opt"]) + ([published] if issue_date else []),
            "people": [{"name": p} for p in s["people"]], "people_optional": [],
            "agencies": list(s["agencies"]), "agencies_optional": list(s["agencies_opt"]),
            "agenda": [], "agenda_optional": []}


def write(name, text, notes, records):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(GOLD, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"source": name, "notes": notes, "records": records}, f, indent=1, ensure_ascii=False)
        f.write("\n")


# 1. HTML e-mail bulletin: four stories, a bold div title line (3-7 words) over ONE long paragraph; no h1-h6.
rows = []
for k in ["S1", "S2", "S3", "S4"]:
    rows.append(f'''<tr><td class="story" style="padding:20px 32px 4px 32px;">
<div style="font-family:Helvetica,Arial,sans-serif;font-size:17px;font-weight:700;line-height:22px;color:#1d3557;">{E(S[k]["title"])}</div>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;padding-top:6px;">{E(S[k]["paras"][0])}</div>
</td></tr>''')
doc1 = f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Beehive Bulletin</title>
<style>td.story a{{color:#1d3557}}</style></head>
<body style="margin:0;background:#f2f2f2;">
<center><table role="presentation" width="640" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;">
<tr><td style="padding:8px 32px;font-family:Arial,sans-serif;font-size:11px;color:#888888;">Having trouble reading this e-mail? <a href="https://example.govt.nz/bulletin/2003-07-25" style="color:#888888;">Read it online</a></td></tr>
<tr><td style="background:#1d3557;padding:22px 32px;font-family:Georgia,serif;color:#ffffff;"><span style="font-size:28px;">Beehive Bulletin</span><br><span style="font-size:13px;letter-spacing:1px;">FRIDAY 25 JULY 2003</span></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:26px 32px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #dddddd;">Parliament Buildings, Wellington &middot; You receive the Beehive Bulletin because you subscribed to it. <a href="#">Unsubscribe</a> &middot; <a href="#">Forward to a friend</a></td></tr>
</table></center></body></html>
'''
write("nzbb-email-2003-07-25.html", doc1,
      "WRITTEN HTML e-mail bulletin (table layout, inline styles, no h1-h6): four stories, each a bold <div> title line and ONE long paragraph, words of the Beehive Bulletin of 25 July 2003. Published = the issue date of the masthead (optional in each story's dates). Masthead and footer are no record.",
      [rec(k, S[k]["title"], "2003-07-25") for k in ["S1", "S2", "S3", "S4"]])

# 2. Text bulletin: five stories, title lines, the first story with four 'Word –' principle labels inside it.
parts = ["BEEHIVE BULLETIN – FRIDAY 22 AUGUST 2003", ""]
for k in ["T1", "T2", "T3", "T4", "T5"]:
    s = S[k]
    parts += [s["title"], ""]
    for p in s["paras"]:
        parts += [p, ""]
    for lab, txt in s.get("principles", []):
        parts += [lab + " –", "", txt, ""]
    if s.get("tail"):
        parts[-2] = parts[-2] + " " + s["tail"]
parts += ["ENDS", ""]
write("nzbb-bulletin-2003-08-22.txt", "\n".join(parts),
      "Text of the Beehive Bulletin of 22 August 2003 as issued (issue line, five stories each a title line over its paragraphs, ENDS). The first story's four principle labels ('Access –' ...) are inside that story and do not split it. Published = issue date.",
      [rec(k, S[k]["title"], "2003-08-22") for k in ["T1", "T2", "T3", "T4", "T5"]])

# 3. PDF newsletter (spec.json; gen.go): three stories, titles bold at BODY size, one column.
spec = [{"file": "nzbb-bulletin-2003-07-25.pdf", "masthead": "Beehive Bulletin", "sub": "Weekly news from the New Zealand Government",
         "issue": "Friday 25 July 2003", "running": "Beehive Bulletin - 25 July 2003", "cols": 1, "head_size": 11, "head_bold": True,
         "body_size": 11, "body_font": "Times", "contents": False, "footer": "Parliament Buildings, Wellington",
         "articles": [{"headline": S[k]["title"], "paras": S[k]["paras"]} for k in ["S5", "S6", "S3"]]}]
with open(os.path.join(HERE, "spec.json"), "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=1, ensure_ascii=False)
write_pdf_gold = ("nzbb-bulletin-2003-07-25.pdf",
      "WRITTEN PDF newsletter (fpdf, tools/gen.go from spec.json): masthead, issue line, three stories of the Beehive Bulletin of 25 July 2003 whose titles are bold at the body's size. Published = issue date.",
      [rec(k, S[k]["title"], "2003-07-25") for k in ["S5", "S6", "S3"]])
with open(os.path.join(GOLD, write_pdf_gold[0] + ".gold.json"), "w", encoding="utf-8") as f:
    json.dump({"source": write_pdf_gold[0], "notes": write_pdf_gold[1], "records": write_pdf_gold[2]}, f, indent=1, ensure_ascii=False)
    f.write("\n")

# 4. NEGATIVE: one release page, h1 headline, date line, four h3 principle headings each over ONE paragraph.
t1 = S["T1"]
body = "".join(f"<p>{E(p)}</p>\n" for p in t1["paras"])
body += "".join(f"<h3>{E(l)}</h3>\n<p>{E(t)}</p>\n" for l, t in t1["principles"])
body += f"<h3>Have your say</h3>\n<p>{E(t1['tail'])}</p>\n"
doc4 = f'''<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><title>Foreshore and seabed proposals released | Beehive</title>
<meta property="og:title" content="Foreshore and seabed proposals released"></head>
<body><header class="site-header"><a href="/">Beehive</a><nav><ul><li><a href="/releases">Releases</a></li><li><a href="/speeches">Speeches</a></li><li><a href="/ministers">Ministers</a></li></ul></nav></header>
<main><article class="release">
<h1>Foreshore and seabed proposals released</h1>
<div class="release-meta"><span class="date">22 August 2003</span> <span class="portfolio">Prime Minister</span></div>
{body}</article>
<aside><h2>Related releases</h2><ul><li><a href="/release/17801">Changes to maximum fees system</a> 21 August 2003</li><li><a href="/release/17790">Credit upgrade for New Zealand</a> 20 August 2003</li></ul></aside></main>
<footer><p>New Zealand Government</p></footer></body></html>
'''
r4 = rec("T1", "Foreshore and seabed proposals released", "2003-08-22")
write("nzbb-foreshore-release.html", doc4,
      "WRITTEN release page after the first story of the 22 August 2003 bulletin: ONE release (h1, date line) whose four h3 principle headings each sit over one paragraph, then a 'Have your say' heading: one record, the headings do not split it. Related-releases aside is chrome.",
      [r4])

# 5. NEGATIVE: one text release with three written sub-heading lines.
t4 = S["T4"]["paras"][0]
sents = re.split(r"(?<=\.) ", t4)
doc5 = "\n".join([
    "MEDIA STATEMENT", "Hon Michael Cullen, Minister of Finance", "22 August 2003", "",
    "Credit upgrade for New Zealand", "",
    sents[0], "",
    "Rating raised to AA+", "",
    sents[1], "",
    "Resilience recognised", "",
    sents[2] + " " + sents[3], "",
    "A vote of confidence", "",
    sents[4], "", "ENDS", ""])
write("nzbb-credit-upgrade-statement.txt", doc5,
      "WRITTEN text media statement after the fourth story of the 22 August 2003 bulletin: issuer line, date line, headline, then three written sub-heading lines each over one paragraph: ONE record.",
      [rec("T4", "Credit upgrade for New Zealand", "2003-08-22")])
print("ok")
