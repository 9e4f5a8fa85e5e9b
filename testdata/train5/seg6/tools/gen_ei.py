exec(open('/tmp/seg6/gen.py').read())
# ---- E: WordPress blog index with full posts, written
ids=[10,12,21,22]
items=[sd(i) for i in ids]
arts=[]
for x in items:
    body='\n'.join(f'      <p>{e(p)}</p>' for p in x['paras'][1:])
    arts.append(f'''  <article class="post type-post status-publish format-standard hentry category-statements">
    <header class="entry-header">
      <h2 class="entry-title"><a href="{x['link']}" rel="bookmark">{e(x['title'])}</a></h2>
      <div class="entry-meta"><span class="byline">{e(x['paras'][0])}</span> <span class="posted-on"><time class="entry-date published" datetime="{x['d'].isoformat()}">{long(x['d'])}</time></span></div>
    </header>
    <div class="entry-content">
{body}
    </div>
    <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/statements/">Statements</a></span> <span class="tags-links">Tagged <a href="/tag/press/">press</a></span></footer>
  </article>''')
page=f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Statements &#8211; Page 3 &#8211; Press Statements in Brief</title>
<meta name="generator" content="WordPress 5.9.3">
</head>
<body class="archive category category-statements paged paged-3">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">Press Statements in Brief</a></p>
  <p class="site-description">Statements of the Department of State, collected</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/statements/">Statements</a></li><li class="menu-item"><a href="/category/travel/">Travel</a></li><li class="menu-item"><a href="/about/">About</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
  <header class="page-header"><h1 class="page-title">Category: <span>Statements</span></h1></header>
{chr(10).join(arts)}
  <nav class="navigation posts-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/category/statements/page/4/">Older posts</a></div><div class="nav-next"><a href="/category/statements/page/2/">Newer posts</a></div></div></nav>
</main>
<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
    <li><a href="/art-in-embassies-announces-new-temporary-exhibitions/">Art in Embassies Announces New Temporary Exhibitions for Chief of Mission Residences</a></li>
    <li><a href="/first-grain-ship-departs-the-black-sea/">First Grain Ship Departs the Black Sea</a></li>
    <li><a href="/liberia-national-day/">Liberia National Day</a></li>
  </ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
    <li><a href="/2022/08/">August 2022</a></li><li><a href="/2022/07/">July 2022</a></li><li><a href="/2022/06/">June 2022</a></li><li><a href="/2022/05/">May 2022</a></li><li><a href="/2022/04/">April 2022</a></li>
  </ul></section>
  <section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/category/statements/">Statements</a></li><li><a href="/category/travel/">Travel</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
'''
write('us-state-statements-full-posts.html',page)
ann={10:dict(people=[NP,P('Laurence R. Helfer','Helfer')],agencies=[A('UN Human Rights Committee',None,'Human Rights Committee')],dopt=['2023/2026','2023','2026']),
     12:dict(dates=['2022-06-01/2022-06-03'],people=[P('Rena Bitter')],aopt=['Office of the Spokesperson']),
     21:dict(people=[BL]),
     22:dict(people=[BL,P('Rodrigo Chaves Robles','Rodrigo Chaves')])}
G=[]
for i,x in zip(ids,items):
    a=ann[i]; iso=x['d'].isoformat()
    G.append(rec(x['title'],iso,[iso]+a.get('dates',[]),a.get('people',[]),a.get('agencies',[]),dopt=a.get('dopt',[]),aopt=a.get('aopt',[])))
gold('us-state-statements-full-posts.html','WRITTEN page in the style of a WordPress category archive that prints each post in full (four real State Department statements, words and dates from markschaver/State-Department-PR): one record per post. The Recent Posts widget, archives and navigation are chrome, not records.',G)

# ---- I: plain text, three statements one after another, no separators
ids=[25,33,36]
items=[sd(i) for i in ids]
parts=[]
for x in items:
    parts.append(x['title']+'\n\nPRESS STATEMENT\n'+x['paras'][0]+'\n'+long(x['d'])+'\n\n'+'\n\n'.join(x['paras'][1:])+'\n')
write('us-state-three-statements.txt','\n\n'.join(parts))
ann={25:dict(people=[BL],aopt=['Taliban']),
     33:dict(people=[BL],agencies=[A('NATO'),A('European Union','EU')]),
     36:dict(dates=['2021-06-09','1990'],people=[BL,P('Khurelsukh')])}
G=[]
for i,x in zip(ids,items):
    a=ann[i]; iso=x['d'].isoformat()
    G.append(rec(x['title'],iso,[iso]+a.get('dates',[]),a.get('people',[]),a.get('agencies',[]),dopt=a.get('dopt',[]),aopt=a.get('aopt',[])))
gold('us-state-three-statements.txt','COMPOSED text file: three real State Department press statements (markschaver/State-Department-PR) one after another with blank lines only, each opened by its headline, PRESS STATEMENT, the byline and the date line. One record per statement.',G)
