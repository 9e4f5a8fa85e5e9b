"""Item data for train6/list8: headlines, first sentences and annotations of
real releases (dstl/re3d documents.json, US State Department, CENTCOM and
Australian DFAT subsets, commit b061ff06713cad4df7e5cfaed3fd07bf15b2598c; copy
in ../shared/realworld/re3d). Dates are WRITTEN: the day of each listing date
is chosen to agree with the release's text and URL (year and month from the
state.gov URL path where it has one); the re3d records carry no date.

Each item: key, title, date (ISO), summary (the release's first sentence,
unchanged), and the gold annotation of the headline plus summary: people,
agencies, agencies_optional, dates (besides the listing date), dates_optional.
"""


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


ITEMS = {
    # CENTCOM press releases (re3d CENTCOM subset)
    "c-hospital": dict(
        title="Coalition Strikes Mosul Hospital", date="2016-12-08",
        summary="On Dec. 6th, Iraqi Security Forces attempted to seize the Al Salem hospital complex from ISIL fighters in the heart of East Mosul.",
        people=[], agencies=[A("Iraqi Security Forces", "ISF")], agencies_optional=["ISIL", "Al Salem hospital"],
        dates=["2016-12-06"]),
    "c-tanks": dict(
        title="Airstrikes destroy ISIL’s captured tanks", date="2016-12-16",
        summary="On Thursday, Dec. 15, Coalition aircraft from CJTF-OIR destroyed 14 ISIL tanks and other equipment captured near Palmyra, Syria.",
        people=[], agencies=[A("CJTF-OIR", None, "Combined Joint Task Force - Operation Inherent Resolve")], agencies_optional=["ISIL"],
        dates=["2016-12-15"]),
    "c-jandal": dict(
        title="Death of Abu Jandal al-Kuwaiti", date="2016-12-30",
        summary="On Monday, Dec. 26, Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah was struck and killed by a coalition airstrike near Tabqa Dam, Syria.",
        people=[P("Abu Jandal al-Kuwaiti", "Abu Jandal")], agencies=[], agencies_optional=["ISIL"],
        dates=["2016-12-26"]),
    "c-raqqah": dict(
        title="SDF initiate next phase of Raqqah isolation", date="2016-12-10",
        summary="The Syrian Democratic Forces announced the start of the next phase of their operation to isolate ISIL's self-proclaimed capital of Raqqah, Dec. 10.",
        people=[], agencies=[A("Syrian Democratic Forces", "SDF")], agencies_optional=["ISIL"],
        dates=[]),
    "c-casualty": dict(
        title="DoD Identifies Army Casualty", date="2017-01-09",
        summary="The Department of Defense announced today the death of a soldier who was supporting Operation Inherent Resolve.",
        people=[], agencies=[A("Department of Defense", "DoD")], agencies_optional=["Army", "Operation Inherent Resolve"],
        dates=[]),
    "c-eagerlion": dict(
        title="U.S., Jordan to commence Exercise Eager Lion", date="2016-05-11",
        summary="U.S. forces will join Jordan in Exercise Eager Lion 16, one of U.S. Central Command's premiere exercises, in the Hashemite Kingdom of Jordan from May 15-24.",
        people=[], agencies=[A("U.S. Central Command", "CENTCOM", "USCENTCOM")], agencies_optional=[],
        dates=["2016-05-15/2016-05-24"]),
    "c-gasmasks": dict(
        title="Coalition provides ISF, Peshmerga with over 24K gasmasks", date="2016-10-14",
        summary="BAGHDAD - Combined Joint Task Force - Operation Inherent Resolve provided more than 24,000 protective chemical masks to the Iraqi security forces and Peshmerga during training in preparation for the Mosul offensive.",
        people=[], agencies=[A("Combined Joint Task Force - Operation Inherent Resolve", "CJTF-OIR"), A("Iraqi security forces", "ISF")],
        agencies_optional=["Peshmerga"], dates=[]),
    "c-townsend": dict(
        title="Lt. Gen. Townsend statement on SDF advance to isolate Raqqah", date="2016-11-06",
        summary="The Syrian Democratic Forces announced that they began their advance to isolate Raqqah, Syria, Nov. 6, 2016.",
        people=[P("Townsend")], agencies=[A("Syrian Democratic Forces", "SDF")], agencies_optional=[],
        dates=[]),
    # US State Department press statements (re3d US State Department subset)
    "s-baghdad": dict(
        title="Terrorist Attacks in Baghdad", date="2017-01-08",
        summary="We condemn in the strongest possible terms terrorist attacks this weekend in Baghdad and Najaf.",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-loan": dict(
        title="The United States and Iraq Sign Loan Guarantee Agreement", date="2017-01-19",
        summary="Today, the United States and Iraq signed a loan guarantee agreement that, once entered into force, will enable Iraq to access up to $1 billion in low-cost financing from international capital markets.",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-condemns": dict(
        title="U.S. Condemns Terrorist Attacks in Iraq", date="2015-08-13",
        summary="The United States condemns in the strongest terms both the ISIL attack this morning at a crowded market place in Baghdad, and the car bomb attacks in Diyala Province on Monday, as well as other recent terrorist attacks against the Iraqi people.",
        people=[], agencies=[], agencies_optional=["ISIL"], dates=[]),
    "s-iraq": dict(
        title="Terrorist Attacks in Iraq", date="2016-10-21",
        summary="The United States strongly condemns the barbaric terrorist attacks in Iraq today, including one in Baghdad claimed by Daesh that specifically targeted mourners inside a funeral tent.",
        people=[], agencies=[], agencies_optional=["Daesh"], dates=[]),
    "s-mosulforces": dict(
        title="Statement on International Forces in Upcoming Campaign to Liberate Mosul", date="2016-10-05",
        summary="Recent media reports have speculated on the role that international forces will play in the Iraqi operation to liberate Mosul.",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-thames": dict(
        title="Special Advisor Knox Thames to Travel to Turkey and Lebanon", date="2015-11-13",
        summary="Knox Thames, the Special Advisor to Ambassador Saperstein for Religious Minorities in the Near East and South and Central Asia, will travel to Turkey November 16 - 17 and to Lebanon November 18 -19.",
        people=[P("Knox Thames", "Thames"), P("Saperstein")], agencies=[], agencies_optional=[],
        dates=["2015-11-16/2015-11-17", "2015-11-18/2015-11-19"]),
    "s-blinken": dict(
        title="Deputy Secretary of State Antony Blinken Travel to Iraq November 22-23", date="2015-11-20",
        summary="Deputy Secretary of State Antony Blinken will travel to Iraq to discuss key political, economic, and security issues with government officials.",
        people=[P("Antony Blinken", "Blinken")], agencies=[], agencies_optional=[],
        dates=["2015-11-22/2015-11-23"]),
    "s-hasaka": dict(
        title="U.S. Condemns Terrorist Attack in Hasaka, Syria", date="2015-12-11",
        summary="The United States strongly condemns ISIL’s multiple suicide attacks in the town of Tel Tamer in Hasaka Province, which targeted and killed scores of Syrian civilians, including at a hospital and marketplace.",
        people=[], agencies=[], agencies_optional=["ISIL"], dates=[]),
    "s-hurriya": dict(
        title="Rocket Attack on Camp Hurriya in Iraq", date="2015-10-29",
        summary="The United States strongly condemns today’s brutal, senseless terrorist attack on Camp Hurriya that killed and injured camp residents.",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-riyadh": dict(
        title="Syrian Opposition Conference in Riyadh", date="2015-12-10",
        summary="We welcome the positive outcome of the gathering of the Syrian opposition in Riyadh today, including reaching a consensus on principles for a pluralistic and democratic Syria and on how to advance a political settlement to end the conflict in Syria.",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-ford": dict(
        title="Ambassador Robert Ford Returns to Syria", date="2011-12-05",
        summary="Ambassador Robert Ford has completed his consultations in Washington and is returning to Syria.",
        people=[P("Robert Ford", "Ford")], agencies=[], agencies_optional=[], dates=[]),
    "s-websites": dict(
        title="Hosting of Syrian Websites", date="2011-11-14",
        summary="",
        people=[], agencies=[], agencies_optional=[], dates=[]),
    "s-turkey": dict(
        title="On the Occasion of Turkey's Republic Day", date="2016-10-28",
        summary="On behalf of President Obama and the American people, I congratulate the people of Turkey as you celebrate the 93rd anniversary of the founding of your republic on October 29.",
        people=[P("Obama")], agencies=[], agencies_optional=[], dates=["2016-10-29"]),
    "s-jabla": dict(
        title="Da'esh Attacks in Jabla and Tartus and Regime Offensive Actions in Syria", date="2016-05-23",
        summary="The United States strongly condemns the horrific attacks today in the towns of Jabla in the northwest province of Latakia, and the port city of Tartus, for which Da’esh has claimed responsibility and where more than 60 civilians were killed and injured in multiple bombings that targeted bus stations and a hospital.",
        people=[], agencies=[], agencies_optional=["Da'esh", "Da’esh"], dates=[]),
    # Australian DFAT (re3d DFAT subset)
    "d-bishop": dict(
        title="Australia and Iraq confirm shared commitment to combating Daesh", date="2015-02-12",
        summary="Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja’afari, in Canberra on 12 February to discuss bilateral relations and reaffirm our shared commitment to combating the terrorist threat of Daesh (also known as ISIL).",
        people=[P("Julie Bishop", "Bishop"), P("Ibrahim Al-Ja’afari", "Ibrahim Al-Ja'afari", "Al-Ja’afari")], agencies=[], agencies_optional=["Daesh", "ISIL"],
        dates=[]),
    "d-evaluation": dict(
        title="Evaluation of Australia’s Humanitarian Response to the Syria Crisis", date="2015-09-30",
        summary="Since the Syrian conflict began, the Australian Government has responded with over $135 million for humanitarian assistance.",
        people=[], agencies=[], agencies_optional=["Australian Government"], dates=[]),
    "d-unsc": dict(
        title="Security Council Press Statement: Iraq", date="2014-08-12",
        summary="The Members of the Security Council are encouraged by the decision of Iraqi President Fuad Masum to nominate a new Prime Minister-designate.",
        people=[P("Fuad Masum", "Masum")], agencies=[A("Security Council", None, "UN Security Council", "United Nations Security Council")], agencies_optional=[],
        dates=[]),
}
