#!/usr/bin/env python3
"""gold.py GOLDDIR: the gold of train6/pdfn8, written by hand BEFORE communique
ran on the documents, by ../shared/eval/README.md. Per article: title, published,
dates (the issue date included, as train5/seg6 does), people, agencies; armed
groups that are not government forces (ISIL, SDF, YPG) and operations,
coalitions and masthead bodies are optional."""
import json, sys
P = lambda n, *a: {'name': n, **({'aliases': list(a)} if a else {})}
A = lambda n, acr=None, *al: {'name': n, **({'acronym': acr} if acr else {}), **({'aliases': list(al)} if al else {})}
def R(title, pub, dates, people=(), agencies=(), aopt=(), dopt=()):
    return {'title': title, 'published': pub, 'dates': list(dates), 'dates_optional': list(dopt),
            'people': list(people), 'people_optional': [], 'agencies': list(agencies),
            'agencies_optional': list(aopt), 'agenda': [], 'agenda_optional': []}
CJTF = A('Combined Joint Task Force - Operation Inherent Resolve', 'CJTF-OIR', 'Combined Joint Task Force – Operation Inherent Resolve', 'Combined Joint Task Force – Inherent Resolve')
CENTCOM = A('U.S. Central Command', 'USCENTCOM', 'CENTCOM', 'Central Command')
ISF = A('Iraqi Security Forces', 'ISF', 'Iraqi security forces')
OPT = ['ISIL', 'Islamic State of Iraq and the Levant', 'Daesh', 'Coalition', 'Operation Inherent Resolve', 'OIR']
SDF = ['Syrian Democratic Forces', 'SDF', 'Syrian Arab Coalition', 'SAC', 'YPG', 'Counter-Daesh Coalition']
G = {
'coalition-update-2016-12.pdf': ('WRITTEN two-column newsletter (fpdf, tools/gen.go): masthead, sub-line naming CJTF-OIR, issue line "Issue 12 | December 2016", running head, 3 articles under 15 pt bold Helvetica headlines (two wrap over 2 lines) over 9.5 pt Times body, words hyphenated at line ends. Articles: 3 real CENTCOM releases (dstl/re3d). Published = the issue month.', [
  R('Coalition Strikes Mosul Hospital', '2016-12', ['2016-12', '2016-12-06', '2016-12-07'], [], [ISF], OPT + ['Combined Joint Task Force - Operation Inherent Resolve', 'Law of Armed Conflict']),
  R('Airstrikes destroy ISIL’s captured tanks', '2016-12', ['2016-12', '2016-12-15', '2016-12-11/2016-12-13', '2016-12-14'],
    [P('Stephen J. Townsend', 'Townsend'), P('John Dorrian', 'John “J.D.” Dorrian', 'J.D. Dorrian')], [CJTF], OPT + ['Tiyas Military Airfield']),
  R('Vermont ANG joins fight against ISIL', '2016-12', ['2016-12', '2016-12-10'], [P('David C. Lyons', 'Lyons')],
    [A('Vermont Air National Guard', 'ANG', 'Vermont ANG')], OPT + ['158th Fighter Wing', '134th Expeditionary Fighter Squadron', '407th Air Expeditionary Group', '407th AEG', 'Air Force', 'Combined Joint Task Force - Operation Inherent Resolve'])]),
'partner-nation-news-2016-11.pdf': ('WRITTEN two-column newsletter (fpdf): masthead, issue line "November 2016"; the lead headline (19 pt bold) spans both columns under a kicker "EXERCISES"; two more articles in the columns under 13 pt bold headlines, each under a one-word kicker ("EVENTS", "NEWS": section labels, not articles). Articles: 3 real CENTCOM releases (dstl/re3d). Published = the issue month; years of undated days from it (2016).', [
  R('Jordan Armed Forces – Arab Army partners with USARCENT units', '2016-11', ['2016-11', '2016-10-25/2016-10-26'],
    [P('Lorraine Walsh'), P('Albert Connelly'), P('Russell')], [A('Jordan Armed Forces – Arab Army', None, 'Jordan Armed Forces - Arab Army', 'Jordan Armed Forces'), A('U.S. Army Central', 'USARCENT')],
    ['3rd Battalion, 321st Field Artillery Regiment', '321st Field Artillery Regiment', 'Abel Battery', '3rd Battalion']),
  R('U.S., Jordan to commence Exercise Eager Lion', '2016-11', ['2016-11', '2016-05-15/2016-05-24'], [], [CENTCOM], ['U.S. Army Central', 'USARCENT']),
  R('Coalition provides ISF, Peshmerga with over 24K gasmasks', '2016-11', ['2016-11'], [P('Gary J. Volesky', 'Volesky')],
    [CJTF, ISF, A('Combined Joint Forces Land Component Command - Operation Inherent Resolve', None, 'Combined Joint Forces Land Component Command')], OPT + ['Peshmerga', 'U.S. Army Central', 'USARCENT'])]),
'command-digest-2017-02.pdf': ('WRITTEN two-column, two-page newsletter (fpdf): masthead, issue line "Vol. 4 No. 2, February 2017", 4 articles under 16 pt bold headlines (two wrap), the first under a kicker "LEADERSHIP"; page 2 carries a running head with the volume number and repeats the headline of the article that crosses the page as "... (continued)" (not a new article). Articles: 4 real CENTCOM releases (dstl/re3d). Published = the issue month.', [
  R('USCENTCOM Commander meets with civilian employees', '2017-02', ['2017-02'], [P('Joseph Votel', 'Votel')], [CENTCOM, A('U.S. Air Force')], ['U.S. Army']),
  R('Tinker Citizen Airmen Deploy to Turkey', '2017-02', ['2017-02', '2017-SU'], [P('Travis Caughlin', 'Caughlin')],
    [A('507th Air Refueling Wing', '507th ARW'), A('Air Force Reserve Command')], OPT + ['507th Maintenance Group', 'Air Reserve Component', 'Incirlik Air Base', 'Tinker', 'U.S. Central Command', 'USCENTCOM']),
  R('CENTCOM reinforces support for Syrian Arab Coalition', '2017-02', ['2017-02'], [P('Joseph Votel', 'Votel')], [CENTCOM], OPT + SDF),
  R('U.S. Central Command Media Advisory Dayr az Zawr Investigation Results', '2017-02', ['2017-02', '2016-09-17', '2016-11-29'],
    [P('Richard Coe', 'Richard "Tex" Coe', 'Coe'), P('John J. Thomas'), P('Jeff Davis')], [CENTCOM, A('U.S. Air Forces Central Command')], ['Pentagon Press', 'Pentagon', 'Press Briefing Room'])]),
'iraq-syria-brief-2016-10.pdf': ('WRITTEN one-column brief (fpdf): masthead, sub-line naming a bureau, date line "October 28, 2016", an "In this issue" box listing the three headlines with page numbers (not articles), 3 articles under 12 pt bold headlines over 10 pt Times body. Articles: 3 real State Department statements of October 2016 (dstl/re3d US State Department). Published = the issue date.', [
  R('Terrorist Attacks in Iraq', '2016-10-28', ['2016-10-28'], [], [], ['Daesh', 'Coalition', 'Bureau of Near Eastern Affairs']),
  R('Statement on International Forces in Upcoming Campaign to Liberate Mosul', '2016-10-28', ['2016-10-28'], [], [], ['Government of Iraq', 'Coalition', 'Daesh', 'Bureau of Near Eastern Affairs']),
  R("On the Occasion of Turkey's Republic Day", '2016-10-28', ['2016-10-28', '2016-10-29'], [P('Obama')], [], ['Bureau of Near Eastern Affairs'], ['2016-07'])]),
'raqqah-campaign-notes-2016-12.pdf': ('WRITTEN two-column newsletter (groff ms, ps2pdf; groff hyphenates): masthead, sub-line, issue line "December 2016", 3 articles under 14 pt bold headlines (two wrap over 2 lines), indented paragraphs. Articles: 3 real CENTCOM releases (dstl/re3d). Published = the issue month.', [
  R('SDF initiate next phase of Raqqah isolation', '2016-12', ['2016-12', '2016-12-10', '2016-11-05'], [], [], OPT + SDF),
  R('Lt. Gen. Townsend statement on SDF advance to isolate Raqqah', '2016-12', ['2016-12', '2016-11-06'], [P('Stephen J. Townsend', 'Townsend')], [CJTF], OPT + SDF + ['Islamic State of Iraq and Levant']),
  R('Death of Abu Jandal al-Kuwaiti', '2016-12', ['2016-12', '2016-12-26'], [P('Abu Jandal al-Kuwaiti', 'Abu Jandal')], [], OPT + SDF + ['War Committee', 'War Council'])]),
'dfat-iraq-syria-bulletin-2016-09.pdf': ('WRITTEN one-column bulletin (groff ms): masthead, sub-line naming the DFAT Middle East Branch, issue line "September 2016", 3 articles under 16 pt bold headlines (two wrap), each under a small bold kicker ("IRAQ" twice, "EVALUATIONS": section labels, not articles). The first article carries its own written line "Issued 11 August 2014", so its published date is that, not the issue month. Articles: 3 real DFAT items (dstl/re3d Australian Department of Foreign Affairs). The year of "12 February" is taken from the issue (2016).', [
  R('Security Council Press Statement: Iraq', '2014-08-11', ['2016-09', '2014-08-11'], [P('Fuad Masum'), P('Haider al-Abadi')], [A('Security Council', None, 'UN Security Council')], ['ISIL', 'Government', 'Constitution', 'Department of Foreign Affairs and Trade', 'Middle East Branch']),
  R('Australia and Iraq confirm shared commitment to combating Daesh', '2016-09', ['2016-09', '2016-02-12'], [P('Julie Bishop'), P('Ibrahim Al-Ja’afari', 'Ibrahim Al-Jaafari')], [], ['Daesh', 'ISIL', 'Department of Foreign Affairs and Trade', 'Middle East Branch']),
  R('Evaluation of Australia’s Humanitarian Response to the Syria Crisis', '2016-09', ['2016-09'], [],
    [A('Department of Foreign Affairs and Trade', 'DFAT'), A('Office of Development Effectiveness', 'ODE')], ['Middle East Branch', 'Australian Government'])]),
}
# Batch 2 (harder layouts, gold written before the second first run): 5-6 mm
# gutters, headlines only 1.2x the body or bold in the body's size, three
# columns.
DOD = A('U.S. Department of Defense', 'DoD', 'Defense Department')
G.update({
'maritime-notes-2016-08.pdf': ('WRITTEN two-column newsletter (fpdf), 5 mm gutter, headlines 12.5 pt bold over 10 pt Times (two wrap over 2 lines, side by side on the first rows). Articles: 3 real CENTCOM items (dstl/re3d). Published = the issue month; years of undated days from it (2016); relative dates ("last December", "early next year") left out.', [
  R('US, UK and French Combine Forces in US Task Force 50', '2016-08', ['2016-08', '2016-12-27'], [P('Christophe Cluzel', 'Cluzel'), P('Andrew Burns', 'Burns')],
    [A('U.S. Naval Forces Central Command', 'NAVCENT'), A('Royal Navy')], ['Task Force 50', 'CTF 50', 'Amphibious Task Group', 'U.S. 5th Fleet', 'NAVCENT CTFs']),
  R('Iraqis Hold Line Against ISIL, DoD Spokesman Says', '2016-08', ['2016-08', '2016-10-17', '2016-12-05'], [P('Jeff Davis', 'Davis')], [DOD],
    OPT + SDF + ['Pentagon']),
  R('DoD Identifies Fallen U.S. Service Member in Syria', '2016-08', ['2016-08', '2016-11-24'], [P('Scott C. Dayton', 'Dayton'), P('Ash Carter', 'Carter'), P('Stephen J. Townsend')],
    [DOD, CJTF], OPT + ['Explosive Ordnance Disposal Mobile Unit Two', 'counter-ISIL coalition'])]),
'syria-desk-weekly-2015-12.pdf': ('WRITTEN three-column weekly (fpdf), 5 mm gutters, 12 pt bold headlines over 9 pt Times, each wrapped over 2-3 lines; issue line "Week of December 14, 2015". Articles: 3 real State Department items (dstl/re3d). Published = the week\'s date; the years of undated days from it (2015); "January" (next January) and the "2012" of a document\'s name are optional.', [
  R('Syrian Opposition Conference in Riyadh', '2015-12-14', ['2015-12-14'], [P('Al-Jubeir')], [], ['International Syria Support Group', 'UN'], ['2016-01', '2012']),
  R('U.S. Condemns Terrorist Attack in Hasaka, Syria', '2015-12-14', ['2015-12-14'], [], [], ['ISIL']),
  R('Deputy Secretary of State Antony Blinken Travel to Iraq November 22-23', '2015-12-14', ['2015-12-14', '2015-11-22/2015-11-23', '2015-11-22', '2015-11-23'], [P('Antony Blinken', 'Blinken')],
    [A('U.S. Department of State', None, 'State Department', 'Department of State'), A('Iraqi Armed Forces')], ['Popular Mobilization Forces', 'Daesh'])]),
'assistance-roundup-2015-10.pdf': ('WRITTEN two-column newsletter (fpdf), 6 mm gutter, headlines bold in the body\'s size (10 pt) over 10 pt Times; issue line "Issue 3 | October 2015". Articles: 3 real State Department items (dstl/re3d). Published = the issue month; years of undated days from it (2015).', [
  R('Additional Assistance for the Syrian Opposition', '2015-10', ['2015-10', '2012'], [P('Antony Blinken')], [A('Syria Recovery Trust Fund', 'SRTF')], ['Manama Dialogue']),
  R('Rocket Attack on Camp Hurriya in Iraq', '2015-10', ['2015-10', '2011-12-25'], [], [A('United Nations', 'UN'), A('UN High Commissioner for Refugees', 'UNHCR')],
    ['Government of Iraq', 'Department', 'MEK', 'Senior Advisor for MEK Resettlement']),
  R('Taken Question: USG participation in an October 27 meeting on Syria', '2015-10', ['2015-10', '2015-10-27'], [P('John Kirby'), P('Tony Blinken', 'Antony Blinken')], [], ['USG', 'French government'])]),
})
for src, (notes, recs) in G.items():
    with open(f'{sys.argv[1]}/{src}.gold.json', 'w') as f:
        json.dump({'source': src, 'notes': notes, 'records': recs}, f, indent=1, ensure_ascii=False)
        f.write('\n')
