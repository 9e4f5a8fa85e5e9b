#!/usr/bin/env python3
"""groff_docs.py OUTDIR: two written newsletters typeset with groff ms (ps2pdf),
from dstl/re3d CENTCOM and Australian DFAT releases (words unchanged; mastheads,
issue lines, kickers and the 'Issued' line are written)."""
import json, re, subprocess, sys
RE3D = '/work/shared/realworld/re3d'
def load(s):
    t = open(f'{RE3D}/{s}/documents.json').read()
    try: return json.loads(t)
    except ValueError: return [json.loads(l) for l in t.splitlines() if l.strip()]
DOCS = {d['_id'][:8]: d for s in ['CENTCOM', 'Australian Department of Foreign Affairs'] for d in load(s)}
def esc(s):
    s = ' '.join(s.split()).replace('\u200e', '')
    s = s.replace('\\', '\\\\')
    if s.startswith('.') or s.startswith("'"): s = '\\&' + s
    return s
def paras(i):
    return [esc(p) for p in re.split(r'\n\s*\n|\n', DOCS[i]['text']) if p.strip()]
def head(i): return esc(DOCS[i]['title'])
out = sys.argv[1]

def doc(name, pre, arts, cols, hsize):
    L = ['.nr PS 10', '.nr VS 12', '.nr PO 1i', '.nr LL 6.3i', '.nr HM 0.8i', '.nr FM 0.8i',
         '.ds CH', '.ds LH ' + pre['running'], '.ds RH %', '.ds CF',
         '.LP', '.ps 26', '.B "%s"' % pre['masthead'], '.ps 10', '.br', pre['sub'],
         '.br', '.B "%s"' % pre['issue'], '.sp 0.5', '\\l\'6.3i\'']
    if cols == 2: L += ['.2C']
    for a in arts:
        if a.get('kicker'): L += ['.sp 0.6', '.LP', '.ps 8', '.B "%s"' % a['kicker'].upper(), '.ps 10']
        L += ['.sp 0.4' if a.get('kicker') else '.sp 1', '.LP', '.ps %d' % hsize, '.vs %d' % (hsize + 2),
              '.B "%s"' % head(a['id']), '.ps 10', '.vs 12']
        if a.get('issued'): L += ['.LP', '.I "%s"' % a['issued']]
        for p in paras(a['id']): L += ['.PP', p]
    src = '\n'.join(L) + '\n'
    open(f'{out}/{name}.ms', 'w').write(src)
    ps = subprocess.run(['groff', '-k', '-ms', '-Tps'], input=src.encode(), capture_output=True, check=True).stdout
    subprocess.run(['ps2pdf', '-', f'{out}/{name}.pdf'], input=ps, check=True)

doc('raqqah-campaign-notes-2016-12',
    {'masthead': 'Campaign Notes', 'sub': 'Combined Joint Task Force \\(en Operation Inherent Resolve',
     'issue': 'December 2016', 'running': 'Campaign Notes, December 2016'},
    [{'id': '8BC6B4D3'}, {'id': 'B2E5F55F'}, {'id': '28829CF8'}], 2, 14)
doc('dfat-iraq-syria-bulletin-2016-09',
    {'masthead': 'Iraq and Syria Bulletin', 'sub': 'Middle East Branch, Department of Foreign Affairs and Trade',
     'issue': 'September 2016', 'running': 'Iraq and Syria Bulletin \\(em September 2016'},
    [{'id': '2FA0B45C', 'kicker': 'Iraq', 'issued': 'Issued 11 August 2014'}, {'id': 'DEC7A9B4', 'kicker': 'Iraq'},
 {'id': '58A3656B', 'kicker': 'Evaluations'}], 1, 16)
