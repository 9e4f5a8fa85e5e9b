# Real Hong Kong Government press releases (English), copied from
# wusiuyu/hknews gia_backup.csv @ 000a76b959d4972cfed6d4594a8e907ca3154aee
# (a scrape of https://www.info.gov.hk/gia/general/ ; columns title, date, url,
# news_content). Text as in the CSV; the CSV's leading blanks of paragraphs kept out.
R = {}
R['A'] = dict(title="Smart Traffic Fund approves four projects", date="2026-01-22 17:02",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200320.htm", body="""The Transport Department (TD) today (January 22) announced that the 23rd batch of the Smart Traffic Fund, this one involving four projects, has been approved by the Management Committee, with a total grant of around $24.4 million.

The four approved projects in the latest batch cover:

(1) a machine learning-based driving performance analysis assistance system using multimodal sensor technology and in-vehicle video analysis applicable to driving tests;
(2) an end-to-end intelligent driving system applicable to the logistics industry;
(3) a real-time driver attention monitoring and alerting system based on analysis of physiological data from wearable health-tracking wristbands; and
(4) a tailor-made bus automatic emergency braking system design for Hong Kong's road and traffic conditions.

Details of the projects are available on the Fund's website (www.stf.hkpc.org).

The Fund accepts applications throughout the year to provide funding support to local organisations and enterprises for conducting research and applying innovation and technology, with the objectives of enhancing commuting convenience, enhancing the efficiency of the road network or road space, and improving driving safety. All applications are considered and assessed in batches by the Management Committee, which is chaired by the Deputy Commissioner for Transport/Planning and Technical Services, and comprises representatives from the Government, experts in the industry and relevant stakeholders.

The TD appeals to interested organisations and enterprises for participation to help make the Fund a success and to build Hong Kong into a more liveable and sustainable city by driving Hong Kong toward a new era of transportation.

Application details are available on the Fund's website. For enquiries, please contact the Hong Kong Productivity Council, the Secretariat of the Fund, on 2788 5536 orstf_sec@hkpc.org.""")
R['C'] = dict(title="New service arrangements for LCSD's Mobile Library 6", date="2026-01-22 16:40",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200297.htm", body="""The service point of Mobile Library 6 at Shau Kei Wan Market on Shau Kei Wan Main Street East will cease service from January 29, a spokesman for the Leisure and Cultural Services Department announced today (January 22).

Readers are welcome to use library facilities and services at the Yiu Tung Public Library at Yiu Tung Estate in Shau Kei Wan. The opening hours of the library are from 10am to 7pm from Mondays to Wednesdays and on Fridays, from 10am to 5pm on Saturdays and Sundays, and from 10am to 1pm on public holidays. Readers are also welcome to use the service point at Oi Tung Estate in Aldrich Bay. The opening hours of the service point are from 10am to 1pm every alternate Tuesday, and from 10am to 1pm and 2pm to 6pm on Thursdays, except public holidays.

In addition, the service periods of mobile library service points at Heng Fa Chuen in Chai Wan and Tai Hong Street in Lei King Wan will be extended starting from March 2. For the service point at Heng Fa Chuen, the additional service period will be from 10am to 1pm and 2pm to 6pm on Mondays, and for the service point at Lei King Wan, the additional service period will be from 10am to 1pm and 2pm to 6pm on Wednesdays, except public holidays.

For details of Mobile Library 6 services, please call 2505 4690 or visit the website of the Hong Kong Public Libraries: www.hkpl.gov.hk.""")
R['D'] = dict(title="HKPF showcases policing professionalism at Expo (with photos)", date="2026-01-22 16:33",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200456.htm", body="""The Hong Kong Police Force (HKPF) is participating in the Education & Careers Expo 2026 at the Hong Kong Convention and Exhibition Centre in Wan Chai from today (January 22) for four consecutive days, to showcase the professionalism of the Force while providing comprehensive information on the latest recruitment opportunities.

During the exhibition, Recruitment Division officers and the Recruitment Spokespersons address police aspirants' enquiries regarding policing, career development and training, entry requirements, remuneration and benefits. Uniforms of various Police units and information of Volunteer Secondary Duty Cadres are on display, illustrating the diversity and prospect of police career and enhancing the public's understanding.

Members of the public are welcome to visit the HKPF's booth at Hall 1D (booth number: B14). Persons with aspirations to join the Police may submit their applications for Probationary Inspector, Recruit Police Constable or Police Constable (Auxiliary) positions on site. For details, please visit the Police recruitment webpage (www.police.gov.hk/ppp_en/15_recruit).""")
R['E'] = dict(title="Consumer Price Indices for December 2025", date="2026-01-22 16:30",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200447.htm", body="""The Census and Statistics Department (C&SD) released today (January 22) the Consumer Price Index (CPI) figures for December 2025. According to the Composite CPI, overall consumer prices rose by 1.4% in December 2025 over the same month a year earlier, larger than the corresponding increase (1.2%) in November 2025. Netting out the effects of all Government's one-off relief measures, the year-on-year rate of increase in the Composite CPI (i.e. the underlying inflation rate) in December 2025 was 1.2%, also larger than that in November 2025 (1.0%). The larger increase was mainly due to the increases in the charges for package tours as well as inbound and outbound transport fares.

On a seasonally adjusted basis, the average monthly rate of increase in the Composite CPI for the 3-month period ending December 2025 was 0.2%, and that for the 3-month period ending November 2025 was 0.1%. Netting out the effects of all Government's one-off relief measures, the corresponding rates of increase were 0.2% and 0.1%.

Analysed by sub-index, the year-on-year rates of increase in the CPI(A), CPI(B) and CPI(C) were 1.5%, 1.3% and 1.4% respectively in December 2025, as compared to 1.5%, 1.1% and 1.1% respectively in November 2025. Netting out the effects of all Government's one-off relief measures, the year-on-year rates of increase in the CPI(A), CPI(B) and CPI(C) were 1.0%, 1.2% and 1.4% respectively in December 2025, as compared to 0.9%, 1.0% and 1.1% respectively in November 2025.

Amongst the various components of the Composite CPI, year-on-year increases in prices were recorded in December 2025 for transport (4.3%), miscellaneous services (2.3%), alcoholic drinks and tobacco (2.0%), housing (1.6%), miscellaneous goods (1.2%), meals out and takeaway food (1.1%), and basic food (0.7%).

On the other hand, year-on-year decreases in the components of the Composite CPI were recorded in December 2025 for durable goods (-2.6%), clothing and footwear (-1.7%), and electricity, gas and water (-1.6%).

In the fourth quarter of 2025, the Composite CPI rose by 1.3% over a year earlier, while the CPI(A), CPI(B) and CPI(C) rose by 1.4%, 1.2% and 1.2% respectively. The corresponding increases after netting out the effects of all Government's one-off relief measures were 1.1%, 1.0%, 1.1% and 1.2% respectively.

For 2025 as a whole, the Composite CPI was 1.4% higher than that in the preceding year. The respective increases in the CPI(A), CPI(B) and CPI(C) were 1.9%, 1.3% and 1.1% respectively. The corresponding increases after netting out the effects of all Government's one-off relief measures were 1.1%, 1.3%, 1.0% and 1.0% respectively.

{H}Commentary

A Government spokesman said that consumer price inflation stayed modest in December 2025. The underlying Composite CPI increased by 1.2% in the month over a year earlier, giving an annual increase of 1.1% for 2025 as a whole, same as the preceding year. Price pressures on various major components remained generally contained.

Looking ahead, overall inflation should stay modest in the near term, as domestic cost and external price pressures are still mild.

{H}Further information

The CPIs and year-on-year rates of change at section level for December 2025 are shown in Table 1. The time series on the year-on-year rates of change in the CPIs before and after netting out the effects of all Government's one-off relief measures are shown in Table 2. For discerning the latest trend in consumer prices, it is also useful to look at the changes in the seasonally adjusted CPIs. The time series on the average monthly rates of change during the latest 3 months for the seasonally adjusted CPIs are shown in Table 3. The rates of change in the original and the seasonally adjusted Composite CPI and the underlying inflation rate are presented graphically in Chart 1.

More detailed statistics are given in the "Monthly Report on the Consumer Price Index". Users can browse and download this publication at the website of the C&SD (www.censtatd.gov.hk/en/EIndexbySubject.html?pcode=B1060001&scode=270).

For enquiries about the CPIs, please contact the Consumer Price Index Section of the C&SD (Tel: 3903 7374 or email: cpi@censtatd.gov.hk).""")
R['G'] = dict(title='HKPF urges public to stay vigilant against phishing SMS messages and fake "eTraffic Ticket Platform" websites (with photo)', date="2026-01-22 16:12",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200488.htm", body="""The Hong Kong Police Force (HKPF) today (January 22) urges members of the public to stay vigilant and beware of fraudulent electronic traffic ticket SMS messages purportedly issued by the "eTraffic Ticket Platform" (the Platform). These SMS messages contain hyperlinks to fake websites that pose as the relevant official Platform's Verify/ Pay Ticket page, in an attempt to deceive citizens into providing their credit card details and personal information.

The HKPF sternly clarifies that the relevant fraudulent websites as listed in the fraudulent electronic traffic ticket SMS messages (https://etraffictickot.top/hk/, https://etrafticket.one/hk) are not official platforms. Members of the public are reminded not to click on any hyperlinks.

The Platform of the HKPF (https://www.etrafficticket.gov.hk) will also require members of the public to enter the notice number in addition to the vehicle registration mark. Details of the Fixed Penalty Notices ("FPNs"), including the offence date, time and location, will be displayed for verification.

The HKPF reiterates that all electronic FPNs SMS messages will only be issued under the HKPF sender name "#HKPF-eTT". Please note that the FPNs, whether issued via SMS messages or email, will never contain any hyperlinks.

Members of the public are reminded to stay vigilant if they receive SMS messages from unknown sources. Do not click on any hyperlinks, log in to suspicious websites, or provide any personal information. Any member of the public who has provided personal information to the relevant websites should dial 18222 to contact the Anti-Deception Coordination Centre officers of the HKPF. For any enquiries regarding the Platform, please call 181 181.

The HKPF also appeals to the public with the following anti-deception tips:

All SMS tickets are issued under the SMS sender name "#HKPF-eTT"; any of those issued from other sender names are fraudulent;
All SMS messages or email tickets do not contain any hyperlinks. Members of the public should stay vigilant and avoid clicking on any suspicious hyperlinks or providing any personal information; and
The Platform's thematic portal has a domain ending with ".gov.hk". Websites that do not end with ".gov.hk" are not government websites.""")
R['H'] = dict(title="Inspection of aquatic products imported from Japan", date="2026-01-22 16:10",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200485.htm", body="""In response to the Japanese Government's plan to discharge nuclear-contaminated water at the Fukushima Nuclear Power Station, the Director of Food and Environmental Hygiene issued a Food Safety Order which prohibits all aquatic products, sea salt and seaweeds originating from the 10 metropolis/prefectures, namely Tokyo, Fukushima, Ibaraki, Miyagi, Chiba, Gunma, Tochigi, Niigata, Nagano and Saitama, from being imported into and supplied in Hong Kong.

For other Japanese aquatic products, sea salt and seaweeds that are not prohibited from being imported into Hong Kong, the Centre for Food Safety (CFS) of the Food and Environmental Hygiene Department is conducting comprehensive radiological tests to verify that the radiation levels of these products do not exceed the guideline levels before they are allowed to be supplied in the market.

From noon on January 21 to noon today (January 22), the CFS conducted tests on the radiological levels of 48 food samples imported from Japan, which were of the "aquatic and related products, seaweeds and sea salt" category. No sample was found to have exceeded the safety limit. Details can be found on the CFS's thematic website titled "Control Measures on Foods Imported from Japan" (www.cfs.gov.hk/english/programme/programme_rafs/programme_rafs_fc_01_30_Nuclear_Event_and_Food_Safety.html).

In parallel, the Agriculture, Fisheries and Conservation Department (AFCD) has also tested 50 samples of local catch for radiological levels. All the samples passed the tests. Details can be found on the AFCD's website (www.afcd.gov.hk/english/fisheries/Radiological_testing/Radiological_Test.html).

The Hong Kong Observatory (HKO) has also enhanced the environmental monitoring of the local waters. No anomaly has been detected so far. For details, please refer to the HKO's website (www.hko.gov.hk/en/radiation/monitoring/seawater.html).

From August 24, 2023, to noon today, the CFS and the AFCD have conducted tests on the radiological levels of 198 394 samples of food imported from Japan (including 127 439 samples of aquatic and related products, seaweeds and sea salt) and 43 820 samples of local catch respectively. All the samples passed the tests.""")
R['I'] = dict(title="Effective Exchange Rate Index", date="2026-01-22 16:00",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200173.htm", body="""The effective exchange rate index for the Hong Kong dollar on Thursday, January 22, 2026 is 102.8 (up 0.1 against yesterday's index).""")
R['J'] = dict(title="Starry Lee Wai-king resigns as Convenor of Working Group on Patriotic Education", date="2026-01-22 15:30",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012200256.htm", body="""The Government today (January 22) announced that Dr Starry Lee Wai-king has tendered her resignation to the Chief Secretary for Administration as Convenor of the Working Group on Patriotic Education (the Working Group) under the Constitution and Basic Law Promotion Steering Committee (CBLPSC), with immediate effect.

Dr Lee has served as Convenor of the Working Group since its establishment in April 2024. Following her election as President of the Eighth Legislative Council, she has tendered her resignation. The Chief Secretary for Administration and CBLPSC Chairman, Mr Chan Kwok-ki, expressed his sincere thanks for Dr Lee's valuable contributions. He said, "Dr Lee has proactively led the work of the Working Group and provided a wealth of valuable advice to the Government on promoting patriotic education and enhancing the sense of patriotism and national sentiment of the public. She has made significant contributions to the work of the Working Group."

The Government will appoint a new Convenor to the Working Group and announce the appointment in due course.

The Working Group on Patriotic Education is responsible for advising the Government on the overall programme and strategy for promoting patriotic education, the implementation of related work, co-ordination and collaboration between government departments and non-governmental organisations, as well as other relevant matters.""")
R['F'] = dict(title="Education Bureau takes part in Education & Careers Expo 2026 (with photos)", date="2026-01-22 16:28",
url="https://www.info.gov.hk/gia/general/202601/22/P2026012100506.htm", body="""The Education Bureau (EDB) is participating in the Education & Careers Expo 2026 at the Hong Kong Convention and Exhibition Centre from today (January 22) for four consecutive days, with an exhibition booth and a seminar.

The Secretary for Education, Dr Choi Yuk-lin, officiated at the opening ceremony. Noting that the Expo is entering its 35th edition, Dr Choi said the event has been offering comprehensive and timely information on further education and career opportunities over the years, which dovetails with the Government's commitment to creating flexible, diversified learning pathways with multiple entry and exit points for all. Through vocational and professional education and training, the EDB encourages young people to choose educational and career paths that suit their unique strengths and passions. The Government will continue to promote universities of applied sciences, life planning education and the Business-School Partnership Programme, among others, for students at different stages of their studies, and equip them with multifaceted and coherent support for planning further studies and career pursuits, with a view to nurturing the professional and skilled talent essential for Hong Kong's continued growth.

Dr Choi then visited the EDB's booth that introduces different professional grades of the bureau to enhance the public's understanding, especially students and jobseekers, of the career opportunities in the EDB. She encouraged all those wishing to develop their careers in the education sector to join the EDB in driving quality school education for students.

The EDB's booth introduces the career information of different professional grades of the EDB, including Education Officer (Secondary School Teacher), Primary School Master/Mistress, Inspector (Graduate), Education Officer (Administration), Specialist (Education Services) and Speech Therapists in government schools. Apart from the above, it also showcases the important work accomplished by the EDB in promoting quality education in Hong Kong. The EDB welcomes the public to visit the booth.

The EDB will hold a seminar themed "Advancing and Embracing Opportunities with Professionalism in Education, Cultivating Core Values Through Upholding Integrity and Driving Innovation" at the Open Forum, Hall 1E, from 12.45pm to 1.15pm tomorrow (January 23) to introduce the scope of work and career development of the professional grades. Officers of respective grades and heads of government schools will share how they contribute with their specialised and all-round roles in pursuing the mission and vision of the EDB.

The Education & Careers Expo 2026 is held at Halls 1D and 1E of the Hong Kong Convention and Exhibition Centre. Admission is free. The EDB's booth is located at Hall 1E (Booth 1E-A10). Opening hours are from 10am to 7pm from today to January 24, and from 10am to 6pm on January 25. Souvenirs are distributed at the booth while stocks last.

For recruitment information of the EDB, please visit:www.edb.gov.hk/en/about-edb/info/recruitment/index.html.""")
R['L'] = dict(title='HKMC organises premiere and sharing session of "100 Things I Want to Do after Retirement" (with photos)', date="2026-01-21 17:30",
url="https://www.info.gov.hk/gia/general/202601/21/P2026012100312.htm", body="""The following is issued on behalf of the Hong Kong Monetary Authority:

The Hong Kong Mortgage Corporation Limited (HKMC) organised the premiere of "100 Things I Want to Do after Retirement" and a sharing session on retirement planning today (January 21) to promote the use of the "HKMC Retire 3", namely the Reverse Mortgage Programme (RMP), the Policy Reverse Mortgage Programme (PRMP) and the HKMC Annuity Plan (Note), to generate lifelong payouts in support of achieving personal retirement goals.

Around 30 partners of the HKMC (see Annex), including banks, companies in the insurance industry, public bodies and social enterprises, attended the premiere of the micro-film "100 Things I Want to Do after Retirement" starring Mr Kenny Wong and Ms Louise Lee, and participated in a lighting ceremony wishing the best for the public's retirement lives. In addition, a retirement planning sharing session, which was open to the public, was conducted to introduce the "HKMC Retire 3" and AMIGOS By HKMC loyalty programme.

The Executive Director and Chief Executive Officer of the HKMC, Mr Colin Pou,said, "One of the HKMC's missions is to promote the development of the retirement planning market. Since the launch of the three products under the 'HKMC Retire 3' from 2011 onwards, we have helped over 45 000 customers enhance the quality of their retirement lives. I hope this micro-film can resonate with the public and inspire them to plan ahead for their retirement. The HKMC will continue to step up the promotion of the 'HKMC Retire 3' and strengthen financial education for the elderly, so as to support the Government's initiative to address the ageing society and promote silver economy."

The micro-film "100 Things I Want to Do after Retirement" is now available on the HKMC's YouTube Channel (www.youtube.com/@HKMC_Channel) for public viewing. Concurrently, the HKMC is rolling out a year-round promotion and education campaign, with advertisements to be launched successively across diverse channels, including television, radio, online media and outdoor media.

For any enquiries on the product features or application methods of the "HKMC Retire 3", please call the hotline at 2536 0833.

Note: The RMP and the PRMP are operated by HKMC Insurance Limited, and the HKMC Annuity Plan is underwritten by HKMC Annuity Limited. HKMC Insurance Limited and HKMC Annuity Limited are wholly-owned subsidiaries of the HKMC.""")
R['M'] = dict(title="HAD opens temporary cold shelters", date="2026-01-21 17:30",
url="https://www.info.gov.hk/gia/general/202601/21/P2026012100503.htm", body="""In view of the cold weather, the Home Affairs Department has opened 18 temporary cold shelters in various districts today (January 21) for people in need of the service. The temporary shelters will remain open when the Cold Weather Warning is in force.

Clean mattresses and blankets/quilts, hot meals and hot water will be provided to shelter users free of charge during the opening of the temporary shelters.

To ensure that cold shelter users can rest in a quiet and undisturbed environment, members of the public or agencies wishing to make donations to shelter users are requested to register with the staff of the shelter first. Donors will then be directed to place the donated items at a specified indoor location. The staff will help notify the shelter users to collect the items on their own.

Anyone seeking temporary refuge, or those with any questions about the donation arrangements at the cold shelters, may call the department's hotline 2572 8427 for more information.

The 18 temporary cold shelters are located at:

Hong Kong Island:
--------------------
Central and Western:
Sai Ying Pun Community Complex Community Hall
3/F, Sai Ying Pun Community Complex,
2 High Street, Sai Ying Pun

Eastern:
Causeway Bay Community Centre
3/F, 7 Fook Yum Road, Causeway Bay

Southern:
Lei Tung Community Hall
Lei Tung Estate, Ap Lei Chau

Wan Chai:
Wan Chai Activities Centre
LG/F, Wan Chai Market, 258 Queen's Road East, Wan Chai

Kowloon:
------------------
Kowloon City:
Hung Hom Community Hall
1/F, Kowloon City Government Offices,
42 Bailey Street, Hung Hom

Kwun Tong:
Lam Tin (West) Estate Community Centre
71 Kai Tin Road, Lam Tin

Sham Shui Po:
Nam Cheong District Community Centre
1 Cheong San Lane, Sham Shui Po

Wong Tai Sin:
Tsz Wan Shan (South) Estate Community Centre
45 Wan Wah Street, Tsz Wan Shan

Yau Tsim Mong:
Henry G Leong Yaumatei Community Centre
60 Public Square Street, Yau Ma Tei

New Territories:
----------------
Islands:
Tung Chung Community Hall
G/F, Tung Chung Municipal Services Building, 39 Man Tung Road, Tung Chung

Kwai Tsing:
Tai Wo Hau Estate Community Centre
15 Tai Wo Hau Road, Kwai Chung

North:
Cheung Wah Community Hall
Cheung Wah Estate, Fanling

Sai Kung:
Hang Hau Community Hall
G/F, Sai Kung Tseung Kwan O Government Complex,
38 Pui Shing Road, Hang Hau, Tseung Kwan O

Sha Tin:
Lung Hang Estate Community Centre
Lung Hang Estate, Sha Tin

Tai Po:
Tai Po Community Centre
2 Heung Sze Wui Street, Tai Po

Tsuen Wan:
Lei Muk Shue Community Hall
G/F, Hong Shue House, Lei Muk Shue Estate, Tsuen Wan

Tuen Mun:
Butterfly Bay Community Centre
Butterfly Estate (near Tip Sum House), Tuen Mun

Yuen Long:
Long Ping Community Hall
Long Ping Estate, Yuen Long""")
