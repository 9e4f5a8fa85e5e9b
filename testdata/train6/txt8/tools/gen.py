#!/usr/bin/env python3
"""Builds testdata/train6/txt8/docs from real releases.

HK: hk_releases.py (wusiuyu/hknews gia_backup.csv @ 000a76b959d4972cfed6d4594a8e907ca3154aee).
Harris County DA: natmrubin/prosecutor-press-releases text/harris_tx/*.txt
@ 492f02ee2ac1bc5d33f45a239253e18e2443a379, read with `git show` from a local
mirror (pass its git dir as argv[1]). Release text is kept as is; the wrappers
(headers, separators, digests, front matter) are concatenated by us and
described in ../README.md."""
import datetime, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from hk_releases import R

MIRROR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/natmrubin+prosecutor-press-releases/repo'
COMMIT = '492f02ee2ac1bc5d33f45a239253e18e2443a379'
OUT = os.path.join(os.path.dirname(__file__), '..', 'docs')

def harris(prefix):
    names = subprocess.run(['git', '-C', MIRROR, 'ls-tree', '--name-only', COMMIT, 'text/harris_tx/'],
                           capture_output=True, text=True, check=True).stdout.split()
    name = [n for n in names if os.path.basename(n).startswith(prefix)][0]
    t = subprocess.run(['git', '-C', MIRROR, 'show', COMMIT + ':' + name], capture_output=True, text=True, check=True).stdout
    title, _, body = t.strip().partition('\n')
    paras = [p.strip() for p in body.strip().split('\n') if p.strip()]
    d = datetime.date(int(prefix[:4]), int(prefix[4:6]), int(prefix[6:8]))
    return title.strip(), d, paras

def hk(k, heading=''):
    r = R[k]
    dt = datetime.datetime.strptime(r['date'], '%Y-%m-%d %H:%M')
    return r['title'], dt, r['body'].replace('{H}', heading)

def long_date(d):  # "January 22, 2026"
    return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')

def day_month(d):  # "22 January 2026"
    return str(d.day) + d.strftime(' %B %Y')

def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text.rstrip('\n') + '\n')

# 1. GIA wire text: title, body, Ends/<weekday, date>, Issued at HKT, NNNN.
parts = []
for k in 'LJI':
    t, dt, b = hk(k)
    parts.append(f"{t}\n\n{b}\n\nEnds/{dt.strftime('%A')}, {long_date(dt)}\nIssued at HKT {dt.strftime('%H:%M')}\n\nNNNN\n")
write('hk-gia-wire-nnnn.txt', '\n'.join(parts))

# 2. e-mail digest saved as text: mail header, items between rules of '='.
rule = '=' * 60
s = ("From: Information Services Department <news-digest@example.gov.hk>\n"
     "To: subscriber@example.org\n"
     "Subject: GovHK press releases digest (2 items)\n"
     "Date: Thu, 22 Jan 2026 18:00:00 +0800\n\n"
     "Press releases issued today\n\n")
for k in 'AC':
    t, dt, b = hk(k)
    s += f"{rule}\n{t}\n{dt.strftime('%A')}, {long_date(dt)}, {dt.strftime('%H:%M')} HKT\n{rule}\n\n{b}\n\n{R[k]['url']}\n\n"
s += f"{rule}\nYou are receiving this e-mail because you subscribed to the press release digest.\nTo unsubscribe, reply with UNSUBSCRIBE in the subject line.\n"
write('hk-gia-email-digest.txt', s)

# 3. Markdown posts with YAML front matter, one after another (a cat of _posts).
s = ''
for k in 'MDG':
    t, dt, b = hk(k)
    tq = t.replace('"', '\\"')
    s += f"---\nlayout: post\ntitle: \"{tq}\"\ndate: {dt.strftime('%Y-%m-%d %H:%M')}:00 +0800\ncategories: [press-releases]\nsource_url: {R[k]['url']}\n---\n\n{b}\n\n"
write('hk-gia-posts.md', s)

# 4. Markdown page: masthead, '## headline', italic issue line, '###' sections inside a release; no separator.
s = "# Hong Kong Government press releases\n\nSelected releases of the day, in the order issued.\n\n"
for k in 'EF':
    t, dt, b = hk(k, '### ')
    s += f"## {t}\n\n*Issued {day_month(dt)}, {dt.strftime('%H:%M')} HKT*\n\n{b}\n\n"
write('hk-gia-headings.md', s)

# 5. Harris County feed dump: headline, date line, body, -30-.
s = ''
for p in ['20230216_da-ogg', '20230228_', '20230309_', '20230412_']:
    t, d, paras = harris(p)
    s += t + '\n' + long_date(d) + '\n\n' + '\n\n'.join(paras) + '\n\n-30-\n\n'
write('us-harris-da-feed-dump.txt', s)

# 6. Harris County: letterhead + FOR IMMEDIATE RELEASE + date + capitals headline + run-in dateline, ### end.
s = ''
for p in ['20230420_', '20230602_', '20231128_']:
    t, d, paras = harris(p)
    paras[0] = 'HOUSTON – ' + paras[0]
    s += ("HARRIS COUNTY DISTRICT ATTORNEY'S OFFICE\nFOR IMMEDIATE RELEASE\n" + long_date(d) + '\n\n' + t.upper() + '\n\n'
          + '\n\n'.join(paras) + '\n\n###\n\n\n')
write('us-harris-da-for-immediate-release.txt', s)

# 7. Harris County: no separator at all, headline then date line then body, releases one after another.
s = ''
for p in ['20231020_', '20240319_', '20240412_']:
    t, d, paras = harris(p)
    s += t + '\n' + long_date(d) + '\n\n' + '\n\n'.join(paras) + '\n\n'
write('us-harris-da-no-separator.txt', s)

# 8. Harris County Markdown: '## headline', bold Published line, thematic break between.
s = "# News releases\n\n"
items = []
for p in ['20230313_', '20241002_', '20241026_']:
    t, d, paras = harris(p)
    items.append(f"## {t}\n\n**Published:** {long_date(d)}\n\n" + '\n\n'.join(paras) + '\n')
s += '\n---\n\n'.join(items)
write('us-harris-da-releases.md', s)

# 9. NEGATIVE: one GIA release saved from a page: page title line, headline, written sub-headline, date, body, ends.
t, dt, b = hk('H')
s = (f"{t} | Press Releases | GovHK\n\n{t}\nNo sample found to exceed safety limit in latest round of tests\n\n"
     f"{dt.strftime('%A')}, {long_date(dt)}\n\n{b}\n\nEnds/{dt.strftime('%A')}, {long_date(dt)}\nIssued at HKT {dt.strftime('%H:%M')}\n\nNNNN\n")
write('hk-gia-single-subheadline.txt', s)

# 10. NEGATIVE: one Harris release printed over two pages: running header repeating the headline.
t, d, paras = harris('20241007_')
head = "Harris County District Attorney's Office | News Release"
s = (f"{head}                Page 1 of 2\n\n{t}\nJury convicts husband of murder in 2021 shooting at family home\n{long_date(d)}\n\n"
     + '\n\n'.join(paras[:2]) + f"\n\n\f{head}                Page 2 of 2\n\n{t}\n\n" + '\n\n'.join(paras[2:]) + '\n\n###\n')
write('us-harris-da-single-running-header.txt', s)
