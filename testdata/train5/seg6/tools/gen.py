import json, html, os, datetime, zoneinfo, subprocess, re
from email.utils import parsedate_to_datetime
OUT='/work/wt-seg6/testdata/train5/seg6'
os.makedirs(OUT+'/docs',exist_ok=True); os.makedirs(OUT+'/gold',exist_ok=True)
SD=json.load(open('/tmp/seg6/sd/sel.json'))
ET=zoneinfo.ZoneInfo('America/New_York')
def sd(i):
    x=dict(SD[i]); d=parsedate_to_datetime(x['date']).astimezone(ET).date(); x['d']=d
    x['paras']=[p.replace('\xa0',' ') for p in x['paras']]; x['title']=x['title'].strip(); return x
UK={}
for l in open('/work/shared/realworld/re3d/UK Government/documents.json'):
    y=json.loads(l); UK[y['_id'][:8]]=y
def long(d): return d.strftime('%B %-d, %Y')
def uk(d): return d.strftime('%-d %B %Y')
def P(name,*al):
    r={'name':name}
    if al: r['aliases']=list(al)
    return r
def A(name,acr=None,*al,country=None):
    r={'name':name}
    if acr: r['acronym']=acr
    if al: r['aliases']=list(al)
    if country: r['country']=country
    return r
BL=P('Antony J. Blinken','Blinken')
NP=P('Ned Price')
def rec(title,pub,dates,people=(),agencies=(),dopt=(),popt=(),aopt=()):
    return {'title':title,'published':pub,'dates':list(dates),'dates_optional':list(dopt),'people':list(people),'people_optional':list(popt),
            'agencies':list(agencies),'agencies_optional':list(aopt),'agenda':[],'agenda_optional':[]}
def gold(name,notes,records):
    json.dump({'source':name,'notes':notes,'records':records},open(f'{OUT}/gold/{name}.gold.json','w'),indent=1,ensure_ascii=False)
def write(name,text):
    open(f'{OUT}/docs/{name}','w').write(text)
e=html.escape
def first_sentence(p):
    m=re.match(r'(.+?(?<!\b[A-Z])(?<!U\.S)(?<!a\.m)(?<!p\.m)[.!?])(\s|$)',p); return m.group(1) if m else p
