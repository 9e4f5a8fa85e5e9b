#!/usr/bin/env python3
"""Writes the full-chrome government press-release pages of this folder.

The pages imitate the layouts of real government sites (site header,
mega menus, breadcrumbs, language selectors, cookie banners, share
widgets, related-link sidebars, feedback widgets, footers) around
invented releases. Run from this folder; the *.golden files are then
refreshed with `go test ./corpus/html -run TestHTMLGolden -update`.
"""

def menu(prefix, n, cls="menu"):
    items = "".join(f'<li class="{cls}__item"><a href="/{prefix}/{i}">{prefix.title()} section {i}</a></li>\n' for i in range(1, n + 1))
    return f'<ul class="{cls}">\n{items}</ul>\n'

SCRIPTS = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','UA-000000-1');</script>
<script src="/assets/js/vendor.min.js"></script>
<style>.hidden{display:none}.site-header{background:#123}body{font-family:serif}</style>
"""

def pad_script(n):
    # Real pages carry tens of KB of inline script and style.
    body = "var cfg = {" + ",".join(f'"k{i}": "value-{i}-' + "x" * 40 + '"' for i in range(n)) + "};"
    return f"<script>{body}</script>\n"

state = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Joint Statement on the Coastal Resilience Dialogue - United States Department of State</title>
<meta name="description" content="Joint statement on the second Coastal Resilience Dialogue.">
<meta property="og:title" content="Joint Statement on the Coastal Resilience Dialogue">
<meta property="article:published_time" content="2024-03-12T14:05:00+00:00">
<meta name="DC.Date" content="2024-03-12">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Joint Statement on the Coastal Resilience Dialogue","datePublished":"2024-03-12T14:05:00+00:00"}}</script>
{SCRIPTS}{pad_script(300)}
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="usa-banner"><p>An official website of the United States Government</p><button>Here's how you know</button>
<div class="usa-banner__content" hidden><p>Official websites use .gov. A .gov website belongs to an official government organization in the United States.</p></div></div>
<header class="site-header" role="banner">
<div class="site-logo"><a href="/">U.S. Department of State</a></div>
<nav class="mega-menu" aria-label="Main">
{menu("policy", 25)}{menu("countries", 20)}{menu("about", 15)}
</nav>
<form class="search-form" role="search"><label>Search</label><input type="text" name="s"><button>Search</button></form>
</header>
<div id="content" class="site-content">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/office-of-the-spokesperson/">Office of the Spokesperson</a> &gt; <a href="/press-releases/">Press Releases</a> &gt; Joint Statement on the Coastal Resilience Dialogue</nav>
<main id="main" class="site-main">
<article class="post type-post">
<div class="featured-content featured-content--article">
<p class="article-meta__content-type">Press Statement</p>
<h1 class="featured-content__headline">Joint Statement on the Coastal Resilience Dialogue</h1>
<div class="article-meta"><p class="article-meta__author-bureau">Office of the Spokesperson</p>
<p class="article-meta__publish-date"><time datetime="2024-03-12">March 12, 2024</time></p></div>
</div>
<div class="share-this"><span>Share</span><ul><li><a href="https://twitter.com/share">Twitter</a></li><li><a href="https://facebook.com/share">Facebook</a></li><li><a href="mailto:?subject=x">Email</a></li></ul></div>
<div class="entry-content">
<p>The text of the following statement was released by the Governments of the United States of America and the Republic of Maristan on the occasion of the second Coastal Resilience Dialogue.</p>
<p><em>Begin Text:</em></p>
<p>The delegations of the United States and the Republic of Maristan, led by Under Secretary for Economic Growth Jose&nbsp;W. Fernandez and Minister of Foreign Affairs Dr.&nbsp;Lena Ortiz, met in Washington on March&nbsp;11&ndash;12, 2024, for the second Coastal Resilience Dialogue.</p>
<p>The two sides reviewed progress on the commitments made at the first Dialogue, held in Port Marin on June&nbsp;5, 2023, and agreed on the following priorities:</p>
<ol>
<li><strong>Early warning.</strong> Expand the regional tide-gauge network with support from the National Oceanic and Atmospheric Administration (NOAA).</li>
<li><strong>Infrastructure.</strong> Mobilize private finance through the U.S. International Development Finance Corporation for adaptive ports.</li>
<li><strong>Research.</strong> Establish joint fellowships between the University of Maristan and U.S. institutions.</li>
</ol>
<p>The United States welcomed Maristan&rsquo;s accession to the Coastal Partnership and its pledge to publish a national adaptation plan by the end of&nbsp;2024.</p>
<p>Both delegations decided that the third Dialogue will take place in Port Marin in the first half of 2025.</p>
<p><em>End Text.</em></p>
</div>
<div class="related-tags"><span>Tags</span><a href="/tag/climate">Climate</a> <a href="/tag/oceans">Oceans</a> <a href="/tag/maristan">Maristan</a> <a href="/tag/partnerships">Partnerships</a></div>
</article>
<aside class="related-content" aria-label="Related Articles">
<h2>Related Articles</h2>
<ul><li><a href="/a1">Secretary Blinken&rsquo;s Meeting with Maristan Foreign Minister Ortiz</a><p>March 11, 2024</p></li>
<li><a href="/a2">U.S.-Maristan Joint Statement on Fisheries Enforcement</a><p>February 2, 2024</p></li>
<li><a href="/a3">Deputy Secretary Campbell&rsquo;s Travel to Port Marin</a><p>January 20, 2024</p></li></ul>
</aside>
</main>
</div>
<footer class="site-footer" role="contentinfo">
<div class="footer-nav">{menu("footer", 30, "footer-menu")}</div>
<p>U.S. Department of State, 2201 C St NW, Washington, DC 20520</p>
<p><a href="/privacy">Privacy Policy</a> | <a href="/accessibility">Accessibility Statement</a> | <a href="/copyright">Copyright Information</a> | <a href="/foia">FOIA</a></p>
</footer>
<div class="cookie-consent" id="cookie-notice"><p>This site uses cookies to improve your experience and to analyze how the site is used. By continuing to browse, you agree to our use of cookies as described in our privacy policy, updated on January 1, 2024.</p><a href="#">Accept</a></div>
{pad_script(200)}
</body>
</html>
"""

# A Japanese ministry in the style of its English pages: Shift_JIS, a
# language selector, no semantic tags, numbered items in paragraphs, a
# contact table and a "Page Top" link.
mic = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Ministry of Internal Affairs and Communications | Press Release | Results of the Japan-Maristan ICT Policy Dialogue</title>
<meta name="keywords" content="MIC, ICT, policy dialogue">
{SCRIPTS}{pad_script(250)}
</head>
<body>
<div id="header">
<div id="logo"><a href="/english/index.html"><img src="/img/logo.gif" alt="Ministry of Internal Affairs and Communications"></a></div>
<ul id="language" class="lang-select"><li><a href="/index.html">日本語</a></li><li>English</li><li><a href="/zh/index.html">中文</a></li><li><a href="/ko/index.html">한국어</a></li></ul>
<div id="utility"><a href="/english/sitemap.html">Site Map</a> | <a href="/english/contact.html">Contact Us</a> | <a href="/english/access.html">Access</a></div>
</div>
<div id="globalnavi">{menu("english", 12, "gnavi")}</div>
<div id="topicpath">
<a href="/english/index.html">Home</a> &gt; <a href="/english/pressrelease/index.html">Press Releases</a> &gt; Results of the Japan-Maristan ICT Policy Dialogue
</div>
<div id="wrapper">
<div id="localnavi"><h2>Press Releases</h2>{menu("pressrelease", 15, "lnavi")}</div>
<div id="contents">
<h1>Results of the Japan-Maristan ICT Policy Dialogue</h1>
<p class="date">March 14, 2014</p>
<p>The Ministry of Internal Affairs and Communications (MIC) held the 4th Japan-Maristan ICT Policy Dialogue in Tokyo on March&nbsp;13, 2014.</p>
<p>The Japanese delegation was headed by Mr. Taro Suzuki, Vice-Minister for Policy Coordination (International Affairs), and the Maristan delegation by Ms. Ana Duarte, Deputy Minister of Telecommunications.</p>
<h2>1. Outline</h2>
<p>(1) Date: Thursday, March 13, 2014</p>
<p>(2) Venue: MIC, Tokyo</p>
<h2>2. Results</h2>
<p>The two sides exchanged views on the following topics and agreed to collaborate in (1) cloud computing services, (2) cybersecurity and (3) disaster-resilient networks.</p>
<p>(1) ICT policies of both countries<br>Both sides presented their national broadband plans and discussed spectrum policy.</p>
<p>(2) Cooperation in international fora<br>Both sides confirmed they would cooperate at the ITU Plenipotentiary Conference 2014 and in APEC TEL.</p>
<table class="contact" border="1">
<tr><th>Contact</th><td>International Cooperation Division, Global ICT Strategy Bureau</td></tr>
<tr><th>Tel</th><td>+81-3-5253-5928</td></tr>
</table>
<p class="pagetop"><a href="#header">Page Top</a></p>
</div>
</div>
<div id="footer">
<ul class="footer-links"><li><a href="/english/policy.html">Site Policy</a></li><li><a href="/english/privacy.html">Privacy Policy</a></li><li><a href="/english/link.html">Links</a></li></ul>
<address>Ministry of Internal Affairs and Communications, 2-1-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8926, Japan</address>
<p class="copyright">Copyright &copy; Ministry of Internal Affairs and Communications. All Rights Reserved.</p>
</div>
</body>
</html>
"""

langs = ["bg български", "es español", "cs čeština", "da dansk", "de Deutsch", "et eesti", "el ελληνικά", "en English", "fr français", "ga Gaeilge", "hr hrvatski", "it italiano", "lv latviešu", "lt lietuvių", "hu magyar", "mt Malti", "nl Nederlands", "pl polski", "pt português", "ro română", "sk slovenčina", "sl slovenščina", "fi suomi", "sv svenska"]
lang_list = "".join(f'<li><a href="?lang={l.split()[0]}" hreflang="{l.split()[0]}"><span class="ecl-site-header__language-code">{l.split()[0]}</span>{l.split(" ",1)[1]}</a></li>' for l in langs)
eu = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Commission approves coastal adaptation fund for Maristan</title>
<meta name="description" content="The European Commission has approved a €1.2 billion coastal adaptation fund.">
<meta property="og:type" content="article">
<meta name="dcterms.created" content="2024-03-12">
{SCRIPTS}{pad_script(350)}
</head>
<body>
<div id="cookie-consent-banner" class="cck-container" role="dialog" aria-label="Cookie consent">
<p>This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies and how you can change your settings. We use essential cookies to make our websites work, and analytics cookies to understand how you use them. You can accept all cookies or refuse the non-essential ones.</p>
<a href="#accept">Accept all cookies</a> <a href="#refuse">Accept only essential cookies</a>
</div>
<header class="ecl-site-header" role="banner">
<a class="ecl-skip-link" href="#main-content">Skip to main content</a>
<div class="ecl-site-header__logo"><a href="/"><img alt="European Commission logo" src="/logo.svg"></a></div>
<div class="ecl-site-header__language"><a href="#lang">English</a>
<div class="ecl-language-list" id="language-list-overlay"><h3>Select your language</h3><ul>{lang_list}</ul></div></div>
<nav class="ecl-menu" aria-label="Site navigation">{menu("priorities", 18, "ecl-menu__list")}</nav>
</header>
<div class="ecl-page-header"><nav class="ecl-breadcrumb" aria-label="You are here:"><ol><li><a href="/">Home</a></li><li><a href="/presscorner">Press corner</a></li><li>Commission approves coastal adaptation fund for Maristan</li></ol></nav></div>
<main id="main-content" role="main">
<div class="ecl-container">
<div class="ecl-row">
<div class="ecl-col-l-8">
<p class="ecl-meta"><span>Press release</span> | <span>12 March 2024</span> | <span>Brussels</span></p>
<h1 class="ecl-page-header__title">Commission approves coastal adaptation fund for Maristan</h1>
<div class="ecl-paragraph">
<p>The European Commission has approved, under EU State aid rules, a €1.2 billion Maristan scheme to support coastal municipalities in adapting to rising sea levels. The scheme was approved under the Climate, Energy and Environmental Aid Guidelines.</p>
<p>The scheme will be open to municipalities and public utilities located within 10 kilometres of the coast. Under the scheme, the aid will take the form of direct grants covering up to 80% of eligible costs.</p>
<h2>Quotes</h2>
<blockquote><p>&ldquo;This €1.2 billion scheme will help Maristan protect its coastal communities while limiting possible distortions of competition,&rdquo; said Executive Vice-President Margrethe Holm, in charge of competition policy.</p></blockquote>
<h2>Background</h2>
<p>The Guidelines on State aid for climate, environmental protection and energy (&lsquo;CEEAG&rsquo;) were adopted on 27 January 2022 and apply since that date.</p>
<p>The non-confidential version of the decision will be made available under the case number SA.112233 in the State aid register on the Commission&rsquo;s competition website once any confidentiality issues have been resolved.</p>
<h3>For More Information</h3>
<ul class="ecl-link-list"><li><a href="/competition">Competition policy</a></li><li><a href="/state-aid-register">State aid register</a></li><li><a href="/ceeag">CEEAG guidelines</a></li><li><a href="/newsletter">State aid weekly e-News</a></li></ul>
<p>IP/24/1234</p>
</div>
<div class="ecl-social-media-share"><p>Share this page</p><a href="#tw">Twitter</a> <a href="#fb">Facebook</a> <a href="#li">LinkedIn</a> <a href="#em">E-mail</a></div>
<p class="print-link"><a href="#print">Print friendly pdf</a></p>
</div>
<div class="ecl-col-l-4">
<div class="ecl-contacts"><h2>Press contacts</h2><p>Lea ZUBER</p><p>Phone +32 2 29 56185</p><p>Mail <a href="mailto:press@example.eu">press@example.eu</a></p></div>
<div class="ecl-related"><h2>Related media</h2><ul><li><a href="/m1">Coastal flooding in the Wadden Sea</a></li><li><a href="/m2">State aid explained</a></li><li><a href="/m3">Video: adaptation in ports</a></li></ul></div>
</div>
</div>
</div>
</main>
<footer class="ecl-site-footer">
<div class="ecl-site-footer__section">{menu("footer", 28, "ecl-footer-list")}</div>
<p>This site is managed by the Directorate-General for Communication</p>
</footer>
</body>
</html>
"""

gov_uk = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Minister announces new coastal flood defence programme - GOV.UK</title>
<meta name="govuk:first-published-at" content="2024-03-12T10:30:00+00:00">
<meta name="govuk:public-updated-at" content="2024-03-12T10:30:00+00:00">
<meta property="og:site_name" content="GOV.UK">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"Minister announces new coastal flood defence programme","datePublished":"2024-03-12T10:30:00+00:00","publisher":{{"@type":"Organization","name":"GOV.UK"}}}}</script>
{SCRIPTS}{pad_script(300)}
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<div class="gem-c-cookie-banner govuk-clearfix" id="global-cookie-message" role="region" aria-label="Cookies on GOV.UK">
<h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>
<p>We use some essential cookies to make this website work. We&rsquo;d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<button>Accept additional cookies</button><button>Reject additional cookies</button><a href="/help/cookies">View cookies</a>
</div>
<header role="banner" class="gem-c-layout-super-navigation-header">
<a href="/" class="gem-c-header__logo">GOV.UK</a>
<nav aria-label="Navigation menu">{menu("browse", 16, "gem-c-layout-super-navigation-header__navigation-items")}</nav>
</header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item"><a href="/environment">Environment</a></li>
<li class="govuk-breadcrumbs__list-item"><a href="/environment/flooding">Flooding and coastal change</a></li></ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl gem-c-title__context">Press release</span>
<h1 class="gem-c-title__text govuk-heading-l">Minister announces new coastal flood defence programme</h1>
<p class="gem-c-lead-paragraph">A &pound;200 million programme will protect 15,000 homes on the east coast by 2027.</p>
</div></div>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-environment-food-rural-affairs">Department for Environment, Food &amp; Rural Affairs</a>, <a href="/government/organisations/environment-agency">Environment Agency</a> and <a href="/government/people/jane-roe">The Rt Hon Jane Roe MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2024</dd></dl></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link">Print this page</button></div>
<div class="govuk-govspeak direction-ltr" data-module="govspeak">
<p>Environment Secretary Jane Roe today announced a &pound;200 million programme to strengthen coastal flood defences on the east coast of England.</p>
<p>The programme, delivered by the Environment Agency with local authorities, will:</p>
<ul>
<li>upgrade 40 kilometres of sea walls between Skegness and Felixstowe</li>
<li>restore 600 hectares of saltmarsh as natural flood defence</li>
<li>fund community flood wardens in 25 towns</li>
</ul>
<p>Environment Secretary Jane Roe said:</p>
<blockquote><p>Our coastal communities are on the front line of climate change. This investment will protect thousands of homes and businesses for decades to come.</p></blockquote>
<p>Environment Agency chair Alan Lovell said the works would begin in September 2024 and be completed by March 2027.</p>
<h2>Notes to editors</h2>
<ol><li>The programme forms part of the Flood and Coastal Erosion Risk Management Investment Plan.</li>
<li>Further details will be published on 1 April 2024.</li></ol>
</div>
<div class="gem-c-published-dates">Published 12 March 2024<br>Last updated 14 March 2024 <a href="#history">show all updates</a><ol id="history"><li>14 March 2024 &mdash; Added Welsh translation.</li><li>12 March 2024 &mdash; First published.</li></ol></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2>Share this page</h2><ul><li><a href="#f">Facebook</a></li><li><a href="#t">Twitter</a></li></ul></div>
</div>
<div class="govuk-grid-column-one-third">
<aside class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation"><h2>Related content</h2>
<ul><li><a href="/r1">Flood defence spending 2024 to 2025</a></li><li><a href="/r2">Coastal erosion risk map</a></li><li><a href="/r3">Environment Agency annual report</a></li></ul>
<h3>Explore the topic</h3><ul><li><a href="/environment/flooding">Flooding and coastal change</a></li></ul></div></aside>
</div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2>Is this page useful?</h2><button>Yes</button><button>No</button><a href="/contact/govuk/problem_reports">Report a problem with this page</a></div></div>
</main>
</div>
<footer class="govuk-footer" role="contentinfo">
<div class="govuk-footer__navigation">{menu("topics", 24, "govuk-footer__list")}</div>
<p>All content is available under the <a href="/ogl">Open Government Licence v3.0</a>, except where otherwise stated</p>
<p>&copy; Crown copyright</p>
</footer>
</body>
</html>
"""

# An old site: no charset declaration, windows-1252 bytes, layout tables.
legacy = """<html><head><title>News Release: Port Authority Names New Director</title></head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td class="topnav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></td></tr></table>
<table width="760"><tr>
<td width="160" valign="top" class="leftnav"><a href="/about">About the Authority</a><br><a href="/board">Board of Directors</a><br><a href="/tariffs">Tariffs</a><br><a href="/news">News Releases</a><br><a href="/jobs">Employment</a></td>
<td valign="top">
<p><b>FOR IMMEDIATE RELEASE</b><br>February 3, 2009</p>
<p><font size="+1"><b>Port Authority Names Ren\xe9e Dubois Executive Director</b></font></p>
<p>The Board of Commissioners of the Harbour Port Authority today named Ren\xe9e Dubois as the Authority\x92s new Executive Director, effective March 1, 2009.</p>
<p>\x93Ren\xe9e brings twenty years of maritime experience to the Authority,\x94 said Board Chair Michael O\x92Neill. \x93We are delighted she has accepted.\x94</p>
<p>Ms. Dubois succeeds Harold Grant, who retires after 14 years as director.</p>
<p align="center">- 30 -</p>
<p>Contact: Public Affairs Office, (555) 010-2000</p>
</td></tr></table>
<p class="footer">&copy; 2009 Harbour Port Authority | <a href="/privacy">Privacy</a></p>
</body></html>
"""

# A short release beside a longer column of teaser paragraphs, without any
# class hints: the <h1> marks which column is the article.
teasers = """<html><head><title>Short release</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a> <a href="/contact">Contact</a></div>
<div class="row">
<div class="col-md-8">
<h1>Ministry welcomes new ambassador</h1>
<p class="date">5 May 2024</p>
<p>The Minister of Foreign Affairs, Ms Anna Berg, today received the credentials of the new Ambassador of Maristan, Mr Paulo Reis, at a ceremony in the capital.</p>
<p>The two discussed cooperation in trade, education and climate, and agreed to hold consultations later this year.</p>
</div>
<div class="col-md-4">
<h3>More news</h3>
<p>The Minister travelled to Lisbon for the regional summit on maritime security, where she met counterparts from twelve countries and signed a declaration.</p>
<p>From 1 June, citizens of partner countries will be able to apply for visas online, with decisions within ten working days, the Ministry announced.</p>
<p>Applications for the 2025 scholarship programme, which funds study abroad in engineering, medicine and law, open on 15 May and close on 30 June.</p>
</div>
</div>
<div class="bottom">Copyright Ministry of Foreign Affairs, 1 Main Street. All rights reserved.</div>
</body></html>
"""

# A generic "page" wrapper with the title block apart from the body, a
# kicker with the date above the <h1>, and a contact box beside the body.
kicker = """<html><head><title>X</title></head><body>
<nav><a href="/">Home</a><a href="/a">A</a><a href="/b">B</a></nav>
<div class="page">
<div class="hdr"><p class="kicker">Media Release &middot; 14 March 2024</p><h1>Agency opens new field office</h1></div>
<div class="layout"><div class="bodytext">
<p>The National Fisheries Agency today opened a field office in Port Elwin, which will serve coastal communities in the northern region, including the islands.</p>
<p>Director-General Ruth Amsel said the office would process licences, provide training, and support monitoring of fish stocks in partnership with local cooperatives.</p>
</div>
<div class="side"><h3>Contact</h3><p>Press office: +1 555 0100</p></div>
</div></div>
<footer>Copyright</footer></body></html>
"""

def write(name, text, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write(text.encode(encoding))

write("state-chrome.html", state)
write("mic-chrome.html", mic.replace("日本語", "日本語"), "shift_jis") if False else None
# The language selector's other scripts cannot be encoded in Shift_JIS, as
# on the real site the selector then shows only Japanese and English.
write("mic-chrome.html", mic.replace('<li><a href="/zh/index.html">中文</a></li><li><a href="/ko/index.html">한국어</a></li>', ""), "shift_jis")
write("eu-chrome.html", eu)
write("teaser-sidebar.html", teasers)
write("kicker-wrapper.html", kicker)
write("govuk-chrome.html", gov_uk)
with open("legacy-1252.html", "wb") as f:
    f.write(legacy.encode("latin-1"))
