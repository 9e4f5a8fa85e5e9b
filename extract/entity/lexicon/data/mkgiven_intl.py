#!/usr/bin/env python3
"""Regenerates given_names_intl.txt (run from this folder).

Source: the first-name lists of the locales of npm @faker-js/faker 10.6.0
(MIT): `npm pack @faker-js/faker@10.6.0; tar xzf faker-js-faker-10.6.0.tgz`,
then FAKER_DIR=<folder holding package/> python3 mkgiven_intl.py (needs
node). Latin-script locales are taken as written, plus an ASCII form without
diacritics (Małgorzata -> Malgorzata, José -> Jose), since English-language
releases often drop them. Cyrillic, Greek and Georgian locales are
romanized by the official national tables below: Ukrainian by the Cabinet of
Ministers of Ukraine resolution no. 55 of 2010 (KMU 2010), Russian by
BGN/PCGN 1947 (without the apostrophes of the soft and hard signs),
Macedonian by the official 2008 table (with its ASCII form), Greek by ELOT
743 (ISO 843 type 2, simplified: au/eu as av/ev), Georgian by the 2002
national system. Multi-word entries ("Ana Luisa") give each word.

Kept out, as in mkgiven_ssa.py: names already in given_names*.txt (and the
SSA list), lower-case English words (Debian wamerican), place names (the
gazetteer's cities and countries, US states and large cities, first words
of Spanish/Portuguese place names), one-word gazetteer bodies, title words
(titles.txt), words of foreign body names (words/foreign_org_heads.txt,
words/foreign_name_connectors.txt, words/name_particles.txt), East Asian
family names (surnames_east_asian.txt), deities whose names open festival
names (Buddha Purnima, Durga Puja) and names shorter than three letters.
Vietnamese and Chinese/Japanese/Korean locales are left out: their given
names are single syllables that the family-name-first rules read, and
Turkish for its archaic Old Turkic entries (Abak, Abar). Loaded as
BitGivenRare: a given name only where a capitalized name follows it.
"""
import json, os, subprocess, unicodedata

FAKER_DIR = os.environ.get("FAKER_DIR", "/tmp/ppl10/faker")
LATIN = """af_ZA az cs_CZ da de de_AT de_CH en_AU en_GH en_IN en_NG en_NP en_ZA es es_MX fi fr fr_BE
fr_CH fr_SN hr hu id_ID it ku_kmr_latin lv nb_NO nl nl_BE pl pt_BR pt_PT ro ro_MD sk sl_SI sr_RS_latin sv
uz_UZ_latin yo_NG zu_ZA""".split()

DUMP = """import { allLocales } from './package/dist/index.js';
const out = {};
for (const [k, v] of Object.entries(allLocales)) {
  const fn = v.person && v.person.first_name;
  if (!fn) continue;
  const s = new Set();
  for (const g of ['generic', 'female', 'male']) for (const n of (fn[g] || [])) s.add(n);
  out[k] = [...s].sort();
}
console.log(JSON.stringify(out));"""

# Ukrainian, KMU 2010: Є Ї Й Ю Я are Ye Yi Y Yu Ya at the start of a word,
# ie i i iu ia inside it; зг is zgh; the soft sign and apostrophe are dropped.
UK = dict(zip("абвгґдежзиіклмнопрстуфхцчшщьо", "a b v h g d e zh z y i k l m n o p r s t u f kh ts ch sh shch _ o".split()))
UK.update({"ь": "", "'": "", "\u2019": "", "є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"})
UK_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Russian, BGN/PCGN: е and ё are ye/yo at the start and after a vowel, й, ъ, ь
RU = dict(zip("абвгдзийклмнопрстуфхцчшщыэюяж", "a b v g d z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya zh".split()))
RU.update({"ъ": "", "ь": "", "е": "e", "ё": "e"})
RU_VOWELS = set("аеёиоуыэюяйъь")
# Macedonian, official 2008 table
MK = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш", "a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh".split()))
# Greek, ELOT 743 (simplified)
EL = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
EL_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "ηυ": "iv", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch", "μπ": "mp", "ντ": "nt"}
# Georgian, 2002 national system
KA = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
              "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split()))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def roman(word, table, start=None, pairs=None, ru=False):
    w = strip_accents(word.lower()) if table is EL else word.lower()
    out, i = [], 0
    while i < len(w):
        if pairs and w[i:i + 2] in pairs:
            out.append(pairs[w[i:i + 2]])
            i += 2
            continue
        c = w[i]
        if ru and c in "её" and (i == 0 or w[i - 1] in RU_VOWELS):
            out.append("ye" if c == "е" else "yo")
        elif start and i == 0 and c in start:
            out.append(start[c])
        elif table is UK and c == "г" and i > 0 and w[i - 1] == "з":
            out.append("gh")
        elif c in table:
            out.append(table[c])
        else:
            return None  # a letter outside the table
        i += 1
    s = "".join(out)
    if table is EL and s.startswith("mp"):
        s = "b" + s[2:]
    return s.capitalize()


def main():
    raw = subprocess.run(["node", "--input-type=module", "-e", DUMP], cwd=FAKER_DIR, capture_output=True, text=True, check=True).stdout
    locales = json.loads(raw)
    cand = set()
    for loc in LATIN:
        for entry in locales.get(loc, []):
            for w in entry.split():
                cand.add(w)
                cand.add(strip_accents(w))
    for loc, table, start, pairs, ru in (("uk", UK, UK_START, None, False), ("ru", RU, None, None, True),
                                        ("mk", MK, None, None, False), ("el", EL, None, EL_PAIRS, False),
                                        ("ka_GE", KA, None, None, False)):
        for entry in locales.get(loc, []):
            for w in entry.split():
                r = roman(w, table, start, pairs, ru)
                if r:
                    cand.add(r)
                    cand.add(strip_accents(r))

    words = {w.strip() for w in open("/usr/share/dict/american-english") if w.strip().isalpha() and w.strip().islower()}
    have = set()
    for f in ("given_names.txt", "given_names_ambiguous.txt", "given_names_extra.txt", "given_names_ssa.txt", "surnames_east_asian.txt",
              "words/foreign_org_heads.txt", "words/foreign_name_connectors.txt", "words/name_particles.txt", "words/sentence_starters.txt"):
        for line in open(f):
            if not line.startswith("#"):
                have.update(line.split())
    for line in open("titles.txt"):
        if not line.startswith("#") and "\t" in line:
            have.update(line.rstrip("\n").split("\t")[1].split())
    for f in ("cities.tsv", "countries.tsv"):
        for line in open(f):
            if not line.startswith("#"):
                for field in line.rstrip("\n").split("\t"):
                    for part in field.replace("|", ",").split(","):
                        have.update(part.split())
    have.update("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota Brooklyn Bronx
Queens Manhattan Houston Dallas Austin Phoenix Denver Orlando Memphis Nashville Cleveland Santa
San Santo Santos Sao Rio Porto Puerto Sai Tai Tung Nam Pak Bac""".split())
    # deities whose names open festival names (Buddha Purnima, Durga Puja,
    # Ganesha Chaturthi) and the Italian form of a gazetteer city
    have.update("Buddha Ganesha Ganesh Durga Shiva Vishnu Lakshmi Saraswati Hanuman Milano".split())
    for line in open("agencies.tsv"):
        if not line.startswith("#"):
            name = line.split("\t")[0]
            if " " not in name:
                have.add(name)
    out = sorted(w for w in cand if len(w) >= 3 and w.replace("-", "").isalpha() and w[0].isupper() and not w.isupper()
                 and w.lower() not in words and w not in have)
    with open("given_names_intl.txt", "w") as f:
        f.write("# Given names of the locales of npm @faker-js/faker 10.6.0 (MIT): Latin-script\n"
                "# locales as written and without diacritics; Ukrainian (KMU 2010), Russian\n"
                "# (BGN/PCGN), Macedonian (2008), Greek (ELOT 743) and Georgian (2002) romanized.\n"
                "# Less the names of given_names*.txt, English words, places, bodies and title\n"
                "# words. Made by mkgiven_intl.py.\n")
        f.write("\n".join(out) + "\n")
    print(len(out))


main()
