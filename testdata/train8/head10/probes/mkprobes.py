import os, sys
OUT=sys.argv[1] if len(sys.argv)>1 else 'out'
EXP=os.path.join(OUT,'expected.json')
os.makedirs(OUT,exist_ok=True)
import json, os
out=OUT
P=[]  # (name, text, [expected titles])
body1="The minister said the programme would reach more than two thousand households in its first year, with further rounds planned after a review of the results by the end of the year."
body2="Officials from both sides met in the capital on Tuesday to review progress on the agreement and agreed to meet again before the end of the year to settle the remaining questions."
body3="The council will publish the full list of recipients on its website and invites questions from the public through its regional offices until the closing date of the consultation."
def add(name, lines, titles):
    P.append((name, "\n".join(lines)+"\n", titles))
# A: issuer / date-or-ref / label / HEADLINE / short / body
add("a1.txt",["Ministry of Agriculture and Rural Development","No. 45/2017","PRESS RELEASE","MINISTER OPENS NEW GRAIN STORAGE CENTRE FOR SMALL FARMERS IN NORTHERN PROVINCES","",body1],
    ["MINISTER OPENS NEW GRAIN STORAGE CENTRE FOR SMALL FARMERS IN NORTHERN PROVINCES"])
add("a2.txt",["EMBASSY OF THE REPUBLIC OF GHANA","Ref: EMB/PR/112/2021","MEDIA RELEASE","GHANA AND NORWAY SIGN AGREEMENT ON FISHERIES RESEARCH AND TRAINING","","OSLO, 12 MARCH 2021","",body2],
    ["GHANA AND NORWAY SIGN AGREEMENT ON FISHERIES RESEARCH AND TRAINING"])
add("a3.txt",["National Council for Arts and Heritage","14 June 2019","News Release","Council Announces Funding for Forty Community Museums Across the Country","",body3],
    ["Council Announces Funding for Forty Community Museums Across the Country"])
add("a4.txt",["UNIVERSITY OF NAIROBI","2022/08/17","STATEMENT","UNIVERSITY SUSPENDS EXAMINATIONS AFTER FIRE AT MAIN LIBRARY BUILDING","FOR IMMEDIATE RELEASE","",body1],
    ["UNIVERSITY SUSPENDS EXAMINATIONS AFTER FIRE AT MAIN LIBRARY BUILDING"])
add("a5.txt",["Vietnamese Association of Canada","Montreal, 3 May 2018","ANNOUNCEMENT","Community Association Elects New Board and Opens Cultural Centre in Montreal","",body3],
    ["Community Association Elects New Board and Opens Cultural Centre in Montreal"])
# B: date / label / headline
add("b1.txt",["17.03.2020","PRESS RELEASE","Health Ministry Extends School Closures for Two More Weeks as Cases Rise","",body1],
    ["Health Ministry Extends School Closures for Two More Weeks as Cases Rise"])
add("b2.txt",["Tuesday, 9 November 2021","MEDIA ADVISORY","PRIME MINISTER TO HOST REGIONAL LEADERS FOR TALKS ON CLIMATE FINANCE","",body2],
    ["PRIME MINISTER TO HOST REGIONAL LEADERS FOR TALKS ON CLIMATE FINANCE"])
add("b3.txt",["2016-04-05","Media Release","Port authority completes dredging of the eastern channel ahead of schedule","",body3],
    ["Port authority completes dredging of the eastern channel ahead of schedule"])
add("b4.txt",["No. 0123/2019","Communiqué","Joint Commission Reviews Cooperation in Energy, Transport and Water Management","",body2],
    ["Joint Commission Reviews Cooperation in Energy, Transport and Water Management"])
add("b5.txt",["Ref. PR/2023/077","INFORMATION","NEW VISA RULES FOR STUDENTS AND RESEARCHERS TAKE EFFECT ON 1 JULY","",body1],
    ["NEW VISA RULES FOR STUDENTS AND RESEARCHERS TAKE EFFECT ON 1 JULY"])
# C: issuer caps (4) / label (2) / long headline
add("c1.txt",["MINISTRY OF FOREIGN AFFAIRS","Press Statement","Foreign Minister Meets Counterpart from Chile to Discuss Trade, Education and Antarctic Research Cooperation","",body2],
    ["Foreign Minister Meets Counterpart from Chile to Discuss Trade, Education and Antarctic Research Cooperation"])
add("c2.txt",["DEPARTMENT OF SOCIAL WELFARE","News Release","","Department Expands Child Benefit Payments to Families in Remote Island Communities From Next Month","",body1],
    ["Department Expands Child Benefit Payments to Families in Remote Island Communities From Next Month"])
add("c3.txt",["Kenya Red Cross Society","Press Release","Red Cross Scales Up Flood Response in Six Counties After Heavy Rains Displace Thousands","",body3],
    ["Red Cross Scales Up Flood Response in Six Counties After Heavy Rains Displace Thousands"])
add("c4.txt",["THE TREASURY","Media Statement","Treasurer welcomes ratings agency decision to keep the outlook stable for another year","",body1],
    ["Treasurer welcomes ratings agency decision to keep the outlook stable for another year"])
# D: issuer / digits / headline (no label)
add("d1.txt",["Polish Embassy in Canberra","12 February 2020","Poland and Australia Mark Fifty Years of Scientific Exchange With New Scholarships","",body2],
    ["Poland and Australia Mark Fifty Years of Scientific Exchange With New Scholarships"])
add("d2.txt",["ZAMBIA DEVELOPMENT AGENCY","Lusaka, 21/09/2017","AGENCY SIGNS MEMORANDUM WITH INVESTORS TO BUILD THREE SOLAR PLANTS","",body1],
    ["AGENCY SIGNS MEMORANDUM WITH INVESTORS TO BUILD THREE SOLAR PLANTS"])
add("d3.txt",["Irish Refugee Council","Statement 04/2022","Council calls on government to end direct provision within the promised timeframe","",body3],
    ["Council calls on government to end direct provision within the promised timeframe"])
add("d4.txt",["Office of the Ombudsman","REF 2019-114","Ombudsman finds delays in pension appeals and recommends faster review process","",body3],
    ["Ombudsman finds delays in pension appeals and recommends faster review process"])
# E: short 2-word label first then headline
add("e1.txt",["For Immediate Release","","Library Service Opens Three New Branches and Extends Weekend Opening Hours","",body3],
    ["Library Service Opens Three New Branches and Extends Weekend Opening Hours"])
add("e2.txt",["NEWS RELEASE","07 August 2015","","Water Board Warns of Supply Interruptions During Pipeline Repairs Next Week","",body1],
    ["Water Board Warns of Supply Interruptions During Pipeline Repairs Next Week"])
add("e3.txt",["Mozambique Mission Geneva","PRESS RELEASE N° 12","","MOZAMBIQUE PRESENTS NATIONAL REPORT TO THE HUMAN RIGHTS COUNCIL REVIEW","",body2],
    ["MOZAMBIQUE PRESENTS NATIONAL REPORT TO THE HUMAN RIGHTS COUNCIL REVIEW"])
# F: masthead repeated over two releases in one text file
add("f1.txt",["CITY OF WELLINGTON NEWS","","Council approves plan to restore the historic waterfront sheds","",body3,"","CITY OF WELLINGTON NEWS","","New cycle lanes to open along the harbour route in spring","",body1],
    ["Council approves plan to restore the historic waterfront sheds","New cycle lanes to open along the harbour route in spring"])
add("f2.txt",["Sri Lanka Tea Board Bulletin","","Tea exports rise for the third straight month on demand from the Middle East","Colombo, 4 April 2022","",body1,"","Sri Lanka Tea Board Bulletin","","Board launches training programme for smallholder tea growers in Uva","Colombo, 11 April 2022","",body3],
    ["Tea exports rise for the third straight month on demand from the Middle East","Board launches training programme for smallholder tea growers in Uva"])
# G: markdown
add("g1.md",["---","layout: post","date: 2020-06-02","---","","**MINISTRY OF EDUCATION**","","2 June 2020","","## Schools to reopen in phases from next week with smaller classes and staggered hours","",body1],
    ["Schools to reopen in phases from next week with smaller classes and staggered hours"])
add("g2.md",["# Embassy of Chile in Canberra","","Media Release | 15 May 2019","","## Chile and Australia agree to expand working holiday visas for young people","",body2],
    ["Chile and Australia agree to expand working holiday visas for young people"])
add("g3.md",["---","title: Press release","date: 2018-11-20","---","","National Heritage Board","","**PRESS RELEASE**","","# NATIONAL MUSEUM RETURNS SIXTY ARTEFACTS TO THEIR COMMUNITIES OF ORIGIN","",body3],
    ["NATIONAL MUSEUM RETURNS SIXTY ARTEFACTS TO THEIR COMMUNITIES OF ORIGIN"])
add("g4.md",["ASEAN Youth Council","","No. 7/2021","","Youth council launches regional volunteer exchange for climate action projects","",body3],
    ["Youth council launches regional volunteer exchange for climate action projects"])
add("g5.md",["---","layout: page","permalink: /news/2019-03-01-grants/","---","","### Media Release","","**Arts Grants Open for Regional Festivals and Touring Companies Across the State**","",body3],
    ["Arts Grants Open for Regional Festivals and Touring Companies Across the State"])
add("g6.md",["# Ministry of Health","## Press Statement","","### Ministry confirms two new cases of measles and urges parents to check vaccination records","",body1],
    ["Ministry confirms two new cases of measles and urges parents to check vaccination records"])
# H: more txt in varied forms
add("h1.txt",["Department of Tourism, Philippines","","Date: 08 October 2019","","TOURISM DEPARTMENT LAUNCHES NEW CAMPAIGN TO PROMOTE DIVING DESTINATIONS","",body1],
    ["TOURISM DEPARTMENT LAUNCHES NEW CAMPAIGN TO PROMOTE DIVING DESTINATIONS"])
add("h2.txt",["Federal Ministry of Finance","Berlin, 1 December 2016","","Federal government agrees budget framework with higher spending on research","",body2],
    ["Federal government agrees budget framework with higher spending on research"])
add("h3.txt",["ETHIOPIAN DIASPORA ASSOCIATION","","PRESS RELEASE","","Diaspora association raises funds for drought relief in the southern lowlands","",body3],
    ["Diaspora association raises funds for drought relief in the southern lowlands"])
add("h4.txt",["Government of Nunavut","News Release","","19-045","","Territory invests in new health centre for Pangnirtung and two smaller communities","",body1],
    ["Territory invests in new health centre for Pangnirtung and two smaller communities"])
add("h5.txt",["MINISTÈRE DES AFFAIRES ÉTRANGÈRES","Communiqué de presse","","Le ministre reçoit son homologue du Sénégal pour un entretien sur la sécurité régionale","",body2],
    ["Le ministre reçoit son homologue du Sénégal pour un entretien sur la sécurité régionale"])
add("h6.txt",["Korean Cultural Centre UK","PRESS RELEASE","18/01/2023","","KOREAN FILM FESTIVAL RETURNS TO LONDON WITH TWENTY NEW TITLES","",body3],
    ["KOREAN FILM FESTIVAL RETURNS TO LONDON WITH TWENTY NEW TITLES"])
add("h7.txt",["Bangladesh High Commission","London","","Press Release No. 23","","High Commission holds consular camp for Bangladeshis in Birmingham and Manchester","",body1],
    ["High Commission holds consular camp for Bangladeshis in Birmingham and Manchester"])
add("h8.txt",["Transparency Uganda","Media Release","","Anti-corruption groups demand publication of all public procurement contracts","",body3],
    ["Anti-corruption groups demand publication of all public procurement contracts"])
add("h9.txt",["NATIONAL ELECTORAL COMMISSION","Statement No. 3","","COMMISSION EXTENDS VOTER REGISTRATION BY ONE WEEK IN FOUR DISTRICTS","",body1],
    ["COMMISSION EXTENDS VOTER REGISTRATION BY ONE WEEK IN FOUR DISTRICTS"])
add("h10.txt",["Auckland Museum","Media Information","July 2018","","Museum unveils restored war memorial windows after two years of conservation","",body3],
    ["Museum unveils restored war memorial windows after two years of conservation"])
exp={}
for n,t,ts in P:
    open(os.path.join(out,n),'w').write(t); exp[n]=ts
json.dump(exp,open(EXP,'w'),indent=1)
print(len(P))
# I: short issuer names (no head noun, capitals) and negatives
P2=[]
def add2(name, lines, titles): P2.append((name, "\n".join(lines)+"\n", titles))
add2("i1.txt",["PACIFIC OCEAN WATCH","MEDIA UNIT","","Divers count record numbers of turtles on the reefs off Upolu this season","",body1],["Divers count record numbers of turtles on the reefs off Upolu this season"])
add2("i2.txt",["THE HARBOUR LETTER","MEDIA DESK","","Harbour board agrees to dredge the old channel for larger ferries","",body2],["Harbour board agrees to dredge the old channel for larger ferries"])
add2("i3.txt",["OXFAM AOTEAROA","","Aid groups call for faster payments to families hit by cyclone damage","",body3],["Aid groups call for faster payments to families hit by cyclone damage"])
add2("i4.txt",["Riverside Arts Council","","Council opens applications for its summer residencies for young painters and writers","",body3],["Council opens applications for its summer residencies for young painters and writers"])
add2("i5.md",["**GREEN VALLEY GROWERS**","","Growers warn that late frosts could halve this year's apple and pear harvest","",body1],["Growers warn that late frosts could halve this year's apple and pear harvest"])
add2("i6.txt",["AMNESTY INTERNATIONAL","PUBLIC STATEMENT","","Authorities must release detained journalists and drop all charges against them","",body2],["Authorities must release detained journalists and drop all charges against them"])
# negatives: short headline with a deck; wrapped title-case headline
add2("n1.txt",["Climate Vouchers","","Households can now claim climate vouchers to buy energy-saving appliances","",body1],["Climate Vouchers"])
add2("n2.txt",["Coastal Resilience Plan","Agreed by Pacific Ministers at Annual Meeting","",body2],["Coastal Resilience Plan Agreed by Pacific Ministers at Annual Meeting"])
add2("n3.txt",["Budget 2024","","Government sets out plans for growth and fairer taxes across the country","",body1],["Budget 2024"])
add2("n4.txt",["WATER RESTRICTIONS LIFTED","","Residents in the northern suburbs may water gardens again from Monday","",body3],["WATER RESTRICTIONS LIFTED"])
for n,t,ts in P2:
    open(os.path.join(out,n),'w').write(t); exp[n]=ts
json.dump(exp,open(EXP,'w'),indent=1)
P3=[]
def add3(name, lines, titles): P3.append((name, "\n".join(lines)+"\n", titles))
add3("j1.txt",["TE PUNI KOKIRI","Wellington, New Zealand","","Iwi and government sign agreement to restore the river and return land to local hapu","",body1],["Iwi and government sign agreement to restore the river and return land to local hapu"])
add3("j2.txt",["CARITAS INTERNATIONALIS ROME","Press Release","","Aid agencies warn that millions face hunger as the rains fail for a third season in the Horn of Africa","",body2],["Aid agencies warn that millions face hunger as the rains fail for a third season in the Horn of Africa"])
add3("j3.md",["+++","title = \"Media Release\"","date = 2021-03-02","+++","","**UNHCR REGIONAL BUREAU ASIA**","","Briefing Notes","","Refugee agency appeals for funds to shelter families displaced by the floods in the south","",body3],["Refugee agency appeals for funds to shelter families displaced by the floods in the south"])
add3("j4.txt",["Monday, 12 May 2020","MEDIA ADVISORY","Minister to open regional trade fair and meet exporters from the northern provinces","",body1],["Minister to open regional trade fair and meet exporters from the northern provinces"])
add3("j5.txt",["Embassy of Brazil in Ottawa","12 May 2020","PRESS RELEASE","BRAZIL AND CANADA LAUNCH JOINT RESEARCH FUND FOR CLEAN ENERGY TECHNOLOGIES","FOR IMMEDIATE RELEASE","",body2],["BRAZIL AND CANADA LAUNCH JOINT RESEARCH FUND FOR CLEAN ENERGY TECHNOLOGIES"])
add3("j6.md",["---","title: \"Ministry of Tourism\"","date: 2019-07-04","---","","# Ministry of Tourism","","## Tourist arrivals reach a record high in the first half of the year on strong demand from Europe","",body1],["Tourist arrivals reach a record high in the first half of the year on strong demand from Europe"])
add3("j7.txt",["GREENPEACE AOTEAROA","MEDIA RELEASE","24 August 2022","","Greenpeace calls on government to ban bottom trawling on seamounts before the next fishing season","",body3],["Greenpeace calls on government to ban bottom trawling on seamounts before the next fishing season"])
add3("j8.txt",["OFFICE OF THE PRESIDENT","REPUBLIC OF THE PHILIPPINES","Presidential Communications Office","","PRESIDENT SIGNS LAW EXTENDING FREE TUITION TO STATE TECHNICAL SCHOOLS","",body1],["PRESIDENT SIGNS LAW EXTENDING FREE TUITION TO STATE TECHNICAL SCHOOLS"])
for n,t,ts in P3:
    open(os.path.join(out,n),'w').write(t); exp[n]=ts
json.dump(exp,open(EXP,'w'),indent=1)
