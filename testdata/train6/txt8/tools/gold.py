#!/usr/bin/env python3
"""Writes the gold files of testdata/train6/txt8 (annotations typed here, before any run)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'gold')

def P(name, *aliases):
    d = {"name": name}
    if aliases:
        d["aliases"] = list(aliases)
    return d

def A(name, acronym=None, *aliases):
    d = {"name": name}
    if acronym:
        d["acronym"] = acronym
    if aliases:
        d["aliases"] = list(aliases)
    return d

def rec(title, published, dates, people=(), agencies=(), dates_opt=(), people_opt=(), agencies_opt=(), agenda=(), agenda_opt=()):
    return {"title": title, "published": published, "dates": list(dates), "dates_optional": list(dates_opt),
            "people": list(people), "people_optional": list(people_opt), "agencies": list(agencies),
            "agencies_optional": list(agencies_opt), "agenda": list(agenda), "agenda_optional": list(agenda_opt)}

def write(source, notes, records):
    with open(os.path.join(OUT, source + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump({"source": source, "notes": notes, "records": records}, f, indent=1, ensure_ascii=False)
        f.write('\n')

OGG = P("Kim Ogg", "Ogg")
HCDAO = "Harris County District Attorney's Office"
HK_GOV = ["Government", "Hong Kong Government"]

# ---- Hong Kong ----
L = rec('HKMC organises premiere and sharing session of "100 Things I Want to Do after Retirement" (with photos)', "2026-01-21",
        ["2026-01-21", "2011"],
        [P("Kenny Wong"), P("Louise Lee"), P("Colin Pou")],
        [A("Hong Kong Monetary Authority", "HKMA"), A("Hong Kong Mortgage Corporation Limited", "HKMC", "Hong Kong Mortgage Corporation"),
         A("HKMC Insurance Limited"), A("HKMC Annuity Limited")],
        agencies_opt=["YouTube"] + HK_GOV)
J = rec("Starry Lee Wai-king resigns as Convenor of Working Group on Patriotic Education", "2026-01-22",
        ["2026-01-22", "2024-04"],
        [P("Starry Lee Wai-king", "Starry Lee", "Lee"), P("Chan Kwok-ki", "Chan")],
        [A("Constitution and Basic Law Promotion Steering Committee", "CBLPSC"), A("Legislative Council", None, "Eighth Legislative Council")],
        agencies_opt=["Working Group on Patriotic Education", "Working Group", "Chief Secretary for Administration"] + HK_GOV)
I = rec("Effective Exchange Rate Index", "2026-01-22", ["2026-01-22"])
write("hk-gia-wire-nnnn.txt",
      "REAL Hong Kong GIA releases (wusiuyu/hknews gia_backup.csv) concatenated by us in the GIA wire form: headline, body, 'Ends/<weekday, date>', 'Issued at HKT hh:mm', 'NNNN'. The only date line of each release is its closing 'Ends/' line; published = that date. The one-sentence exchange-rate release is a release of its own.",
      [L, J, I])

agenda_A = [{"label": "(1)", "title": "a machine learning-based driving performance analysis assistance system using multimodal sensor technology and in-vehicle video analysis applicable to driving tests;", "parent": None},
            {"label": "(2)", "title": "an end-to-end intelligent driving system applicable to the logistics industry;", "parent": None},
            {"label": "(3)", "title": "a real-time driver attention monitoring and alerting system based on analysis of physiological data from wearable health-tracking wristbands; and", "parent": None},
            {"label": "(4)", "title": "a tailor-made bus automatic emergency braking system design for Hong Kong's road and traffic conditions.", "parent": None}]
A_ = rec("Smart Traffic Fund approves four projects", "2026-01-22", ["2026-01-22"], [],
         [A("Transport Department", "TD"), A("Hong Kong Productivity Council")],
         agencies_opt=["Management Committee", "Smart Traffic Fund", "Fund", "Secretariat of the Fund"] + HK_GOV, agenda=agenda_A)
C = rec("New service arrangements for LCSD's Mobile Library 6", "2026-01-22", ["2026-01-22", "2026-01-29", "2026-03-02"], [],
        [A("Leisure and Cultural Services Department", "LCSD")],
        agencies_opt=["Hong Kong Public Libraries", "Yiu Tung Public Library"])
write("hk-gia-email-digest.txt",
      "REAL GIA releases in a WRITTEN e-mail digest saved as text (mail header, 'Press releases issued today', each item between rules of '=' with its headline and a 'Thursday, January 22, 2026, 17:02 HKT' line, URL after the body, unsubscribe footer). The mail header and digest lead-in are no record. Dates of the mail header are chrome.",
      [A_, C])

M = rec("HAD opens temporary cold shelters", "2026-01-21", ["2026-01-21"], [], [A("Home Affairs Department", "HAD")])
D = rec("HKPF showcases policing professionalism at Expo (with photos)", "2026-01-22", ["2026-01-22"], [],
        [A("Hong Kong Police Force", "HKPF", "Police")],
        dates_opt=["2026"], agencies_opt=["Recruitment Division", "Volunteer Secondary Duty Cadres", "Hong Kong Convention and Exhibition Centre"])
G = rec('HKPF urges public to stay vigilant against phishing SMS messages and fake "eTraffic Ticket Platform" websites (with photo)', "2026-01-22",
        ["2026-01-22"], [], [A("Hong Kong Police Force", "HKPF")],
        agencies_opt=["Anti-Deception Coordination Centre", "eTraffic Ticket Platform"])
write("hk-gia-posts.md",
      "REAL GIA releases as Jekyll posts (YAML front matter: layout, title, date with time and +0800, categories, source_url) concatenated by us, as a `cat _posts/*.md` gives them. Titles and published from each post's front matter. The cold-shelter release holds district names underlined with dashes (a setext heading in Markdown) and a list of addresses: no new record there. Community halls are venues, not agencies.",
      [M, D, G])

E = rec("Consumer Price Indices for December 2025", "2026-01-22", ["2026-01-22", "2025-12", "2025-11", "2025"], [],
        [A("Census and Statistics Department", "C&SD")],
        dates_opt=["2025-Q4", "2024"], agencies_opt=["Consumer Price Index Section"] + HK_GOV)
F = rec("Education Bureau takes part in Education & Careers Expo 2026 (with photos)", "2026-01-22",
        ["2026-01-22", "2026-01-23", "2026-01-22/2026-01-24", "2026-01-25"], [P("Choi Yuk-lin", "Choi")],
        [A("Education Bureau", "EDB")],
        dates_opt=["2026", "2026-01-24"], agencies_opt=["Hong Kong Convention and Exhibition Centre"] + HK_GOV)
write("hk-gia-headings.md",
      "REAL GIA releases in a WRITTEN Markdown page: '# ' masthead and one-line intro (no record), each release under '## headline' with an italic 'Issued 22 January 2026, 16:30 HKT' line, no separator between releases; the CPI release has two '### ' section headings of its own (Commentary, Further information) that do not start records. 'fourth quarter of 2025' is optional (no quarter form in the rules).",
      [E, F])

H = rec("Inspection of aquatic products imported from Japan", "2026-01-22", ["2026-01-22", "2026-01-21", "2023-08-24"], [],
        [A("Centre for Food Safety", "CFS"), A("Food and Environmental Hygiene Department"),
         A("Agriculture, Fisheries and Conservation Department", "AFCD"), A("Hong Kong Observatory", "HKO")],
        agencies_opt=["Japanese Government", "Fukushima Nuclear Power Station", "GovHK", "Director of Food and Environmental Hygiene"])
write("hk-gia-single-subheadline.txt",
      "NEGATIVE: one REAL GIA release saved from its page: a page-title line repeating the headline with ' | Press Releases | GovHK', the headline, a WRITTEN sub-headline line, a weekday date line, the body, the Ends/Issued/NNNN close. One record.",
      [H])

# ---- Harris County District Attorney (natmrubin/prosecutor-press-releases, RSS excerpts) ----
H1 = rec("DA Ogg, Law Enforcement and Community Partners Launch Gun-Safety Campaign", "2023-02-16", ["2023-02-16"], [OGG],
         [A("Congregation Beth Israel")], agencies_opt=[HCDAO])
H2 = rec("Mother Who Drowned Her Two Children Sentenced to 40 Years", "2023-02-28", ["2023-02-28", "2016", "2016-08-12"],
         [OGG, P("Sheborah Latrice Thomas"), P("Kayiana Thomas")], [], agencies_opt=[HCDAO])
H3 = rec("Statement of Harris County District Attorney Kim Ogg on the execution of Arthur Brown Jr.", "2023-03-09", ["2023-03-09"],
         [OGG, P("Arthur Brown Jr.", "Arthur Brown")], [], agencies_opt=[HCDAO, "Texas State Penitentiary at Huntsville"])
H4 = rec("Harris County District Attorney Kim Ogg Reveals 21% Reduction of Case Backlog", "2023-04-12", ["2023-04-12", "2023-04-10", "2023", "2021"],
         [OGG], [], agencies_opt=[HCDAO, "Homicide Division"])
write("us-harris-da-feed-dump.txt",
      "REAL Harris County DA releases (RSS excerpts, natmrubin/prosecutor-press-releases text/harris_tx) concatenated by us as a feed dump: headline, date line (the item's date from its file name), body, '-30-'. Weekdays without dates are not dates.",
      [H1, H2, H3, H4])

H5 = rec("POLICE SEARCHING FOR CONVICTED PIMP WHO JUMPED BAIL AND WAS SENTENCED TO 75 YEARS", "2023-04-20", ["2023-04-20"],
         [OGG, P("Thaddeus Allen")], [A(HCDAO)])
H6 = rec("HABITUAL STALKER SENTENCED TO 35 YEARS IN PRISON", "2023-06-02", ["2023-06-02", "2023-03"],
         [OGG, P("Derek W. Brown")], [A(HCDAO)])
H7 = rec("HARRIS COUNTY JAIL INMATE SENTENCED TO 50 YEARS FOR KILLING CELLMATE", "2023-11-28", ["2023-11-28", "2021", "2021-10-29"],
         [OGG, P("Michael Ownby"), P("Fred Harris")], [A(HCDAO)], agencies_opt=["Harris County Jail"])
write("us-harris-da-for-immediate-release.txt",
      "REAL Harris County DA releases in a WRITTEN release form, concatenated by us: letterhead 'HARRIS COUNTY DISTRICT ATTORNEY'S OFFICE', 'FOR IMMEDIATE RELEASE', date line, the headline in capitals, 'HOUSTON – ' run-in dateline added to the first paragraph, '###'. The same letterhead-label-date header opens each release. Titles as printed (capitals).",
      [H5, H6, H7])

H8 = rec("Houston Man Pleads Guilty To Murder of 16-Year-Old Diamond Alvarez", "2023-10-20", ["2023-10-20", "2022", "2022-01-11"],
         [OGG, P("Diamond Alvarez", "Alvarez"), P("Frank DeLeon")], [], agencies_opt=[HCDAO])
H9 = rec("Houston Man on Probation for Bigamy Sentenced to Prison for Committing Bigamy a Second Time", "2024-03-19", ["2024-03-19", "2019"],
         [OGG, P("Orlando Coleman")], [], agencies_opt=[HCDAO])
H10 = rec("Pleasantville Serial Rapist Sentenced to 50 Years in Prison", "2024-04-12", ["2024-04-12", "2020/2022", "2022-05-05"],
          [OGG, P("Erique Howard", "Howard")], [], agencies_opt=[HCDAO])
write("us-harris-da-no-separator.txt",
      "REAL Harris County DA releases concatenated by us with NO separator: headline line, date line, blank-line paragraphs, then the next headline. 'between 2020 and 2022' is one range.",
      [H8, H9, H10])

H11 = rec("Houston Man Sentenced to 30 years for Fatal Crash During Police Chase on Eldridge Parkway at Katy Freeway", "2023-03-13",
          ["2023-03-13", "2019-05-05"], [OGG, P("Deshawn Fortee Brown"), P("Devin Malik Francis")], [], agencies_opt=[HCDAO])
H12 = rec("Former Deputy Constable Sentenced to 8 Years for Bribery", "2024-10-02", ["2024-10-02"],
          [OGG, P("Bobby Joe Espinosa")], [A("Precinct 4 Constable's Office")], agencies_opt=[HCDAO])
H13 = rec("Houston Woman Sentenced to 43 Years in Prison for Killing Deputy While Driving Drunk", "2024-10-26", ["2024-10-26", "2022", "2022-01-24"],
          [OGG, P("Lavillia Chantael Spry"), P("Ramon Gutierrez")], [], agencies_opt=[HCDAO, "Harris County Sheriff's Office"])
write("us-harris-da-releases.md",
      "REAL Harris County DA releases in a WRITTEN Markdown page: '# News releases' masthead (no record), each release under '## headline' with a '**Published:** <date>' line, a '---' thematic break between releases.",
      [H11, H12, H13])

H14 = rec("Katy Man Sentenced to Life for Shooting 3, Killing Wife", "2024-10-07", ["2024-10-07", "2021", "2021-07-29"],
          [OGG, P("Lawrence Reed"), P("Valarie Junius")], [A(HCDAO)], agencies_opt=["Domestic Violence Division"])
write("us-harris-da-single-running-header.txt",
      "NEGATIVE: one REAL Harris County DA release in a WRITTEN two-page print: running header 'Harris County District Attorney's Office | News Release   Page n of 2' and the headline repeated at the top of page 2 (form feed before it), a WRITTEN sub-headline under the first headline, date line, '###'. One record.",
      [H14])
