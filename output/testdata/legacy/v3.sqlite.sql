PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT;
INSERT INTO schema_migrations VALUES(1,'init','2026-12-07T05:57:38.226042Z');
INSERT INTO schema_migrations VALUES(2,'events','2026-12-07T05:57:38.228698Z');
INSERT INTO schema_migrations VALUES(3,'fulltext','2026-12-07T05:57:38.234365Z');
CREATE TABLE records (
    id              TEXT PRIMARY KEY,
    source_identity TEXT NOT NULL,
    source_uri      TEXT,
    source_path     TEXT,
    source_sha256   TEXT,
    content_type    TEXT,
    source_size     INTEGER NOT NULL DEFAULT 0,
    fetched_at      TEXT,
    segment         INTEGER NOT NULL,
    title           TEXT NOT NULL,
    published       TEXT,
    published_start TEXT,
    published_end   TEXT,
    language        TEXT NOT NULL,
    text            TEXT NOT NULL,
    schema_version  TEXT NOT NULL,
    raw             TEXT NOT NULL CHECK (json_valid(raw)),
    raw_sha256      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (source_identity, segment)
) STRICT;
INSERT INTO records VALUES('fba9f92d9ab68d0ae3550e8c292a6b61','file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt','file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt','w10_eu_council_two_releases.txt','e719f2b06f5bcf6783ff0adbf14cf4ed91b57bcbb459a28ceaea1f96ae7ff0ef','text/plain; charset=utf-8',2032,NULL,0,'EU-Canada: Joint Ministerial Committee reviews progress on critical minerals','2025-06-12','2025-06-12','2025-06-12','en',replace('Council of the European Union\nRue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319\npress@consilium.europa.eu - www.consilium.europa.eu/press\n\n12 June 2025 10:45\n\nEU-Canada: Joint Ministerial Committee reviews progress on critical minerals\n\nThe EU and Canada held the fifth meeting of the EU-Canada Joint Ministerial Committee in Ottawa on 11 June 2025. The meeting was co-chaired by the High Representative of the Union for Foreign Affairs and Security Policy, Kaja Kallas, and Canada''s Minister of Foreign Affairs, Marguerite Dubois-Tremblay.\n\nMinisters reviewed the implementation of the Strategic Partnership Agreement and the EU-Canada Comprehensive Economic and Trade Agreement (CETA), and welcomed the second EU-Canada Raw Materials Dialogue, held in Brussels on 3 March 2025. They agreed that Natural Resources Canada and the European Commission''s Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs will prepare a joint work plan by the end of 2025.','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"fba9f92d9ab68d0ae3550e8c292a6b61","source":{"uri":"file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt","path":"w10_eu_council_two_releases.txt","sha256":"e719f2b06f5bcf6783ff0adbf14cf4ed91b57bcbb459a28ceaea1f96ae7ff0ef","content_type":"text/plain; charset=utf-8","size":2032,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":0,"title":"EU-Canada: Joint Ministerial Committee reviews progress on critical minerals","published":"2025-06-12","language":"en","text":"Council of the European Union\nRue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319\npress@consilium.europa.eu - www.consilium.europa.eu/press\n\n12 June 2025 10:45\n\nEU-Canada: Joint Ministerial Committee reviews progress on critical minerals\n\nThe EU and Canada held the fifth meeting of the EU-Canada Joint Ministerial Committee in Ottawa on 11 June 2025. The meeting was co-chaired by the High Representative of the Union for Foreign Affairs and Security Policy, Kaja Kallas, and Canada''s Minister of Foreign Affairs, Marguerite Dubois-Tremblay.\n\nMinisters reviewed the implementation of the Strategic Partnership Agreement and the EU-Canada Comprehensive Economic and Trade Agreement (CETA), and welcomed the second EU-Canada Raw Materials Dialogue, held in Brussels on 3 March 2025. They agreed that Natural Resources Canada and the European Commission''s Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs will prepare a joint work plan by the end of 2025.","dates":[{"text":"12 June 2025","value":"2025-06-12","start":"2025-06-12","end":"2025-06-12","role":"published","mentions":[{"text":"12 June 2025","start":151,"end":163}]},{"text":"11 June 2025","value":"2025-06-11","start":"2025-06-11","end":"2025-06-11","mentions":[{"text":"11 June 2025","start":348,"end":360}]},{"text":"3 March 2025","value":"2025-03-03","start":"2025-03-03","end":"2025-03-03","role":"event","mentions":[{"text":"3 March 2025","start":778,"end":790}]},{"text":"the end of 2025","value":"2025","start":"2025-01-01","end":"2025-12-31","mentions":[{"text":"the end of 2025","start":975,"end":990}]}],"people":[{"id":"p1","name":"Kaja Kallas","title":"Representative of the Union for Foreign Affairs and Security Policy","mentions":[{"text":"Kaja Kallas","start":470,"end":481}]},{"id":"p2","name":"Marguerite Dubois-Tremblay","title":"Canada''s Minister of Foreign Affairs","country":"CA","mentions":[{"text":"Marguerite Dubois-Tremblay","start":525,"end":551}]}],"agencies":[{"id":"a1","name":"Council of the European Union","country":"EU","kind":"intergovernmental","mentions":[{"text":"Council of the European Union","start":0,"end":29}]},{"id":"a2","name":"EU-Canada Joint Ministerial Committee","kind":"government","mentions":[{"text":"Joint Ministerial Committee","start":182,"end":209},{"text":"EU-Canada Joint Ministerial Committee","start":297,"end":334}]},{"id":"a3","name":"European Union","acronym":"EU","country":"EU","kind":"intergovernmental","mentions":[{"text":"EU","start":253,"end":255}]},{"id":"a4","name":"European Commission","acronym":"EC","country":"EU","kind":"intergovernmental","mentions":[{"text":"European Commission","start":842,"end":861}]},{"id":"a5","name":"Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","acronym":"DG GROW","country":"EU","kind":"intergovernmental","parent":"a4","mentions":[{"text":"Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","start":864,"end":940}]}],"places":[{"name":"Brussels","kind":"city","country":"BE","mentions":[{"text":"BRUSSELS","start":57,"end":65},{"text":"Brussels","start":766,"end":774}]},{"name":"European Union","kind":"country","country":"EU","mentions":[{"text":"EU","start":171,"end":173},{"text":"EU","start":639,"end":641},{"text":"EU","start":724,"end":726}]},{"name":"Canada","kind":"country","country":"CA","mentions":[{"text":"Canada","start":174,"end":180},{"text":"Canada","start":260,"end":266},{"text":"Canada","start":487,"end":493},{"text":"Canada","start":642,"end":648},{"text":"Canada","start":727,"end":733},{"text":"Canada","start":827,"end":833}]},{"name":"Ottawa","kind":"city","country":"CA","mentions":[{"text":"Ottawa","start":338,"end":344}]}],"agenda":[],"events":[{"name":"fifth meeting of the EU-Canada Joint Ministerial Committee","series":"EU-Canada Joint Ministerial Committee","series_key":"canada-eu joint ministerial committee","ordinal":5,"dates":"2025-06-11","start":"2025-06-11","end":"2025-06-11","place":"Ottawa","country":"CA","chairs":["p1","p2"],"hosts":["a3","CA"],"participants":[],"mentions":[{"text":"fifth meeting of the EU-Canada Joint Ministerial Committee","start":276,"end":334}]},{"name":"second EU-Canada Raw Materials Dialogue","series":"EU-Canada Raw Materials Dialogue","series_key":"canada-eu raw materials dialogue","ordinal":2,"dates":"2025-03-03","start":"2025-03-03","end":"2025-03-03","place":"Brussels","country":"BE","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"second EU-Canada Raw Materials Dialogue","start":717,"end":756}]}]}','8cf5a2464f3add0a3cd0bec983a2104e5cfe2c928713906336f5472f5a2c2b8c','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
INSERT INTO records VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2','file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt','file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt','w10_eu_council_two_releases.txt','e719f2b06f5bcf6783ff0adbf14cf4ed91b57bcbb459a28ceaea1f96ae7ff0ef','text/plain; charset=utf-8',2032,NULL,1,'The next Joint Ministerial Committee will be held in Brussels in 2026.','2025-06-12','2025-06-12','2025-06-12','en',replace('The next Joint Ministerial Committee will be held in Brussels in 2026.\n\nPRESS RELEASE\n12 June 2025 16:20\n\nCouncil adopts conclusions on cooperation with the African Union on health preparedness\n\nThe Council today adopted conclusions on strengthening cooperation with the African Union (AU) and the Africa Centres for Disease Control and Prevention (Africa CDC) on health emergency preparedness.\n\nThe conclusions follow the seventh European Union-African Union Ministerial Meeting, held in Brussels on 21 May 2025, and call on the European Commission and the European Medicines Agency (EMA) to support the African Medicines Agency (AMA), which became operational in 2024.\n\n"Health security in Africa is health security in Europe," said Tomasz Wiśniewski-Kurek, Polish Minister of Health and President of the Council.\n\nThe conclusions will feed into the preparation of the 7th EU-AU Summit, planned for 2025.\n\nContact: Ana-Maria CONSTANTINESCU, Press officer, +32 2 281 56 01','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"e1e2a4f5b2e27bd97b841d8863dfafe2","source":{"uri":"file:///tmp/ao/legacy-in/w10_eu_council_two_releases.txt","path":"w10_eu_council_two_releases.txt","sha256":"e719f2b06f5bcf6783ff0adbf14cf4ed91b57bcbb459a28ceaea1f96ae7ff0ef","content_type":"text/plain; charset=utf-8","size":2032,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":1,"title":"The next Joint Ministerial Committee will be held in Brussels in 2026.","published":"2025-06-12","language":"en","text":"The next Joint Ministerial Committee will be held in Brussels in 2026.\n\nPRESS RELEASE\n12 June 2025 16:20\n\nCouncil adopts conclusions on cooperation with the African Union on health preparedness\n\nThe Council today adopted conclusions on strengthening cooperation with the African Union (AU) and the Africa Centres for Disease Control and Prevention (Africa CDC) on health emergency preparedness.\n\nThe conclusions follow the seventh European Union-African Union Ministerial Meeting, held in Brussels on 21 May 2025, and call on the European Commission and the European Medicines Agency (EMA) to support the African Medicines Agency (AMA), which became operational in 2024.\n\n\"Health security in Africa is health security in Europe,\" said Tomasz Wiśniewski-Kurek, Polish Minister of Health and President of the Council.\n\nThe conclusions will feed into the preparation of the 7th EU-AU Summit, planned for 2025.\n\nContact: Ana-Maria CONSTANTINESCU, Press officer, +32 2 281 56 01","dates":[{"text":"2026","value":"2026","start":"2026-01-01","end":"2026-12-31","role":"event","mentions":[{"text":"2026","start":65,"end":69}]},{"text":"12 June 2025","value":"2025-06-12","start":"2025-06-12","end":"2025-06-12","role":"published","mentions":[{"text":"12 June 2025","start":86,"end":98},{"text":"today","start":207,"end":212}]},{"text":"21 May 2025","value":"2025-05-21","start":"2025-05-21","end":"2025-05-21","role":"event","mentions":[{"text":"21 May 2025","start":501,"end":512}]},{"text":"2024","value":"2024","start":"2024-01-01","end":"2024-12-31","mentions":[{"text":"2024","start":665,"end":669}]},{"text":"2025","value":"2025","start":"2025-01-01","end":"2025-12-31","mentions":[{"text":"2025","start":901,"end":905}]}],"people":[{"id":"p1","name":"Tomasz Wiśniewski-Kurek","title":"Polish Minister of Health and President of the Council","affiliation":"a3","country":"PL","mentions":[{"text":"Tomasz Wiśniewski-Kurek","start":735,"end":758}]}],"agencies":[{"id":"a1","name":"Joint Ministerial Committee","kind":"government","mentions":[{"text":"Joint Ministerial Committee","start":9,"end":36}]},{"id":"a2","name":"African Union","acronym":"AU","kind":"intergovernmental","mentions":[{"text":"African Union","start":157,"end":170},{"text":"African Union","start":271,"end":284},{"text":"AU","start":286,"end":288}]},{"id":"a3","name":"Council of the European Union","country":"EU","kind":"intergovernmental","mentions":[{"text":"Council","start":199,"end":206},{"text":"Council","start":807,"end":814}]},{"id":"a4","name":"Centers for Disease Control and Prevention","acronym":"CDC","aliases":["Centres for Disease Control and Prevention"],"country":"US","kind":"government","mentions":[{"text":"Centres for Disease Control and Prevention","start":305,"end":347},{"text":"CDC","start":356,"end":359}]},{"id":"a5","name":"European Commission","acronym":"EC","country":"EU","kind":"intergovernmental","mentions":[{"text":"European Commission","start":530,"end":549}]},{"id":"a6","name":"European Medicines Agency","acronym":"EMA","country":"EU","kind":"intergovernmental","mentions":[{"text":"European Medicines Agency","start":558,"end":583},{"text":"EMA","start":585,"end":588}]},{"id":"a7","name":"African Medicines Agency","acronym":"AMA","kind":"government","mentions":[{"text":"African Medicines Agency","start":605,"end":629},{"text":"AMA","start":631,"end":634}]}],"places":[{"name":"Brussels","kind":"city","country":"BE","mentions":[{"text":"Brussels","start":53,"end":61},{"text":"Brussels","start":489,"end":497}]},{"name":"European Union","kind":"country","country":"EU","mentions":[{"text":"EU","start":875,"end":877}]}],"agenda":[],"events":[{"name":"seventh European Union-African Union Ministerial Meeting","series":"European Union-African Union Ministerial Meeting","series_key":"european african-union union ministerial meeting","ordinal":7,"dates":"2025-05-21","start":"2025-05-21","end":"2025-05-21","place":"Brussels","country":"BE","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"seventh European Union-African Union Ministerial Meeting","start":423,"end":479}]},{"name":"7th EU-AU Summit","series":"EU-AU Summit","series_key":"au-eu summit","ordinal":7,"dates":"2025","start":"2025-01-01","end":"2025-12-31","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"7th EU-AU Summit","start":871,"end":887}]}]}','1c0df36e8a045f98b0319208fd45242dc42f1afc8f8179462183390ffe87511a','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
INSERT INTO records VALUES('1f0ed9c03202d0ed77132552668ff2ce','file:///tmp/ao/legacy-in/w18_asean_chairmans_statement_vientiane.txt','file:///tmp/ao/legacy-in/w18_asean_chairmans_statement_vientiane.txt','w18_asean_chairmans_statement_vientiane.txt','e874376889e45b8340e007a3963affbac60bab3cba5a537ffa4572ed409be645','text/plain; charset=utf-8',1280,NULL,0,'OF THE 27TH ASEAN-JAPAN SUMMIT','2024-10-11','2024-10-11','2024-10-11','en',replace('OF THE 27TH ASEAN-JAPAN SUMMIT\n\n1. The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR. The Summit was chaired by H.E. Sonexay Siphandone, Prime Minister of the Lao People''s Democratic Republic, and attended by all ASEAN Member States, H.E. ISHIBA Shigeru, Prime Minister of Japan, and H.E. Kao Kim Hourn, Secretary-General of ASEAN.\n\n2. We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.\n\n3. We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA). We noted the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC) in Bangkok, which has trained over 1,500 officials since its establishment in September 2018.\n\n4. We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.\n\n5. We welcomed Malaysia''s ASEAN Chairmanship in 2025.\n\nIssued in Vientiane on 11 October 2024','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"1f0ed9c03202d0ed77132552668ff2ce","source":{"uri":"file:///tmp/ao/legacy-in/w18_asean_chairmans_statement_vientiane.txt","path":"w18_asean_chairmans_statement_vientiane.txt","sha256":"e874376889e45b8340e007a3963affbac60bab3cba5a537ffa4572ed409be645","content_type":"text/plain; charset=utf-8","size":1280,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":0,"title":"OF THE 27TH ASEAN-JAPAN SUMMIT","published":"2024-10-11","language":"en","text":"OF THE 27TH ASEAN-JAPAN SUMMIT\n\n1. The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR. The Summit was chaired by H.E. Sonexay Siphandone, Prime Minister of the Lao People''s Democratic Republic, and attended by all ASEAN Member States, H.E. ISHIBA Shigeru, Prime Minister of Japan, and H.E. Kao Kim Hourn, Secretary-General of ASEAN.\n\n2. We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.\n\n3. We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA). We noted the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC) in Bangkok, which has trained over 1,500 officials since its establishment in September 2018.\n\n4. We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.\n\n5. We welcomed Malaysia''s ASEAN Chairmanship in 2025.\n\nIssued in Vientiane on 11 October 2024","dates":[{"text":"10 October 2024","value":"2024-10-10","start":"2024-10-10","end":"2024-10-10","role":"event","mentions":[{"text":"10 October 2024","start":75,"end":90}]},{"text":"17 December 2023","value":"2023-12-17","start":"2023-12-17","end":"2023-12-17","role":"event","mentions":[{"text":"17 December 2023","start":587,"end":603}]},{"text":"September 2018","value":"2018-09","start":"2018-09-01","end":"2018-09-30","mentions":[{"text":"September 2018","start":965,"end":979}]},{"text":"October 2024","value":"2024-10","start":"2024-10-01","end":"2024-10-31","mentions":[{"text":"October 2024","start":1059,"end":1071}]},{"text":"September 2025","value":"2025-09","start":"2025-09-01","end":"2025-09-30","mentions":[{"text":"September 2025","start":1132,"end":1146}]},{"text":"2025","value":"2025","start":"2025-01-01","end":"2025-12-31","mentions":[{"text":"2025","start":1213,"end":1217}]},{"text":"11 October 2024","value":"2024-10-11","start":"2024-10-11","end":"2024-10-11","role":"published","mentions":[{"text":"11 October 2024","start":1243,"end":1258}]}],"people":[{"id":"p1","name":"Sonexay Siphandone","title":"Prime Minister of the Lao People''s Democratic Republic","mentions":[{"text":"Sonexay Siphandone","start":145,"end":163}]},{"id":"p2","name":"ISHIBA Shigeru","title":"ASEAN Member States, Prime Minister of Japan","mentions":[{"text":"ISHIBA Shigeru","start":267,"end":281}]},{"id":"p3","name":"Kao Kim Hourn","title":"Secretary-General of ASEAN","affiliation":"a1","mentions":[{"text":"Kao Kim Hourn","start":317,"end":330}]}],"agencies":[{"id":"a1","name":"Association of Southeast Asian Nations","acronym":"ASEAN","kind":"intergovernmental","mentions":[{"text":"ASEAN","start":241,"end":246},{"text":"ASEAN","start":353,"end":358},{"text":"ASEAN","start":1191,"end":1196}]},{"id":"a2","name":"ASEAN-Japan Centre","kind":"intergovernmental","mentions":[{"text":"ASEAN-Japan Centre","start":727,"end":745}]},{"id":"a3","name":"Economic Research Institute for ASEAN and East Asia","acronym":"ERIA","kind":"intergovernmental","mentions":[{"text":"Economic Research Institute for ASEAN and East Asia","start":754,"end":805},{"text":"ERIA","start":807,"end":811}]},{"id":"a4","name":"ASEAN-Japan Cybersecurity Capacity Building Centre","acronym":"AJCCBC","kind":"intergovernmental","mentions":[{"text":"ASEAN-Japan Cybersecurity Capacity Building Centre","start":827,"end":877},{"text":"AJCCBC","start":879,"end":885}]}],"places":[{"name":"Japan","kind":"country","country":"JP","mentions":[{"text":"JAPAN","start":18,"end":23},{"text":"Japan","start":50,"end":55},{"text":"Japan","start":301,"end":306},{"text":"Japan","start":441,"end":446},{"text":"Japan","start":537,"end":542},{"text":"Japan","start":624,"end":629},{"text":"Japan","start":671,"end":676},{"text":"Japan","start":1021,"end":1026},{"text":"Japan","start":1089,"end":1094}]},{"name":"Vientiane","kind":"city","country":"LA","mentions":[{"text":"Vientiane","start":94,"end":103},{"text":"Vientiane","start":1230,"end":1239}]},{"name":"Laos","kind":"country","country":"LA","mentions":[{"text":"Lao PDR","start":105,"end":112},{"text":"Lao People''s Democratic Republic","start":187,"end":219}]},{"name":"Tokyo","kind":"city","country":"JP","mentions":[{"text":"Tokyo","start":578,"end":583}]},{"name":"Bangkok","kind":"city","country":"TH","mentions":[{"text":"Bangkok","start":890,"end":897}]},{"name":"Kuala Lumpur","kind":"city","country":"MY","mentions":[{"text":"Kuala Lumpur","start":1150,"end":1162}]},{"name":"Malaysia","kind":"country","country":"MY","mentions":[{"text":"Malaysia","start":1180,"end":1188}]}],"agenda":[{"label":"1.","title":"The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR.","text":"The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR. The Summit was chaired by H.E. Sonexay Siphandone, Prime Minister of the Lao People''s Democratic Republic, and attended by all ASEAN Member States, H.E. ISHIBA Shigeru, Prime Minister of Japan, and H.E. Kao Kim Hourn, Secretary-General of ASEAN.","level":1,"parent":null,"start":32,"end":359},{"label":"2.","title":"We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.","text":"We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.","level":1,"parent":null,"start":361,"end":604},{"label":"3.","title":"We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA).","text":"We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA). We noted the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC) in Bangkok, which has trained over 1,500 officials since its establishment in September 2018.","level":1,"parent":null,"start":606,"end":980},{"label":"4.","title":"We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.","text":"We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.","level":1,"parent":null,"start":982,"end":1163},{"label":"5.","title":"We welcomed Malaysia''s ASEAN Chairmanship in 2025.","text":"We welcomed Malaysia''s ASEAN Chairmanship in 2025.","level":1,"parent":null,"start":1165,"end":1218}],"events":[{"name":"27TH ASEAN-JAPAN SUMMIT","series":"ASEAN-JAPAN SUMMIT","series_key":"asean-japan summit","ordinal":27,"dates":"2024-10-10","start":"2024-10-10","end":"2024-10-10","place":"Vientiane","country":"LA","chairs":["p1","p2","p3"],"hosts":[],"participants":[],"mentions":[{"text":"27TH ASEAN-JAPAN SUMMIT","start":7,"end":30},{"text":"27th ASEAN-Japan Summit","start":39,"end":62}]},{"name":"Commemorative Summit","series":"Commemorative Summit","series_key":"commemorative summit","dates":"2023-12-17","start":"2023-12-17","end":"2023-12-17","place":"Tokyo","country":"JP","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"Commemorative Summit","start":489,"end":509}]},{"name":"17th ASEAN-Japan Cybersecurity Policy Meeting","series":"ASEAN-Japan Cybersecurity Policy Meeting","series_key":"asean-japan cybersecurity policy meeting","ordinal":17,"dates":"2024-10","start":"2024-10-01","end":"2024-10-31","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"17th ASEAN-Japan Cybersecurity Policy Meeting","start":1010,"end":1055}]},{"name":"ASEAN-Japan Economic Ministers'' Consultations","series":"ASEAN-Japan Economic Ministers'' Consultations","series_key":"asean-japan economic ministers consultations","dates":"2025-09","start":"2025-09-01","end":"2025-09-30","place":"Kuala Lumpur","country":"MY","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"ASEAN-Japan Economic Ministers'' Consultations","start":1083,"end":1128}]}]}','60034faee3a28d39bcedd6bf4a150b8f84f43272325abb4f5353d46b56177cb2','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
INSERT INTO records VALUES('507b0e037649e791b0b47a6a12560513','file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf','file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf','w35_nz_mfat_pacific_newsletter.pdf','c2903bcca54df7abe72ea7d7beb9b3a229d0b922b81d34b981df9fb74c6d38a7','application/pdf',16511,NULL,0,'Samoa hosts first Pacific Cyber Capacity Workshop',NULL,NULL,NULL,'en',replace('Samoa hosts first Pacific Cyber Capacity Workshop\n\nThe first Pacific Cyber Capacity Workshop was held in Apia, Samoa, from 12 to 14 November 2024, hosted by the Samoa Ministry of Communications and Information Technology with funding from the New Zealand Aid Programme. It was chaired by Leilani Tuiasosopo-Grant, Chief Executive Officer of the Ministry.\n\n1. Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).\n\n2. Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.\n\nPacific Connections Issue 7 — November 2024','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"507b0e037649e791b0b47a6a12560513","source":{"uri":"file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf","path":"w35_nz_mfat_pacific_newsletter.pdf","sha256":"c2903bcca54df7abe72ea7d7beb9b3a229d0b922b81d34b981df9fb74c6d38a7","content_type":"application/pdf","size":16511,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":0,"title":"Samoa hosts first Pacific Cyber Capacity Workshop","published":null,"language":"en","text":"Samoa hosts first Pacific Cyber Capacity Workshop\n\nThe first Pacific Cyber Capacity Workshop was held in Apia, Samoa, from 12 to 14 November 2024, hosted by the Samoa Ministry of Communications and Information Technology with funding from the New Zealand Aid Programme. It was chaired by Leilani Tuiasosopo-Grant, Chief Executive Officer of the Ministry.\n\n1. Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).\n\n2. Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.\n\nPacific Connections Issue 7 — November 2024","dates":[{"text":"12 to 14 November 2024","value":"2024-11-12/2024-11-14","start":"2024-11-12","end":"2024-11-14","mentions":[{"text":"12 to 14 November 2024","start":123,"end":145}]},{"text":"June 2025","value":"2025-06","start":"2025-06-01","end":"2025-06-30","mentions":[{"text":"June 2025","start":638,"end":647}]},{"text":"2025","value":"2025","start":"2025-01-01","end":"2025-12-31","role":"event","mentions":[{"text":"2025","start":682,"end":686}]},{"text":"November 2024","value":"2024-11","start":"2024-11-01","end":"2024-11-30","mentions":[{"text":"November 2024","start":719,"end":732}]}],"people":[{"id":"p1","name":"Leilani Tuiasosopo-Grant","title":"Chief Executive Officer of the Ministry","affiliation":"a1","country":"SA","mentions":[{"text":"Leilani Tuiasosopo-Grant","start":288,"end":312}]}],"agencies":[{"id":"a1","name":"Ministry of Communications and Information Technology","acronym":"MCIT","country":"SA","kind":"government","mentions":[{"text":"Ministry of Communications and Information Technology","start":167,"end":220},{"text":"Ministry","start":345,"end":353}]},{"id":"a2","name":"CERT NZ","kind":"other","mentions":[{"text":"CERT NZ","start":445,"end":452}]},{"id":"a3","name":"National Cyber Security Centre","acronym":"NCSC","country":"GB","kind":"government","mentions":[{"text":"National Cyber Security Centre","start":458,"end":488}]},{"id":"a4","name":"Pacific Islands Telecommunications Association","acronym":"PITA","kind":"industry","mentions":[{"text":"Pacific Islands Telecommunications Association","start":497,"end":543},{"text":"PITA","start":545,"end":549}]}],"places":[{"name":"Samoa","kind":"country","country":"WS","mentions":[{"text":"Samoa","start":0,"end":5},{"text":"Samoa","start":111,"end":116},{"text":"Samoa","start":161,"end":166}]},{"name":"New Zealand","kind":"country","country":"NZ","mentions":[{"text":"New Zealand","start":243,"end":254}]}],"agenda":[{"label":"1.","title":"Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).","text":"Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).","level":1,"parent":null,"start":356,"end":551},{"label":"2.","title":"Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.","text":"Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.","level":1,"parent":null,"start":553,"end":687}],"events":[{"name":"first Pacific Cyber Capacity Workshop","series":"Pacific Cyber Capacity Workshop","series_key":"pacific cyber capacity workshop","ordinal":1,"dates":"2024-11-12/2024-11-14","start":"2024-11-12","end":"2024-11-14","chairs":["p1"],"hosts":["a1","WS","NZ"],"participants":[],"mentions":[{"text":"first Pacific Cyber Capacity Workshop","start":12,"end":49},{"text":"first Pacific Cyber Capacity Workshop","start":55,"end":92}]},{"name":"meet again","series":"Pacific Cyber Capacity Workshop","series_key":"pacific cyber capacity workshop","dates":"2025","start":"2025-01-01","end":"2025-12-31","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"meet again","start":655,"end":665}]}]}','8eaaba0ef6ebab74fe2c2166f229179907ae99e64214598662b6680336208226','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
INSERT INTO records VALUES('2acb8f64ab8e7b55c1e33d151d303200','file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf','file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf','w35_nz_mfat_pacific_newsletter.pdf','c2903bcca54df7abe72ea7d7beb9b3a229d0b922b81d34b981df9fb74c6d38a7','application/pdf',16511,NULL,1,'Tonga and New Zealand sign renewable energy arrangement',NULL,NULL,NULL,'en',replace('Tonga and New Zealand sign renewable energy arrangement\n\nOn 21 November 2024 in Nuku''alofa, New Zealand''s High Commissioner to Tonga, Tessa Marlowe-Fa''atau, and Tonga Power Limited''s Chief Executive, Sione Havili-Moala, signed an arrangement for NZ$12 million of solar and battery storage on ''Eua and Vava''u.\n\nThe project will be managed with the Asian Development Bank and completed by 30 June 2026. It builds on the Tonga Energy Road Map 2010–2020.','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"2acb8f64ab8e7b55c1e33d151d303200","source":{"uri":"file:///tmp/ao/legacy-in/w35_nz_mfat_pacific_newsletter.pdf","path":"w35_nz_mfat_pacific_newsletter.pdf","sha256":"c2903bcca54df7abe72ea7d7beb9b3a229d0b922b81d34b981df9fb74c6d38a7","content_type":"application/pdf","size":16511,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":1,"title":"Tonga and New Zealand sign renewable energy arrangement","published":null,"language":"en","text":"Tonga and New Zealand sign renewable energy arrangement\n\nOn 21 November 2024 in Nuku''alofa, New Zealand''s High Commissioner to Tonga, Tessa Marlowe-Fa''atau, and Tonga Power Limited''s Chief Executive, Sione Havili-Moala, signed an arrangement for NZ$12 million of solar and battery storage on ''Eua and Vava''u.\n\nThe project will be managed with the Asian Development Bank and completed by 30 June 2026. It builds on the Tonga Energy Road Map 2010–2020.","dates":[{"text":"21 November 2024","value":"2024-11-21","start":"2024-11-21","end":"2024-11-21","mentions":[{"text":"21 November 2024","start":60,"end":76}]},{"text":"30 June 2026","value":"2026-06-30","start":"2026-06-30","end":"2026-06-30","mentions":[{"text":"30 June 2026","start":387,"end":399}]}],"people":[{"id":"p1","name":"Nuku''alofa","title":"High Commissioner to Tonga","country":"NZ","mentions":[{"text":"Nuku''alofa","start":80,"end":90}]},{"id":"p2","name":"Tessa Marlowe-Fa''atau","title":"New Zealand''s High Commissioner to Tonga","country":"TO","mentions":[{"text":"Tessa Marlowe-Fa''atau","start":134,"end":155}]},{"id":"p3","name":"Sione Havili-Moala","title":"Tonga Power Limited''s Chief Executive","affiliation":"a1","mentions":[{"text":"Sione Havili-Moala","start":200,"end":218}]}],"agencies":[{"id":"a1","name":"Tonga Power Limited","kind":"industry","mentions":[{"text":"Tonga Power Limited","start":161,"end":180}]},{"id":"a2","name":"Asian Development Bank","acronym":"ADB","kind":"intergovernmental","mentions":[{"text":"Asian Development Bank","start":347,"end":369}]}],"places":[{"name":"Tonga","kind":"country","country":"TO","mentions":[{"text":"Tonga","start":0,"end":5},{"text":"Tonga","start":127,"end":132},{"text":"Tonga","start":418,"end":423}]},{"name":"New Zealand","kind":"country","country":"NZ","mentions":[{"text":"New Zealand","start":10,"end":21},{"text":"New Zealand","start":92,"end":103}]}],"agenda":[],"events":[]}','5c05e1a0d694e5fa7607fa578d86c6efa278334b559a73142d01caf7c40c1b3e','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
INSERT INTO records VALUES('e207f36a8909cfd95f0989810d029625','file:///tmp/ao/legacy-in/w38_eu_eeas_vietnam_subcommittee.html','file:///tmp/ao/legacy-in/w38_eu_eeas_vietnam_subcommittee.html','w38_eu_eeas_vietnam_subcommittee.html','03618f87aedc716b9da98e36c59e1a6229ee571a5f1361e015aa7b4bd5f8f860','text/html; charset=utf-8',2356,NULL,0,'EU-Viet Nam: 6th Sub-Committee on Trade and Sustainable Development held in Hanoi','2024-11-21','2024-11-21','2024-11-21','en',replace('EU-Viet Nam: 6th Sub-Committee on Trade and Sustainable Development held in Hanoi\n\nHanoi, 21/11/2024\n\nThe European Union and Viet Nam held the sixth meeting of the Sub-Committee on Trade and Sustainable Development under the EU-Viet Nam Free Trade Agreement (EVFTA) in Hanoi on 20 November 2024.\n\nThe meeting was co-chaired by Ms Ingrid Solberg-Vance, Head of Unit for Trade and Sustainable Development at the European Commission''s Directorate-General for Trade (DG TRADE), and Mr Nguyen Duc Thanh-Long, Deputy Director-General of the Multilateral Trade Policy Department of the Ministry of Industry and Trade (MOIT).\n\nThe Parties discussed Viet Nam''s ratification of ILO Convention No. 87 and the work of the Domestic Advisory Groups. The International Labour Organization (ILO) and the Vietnam Chamber of Commerce and Industry (VCCI) attended part of the meeting. The Parties also took stock of the fifth meeting of the EVFTA Trade Committee, held in Brussels on 17 June 2024.\n\nThe joint civil society forum will take place in Brussels in the first half of 2025.','\n',char(10)),'communique.record/v1','{"schema":"communique.record/v1","id":"e207f36a8909cfd95f0989810d029625","source":{"uri":"file:///tmp/ao/legacy-in/w38_eu_eeas_vietnam_subcommittee.html","path":"w38_eu_eeas_vietnam_subcommittee.html","sha256":"03618f87aedc716b9da98e36c59e1a6229ee571a5f1361e015aa7b4bd5f8f860","content_type":"text/html; charset=utf-8","size":2356,"chrome":"14f7576df99e696b4c2d38b33d311a5f94479370b3bf329ebdd577207b174526"},"segment":0,"title":"EU-Viet Nam: 6th Sub-Committee on Trade and Sustainable Development held in Hanoi","published":"2024-11-21","language":"en","text":"EU-Viet Nam: 6th Sub-Committee on Trade and Sustainable Development held in Hanoi\n\nHanoi, 21/11/2024\n\nThe European Union and Viet Nam held the sixth meeting of the Sub-Committee on Trade and Sustainable Development under the EU-Viet Nam Free Trade Agreement (EVFTA) in Hanoi on 20 November 2024.\n\nThe meeting was co-chaired by Ms Ingrid Solberg-Vance, Head of Unit for Trade and Sustainable Development at the European Commission''s Directorate-General for Trade (DG TRADE), and Mr Nguyen Duc Thanh-Long, Deputy Director-General of the Multilateral Trade Policy Department of the Ministry of Industry and Trade (MOIT).\n\nThe Parties discussed Viet Nam''s ratification of ILO Convention No. 87 and the work of the Domestic Advisory Groups. The International Labour Organization (ILO) and the Vietnam Chamber of Commerce and Industry (VCCI) attended part of the meeting. The Parties also took stock of the fifth meeting of the EVFTA Trade Committee, held in Brussels on 17 June 2024.\n\nThe joint civil society forum will take place in Brussels in the first half of 2025.","dates":[{"text":"21/11/2024","value":"2024-11-21","start":"2024-11-21","end":"2024-11-21","role":"published","mentions":[{"text":"21/11/2024","start":90,"end":100}]},{"text":"20 November 2024","value":"2024-11-20","start":"2024-11-20","end":"2024-11-20","mentions":[{"text":"20 November 2024","start":278,"end":294}]},{"text":"17 June 2024","value":"2024-06-17","start":"2024-06-17","end":"2024-06-17","role":"event","mentions":[{"text":"17 June 2024","start":965,"end":977}]},{"text":"the first half of 2025","value":"2025-H1","start":"2025-01-01","end":"2025-06-30","role":"event","mentions":[{"text":"the first half of 2025","start":1041,"end":1063}]}],"people":[{"id":"p1","name":"Ingrid Solberg-Vance","title":"Head of Unit for Trade and Sustainable Development at the European Commission''s Directorate-General for Trade","affiliation":"a2","country":"EU","mentions":[{"text":"Ingrid Solberg-Vance","start":330,"end":350}]},{"id":"p2","name":"Nguyen Duc Thanh-Long","title":"Deputy Director-General of the Multilateral Trade Policy Department of the Ministry of Industry and Trade (MOIT)","affiliation":"a4","mentions":[{"text":"Nguyen Duc Thanh-Long","start":481,"end":502}]}],"agencies":[{"id":"a1","name":"European Union","acronym":"EU","country":"EU","kind":"intergovernmental","mentions":[{"text":"European Union","start":106,"end":120}]},{"id":"a2","name":"European Commission","acronym":"EC","country":"EU","kind":"intergovernmental","mentions":[{"text":"European Commission","start":410,"end":429}]},{"id":"a3","name":"Directorate-General for Trade","acronym":"DG TRADE","aliases":["DG TRADE"],"country":"EU","kind":"intergovernmental","parent":"a2","mentions":[{"text":"Directorate-General for Trade","start":432,"end":461},{"text":"DG TRADE","start":463,"end":471}]},{"id":"a4","name":"Multilateral Trade Policy Department","kind":"government","mentions":[{"text":"Multilateral Trade Policy Department","start":535,"end":571}]},{"id":"a5","name":"Ministry of Industry","kind":"government","mentions":[{"text":"Ministry of Industry","start":579,"end":599}]},{"id":"a6","name":"International Labour Organization","acronym":"ILO","kind":"intergovernmental","mentions":[{"text":"ILO","start":668,"end":671},{"text":"International Labour Organization","start":740,"end":773},{"text":"ILO","start":775,"end":778}]},{"id":"a7","name":"Vietnam Chamber of Commerce and Industry","acronym":"VCCI","country":"VN","kind":"industry","mentions":[{"text":"Vietnam Chamber of Commerce and Industry","start":788,"end":828},{"text":"VCCI","start":830,"end":834}]},{"id":"a8","name":"EVFTA Trade Committee","kind":"government","mentions":[{"text":"EVFTA Trade Committee","start":922,"end":943}]}],"places":[{"name":"European Union","kind":"country","country":"EU","mentions":[{"text":"EU","start":0,"end":2},{"text":"EU","start":225,"end":227}]},{"name":"Hanoi","kind":"city","country":"VN","mentions":[{"text":"Hanoi","start":76,"end":81},{"text":"Hanoi","start":83,"end":88},{"text":"Hanoi","start":269,"end":274}]},{"name":"Viet Nam","kind":"country","country":"VN","mentions":[{"text":"Viet Nam","start":125,"end":133},{"text":"Viet Nam","start":641,"end":649}]},{"name":"Brussels","kind":"city","country":"BE","mentions":[{"text":"Brussels","start":953,"end":961},{"text":"Brussels","start":1029,"end":1037}]}],"agenda":[],"events":[{"name":"sixth meeting of the Sub-Committee on Trade and Sustainable Development","series":"Sub-Committee on Trade and Sustainable Development","series_key":"committee-sub trade sustainable development","ordinal":6,"dates":"2024-11-20","start":"2024-11-20","end":"2024-11-20","place":"Hanoi","country":"VN","chairs":["p1","p2"],"hosts":["a1","VN"],"participants":["a6","a7"],"mentions":[{"text":"sixth meeting of the Sub-Committee on Trade and Sustainable Development","start":143,"end":214}]},{"name":"fifth meeting of the EVFTA Trade Committee","series":"EVFTA Trade Committee","series_key":"evfta trade committee","ordinal":5,"dates":"2024-06-17","start":"2024-06-17","end":"2024-06-17","place":"Brussels","country":"BE","chairs":[],"hosts":[],"participants":[],"mentions":[{"text":"fifth meeting of the EVFTA Trade Committee","start":901,"end":943}]}]}','c411cb9be6cd8315b9ae59096cfab519a52aa81b71a7234b4266d07d6db70980','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
CREATE TABLE people (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    UNIQUE (name, country)
) STRICT;
INSERT INTO people VALUES(1,'ISHIBA Shigeru','');
INSERT INTO people VALUES(2,'Ingrid Solberg-Vance','EU');
INSERT INTO people VALUES(3,'Kaja Kallas','');
INSERT INTO people VALUES(4,'Kao Kim Hourn','');
INSERT INTO people VALUES(5,'Leilani Tuiasosopo-Grant','SA');
INSERT INTO people VALUES(6,'Marguerite Dubois-Tremblay','CA');
INSERT INTO people VALUES(7,'Nguyen Duc Thanh-Long','');
INSERT INTO people VALUES(8,'Nuku''alofa','NZ');
INSERT INTO people VALUES(9,'Sione Havili-Moala','');
INSERT INTO people VALUES(10,'Sonexay Siphandone','');
INSERT INTO people VALUES(11,'Tessa Marlowe-Fa''atau','TO');
INSERT INTO people VALUES(12,'Tomasz Wiśniewski-Kurek','PL');
CREATE TABLE agencies (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    country   TEXT NOT NULL DEFAULT '',
    acronym   TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES agencies (id),
    UNIQUE (name, country)
) STRICT;
INSERT INTO agencies VALUES(1,'ASEAN-Japan Centre','','','intergovernmental',NULL);
INSERT INTO agencies VALUES(2,'ASEAN-Japan Cybersecurity Capacity Building Centre','','AJCCBC','intergovernmental',NULL);
INSERT INTO agencies VALUES(3,'African Medicines Agency','','AMA','government',NULL);
INSERT INTO agencies VALUES(4,'African Union','','AU','intergovernmental',NULL);
INSERT INTO agencies VALUES(5,'Asian Development Bank','','ADB','intergovernmental',NULL);
INSERT INTO agencies VALUES(6,'Association of Southeast Asian Nations','','ASEAN','intergovernmental',NULL);
INSERT INTO agencies VALUES(7,'CERT NZ','','','other',NULL);
INSERT INTO agencies VALUES(8,'Centers for Disease Control and Prevention','US','CDC','government',NULL);
INSERT INTO agencies VALUES(9,'Council of the European Union','EU','','intergovernmental',NULL);
INSERT INTO agencies VALUES(10,'Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','EU','DG GROW','intergovernmental',15);
INSERT INTO agencies VALUES(11,'Directorate-General for Trade','EU','DG TRADE','intergovernmental',15);
INSERT INTO agencies VALUES(12,'EU-Canada Joint Ministerial Committee','','','government',NULL);
INSERT INTO agencies VALUES(13,'EVFTA Trade Committee','','','government',NULL);
INSERT INTO agencies VALUES(14,'Economic Research Institute for ASEAN and East Asia','','ERIA','intergovernmental',NULL);
INSERT INTO agencies VALUES(15,'European Commission','EU','EC','intergovernmental',NULL);
INSERT INTO agencies VALUES(16,'European Medicines Agency','EU','EMA','intergovernmental',NULL);
INSERT INTO agencies VALUES(17,'European Union','EU','EU','intergovernmental',NULL);
INSERT INTO agencies VALUES(18,'International Labour Organization','','ILO','intergovernmental',NULL);
INSERT INTO agencies VALUES(19,'Joint Ministerial Committee','','','government',NULL);
INSERT INTO agencies VALUES(20,'Ministry of Communications and Information Technology','SA','MCIT','government',NULL);
INSERT INTO agencies VALUES(21,'Ministry of Industry','','','government',NULL);
INSERT INTO agencies VALUES(22,'Multilateral Trade Policy Department','','','government',NULL);
INSERT INTO agencies VALUES(23,'National Cyber Security Centre','GB','NCSC','government',NULL);
INSERT INTO agencies VALUES(24,'Pacific Islands Telecommunications Association','','PITA','industry',NULL);
INSERT INTO agencies VALUES(25,'Tonga Power Limited','','','industry',NULL);
INSERT INTO agencies VALUES(26,'Vietnam Chamber of Commerce and Industry','VN','VCCI','industry',NULL);
CREATE TABLE places (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    kind    TEXT NOT NULL DEFAULT '',
    UNIQUE (name, country)
) STRICT;
INSERT INTO places VALUES(1,'Bangkok','TH','city');
INSERT INTO places VALUES(2,'Brussels','BE','city');
INSERT INTO places VALUES(3,'Canada','CA','country');
INSERT INTO places VALUES(4,'European Union','EU','country');
INSERT INTO places VALUES(5,'Hanoi','VN','city');
INSERT INTO places VALUES(6,'Japan','JP','country');
INSERT INTO places VALUES(7,'Kuala Lumpur','MY','city');
INSERT INTO places VALUES(8,'Laos','LA','country');
INSERT INTO places VALUES(9,'Malaysia','MY','country');
INSERT INTO places VALUES(10,'New Zealand','NZ','country');
INSERT INTO places VALUES(11,'Ottawa','CA','city');
INSERT INTO places VALUES(12,'Samoa','WS','country');
INSERT INTO places VALUES(13,'Tokyo','JP','city');
INSERT INTO places VALUES(14,'Tonga','TO','country');
INSERT INTO places VALUES(15,'Vientiane','LA','city');
INSERT INTO places VALUES(16,'Viet Nam','VN','country');
CREATE TABLE dates (
    id         INTEGER PRIMARY KEY,
    value      TEXT NOT NULL UNIQUE,
    start_date TEXT,
    end_date   TEXT
) STRICT;
INSERT INTO dates VALUES(1,'2018-09','2018-09-01','2018-09-30');
INSERT INTO dates VALUES(2,'2023-12-17','2023-12-17','2023-12-17');
INSERT INTO dates VALUES(3,'2024','2024-01-01','2024-12-31');
INSERT INTO dates VALUES(4,'2024-06-17','2024-06-17','2024-06-17');
INSERT INTO dates VALUES(5,'2024-10','2024-10-01','2024-10-31');
INSERT INTO dates VALUES(6,'2024-10-10','2024-10-10','2024-10-10');
INSERT INTO dates VALUES(7,'2024-10-11','2024-10-11','2024-10-11');
INSERT INTO dates VALUES(8,'2024-11','2024-11-01','2024-11-30');
INSERT INTO dates VALUES(9,'2024-11-12/2024-11-14','2024-11-12','2024-11-14');
INSERT INTO dates VALUES(10,'2024-11-20','2024-11-20','2024-11-20');
INSERT INTO dates VALUES(11,'2024-11-21','2024-11-21','2024-11-21');
INSERT INTO dates VALUES(12,'2025','2025-01-01','2025-12-31');
INSERT INTO dates VALUES(13,'2025-03-03','2025-03-03','2025-03-03');
INSERT INTO dates VALUES(14,'2025-05-21','2025-05-21','2025-05-21');
INSERT INTO dates VALUES(15,'2025-06','2025-06-01','2025-06-30');
INSERT INTO dates VALUES(16,'2025-06-11','2025-06-11','2025-06-11');
INSERT INTO dates VALUES(17,'2025-06-12','2025-06-12','2025-06-12');
INSERT INTO dates VALUES(18,'2025-09','2025-09-01','2025-09-30');
INSERT INTO dates VALUES(19,'2025-H1','2025-01-01','2025-06-30');
INSERT INTO dates VALUES(20,'2026','2026-01-01','2026-12-31');
INSERT INTO dates VALUES(21,'2026-06-30','2026-06-30','2026-06-30');
CREATE TABLE record_people (
    record_id      TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    person_id      INTEGER NOT NULL REFERENCES people (id),
    local_id       TEXT NOT NULL,
    title          TEXT NOT NULL,
    affiliation_id INTEGER REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
INSERT INTO record_people VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,3,'p1','Representative of the Union for Foreign Affairs and Security Policy',NULL);
INSERT INTO record_people VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,6,'p2','Canada''s Minister of Foreign Affairs',NULL);
INSERT INTO record_people VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,12,'p1','Polish Minister of Health and President of the Council',9);
INSERT INTO record_people VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,10,'p1','Prime Minister of the Lao People''s Democratic Republic',NULL);
INSERT INTO record_people VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,1,'p2','ASEAN Member States, Prime Minister of Japan',NULL);
INSERT INTO record_people VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,4,'p3','Secretary-General of ASEAN',6);
INSERT INTO record_people VALUES('507b0e037649e791b0b47a6a12560513',0,5,'p1','Chief Executive Officer of the Ministry',20);
INSERT INTO record_people VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,8,'p1','High Commissioner to Tonga',NULL);
INSERT INTO record_people VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,11,'p2','New Zealand''s High Commissioner to Tonga',NULL);
INSERT INTO record_people VALUES('2acb8f64ab8e7b55c1e33d151d303200',2,9,'p3','Tonga Power Limited''s Chief Executive',25);
INSERT INTO record_people VALUES('e207f36a8909cfd95f0989810d029625',0,2,'p1','Head of Unit for Trade and Sustainable Development at the European Commission''s Directorate-General for Trade',15);
INSERT INTO record_people VALUES('e207f36a8909cfd95f0989810d029625',1,7,'p2','Deputy Director-General of the Multilateral Trade Policy Department of the Ministry of Industry and Trade (MOIT)',22);
CREATE TABLE record_agencies (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    local_id  TEXT NOT NULL,
    acronym   TEXT NOT NULL,
    aliases   TEXT NOT NULL CHECK (json_valid(aliases)),
    kind      TEXT NOT NULL,
    parent_id INTEGER REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
INSERT INTO record_agencies VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,9,'a1','','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,12,'a2','','[]','government',NULL);
INSERT INTO record_agencies VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,17,'a3','EU','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,15,'a4','EC','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',4,10,'a5','DG GROW','[]','intergovernmental',15);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,19,'a1','','[]','government',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,4,'a2','AU','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',2,9,'a3','','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',3,8,'a4','CDC','["Centres for Disease Control and Prevention"]','government',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',4,15,'a5','EC','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',5,16,'a6','EMA','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',6,3,'a7','AMA','[]','government',NULL);
INSERT INTO record_agencies VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,6,'a1','ASEAN','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,1,'a2','','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,14,'a3','ERIA','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,2,'a4','AJCCBC','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('507b0e037649e791b0b47a6a12560513',0,20,'a1','MCIT','[]','government',NULL);
INSERT INTO record_agencies VALUES('507b0e037649e791b0b47a6a12560513',1,7,'a2','','[]','other',NULL);
INSERT INTO record_agencies VALUES('507b0e037649e791b0b47a6a12560513',2,23,'a3','NCSC','[]','government',NULL);
INSERT INTO record_agencies VALUES('507b0e037649e791b0b47a6a12560513',3,24,'a4','PITA','[]','industry',NULL);
INSERT INTO record_agencies VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,25,'a1','','[]','industry',NULL);
INSERT INTO record_agencies VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,5,'a2','ADB','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',0,17,'a1','EU','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',1,15,'a2','EC','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',2,11,'a3','DG TRADE','["DG TRADE"]','intergovernmental',15);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',3,22,'a4','','[]','government',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',4,21,'a5','','[]','government',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',5,18,'a6','ILO','[]','intergovernmental',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',6,26,'a7','VCCI','[]','industry',NULL);
INSERT INTO record_agencies VALUES('e207f36a8909cfd95f0989810d029625',7,13,'a8','','[]','government',NULL);
CREATE TABLE record_places (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    place_id  INTEGER NOT NULL REFERENCES places (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
INSERT INTO record_places VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,2);
INSERT INTO record_places VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,4);
INSERT INTO record_places VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,3);
INSERT INTO record_places VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,11);
INSERT INTO record_places VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,2);
INSERT INTO record_places VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,4);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,6);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,15);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,8);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,13);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',4,1);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',5,7);
INSERT INTO record_places VALUES('1f0ed9c03202d0ed77132552668ff2ce',6,9);
INSERT INTO record_places VALUES('507b0e037649e791b0b47a6a12560513',0,12);
INSERT INTO record_places VALUES('507b0e037649e791b0b47a6a12560513',1,10);
INSERT INTO record_places VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,14);
INSERT INTO record_places VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,10);
INSERT INTO record_places VALUES('e207f36a8909cfd95f0989810d029625',0,4);
INSERT INTO record_places VALUES('e207f36a8909cfd95f0989810d029625',1,5);
INSERT INTO record_places VALUES('e207f36a8909cfd95f0989810d029625',2,16);
INSERT INTO record_places VALUES('e207f36a8909cfd95f0989810d029625',3,2);
CREATE TABLE record_dates (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    date_id   INTEGER NOT NULL REFERENCES dates (id),
    text      TEXT NOT NULL,
    role      TEXT NOT NULL,
    relative  INTEGER NOT NULL,
    PRIMARY KEY (record_id, ord)
) STRICT;
INSERT INTO record_dates VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,17,'12 June 2025','published',0);
INSERT INTO record_dates VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,16,'11 June 2025','',0);
INSERT INTO record_dates VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,13,'3 March 2025','event',0);
INSERT INTO record_dates VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,12,'the end of 2025','',0);
INSERT INTO record_dates VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,20,'2026','event',0);
INSERT INTO record_dates VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,17,'12 June 2025','published',0);
INSERT INTO record_dates VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',2,14,'21 May 2025','event',0);
INSERT INTO record_dates VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',3,3,'2024','',0);
INSERT INTO record_dates VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',4,12,'2025','',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,6,'10 October 2024','event',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,2,'17 December 2023','event',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,1,'September 2018','',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,5,'October 2024','',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',4,18,'September 2025','',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',5,12,'2025','',0);
INSERT INTO record_dates VALUES('1f0ed9c03202d0ed77132552668ff2ce',6,7,'11 October 2024','published',0);
INSERT INTO record_dates VALUES('507b0e037649e791b0b47a6a12560513',0,9,'12 to 14 November 2024','',0);
INSERT INTO record_dates VALUES('507b0e037649e791b0b47a6a12560513',1,15,'June 2025','',0);
INSERT INTO record_dates VALUES('507b0e037649e791b0b47a6a12560513',2,12,'2025','event',0);
INSERT INTO record_dates VALUES('507b0e037649e791b0b47a6a12560513',3,8,'November 2024','',0);
INSERT INTO record_dates VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,11,'21 November 2024','',0);
INSERT INTO record_dates VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,21,'30 June 2026','',0);
INSERT INTO record_dates VALUES('e207f36a8909cfd95f0989810d029625',0,11,'21/11/2024','published',0);
INSERT INTO record_dates VALUES('e207f36a8909cfd95f0989810d029625',1,10,'20 November 2024','',0);
INSERT INTO record_dates VALUES('e207f36a8909cfd95f0989810d029625',2,4,'17 June 2024','event',0);
INSERT INTO record_dates VALUES('e207f36a8909cfd95f0989810d029625',3,19,'the first half of 2025','event',0);
CREATE TABLE person_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_people (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO person_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,470,481,'Kaja Kallas');
INSERT INTO person_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,0,525,551,'Marguerite Dubois-Tremblay');
INSERT INTO person_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,0,735,758,'Tomasz Wiśniewski-Kurek');
INSERT INTO person_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,0,145,163,'Sonexay Siphandone');
INSERT INTO person_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,0,267,281,'ISHIBA Shigeru');
INSERT INTO person_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,0,317,330,'Kao Kim Hourn');
INSERT INTO person_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,0,288,312,'Leilani Tuiasosopo-Grant');
INSERT INTO person_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,0,80,90,'Nuku''alofa');
INSERT INTO person_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,0,134,155,'Tessa Marlowe-Fa''atau');
INSERT INTO person_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',2,0,200,218,'Sione Havili-Moala');
INSERT INTO person_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,0,330,350,'Ingrid Solberg-Vance');
INSERT INTO person_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,0,481,502,'Nguyen Duc Thanh-Long');
CREATE TABLE agency_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_agencies (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,0,29,'Council of the European Union');
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,0,182,209,'Joint Ministerial Committee');
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,1,297,334,'EU-Canada Joint Ministerial Committee');
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,0,253,255,'EU');
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,0,842,861,'European Commission');
INSERT INTO agency_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',4,0,864,940,'Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,0,9,36,'Joint Ministerial Committee');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,0,157,170,'African Union');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,1,271,284,'African Union');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,2,286,288,'AU');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',2,0,199,206,'Council');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',2,1,807,814,'Council');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',3,0,305,347,'Centres for Disease Control and Prevention');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',3,1,356,359,'CDC');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',4,0,530,549,'European Commission');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',5,0,558,583,'European Medicines Agency');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',5,1,585,588,'EMA');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',6,0,605,629,'African Medicines Agency');
INSERT INTO agency_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',6,1,631,634,'AMA');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,0,241,246,'ASEAN');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,1,353,358,'ASEAN');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,2,1191,1196,'ASEAN');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,0,727,745,'ASEAN-Japan Centre');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,0,754,805,'Economic Research Institute for ASEAN and East Asia');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,1,807,811,'ERIA');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,0,827,877,'ASEAN-Japan Cybersecurity Capacity Building Centre');
INSERT INTO agency_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,1,879,885,'AJCCBC');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,0,167,220,'Ministry of Communications and Information Technology');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,1,345,353,'Ministry');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',1,0,445,452,'CERT NZ');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',2,0,458,488,'National Cyber Security Centre');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',3,0,497,543,'Pacific Islands Telecommunications Association');
INSERT INTO agency_mentions VALUES('507b0e037649e791b0b47a6a12560513',3,1,545,549,'PITA');
INSERT INTO agency_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,0,161,180,'Tonga Power Limited');
INSERT INTO agency_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,0,347,369,'Asian Development Bank');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,0,106,120,'European Union');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,0,410,429,'European Commission');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',2,0,432,461,'Directorate-General for Trade');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',2,1,463,471,'DG TRADE');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',3,0,535,571,'Multilateral Trade Policy Department');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',4,0,579,599,'Ministry of Industry');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',5,0,668,671,'ILO');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',5,1,740,773,'International Labour Organization');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',5,2,775,778,'ILO');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',6,0,788,828,'Vietnam Chamber of Commerce and Industry');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',6,1,830,834,'VCCI');
INSERT INTO agency_mentions VALUES('e207f36a8909cfd95f0989810d029625',7,0,922,943,'EVFTA Trade Committee');
CREATE TABLE place_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_places (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,57,65,'BRUSSELS');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,1,766,774,'Brussels');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,0,171,173,'EU');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,1,639,641,'EU');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,2,724,726,'EU');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,0,174,180,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,1,260,266,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,2,487,493,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,3,642,648,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,4,727,733,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,5,827,833,'Canada');
INSERT INTO place_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,0,338,344,'Ottawa');
INSERT INTO place_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,0,53,61,'Brussels');
INSERT INTO place_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,1,489,497,'Brussels');
INSERT INTO place_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,0,875,877,'EU');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,0,18,23,'JAPAN');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,1,50,55,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,2,301,306,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,3,441,446,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,4,537,542,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,5,624,629,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,6,671,676,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,7,1021,1026,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,8,1089,1094,'Japan');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,0,94,103,'Vientiane');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,1,1230,1239,'Vientiane');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,0,105,112,'Lao PDR');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,1,187,219,'Lao People''s Democratic Republic');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,0,578,583,'Tokyo');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',4,0,890,897,'Bangkok');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',5,0,1150,1162,'Kuala Lumpur');
INSERT INTO place_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',6,0,1180,1188,'Malaysia');
INSERT INTO place_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,0,0,5,'Samoa');
INSERT INTO place_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,1,111,116,'Samoa');
INSERT INTO place_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,2,161,166,'Samoa');
INSERT INTO place_mentions VALUES('507b0e037649e791b0b47a6a12560513',1,0,243,254,'New Zealand');
INSERT INTO place_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,0,0,5,'Tonga');
INSERT INTO place_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,1,127,132,'Tonga');
INSERT INTO place_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,2,418,423,'Tonga');
INSERT INTO place_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,0,10,21,'New Zealand');
INSERT INTO place_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,1,92,103,'New Zealand');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,0,0,2,'EU');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,1,225,227,'EU');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,0,76,81,'Hanoi');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,1,83,88,'Hanoi');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,2,269,274,'Hanoi');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',2,0,125,133,'Viet Nam');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',2,1,641,649,'Viet Nam');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',3,0,953,961,'Brussels');
INSERT INTO place_mentions VALUES('e207f36a8909cfd95f0989810d029625',3,1,1029,1037,'Brussels');
CREATE TABLE date_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_dates (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO date_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,151,163,'12 June 2025');
INSERT INTO date_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,0,348,360,'11 June 2025');
INSERT INTO date_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',2,0,778,790,'3 March 2025');
INSERT INTO date_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',3,0,975,990,'the end of 2025');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,0,65,69,'2026');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,0,86,98,'12 June 2025');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,1,207,212,'today');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',2,0,501,512,'21 May 2025');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',3,0,665,669,'2024');
INSERT INTO date_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',4,0,901,905,'2025');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,0,75,90,'10 October 2024');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,0,587,603,'17 December 2023');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,0,965,979,'September 2018');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,0,1059,1071,'October 2024');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',4,0,1132,1146,'September 2025');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',5,0,1213,1217,'2025');
INSERT INTO date_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',6,0,1243,1258,'11 October 2024');
INSERT INTO date_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,0,123,145,'12 to 14 November 2024');
INSERT INTO date_mentions VALUES('507b0e037649e791b0b47a6a12560513',1,0,638,647,'June 2025');
INSERT INTO date_mentions VALUES('507b0e037649e791b0b47a6a12560513',2,0,682,686,'2025');
INSERT INTO date_mentions VALUES('507b0e037649e791b0b47a6a12560513',3,0,719,732,'November 2024');
INSERT INTO date_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',0,0,60,76,'21 November 2024');
INSERT INTO date_mentions VALUES('2acb8f64ab8e7b55c1e33d151d303200',1,0,387,399,'30 June 2026');
INSERT INTO date_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,0,90,100,'21/11/2024');
INSERT INTO date_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,0,278,294,'20 November 2024');
INSERT INTO date_mentions VALUES('e207f36a8909cfd95f0989810d029625',2,0,965,977,'17 June 2024');
INSERT INTO date_mentions VALUES('e207f36a8909cfd95f0989810d029625',3,0,1041,1063,'the first half of 2025');
CREATE TABLE agenda_items (
    record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    label      TEXT NOT NULL,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    level      INTEGER NOT NULL,
    parent_idx INTEGER,
    inline     INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (record_id, idx)
) STRICT;
INSERT INTO agenda_items VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,'1.','The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR.','The 27th ASEAN-Japan Summit was held on 10 October 2024 in Vientiane, Lao PDR. The Summit was chaired by H.E. Sonexay Siphandone, Prime Minister of the Lao People''s Democratic Republic, and attended by all ASEAN Member States, H.E. ISHIBA Shigeru, Prime Minister of Japan, and H.E. Kao Kim Hourn, Secretary-General of ASEAN.',1,NULL,0,32,359);
INSERT INTO agenda_items VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,'2.','We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.','We welcomed the progress in implementing the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation adopted at the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation held in Tokyo on 17 December 2023.',1,NULL,0,361,604);
INSERT INTO agenda_items VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,'3.','We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA).','We appreciated Japan''s contribution of USD 100 million to the Japan-ASEAN Integration Fund (JAIF) and the work of the ASEAN-Japan Centre and the Economic Research Institute for ASEAN and East Asia (ERIA). We noted the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC) in Bangkok, which has trained over 1,500 officials since its establishment in September 2018.',1,NULL,0,606,980);
INSERT INTO agenda_items VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,'4.','We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.','We looked forward to the 17th ASEAN-Japan Cybersecurity Policy Meeting in October 2024 and to the ASEAN-Japan Economic Ministers'' Consultations in September 2025 in Kuala Lumpur.',1,NULL,0,982,1163);
INSERT INTO agenda_items VALUES('1f0ed9c03202d0ed77132552668ff2ce',4,'5.','We welcomed Malaysia''s ASEAN Chairmanship in 2025.','We welcomed Malaysia''s ASEAN Chairmanship in 2025.',1,NULL,0,1165,1218);
INSERT INTO agenda_items VALUES('507b0e037649e791b0b47a6a12560513',0,'1.','Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).','Participants. Officials from 14 Pacific Island countries attended, with trainers from CERT NZ, the National Cyber Security Centre and the Pacific Islands Telecommunications Association (PITA).',1,NULL,0,356,551);
INSERT INTO agenda_items VALUES('507b0e037649e791b0b47a6a12560513',1,'2.','Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.','Outcomes. Participants agreed to establish a regional incident-response roster by June 2025 and to meet again in Port Vila in 2025.',1,NULL,0,553,687);
CREATE TABLE errors (
    source_identity TEXT PRIMARY KEY,
    record_id       TEXT NOT NULL,
    source_uri      TEXT,
    source_path     TEXT,
    source_sha256   TEXT,
    content_type    TEXT,
    message         TEXT NOT NULL,
    raw             TEXT NOT NULL CHECK (json_valid(raw)),
    raw_sha256      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
INSERT INTO errors VALUES('file:///tmp/ao/legacy-in/broken.pdf','312a48cc0e9ad72fca820fb62dbb5dc0','file:///tmp/ao/legacy-in/broken.pdf','broken.pdf','a812f5e4e8b1ffff212ff146ab4a540284e1fad1d0cafb88ddf839dcd89e59d1',NULL,'decode: malformed PDF: truncated (no %%EOF marker)','{"schema":"communique.record/v1","id":"312a48cc0e9ad72fca820fb62dbb5dc0","error":"decode: malformed PDF: truncated (no %%EOF marker)","source":{"uri":"file:///tmp/ao/legacy-in/broken.pdf","path":"broken.pdf","sha256":"a812f5e4e8b1ffff212ff146ab4a540284e1fad1d0cafb88ddf839dcd89e59d1","size":24}}','58e2581c3bb32c0696f422f094c22bbb0ac5470cab4794b7b3db2b68eb8be651','2026-12-07T05:57:38.243227Z','2026-12-07T05:57:38.243227Z');
CREATE TABLE event_series (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) STRICT;
INSERT INTO event_series VALUES(1,'canada-eu joint ministerial committee','EU-Canada Joint Ministerial Committee');
INSERT INTO event_series VALUES(2,'canada-eu raw materials dialogue','EU-Canada Raw Materials Dialogue');
INSERT INTO event_series VALUES(3,'european african-union union ministerial meeting','European Union-African Union Ministerial Meeting');
INSERT INTO event_series VALUES(4,'au-eu summit','EU-AU Summit');
INSERT INTO event_series VALUES(5,'asean-japan summit','ASEAN-JAPAN SUMMIT');
INSERT INTO event_series VALUES(6,'commemorative summit','Commemorative Summit');
INSERT INTO event_series VALUES(7,'asean-japan cybersecurity policy meeting','ASEAN-Japan Cybersecurity Policy Meeting');
INSERT INTO event_series VALUES(8,'asean-japan economic ministers consultations','ASEAN-Japan Economic Ministers'' Consultations');
INSERT INTO event_series VALUES(9,'pacific cyber capacity workshop','Pacific Cyber Capacity Workshop');
INSERT INTO event_series VALUES(10,'committee-sub trade sustainable development','Sub-Committee on Trade and Sustainable Development');
INSERT INTO event_series VALUES(11,'evfta trade committee','EVFTA Trade Committee');
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    series_id  INTEGER REFERENCES event_series (id),
    name       TEXT NOT NULL,
    ordinal    INTEGER,
    dates      TEXT,
    start_date TEXT,
    end_date   TEXT,
    place      TEXT,
    country    TEXT
) STRICT;
INSERT INTO events VALUES(1,1,'fifth meeting of the EU-Canada Joint Ministerial Committee',5,'2025-06-11','2025-06-11','2025-06-11','Ottawa','CA');
INSERT INTO events VALUES(2,2,'second EU-Canada Raw Materials Dialogue',2,'2025-03-03','2025-03-03','2025-03-03','Brussels','BE');
INSERT INTO events VALUES(3,3,'seventh European Union-African Union Ministerial Meeting',7,'2025-05-21','2025-05-21','2025-05-21','Brussels','BE');
INSERT INTO events VALUES(4,4,'7th EU-AU Summit',7,'2025','2025-01-01','2025-12-31',NULL,NULL);
INSERT INTO events VALUES(5,5,'27TH ASEAN-JAPAN SUMMIT',27,'2024-10-10','2024-10-10','2024-10-10','Vientiane','LA');
INSERT INTO events VALUES(6,6,'Commemorative Summit',NULL,'2023-12-17','2023-12-17','2023-12-17','Tokyo','JP');
INSERT INTO events VALUES(7,7,'17th ASEAN-Japan Cybersecurity Policy Meeting',17,'2024-10','2024-10-01','2024-10-31',NULL,NULL);
INSERT INTO events VALUES(8,8,'ASEAN-Japan Economic Ministers'' Consultations',NULL,'2025-09','2025-09-01','2025-09-30','Kuala Lumpur','MY');
INSERT INTO events VALUES(9,9,'first Pacific Cyber Capacity Workshop',1,'2024-11-12/2024-11-14','2024-11-12','2024-11-14',NULL,NULL);
INSERT INTO events VALUES(10,9,'meet again',NULL,'2025','2025-01-01','2025-12-31',NULL,NULL);
INSERT INTO events VALUES(11,10,'sixth meeting of the Sub-Committee on Trade and Sustainable Development',6,'2024-11-20','2024-11-20','2024-11-20','Hanoi','VN');
INSERT INTO events VALUES(12,11,'fifth meeting of the EVFTA Trade Committee',5,'2024-06-17','2024-06-17','2024-06-17','Brussels','BE');
CREATE TABLE record_events (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    event_id  INTEGER REFERENCES events (id),
    series_id INTEGER REFERENCES event_series (id),
    name      TEXT NOT NULL,
    ordinal   INTEGER,
    dates     TEXT,
    place     TEXT,
    country   TEXT,
    PRIMARY KEY (record_id, ord)
) STRICT;
INSERT INTO record_events VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,1,1,'fifth meeting of the EU-Canada Joint Ministerial Committee',5,'2025-06-11','Ottawa','CA');
INSERT INTO record_events VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,2,2,'second EU-Canada Raw Materials Dialogue',2,'2025-03-03','Brussels','BE');
INSERT INTO record_events VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,3,3,'seventh European Union-African Union Ministerial Meeting',7,'2025-05-21','Brussels','BE');
INSERT INTO record_events VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,4,4,'7th EU-AU Summit',7,'2025',NULL,NULL);
INSERT INTO record_events VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,5,5,'27TH ASEAN-JAPAN SUMMIT',27,'2024-10-10','Vientiane','LA');
INSERT INTO record_events VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,6,6,'Commemorative Summit',NULL,'2023-12-17','Tokyo','JP');
INSERT INTO record_events VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,7,7,'17th ASEAN-Japan Cybersecurity Policy Meeting',17,'2024-10',NULL,NULL);
INSERT INTO record_events VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,8,8,'ASEAN-Japan Economic Ministers'' Consultations',NULL,'2025-09','Kuala Lumpur','MY');
INSERT INTO record_events VALUES('507b0e037649e791b0b47a6a12560513',0,9,9,'first Pacific Cyber Capacity Workshop',1,'2024-11-12/2024-11-14',NULL,NULL);
INSERT INTO record_events VALUES('507b0e037649e791b0b47a6a12560513',1,10,9,'meet again',NULL,'2025',NULL,NULL);
INSERT INTO record_events VALUES('e207f36a8909cfd95f0989810d029625',0,11,10,'sixth meeting of the Sub-Committee on Trade and Sustainable Development',6,'2024-11-20','Hanoi','VN');
INSERT INTO record_events VALUES('e207f36a8909cfd95f0989810d029625',1,12,11,'fifth meeting of the EVFTA Trade Committee',5,'2024-06-17','Brussels','BE');
CREATE TABLE event_chairs (
    record_id TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (record_id, ord, person_id),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO event_chairs VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,3);
INSERT INTO event_chairs VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,6);
INSERT INTO event_chairs VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,10);
INSERT INTO event_chairs VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,1);
INSERT INTO event_chairs VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,4);
INSERT INTO event_chairs VALUES('507b0e037649e791b0b47a6a12560513',0,5);
INSERT INTO event_chairs VALUES('e207f36a8909cfd95f0989810d029625',0,2);
INSERT INTO event_chairs VALUES('e207f36a8909cfd95f0989810d029625',0,7);
CREATE TABLE event_parties (
    record_id TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    idx       INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('host', 'participant')),
    agency_id INTEGER REFERENCES agencies (id),
    country   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO event_parties VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,'host',17,'');
INSERT INTO event_parties VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,1,'host',NULL,'CA');
INSERT INTO event_parties VALUES('507b0e037649e791b0b47a6a12560513',0,0,'host',20,'');
INSERT INTO event_parties VALUES('507b0e037649e791b0b47a6a12560513',0,1,'host',NULL,'WS');
INSERT INTO event_parties VALUES('507b0e037649e791b0b47a6a12560513',0,2,'host',NULL,'NZ');
INSERT INTO event_parties VALUES('e207f36a8909cfd95f0989810d029625',0,0,'host',17,'');
INSERT INTO event_parties VALUES('e207f36a8909cfd95f0989810d029625',0,1,'host',NULL,'VN');
INSERT INTO event_parties VALUES('e207f36a8909cfd95f0989810d029625',0,2,'participant',18,'');
INSERT INTO event_parties VALUES('e207f36a8909cfd95f0989810d029625',0,3,'participant',26,'');
CREATE TABLE event_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
INSERT INTO event_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',0,0,276,334,'fifth meeting of the EU-Canada Joint Ministerial Committee');
INSERT INTO event_mentions VALUES('fba9f92d9ab68d0ae3550e8c292a6b61',1,0,717,756,'second EU-Canada Raw Materials Dialogue');
INSERT INTO event_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',0,0,423,479,'seventh European Union-African Union Ministerial Meeting');
INSERT INTO event_mentions VALUES('e1e2a4f5b2e27bd97b841d8863dfafe2',1,0,871,887,'7th EU-AU Summit');
INSERT INTO event_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,0,7,30,'27TH ASEAN-JAPAN SUMMIT');
INSERT INTO event_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',0,1,39,62,'27th ASEAN-Japan Summit');
INSERT INTO event_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',1,0,489,509,'Commemorative Summit');
INSERT INTO event_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',2,0,1010,1055,'17th ASEAN-Japan Cybersecurity Policy Meeting');
INSERT INTO event_mentions VALUES('1f0ed9c03202d0ed77132552668ff2ce',3,0,1083,1128,'ASEAN-Japan Economic Ministers'' Consultations');
INSERT INTO event_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,0,12,49,'first Pacific Cyber Capacity Workshop');
INSERT INTO event_mentions VALUES('507b0e037649e791b0b47a6a12560513',0,1,55,92,'first Pacific Cyber Capacity Workshop');
INSERT INTO event_mentions VALUES('507b0e037649e791b0b47a6a12560513',1,0,655,665,'meet again');
INSERT INTO event_mentions VALUES('e207f36a8909cfd95f0989810d029625',0,0,143,214,'sixth meeting of the Sub-Committee on Trade and Sustainable Development');
INSERT INTO event_mentions VALUES('e207f36a8909cfd95f0989810d029625',1,0,901,943,'fifth meeting of the EVFTA Trade Committee');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','records_fts','records_fts',0,'CREATE VIRTUAL TABLE records_fts USING fts5 (
    title,
    text,
    content = ''records'',
    content_rowid = ''rowid'',
    tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'records_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO records_fts_data VALUES(1,X'06398679');
INSERT INTO records_fts_data VALUES(10,X'000000000106060006010101020101030101040101050101060101');
INSERT INTO records_fts_data VALUES(137438953473,X'000004bb023030010601011101023130010601012103023438010601010d020131010601013f020132010601011e02023735010601010b01013201060101120203303235010c01012023432102023831010601011301013301080101810002013201060101100102343501060101220104363331390106010114010161010801018119020666666169727301080101500e0205677265656401080101810406046d656e7401080101680b02026e64011401012f2407150806180e010162010601010c020772757373656c73010801010e72020179010801014758010663616e6164610114030101240e0a21170e12020365746101060101720206686169726564010601014602016f010601014503086d6d697373696f6e01080101810c060474746565010a0601012716040a70726568656e73697665010601016d03076e73696c69756d0108010116060305756e63696c010601010202077269746963616c01080a01012b010264650106010108020769616c6f677565010601017b0309726563746f7261746501080101810e020575626f6973010601015e010865636f6e6f6d6963010601016e02026e6401080101811f030e7472657072656e6575727368697001080101811402017501140201011806090d0b360e0304726f7061010801011706060365616e010a010105810801056669667468010601013302026f72010801014e4404046569676e010801014f0e010767656e6572616c01080101810f010468656c6401080101314d02036967680106010149010e696d706c656d656e746174696f6e010601016302016e010801013c43030664757374727901080101811303067465726e616c01080101811101056a6f696e74010c0401012516630203756e65010801011f2301046b616a61010601015403046c6c6173010601015501026c61010601010902026f69010601010a01056d61726368010801018101040767756572697465010601015d04036b6574010801018112030774657269616c73010601017a0206656574696e670108010134110207696e6572616c7301080b01012c040569737465720106010159090369616c010a0501012616090173010601016001076e61747572616c01080101810601026f6601100101033418110c3e02016e010c0901012a164302057474617761010601013d010b706172746e657273686970010601016702036c616e01080101811c02056f6c696379010601015302067265706172650108010181180402737301080101150a03066f677265737301080801012901037261770106010179020d6570726573656e746174697665010601014a0307736f757263657301080101810703067669657765640106010161070173010807010128020275650106010107010173010801015837020565636f6e64010601017604057572697479010601015202036d6573010801018116020874726174656769630106010166010374656c010601010f0203686174010801018105030165011e0101042b07060e08061805070d171604017901080101810302047261646501060101700306656d626c6179010601015f0105756e696f6e010801010649010377617301060101440207656c636f6d656401060101740203696c6c01080101811702036f726b01080101811b02027777010601011904080909080809080d090908090b090e0d0c10080f09140a0d08100d110f0c0f090e110c0f0a160f0c0c0c0a0c0f0c0a15090e0e0f0b0b0b09090d0e0b0e0e0f0c0c080f0e0b0c120b0c0e0a0e0a140f0d0909090c0c0b0f0a0b14090b0d0d0a0e0b0b');
INSERT INTO records_fts_data VALUES(274877906945,X'000004270330303102080101811701023132020601011002013602060101130101320208010181140201300206010114030232340206010166040135020a0101123e4004013602080d01010d020131020601014c0202383102080101811501023332020801018113010235360208010181160103377468020801018106010761646f707465640206010124060173020601011602056672696361020a010130093507016e020c01011c111b1c020567656e637902080101590902026d61020601016102026e6102080101810e030164020e01012e091c0825020175020801012d5d01026265020808010108030463616d650206010163020772757373656c73020a0b01010b41010463616c6c02060101500202646302060101380206656e74726573020601013102096f6d6d697373696f6e020601015406047474656502080601010603096e636c7573696f6e73020c010117101b42040b7374616e74696e6573637502080101811004047461637402080101810d0503726f6c020601013403096f7065726174696f6e0208010119110305756e63696c020a0101150f5c01076469736561736502060101330103656d61020601015a0307657267656e6379020601013b0201750208010181070304726f7065020601016f0702616e020a010142130601046665656402080101810002056f6c6c6f77020601013f03017202080101325b01066865616c7468020e01011f1d2f070d03026c64020a09010109410102696e02140a0401010a043f1e06070302746f020801018101020173020601016b01056a6f696e740208040101040203756e65020601011101056b7572656b020601017301056d6172696102080101810f030179020601014d020865646963696e657302080101580903056574696e6702060101470207696e69737465720206010175090369616c020a050101054301046e65787402080301010301026f66020a010176060c0305666963657202080101811202016e0210010118080a151408020a7065726174696f6e616c02060101640107706c616e6e656402080101810a02056f6c6973680206010174020a72657061726174696f6e020801018103070665646e65737302080101201e0406736964656e740206010179050173020a01010e8105040776656e74696f6e0206010136010772656c65617365020601010f0104736169640206010170020765637572697479020801016807030576656e74680206010141020c7472656e677468656e696e6702060101270205756d6d6974020801018109030570706f7274020601015c01037468650222020101021b080b0710051406092004070502016f020601015b0303646179020601012303046d61737a02060101710105756e696f6e020c01011d1119040105776869636802060101620203696c6c020a070101077a0308736e696577736b69020601017203027468020801011a11040a09080908090a09080a0a0a0b0e080e0b0d090a0c090a0b100b090d100c13130c0a110e0e0a0e090b0b0c0c09110b100a080d0a0c0d08100c0e0c0c0b0d0d110f0c120e0d0a0e0e0b0f0c130d0c18080a0b0f0c0c0f');
INSERT INTO records_fts_data VALUES(412316860417,X'000005a2023031030a01010881180201300306010111030130030601017202013103080101815102013703060101670302746803080101812d01013203060101430203303138030801018126030232330306010169040134030c010113812420040135030a010181400e0203377468030a0401010408010133030601016a0101340308010181270101350308010181440202303003080101811f03027468030601015b010761646f70746564030601015402056a6363626303080101811702026c6c030601012d02026e64031401012a111b111c0a092e020a70707265636961746564030601016c02047365616e0320050101050825160f111b0b0b0a1f0d120302696103080101810c0201740306010155030674656e646564030601012b010762616e676b6f6b030801018119020775696c64696e67030801018115020179030801011c12010863617061636974790308010181140205656e747265030a01018102160206686169726564030601011b06076d616e7368697003080101814a020c6f6d6d656d6f7261746976650306010157030b6e73756c746174696f6e7303080101813d0409747269627574696f6e030601016f03096f7065726174696f6e030801015311020c796265727365637572697479030a010181131f0108646563656d626572030601016803086d6f6372617469630306010128010165030a01011e160b020361737403080101810b0207636f6e6f6d6963030a0101810538020372696103080101810d020c737461626c6973686d656e740308010181230103666f7203080101593104047761726403080101812a02097269656e64736869700308010151110203756e640306010179010767656e6572616c0306010140010168030a01011d160b0202617303080101811b0203656c64030801010f5602046f75726e030601013e010c696d706c656d656e74696e67030601014902016e0318010114361e360e110d050c050307737469747574650308010181070309746567726174696f6e030601017802057368696261030601013303047375656403080101814d0202747303080101812201046a616966030601017a030370616e031c06010106082e1a11100b0d131f0d02046f696e74030601014b01036b616f030601013c0202696d030601013d020475616c6103080101814201036c616f03080101161102056f6f6b65640308010181290205756d70757203080101814301086d616c61797369610308010181470206656574696e6703080101813203046d626572030601012f0206696c6c696f6e030601017303066e697374657203080101221609017303080101813c01056e6f74656403080101810f01076f63746f626572030c01011281242002016603140201010223160c1e1510030766696369616c7303080101812002016e030c010110401a6c020376657203080101811d010370647203060101170205656f706c65030601012602056f6c696379030801018131020472696d6503080101211603066f67726573730306010147010872657075626c696303060101290306736561726368030801018106010173030a010127495c02086563726574617279030601013f03077074656d626572030a010181251c020668696765727503060101340204696e636503080101812103087068616e646f6e65030601012002066f6e65786179030601011f0208746174656d656e74030601014d06017303060101300205756d6d6974030e07010107080e41010374686503240301010308110e24060e061d0905070e1e0e02016f030a010174390e03036b796f030601016502067261696e656403080101811c0103757364030601017101097669656e7469616e65030a010115813c030473696f6e030601014c0103776173030801010e0e020165030e01014429251c1f03066c636f6d6564030a010145810302046869636803080101811a02036f726b030601017d010479656172030601015c040a080809080a080b090b0a0c0809090a090e0d091011180a080d0f0f09100e0d0f13131011150f0f0a0b100b140b0c110a0e0a0a0b0b13110f100c0c0a0b150b0a090c0b0d0d100e0b0d0e090d110f0f0b0b0a0c0d0c0d0f0e0a0f100d0c0f0d0f0810190a0a0e0a120b0b0c0f0c0a');
INSERT INTO records_fts_data VALUES(549755813889,X'000003a0023031040601013902013204060101150201340408010117280101320406010153020330323404080101195804013504080101600b010137040601016d010161040601015902046761696e0406010164030472656564040601015602026964040601012a02026e64040a0101212d1702037069610406010112020a73736f63696174696f6e040601015102077474656e646564040601014101026279040a01011b163101086361706163697479040a07010107080205656e747265040601014b0302727404060101450206686169726564040601012e03036965660406010133020d6f6d6d756e69636174696f6e73040601012003096e6e656374696f6e73040601016b0307756e74726965730406010140020479626572040c06010106083f010965737461626c697368040601015802087865637574697665040601013401056669727374040a04010104080203726f6d040c01011414180a0206756e64696e67040601012501056772616e740406010132010468656c64040601011002056f73746564040601011a0501730408030101030102696e040a01011156050306636964656e74040601015b0309666f726d6174696f6e04060101220205736c616e64040601013f070173040601014f0303737565040601016c020174040601012c01046a756e65040601015f01076c65696c616e69040601013001046d65657404060101630207696e6973747279040801011e1c01086e6174696f6e616c040601014802026577040601012802076f76656d62657204080101185802017a040601014601026f66040801011f19030566696365720406010135060469616c73040601013b02077574636f6d657304060101540107706163696669630410050101050835121e030a727469636970616e7473040801013a1d0203697461040601015202036f727404060101660208726f6772616d6d65040601012b0108726567696f6e616c040601015a030673706f6e7365040601015c02056f73746572040601015d010573616d6f61040c02010102130c020765637572697479040601014a010a746563686e6f6c6f6779040601012303106c65636f6d6d756e69636174696f6e730406010150020268650410010109150d12120802016f040a010116430d02077261696e65727304060101430209756961736f736f706f0406010131010476696c6104060101670103776173040801010f20020369746804080101242002076f726b73686f70040a080101080801077a65616c616e64040601012904080809080b0908080b0b090b0a110e0b110c090d0a14100e0e100f0e0d0d0c0b0c090b0d100c080a080b0e0b0f0f090f080a0c0b0e13120a0a0f0f0d0c0f0e11170e0a0e100b0b0b10');
INSERT INTO records_fts_data VALUES(687194767361,X'000002c503303132050601012b010432303130050601014f030232300506010150040134050601010d0401360506010146020131050601010b0102333005060101440105616c6f6661050601011002016e05060101270301640510030101031b15070f020a7272616e67656d656e74050a090101092102047369616e050601013e0203746175050601011b010462616e6b0506010140030574746572790506010130020165050601013a020575696c647305060101480201790506010143010563686965660506010121020b6f6d6d697373696f6e657205060101150406706c657465640506010142010b646576656c6f706d656e74050601013f0106656e65726779050a080101084602027561050601013302087865637574697665050601012201026661050601011a02026f7205060101290106686176696c690506010124020369676805060101140102696e050601010e020174050601014701046a756e65050601014501076c696d69746564050601011f01076d616e61676564050601013b030170050601014e0305726c6f776505060101190206696c6c696f6e050601012c02046f616c61050601012501036e6577050a040101040f02076f76656d626572050601010c0203756b75050601010f02017a050601012a01026f66050601012d02016e050a01010a2a190105706f776572050601011e0206726f6a6563740506010138010972656e657761626c6505080701010702036f6164050601014d01017305080101130f020369676e05080601010605026564050601012603036f6e65050601012302046f6c6172050601012e0206746f72616765050601013101057465737361050601011802026865050a010137080f02016f050601011603036e6761050e0201010217083001017505060101360104766176610506010135010477696c6c050601013903027468050601013c01077a65616c616e64050a050101050f04090b09080808090c080d130b0a0b0c080c080c120d120f090f09090d0a09080b0e0e080c0d0b0c0e0a08090a0c0d110a090b090a0b0d0c0b080e080b0b09');
INSERT INTO records_fts_data VALUES(824633720833,X'000004af03303131060601011202013706080101812301023230060601013303023234060a010113247204013506080101813502013106060101110103367468060805010105010238370606010175010861647669736f7279060601017c0208677265656d656e74060601012e02036c736f06080101811302026e6406180a01010a0f0f231016110f080201740606010148030674656e64656406080101810c01086272757373656c73060a0101812110020179060601013b010763686169726564060601013a04046d62657206080101810602046976696c06080101812802016f060601013903066d6d657263650608010181080506697373696f6e060601014b060474746565060c070101071c7f03086e76656e74696f6e0606010173010a6465706172746d656e74060601016104037574790606010159030976656c6f706d656e74060c0c01010c1c230201670606010151020769726563746f72060601015a0903617465060601014d030773637573736564060601016c02076f6d6573746963060601017b02027563060601015601026575060a02010102290306726f7065616e060801011537020476667461060801012f6f01056669667468060801018118030372737406080101813202026f7206080101430e0402756d06080101812a0203726565060601012c010767656e6572616c060801014e0f0205726f757073060601017d010468616c6606080101813303036e6f69060c0f01010f03230203656164060601014003026c64060e0d01010d0f81070103696c6f06080101721202016e06100e01010e247210040306647573747279060801016626030467726964060601013d030b7465726e6174696f6e616c060601017f01056a6f696e740608010181270203756e6506080101812401066c61626f757206080101810002036f6e67060601015801076d656574696e67060c01011d1c5b0b0207696e6973747279060601016402036f697406060101690201720606010154020173060601013c020b756c74696c61746572616c060601015e01036e616d060e040101041714450205677579656e060601015502016f0606010174030676656d626572060601013401026f66061c01011e251d08050e0a10090a061c02016e060e080101081c1272020b7267616e697a6174696f6e06080101810101047061727406080101810d0503696573060801016b2902046c61636506080101812d02056f6c6963790606010160010c726174696669636174696f6e0606010170010173060801014c25020469787468060601011c02066f636965747906080101812903056c62657267060601013e0204746f636b06080101811502027562060a060101061c0309737461696e61626c65060c0b01010b1c23010474616b6506080101812c020468616e680606010157030165062a01011409060b10151608090f0506080d0408060d0d02036f6f6b0608010181140204726164650618090101091c0c190e040f0b370105756e64657206060101270303696f6e06060101160401740606010142010576616e6365060601013f020363636906080101810b0203696574060e0301010317144505036e616d060801018105010377617306060101380203696c6c06080101812b02036f726b0606010178040909090b09080b090f0f0b12080e11080e0c0c080e0d0e0f110a13080e0a0e0e090b0e0c0d0b0a0a0a0f0c0c0d0a0d0b0d0e0b120d0b0e0a110e0a0808120e0c080d140c130c0b0c0c13090b0e0c0c0b130c0b1a0b140c0a080c0b0e0b0a0b');
CREATE TABLE IF NOT EXISTS 'records_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO records_fts_idx VALUES(1,X'',2);
INSERT INTO records_fts_idx VALUES(2,X'',2);
INSERT INTO records_fts_idx VALUES(3,X'',2);
INSERT INTO records_fts_idx VALUES(4,X'',2);
INSERT INTO records_fts_idx VALUES(5,X'',2);
INSERT INTO records_fts_idx VALUES(6,X'',2);
CREATE TABLE IF NOT EXISTS 'records_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO records_fts_docsize VALUES(1,X'0a8120');
INSERT INTO records_fts_docsize VALUES(2,X'0c8116');
INSERT INTO records_fts_docsize VALUES(3,X'068152');
INSERT INTO records_fts_docsize VALUES(4,X'076e');
INSERT INTO records_fts_docsize VALUES(5,X'084f');
INSERT INTO records_fts_docsize VALUES(6,X'0e8134');
CREATE TABLE IF NOT EXISTS 'records_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO records_fts_config VALUES('version',4);
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('event_series','sqlite_autoindex_event_series_1','11 1');
INSERT INTO sqlite_stat1 VALUES('event_mentions','sqlite_autoindex_event_mentions_1','14 3 2 1');
INSERT INTO sqlite_stat1 VALUES('events','events_range','12 1 1');
INSERT INTO sqlite_stat1 VALUES('events','events_series','12 1 1');
INSERT INTO sqlite_stat1 VALUES('agenda_items','sqlite_autoindex_agenda_items_1','7 4 1');
INSERT INTO sqlite_stat1 VALUES('event_chairs','event_chairs_person','8 1');
INSERT INTO sqlite_stat1 VALUES('event_chairs','sqlite_autoindex_event_chairs_1','8 2 2 1');
INSERT INTO sqlite_stat1 VALUES('record_dates','record_dates_date','26 2');
INSERT INTO sqlite_stat1 VALUES('record_dates','sqlite_autoindex_record_dates_1','26 5 1');
INSERT INTO sqlite_stat1 VALUES('event_parties','event_parties_agency','9 2');
INSERT INTO sqlite_stat1 VALUES('event_parties','sqlite_autoindex_event_parties_1','9 3 3 1');
INSERT INTO sqlite_stat1 VALUES('record_agencies','record_agencies_agency','30 2');
INSERT INTO sqlite_stat1 VALUES('record_agencies','sqlite_autoindex_record_agencies_1','30 5 1');
INSERT INTO sqlite_stat1 VALUES('errors','sqlite_autoindex_errors_1','1 1');
INSERT INTO sqlite_stat1 VALUES('agency_mentions','sqlite_autoindex_agency_mentions_1','47 8 2 1');
INSERT INTO sqlite_stat1 VALUES('record_places','record_places_place','21 2');
INSERT INTO sqlite_stat1 VALUES('record_places','sqlite_autoindex_record_places_1','21 4 1');
INSERT INTO sqlite_stat1 VALUES('dates','dates_range','21 1 1');
INSERT INTO sqlite_stat1 VALUES('dates','sqlite_autoindex_dates_1','21 1');
INSERT INTO sqlite_stat1 VALUES('date_mentions','sqlite_autoindex_date_mentions_1','27 5 1 1');
INSERT INTO sqlite_stat1 VALUES('places','sqlite_autoindex_places_1','16 1 1');
INSERT INTO sqlite_stat1 VALUES('agencies','agencies_acronym','26 2');
INSERT INTO sqlite_stat1 VALUES('agencies','sqlite_autoindex_agencies_1','26 1 1');
INSERT INTO sqlite_stat1 VALUES('record_events','record_events_series','12 1');
INSERT INTO sqlite_stat1 VALUES('record_events','record_events_event','12 1');
INSERT INTO sqlite_stat1 VALUES('record_events','sqlite_autoindex_record_events_1','12 3 1');
INSERT INTO sqlite_stat1 VALUES('person_mentions','sqlite_autoindex_person_mentions_1','12 2 1 1');
INSERT INTO sqlite_stat1 VALUES('records_fts_config','records_fts_config','1 1');
INSERT INTO sqlite_stat1 VALUES('record_people','record_people_person','12 1');
INSERT INTO sqlite_stat1 VALUES('record_people','sqlite_autoindex_record_people_1','12 2 1');
INSERT INTO sqlite_stat1 VALUES('records_fts_idx','records_fts_idx','6 1 1');
INSERT INTO sqlite_stat1 VALUES('place_mentions','sqlite_autoindex_place_mentions_1','50 9 3 1');
INSERT INTO sqlite_stat1 VALUES('records','records_published','6 2 2');
INSERT INTO sqlite_stat1 VALUES('records','sqlite_autoindex_records_2','6 2 1');
INSERT INTO sqlite_stat1 VALUES('records','sqlite_autoindex_records_1','6 1');
INSERT INTO sqlite_stat1 VALUES('people','sqlite_autoindex_people_1','12 1 1');
ANALYZE sqlite_schema;
CREATE INDEX records_published ON records (published_start, published_end);
CREATE INDEX agencies_acronym ON agencies (acronym);
CREATE INDEX dates_range ON dates (start_date, end_date);
CREATE INDEX record_people_person ON record_people (person_id);
CREATE INDEX record_agencies_agency ON record_agencies (agency_id);
CREATE INDEX record_places_place ON record_places (place_id);
CREATE INDEX record_dates_date ON record_dates (date_id);
CREATE INDEX events_series ON events (series_id, start_date);
CREATE INDEX events_range ON events (start_date, end_date);
CREATE INDEX record_events_event ON record_events (event_id);
CREATE INDEX record_events_series ON record_events (series_id);
CREATE INDEX event_chairs_person ON event_chairs (person_id);
CREATE INDEX event_parties_agency ON event_parties (agency_id);
CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
    INSERT INTO records_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER records_fts_update AFTER UPDATE OF title, text ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO records_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
PRAGMA writable_schema=OFF;
COMMIT;
