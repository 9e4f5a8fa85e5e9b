#!/usr/bin/env python3
"""Writes docs/ and expect.json of corpus/clean/testdata/stories: WRITTEN documents
(invented wording) of the multi-story shapes of issue 13 -- e-mail bulletins in
several markups, pages and text files of several releases, PDF newsletters --
and single articles of the same look (a release with sub-headings, a page of
questions), with the titles of the records each must give (expect.json; a
number: only the count). The PDFs are typeset from spec.json by
testdata/train8/seg10/tools/gen.go:
  python3 make_stories.py && (cd ../../../../testdata/train8/seg10/tools && go run gen.go ../../../../corpus/clean/testdata/stories/spec.json ../../../../corpus/clean/testdata/stories/docs)
"""
import json, os, html
E=html.escape
HERE=os.path.dirname(os.path.abspath(__file__))
D=os.path.join(HERE,'docs')
ST=[
 ("Coastal path reopens", "The coastal walking path between the harbour and the lighthouse reopened on Saturday after six months of repairs. Rangers rebuilt two footbridges and replaced the worn steps on the northern cliffs. The path is open daily from sunrise to sunset."),
 ("New bus routes for the east", "Three new bus routes will link the eastern suburbs with the hospital and the university from 1 July. The regional transport authority said the routes follow a survey of more than 4,000 residents. Timetables are available at every library."),
 ("Grants for small museums", "Small museums and historical societies can apply for grants of up to $20,000 to care for their collections. The heritage office will fund cataloguing, storage and training for volunteers. Applications close on 30 September."),
 ("Flood warning system upgraded", "The weather agency has installed twelve new river gauges in the upper valley to give earlier flood warnings. Data from the gauges is published every fifteen minutes on the agency's website. Emergency services helped choose the sites."),
 ("Apprentices honoured", "Forty apprentices from the building and electrical trades received awards at a ceremony in the town hall on Thursday. The training board said completion rates rose for the third year in a row. Employers nominated the winners."),
 ("School dental van on the road", "A mobile dental clinic will visit twenty rural primary schools this term. The health department said children in remote areas wait longest for check-ups. Parents will receive a consent form through the school."),
 ("Bushfire season starts early", "The fire service has brought forward the start of the bushfire danger period by two weeks after a dry winter. Permits are now required for burning off on rural land. Landholders should clear gutters and cut long grass around buildings."),
 ("Library adds evening hours", "The central library will stay open until 8 pm on weekdays from next month. The council approved the extra hours after a trial drew more than 600 visitors each evening. Study rooms can be booked online."),
 ("Wetland birds counted", "Volunteers counted more than 9,000 waterbirds at the river wetlands during the annual survey in February. Scientists from the environment agency said numbers of migratory waders were stable. The full report will be published in May."),
 ("Road safety week", "Police and the roads agency will run checkpoints and school visits during road safety week. The campaign focuses on speeding near schools and on mobile phone use by drivers. Free child seat checks are offered at three fire stations."),
 ("Farmers market moves", "The Saturday farmers market will move to the old railway yard while the town square is repaved. Stallholders voted for the site because it has shade and parking. The market returns to the square in spring."),
 ("Tax help for seniors", "Free tax help sessions for seniors will run at community centres in March and April. Trained volunteers will help with returns and benefit claims. Bookings are essential and can be made by phone."),
]
LONG=["Regional development minister announces new funding round for rural water infrastructure projects across the state",
      "Applications open for small business resilience grants in the northern districts",
      "Council confirms timetable for the second stage of the harbour redevelopment"]
def w(name, s): open(os.path.join(D,name),'w').write(s)
expect={}
def page(body, title="Update"):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(title)}</title></head><body>{body}</body></html>'
# P1 title row / paragraph row
rows=''.join(f'<tr><td style="padding:12px 20px 0;font:bold 15px Arial;color:#003366">{E(t)}</td></tr><tr><td style="padding:4px 20px 12px;font:14px/20px Arial;color:#333">{E(p)}</td></tr>' for t,p in ST[0:4])
w('p01-email-title-rows.html', page(f'<table width="600" align="center"><tr><td style="font:bold 22px Arial;padding:20px;background:#003366;color:#fff">Department of Coastal Affairs</td></tr><tr><td style="padding:6px 20px;font:12px Arial">Staff and community news &middot; 12 June 2025</td></tr>{rows}<tr><td style="font:11px Arial;color:#999;padding:20px">You are receiving this email because you subscribed. Unsubscribe</td></tr></table>', "Coastal Affairs - 12 June 2025"))
expect['p01-email-title-rows.html']=[t for t,_ in ST[0:4]]
# P2 <p><strong>title</strong><br>paragraph
ps=''.join(f'<p style="font-family:Georgia;font-size:15px"><strong>{E(t)}</strong><br>{E(p)}</p>' for t,p in ST[4:8])
w('p02-email-strong-br.html', page(f'<div style="max-width:620px;margin:auto"><p style="font-size:24px">Valley Shire Council</p><p>Community update, 3 March 2025</p>{ps}<p style="font-size:11px">Valley Shire Council, 1 Main Street. Update your preferences.</p></div>'))
expect['p02-email-strong-br.html']=[t for t,_ in ST[4:8]]
# P3 span font-size titles, no bold
ds=''.join(f'<div style="margin-top:18px"><span style="font-size:19px;color:#1a5e20">{E(t)}</span></div><div style="font-size:14px;line-height:21px">{E(p)}</div>' for t,p in ST[8:12])
w('p03-email-span-size.html', page(f'<center><div style="width:600px;text-align:left"><div style="font-size:26px">Northern Region Office</div><div style="font-size:12px">Bulletin &mdash; 21 August 2025</div>{ds}</div></center>'))
expect['p03-email-span-size.html']=[t for t,_ in ST[8:12]]
# P4 link titles no read more, 3 stories
ts=''.join(f'<tr><td style="padding:14px 24px"><a href="https://example.gov/news/{i}" style="font-size:17px;font-weight:bold;color:#8b0000;text-decoration:none">{E(t)}</a><p style="margin:6px 0 0;font-size:14px">{E(p)}</p></td></tr>' for i,(t,p) in enumerate(ST[1:4]))
w('p04-email-link-titles.html', page(f'<table width="100%"><tr><td align="center"><table width="600"><tr><td style="padding:10px 24px;font-size:11px"><a href="#">View online</a></td></tr><tr><td style="padding:10px 24px;font-size:22px;font-weight:bold">Transport and Heritage News</td></tr><tr><td style="padding:0 24px;font-size:12px">Issue 14, July 2025</td></tr>{ts}</table></td></tr></table>'))
expect['p04-email-link-titles.html']=[t for t,_ in ST[1:4]]
# P5 unmarked <p> titles
ps=''.join(f'<p>{E(t)}</p><p>{E(p)}</p>' for t,p in ST[0:4])
w('p05-email-plain-p.html', page(f'<div><p>Ministry of Regional Services</p><p>Staff news, 14 May 2025</p>{ps}<p>Contact: media unit, 02 5550 1234</p></div>'))
expect['p05-email-plain-p.html']=[t for t,_ in ST[0:4]]
# P6 class-styled titles
rows=''.join(f'<tr><td class="hl">{E(t)}</td></tr><tr><td class="tx">{E(p)}</td></tr>' for t,p in ST[6:10])
w('p06-email-class-titles.html', f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title><style>td.hl{{font-weight:bold;font-size:16px;padding-top:16px}} td.tx{{font-size:14px}}</style></head><body><table width="600"><tr><td style="font-size:24px">Rural Fire and Health Services</td></tr><tr><td>News roundup 2 September 2025</td></tr>{rows}</table></body></html>')
expect['p06-email-class-titles.html']=[t for t,_ in ST[6:10]]
# P7 font tags
fs=''.join(f'<font face="Arial" size="3" color="#000080"><b>{E(t)}</b></font><br><font face="Arial" size="2">{E(p)}</font><br><br>' for t,p in ST[2:5])
w('p07-email-font-tags.html', f'<html><head><title>Heritage Office</title></head><body bgcolor="#ffffff"><table width="580"><tr><td><font size="5"><b>Heritage Office</b></font><br><font size="2">Friday 4 April 2025</font><br><br>{fs}<font size="1">To unsubscribe reply with REMOVE.</font></td></tr></table></body></html>')
expect['p07-email-font-tags.html']=[t for t,_ in ST[2:5]]
# P8 intro paragraph then strong titles
ps=''.join(f'<p><strong>{E(t)}</strong></p><p>{E(p)}</p>' for t,p in ST[8:11])
w('p08-email-intro.html', page(f'<div><p style="font-size:22px">Environment Agency</p><p>June 2025</p><p>Welcome to the June newsletter. This month we report on the wetland survey, road safety week and the farmers market, and thank the volunteers who helped.</p>{ps}</div>'))
expect['p08-email-intro.html']=[t for t,_ in ST[8:11]]
# P9 page of releases with hr, bold titles, two paragraphs, no dates
rs='<hr>'.join(f'<p><b>{E(t)}</b></p><p>{E(p)}</p><p>Further information is available from the media unit on 02 5550 1234.</p>' for t,p in ST[3:6])
w('p09-page-releases-hr.html', page(f'<div id="nav"><a href="/">Home</a> <a href="/media">Media</a></div><div id="main"><h1>Media releases</h1>{rs}</div><div id="foot">Copyright 2025 Regional Council</div>', "Media releases - Regional Council"))
expect['p09-page-releases-hr.html']=[t for t,_ in ST[3:6]]
# P10 text: titles 2 words with date lines, no separators, no masthead
txt=''.join(f'{t}\n{d}\n\n{p}\n\nMedia contact: 02 5550 1234\n\n\n' for (t,d,p) in [("Path Reopens","12 May 2025",ST[0][1]),("Bus Routes","14 May 2025",ST[1][1]),("Museum grants for small collections","15 May 2025",ST[2][1])])
w('p10-text-short-titles.txt', txt)
expect['p10-text-short-titles.txt']=["Path Reopens","Bus Routes","Museum grants for small collections"]
# P11 text: titles separated by dashes, no dates
txt='COUNCIL MEDIA RELEASES\n\n'+'\n\n----------\n\n'.join(f'{t}\n\n{p}\n\n{ST[(i+5)%12][1]}' for i,t,p in [(0,"Gauges Installed",ST[3][1]),(1,"Apprentice Awards",ST[4][1]),(2,"Dental Van",ST[5][1])])
w('p11-text-dashes.txt', txt)
expect['p11-text-dashes.txt']=["Gauges Installed","Apprentice Awards","Dental Van"]
# P12 text title directly above paragraph
txt='Shire of Eastvale - News in brief - 9 June 2025\n\n'+'\n\n'.join(f'{t}\n{p}' for t,p in ST[6:10])
w('p12-text-title-above-para.txt', txt)
expect['p12-text-title-above-para.txt']=[t for t,_ in ST[6:10]]
# P13 text with one-paragraph stories, blank between
txt='Office of the Administrator\n\n'+'\n\n'.join(f'{t}\n\n{p}' for t,p in ST[9:12])
w('p13-text-blocks.txt', txt)
expect['p13-text-blocks.txt']=[t for t,_ in ST[9:12]]
# negatives
w('n01-release-h1-strong-subheads.html', page(f'<h1>{E(LONG[2])}</h1><p>Monday 3 March 2025</p><p>{E(ST[10][1])}</p><p><strong>Works in the square</strong></p><p>{E(ST[7][1])}</p><p><strong>Parking and access</strong></p><p>{E(ST[11][1])}</p>'))
expect['n01-release-h1-strong-subheads.html']=[LONG[2]]
w('n02-email-release-subheads.html', page(f'<table width="600"><tr><td>Media release</td></tr><tr><td>Tuesday 4 March 2025</td></tr><tr><td style="font-size:22px;font-weight:bold">{E(LONG[1])}</td></tr><tr><td>{E(ST[2][1])}</td></tr><tr><td style="font-weight:bold">Who can apply</td></tr><tr><td>{E(ST[11][1])}</td></tr><tr><td style="font-weight:bold">Support for regional firms</td></tr><tr><td>{E(ST[4][1])}</td></tr></table>'))
expect['n02-email-release-subheads.html']=[LONG[1]]
w('n03-text-release-subheads.txt', f'{LONG[0]}\n\n12 May 2025\n\n{ST[1][1]}\n\nCommunity consultation\n\n{ST[7][1]}\n\nA long-term plan\n\n{ST[10][1]}\n')
expect['n03-text-release-subheads.txt']=[LONG[0]]
w('n04-text-release-numbered.txt', f'MEDIA RELEASE\n\n{LONG[0]}\n\n{ST[1][1]}\n\n1. Funding\n\n{ST[2][1]}\n\n2. Timing\n\n{ST[3][1]}\n')
expect['n04-text-release-numbered.txt']=[LONG[0]]
w('n05-faq-bold-questions.html', page('<h1>Grants: questions and answers</h1>'+''.join(f'<p><b>{q}</b></p><p>{E(p)}</p>' for q,p in [("Who can apply for a grant?",ST[2][1]),("How much can we ask for?",ST[11][1]),("When do applications close?",ST[7][1])])))
expect['n05-faq-bold-questions.html']=["Grants: questions and answers"]
w('n06-html-release-no-h1.html', page(f'<div class="content"><p style="font-size:20px"><b>{E(LONG[1])}</b></p><p>{E(ST[2][1])}</p><p><b>Eligibility rules</b></p><p>{E(ST[11][1])}</p><p><b>Regional firms</b></p><p>{E(ST[4][1])}</p></div>'))
expect['n06-html-release-no-h1.html']=[LONG[1]]
# PDFs
spec=[{"file":"p14-pdf-long-titles-bodybold.pdf","masthead":"Department of Regional Development","sub":"Community information","issue":"June 2025","running":"Regional Development","cols":2,"head_size":10,"head_bold":True,"body_size":10,"body_font":"Times","contents":False,"footer":"",
  "articles":[{"headline":LONG[0],"paras":[ST[1][1],ST[2][1]]},{"headline":LONG[1],"paras":[ST[4][1],ST[5][1]]},{"headline":LONG[2],"paras":[ST[7][1],ST[10][1]]}]},
 {"file":"p15-pdf-short-titles.pdf","masthead":"Eastvale Shire","sub":"Shire news","issue":"Spring 2025","running":"Eastvale Shire","cols":2,"head_size":11,"head_bold":True,"body_size":10,"body_font":"Helvetica","contents":False,"footer":"",
  "articles":[{"headline":"Wetland birds counted","paras":[ST[8][1],ST[9][1]]},{"headline":"New bus routes will link the eastern suburbs soon","paras":[ST[1][1],ST[11][1]]},{"headline":"Apprentices honoured","paras":[ST[4][1]]}]}]
spec1=spec
expect['p14-pdf-long-titles-bodybold.pdf']=LONG
expect['p15-pdf-short-titles.pdf']=["Wetland birds counted","New bus routes will link the eastern suburbs soon","Apprentices honoured"]

# q02 masthead bold directly above first bold title
ps=''.join(f'<p><b>{E(t)}</b></p><p>{E(p)}</p>' for t,p in ST[0:4])
w('q02-email-bold-masthead-adjacent.html', page(f'<div><p><b>Harbour Services Office</b></p>{ps}<p>Unsubscribe from these emails</p></div>', "Harbour Services Office news"))
expect['q02-email-bold-masthead-adjacent.html']=[t for t,_ in ST[0:4]]
# q03 read more links
ps=''.join(f'<h4 style="margin:0">{E(t)}</h4><p>{E(p)}</p><p><a href="/n/{i}">Read more</a></p>' for i,(t,p) in enumerate(ST[4:7]))
w('q03-email-h4-readmore.html', page(f'<div><p>Valley Water Authority newsletter</p><p>April 2025</p>{ps}</div>'))
expect['q03-email-h4-readmore.html']=[t for t,_ in ST[4:7]]
# q04 bold titles with two paragraphs each, no periodical cue
ps=''.join(f'<p><strong>{E(t)}</strong></p><p>{E(p)}</p><p>{E(ST[(i+6)%12][1])}</p>' for i,(t,p) in enumerate(ST[0:3]))
w('q04-email-bold-two-paras.html', page(f'<div><p>Office of the Chief Scientist</p><p>2 May 2025</p>{ps}</div>'))
expect['q04-email-bold-two-paras.html']=[t for t,_ in ST[0:3]]
# q06a text releases with 2-word titles, run-in datelines, no separators
txt='\n\n'.join(f'{t}\n\nEASTPORT, {d} – {p}\n\n{ST[(i+3)%12][1]}' for i,(t,d,p) in enumerate([("Gauges Installed","3 May 2025",ST[3][1]),("Dental Van","5 May 2025",ST[5][1]),("New bus routes for the east","9 May 2025",ST[1][1])]))
w('q06a-text-runin-datelines.txt', txt)
expect['q06a-text-runin-datelines.txt']=["Gauges Installed","Dental Van","New bus routes for the east"]
# q06b text releases with ENDS marks
txt='\n\n'.join(f'{t}\n\n{p}\n\n{ST[(i+3)%12][1]}\n\nENDS' for i,(t,p) in enumerate([("Gauges Installed",ST[3][1]),("Dental Van",ST[5][1]),("Bus Routes",ST[1][1])]))
w('q06b-text-ends-marks.txt', txt)
expect['q06b-text-ends-marks.txt']=["Gauges Installed","Dental Van","Bus Routes"]
# q06c text releases, date BELOW paragraphs? date line above title
txt='\n\n'.join(f'{d}\n{t}\n\n{p}\n\n{ST[(i+3)%12][1]}' for i,(t,d,p) in enumerate([("Gauges Installed","3 May 2025",ST[3][1]),("Dental Van","5 May 2025",ST[5][1]),("Bus Routes","9 May 2025",ST[1][1])]))
w('q06c-text-date-over-title.txt', 'REGIONAL COUNCIL\nMedia releases May 2025\n\n'+txt)
expect['q06c-text-date-over-title.txt']=["Gauges Installed","Dental Van","Bus Routes"]
# q07 html page of releases with run-in datelines
rs=''.join(f'<p><strong>{E(t)}</strong></p><p>EASTPORT, {d} – {E(p)}</p><p>{E(ST[(i+2)%12][1])}</p>' for i,(t,d,p) in enumerate([(LONG[0],"3 May 2025",ST[1][1]),(LONG[1],"5 May 2025",ST[2][1]),(LONG[2],"9 May 2025",ST[7][1])]))
w('q07-page-runin-datelines.html', page(f'<div id="main"><h1>News</h1>{rs}</div>', "News | Eastport"))
expect['q07-page-runin-datelines.html']=LONG
# m01 html release: bold title, date, lead, bold subheads
w('m01-release-bold-title-date.html', page(f'<p><b>{E(LONG[2])}</b></p><p>3 March 2025</p><p>{E(ST[10][1])}</p><p><b>Works in the town square</b></p><p>{E(ST[7][1])}</p><p><b>Parking and access during works</b></p><p>{E(ST[11][1])}</p>', LONG[2]))
expect['m01-release-bold-title-date.html']=[LONG[2]]
# m05 report-like: h1 + intro + bold generic sections
w('m05-report-generic-sections.html', page(f'<h1>Annual water quality report</h1><p>{E(ST[3][1])}</p><p><b>Key findings</b></p><p>{E(ST[8][1])}</p><p><b>Recommendations</b></p><p>{E(ST[9][1])}</p>', "Annual water quality report"))
expect['m05-report-generic-sections.html']=["Annual water quality report"]
# m06 html release: bold title directly followed by lead, bold subheads of 4-6 words
w('m06-release-long-subheads.html', page(f'<p><b>{E(LONG[0])}</b></p><p>{E(ST[1][1])}</p><p><b>Funding for rural water projects</b></p><p>{E(ST[2][1])}</p><p><b>What happens next for councils</b></p><p>{E(ST[3][1])}</p>', LONG[0]))
expect['m06-release-long-subheads.html']=[LONG[0]]
# m07 text release, headline + lead + subheads with one paragraph each, no date
w('m07-text-release-no-date.txt', f'{LONG[1]}\n\n{ST[2][1]}\n\nSupport for regional firms\n\n{ST[4][1]}\n\nHow to apply online\n\n{ST[11][1]}\n')
expect['m07-text-release-no-date.txt']=[LONG[1]]
spec=[{"file":"q09-pdf-3-8-2.pdf","masthead":"Eastvale Shire Council","sub":"Community newsletter","issue":"Autumn 2025","running":"Eastvale","cols":2,"head_size":10,"head_bold":True,"body_size":10,"body_font":"Times","contents":False,"footer":"",
  "articles":[{"headline":"Wetland birds counted","paras":[ST[8][1],ST[9][1],ST[3][1]]},{"headline":"New bus routes will link the eastern suburbs","paras":[ST[1][1],ST[11][1],ST[6][1]]},{"headline":"Apprentices honoured","paras":[ST[4][1],ST[5][1]]}]},
 {"file":"m02-pdf-release-subheads.pdf","masthead":"Department of Regional Development","sub":"Media release","issue":"12 May 2025","running":"Media release","cols":1,"head_size":10,"head_bold":True,"body_size":10,"body_font":"Helvetica","contents":False,"footer":"",
  "articles":[{"headline":LONG[0],"paras":[ST[1][1],ST[2][1]]},{"headline":"Funding for rural water projects","paras":[ST[4][1]]},{"headline":"What happens next for councils","paras":[ST[7][1]]}]},
 {"file":"m03-pdf-release-no-label.pdf","masthead":"Department of Regional Development","sub":"Canberra","issue":"12 May 2025","running":"Regional Development","cols":1,"head_size":12,"head_bold":True,"body_size":10,"body_font":"Helvetica","contents":False,"footer":"",
  "articles":[{"headline":LONG[0],"paras":[ST[1][1],ST[2][1]]},{"headline":"Funding for rural water projects","paras":[ST[4][1]]},{"headline":"What happens next for councils","paras":[ST[7][1]]}]}]
json.dump(spec1+spec, open(os.path.join(HERE,'spec.json'),'w'), indent=1)
expect['q09-pdf-3-8-2.pdf']=["Wetland birds counted","New bus routes will link the eastern suburbs","Apprentices honoured"]
expect['m02-pdf-release-subheads.pdf']=[LONG[0]]
expect['m03-pdf-release-no-label.pdf']=1  # one record; its title is title.go's

json.dump(expect, open(os.path.join(HERE,'expect.json'),'w'), indent=1, ensure_ascii=False)

# batch 3: an e-mail's greeting above the stories; a letter with bold sub-headings
ps=''.join(f'<p><strong>{E(t)}</strong></p><p>{E(p)}</p>' for t,p in ST[4:8])
w('q10-email-greeting-bold.html', page(f'<div><p>Office of the Registrar</p><p>Dear colleagues,</p><p>Welcome to our update for the autumn term. Below you will find four short items from across the office, with contacts for each.</p>{ps}<p>Kind regards, the communications team</p></div>', "Registrar update"))
expect['q10-email-greeting-bold.html']=[t for t,_ in ST[4:8]]
txt='Hello everyone,\n\nWelcome to the staff bulletin for May. Here are this month\'s short items from the regional office, with a contact for each one.\n\n'+'\n\n'.join(f'{t}\n\n{p}' for t,p in ST[0:3])
w('q11-text-greeting-blocks.txt', txt)
expect['q11-text-greeting-blocks.txt']=[t for t,_ in ST[0:3]]
w('m08-letter-bold-subheads.html', page(f'<div><p>Dear Minister,</p><p>Thank you for your letter of March. We set out below the committee’s views on the two questions you asked us to consider.</p><p><b>Parking fees in the town centre</b></p><p>{E(ST[11][1])}</p><p><b>Evening opening of the library</b></p><p>{E(ST[7][1])}</p><p>Yours sincerely,</p><p>Committee chair</p></div>', "Response to the Minister"))
expect['m08-letter-bold-subheads.html']=1
json.dump(expect, open(os.path.join(HERE,'expect.json'),'w'), indent=1, ensure_ascii=False)
