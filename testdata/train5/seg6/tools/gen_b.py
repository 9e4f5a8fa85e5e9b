exec(open('/tmp/seg6/gen.py').read())
# ---- B: state.gov-style collection listing (WordPress), written
ids=[0,1,3,4,6,7,8,9]
items=[sd(i) for i in ids]
def byline(x): return x['paras'][0]
def teaser(x): return first_sentence(x['paras'][1])
li=[]
for x in items:
    li.append(f'''      <li class="collection-result">
        <p class="collection-result__date">Press Statement</p>
        <a href="{x['link']}" class="collection-result__link">{e(x['title'])}</a>
        <p class="collection-result__excerpt">{e(teaser(x))}</p>
        <div class="collection-result-meta">
          <span>{e(byline(x))}</span>
          <span dir="ltr">{long(x['d'])}</span>
        </div>
      </li>''')
page=f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Press Releases - United States Department of State</title>
<meta property="og:title" content="Press Releases - United States Department of State">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.state.gov/press-releases/">
</head>
<body class="archive page-template-collection">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <div class="site-branding"><a href="/">U.S. Department of State</a></div>
  <nav class="primary-nav" aria-label="Main menu">
    <ul>
      <li><a href="/topics/">Topics</a></li>
      <li><a href="/countries-areas/">Countries &amp; Areas</a></li>
      <li><a href="/bureaus-offices/">Bureaus &amp; Offices</a></li>
      <li><a href="/about/">About</a></li>
      <li><a href="/press-releases/">Press Releases</a></li>
      <li><a href="/remarks-and-releases/">Remarks and Releases</a></li>
    </ul>
  </nav>
  <form class="search-form" role="search"><label for="s">Search</label><input id="s" name="s" type="search"><button>Search</button></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; Press Releases</div>
<main id="content">
  <h1 class="featured-content__headline">Press Releases</h1>
  <div class="collection-filter">
    <p>Filter by:</p>
    <select name="type"><option>All Types</option><option>Press Statement</option><option>Media Note</option><option>Readout</option></select>
    <select name="bureau"><option>All Bureaus</option><option>Office of the Spokesperson</option></select>
    <button type="submit">Apply</button>
  </div>
  <div class="collection-info"><span>4,123 Results</span></div>
  <ul class="collection-results">
{chr(10).join(li)}
  </ul>
  <nav class="pagination" aria-label="Pagination">
    <span class="current">1</span> <a href="/press-releases/page/2/">2</a> <a href="/press-releases/page/3/">3</a> <span>&hellip;</span> <a href="/press-releases/page/516/">516</a> <a class="next" href="/press-releases/page/2/">Next</a>
  </nav>
</main>
<aside class="sidebar">
  <h2>Related Links</h2>
  <ul>
    <li><a href="/department-press-briefings/">Department Press Briefings</a></li>
    <li><a href="/secretarys-remarks/">Secretary&#8217;s Remarks</a></li>
    <li><a href="/travel-advisories/">Travel Advisories</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <ul>
    <li><a href="/about/">About</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/accessibility-statement/">Accessibility Statement</a></li>
    <li><a href="/copyright-information/">Copyright Information</a></li><li><a href="/foia/">FOIA</a></li><li><a href="/no-fear-act/">No FEAR Act</a></li>
  </ul>
  <p>White House | USA.gov | Office of the Inspector General | Archives | Contact Us</p>
  <a href="#top">Back to top</a>
</footer>
</body>
</html>
'''
write('us-state-press-releases-listing.html',page)
G=[]
ann={0:dict(dates=['2022-08-09'],people=[BL]),
     1:dict(people=[NP,P('David Trimble','Lord Trimble','Lord David Trimble')]),
     3:dict(dates=['2022-07-19/2022-07-20'],people=[P('John Kerry','Kerry')],aopt=['Office of the Spokesperson']),
     4:dict(people=[BL],agencies=[A('European Union','EU')],aopt=['parliament of North Macedonia']),
     6:dict(people=[BL]),
     7:dict(people=[NP],aopt=['Port of Aqaba']),
     8:dict(people=[NP,P('Amos Hochstein')]),
     9:dict(people=[NP])}
for i,x in zip(ids,items):
    a=ann[i]; iso=x['d'].isoformat()
    G.append(rec(x['title'],iso,[iso]+a.get('dates',[]),a.get('people',[]),a.get('agencies',[]),aopt=a.get('aopt',[])))
gold('us-state-press-releases-listing.html','WRITTEN page in the style of a WordPress collection listing (state.gov press releases): one record per listed release (headline, date as printed, the excerpt and byline as its text). People and agencies are those the item\'s headline, excerpt and byline name; the item date is the item\'s dateline. Header, filters, result count, pagination, related links and footer are chrome.',G)
