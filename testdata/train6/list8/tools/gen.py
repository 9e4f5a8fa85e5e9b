#!/usr/bin/env python3
"""Writes the WRITTEN pages of train6/list8 (docs/) and their gold (gold/).

Words: real releases of dstl/re3d (see items.py and fulltexts.json, which
holds the paragraphs of nine releases exactly as in documents.json). Markup:
written in the style of the CMSs named in each page's gold notes. Run from
the repository root: python3 testdata/train6/list8/tools/gen.py
"""
import datetime
import html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from items import ITEMS, P, A  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..")
FULL = json.load(open(os.path.join(os.path.dirname(__file__), "fulltexts.json")))
E = html.escape


def d(iso):
    return datetime.date.fromisoformat(iso)


def long_us(iso):  # January 8, 2017
    x = d(iso)
    return f"{x:%B} {x.day}, {x.year}"


def long_uk(iso):  # 8 January 2017
    x = d(iso)
    return f"{x.day} {x:%B} {x.year}"


def short_uk(iso):  # 8 Jan 2017
    x = d(iso)
    return f"{x.day} {x:%b} {x.year}"


def dmy(iso):  # 08/01/2017
    return f"{d(iso):%d/%m/%Y}"


def shown(names, text):
    """Keeps the entities whose name, alias or acronym the shown text holds."""
    out = []
    for n in names:
        if isinstance(n, str):
            keys = [n]
        else:
            keys = [n["name"]] + n.get("aliases", []) + ([n["acronym"]] if n.get("acronym") else [])
        if any(k in text for k in keys):
            out.append(n)
    return out


def item_record(key, with_summary=True, extra_dates=None):
    it = ITEMS[key]
    text = it["title"] + " " + (it["summary"] if with_summary else "")
    dates = [it["date"]] + (it["dates"] if with_summary else (extra_dates or []))
    return dict(title=it["title"], published=it["date"], dates=sorted(set(dates)), dates_optional=[],
                people=shown(it["people"], text), people_optional=[],
                agencies=shown(it["agencies"], text), agencies_optional=shown(it["agencies_optional"], text),
                agenda=[], agenda_optional=[])


def record(title, published, dates, people=(), agencies=(), agencies_optional=(), dates_optional=(), people_optional=()):
    return dict(title=title, published=published, dates=sorted(set([published] + list(dates))),
                dates_optional=list(dates_optional), people=list(people), people_optional=list(people_optional),
                agencies=list(agencies), agencies_optional=list(agencies_optional), agenda=[], agenda_optional=[])


def write(name, page, notes, records):
    with open(os.path.join(ROOT, "docs", name), "w") as f:
        f.write(page)
    with open(os.path.join(ROOT, "gold", name + ".gold.json"), "w") as f:
        json.dump(dict(source=name, notes=notes, records=records), f, indent=1, ensure_ascii=False)
        f.write("\n")


def paras(key):
    return "\n".join(f"<p>{E(p)}</p>" for p in FULL[key])


# 1. Canada.ca (WET) style news results: <article> items, ISO dates, type label.
def canada_results():
    keys = ["c-casualty", "c-jandal", "c-tanks", "c-raqqah", "c-hospital", "c-townsend", "c-gasmasks", "c-eagerlion"]
    arts = []
    for i, k in enumerate(keys):
        it = ITEMS[k]
        arts.append(f"""<article class="item">
<h3 class="h5"><a href="/en/news/2016/{i + 101}.html">{E(it['title'])}</a></h3>
<p><time datetime="{it['date']}">{it['date']}</time> | News release | Operation Inherent Resolve</p>
<p>{E(it['summary'])}</p>
</article>""")
        if i == 3:
            arts.append('<div class="well well-sm"><p><strong>Media enquiries:</strong> <a href="/en/contact.html">Contact the public affairs office</a></p></div>')
    page = f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>News results - Operation Inherent Resolve news centre</title>
<meta name="dcterms.modified" content="2017-01-10">
<link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/theme.min.css">
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><a href="/en.html">Coalition news centre</a>
<section id="wb-srch"><form action="/en/sr/srb.html"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></section></div>
<nav id="wb-bc"><ol class="breadcrumb"><li><a href="/en.html">Home</a></li><li><a href="/en/news.html">News</a></li></ol></nav></header>
<main property="mainContentOfPage" class="container">
<h1 property="name" id="wb-cont">News results</h1>
<div class="row"><div class="col-md-4"><form><label for="type">Type</label><select id="type"><option>All</option><option>News release</option><option>Statement</option></select>
<label for="from">From</label><input id="from" type="date"><button>Filter</button></form></div>
<div class="col-md-8"><p>Showing 1 to 8 of 214 results</p>
<section class="results">
{chr(10).join(arts)}
</section>
<ul class="pagination"><li class="active"><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2" rel="next">Next</a></li></ul>
</div></div>
<div class="pagedetails"><dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2017-01-10</time></dd></dl></div>
</main>
<footer id="wb-info"><nav><ul><li><a href="/en/social.html">Social media</a></li><li><a href="/en/mobile.html">Mobile applications</a></li><li><a href="/en/transparency/terms.html">Terms and conditions</a></li><li><a href="/en/transparency/privacy.html">Privacy</a></li></ul></nav></footer>
</body>
</html>
"""
    notes = ("WRITTEN page in the style of a Canada.ca (WET theme) news-results page: each result an <article> with a linked h3 headline, "
             "an ISO <time> date followed by a type label, and the release's first sentence. Words: 8 real CENTCOM releases (dstl/re3d); "
             "listing dates are written (consistent with each text). A media-enquiries box sits between results 4 and 5. "
             "One record per result: headline, its date, the sentence; entities those the headline and sentence name. Filters, "
             "result count, pagination and 'Date modified' are chrome.")
    write("news-results-wet-articles.html", page, notes, [item_record(k) for k in keys])


# 2. WordPress embassy "Statements" list: <ul> with a heading item, an unlinked item, an ad item, a "more" item.
def embassy_ul():
    keys = ["s-loan", "s-baghdad", "s-condemns", "s-iraq", "s-turkey", "s-mosulforces", "s-jabla"]
    lis = ['<li class="widget-heading"><h2>Statements</h2></li>']
    for i, k in enumerate(keys):
        it = ITEMS[k]
        head = (f'<strong class="entry-title">{E(it["title"])}</strong>' if k == "s-iraq"
                else f'<a class="entry-title" href="https://example-embassy.usembassy.gov/{d(it["date"]):%Y/%m}/{k}/" rel="bookmark">{E(it["title"])}</a>')
        lis.append(f"""<li class="post-{1000 + i} post type-post status-publish format-standard">
  {head}
  <div class="entry-meta"><span class="posted-on">{long_us(it['date'])}</span> | <span class="cat-links"><a href="/category/statements/">Statements</a></span></div>
  <div class="entry-summary"><p>{E(it['summary'])}</p></div>
</li>""")
        if i == 2:
            lis.append('<li class="promo"><a href="/alerts/"><img src="/wp-content/uploads/alerts.png" alt=""> Sign up for embassy alerts and messages</a></li>')
    lis.append('<li class="more-link"><a href="/category/statements/page/2/">More statements &raquo;</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Statements &#8211; U.S. Embassy</title>
<meta property="og:type" content="website">
<meta property="og:title" content="Statements">
<link rel='stylesheet' href='/wp-content/themes/usembassy/style.css' type='text/css' media='all' />
</head>
<body class="archive category category-statements">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">U.S. Embassy</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/news-events/">News &amp; Events</a></li><li><a href="/u-s-citizen-services/">U.S. Citizen Services</a></li><li><a href="/visas/">Visas</a></li><li><a href="/embassy/">Embassy</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">News &amp; Events</h1></header>
<ul class="posts-list">
{chr(10).join(lis)}
</ul>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Embassy Alerts</h2><ul><li><a href="/alerts/">Alerts for U.S. citizens</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>This is the official website of the U.S. Embassy. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.</p></footer>
</div>
</body>
</html>
"""
    notes = ("WRITTEN page in the style of a WordPress U.S. embassy 'News & Events' archive: a <ul> whose first item is the list heading "
             "'Statements', then 7 posts (headline link, 'Month D, YYYY | Statements', one-sentence excerpt), one post's headline not "
             "linked (a <strong>), an alerts promo item after the third post and a 'More statements' item at the end. Words: 7 real State "
             "Department statements (dstl/re3d); dates written (year and month from the state.gov URL). One record per post; entities "
             "those the headline and excerpt name.")
    write("embassy-statements-ul-odd-items.html", page, notes, [item_record(k) for k in keys])


# 3. ASP.NET-style table of media releases: header row, date and title cells, no summaries.
def table_rows():
    keys = ["s-riyadh", "s-hasaka", "s-blinken", "s-thames", "s-hurriya", "s-turkey", "s-ford", "s-websites"]
    keys.sort(key=lambda k: ITEMS[k]["date"], reverse=True)
    rows = []
    for i, k in enumerate(keys):
        it = ITEMS[k]
        cls = "rowA" if i % 2 == 0 else "rowB"
        typ = "Media Note" if k in ("s-blinken", "s-thames") else "Press Statement"
        rows.append(f'<tr class="{cls}"><td class="date" nowrap>{dmy(it["date"])}</td><td><a href="Release.aspx?id={4400 + i}">{E(it["title"])}</a></td><td>{typ}</td></tr>')
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Media releases</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body>
<form name="aspnetForm" method="post" action="Releases.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<table width="100%" cellpadding="0" cellspacing="0" id="layout">
<tr><td colspan="2" class="banner"><a href="Default.aspx">Regional Media Hub</a> | <a href="Contact.aspx">Contact us</a> | <a href="Sitemap.aspx">Site map</a></td></tr>
<tr><td class="leftnav" valign="top" width="180"><ul><li><a href="Default.aspx">Home</a></li><li><a href="Releases.aspx">Media releases</a></li><li><a href="Transcripts.aspx">Transcripts</a></li><li><a href="Speeches.aspx">Speeches</a></li></ul></td>
<td valign="top" class="content">
<h1>Media releases</h1>
<p>Year: <select name="ctl00$year"><option>2016</option><option selected="selected">All</option></select> <input type="submit" value="Go" /></p>
<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_gvReleases" style="border-collapse:collapse;">
<tr class="header"><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Type</th></tr>
{chr(10).join(rows)}
<tr class="pager"><td colspan="3"><span>1</span> <a href="javascript:__doPostBack('ctl00$gvReleases','Page$2')">2</a> <a href="javascript:__doPostBack('ctl00$gvReleases','Page$3')">3</a></td></tr>
</table>
</td></tr>
<tr><td colspan="2" class="footer">Page last updated 14/01/2016 &nbsp; &copy; 2016</td></tr>
</table>
</form>
</body>
</html>
"""
    notes = ("WRITTEN page in the style of an ASP.NET WebForms media-release grid (layout table, GridView rows with DD/MM/YYYY date, "
             "linked title and type cells, header and pager rows). Words: 8 real State Department titles (dstl/re3d); dates written. "
             "Rows carry no summary, so each record is its title and date and the entities the title names (a date range in a title "
             "is a date). Navigation, year filter, pager and the footer's 'last updated' are chrome.")
    recs = [item_record(k, with_summary=False, extra_dates=(["2015-11-22/2015-11-23"] if k == "s-blinken" else [])) for k in keys]
    write("media-releases-aspnet-grid.html", page, notes, recs)


# 4. Definition list: <dt> date, <dd> linked headline and summary.
def dl_list():
    keys = ["d-bishop", "d-evaluation", "d-unsc", "s-condemns", "s-loan"]
    keys.sort(key=lambda k: ITEMS[k]["date"], reverse=True)
    parts = []
    for i, k in enumerate(keys):
        it = ITEMS[k]
        parts.append(f'<dt>{long_uk(it["date"])}</dt>\n<dd><a href="/news/item{i + 1}.html">{E(it["title"])}</a><br />\n{E(it["summary"])}</dd>')
    page = f"""<html>
<head>
<title>Iraq and Syria: news archive</title>
<meta name="description" content="News archive">
</head>
<body bgcolor="#ffffff">
<div id="top"><img src="/img/crest.gif" alt="Crest"> <a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; Iraq and Syria</div>
<div id="main">
<h2>News archive: Iraq and Syria</h2>
<p>Items are listed newest first. See also <a href="/news/rss.xml">RSS</a>.</p>
<dl class="newslist">
{chr(10).join(parts)}
</dl>
<p><a href="/news/archive-2014.html">Earlier items</a></p>
</div>
<div id="footer"><hr>Last modified: 3 February 2017 | <a href="/privacy.html">Privacy</a> | <a href="/copyright.html">Copyright</a></div>
</body>
</html>
"""
    notes = ("WRITTEN page in the style of a hand-made ministry news archive: a <dl> whose <dt> is the date (D Month YYYY) and whose <dd> "
             "holds the linked headline, <br>, and the first sentence. Words: 3 real DFAT items and 2 State Department statements "
             "(dstl/re3d); dates written. One record per entry.")
    write("news-archive-definition-list.html", page, notes, [item_record(k) for k in keys])


# 5. One table cell of <br>-separated groups: bold headline, date, summary, blank line.
def br_groups():
    keys = ["c-eagerlion", "c-townsend", "c-gasmasks", "s-jabla", "s-iraq", "s-mosulforces"]
    keys.sort(key=lambda k: ITEMS[k]["date"], reverse=True)
    parts = []
    for k in keys:
        it = ITEMS[k]
        parts.append(f'<b><a href="/news.php?id={1000 + sum(map(ord, k))}">{E(it["title"])}</a></b><br>\n<font size="1" color="#666666">{short_uk(it["date"])}</font><br>\n{E(it["summary"])}<br>\n<br>')
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Latest News</title>
</head>
<body leftmargin="0" topmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="90" alt="Coalition Information Centre"></td></tr>
<tr><td width="160" valign="top" bgcolor="#e8e8e8"><a href="index.php">Home</a><br><a href="news.php">Latest News</a><br><a href="about.php">About</a><br><a href="links.php">Links</a></td>
<td width="600" valign="top" class="body">
<font face="Arial" size="2">
<font size="4"><b>Latest News</b></font><br>
<br>
{chr(10).join(parts)}
<a href="news.php?page=2">Older news &gt;&gt;</a>
</font>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">&copy; 2016 Coalition Information Centre. Updated 25/11/2016.</font></td></tr>
</table>
</body>
</html>
"""
    notes = ("WRITTEN page in the style of an early-2000s table-layout site: one <td> holds all items as <br>-separated groups "
             "(bold linked headline, small-font date 'D Mon YYYY', first sentence, blank line); no element per item. Words: 3 CENTCOM "
             "and 3 State Department releases (dstl/re3d); dates written. One record per group.")
    write("latest-news-br-groups.html", page, notes, [item_record(k) for k in keys])


# 6. GovDelivery-style e-mail bulletin, table layout, four long stories under styled bold headlines.
def bulletin():
    issue = "2016-12-16"
    stories = [
        ("c-tanks", record("Airstrikes destroy ISIL’s captured tanks", issue, ["2016-12-15", "2016-12-11/2016-12-13", "2016-12-14"],
                           people=[P("Stephen J. Townsend", "Townsend"), P("John “J.D.” Dorrian", "John Dorrian", "Dorrian")],
                           agencies=[A("CJTF-OIR", None, "Combined Joint Task Force - Operation Inherent Resolve")],
                           agencies_optional=["ISIL", "Coalition"])),
        ("c-raqqah", record("SDF initiate next phase of Raqqah isolation", issue, ["2016-12-10", "2016-11-05"],
                            agencies=[A("Syrian Democratic Forces", "SDF")],
                            agencies_optional=["ISIL", "Syrian Arab Coalition", "SAC", "Coalition"])),
        ("c-hospital", record("Coalition Strikes Mosul Hospital", issue, ["2016-12-06", "2016-12-07"],
                              agencies=[A("Iraqi Security Forces", "ISF")],
                              agencies_optional=["ISIL", "Al Salem hospital", "Coalition"])),
        ("c-gasmasks", record("Coalition provides ISF, Peshmerga with over 24K gasmasks", issue, [],
                              people=[P("Gary J. Volesky", "Volesky")],
                              agencies=[A("Combined Joint Task Force - Operation Inherent Resolve", "CJTF-OIR"),
                                        A("Iraqi security forces", "ISF"),
                                        A("Combined Joint Forces Land Component Command - Operation Inherent Resolve")],
                              agencies_optional=["Peshmerga", "ISIL", "Islamic State of Iraq and the Levant", "Iraqi government", "Coalition"])),
    ]
    blocks = []
    for k, r in stories:
        body = "\n".join(f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333333;">{E(p)}</p>' for p in FULL[k])
        blocks.append(f"""<tr><td class="story" style="padding:18px 24px 6px 24px;">
<span style="font-family:Georgia,serif;font-size:20px;font-weight:bold;color:#1b365d;">{E(r['title'])}</span>
<div style="height:10px;line-height:10px;">&nbsp;</div>
{body}
</td></tr>
<tr><td style="padding:0 24px;"><hr style="border:0;border-top:1px solid #cccccc;"></td></tr>""")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Counter-ISIL Coalition Weekly Update</title>
<style type="text/css">body{{margin:0;padding:0;}} .story p{{margin:0;}}</style></head>
<body style="margin:0;padding:0;background-color:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" class="container">
<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777777;">Having trouble viewing this email? <a href="https://content.govdelivery.com/accounts/XX/bulletins/1a2b3c">View it as a Web page</a>.</td></tr>
<tr><td bgcolor="#1b365d" style="padding:20px 24px;font-family:Arial,sans-serif;font-size:26px;color:#ffffff;">Coalition Weekly Update</td></tr>
<tr><td style="padding:10px 24px;font-family:Arial,sans-serif;font-size:13px;color:#555555;">{long_us(issue)}</td></tr>
{chr(10).join(blocks)}
<tr><td style="padding:18px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777777;">You are subscribed to Coalition news updates. <a href="https://public.govdelivery.com/accounts/XX/subscriber/edit">Manage Preferences</a> | <a href="https://public.govdelivery.com/accounts/XX/subscriber/one_click_unsubscribe">Unsubscribe</a> | <a href="https://subscriberhelp.govdelivery.com/">Help</a></td></tr>
<tr><td style="padding:10px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777777;">This email was sent using GovDelivery Communications Cloud.</td></tr>
</table></td></tr></table>
</body>
</html>
"""
    notes = ("WRITTEN e-mail bulletin in the style of GovDelivery: nested layout tables, a masthead, the issue date, then four stories, "
             "each a table cell with an inline-styled bold 20px headline (a <span>, no heading tag) and its paragraphs; 'view as web "
             "page' and subscription footer. Words: 4 real CENTCOM releases in full (dstl/re3d). Published = the issue date for "
             "every story; days without a year take 2016 from the issue. One record per story.")
    write("coalition-update-email-bulletin.html", page, notes, [r for _, r in stories])


# 7. Three full releases one after another on one page.
def three_releases():
    recs = [
        ("s-baghdad", "Washington, DC", record("Terrorist Attacks in Baghdad", "2017-01-08", [],
                                              agencies_optional=["Da’esh", "Dae’sh", "Global Coalition"])),
        ("s-loan", "Washington, DC", record("The United States and Iraq Sign Loan Guarantee Agreement", "2017-01-19", ["2016-05"],
                                           people=[P("Obama")], agencies=[A("International Monetary Fund")],
                                           agencies_optional=["G7", "Daesh"])),
        ("s-hurriya", "Washington, DC", record("Rocket Attack on Camp Hurriya in Iraq", "2015-10-29", ["2011-12-25"],
                                              agencies=[A("United Nations", "UN"), A("UN High Commissioner for Refugees")],
                                              agencies_optional=["Government of Iraq", "The Department", "MEK"])),
    ]
    blocks = []
    for k, place, r in recs:
        blocks.append(f"""<div class="release">
<h3 class="title">{E(r['title'])}</h3>
<div class="meta"><span class="kind">Press Statement</span> &middot; <span class="place">{place}</span> &middot; <span class="date">{long_us(r['published'])}</span></div>
<div class="body">
{paras(k)}
</div>
<div class="release-footer"><a href="#top">Back to top</a></div>
</div>""")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Iraq: selected statements</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<a id="top"></a>
<div class="header"><div class="logo">Office of the Spokesperson</div>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/briefings/">Briefings</a></li><li><a href="/statements/">Statements</a></li></ul></div>
<div class="main">
<h1>Iraq: selected statements</h1>
{chr(10).join(blocks)}
</div>
<div class="footer">Content current as of January 2017. <a href="/privacy/">Privacy</a></div>
</body>
</html>
"""
    notes = ("WRITTEN page holding three full press statements one after another (div.release: h3 headline, a 'Press Statement · "
             "place · date' line, paragraphs, 'Back to top'). Words: 3 real State Department statements in full (dstl/re3d); dates "
             "written. One record per statement. 'On Saturday' and 'this weekend' are relative and left out.")
    write("three-statements-one-page.html", page, notes, [r for _, _, r in recs])


# 8. One article with a 'Related news' list inside the content (negative).
def related_list():
    r = record("Department of State Supports the Conservation of the Iconic Ishtar Gate at Iraq's Ancient City of Babylon", "2015-12-14",
               ["2009", "2017"],
               people=[P("Jonathan Cohen"), P("Ahmed Kamil Murad")],
               people_optional=["Nebuchadnezzar II"],
               agencies=[A("Iraqi Museum"), A("Iraqi Ministry of Culture"), A("State Board of Antiquities and Heritage", "SBAH"),
                         A("World Monuments Fund", "WMF"), A("Department of State")],
               agencies_optional=["U.S. Embassy", "Office of Museums", "Future of Babylon"])
    rel = ["s-riyadh", "s-hasaka", "s-hurriya", "s-blinken"]
    lis = "\n".join(f'<li><a href="/r/pa/prs/ps/{d(ITEMS[k]["date"]):%Y/%m}/{k}.htm">{E(ITEMS[k]["title"])}</a> <span class="date">{long_us(ITEMS[k]["date"])}</span></li>' for k in rel)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Department of State Supports the Conservation of the Iconic Ishtar Gate at Iraq's Ancient City of Babylon</title></head>
<body>
<div id="header"><a href="/">U.S. Department of State</a><ul><li><a href="/secretary/">Secretary</a></li><li><a href="/r/pa/prs/ps/">Press Releases</a></li></ul></div>
<div id="content">
<article class="press-release">
<p class="kicker">Media Note</p>
<h1>Department of State Supports the Conservation of the Iconic Ishtar Gate at Iraq's Ancient City of Babylon</h1>
<p class="byline">Office of the Spokesperson<br>Washington, DC<br>{long_us(r['published'])}</p>
{paras('s-ishtar')}
<section class="related">
<h2>Related news</h2>
<ul>
{lis}
</ul>
</section>
</article>
</div>
<div id="footer">The Office of Website Management, Bureau of Public Affairs, manages this site. <a href="/privacy/">Privacy</a></div>
</body>
</html>
"""
    notes = ("WRITTEN single media note (real State Department text in full, dstl/re3d; date written) whose <article> ends with a "
             "'Related news' <ul> of four other releases with their dates. ONE record: the related list is not part of the release "
             "(its titles, people and dates are not annotated). '575 B.C.' is left out.")
    write("media-note-with-related-news.html", page, notes, [r])


# 9. One article followed by 'More from the newsroom' cards inside <main> (negative).
def more_cards():
    r = record("Additional Assistance for the Syrian Opposition", "2015-10-31", ["2012"],
               people=[P("Antony Blinken", "Blinken")],
               agencies=[A("Syria Recovery Trust Fund", "SRTF")],
               agencies_optional=["Manama Dialogue"])
    more = ["s-thames", "s-riyadh", "s-ford"]
    cards = "\n".join(f"""<div class="card">
<div class="card-body"><h3 class="card-title"><a href="/news/{k}/">{E(ITEMS[k]['title'])}</a></h3>
<p class="card-date">{short_uk(ITEMS[k]['date'])}</p>
<p class="card-text">{E(ITEMS[k]['summary'])}</p></div>
</div>""" for k in more)
    page = f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8">
<meta property="og:title" content="Additional Assistance for the Syrian Opposition">
<meta property="article:published_time" content="2015-10-31T10:00:00-04:00">
<title>Additional Assistance for the Syrian Opposition | Newsroom</title></head>
<body>
<header class="navbar"><a class="navbar-brand" href="/">Newsroom</a><nav><a href="/press/">Press</a> <a href="/media/">Media</a></nav></header>
<main class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/press/">Press</a></li></ol></nav>
<div class="post">
<h1 class="post-title">Additional Assistance for the Syrian Opposition</h1>
<div class="post-meta">Press Statement | {short_uk(r['published'])}</div>
{paras('s-assist')}
</div>
<div class="more-news">
<h2>More from the newsroom</h2>
<div class="card-deck">
{cards}
</div>
</div>
</main>
<footer class="footer"><p>&copy; 2016 Newsroom</p></footer>
</body>
</html>
"""
    notes = ("WRITTEN single press statement (real State Department text in full, dstl/re3d; date written) followed inside <main> "
             "by a 'More from the newsroom' deck of three cards (linked h3 headline, date, one-sentence summary). ONE record: the "
             "cards are not part of the statement.")
    write("statement-with-more-news-cards.html", page, notes, [r])


if __name__ == "__main__":
    for f in (canada_results, embassy_ul, table_rows, dl_list, br_groups, bulletin, three_releases, related_list, more_cards):
        f()
