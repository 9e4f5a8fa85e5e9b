exec(open('/tmp/seg6/gen.py').read())
# ---- C2: Isomer-style (Jekyll) media releases card list, written
ids=[28,29,30,31,32,35,37,38]
items=[sd(i) for i in ids]
cards=[]
for x in items:
    t=first_sentence(x['paras'][1])
    cards.append(f'''        <a class="col is-half-desktop is-full-mobile media-item" href="/media-releases/{x['link'].rstrip('/').split('/')[-1]}/">
          <div class="media-item-box">
            <p class="has-text-weight-semibold is-uppercase media-category">Media Release</p>
            <h3 class="has-text-secondary has-text-weight-semibold media-title">{e(x['title'])}</h3>
            <p class="media-description">{e(t)}</p>
            <p class="media-date">{x['d'].strftime('%d %b %Y')}</p>
          </div>
        </a>''')
page=f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Media Releases | Press Office</title>
<meta name="description" content="Press Office media releases">
</head>
<body>
<div class="bp-masthead"><span>A Singapore Government Agency Website</span> <a href="https://www.gov.sg/trusted-sites">How to identify</a></div>
<nav class="navbar is-transparent"><div class="navbar-brand"><a class="navbar-item" href="/"><img src="/images/logo.png" alt="Press Office"></a></div>
<div class="navbar-menu"><div class="navbar-start">
  <a class="navbar-item" href="/about-us/">About Us</a><a class="navbar-item" href="/media-releases/">Media Releases</a><a class="navbar-item" href="/speeches/">Speeches</a><a class="navbar-item" href="/contact-us/">Contact Us</a>
</div><div class="navbar-end"><form action="/search/"><input class="input search-field" type="text" placeholder="Search" name="query"></form></div></div></nav>
<section class="bp-section is-small bp-section-pagetitle"><div class="bp-container"><h1 class="has-text-white"><b>Media Releases</b></h1></div></section>
<section class="bp-section is-small padding--bottom--none"><div class="bp-container"><nav class="bp-breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/"><small>HOME</small></a></li><li><a><small>MEDIA RELEASES</small></a></li></ul></nav></div></section>
<section class="bp-section"><div class="bp-container">
  <div class="row"><div class="col is-3 is-hidden-mobile"><div class="sidenav">
    <p class="sidenav-title">Filter by year</p><ul><li><a href="?year=2022">2022</a></li><li><a href="?year=2021">2021</a></li><li><a href="?year=2020">2020</a></li></ul>
    <p class="sidenav-title">Filter by category</p><ul><li><a href="?cat=media-release">Media Release</a></li><li><a href="?cat=statement">Statement</a></li></ul>
  </div></div>
  <div class="col is-9"><div class="row is-multiline" id="media-items">
{chr(10).join(cards)}
  </div>
  <nav class="pagination is-centered" role="navigation" aria-label="pagination"><a class="pagination-previous" disabled>Previous</a><a class="pagination-next" href="/media-releases/page/2/">Next</a>
  <ul class="pagination-list"><li><a class="pagination-link is-current">1</a></li><li><a class="pagination-link" href="/media-releases/page/2/">2</a></li><li><a class="pagination-link" href="/media-releases/page/3/">3</a></li></ul></nav>
  </div></div>
</div></section>
<footer class="bp-footer top-section"><div class="bp-container">
  <p class="footer-title">Press Office</p>
  <ul><li><a href="/contact-us/">Contact Us</a></li><li><a href="/feedback/">Feedback</a></li><li><a href="/faq/">FAQ</a></li></ul>
  <p><a href="https://tech.gov.sg/report_vulnerability">Report Vulnerability</a> | <a href="/privacy/">Privacy Statement</a> | <a href="/terms-of-use/">Terms of Use</a></p>
  <p>© 2022 Press Office, Last Updated 04 Mar 2022</p>
</div></footer>
</body>
</html>
'''
write('isomer-style-media-releases-listing.html',page)
ann={28:dict(dates=[],people=[BL],agencies=[A('UN Security Council',None,'United Nations Security Council'),A('United Nations','UN')]),
     29:dict(people=[NP],agencies=[A('Guatemalan Public Ministry',None,'Public Ministry')]),
     30:dict(dates=['2022-02-03/2022-02-11'],people=[P('Yael Lempert','Lempert')]),
     31:dict(people=[NP],aopt=['Hizballah']),
     32:dict(people=[NP]),
     35:dict(people=[NP],agencies=[A('Doctors Without Borders')]),
     37:dict(dates=['2021-05-27','2020-09-17'],people=[NP],aopt=['Federal Member State']),
     38:dict(people=[NP])}
G=[]
for i,x in zip(ids,items):
    a=ann[i]; iso=x['d'].isoformat()
    ds=[iso]+[d for d in a.get('dates',[]) if d!=iso]
    G.append(rec(x['title'],iso,ds,[p for p in a.get('people',[]) if p not in (NP,)] if True else [],a.get('agencies',[]),aopt=a.get('aopt',[])))
gold('isomer-style-media-releases-listing.html','WRITTEN page in the style of an Isomer (Singapore government Jekyll template) media-release card list: each card prints a category label, the headline, a one-sentence description and the date (17 Feb 2022) BELOW the text; no byline is shown. Words are real State Department statements (markschaver/State-Department-PR). One record per card: headline, card date, description. Entities: those the headline and description name (the bylines are not on the page, so Ned Price is not annotated). Masthead, filters, pagination and the footer Last Updated date are chrome.',G)
