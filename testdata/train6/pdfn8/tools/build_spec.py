#!/usr/bin/env python3
"""build_spec.py: spec.json for gen.go from dstl/re3d documents.json (copy in
../shared/realworld/re3d). Headlines and paragraphs are the releases' own words;
mastheads, issue lines, kickers and bylines are written."""
import json, re, sys
RE3D = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/realworld/re3d'
def load(s):
    t = open(f'{RE3D}/{s}/documents.json').read()
    try: return json.loads(t)
    except ValueError: return [json.loads(l) for l in t.splitlines() if l.strip()]
DOCS = {}
for s in ['CENTCOM', 'Australian Department of Foreign Affairs', 'US State Department']:
    for d in load(s): DOCS[d['_id'][:8]] = d
def find(title):
    for k, d in DOCS.items():
        if title in d['title']: return k
    raise KeyError(title)
def art(i, **kw):
    d = DOCS[i]
    paras = [' '.join(p.split()) for p in re.split(r'\n\s*\n|\n', d['text']) if p.strip()]
    a = {'headline': ' '.join(d['title'].split()).replace('\u200e', ''), 'paras': paras}
    a.update(kw)
    return a
spec = [
 {'file': 'coalition-update-2016-12.pdf', 'masthead': 'Coalition Update',
  'sub': 'News from Combined Joint Task Force - Operation Inherent Resolve',
  'issue': 'Issue 12 | December 2016', 'running': 'Coalition Update | December 2016',
  'cols': 2, 'head_size': 15, 'head_bold': True, 'body_size': 9.5, 'body_font': 'Times',
  'footer': 'Coalition Update is an unofficial compilation of public releases.',
  'articles': [art('482C1061'), art('6874F49C'), art('FEB7BC61')]},
 {'file': 'partner-nation-news-2016-11.pdf', 'masthead': 'Partner Nation News',
  'sub': 'U.S. Army Central and regional partners', 'issue': 'November 2016',
  'running': 'Partner Nation News - November 2016',
  'cols': 2, 'head_size': 13, 'head_bold': True, 'body_size': 9.5, 'body_font': 'Times',
  'articles': [art('1B05F237', span=True, kicker='EXERCISES'),
               art('C044623A', kicker='Events'),
               art('D21D5CC3', kicker='News')]},
 {'file': 'command-digest-2017-02.pdf', 'masthead': 'Command Digest',
  'sub': 'U.S. Central Command workforce newsletter', 'issue': 'Vol. 4 No. 2, February 2017',
  'running': 'Command Digest  Vol. 4 No. 2', 'cols': 2, 'head_size': 16, 'head_bold': True,
  'body_size': 10, 'body_font': 'Helvetica', 'footer': 'U.S. Central Command Public Affairs',
  'articles': [art('F7893F2F', kicker='Leadership'), art('E50B8563', cont_head=True),
               art('001C9C3F', cont_head=True), art('E9035FF1')]},
 {'file': 'iraq-syria-brief-2016-10.pdf', 'masthead': 'Iraq and Syria Brief',
  'sub': 'Statements and notices, Bureau of Near Eastern Affairs', 'issue': 'October 28, 2016',
  'running': 'Iraq and Syria Brief', 'cols': 1, 'head_size': 12, 'head_bold': True,
  'body_size': 10, 'body_font': 'Times', 'contents': True,
  'articles': [art('108A8CFC'), art('31E63458'), art('1E4938BF')]},
]
spec2 = [
 {'file': 'maritime-notes-2016-08.pdf', 'masthead': 'Maritime Notes',
  'sub': 'Combined Maritime Forces and partners', 'issue': 'August 2016',
  'running': 'Maritime Notes', 'cols': 2, 'gutter': 5, 'head_size': 12.5, 'head_bold': True,
  'body_size': 10, 'body_font': 'Times',
  'articles': [art(find('Task Force 50')), art(find('Iraqis Hold Line')), art(find('DoD Identifies Fallen'))]},
 {'file': 'syria-desk-weekly-2015-12.pdf', 'masthead': 'Syria Desk Weekly',
  'sub': 'Selected statements', 'issue': 'Week of December 14, 2015',
  'running': 'Syria Desk Weekly', 'cols': 3, 'gutter': 5, 'head_size': 12, 'head_bold': True,
  'body_size': 9, 'body_font': 'Times',
  'articles': [art(find('Syrian Opposition Conference')), art(find('Hasaka')), art(find('Blinken Travel'))]},
 {'file': 'assistance-roundup-2015-10.pdf', 'masthead': 'Assistance Roundup',
  'sub': 'Iraq and Syria', 'issue': 'Issue 3 | October 2015',
  'running': 'Assistance Roundup | Issue 3', 'cols': 2, 'gutter': 6, 'head_size': 10, 'head_bold': True,
  'body_size': 10, 'body_font': 'Times',
  'articles': [art(find('Additional Assistance')), art(find('Camp Hurriya')), art(find('Taken Question'))]},
]
json.dump(spec2 if len(sys.argv) > 2 and sys.argv[2] == '2' else spec, sys.stdout, indent=1, ensure_ascii=False)
