exec(open('/tmp/seg6/gen.py').read())
def esc(t):
    t=t.replace('\\','\\\\')
    return '\n'.join(('\\&'+l if l[:1] in '.\'' else l) for l in t.split('\n'))
def headline(t,size=15):
    return f'.sp 0.6\n.ne 6\n.LP\n.ps {size}\n.vs {size+3}\n.nh\n.ft B\n{esc(t)}\n.ft R\n.hy 1\n.ps 10\n.vs 12\n.sp 0.3\n'
def para(t): return f'.PP\n{esc(t)}\n'
def mk(name,src):
    open('/tmp/seg6/'+name+'.ms','w').write(src)
    subprocess.run(f'groff -k -ms -Tps /tmp/seg6/{name}.ms > /tmp/seg6/{name}.ps && ps2pdf /tmp/seg6/{name}.ps {OUT}/docs/{name}',shell=True,check=True)
# ---- G: two-column newsletter, 4 State Department items
ids=[2,11,27,5]
items=[sd(i) for i in ids]
src='''.nr PS 10
.nr VS 12
.nr PO 0.8i
.nr LL 6.9i
.nr HM 0.8i
.nr FM 0.8i
.ds LH Diplomacy Notes
.ds CH
.ds RH Issue 7 \\(em July 2022
.ds LF Office of the Spokesperson
.ds CF
.ds RF Page %
.LP
.ce 3
.ps 26
.vs 30
.ft B
Diplomacy Notes
.ps 11
.vs 14
.ft I
A monthly round-up of statements and travel announcements
Issue 7 \\(em July 2022
.ft R
.ps 10
.vs 12
.sp 1
.2C
'''
for k,x in enumerate(items):
    src+=headline(x['title'])
    src+=f'.LP\n.ft I\n{esc(x["paras"][0])}\n.ft R\n'
    body=x['paras'][1:]
    for j,p in enumerate(body):
        if x is items[2] and j==0:
            # split the long paragraph to give the article a sub-heading inside
            s=p.split('  ')
            src+=para('  '.join(s[:2]))
            src+='.sp 0.4\n.LP\n.ft B\nAreas of collaboration\n.ft R\n'
            src+=para('  '.join(s[2:]))
            continue
        src+=para(p)
mk('diplomacy-notes-2022-07.pdf',src)
OS=A('Office of the Spokesperson')
G=[rec(items[0]['title'],'2022-07',['2022-07','2022-07-18'],[P('Cary Fowler','Fowler')],[A('Committee on World Food Security'),A('UN General Assembly',None,'General Assembly of the United Nations'),A('U.S. Department of State',None,'Department of State')],aopt=['Office of the Spokesperson','UN']),
   rec(items[1]['title'],'2022-07',['2022-07','2022-06-14'],[P('John Kerry','Kerry'),P('Andrés Manuel López Obrador')],[],aopt=['Office of the Spokesperson']),
   rec(items[2]['title'],'2022-07',['2022-07','2022-02-04'],[P('Molly Phee','Phee'),P('Mahmoud Ali Youssouf','Youssouf'),P('Anthony Blinken','Antony J. Blinken')],[],aopt=['Office of the Spokesperson']),
   rec(items[3]['title'],'2022-07',['2022-07'],[BL],[])]
gold('diplomacy-notes-2022-07.pdf','WRITTEN newsletter (groff ms, two columns, running heads "Diplomacy Notes" / "Issue 7 - July 2022", footer page numbers) of four real State Department items (markschaver/State-Department-PR), headlines in 15 pt bold over 10 pt body, each with an italic byline. The third article carries a bold body-size sub-heading "Areas of collaboration" inside it (written; not a story). Published = the issue month. Years of undated months from the items (2022). One record per article.',G)

# ---- H: one-column newsletter with a contents box, 3 UK FCO items
H=['1718A365','C3BB2D0E','CBD73D24']
src='''.nr PS 10.5
.nr VS 13
.ds LH Middle East Update
.ds CH
.ds RH December 2015
.ds LF Foreign & Commonwealth Office
.ds RF %
.LP
.ps 24
.vs 28
.ft B
Middle East Update
.br
.ps 12
.vs 15
.ft R
Foreign & Commonwealth Office \\(em Middle East and North Africa Directorate
.br
December 2015
.ps 10.5
.vs 13
.sp 0.8
.B1
.ft B
In this issue
.ft R
.br
'''
for n,k in enumerate(H):
    src+=f'{esc(UK[k]["title"])} \\h\'|4.6i\'{n+1}\n.br\n'
src+='.B2\n.sp 1\n'
for n,k in enumerate(H):
    y=UK[k]; ps=[p.strip() for p in y['text'].split('\n') if p.strip()]
    if n==1: src+='.bp\n'
    src+=headline(y['title'],16)
    src+=f'.LP\n.ft I\n{esc(ps[0])}\n.ft R\n'
    for p in ps[1:]: src+=para(p)
mk('middle-east-update-2015-12.pdf',src)
PH=P('Philip Hammond','Hammond')
FCO=A('Foreign & Commonwealth Office','FCO','Foreign and Commonwealth Office','Foreign Office',country='GB')
G=[rec(UK['1718A365']['title'],'2015-12',['2015-12'],[PH,P('Bashar al-Assad','Assad')],[]),
   rec(UK['C3BB2D0E']['title'],'2015-12',['2015-12'],[PH,P('Bashar al-Assad','Assad')],[A('UN Security Council','UNSC','United Nations Security Council')]),
   rec(UK['CBD73D24']['title'],'2015-12',['2015-12'],[PH,P('George Haswani'),P('Bashar al-Assad','Assad')],[A('European Union','EU')],aopt=['ISIL','shabiha'])]
gold('middle-east-update-2015-12.pdf','WRITTEN newsletter (groff ms, one column) of three real FCO releases (dstl/re3d UK Government): masthead, issue month, an "In this issue" box listing the three headlines with page numbers, headlines in 16 pt bold, an italic standfirst under each, running heads. Published = the issue month (2015-12). The masthead line naming the FCO is the newsletter\'s, so the FCO is not annotated in the articles. Assad is annotated under his full name with alias Assad.',G)
