exec(open('/tmp/seg6/gen.py').read())
import datetime as dt
# ---- J: GOV.UK e-mail alert digest, three releases, written dates
J=[('189862CF',dt.date(2016,8,25)),('11010487',dt.date(2016,9,22)),('6CB38F21',dt.date(2016,12,10))]
parts=['GOV.UK email alerts\nDaily update from GOV.UK for: Foreign & Commonwealth Office\n\nYou asked GOV.UK to send you one email a day with any updates for the Foreign & Commonwealth Office. This email covers the 3 updates below.\n']
for k,d in J:
    y=UK[k]; lines=[l for l in y['text'].split('\n')]
    text=y['text'].strip()
    if k=='11010487':
        # summary line, then the "Boris Johnson" photo caption dropped by us? keep as in source
        pass
    parts.append('-'*60+'\n\nPress release\n'+y['title']+'\nFrom: Foreign & Commonwealth Office and The Rt Hon Boris Johnson MP\nPublished: '+uk(d)+'\n\n'+re.sub(r'\n{2,}','\n\n',text)+'\n')
parts.append('-'*60+'\n\nYou are getting this email because you subscribed to updates from the Foreign & Commonwealth Office on GOV.UK.\nUnsubscribe: https://www.gov.uk/email/manage\n')
write('uk-fco-email-digest-three-releases.txt','\n'.join(parts))
BJ=P('Boris Johnson','Johnson')
FCO=A('Foreign & Commonwealth Office','FCO','Foreign and Commonwealth Office','Foreign Office',country='GB')
G=[rec(UK['189862CF']['title'],'2016-08-25',['2016-08-25'],[BJ],[FCO],aopt=['Daesh','UN Security Council']),
   rec(UK['11010487']['title'],'2016-09-22',['2016-09-22'],[BJ,P('Sergei Lavrov')],[FCO],aopt=['UNGA']),
   rec(UK['6CB38F21']['title'],'2016-12-10',['2016-12-10','2016-12-11'],[BJ,P('John Kerry')],[FCO,A('United Nations','UN')])]
gold('uk-fco-email-digest-three-releases.txt','WRITTEN in the form of a GOV.UK daily e-mail alert: three real FCO releases (dstl/re3d UK Government) with Published dates written (approximate dates of the events), dashed rules between them, the alert header and unsubscribe footer as chrome. One record per release; the From line names the FCO.',G)
