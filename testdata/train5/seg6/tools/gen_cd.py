exec(open('/tmp/seg6/gen.py').read())
# ---- D: Drupal views newsroom, date above title (numeric), written
ids=[13,14,15,17,18,20,23,24]
items=[sd(i) for i in ids]
rows=[]
for k,x in enumerate(items):
    t=first_sentence(x['paras'][1])
    rows.append(f'''  <div class="views-row views-row-{k+1} {'views-row-odd' if k%2==0 else 'views-row-even'}">
    <div class="views-field views-field-created"><span class="field-content">{x['d'].strftime('%m/%d/%Y')}</span></div>
    <div class="views-field views-field-title"><h3 class="field-content"><a href="{x['link'].replace('https://www.state.gov','')}">{e(x['title'])}</a></h3></div>
    <div class="views-field views-field-body"><div class="field-content"><p>{e(t)}</p></div></div>
    <div class="views-field views-field-view-node"><span class="field-content"><a href="{x['link'].replace('https://www.state.gov','')}">Read more</a></span></div>
  </div>''')
page=f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Newsroom | Office of the Spokesperson</title>
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-newsroom">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page">
<div id="header">
  <a href="/" title="Home" rel="home" id="logo">Office of the Spokesperson</a>
  <div class="region region-header">
    <div class="block block-search"><form action="/newsroom" method="post"><label for="edit-search-block-form--2">Search </label><input type="text" id="edit-search-block-form--2" name="search_block_form" size="15"><input type="submit" value="Search"></form></div>
  </div>
</div>
<div id="navigation"><ul class="menu">
  <li class="first leaf"><a href="/">Home</a></li>
  <li class="leaf"><a href="/about">About Us</a></li>
  <li class="leaf active-trail"><a href="/newsroom" class="active">Newsroom</a></li>
  <li class="leaf"><a href="/briefings">Briefings</a></li>
  <li class="last leaf"><a href="/contact">Contact</a></li>
</ul></div>
<div class="breadcrumb"><a href="/">Home</a> » Newsroom</div>
<div id="main">
<div id="content" class="column"><a id="main-content"></a>
<h1 class="title" id="page-title">Newsroom</h1>
<div class="view view-newsroom view-id-newsroom view-display-id-page">
<div class="view-filters"><form action="/newsroom" method="get">
  <label for="edit-type">Type</label><select id="edit-type" name="type"><option value="All">- Any -</option><option value="statement">Statement</option><option value="media_note">Media Note</option></select>
  <label for="edit-year">Year</label><select id="edit-year" name="year"><option value="All">- Any -</option><option>2022</option><option>2021</option></select>
  <input type="submit" value="Apply">
</form></div>
<div class="view-content">
{chr(10).join(rows)}
</div>
<h2 class="element-invisible">Pages</h2>
<div class="item-list"><ul class="pager">
  <li class="pager-current first">1</li><li class="pager-item"><a href="/newsroom?page=1">2</a></li><li class="pager-item"><a href="/newsroom?page=2">3</a></li>
  <li class="pager-next"><a href="/newsroom?page=1">next ›</a></li><li class="pager-last last"><a href="/newsroom?page=41">last »</a></li>
</ul></div>
</div>
</div>
<div class="region region-sidebar-first column sidebar">
  <div class="block block-menu"><h2>Quick Links</h2><ul class="menu">
    <li><a href="/travel-advisories">Travel Advisories</a></li><li><a href="/visas">Visas</a></li><li><a href="/passports">Passports</a></li><li><a href="/media-accreditation">Media Accreditation</a></li>
  </ul></div>
  <div class="block"><h2>Subscribe</h2><p>Get press releases by e-mail. <a href="/subscribe">Sign up</a></p></div>
</div>
</div>
<div id="footer"><div class="region region-footer">
  <p>Office of the Spokesperson, U.S. Department of State, 2201 C Street NW, Washington, DC 20520</p>
  <ul class="menu"><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/sitemap">Site Map</a></li></ul>
</div></div>
</div>
</body>
</html>
'''
write('us-spokesperson-newsroom-listing.html',page)
ann={13:dict(people=[P('Abdulhameed Al-Ajami','Al-Ajami')],aopt=['Houthis']),
     14:dict(dates=['2022-05-26'],dopt=[],people=[BL],agencies=[A('Asia Society'),A('George Washington University')]),
     15:dict(people=[P('Mohamed bin Zayed Al Nahyan'),P('Khalifa bin Zayed Al Nahyan')]),
     17:dict(people=[P('Shireen Abu Akleh')]),
     18:dict(dates=['2022-05-03'],people=[BL],agencies=[A('Washington Foreign Press Center')]),
     20:dict(dates=['2022-04-05'],agencies=[A('European Union','EU')]),
     23:dict(),
     24:dict(agencies=[A("Islamic Revolutionary Guard Corps",'IRGC',"Iran's Islamic Revolutionary Guard Corps")])}
G=[]
for i,x in zip(ids,items):
    a=ann[i]; iso=x['d'].isoformat()
    G.append(rec(x['title'],iso,[iso]+a.get('dates',[]),a.get('people',[]),a.get('agencies',[]),dopt=a.get('dopt',[]),aopt=a.get('aopt',[])))
gold('us-spokesperson-newsroom-listing.html','WRITTEN page in the style of a Drupal 7 views listing (an agency newsroom): each row prints its date (MM/DD/YYYY) ABOVE its headline, then a one-sentence teaser and Read more. One record per row: headline, the row date, teaser. Entities: those the headline and teaser name. Filters, pager, quick links, subscribe box and footer address are chrome.',G)

# ---- C: GOV.UK finder listing, written (UK re3d words, dates written)
import datetime as dt
C=[('09FF200C',dt.date(2016,7,3)),('8A716D1B',dt.date(2016,1,12)),('C66A9E77',dt.date(2015,11,13)),('74E7DCD5',dt.date(2015,8,3)),('1563238E',dt.date(2015,5,15)),('3A7EC635',dt.date(2015,4,1))]
lis=[]
for k,d in C:
    y=UK[k]; desc=y['text'].split('\n')[0].strip()
    slug=re.sub(r'[^a-z0-9]+','-',y['title'].lower()).strip('-')
    lis.append(f'''      <li class="gem-c-document-list__item">
        <a data-ecommerce-path="/government/news/{slug}" class="gem-c-document-list__item-title govuk-link" href="/government/news/{slug}">{e(y['title'])}</a>
        <p class="gem-c-document-list__item-description">{e(desc)}</p>
        <ul class="gem-c-document-list__item-metadata">
          <li class="gem-c-document-list__attribute">Document type: Press release</li>
          <li class="gem-c-document-list__attribute">Organisation: Foreign &amp; Commonwealth Office</li>
          <li class="gem-c-document-list__attribute">Updated: <time datetime="{d.isoformat()}">{uk(d)}</time></li>
        </ul>
      </li>''')
page=f'''<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>News and communications - GOV.UK</title>
<meta property="og:site_name" content="GOV.UK">
<meta property="og:title" content="News and communications">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<div id="global-cookie-message" class="gem-c-cookie-banner"><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button><button>Reject additional cookies</button><a href="/help/cookies">View cookies</a></div>
<header class="gem-c-layout-header"><a href="https://www.gov.uk" class="govuk-header__link--homepage">GOV.UK</a>
<nav><ul><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/business">Business and self-employed</a></li><li><a href="/browse/citizenship">Citizenship and living in the UK</a></li><li><a href="/government/organisations">Departments</a></li><li><a href="/government/news-and-communications">News and communications</a></li></ul></nav></header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/government/organisations/foreign-commonwealth-office">Foreign &amp; Commonwealth Office</a></li></ol></div>
<main id="main-content" class="govuk-main-wrapper" role="main">
<h1 class="gem-c-title__text">News and communications</h1>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-one-third">
    <form class="js-live-search-form" action="/search/news-and-communications" method="get">
      <label for="finder-keyword-search">Search</label><input type="search" id="finder-keyword-search" name="keywords">
      <div class="app-c-expander"><h2>Organisation</h2><p>1 selected</p><label><input type="checkbox" checked> Foreign &amp; Commonwealth Office</label></div>
      <div class="app-c-expander"><h2>Topic</h2><p>Select a topic</p></div>
      <div class="app-c-expander"><h2>Document type</h2><label><input type="checkbox"> News story</label><label><input type="checkbox" checked> Press release</label><label><input type="checkbox"> Speech</label></div>
      <div class="app-c-expander"><h2>Updated</h2><label for="public_timestamp[from]">Updated after</label><input type="text" id="public_timestamp[from]"><span>For example, 2005 or 21/11/2014</span></div>
      <button class="gem-c-button">Filter results</button>
    </form>
  </div>
  <div class="govuk-grid-column-two-thirds">
    <div class="result-info"><h2 class="result-region-header__counter" id="js-result-count">1,412 results</h2><p>Sort by <select><option>Updated (newest)</option><option>Updated (oldest)</option><option>Relevance</option></select></p></div>
    <div id="js-results"><ul class="gem-c-document-list">
{chr(10).join(lis)}
    </ul></div>
    <nav class="govuk-pagination" role="navigation" aria-label="results"><a class="govuk-pagination__link" href="?page=2" rel="next"><span class="govuk-pagination__link-title">Next page</span> <span class="govuk-pagination__link-label">2 of 236</span></a></nav>
    <p><a href="/search/news-and-communications.atom">Subscribe to feed</a> | <a href="/email/subscriptions">Get emails</a></p>
  </div>
</div>
</main>
</div>
<footer class="govuk-footer"><div class="govuk-width-container">
<h2 class="govuk-visually-hidden">Support links</h2><ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul>
<p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
<a href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a>
</div></footer>
</body>
</html>
'''
write('uk-fco-news-finder-listing.html',page)
TE=P('Tobias Ellwood','Ellwood')
FCO=A('Foreign & Commonwealth Office','FCO','Foreign and Commonwealth Office','Foreign Office',country='GB')
annC={'09FF200C':dict(people=[TE],agencies=[FCO]),
      '8A716D1B':dict(people=[TE],agencies=[FCO]),
      'C66A9E77':dict(people=[TE],agencies=[FCO],aopt=['ISIL','Government of Iraq']),
      '74E7DCD5':dict(people=[TE],agencies=[FCO],aopt=['ISIL']),
      '1563238E':dict(people=[TE],agencies=[FCO],aopt=['ISIL','UNESCO']),
      '3A7EC635':dict(people=[TE],agencies=[FCO],aopt=['ISIL','Government of Iraq'])}
G=[]
for k,d in C:
    a=annC[k]; iso=d.isoformat()
    G.append(rec(UK[k]['title'],iso,[iso],a['people'],a['agencies'],aopt=a.get('aopt',[])))
gold('uk-fco-news-finder-listing.html','WRITTEN page in the style of a GOV.UK finder list (news and communications, filtered to one organisation); titles and descriptions are real FCO releases (dstl/re3d UK Government), the Updated dates are written (approximate dates of the events). One record per listed item: title, Updated date, description. The organisation metadata line names the FCO in every item. Filters, cookie banner, result count, sort, pagination and footer are chrome.',G)
